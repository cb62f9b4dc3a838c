import GoalGraph

/// The gap report the OKR coaches read before the alignment session: a summary, the four
/// questions of the session with every finding, the support of each top-level goal, a section
/// per unit with whom it should talk to, and the lint. As Markdown or as one HTML page.
public struct GapReport: Sendable {
  public let graph: SupportGraph
  public let result: AnalysisResult
  public let talks: [Talk]
  /// How many findings of one code the question sections list before pointing to the units.
  public var listLimit = 200

  /// The team-talk timetable shown in the report.
  public var schedule: ScheduleReport
  /// Shown in place of the chart when there is none, to say why.
  public var chartNote: String?

  public init(graph: SupportGraph, result: AnalysisResult, rounds: Int = 6, minutes: Int = 10) {
    self.graph = graph
    self.result = result
    self.talks = graph.talks(findings: result.findings)
    self.schedule = ScheduleReport(
      graph: graph,
      schedule: TalkSchedule(talks: talks, rounds: rounds, unitCount: graph.units.count),
      minutes: minutes)
  }

  /// The report as Markdown; `chartPath` is the chart image to link, if one is written.
  public func markdown(chartPath: String? = nil) -> String {
    MarkdownWriter.write(document(), chartPath: chartPath)
  }

  /// The report as one self-contained HTML page with the chart inline.
  ///
  /// - Parameters:
  ///   - chartSVG: The goal chart from the renderer, drawn with `linkPrefix: "#"` so that its
  ///     boxes link to the objectives' entries.
  ///   - reloadSeconds: Makes the page reload itself, for `--watch`.
  public func html(chartSVG: String?, reloadSeconds: Int? = nil) -> String {
    HTMLWriter.write(document(), chart: chartSVG, reloadSeconds: reloadSeconds)
  }

  /// The anchor of the n-th finding (in `result.findings` order).
  public static func findingAnchor(_ index: Int) -> String { "finding-\(index + 1)" }

  // MARK: The document

  func document() -> ReportDocument {
    var blocks: [ReportDocument.Block] = [.contents]
    blocks += summary()
    blocks += [.heading(level: 2, text: "Goal chart", anchor: "chart"), .chart]
    if let chartNote { blocks.append(.paragraph([.muted([.text(chartNote)])])) }
    blocks += questions()
    blocks += goalSupport()
    blocks += talkBlocks()
    blocks += unitSections()
    blocks += lint()
    let organization = graph.units.first { $0.kind == .organization }?.name
    var title = "Gap report"
    if let organization { title += ": \(organization)" }
    if let cycle = graph.document.cycle { title += ", \(cycle)" }
    return ReportDocument(title: title, blocks: blocks)
  }

  private func summary() -> [ReportDocument.Block] {
    let summary = result.summary
    var blocks: [ReportDocument.Block] = [.heading(level: 2, text: "Summary", anchor: "summary")]
    let kinds = UnitKind.allCases.compactMap { kind -> String? in
      summary.unitsByKind[kind].map { Self.count($0, kind.displayName, kind.pluralName) }
    }
    blocks.append(
      .paragraph([
        .text(
          "\(Self.count(summary.unitCount, "unit", "units")) (\(kinds.joined(separator: ", "))), "
            + "\(Self.count(summary.objectives, "objective", "objectives")), "
            + "\(Self.count(summary.keyResults, "key result", "key results")), "
            + "\(Self.count(summary.alignments, "alignment", "alignments")) and "
            + "\(Self.count(summary.linkCount, "link", "links")).")
      ]))
    blocks.append(
      .table(
        header: ["Level", "Objectives", "Reach a top-level goal", "Share"],
        rows: result.coverage.levels.map { level in
          [
            [.text(level.level.displayName)], [.text("\(level.objectives)")],
            [.text("\(level.reachingTop)")], [.text("\(Int((level.share * 100).rounded())) %")],
          ]
        }, numeric: [1, 2, 3]))
    var rows: [[[ReportDocument.Inline]]] = []
    for code in FindingCode.allCases {
      let count = result.findings.filter { $0.code == code }.count
      guard count > 0 else { continue }
      rows.append([
        [.code(code.rawValue)], [.severity(code.severity.rawValue)], [.text("\(count)")],
      ])
    }
    if rows.isEmpty {
      blocks.append(.paragraph([.text("No findings.")]))
    } else {
      blocks.append(.table(header: ["Finding", "Severity", "Count"], rows: rows, numeric: [2]))
    }
    return blocks
  }

  private func questions() -> [ReportDocument.Block] {
    var blocks: [ReportDocument.Block] = []
    let headings: [(SessionQuestion, String, String)] = [
      (.islands, "1. Islands: should they be connected?", "islands"),
      (.necessity, "2. Is every OKR necessary?", "necessity"),
      (.similarity, "3. Combine similar OKRs, split broad ones?", "similarity"),
      (.support, "4. Do top-level goals lack support?", "support"),
    ]
    for (question, heading, anchor) in headings {
      blocks.append(.heading(level: 2, text: heading, anchor: anchor))
      blocks += findingList(question: question, empty: emptyText(question))
    }
    return blocks
  }

