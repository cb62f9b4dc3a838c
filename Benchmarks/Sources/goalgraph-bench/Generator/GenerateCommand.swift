import Foundation
import GoalGraph
import GoalGraphExport

/// `generate`: writes a generated organisation as YAML, JSON and CSV, with `planted.json`.
enum GenerateCommand {
  static var help: String {
    """
    usage: goalgraph-bench generate --objectives N [--seed S] --out DIR

    Generates an organisation's OKRs, the same for the same N and seed on every machine:
    an organisation with 4 or 5 goals, leadership teams, teams of teams with 5 to 12 teams,
    2 to 5 objectives per team and 2 to 5 key results per objective, aligned level by level,
    with contribution links; then planted cases of every finding. Writes

      DIR/organization.yaml   DIR/organization.json
      DIR/csv/organization.csv, organization-units.csv, organization-links.csv
      DIR/planted.json        finding code -> groups of ids planted for it
      DIR/subjects.json       objective id -> its subject and audience, which tells
                              related objectives from unrelated ones

    options:
      --objectives N   the number of objectives, at least 200 (1000 to 200000 are usual;
                       100k and 1m are understood)
      --seed S         the seed of the random numbers (default 1)
      --out DIR        the folder to write; files in it are replaced

    vocabulary: \(vocabularySummary)
    """
  }

  /// The number of terms of each kind, wrapped for `--help`.
  private static var vocabularySummary: String {
    let parts = Vocabulary.standard.counts.map { "\(Format.count($0.1)) \($0.0)" }
    var lines: [String] = []
    var line = ""
    for part in parts {
      if !line.isEmpty, line.count + part.count > 74 {
        lines.append(line + ",")
        line = ""
      }
      line += line.isEmpty ? part : ", " + part
    }
    lines.append(line)
    return lines.joined(separator: "\n  ")
  }

  static func run(_ words: [String]) throws {
    let arguments = try Arguments(words, options: ["objectives", "seed", "out"], flags: [])
    guard arguments.operands.isEmpty else {
      throw BenchError.usage("unexpected argument \(arguments.operands[0]); see --help")
    }
    let size = try arguments.integer(
      "objectives", default: 1000, minimum: OrganizationGenerator.minimumSize)
    let seed = UInt64(try arguments.integer("seed", default: 1, minimum: 0))
    guard let folder = arguments.value("out") else {
      throw BenchError.usage("generate needs --out DIR; see --help")
    }
    try generate(size: size, seed: seed, into: OrganizationFiles(folder: folder))
  }

  /// Generates an organisation and writes its files, reporting progress on standard error.
  static func generate(size: Int, seed: UInt64, into files: OrganizationFiles) throws {
    try? FileManager.default.removeItem(atPath: files.stamp)
    let clock = ContinuousClock()
    let start = clock.now
    var generator = OrganizationGenerator(size: size, seed: seed)
    let (document, planted) = generator.generate()
    let generated = clock.now
    Console.note(
      "generated \(document.objectives.count) objectives, \(document.keyResultCount) key "
        + "results, \(document.units.count) units, \(document.links.count) links in "
        + Console.seconds(generated - start))

    let outputs: [(DocumentFormat, String)] = [
      (.yaml, files.yaml), (.json, files.json), (.csv, files.csv),
    ]
    for (format, path) in outputs {
      let before = clock.now
      for file in DocumentWriter.files(for: document, format: format, path: path) {
        try writeFile(file.path, file.content.utf8)
      }
      Console.note("wrote \(path) in \(Console.seconds(clock.now - before))")
    }
    try writeFile(files.planted, try planted.json())
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    try writeFile(files.subjects, try encoder.encode(generator.subjects))
    try writeFile(files.stamp, OrganizationFiles.stampText(size: size, seed: seed).utf8)
    let summary = planted.planted.keys.sorted().map { "\($0) \(planted.count($0))" }
    Console.note("planted: " + summary.joined(separator: ", "))
  }
}
