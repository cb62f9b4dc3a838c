import GoalGraph

/// The output of `goalgraph check`: the counts, the coverage, the support of each goal, and
/// the findings grouped by the session's four questions, as text or JSON.
public struct CheckReport: Sendable {
  /// The version of the JSON document, raised whenever a field changes meaning or goes away.
  public static let schema = "goalgraph-check/1"

  public var graph: SupportGraph
  public var result: AnalysisResult
  /// The findings to show, after `--only`, `--ignore` and `--unit`.
  public var findings: [Finding]
  public var files: [String]
  /// Whether to list every unit's coverage in the text output.
  public var unitCoverage: Bool

  public init(
    graph: SupportGraph, result: AnalysisResult, findings: [Finding]? = nil, files: [String],
    unitCoverage: Bool = false
  ) {
    self.graph = graph
    self.result = result
    self.findings = findings ?? result.findings
    self.files = files
    self.unitCoverage = unitCoverage
  }

  // MARK: Text

  /// The report as text for a terminal or a pipe; every line from the input made safe.
  ///
  /// - Parameter width: The terminal's width to wrap findings at, or `nil` to keep each
  ///   message on one line (for pipes and `grep`).
  public func text(style: TextStyle = .plain, width: Int? = nil) -> String {
    var lines: [String] = []
    lines += summaryLines(style)
    lines.append("")
    lines += coverageLines(style)
    if !result.goalSupport.isEmpty {
      lines.append("")
      lines += supportLines(style)
    }
    for question in SessionQuestion.allCases {
      let group = findings.filter { $0.code.question == question }
      guard !group.isEmpty else { continue }
      lines.append("")
      let number = SessionQuestion.allCases.firstIndex(of: question)! + 1
      let heading =
        question == .lint ? question.title : "\(number). \(question.title)"
      lines.append(style.bold(heading))
      for finding in group {
        lines += findingLines(finding, style, width: width)
      }
    }
    lines.append("")
    lines.append(countLine(style))
    return lines.joined(separator: "\n") + "\n"
  }