  private func lint() -> [ReportDocument.Block] {
    [.heading(level: 2, text: "Other problems", anchor: "lint")]
      + findingList(question: .lint, empty: "Nothing else to fix.")
  }

  private func emptyText(_ question: SessionQuestion) -> String {
    switch question {
    case .islands: "Every objective is connected, and every group reaches a top-level goal."
    case .necessity: "Every objective supports a top-level goal or is supported."
    case .similarity: "No objectives say the same thing, and none bundles two themes."
    case .support: "Every top-level goal has support."
    case .lint: "Nothing else to fix."
    }
  }

  /// The findings of a question, each with its anchor, at most `listLimit` per code.
  private func findingList(question: SessionQuestion, empty: String) -> [ReportDocument.Block] {
    let indexed = result.findings.enumerated().filter { $0.element.code.question == question }
    guard !indexed.isEmpty else { return [.paragraph([.muted([.text(empty)])])] }
    var items: [[ReportDocument.Block]] = []
    var shown: [FindingCode: Int] = [:]
    var hidden: [FindingCode: Int] = [:]
    for (index, finding) in indexed {
      guard shown[finding.code, default: 0] < listLimit else {
        hidden[finding.code, default: 0] += 1
        continue
      }
      shown[finding.code, default: 0] += 1
      items.append([.anchored(Self.findingAnchor(index), findingBlocks(finding))])
    }
    var blocks: [ReportDocument.Block] = [.items(items)]
    for (code, count) in hidden.sorted(by: { $0.key < $1.key }) {
      blocks.append(
        .paragraph([
          .muted([
            .text("\(count) more "), .code(code.rawValue),
            .text(" findings are listed in their units' sections."),
          ])
        ]))
    }
    return blocks
  }

  /// One finding: severity, code, message; the ids, units and coaches concerned; the suggestion.
  private func findingBlocks(_ finding: Finding) -> [ReportDocument.Block] {
    var blocks: [ReportDocument.Block] = [
      .paragraph([
        .severity(finding.severity.rawValue), .text(" "), .code(finding.code.rawValue),
        .text(" "), .text(finding.message),
      ])
    ]
    var concerned: [ReportDocument.Inline] = []
    for id in finding.ids.prefix(12) {
      if !concerned.isEmpty { concerned.append(.text(", ")) }
      if graph.node(id: id) != nil {
        concerned.append(
          .link(
            [.code(id)], anchor: anchorName(for: graph.id(of: graph.owner(of: graph.node(id: id)!)))
          ))
      } else if let unit = graph.unitIndex(id: id) {
        concerned.append(.link([.text(graph.units[unit].name)], anchor: Self.unitAnchor(unit)))
      } else {
        concerned.append(.code(id))
      }
    }
    if finding.ids.count > 12 { concerned.append(.text(" and \(finding.ids.count - 12) more")) }
    let units = graph.unitsConcerned(by: finding)
    if !units.isEmpty {
      let names = units.map { unit -> String in
        let record = graph.units[unit]
        return record.coach.map { "\(record.name) (coach \($0))" } ?? record.name
      }
      concerned.append(.muted([.text(" · " + names.joined(separator: ", "))]))
    }
    blocks.append(.paragraph(concerned))
    if let suggestion = finding.suggestion {
      blocks.append(.paragraph([.muted([.text("→ ")]), .text(suggestion)]))
    }
    return blocks
  }

  private func goalSupport() -> [ReportDocument.Block] {
    var blocks: [ReportDocument.Block] = [
      .heading(level: 2, text: "Support of the top-level goals", anchor: "goal-support"),
      .paragraph([
        .muted([
          .text(
            "Objectives and units from which support reaches each goal, directly or through "
              + "others; committed counts alignments and committed contributions only.")
        ])
      ]),
    ]
    let rows = result.goalSupport.map { support -> [[ReportDocument.Inline]] in
      let goal = graph.id(of: support.goal)
      let units = support.supportingUnits.prefix(8).map { graph.units[$0].name }
      let more =
        support.supportingUnits.count > 8 ? " and \(support.supportingUnits.count - 8) more" : ""
      return [
        [
          .link([.code(goal)], anchor: anchorName(for: goal)),
          .text(" " + graph.title(of: support.goal)),
        ],
        [.text("\(support.committedObjectives) / \(support.objectives)")],
        [.text("\(support.committedUnits) / \(support.units)")],
        [.muted([.text(units.joined(separator: ", ") + more)])],
      ]
    }
    blocks.append(
      .table(
        header: [
          "Goal", "Objectives (committed / all)", "Units (committed / all)", "Supporting units",
        ],
        rows: rows, numeric: [1, 2]))
    return blocks
  }

  static func unitAnchor(_ unit: Int) -> String { "unit-\(unit + 1)" }

