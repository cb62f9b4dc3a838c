import GoalGraph

/// The chart of a large organisation: one box per unit with its objectives counted, and the
/// support between units as edges whose width grows with the number of alignments and
/// contributions they stand for. When even the units are too many, teams fold into their
/// team of teams.
struct UnitChart {
  let dot: String
  let boxCount: Int
  let foldedTeams: Bool

  private struct Tally {
    var objectives = 0
    var reachingTop = 0
    var islands = 0
    var unsupportedGoals = 0
  }

  init(graph: SupportGraph, selection: ChartSelection, marks: FindingMarks, maximumNodes: Int) {
    // Each shown objective's unit, or the team of teams above it when teams fold.
    let units = (0..<graph.objectiveCount).compactMap { objective -> Int? in
      selection.shown[objective] ? graph.unit(of: objective) : nil
    }
    var foldedTeams = Set(units).count > maximumNodes
    func representative(_ unit: Int) -> Int {
      guard foldedTeams, graph.units[unit].kind == .team, let parent = graph.parent(ofUnit: unit)
      else { return unit }
      return parent
    }
    if foldedTeams && Set(units.map(representative)).count == Set(units).count {
      foldedTeams = false
    }
    self.foldedTeams = foldedTeams

    let reachesTop = graph.objectivesReachingTopLevel()
    var tallies: [Int: Tally] = [:]
    for objective in 0..<graph.objectiveCount where selection.shown[objective] {
      guard let unit = graph.unit(of: objective) else { continue }
      let box = representative(unit)
      tallies[box, default: Tally()].objectives += 1
      if reachesTop[objective] { tallies[box]!.reachingTop += 1 }
      for badge in marks.badges[objective] ?? [] {
        if badge.text == "island" { tallies[box]!.islands += 1 }
        if badge.text == "no support" { tallies[box]!.unsupportedGoals += 1 }
      }
    }

    // Support between boxes, counted.
    var weights: [[Int]: (total: Int, committed: Int)] = [:]
    for edge in graph.edges where edge.isSupport {
      let source = graph.owner(of: edge.source)
      let target = graph.owner(of: edge.target)
      guard selection.shown[source], selection.shown[target],
        let from = graph.unit(of: source).map(representative),
        let to = graph.unit(of: target).map(representative), from != to
      else { continue }
      let committed = edge.status == .committed ? 1 : 0
      let current = weights[[from, to]] ?? (0, 0)
      weights[[from, to]] = (current.total + 1, current.committed + committed)
    }

    let boxes = graph.units.indices.filter { tallies[$0] != nil }
    boxCount = boxes.count
    let what = foldedTeams ? "teams of teams" : "units"
    var lines = chartHeader(title: chartTitle(graph, subtitle: "support between \(what)"))
    let layout = ClusterLayout(graph: graph, members: boxes.map { (box: $0, unit: $0) })
    func box(_ unit: Int, indent: String) -> String {
      let tally = tallies[unit]!
      let share = tally.objectives == 0 ? 0 : tally.reachingTop * 100 / tally.objectives
      var rows = [
        "<B>\(DOTText.html(graph.units[unit].name))</B>",
        "<FONT POINT-SIZE=\"8\">\(tally.objectives) objectives · \(share)% reach a goal</FONT>",
      ]
      if tally.islands > 0 {
        rows.append(
          "<FONT POINT-SIZE=\"8\" COLOR=\"\(Palette.warning)\"><B>\(tally.islands) "
            + "island\(tally.islands == 1 ? "" : "s")</B></FONT>")
      }
      if tally.unsupportedGoals > 0 {
        rows.append(
          "<FONT POINT-SIZE=\"8\" COLOR=\"\(Palette.problem)\"><B>\(tally.unsupportedGoals) "
            + "without support</B></FONT>")
      }
      if marks.overCapacityUnits.contains(graph.units[unit].id) {
        rows.append(
          "<FONT POINT-SIZE=\"8\" COLOR=\"\(Palette.problem)\"><B>over capacity</B></FONT>")
      }
      let label = rows.joined(separator: "<BR/>")
      let record = graph.units[unit]
      return
        "\(indent)u\(unit) [id=\(DOTText.quoted("chart-unit-" + anchorName(for: record.id))), "
        + "label=<\(label)>];"
    }
    func cluster(_ unit: Int, indent: String) {
      let children = layout.children[unit, default: []]
      guard !children.isEmpty else {
        lines.append(box(unit, indent: indent))
        return
      }
      let style = layout.style(of: unit)
      lines.append("\(indent)subgraph cluster_\(unit) {")
      lines.append(
        "\(indent)  graph [label=<<B>\(DOTText.html(graph.units[unit].name))</B>>, "
          + "style=\"rounded,filled\", fillcolor=\"\(style.fill)\", color=\"\(style.border)\", "
          + "fontsize=10, labeljust=l];")
      if tallies[unit] != nil { lines.append(box(unit, indent: indent + "  ")) }
      for child in children { cluster(child, indent: indent + "  ") }
      lines.append("\(indent)}")
    }
    for root in layout.roots { cluster(root, indent: "  ") }

    var byLevel: [UnitKind: [Int]] = [:]
    for unit in boxes { byLevel[graph.units[unit].kind, default: []].append(unit) }
    let levels = UnitKind.allCases.filter { byLevel[$0] != nil }
    for level in levels {
      lines.append(
        "  level_\(level.rank) [shape=plaintext, style=\"\", label=<<I>\(level.displayName)</I>>, "
          + "fontcolor=\"\(Palette.mutedText)\", fontsize=9];")
      let members = byLevel[level]!.map { "u\($0)" }.joined(separator: "; ")
      lines.append("  { rank=same; level_\(level.rank); \(members); }")
    }
    for (lower, upper) in zip(levels.reversed(), levels.reversed().dropFirst()) {
      lines.append("  level_\(lower.rank) -> level_\(upper.rank) [style=invis];")
    }
    // Counts go in `xlabel`: a `label` on an edge between boxes of one rank makes Graphviz
    // 2.42 free memory twice when the layout is released.
    for pair in weights.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      let weight = weights[pair]!
      let width = ((1.0 + Double(weight.total).squareRoot() / 2) * 10).rounded() / 10
      let style = weight.committed == 0 ? ", style=dashed" : ""
      lines.append(
        "  u\(pair[0]) -> u\(pair[1]) [penwidth=\(width), "
          + "xlabel=\"\(weight.total)\", fontsize=8, fontcolor=\"\(Palette.mutedText)\"\(style)];")
    }
    lines.append(contentsOf: Legend.lines(findings: false))
    lines.append("}")
    dot = lines.joined(separator: "\n") + "\n"
  }
}
