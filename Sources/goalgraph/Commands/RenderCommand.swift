import Foundation
import GoalGraph
import GoalGraphRender
import GoalGraphReport

let renderCommand = Command(
  spec: CommandSpec(
    name: "render",
    summary: "Draw the goal chart through Graphviz: levels as ranks, units as clusters, "
      + "support as edges, findings marked.",
    arguments: "FILE...", minimumArguments: 1,
    options: [
      .value(
        "output", short: "o", "FILE",
        "The file to write: .svg, .png, .pdf or .dot (- for standard output)."),
      .value(
        "format", short: "f", "FORMAT", choices: ["svg", "png", "pdf", "dot"],
        "Output format, when the file name does not tell (svg for standard output)."),
      .value(
        "engine", "ENGINE",
        "Graphviz layout engine: dot (ranked levels, default), sfdp, neato, fdp, ..."),
      .value(
        "focus", "ID",
        "Show this objective, what it supports and what supports it (for a goal: its tree)."),
      .value(
        "unit", short: "u", "ID",
        "Show this unit's and its sub-units' objectives, and one step "
          + "around them."),
      .value("depth", "N", "Show N support steps from the focus, or from the top-level goals."),
      .value(
        "key-results", "MODE", choices: ["none", "label", "nodes"],
        "Show key results inside their objective's box, or as boxes of their own (none)."),
      .flag("no-findings", "Draw the chart without marking findings."),
      .flag("declined", "Also draw declined links."),
      .value(
        "diff", "OLD", "Mark what changed since an earlier version (a file or folder) in green."),
      .value(
        "max-nodes", "N",
        "Above this many boxes, draw one box per unit (2000; dot slows down beyond)."),
      .flag(
        "watch", short: "w",
        "Write again whenever an input changes, until Ctrl-C; broken input keeps the last "
          + "good output."),
    ] + analysisOptionSpecs + inputOptions,
    discussion: "The chart is drawn in-process through Graphviz's C libraries. The same input "
      + "always gives the same file. Large organisations fold into one box per unit (or per "
      + "team of teams) with weighted edges; --focus and --unit show objectives in detail."),
  run: runRender)

@Sendable func runRender(_ parsed: ParsedArguments) -> ExitCode {
  guard parsed.has("watch") else { return renderOnce(parsed) }
  return Watcher.run(parsed, command: "render") { renderOnce(parsed) }
}

/// One run of `render`: read the inputs and write the output.
func renderOnce(_ parsed: ParsedArguments) -> ExitCode {
  let analysis: AnalysisOptions
  do {
    analysis = try analysisOptions(parsed)
  } catch {
    Console.error("goalgraph render: \(error.description)")
    return .usageOrInput
  }
  guard let output = parsed.value("output") else {
    Console.error("goalgraph render: say where to write with -o FILE (- for standard output)")
    return .usageOrInput
  }
  let format = parsed.value("format") ?? chartFormat(of: output)
  guard let format else {
    Console.error(
      "goalgraph render: cannot tell the format of \(output); use .svg, .png, .pdf or .dot, "
        + "or --format")
    return .usageOrInput
  }
  var options = ChartOptions()
  do {
    options.depth = try positiveInteger(parsed, "depth")
    options.maximumNodes = try positiveInteger(parsed, "max-nodes") ?? options.maximumNodes
  } catch {
    Console.error("goalgraph render: \(error.description)")
    return .usageOrInput
  }
  options.focus = parsed.value("focus")
  options.unit = parsed.value("unit")
  options.keyResults = parsed.value("key-results").flatMap(ChartOptions.KeyResults.init) ?? .none
  options.showFindings = !parsed.has("no-findings")
  options.showDeclined = parsed.has("declined")

  let graph: SupportGraph
  let files: [String]
  switch loadGraph(parsed, command: "render") {
  case .success(let loaded): (graph, files) = (loaded.0, loaded.1.files)
  case .failure(let failure): return failure.code
  }
  do {
    try OutputFile.check(output, against: files)
  } catch {
    Console.error("goalgraph render: \(error.description)")
    return .usageOrInput
  }
  let findings =
    options.showFindings || parsed.value("diff") != nil ? graph.analyse(analysis).findings : []
  if let oldPath = parsed.value("diff") {
    var single = parsed
    single.arguments = [oldPath]
    switch loadGraph(single, command: "render") {
    case .success(let loaded):
      let old = loaded.0
      let diff = GraphDiff(
        old: old, new: graph, oldFindings: old.analyse(analysis).findings, newFindings: findings)
      options.changes = ChartChanges(diff)
    case .failure(let failure): return failure.code
    }
  }
  let quiet = parsed.has("quiet")
  do {
    let chart = try GoalChart(
      graph: graph, findings: options.showFindings ? findings : [], options: options)
    if !quiet { chart.notes.forEach { Console.error("goalgraph render: \($0)") } }
    guard format != "dot" else {
      try OutputFile.write(chart.dot, to: output)
      return .success
    }
    let bytes = try draw(
      chart, format: format, engine: parsed.value("engine"), maximumNodes: options.maximumNodes,
      quiet: quiet, command: "render")
    try OutputFile.write(bytes, to: output)
  } catch let error as RenderError {
    Console.error("goalgraph render: \(terminalSafe(error.description))")
    return .usageOrInput
  } catch let error as OutputFile.Failure {
    Console.error("goalgraph render: \(error.description)")
    return .usageOrInput
  } catch {
    Console.error("goalgraph render: \(error)")
    return .usageOrInput
  }
  return .success
}

/// The chart format a file name asks for.
func chartFormat(of path: String) -> String? {
  if path == "-" { return "svg" }
  guard let dot = path.lastIndex(of: ".") else { return nil }
  let ext = path[path.index(after: dot)...].lowercased()
  return ["svg", "png", "pdf", "dot", "gv"].contains(ext) ? (ext == "gv" ? "dot" : ext) : nil
}
