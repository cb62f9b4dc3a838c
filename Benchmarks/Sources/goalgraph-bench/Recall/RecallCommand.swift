import Foundation
import GoalGraph

/// How many planted cases of one finding code the analyses found.
struct CodeRecall: Codable, Sendable {
  var code: String
  var planted: Int
  /// Planted groups that a finding of the code names completely.
  var found: Int
  /// Findings of the code that name no planted group: in a generated organisation, false
  /// alarms or side effects of another planted case.
  var unexpected: Int
  /// Of the unexpected findings, those whose objectives the generator wrote on one subject:
  /// related by construction, so not false alarms.
  var unexpectedOnOneSubject: Int
  /// Whether any analysis that reports the code ran; false for similarity codes until the
  /// similarity stage exists.
  var analysed: Bool
  /// Up to five planted groups that were not found.
  var missed: [[String]]
  /// Found and planted by variant, for codes planted in variants.
  var variants: [VariantRecall]
}

/// How many planted cases of one variant of a code were found.
struct VariantRecall: Codable, Sendable {
  var variant: String
  var planted: Int
  var found: Int
}

/// Whether the three formats of one organisation import to the same document.
struct FormatCheck: Codable, Sendable {
  var format: String
  var objectives: Int
  var keyResults: Int
  var units: Int
  var links: Int
  /// Whether the document equals the JSON import's, places in the files aside.
  var agrees: Bool
  /// The first differences from the JSON import's document.
  var differences: [String]
}

/// The recall check of one organisation.
struct RecallReport: Codable, Sendable {
  var objectives: Int
  var codes: [CodeRecall]
  var formats: [FormatCheck]
}

/// `recall DIR`: analyses a generated organisation and compares the findings with
/// `planted.json`; prints a `RecallReport` as JSON.
enum RecallCommand {
  static let help = """
    usage: goalgraph-bench recall DIR [--formats] [--findings FILE] [--list CODE] [--report FILE]

    Imports the organisation in DIR (written by `generate`) from JSON, runs the analyses
    (and the similarity analysis when it exists), and prints as JSON, for each finding code,
    how many planted groups a finding names (found / planted) and how many findings name no
    planted group (unexpected).

    options:
      --formats   also import the YAML and CSV files and check that they give the same
                  document as the JSON file
      --findings FILE  take the similarity findings from FILE (written by
                   `measure similarity DIR --save-findings FILE`) instead of running the
                   similarity analysis again
      --report FILE  write the JSON to FILE instead of standard output
      --list CODE  also list, on standard error, the findings of a code and the planted
                   groups missed, with their titles
    """

  static func run(_ words: [String]) throws {
    let arguments = try Arguments(
      words, options: ["list", "findings", "report"], flags: ["formats"])
    guard arguments.operands.count == 1 else {
      throw BenchError.usage("recall needs DIR; see --help")
    }
    let files = OrganizationFiles(folder: arguments.operands[0])
    if let code = arguments.value("list") {
      guard let findingCode = FindingCode(rawValue: code) else {
        throw BenchError.usage("unknown finding code \(code)")
      }
      try list(findingCode, files)
    }
    let saved = try arguments.value("findings").map(SavedFindings.read)
    let report = try check(files, formats: arguments.flag("formats"), similarity: saved)

    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    let json = try encoder.encode(report) + Data("\n".utf8)
    if let path = arguments.value("report") {
      try writeFile(path, json)
    } else {
      print(String(decoding: json, as: UTF8.self), terminator: "")
    }
  }

  /// Runs the check.
  ///
  /// - Parameter similarity: The similarity findings, when already known.
  static func check(_ files: OrganizationFiles, formats: Bool, similarity: [Finding]? = nil)
    throws -> RecallReport
  {
    let planted = try PlantedCases.read(files.planted)
    let document = try importDocument([files.json])
    let findings = analyse(document, similarity: similarity)
    let subjects = readSubjects(files.subjects)
    var report = RecallReport(
      objectives: document.objectives.count, codes: recall(findings, planted, subjects: subjects),
      formats: [])
    guard formats else { return report }

    let reference = DocumentComparison.withoutLocations(document)
    report.formats.append(FormatCheck(format: "json", document: document, differences: []))
    for (format, paths) in [("yaml", [files.yaml]), ("csv", files.csvFiles)] {
      let other = try importDocument(paths)
      let differences = DocumentComparison.differences(
        reference, DocumentComparison.withoutLocations(other))
      report.formats.append(FormatCheck(format: format, document: other, differences: differences))
    }
    return report
  }

