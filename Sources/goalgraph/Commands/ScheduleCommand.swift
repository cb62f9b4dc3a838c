import GoalGraph
import GoalGraphReport

let scheduleCommand = Command(
  spec: CommandSpec(
    name: "schedule",
    summary: "Plan the team talks of the break-out part: rounds in which every unit is in at "
      + "most one talk, the most urgent talks first, the rest to the follow-up list.",
    arguments: "FILE...", minimumArguments: 1,
    options: [
      .value("rounds", "N", "How many talks each unit can have (6)."),
      .value("minutes", "N", "Minutes per talk (10)."),
      .value("start", "HH:MM", "When the first round starts, for wall-clock times."),
      .value(
        "format", short: "f", "FORMAT", choices: ["text", "markdown", "csv"],
        "Output format (text, or from the file name)."),
      .value("output", short: "o", "FILE", "Write to a file instead of standard output."),
    ] + analysisOptionSpecs + inputOptions,
    discussion: "Talks come from requested contributions and goals without support (first), "
      + "duplicate objectives (second), and dependencies, relations and overlaps (third), one "
      + "talk per pair of units. The timetable is an edge colouring of the talk graph: greedy "
      + "by priority with a recolouring step, exact for bipartite talk graphs."),
  run: runSchedule)

@Sendable func runSchedule(_ parsed: ParsedArguments) -> ExitCode {
  let analysis: AnalysisOptions
  do {
    analysis = try analysisOptions(parsed)
  } catch {
    Console.error("goalgraph schedule: \(error.description)")
    return .usageOrInput
  }
  let rounds: Int
  let minutes: Int
  var start: Int?
  do throws(UsageError) {
    rounds = try positiveInteger(parsed, "rounds") ?? 6
    minutes = try positiveInteger(parsed, "minutes") ?? 10
    if let text = parsed.value("start") {
      let parts = text.split(separator: ":").compactMap { Int($0) }
      guard parts.count == 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else {
        throw UsageError(description: "--start needs a time such as 14:30, not \(text)")
      }
      start = parts[0] * 60 + parts[1]
    }
  } catch {
    Console.error("goalgraph schedule: \(error.description)")
    return .usageOrInput
  }
  let output = parsed.value("output") ?? "-"
  var format = parsed.value("format") ?? "text"
  if parsed.value("format") == nil {
    if output.hasSuffix(".md") { format = "markdown" }
    if output.hasSuffix(".csv") { format = "csv" }
  }

  let graph: SupportGraph
  let files: [String]
  switch loadGraph(parsed, command: "schedule") {
  case .success(let loaded): (graph, files) = (loaded.0, loaded.1.files)
  case .failure(let failure): return failure.code
  }
  let findings = graph.analyse(analysis).findings
  let talks = graph.talks(findings: findings)
  let schedule = TalkSchedule(talks: talks, rounds: rounds, unitCount: graph.units.count)
  let report = ScheduleReport(graph: graph, schedule: schedule, minutes: minutes, start: start)
  let text: String
  switch format {
  case "markdown": text = report.markdown()
  case "csv": text = report.csv()
  default: text = report.text()
  }
  if let failure = write(text, to: output, inputs: files, command: "schedule") {
    return failure
  }
  return .success
}
