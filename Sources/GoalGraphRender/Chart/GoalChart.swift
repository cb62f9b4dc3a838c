import GoalGraph

/// The goal chart of an organisation as DOT text, ready for Graphviz.
///
/// Levels are ranks with the organisation on top; units are clusters (teams inside their team
/// of teams) coloured per team of teams; objectives are rounded boxes with id, title and unit.
/// Alignments are solid grey, committed contributions solid blue, requested ones dashed,
/// connections dotted; findings are marked. The same input always gives the same text.
///
/// Above `maximumNodes` boxes the chart shows one box per unit instead, with the support
/// between units as weighted edges (see `UnitChart`).
public struct GoalChart: Sendable {
  public enum Kind: String, Sendable {
    /// One box per objective.
    case objectives
    /// One box per unit.
    case units
    /// One box per team of teams, teams folded in.
    case teamsOfTeams
  }

  /// The chart in the DOT language.
  public let dot: String
  public let kind: Kind
  /// How many boxes the chart has.
  public let boxCount: Int
  /// What the user should know about how the chart was made, such as a fold into units.
  public let notes: [String]

  /// Builds the chart.
  ///
  /// - Throws: `RenderError.unknownFocus` or `.unknownUnit` for ids that do not exist.
  /// - Complexity: O(n + e) in the graph's size.
  public init(
    graph: SupportGraph, findings: [Finding] = [], options: ChartOptions = ChartOptions()
  ) throws(RenderError) {
    let selection = try ChartSelection.select(graph, options)
    let marks = options.showFindings ? FindingMarks(findings, graph: graph) : FindingMarks()
    var boxes = selection.count
    if options.keyResults == .nodes {
      for objective in 0..<graph.objectiveCount where selection.shown[objective] {
        boxes += graph.keyResults(of: objective).count
      }
    }
    guard boxes > options.maximumNodes else {
      var writer = ObjectiveChartWriter(
        graph: graph, selection: selection, marks: marks, options: options)
      dot = writer.write()
      kind = .objectives
      boxCount = boxes
      notes = []
      return
    }
    let unitChart = UnitChart(
      graph: graph, selection: selection, marks: marks, maximumNodes: options.maximumNodes)
    dot = unitChart.dot
    kind = unitChart.foldedTeams ? .teamsOfTeams : .units
    boxCount = unitChart.boxCount
    let what = unitChart.foldedTeams ? "team of teams (teams folded in)" : "unit"
    notes = [
      "\(boxes) boxes are more than --max-nodes \(options.maximumNodes) lays out in good "
        + "time; drawing one box per \(what) instead. Use --focus ID or --unit ID for "
        + "objectives, or raise --max-nodes."
    ]
  }

  /// Lays out and draws the chart through Graphviz, in-process.
  ///
  /// - Parameters:
  ///   - format: `svg`, `png`, `pdf`, or any other format Graphviz writes.
  ///   - engine: The layout engine; `dot` gives ranked levels.
  public func render(format: String, engine: String = "dot") throws(RenderError) -> [UInt8] {
    try Graphviz.render(dot: dot, engine: engine, format: format)
  }
}

/// The attributes every chart starts with.
func chartHeader(title: String) -> [String] {
  [
    "digraph goalgraph {",
    "  graph [rankdir=BT, newrank=true, compound=true, splines=true, nodesep=0.3, "
      + "ranksep=0.55, pad=0.3, fontname=\"DejaVu Sans\", fontsize=11, "
      + "fontcolor=\"\(Palette.text)\", labelloc=t, label=<\(title)>, "
      + "outputorder=edgesfirst];",
    "  node [shape=box, style=\"rounded,filled\", fillcolor=\"\(Palette.nodeFill)\", "
      + "color=\"\(Palette.nodeBorder)\", fontname=\"DejaVu Sans\", fontsize=10, "
      + "fontcolor=\"\(Palette.text)\", margin=\"0.12,0.06\", penwidth=1.1];",
    "  edge [color=\"\(Palette.alignment)\", arrowsize=0.6, penwidth=1.1];",
  ]
}

