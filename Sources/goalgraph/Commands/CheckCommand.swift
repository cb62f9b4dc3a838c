import Foundation
import GoalGraph
import GoalGraphImport
import GoalGraphReport

let checkCommand = Command(
  spec: CommandSpec(
    name: "check",
    summary: "Import OKR files, analyse the graph, and print the findings grouped by the "
      + "alignment session's four questions. The exit code follows --fail-on.",
    arguments: "FILE...", minimumArguments: 1,
    options: [
      .value("format", short: "f", "FORMAT", choices: ["text", "json"], "Output format (text)."),
      .value(
        "fail-on", "SEVERITY", choices: ["error", "warning", "info"],
        "Exit with 1 when a finding is at least this severe (error)."),
      .value(
        "only", "CODE,...", repeatable: true, "Report only findings with these codes."),
      .value("ignore", "CODE,...", repeatable: true, "Leave out findings with these codes."),
      .value("unit", short: "u", "ID", "Report only findings about this unit's OKRs."),
      .flag("coverage", "List the coverage of every unit, however many there are."),
      .value(
        "color", "WHEN", choices: ["auto", "always", "never"],
        "Colour the text output (auto: on a terminal, unless NO_COLOR is set)."),
    ] + analysisOptionSpecs + inputOptions,
    discussion: "FILE may be a YAML, JSON or CSV file, or a folder: every such file in it. "
      + "All inputs are merged into one graph; ids are unique across them.\n\n"
      + "Finding codes: " + FindingCode.allCases.map(\.rawValue).joined(separator: ", ")
      + ".\n\nExit codes: 0 no finding at or above --fail-on, 1 findings at or above it, "
      + "2 a usage or input error."),
  run: runCheck)

@Sendable func runCheck(_ parsed: ParsedArguments) -> ExitCode {
  let options: AnalysisOptions
  let only: Set<FindingCode>?
  let ignored: Set<FindingCode>
  do {
    options = try analysisOptions(parsed)
    only = parsed.all("only").isEmpty ? nil : try findingCodes(parsed.list("only"), "only")
    ignored = try findingCodes(parsed.list("ignore"), "ignore")
  } catch {
    Console.error("goalgraph check: \(error.description)")
    return .usageOrInput
  }

  let graph: SupportGraph
  let imported: ImportResult
  switch loadGraph(parsed, command: "check") {
  case .success(let loaded): (graph, imported) = loaded
  case .failure(let failure): return failure.code
  }

  let result = graph.analyse(options)
  var findings = result.findings.filtered(only: only, ignoring: ignored)
  if let unitID = parsed.value("unit") {
    guard let unit = graph.unitIndex(id: unitID) else {
      var message = "goalgraph check: no unit has the id \(unitID)"
      if let guess = closestMatch(to: unitID, in: graph.units.map(\.id)) {
        message += "; did you mean \(guess)?"
      }
      Console.error(message)
      return .usageOrInput
    }
    findings = graph.findings(findings, concerningUnit: unit)
  }

  let report = CheckReport(
    graph: graph, result: result, findings: findings, files: imported.files,
    unitCoverage: parsed.has("coverage"))
  if parsed.value("format") == "json" {
    Console.write(report.json().serialized() + "\n")
  } else {
    let style = Console.style(for: 1, color: parsed.value("color"))
    Console.write(report.text(style: style, width: Console.width(of: 1)))
  }

  let threshold = Severity(rawValue: parsed.value("fail-on") ?? "error")!
  return findings.contains { $0.severity >= threshold } ? .findings : .success
}

/// Finding codes named in `--only` or `--ignore`.
func findingCodes(_ names: [String], _ option: String) throws(UsageError) -> Set<FindingCode> {
  var codes = Set<FindingCode>()
  for name in names {
    guard let code = FindingCode(rawValue: name) else {
      var message = "--\(option): unknown finding code \(name)"
      if let guess = closestMatch(to: name, in: FindingCode.allCases.map(\.rawValue)) {
        message += "; did you mean \(guess)?"
      }
      throw UsageError(description: message)
    }
    codes.insert(code)
  }
  return codes
}
