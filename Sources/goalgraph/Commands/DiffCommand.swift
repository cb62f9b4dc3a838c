import GoalGraph
import GoalGraphImport
import GoalGraphReport

let diffCommand = Command(
  spec: CommandSpec(
    name: "diff",
    summary: "Show what changed between two versions of the OKRs: objectives added, removed "
      + "and renamed, links added and removed, findings resolved and new.",
    arguments: "OLD NEW", minimumArguments: 2, maximumArguments: 2,
    options: [
      .value(
        "format", short: "f", "FORMAT", choices: ["text", "json", "markdown"],
        "Output format (text, or from the file name)."),
      .value("output", short: "o", "FILE", "Write to a file instead of standard output."),
      .value(
        "fail-on", "SEVERITY", choices: ["error", "warning", "info"],
        "Exit with 1 when the new version brings a finding at least this severe."),
    ] + analysisOptionSpecs + inputOptions,
    discussion: "OLD and NEW are each a file or a folder. Objectives are matched by id, and "
      + "an objective that disappeared is matched to one that appeared when their texts are "
      + "similar, so that a renumbered objective shows as renamed."),
  run: runDiff)

@Sendable func runDiff(_ parsed: ParsedArguments) -> ExitCode {
  let analysis: AnalysisOptions
  do {
    analysis = try analysisOptions(parsed)
  } catch {
    Console.error("goalgraph diff: \(error.description)")
    return .usageOrInput
  }
  var versions: [(SupportGraph, [String])] = []
  for path in parsed.arguments {
    var single = parsed
    single.arguments = [path]
    switch loadGraph(single, command: "diff") {
    case .success(let loaded): versions.append((loaded.0, loaded.1.files))
    case .failure(let failure): return failure.code
    }
  }
  let (old, new) = (versions[0].0, versions[1].0)
  let newFindings = new.analyse(analysis).findings
  let diff = GraphDiff(
    old: old, new: new, oldFindings: old.analyse(analysis).findings, newFindings: newFindings)
  let report = DiffReport(diff: diff, old: old, new: new)
  let output = parsed.value("output") ?? "-"
  var format = parsed.value("format") ?? "text"
  if parsed.value("format") == nil {
    if output.hasSuffix(".md") { format = "markdown" }
    if output.hasSuffix(".json") { format = "json" }
  }
  let text: String
  switch format {
  case "json": text = report.json().serialized() + "\n"
  case "markdown": text = report.markdown()
  default: text = report.text()
  }
  if let failure = write(text, to: output, inputs: versions.flatMap(\.1), command: "diff") {
    return failure
  }
  if let threshold = parsed.value("fail-on").flatMap(Severity.init(rawValue:)),
    diff.findingsNew.contains(where: { $0.severity >= threshold })
  {
    return .findings
  }
  return .success
}
