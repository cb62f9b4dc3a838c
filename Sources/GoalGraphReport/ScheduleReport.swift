import GoalGraph

/// The team-talk timetable as a text table, Markdown, CSV, or blocks of the gap report.
public struct ScheduleReport: Sendable {
  public let graph: SupportGraph
  public let schedule: TalkSchedule
  /// Minutes per round.
  public var minutes: Int
  /// The start of the first round in minutes after midnight, if known.
  public var start: Int?

  public init(graph: SupportGraph, schedule: TalkSchedule, minutes: Int = 10, start: Int? = nil) {
    self.graph = graph
    self.schedule = schedule
    self.minutes = minutes
    self.start = start
  }

  /// `0:00–0:10`, or wall-clock times when the start is known.
  func time(ofRound round: Int) -> String {
    let begin = (start ?? 0) + round * minutes
    return "\(clock(begin))–\(clock(begin + minutes))"
  }

  private func clock(_ minutes: Int) -> String {
    let hours = (minutes / 60) % 24
    let rest = minutes % 60
    return "\(hours):\(rest < 10 ? "0" : "")\(rest)"
  }

  private func names(_ talk: Talk) -> (String, String) {
    (graph.units[talk.units[0]].name, graph.units[talk.units[1]].name)
  }

  private func why(_ talk: Talk) -> String {
    talk.reasons.map(GapReport.describe).joined(separator: "; ")
  }

  private static func priorityName(_ priority: Int) -> String {
    switch priority {
    case 1: "support"
    case 2: "duplicate"
    default: "relation"
    }
  }

  /// A table for the terminal: one block per round, then the follow-ups.
  public func text() -> String {
    var lines: [String] = []
    for (index, talks) in schedule.rounds.enumerated() {
      lines.append("Round \(index + 1)  \(time(ofRound: index))")
      if talks.isEmpty { lines.append("  (free)") }
      for talk in talks {
        let (first, second) = names(talk)
        lines.append("  \(terminalSafe(first)) + \(terminalSafe(second))")
        lines.append("      \(Self.priorityName(talk.priority)): \(terminalSafe(why(talk)))")
      }
      lines.append("")
    }
    lines.append("Follow-ups (Who, What, When board): \(schedule.followUps.count)")
    for talk in schedule.followUps {
      let (first, second) = names(talk)
      lines.append("  \(terminalSafe(first)) + \(terminalSafe(second)): \(terminalSafe(why(talk)))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One row per talk: round, time, the two units, their coaches, priority, why.
  public func csv() -> String {
    var rows = [["Round", "Time", "Unit", "Other unit", "Coaches", "Priority", "Why"]]
    for (index, talks) in schedule.rounds.enumerated() {
      for talk in talks {
        rows.append(row(talk, round: "\(index + 1)", time: time(ofRound: index)))
      }
    }
    for talk in schedule.followUps { rows.append(row(talk, round: "follow-up", time: "")) }
    return rows.map { $0.map(ActionList.field).joined(separator: ",") }.joined(separator: "\r\n")
      + "\r\n"
  }

  private func row(_ talk: Talk, round: String, time: String) -> [String] {
    let (first, second) = names(talk)
    let coaches = talk.units.compactMap { graph.units[$0].coach }.joined(separator: ", ")
    return [round, time, first, second, coaches, Self.priorityName(talk.priority), why(talk)]
  }

  /// The timetable as report blocks: a table per round and the follow-ups.
  func blocks() -> [ReportDocument.Block] {
    var rows: [[[ReportDocument.Inline]]] = []
    for (index, talks) in schedule.rounds.enumerated() {
      for (position, talk) in talks.enumerated() {
        let (first, second) = names(talk)
        rows.append([
          [.text(position == 0 ? "\(index + 1)" : "")],
          [.muted([.text(position == 0 ? time(ofRound: index) : "")])],
          [
            .link([.text(first)], anchor: GapReport.unitAnchor(talk.units[0])), .text(" + "),
            .link([.text(second)], anchor: GapReport.unitAnchor(talk.units[1])),
          ],
          [.text(Self.priorityName(talk.priority))], [.text(why(talk))],
        ])
      }
    }
    var blocks: [ReportDocument.Block] = [
      .table(header: ["Round", "Time", "Talk", "Priority", "Why"], rows: rows, numeric: [])
    ]
    if !schedule.followUps.isEmpty {
      blocks.append(.paragraph([.strong([.text("Follow-ups for the Who, What, When board:")])]))
      blocks.append(
        .list(
          schedule.followUps.map { talk in
            let (first, second) = names(talk)
            return [.text("\(first) + \(second): \(why(talk))")]
          }))
    }
    return blocks
  }

  /// The timetable as Markdown.
  public func markdown() -> String {
    MarkdownWriter.write(
      ReportDocument(title: "Team talks", blocks: blocks()), chartPath: nil)
  }
}