  private func talkBlocks() -> [ReportDocument.Block] {
    let rounds = schedule.schedule.rounds.count
    var blocks: [ReportDocument.Block] = [
      .heading(level: 2, text: "Team talks", anchor: "talks"),
      .paragraph([
        .muted([
          .text(
            "A timetable for the break-out part: \(rounds) rounds of \(schedule.minutes) "
              + "minutes, each unit in at most one talk per round; requested contributions and "
              + "goals without support first, then duplicates, then dependencies and relations.")
        ])
      ]),
    ]
    guard !talks.isEmpty else {
      return blocks + [.paragraph([.muted([.text("No links or findings call for a talk.")])])]
    }
    return blocks + schedule.blocks()
  }

  private func unitSections() -> [ReportDocument.Block] {
    var blocks: [ReportDocument.Block] = [
      .heading(level: 2, text: "Units", anchor: "units"),
      .paragraph([.muted([.text("One section per unit, to hand to its team.")])]),
    ]
    var objectivesByUnit = [[Int]](repeating: [], count: graph.units.count)
    for objective in 0..<graph.objectiveCount {
      if let unit = graph.unit(of: objective) { objectivesByUnit[unit].append(objective) }
    }
    var findingsByUnit = [[Int]](repeating: [], count: graph.units.count)
    for (index, finding) in result.findings.enumerated() {
      for unit in graph.unitsConcerned(by: finding) { findingsByUnit[unit].append(index) }
    }
    var talksByUnit = [[Talk]](repeating: [], count: graph.units.count)
    for talk in talks {
      for unit in talk.units { talksByUnit[unit].append(talk) }
    }
    let coverage = Dictionary(uniqueKeysWithValues: result.coverage.units.map { ($0.unit, $0) })

    for (unit, record) in graph.units.enumerated() {
      blocks.append(
        .heading(
          level: 3, text: "\(record.name) (\(record.kind.displayName))",
          anchor: Self.unitAnchor(unit)))
      var facts: [String] = []
      if let coach = record.coach { facts.append("coach \(coach)") }
      if let capacity = record.capacity { facts.append("capacity \(capacity)") }
      if let line = coverage[unit] {
        facts.append("\(line.reachingTop) of \(line.objectives) objectives reach a top-level goal")
        facts.append("\(line.outgoingLinks) links out, \(line.incomingLinks) in")
      }
      blocks.append(
        .paragraph([.code(record.id), .muted([.text(" · " + facts.joined(separator: " · "))])]))

      var items: [[ReportDocument.Inline]] = []
      for objective in objectivesByUnit[unit] {
        let record = graph.objective(objective)
        var line: [ReportDocument.Inline] = [
          .strong([.code(record.id)]), .text(" " + record.title),
        ]
        let results = graph.keyResults(of: objective).map { graph.keyResult($0).title }
        if !results.isEmpty {
          line.append(.muted([.text(" — " + results.joined(separator: "; "))]))
        }
        items.append(line)
      }
      if items.isEmpty {
        blocks.append(.paragraph([.muted([.text("No objectives of its own.")])]))
      } else {
        blocks.append(.heading(level: 4, text: "Objectives", anchor: nil))
        for (objective, line) in zip(objectivesByUnit[unit], items) {
          blocks.append(.anchored(anchorName(for: graph.id(of: objective)), [.list([line])]))
        }
      }

      if !findingsByUnit[unit].isEmpty {
        blocks.append(.heading(level: 4, text: "Findings", anchor: nil))
        blocks.append(
          .list(
            findingsByUnit[unit].map { index in
              let finding = result.findings[index]
              return [
                .severity(finding.severity.rawValue), .text(" "),
                .link([.code(finding.code.rawValue)], anchor: Self.findingAnchor(index)),
                .text(" " + finding.message),
              ]
            }))
      }
      if !talksByUnit[unit].isEmpty {
        blocks.append(.heading(level: 4, text: "Talk to", anchor: nil))
        blocks.append(
          .list(
            talksByUnit[unit].map { talk in
              let other = talk.units[0] == unit ? talk.units[1] : talk.units[0]
              return [
                .link([.strong([.text(graph.units[other].name)])], anchor: Self.unitAnchor(other)),
                .muted([.text(graph.units[other].coach.map { " (coach \($0))" } ?? "")]),
                .text(": " + talk.reasons.map(Self.describe).joined(separator: "; ")),
              ]
            }))
      }
    }
    return blocks
  }

  /// A talk's reason in words.
  static func describe(_ reason: Talk.Reason) -> String {
    switch reason {
    case .request(let from, let to): "\(to) asks \(from) for a contribution (requested)"
    case .unsupportedGoal(let goal, let candidate):
      "\(candidate) may support \(goal), which has none"
    case .island(let island, let candidate): "the island \(island) may support \(candidate)"
    case .similar(let first, let second, let duplicate):
      duplicate ? "\(first) and \(second) say the same" : "\(first) and \(second) overlap"
    case .dependency(let from, let to): "\(from) depends on \(to)"
    case .contribution(let from, let to): "\(from) contributes to \(to) (committed)"
    case .relation(let from, let to): "\(from) relates to \(to)"
    }
  }

  static func count(_ count: Int, _ singular: String, _ plural: String) -> String {
    "\(count) \(count == 1 ? singular : plural)"
  }
}
