import Foundation

/// A generated organisation as the results describe it.
struct OrganisationInfo: Codable, Sendable {
  var objectives: Int
  var keyResults: Int
  var units: Int
  var links: Int
  var yamlBytes: Int
  var jsonBytes: Int
  var csvBytes: Int
  /// The time `generate` took, when this run generated it rather than reusing it.
  var generatedSeconds: Double?
  var generatedPeakBytes: Int?
}

/// Everything one `run` measured.
struct BenchReport: Codable, Sendable {
  var date: String
  var command: String
  var machine: MachineDescription
  var seed: UInt64
  var runsPerFigure: Int
  var sizes: [Int]
  var organisations: [OrganisationInfo]
  var stages: [StageSummary]
  var recall: [RecallReport]
  /// Stages that cannot be measured yet because their library API does not exist.
  var absentStages: [String]
  var totalSeconds: Double
}

/// `run`: generates or reuses organisations, measures every stage in child processes, checks
/// recall, and writes `results.md` and `results.json`.
enum RunCommand {
  static let defaultSizes = [1000, 10000, 100_000]
  static let largeSize = 200_000
  static let defaultBudget = 45

  static var help: String {
    """
    usage: goalgraph-bench run [--sizes 1000,10000,100000] [--runs 5] [--large] [OPTIONS]

    Times each stage at each size, each measurement in a fresh child process, and writes
    the median time, peak memory and growth between sizes, the rendering comparison with
    the dot program, and the recall of planted findings, to results.md and results.json.
    Organisations are generated once and reused from the work folder. Build in release mode
    first (Benchmarks/bench.sh does). Progress goes to standard error.

    options:
      --sizes LIST     numbers of objectives, separated by commas (default
                       \(defaultSizes.map(String.init).joined(separator: ",")); 100k is understood)
      --large          add \(largeSize) objectives to the sizes
      --runs N         measurements per stage and size; the median is reported (default 5)
      --budget S       seconds per stage and size: after a run, no further run starts if it
                       would end past this budget, so that slow stages run fewer times
                       (default \(defaultBudget); at least one run always happens)
      --seed S         the generator's seed (default 1)
      --stages LIST    only these stages, separated by commas
      --no-recall      skip the recall check
      --work DIR       where generated organisations are kept (default Benchmarks/work)
      --results DIR    where results.md and results.json go (default Benchmarks)

    stages:
    \(table(Stages.all.map { ($0.name, $0.summary) }, width: 20))
    """
  }

  static func run(_ words: [String]) throws {
    let arguments = try Arguments(
      words, options: ["sizes", "runs", "seed", "stages", "work", "results", "budget"],
      flags: ["large", "no-recall"])
    guard arguments.operands.isEmpty else {
      throw BenchError.usage("unexpected argument \(arguments.operands[0]); see --help")
    }
    var sizes = try arguments.integers(
      "sizes", default: defaultSizes, minimum: OrganizationGenerator.minimumSize)
    if arguments.flag("large"), !sizes.contains(largeSize) { sizes.append(largeSize) }
    sizes = Array(Set(sizes)).sorted()
    let runs = try arguments.integer("runs", default: 5)
    let budget = Double(try arguments.integer("budget", default: defaultBudget))
    let seed = UInt64(try arguments.integer("seed", default: 1, minimum: 0))
    var stages = Stages.all
    if let names = arguments.value("stages") {
      let wanted = names.split(separator: ",").map(String.init)
      for name in wanted where Stages.named(name) == nil {
        let known = Stages.all.map(\.name).joined(separator: ", ")
        throw BenchError.usage("unknown stage \(name); known stages: \(known)")
      }
      stages = stages.filter { wanted.contains($0.name) }
    }
    let benchmarks = try benchmarksFolder()
    let work = arguments.value("work") ?? benchmarks + "/work"
    let results = arguments.value("results") ?? benchmarks

    let report = try measure(
      sizes: sizes, runs: runs, budget: budget, seed: seed, stages: stages, work: work,
      recall: !arguments.flag("no-recall"), packageRoot: benchmarks + "/..")
    try writeFile(results + "/results.json", try ResultsWriter.json(report))
    try writeFile(results + "/results.md", ResultsWriter.markdown(report).utf8)
    Console.note("wrote \(results)/results.md and \(results)/results.json")
  }

