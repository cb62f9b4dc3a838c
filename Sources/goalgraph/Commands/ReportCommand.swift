import Foundation
import GoalGraph
import GoalGraphRender
import GoalGraphReport

let reportCommand = Command(
  spec: CommandSpec(
    name: "report",
    summary: "Write the gap report for the OKR coaches: every finding by the session's "
      + "questions, the goals' support, and a section per unit with whom to talk to.",
    arguments: "FILE...", minimumArguments: 1,
    options: [
      .value(
        "output", short: "o", "FILE",
        "The report: .html (one self-contained page) or .md (- for standard output)."),
      .value(
        "format", short: "f", "FORMAT", choices: ["html", "markdown"],
        "Report format, when the file name does not tell (html for standard output)."),
      .value(
        "actions", "FILE", "Also write the follow-up list (Who, What, When) as CSV."),
      .flag(
        "no-chart",
        "Leave out the goal chart (Markdown reports otherwise write it beside, as .svg)."),
      .value(
        "max-nodes", "N",
        "Above this many objectives the chart shows one box per unit (2000)."),
      .flag(
        "watch", short: "w",
        "Write again whenever an input changes, until Ctrl-C; broken input keeps the last "
          + "good output."),
    ] + analysisOptionSpecs + inputOptions,
    discussion: "The HTML page needs no network and runs no script: CSS and the chart are "
      + "inline, and everything from the input is escaped. Findings and objectives have "
      + "anchors; the chart's boxes link to the objectives' entries."),
  run: runReport)

@Sendable func runReport(_ parsed: ParsedArguments) -> ExitCode {
  guard parsed.has("watch") else { return reportOnce(parsed) }
  return Watcher.run(parsed, command: "report") { reportOnce(parsed) }
}

/// One run of `report`: read the inputs and write the output.
func reportOnce(_ parsed: ParsedArguments) -> ExitCode {
  let analysis: AnalysisOptions
  do {
    analysis = try analysisOptions(parsed)
  } catch {
    Console.error("goalgraph report: \(error.description)")
    return .usageOrInput
  }
  let output = parsed.value("output")
  let actions = parsed.value("actions")
  guard output != nil || actions != nil else {
    Console.error("goalgraph report: say where to write with -o FILE, or --actions FILE")
    return .usageOrInput
  }
  var format = parsed.value("format")
  if format == nil, let output {
    if output == "-" {
      format = "html"
    } else if output.lowercased().hasSuffix(".html") || output.lowercased().hasSuffix(".htm") {
      format = "html"
    } else if output.lowercased().hasSuffix(".md") || output.lowercased().hasSuffix(".markdown") {
      format = "markdown"
    } else {
      Console.error(
        "goalgraph report: cannot tell the format of \(output); use .html or .md, or --format")
      return .usageOrInput
    }
  }
  let maximumNodes: Int
  do {
    maximumNodes = try positiveInteger(parsed, "max-nodes") ?? ChartOptions().maximumNodes
  } catch {
    Console.error("goalgraph report: \(error.description)")
    return .usageOrInput
  }

  let graph: SupportGraph
  let files: [String]
  switch loadGraph(parsed, command: "report") {
  case .success(let loaded): (graph, files) = (loaded.0, loaded.1.files)
  case .failure(let failure): return failure.code
  }
  let result = graph.analyse(analysis)
  var report = GapReport(graph: graph, result: result)
  let quiet = parsed.has("quiet")

  do {
    for path in [output, actions].compactMap({ $0 }) {
      try OutputFile.check(path, against: files)
    }
    var chartSVG: String?
    let wantsChart =
      !parsed.has("no-chart") && output != nil
      && !(format == "markdown" && output == "-")
    if wantsChart {
      let options = ChartOptions(maximumNodes: maximumNodes, linkPrefix: "#")
      let chart = try GoalChart(graph: graph, findings: result.findings, options: options)
      if chart.boxCount > maximumNodes {
        // Even folded, the chart is too large to lay out quickly or to read in a page.
        let note =
          "The organisation is too large for one chart: \(chart.boxCount) boxes even with "
          + "teams folded into their teams of teams. Draw parts of it with goalgraph render "
          + "--unit ID or --focus ID."
        report.chartNote = note
        if !quiet { Console.error("goalgraph report: \(note)") }
      } else {
        if !quiet { chart.notes.forEach { Console.error("goalgraph report: \($0)") } }
        let bytes = try draw(
          chart, format: "svg", engine: nil, maximumNodes: maximumNodes, quiet: quiet,
          command: "report")
        chartSVG = String(decoding: bytes, as: UTF8.self)
      }
    }
    if let output {
      if format == "html" {
        let reload = parsed.has("watch") ? 2 : nil
        try OutputFile.write(report.html(chartSVG: chartSVG, reloadSeconds: reload), to: output)
      } else {
        var chartPath: String?
        if let chartSVG {
          let path = (output as NSString).deletingPathExtension + ".svg"
          try OutputFile.check(path, against: files)
          try OutputFile.write(chartSVG, to: path)
          chartPath = (path as NSString).lastPathComponent
        }
        try OutputFile.write(report.markdown(chartPath: chartPath), to: output)
      }
    }
    if let actions {
      try OutputFile.write(ActionList.csv(graph: graph, findings: result.findings), to: actions)
    }
  } catch let error as RenderError {
    Console.error("goalgraph report: \(terminalSafe(error.description))")
    return .usageOrInput
  } catch let error as OutputFile.Failure {
    Console.error("goalgraph report: \(error.description)")
    return .usageOrInput
  } catch {
    Console.error("goalgraph report: \(error)")
    return .usageOrInput
  }
  return .success
}
