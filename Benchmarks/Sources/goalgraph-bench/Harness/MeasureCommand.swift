import Foundation
import GoalGraph

/// One measurement of one stage, as the child process reports it to `run`.
struct Measurement: Codable, Sendable {
  var stage: String
  var seconds: Double
  /// Resident memory when the input was ready, before the stage started.
  var baselineBytes: Int
  /// The most resident memory during the stage, input included.
  var peakBytes: Int
  /// Whether the peak could be reset after preparing the input; if not, `peakBytes` may
  /// include memory used only while preparing it.
  var peakFromBaseline: Bool
  var items: Int
  var details: [String: Double]
}

/// `measure STAGE DIR`: prepares one stage's input, times the stage once, and prints a
/// `Measurement` as JSON. `run` starts it once per measurement, so that every figure comes
/// from a fresh process.
enum MeasureCommand {
  static var help: String {
    """
    usage: goalgraph-bench measure STAGE DIR [--save-findings FILE]

    Times one stage once on the organisation in DIR (written by `generate`) and prints the
    measurement as JSON on standard output. `run` uses it; it is not needed by hand.

    options:
      --save-findings FILE   write the stage's findings (code and ids) to FILE, for
                             `recall --findings FILE`

    stages:
    \(table(Stages.all.map { ($0.name, $0.summary) }, width: 20))
    """
  }

  static func run(_ words: [String]) throws {
    let arguments = try Arguments(words, options: ["save-findings"], flags: [])
    guard arguments.operands.count == 2 else {
      throw BenchError.usage("measure needs STAGE and DIR; see --help")
    }
    let name = arguments.operands[0]
    guard let stage = Stages.named(name) else {
      let known = Stages.all.map(\.name).joined(separator: ", ")
      throw BenchError.usage("unknown stage \(name); known stages: \(known)")
    }
    let files = OrganizationFiles(folder: arguments.operands[1])
    guard FileManager.default.fileExists(atPath: files.stamp) else {
      throw BenchError.missingFile(files.stamp)
    }
    let (measurement, findings) = try measure(stage, files: files)
    if let path = arguments.value("save-findings") {
      try SavedFindings.write(findings ?? [], to: path)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    // Through `print`, so that it follows anything the libraries printed.
    print(String(decoding: try encoder.encode(measurement), as: UTF8.self))
  }

  /// Prepares the input, resets the memory peak, and times the stage.
  static func measure(_ stage: Stage, files: OrganizationFiles) throws -> (
    Measurement, [Finding]?
  ) {
    let input = try Stages.prepare(stage.input, files: files)
    let baseline = MemoryProbe.residentBytes()
    let reset = MemoryProbe.resetPeak()
    let clock = ContinuousClock()
    let start = clock.now
    let output = try stage.body(input)
    let seconds = (clock.now - start).seconds
    let peak = MemoryProbe.peakBytes()
    withExtendedLifetime(input) {}
    let measurement = Measurement(
      stage: stage.name, seconds: seconds, baselineBytes: baseline, peakBytes: peak,
      peakFromBaseline: reset, items: output.items, details: output.details)
    return (measurement, output.findings)
  }
}