  /// The `Benchmarks` folder: the current folder's, or the current folder itself.
  private static func benchmarksFolder() throws -> String {
    let current = FileManager.default.currentDirectoryPath
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: current + "/Benchmarks", isDirectory: &isFolder),
      isFolder.boolValue
    {
      return current + "/Benchmarks"
    }
    if (current as NSString).lastPathComponent == "Benchmarks" { return current }
    throw BenchError.usage(
      "run from the package root (the folder that holds Benchmarks/), or give --work and "
        + "--results")
  }

  /// Measures every stage at every size.
  static func measure(
    sizes: [Int], runs: Int, budget: Double, seed: UInt64, stages: [Stage], work: String,
    recall: Bool, packageRoot: String
  ) throws -> BenchReport {
    let clock = ContinuousClock()
    let start = clock.now
    let executable = ChildProcess.ownExecutable()
    let command =
      "goalgraph-bench " + CommandLine.arguments.dropFirst().joined(separator: " ")
    Console.note("machine: \(MachineDescription.current(packageRoot: packageRoot).summary)")

    var organisations: [OrganisationInfo] = []
    var summaries: [StageSummary] = []
    var recalls: [RecallReport] = []
    for size in sizes {
      let label = "[\(Format.count(size))]"
      let files = OrganizationFiles(folder: "\(work)/organization-\(size)-seed\(seed)")
      var generated: ChildResult?
      if files.isCurrent(size: size, seed: seed) {
        Console.note("\(label) reusing \(files.folder)")
      } else {
        Console.note("\(label) generating \(files.folder)")
        let result = try ChildProcess.run(
          executable,
          ["generate", "--objectives", "\(size)", "--seed", "\(seed)", "--out", files.folder])
        guard result.status == 0 else {
          throw BenchError.childFailed("generate failed with status \(result.status)")
        }
        generated = result
      }

      let savedFindings = files.folder + "/similarity-findings.json"
      try? FileManager.default.removeItem(atPath: savedFindings)
      for stage in stages {
        summaries.append(
          measure(
            stage, size: size, runs: runs, budget: budget, files: files, label: label,
            saveFindings: stage.name == "similarity" ? savedFindings : nil))
      }

      var report: RecallReport?
      if recall {
        Console.note("\(label) recall check")
        let reportFile = files.folder + "/recall.json"
        try? FileManager.default.removeItem(atPath: reportFile)
        var recallArguments = ["recall", files.folder, "--formats", "--report", reportFile]
        if FileManager.default.fileExists(atPath: savedFindings) {
          recallArguments += ["--findings", savedFindings]
        }
        let result = try ChildProcess.run(executable, recallArguments)
        if result.status == 0, let data = FileManager.default.contents(atPath: reportFile) {
          report = try? JSONDecoder().decode(RecallReport.self, from: data)
        }
        if report == nil { Console.note("\(label) the recall check failed") }
      }
      if let report { recalls.append(report) }
      let reference = report?.formats.first
      organisations.append(
        OrganisationInfo(
          objectives: size, keyResults: reference?.keyResults ?? 0, units: reference?.units ?? 0,
          links: reference?.links ?? 0, yamlBytes: OrganizationFiles.byteCount(files.yaml),
          jsonBytes: OrganizationFiles.byteCount(files.json),
          csvBytes: files.csvFiles.map(OrganizationFiles.byteCount).reduce(0, +),
          generatedSeconds: generated?.seconds, generatedPeakBytes: generated?.peakResidentBytes))
    }
    Statistics.addGrowth(&summaries)
    for index in summaries.indices where !(Stages.named(summaries[index].stage)?.scales ?? true) {
      summaries[index].growth = nil
    }

    var absent: [String] = []
    if Hooks.similarity == nil { absent.append("similarity") }
    if Hooks.renderInProcess == nil { absent.append("render-in-process") }
    return BenchReport(
      date: Format.date(Date()), command: command,
      machine: MachineDescription.current(packageRoot: packageRoot), seed: seed,
      runsPerFigure: runs, sizes: sizes, organisations: organisations, stages: summaries,
      recall: recalls, absentStages: absent, totalSeconds: (clock.now - start).seconds)
  }

  /// Measures one stage at one size up to `runs` times, each in a child process, while the
  /// budget lasts.
  ///
  /// - Parameter saveFindings: Where the first run keeps the stage's findings, if anywhere.
  private static func measure(
    _ stage: Stage, size: Int, runs: Int, budget: Double, files: OrganizationFiles,
    label: String, saveFindings: String?
  ) -> StageSummary {
    var measurements: [Measurement] = []
    var peaks: [Int] = []
    var spent = 0.0
    let executable = ChildProcess.ownExecutable()
    for run in 1...runs {
      var arguments = ["measure", stage.name, files.folder]
      if run == 1, let saveFindings { arguments += ["--save-findings", saveFindings] }
      let result: ChildResult
      do {
        result = try ChildProcess.run(executable, arguments)
      } catch {
        return failed(stage, size, "\(error)", label)
      }
      // The measurement is the last line; the libraries may have printed before it.
      let line = result.outputText.split(separator: "\n").last { $0.hasPrefix("{") }
      guard result.status == 0, let line,
        let measurement = try? JSONDecoder().decode(Measurement.self, from: Data(line.utf8))
      else {
        return failed(
          stage, size, "the measuring process ended with status \(result.status)", label)
      }
      measurements.append(measurement)
      // The child's own figure is the peak since its reset; wait4's covers the whole child.
      let peak = measurement.peakFromBaseline ? measurement.peakBytes : result.peakResidentBytes
      peaks.append(peak)
      Console.note(
        "\(label) \(stage.name) \(run)/\(runs): \(Format.seconds(measurement.seconds)), "
          + "peak \(Format.mebibytes(peak)) (input \(Format.mebibytes(measurement.baselineBytes)))")
      spent += result.seconds
      if run < runs, spent + result.seconds > budget {
        Console.note(
          "\(label) \(stage.name): \(run) of \(runs) runs fit the budget of "
            + "\(Int(budget)) s")
        break
      }
    }
    var summary = Statistics.summary(
      stage: stage.name, objectives: size, measurements, peaks: peaks)
    summary.runsPlanned = runs
    return summary
  }

  private static func failed(_ stage: Stage, _ size: Int, _ message: String, _ label: String)
    -> StageSummary
  {
    Console.note("\(label) \(stage.name) failed: \(message)")
    return StageSummary(
      stage: stage.name, objectives: size, runs: [], medianSeconds: .nan, minimumSeconds: .nan,
      maximumSeconds: .nan, peakBytes: 0, baselineBytes: 0, items: 0, details: [:],
      runsPlanned: 0, error: message)
  }
}
