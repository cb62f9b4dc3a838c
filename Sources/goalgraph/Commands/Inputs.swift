import GoalGraph
import GoalGraphImport
import GoalGraphReport

/// The options every command that reads OKR files takes.
let inputOptions: [OptionSpec] = [
  .flag("quiet", short: "q", "Print no warnings and no progress."),
  .value(
    "max-file-size", "BYTES",
    "Refuse input files larger than this (default 1 GiB)."),
  .value(
    "max-depth", "N", "Refuse YAML and JSON nested deeper than this (default 512)."),
  .value(
    "max-aliases", "N", "Stop YAML aliases that expand to more nodes than this (default 1000000)."),
]

/// Reads the inputs and builds the graph, printing import problems to standard error.
///
/// - Returns: The graph and import result, or the exit code to stop with.
func loadGraph(_ parsed: ParsedArguments, command: String) -> Result<
  (SupportGraph, ImportResult), ExitCodeError
> {
  var limits = ImportLimits.standard
  do {
    limits.maximumFileSize = try positiveInteger(parsed, "max-file-size") ?? limits.maximumFileSize
    limits.maximumDepth = try positiveInteger(parsed, "max-depth") ?? limits.maximumDepth
    limits.maximumAliasExpansion =
      try positiveInteger(parsed, "max-aliases") ?? limits.maximumAliasExpansion
  } catch {
    Console.error("goalgraph \(command): \(error.description)")
    return .failure(ExitCodeError(code: .usageOrInput))
  }
  let quiet = parsed.has("quiet")
  do {
    let result = try Importer(limits: limits).load(parsed.arguments)
    if !quiet {
      for warning in result.warnings { Console.error(terminalSafe(warning.description)) }
    }
    return .success((SupportGraph(result.document), result))
  } catch {
    for problem in error.problems where problem.severity == .error || !quiet {
      Console.error(terminalSafe(problem.description))
    }
    let errors = error.problems.filter { $0.severity == .error }.count
    Console.error(
      "goalgraph \(command): \(errors == 1 ? "1 error" : "\(errors) errors") in the input")
    return .failure(ExitCodeError(code: .usageOrInput))
  }
}

/// A value of an option that must be a whole number above 0.
func positiveInteger(_ parsed: ParsedArguments, _ name: String) throws(UsageError) -> Int? {
  guard let text = parsed.value(name) else { return nil }
  guard let value = Int(text), value > 0 else {
    throw UsageError(description: "--\(name) needs a whole number above 0, not \(text)")
  }
  return value
}

/// An exit code carried as an error, to stop a command early.
struct ExitCodeError: Error {
  var code: ExitCode
}