  private func summaryLines(_ style: TextStyle) -> [String] {
    let summary = result.summary
    var lines: [String] = []
    let cycle = summary.cycle.map { "cycle \(terminalSafe($0)) · " } ?? ""
    let kinds = UnitKind.allCases.compactMap { kind -> String? in
      guard let count = summary.unitsByKind[kind] else { return nil }
      return Self.count(count, kind.displayName, plural: kind.pluralName)
    }
    lines.append(
      style.bold("\(cycle)\(Self.count(summary.unitCount, "unit"))")
        + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))"))
    let levels = UnitKind.allCases.compactMap { kind -> String? in
      summary.objectivesByLevel[kind].map { "\($0) \(kind.displayName)" }
    }
    lines.append(
      Self.count(summary.objectives, "objective")
        + (levels.isEmpty ? "" : " (\(levels.joined(separator: ", ")))") + " · "
        + Self.count(summary.keyResults, "key result"))
    var links: [String] = []
    for kind in LinkKind.allCases {
      guard let statuses = summary.links[kind] else { continue }
      let total = statuses.values.reduce(0, +)
      let parts = LinkStatus.allCases.compactMap { status in
        statuses[status].map { "\($0) \(status.rawValue)" }
      }
      links.append("\(total) \(kind.rawValue) (\(parts.joined(separator: ", ")))")
    }
    lines.append(
      Self.count(summary.alignments, "alignment") + " · "
        + Self.count(summary.linkCount, "link")
        + (links.isEmpty ? "" : ": " + links.joined(separator: ", ")))
    if let top = summary.topLevel {
      let goals = summary.objectivesByLevel[top] ?? 0
      lines.append(
        "top-level goals: the \(Self.count(goals, "objective")) of the \(top.displayName) level")
    }
    return lines
  }

  private func coverageLines(_ style: TextStyle) -> [String] {
    var lines = [style.bold("Coverage: objectives that reach a top-level goal")]
    for level in result.coverage.levels {
      let share = Int((level.share * 100).rounded())
      lines.append(
        "  " + Self.padded(level.level.displayName, 18)
          + Self.padded("\(level.reachingTop)/\(level.objectives)", 12, right: true)
          + Self.padded("\(share)%", 6, right: true))
    }
    let units = result.coverage.units.filter { $0.objectives > 0 || unitCoverage }
    guard unitCoverage || units.count <= 30 else {
      lines.append("  (\(units.count) units: --coverage lists each)")
      return lines
    }
    lines.append("")
    lines.append(
      style.dim(
        "  " + Self.padded("unit", 28) + Self.padded("objectives", 11, right: true)
          + Self.padded("reach top", 10, right: true) + Self.padded("islands", 8, right: true)
          + Self.padded("links out", 10, right: true) + Self.padded("in", 5, right: true)
          + "  coach"))
    for line in units {
      let unit = graph.units[line.unit]
      lines.append(
        "  " + Self.padded(terminalSafe(unit.name), 28)
          + Self.padded("\(line.objectives)", 11, right: true)
          + Self.padded("\(line.reachingTop)", 10, right: true)
          + Self.padded("\(line.islands)", 8, right: true)
          + Self.padded("\(line.outgoingLinks)", 10, right: true)
          + Self.padded("\(line.incomingLinks)", 5, right: true) + "  "
          + terminalSafe(unit.coach ?? "-"))
    }
    return lines
  }

  private func supportLines(_ style: TextStyle) -> [String] {
    var lines = [style.bold("Support of the top-level goals (transitive)")]
    for support in result.goalSupport {
      let goal = terminalSafe(graph.describe(support.goal))
      lines.append(
        "  \(goal): \(Self.count(support.objectives, "objective")) in "
          + "\(Self.count(support.units, "unit")); committed: \(support.committedObjectives) in "
          + "\(support.committedUnits)")
    }
    return lines
  }

  private func findingLines(_ finding: Finding, _ style: TextStyle, width: Int?) -> [String] {
    let severity = finding.severity.rawValue
    let head = "  \(severity) [\(finding.code.rawValue)] "
    var lines = wrap(terminalSafe(finding.message), prefix: head, indent: 6, width: width)
    // Colour the severity after wrapping, so that escape codes do not count as width.
    lines[0] = "  " + style.severity(severity, severity) + lines[0].dropFirst(2 + severity.count)
    if let suggestion = finding.suggestion {
      lines += wrap(terminalSafe(suggestion), prefix: "      → ", indent: 8, width: width)
    }
    if let location = finding.location {
      lines.append(style.dim("      \(terminalSafe(location.description))"))
    }
    return lines
  }

  private func countLine(_ style: TextStyle) -> String {
    let counts = Severity.allCases.reversed().map { severity in
      (severity, findings.filter { $0.severity == severity }.count)
    }
    let parts = counts.map { severity, count in
      Self.count(count, severity.rawValue, plural: severity == .info ? "info" : nil)
    }
    return style.bold("findings: " + parts.joined(separator: ", "))
  }

  static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
  }

  static func padded(_ text: String, _ width: Int, right: Bool = false) -> String {
    let pad = String(repeating: " ", count: max(0, width - text.count))
    return right ? pad + text : text + pad
  }

  // MARK: JSON

  /// The report as JSON, following the schema `goalgraph-check/1` described in the README.
  public func json() -> JSONValue {
    let summary = result.summary
    var links: [(String, JSONValue)] = []
    for kind in LinkKind.allCases {
      guard let statuses = summary.links[kind] else { continue }
      links.append(
        (
          kind.rawValue,
          .object(
            LinkStatus.allCases.compactMap { status in
              statuses[status].map { (status.rawValue, .int($0)) }
            })
        ))
    }
    let summaryJSON = JSONValue.object([
      ("cycle", .optional(summary.cycle)),
      (
        "units",
        .object(UnitKind.allCases.map { ($0.rawValue, .int(summary.unitsByKind[$0] ?? 0)) })
      ),
      ("objectives", .int(summary.objectives)),
      ("key_results", .int(summary.keyResults)),
      ("alignments", .int(summary.alignments)),
      ("links", .object(links)),
      (
        "objectives_by_level",
        .object(UnitKind.allCases.map { ($0.rawValue, .int(summary.objectivesByLevel[$0] ?? 0)) })
      ),
      ("top_level", .optional(summary.topLevel?.rawValue)),
    ])
    let coverage = JSONValue.object([
      (
        "levels",
        .array(
          result.coverage.levels.map { level in
            .object([
              ("level", .string(level.level.rawValue)), ("objectives", .int(level.objectives)),
              ("reaching_top", .int(level.reachingTop)), ("share", .double(level.share)),
            ])
          })
      ),
      (
        "units",
        .array(
          result.coverage.units.map { line in
            let unit = graph.units[line.unit]
            return .object([
              ("id", .string(unit.id)), ("name", .string(unit.name)),
              ("kind", .string(unit.kind.rawValue)), ("coach", .optional(unit.coach)),
              ("objectives", .int(line.objectives)), ("reaching_top", .int(line.reachingTop)),
              ("islands", .int(line.islands)), ("outgoing_links", .int(line.outgoingLinks)),
              ("incoming_links", .int(line.incomingLinks)),
            ])
          })
      ),
    ])
    let support = JSONValue.array(
      result.goalSupport.map { support in
        .object([
          ("goal", .string(graph.id(of: support.goal))),
          ("title", .string(graph.title(of: support.goal))),
          ("objectives", .int(support.objectives)), ("units", .int(support.units)),
          ("committed_objectives", .int(support.committedObjectives)),
          ("committed_units", .int(support.committedUnits)),
          ("supporting_units", .array(support.supportingUnits.map { .string(graph.units[$0].id) })),
        ])
      })
    let counts = JSONValue.object(
      Severity.allCases.reversed().map { severity in
        (severity.rawValue, .int(findings.filter { $0.severity == severity }.count))
      })
    return .object([
      ("schema", .string(Self.schema)),
      ("files", .array(files.map(JSONValue.string))),
      ("summary", summaryJSON),
      ("coverage", coverage),
      ("goal_support", support),
      ("findings", .array(findings.map(Self.json))),
      ("counts", counts),
    ])
  }

  /// One finding as JSON.
  public static func json(_ finding: Finding) -> JSONValue {
    .object([
      ("code", .string(finding.code.rawValue)),
      ("severity", .string(finding.severity.rawValue)),
      ("question", .string(finding.code.question.rawValue)),
      ("ids", .array(finding.ids.map(JSONValue.string))),
      ("message", .string(finding.message)),
      ("suggestion", .optional(finding.suggestion)),
      ("file", .optional(finding.location?.file)),
      ("line", finding.location.map { .int($0.line) } ?? .null),
      ("column", finding.location?.column.map { .int($0) } ?? .null),
    ])
  }
}
