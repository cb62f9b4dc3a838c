import Foundation

/// Renders DOT text with Graphviz's `dot` program, for comparison with the in-process path.
/// Only the benchmark runs `dot`; the product never does.
enum DotProgram {
  /// The `dot` program: `$GOALGRAPH_BENCH_DOT`, else `dot` on `PATH`, else `/usr/bin/dot`.
  static var path: String {
    ProcessInfo.processInfo.environment["GOALGRAPH_BENCH_DOT"] ?? ChildProcess.find("dot")
      ?? "/usr/bin/dot"
  }

  /// Whether `dot` can be run.
  static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: path) }

  /// Graphviz's version line, as `dot -V` prints it.
  static func version() -> String? {
    guard isAvailable, let result = try? ChildProcess.run(path, ["-V"], mergeStandardError: true)
    else { return nil }
    return result.outputText.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Renders DOT text to SVG with `dot -Tsvg`, from a file to a file, as a user would.
  ///
  /// - Returns: The SVG's size as `items`, and `dot`'s own peak memory and time.
  /// - Throws: `BenchError.childFailed` when `dot` is missing or fails.
  static func render(_ dot: String) throws -> StageOutput {
    guard isAvailable else {
      throw BenchError.childFailed("\(path) is missing: install Graphviz (apt package graphviz)")
    }
    let stem = NSTemporaryDirectory() + "goalgraph-bench-\(getpid())"
    let input = stem + ".dot"
    let output = stem + ".svg"
    defer {
      try? FileManager.default.removeItem(atPath: input)
      try? FileManager.default.removeItem(atPath: output)
    }
    try writeFile(input, dot.utf8)
    let arguments = ["-Tsvg", input, "-o", output]
    // A child started from this process reports at least this process's memory as its peak
    // (Linux counts the memory of the process that called exec), so `dot` runs under GNU
    // time, a small process whose own child's peak is `dot`'s alone.
    let timer = "/usr/bin/time"
    let timed = FileManager.default.isExecutableFile(atPath: timer)
    let result =
      timed
      ? try ChildProcess.run(timer, ["-f", "%M"] + [path] + arguments, mergeStandardError: true)
      : try ChildProcess.run(path, arguments, mergeStandardError: true)
    guard result.status == 0 else {
      throw BenchError.childFailed(
        "dot -Tsvg failed with status \(result.status): \(result.outputText.prefix(300))")
    }
    var details = ["childSeconds": result.seconds]
    if timed, let line = result.outputText.split(separator: "\n").last,
      let kibibytes = Int(line.trimmed)
    {
      details["childPeakBytes"] = Double(kibibytes * 1024)
    }
    return StageOutput(items: OrganizationFiles.byteCount(output), details: details)
  }
}