/// The chart's title: the organisation's name and the cycle.
func chartTitle(_ graph: SupportGraph, subtitle: String) -> String {
  let organization = graph.units.first { $0.kind == .organization }?.name
  var title = "<B>\(DOTText.html(organization ?? "Goal chart"))</B>"
  var parts = [subtitle]
  if let cycle = graph.document.cycle { parts.insert(DOTText.html(cycle), at: 0) }
  title +=
    "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"\(Palette.mutedText)\">"
    + parts.joined(separator: " · ") + "</FONT>"
  return title
}

/// Writes the objective-level chart.
struct ObjectiveChartWriter {
  let graph: SupportGraph
  let selection: ChartSelection
  let marks: FindingMarks
  let options: ChartOptions
  private var lines: [String] = []

  init(graph: SupportGraph, selection: ChartSelection, marks: FindingMarks, options: ChartOptions) {
    self.graph = graph
    self.selection = selection
    self.marks = marks
    self.options = options
  }

  mutating func write() -> String {
    let subtitle: String
    if let changes = options.changes {
      subtitle =
        "changes marked in green"
        + (changes.removed.isEmpty
          ? "" : "; removed: " + DOTText.html(changes.removed.joined(separator: ", ")))
    } else if let focus = options.focus {
      subtitle = "around \(DOTText.html(focus))"
    } else if let unit = options.unit {
      subtitle = "unit \(DOTText.html(unit))"
    } else {
      subtitle = "goal chart"
    }
    lines = chartHeader(title: chartTitle(graph, subtitle: subtitle))
    writeClusters()
    writeLevels()
    writeEdges()
    if options.showFindings { writeSimilarity() }
    lines.append(
      contentsOf: Legend.lines(findings: options.showFindings, changes: options.changes != nil))
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: Units and boxes

  private mutating func writeClusters() {
    let layout = ClusterLayout(graph: graph, objectives: selection.shown)
    for root in layout.roots {
      writeCluster(root, layout: layout, indent: "  ")
    }
    // Objectives whose unit does not exist stand outside every cluster.
    for objective in layout.homeless {
      writeObjective(objective, indent: "  ")
    }
  }

  private mutating func writeCluster(_ unit: Int, layout: ClusterLayout, indent: String) {
    let record = graph.units[unit]
    let style = layout.style(of: unit)
    var label = "<B>\(DOTText.html(record.name))</B>"
    if marks.overCapacityUnits.contains(record.id) {
      label += " <FONT COLOR=\"\(Palette.problem)\">over capacity</FONT>"
    }
    lines.append("\(indent)subgraph cluster_\(unit) {")
    lines.append(
      "\(indent)  graph [label=<\(label)>, style=\"rounded,filled\", fillcolor=\"\(style.fill)\", "
        + "color=\"\(style.border)\", fontsize=10, labeljust=l, margin=10];")
    for objective in layout.objectives[unit, default: []] {
      writeObjective(objective, indent: indent + "  ")
    }
    for child in layout.children[unit, default: []] {
      writeCluster(child, layout: layout, indent: indent + "  ")
    }
    lines.append("\(indent)}")
  }

  private mutating func writeObjective(_ objective: Int, indent: String) {
    let record = graph.objective(objective)
    var rows: [String] = []
    let unit = DOTText.html(graph.unitName(of: objective))
    rows.append(
      "<B>\(DOTText.html(record.id))</B>  <FONT POINT-SIZE=\"8\" COLOR=\"\(Palette.mutedText)\">"
        + "\(unit)</FONT>")
    rows.append(
      DOTText.wrap(record.title, width: 30).map(DOTText.html).joined(
        separator: "<BR ALIGN=\"LEFT\"/>")
        + "<BR ALIGN=\"LEFT\"/>")
    if options.keyResults == .label {
      for node in graph.keyResults(of: objective) {
        rows.append(keyResultLine(node))
      }
    }
    var badges = marks.badges[objective] ?? []
    if let changes = options.changes {
      if changes.added.contains(record.id) {
        badges.insert(FindingMarks.Badge(text: "new", color: Palette.change, weight: 5), at: 0)
      } else if changes.renamed.contains(record.id) {
        badges.insert(
          FindingMarks.Badge(text: "renamed", color: Palette.change, weight: 5), at: 0)
      }
    }
    if !badges.isEmpty {
      rows.append(badgeLine(badges))
    }
    var attributes = [
      "id=\(DOTText.quoted("chart-" + anchorName(for: record.id)))",
      "label=<\(table(rows))>",
      "tooltip=\(DOTText.quoted(record.title))",
    ]
    if let prefix = options.linkPrefix {
      attributes.append("URL=\(DOTText.quoted(prefix + anchorName(for: record.id)))")
    }
    if let badge = badges.max(by: { $0.weight < $1.weight }) {
      attributes.append("color=\"\(badge.color)\"")
      attributes.append("penwidth=\(badge.weight >= 3 ? "2.4" : "1.8")")
    }
    if marks.doubleBorder.contains(objective) { attributes.append("peripheries=2") }
    if selection.context[objective] {
      attributes.append("fillcolor=\"\(Palette.contextFill)\"")
      attributes.append("style=\"rounded,filled,dashed\"")
    }
    lines.append("\(indent)o\(objective) [\(attributes.joined(separator: ", "))];")

    if options.keyResults == .nodes {
      for node in graph.keyResults(of: objective) {
        writeKeyResultNode(node, indent: indent)
      }
    }
  }

  private func keyResultLine(_ node: Int) -> String {
    let title = DOTText.wrap(graph.title(of: node), width: 34, maximumLines: 3)
      .map(DOTText.html).joined(separator: "<BR ALIGN=\"LEFT\"/>   ")
    var line = "<FONT POINT-SIZE=\"8\">• \(title)</FONT>"
    if let badge = marks.strongest(node) {
      line += " <FONT POINT-SIZE=\"8\" COLOR=\"\(badge.color)\">\(badge.text)</FONT>"
    }
    return line + "<BR ALIGN=\"LEFT\"/>"
  }

  private mutating func writeKeyResultNode(_ node: Int, indent: String) {
    var rows = [
      "<FONT POINT-SIZE=\"8\" COLOR=\"\(Palette.mutedText)\">"
        + "\(DOTText.html(graph.id(of: node)))</FONT>",
      "<FONT POINT-SIZE=\"8\">"
        + DOTText.wrap(graph.title(of: node), width: 26, maximumLines: 4).map(DOTText.html)
        .joined(separator: "<BR ALIGN=\"LEFT\"/>") + "<BR ALIGN=\"LEFT\"/></FONT>",
    ]
    if let badges = marks.badges[node] { rows.append(badgeLine(badges)) }
    var attributes = [
      "id=\(DOTText.quoted("chart-" + anchorName(for: graph.id(of: node))))",
      "label=<\(table(rows))>", "style=\"rounded\"", "color=\"\(Palette.connection)\"",
      "tooltip=\(DOTText.quoted(graph.title(of: node)))",
    ]
    if let badge = marks.strongest(node) { attributes.append("color=\"\(badge.color)\"") }
    lines.append("\(indent)k\(node) [\(attributes.joined(separator: ", "))];")
    lines.append(
      "\(indent)k\(node) -> o\(graph.owner(of: node)) [arrowhead=none, "
        + "color=\"\(Palette.connection)\", weight=4];")
  }

  private func badgeLine(_ badges: [FindingMarks.Badge]) -> String {
    badges.sorted { $0.weight > $1.weight }.map {
      "<FONT POINT-SIZE=\"8\" COLOR=\"\($0.color)\"><B>\(DOTText.html($0.text))</B></FONT>"
    }.joined(separator: "  ")
  }

  private func table(_ rows: [String]) -> String {
    "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">"
      + rows.map { "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">\($0)</TD></TR>" }.joined()
      + "</TABLE>"
  }

  // MARK: Levels

  /// One rank per level, ordered by an invisible ruler of level names. The lowest level is
  /// the widest: its objectives stack in a column per unit instead, so that the chart grows
  /// with the number of teams rather than of their objectives.
  private mutating func writeLevels() {
    var byLevel: [UnitKind: [Int]] = [:]
    for objective in 0..<graph.objectiveCount where selection.shown[objective] {
      guard let level = graph.level(of: objective) else { continue }
      byLevel[level, default: []].append(objective)
    }
    var levels = UnitKind.allCases.filter { byLevel[$0] != nil }
    if levels.count > 1, let lowest = levels.last {
      levels.removeLast()
      var byUnit: [Int: [Int]] = [:]
      for objective in byLevel[lowest]! {
        if let unit = graph.unit(of: objective) { byUnit[unit, default: []].append(objective) }
      }
      for unit in byUnit.keys.sorted() {
        let column = byUnit[unit]!
        for (upper, lower) in zip(column, column.dropFirst()) {
          lines.append("  o\(lower) -> o\(upper) [style=invis, weight=2];")
        }
      }
    }
    for level in levels {
      let members = byLevel[level]!.map { "o\($0)" }.joined(separator: "; ")
      lines.append(
        "  level_\(level.rank) [shape=plaintext, style=\"\", label=<<I>\(level.displayName)</I>>, "
          + "fontcolor=\"\(Palette.mutedText)\", fontsize=9];")
      lines.append("  { rank=same; level_\(level.rank); \(members); }")
    }
    for (lower, upper) in zip(levels.reversed(), levels.reversed().dropFirst()) {
      lines.append("  level_\(lower.rank) -> level_\(upper.rank) [style=invis];")
    }
  }

  // MARK: Edges

  private func endpoint(_ node: Int) -> String? {
    let objective = graph.owner(of: node)
    guard selection.shown[objective] else { return nil }
    if options.keyResults == .nodes && !graph.isObjective(node) { return "k\(node)" }
    return "o\(objective)"
  }

  private mutating func writeEdges() {
    var written = Set<String>()
    for edge in graph.edges {
      if edge.status == .declined && !options.showDeclined { continue }
      guard let tail = endpoint(edge.source), let head = endpoint(edge.target), tail != head
      else { continue }
      var attributes: [String] = []
      switch edge.kind {
      case .alignment:
        break
      case .contributes:
        attributes.append("color=\"\(Palette.contribution)\"")
        switch edge.status {
        case .committed: attributes.append("penwidth=1.5")
        case .requested: attributes.append("style=dashed")
        case .declined:
          attributes += ["style=dotted", "arrowhead=tee", "color=\"\(Palette.declined)\""]
        }
      case .dependsOn, .relatesTo:
        attributes += ["style=dotted", "color=\"\(Palette.connection)\"", "constraint=false"]
        if edge.kind == .relatesTo { attributes.append("dir=none") }
      }
      if let changes = options.changes,
        changes.edges.contains([graph.id(of: edge.source), graph.id(of: edge.target)])
      {
        attributes.append("color=\"\(Palette.change)\"")
        attributes.append("penwidth=2.2")
      } else if options.showFindings
        && marks.isProblem(graph.owner(of: edge.source), graph.owner(of: edge.target))
      {
        attributes.append("color=\"\(Palette.problem)\"")
        attributes.append("penwidth=1.8")
      }
      let line =
        "  \(tail) -> \(head)"
        + (attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]") + ";"
      if written.insert(line).inserted { lines.append(line) }
    }
  }

  private mutating func writeSimilarity() {
    for (first, second, duplicate) in marks.similarPairs
    where selection.shown[first] && selection.shown[second] {
      lines.append(
        "  o\(first) -> o\(second) [dir=none, style=dotted, constraint=false, penwidth=1.6, "
          + "color=\"\(Palette.similarity)\"\(duplicate ? "" : ", arrowhead=none, weight=0")];")
    }
  }
}