  /// Lists the findings of a code, then the planted groups of the code that no finding names.
  static func list(_ code: FindingCode, _ files: OrganizationFiles) throws {
    let planted = try PlantedCases.read(files.planted)
    let document = try importDocument([files.json])
    let findings = analyse(document).filter { $0.code == code }
    var titles: [String: String] = [:]
    for objective in document.objectives {
      titles[objective.id] = objective.title
      for keyResult in objective.keyResults { titles[keyResult.id] = keyResult.title }
    }
    let groups = planted.planted[code.rawValue] ?? []
    for finding in findings {
      let isPlanted = groups.contains { Set(finding.ids).isSuperset(of: $0) }
      Console.note((isPlanted ? "planted    " : "unexpected ") + finding.message)
    }
    for group in groups where !findings.contains(where: { Set($0.ids).isSuperset(of: group) }) {
      Console.note(
        "missed     " + group.map { "\($0) \"\(titles[$0] ?? "?")\"" }.joined(separator: " / "))
    }
  }

  /// Every finding the libraries can report today.
  ///
  /// - Parameter known: The similarity findings, when already known.
  static func analyse(_ document: OKRDocument, similarity known: [Finding]? = nil) -> [Finding] {
    let graph = SupportGraph(document)
    var findings = graph.analyse(Hooks.structuralOptions).findings
    if let known {
      findings += known
    } else if let similarity = Hooks.similarity {
      findings += similarity(graph)
    }
    return findings
  }

  /// The generator's subject of each objective, or none for organisations without the file.
  static func readSubjects(_ path: String) -> [String: String] {
    guard let data = FileManager.default.contents(atPath: path),
      let subjects = try? JSONDecoder().decode([String: String].self, from: data)
    else { return [:] }
    return subjects
  }

  /// Whether the generator wrote all objectives of a finding on one subject (field and
  /// subject, whatever the audience).
  static func onOneSubject(_ ids: [String], _ subjects: [String: String]) -> Bool {
    let keys = ids.compactMap { subjects[$0] }.map { $0.split(separator: ".").prefix(2) }
    guard keys.count >= 2, keys.count == ids.count else { return false }
    return keys.allSatisfy { $0 == keys[0] }
  }

  /// Found, planted and unexpected for every code that was planted or reported.
  static func recall(
    _ findings: [Finding], _ planted: PlantedCases, subjects: [String: String] = [:]
  ) -> [CodeRecall] {
    let similarityCodes: Set<FindingCode> = [.duplicate, .overlap, .splittable]
    var result: [CodeRecall] = []
    for code in FindingCode.allCases {
      let groups = planted.planted[code.rawValue] ?? []
      let reported = findings.filter { $0.code == code }
      guard !groups.isEmpty || !reported.isEmpty else { continue }
      // The findings that name each id, so that each group is checked against few findings.
      var byID: [String: [Int]] = [:]
      let idSets = reported.map { Set($0.ids) }
      for (index, ids) in idSets.enumerated() {
        for id in ids { byID[id, default: []].append(index) }
      }
      var used = [Bool](repeating: false, count: reported.count)
      var found = 0
      var missed: [[String]] = []
      var variants: [VariantRecall] = []
      for (number, group) in groups.enumerated() {
        // The closest finding that names the group, one not yet matched if there is one.
        let candidates = (byID[group[0]] ?? []).filter { idSets[$0].isSuperset(of: group) }
          .sorted { (used[$0] ? 1 : 0, idSets[$0].count) < (used[$1] ? 1 : 0, idSets[$1].count) }
        let match = candidates.first
        if let match {
          found += 1
          used[match] = true
        } else if missed.count < 5 {
          missed.append(group)
        }
        guard let variant = planted.variant(code.rawValue, number) else { continue }
        if !variants.contains(where: { $0.variant == variant }) {
          variants.append(VariantRecall(variant: variant, planted: 0, found: 0))
        }
        let slot = variants.firstIndex { $0.variant == variant }!
        variants[slot].planted += 1
        if match != nil { variants[slot].found += 1 }
      }
      result.append(
        CodeRecall(
          code: code.rawValue, planted: groups.count, found: found,
          unexpected: used.filter { !$0 }.count,
          unexpectedOnOneSubject: reported.indices.filter {
            !used[$0] && onOneSubject(reported[$0].ids, subjects)
          }.count,
          analysed: !similarityCodes.contains(code) || Hooks.similarity != nil, missed: missed,
          variants: variants.sorted { $0.variant < $1.variant }))
    }
    return result
  }
}

extension FormatCheck {
  init(format: String, document: OKRDocument, differences: [String]) {
    self.init(
      format: format, objectives: document.objectives.count,
      keyResults: document.keyResultCount, units: document.units.count,
      links: document.links.count, agrees: differences.isEmpty, differences: differences)
  }
}
