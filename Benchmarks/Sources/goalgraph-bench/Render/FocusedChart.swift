import GoalGraph
import GoalGraphRender

/// The goal chart that the rendering comparison draws: the objectives nearest the top-level
/// goals, about as many at every size, so that the figures compare across sizes.
enum FocusedChart {
  /// A chart's DOT text and its size.
  struct Chart: Sendable {
    var text: String
    /// The boxes drawn.
    var nodes: Int
    /// The edges drawn.
    var edges: Int

    /// The chart's size, for the results.
    var details: [String: Double] {
      [
        "chartNodes": Double(nodes), "chartEdges": Double(edges),
        "dotBytes": Double(text.utf8.count),
      ]
    }
  }

  /// The goal chart (GoalGraphRender's `GoalChart`) of up to `limit` objectives: the
  /// top-level goals, then their supporters level by level.
  ///
  /// - Throws: `RenderError` from the chart writer.
  /// - Complexity: O(n + e) over the graph.
  static func chart(of graph: SupportGraph, objectives limit: Int) throws -> Chart {
    let part = SupportGraph(document(of: graph, objectives: nearestToGoals(graph, limit)))
    let chart = try GoalChart(graph: part)
    let edges = chart.dot.split(separator: "\n").filter { $0.contains(" -> ") }.count
    return Chart(text: chart.dot, nodes: chart.boxCount, edges: edges)
  }

  /// Up to `limit` objective nodes: the top-level goals, then their direct and indirect
  /// supporters, breadth first.
  static func nearestToGoals(_ graph: SupportGraph, _ limit: Int) -> [Int] {
    var chosen: [Int] = []
    var isChosen = [Bool](repeating: false, count: graph.objectiveCount)
    for goal in 0..<graph.objectiveCount where graph.isTopLevel(goal) && chosen.count < limit {
      chosen.append(goal)
      isChosen[goal] = true
    }
    var head = 0
    while head < chosen.count, chosen.count < limit {
      for supporter in graph.objectiveSupporters(of: chosen[head])
      where !isChosen[supporter] && chosen.count < limit {
        chosen.append(supporter)
        isChosen[supporter] = true
      }
      head += 1
    }
    return chosen
  }

  /// The part of the document that holds the chosen objectives, their units with the units
  /// above them, and the alignments and links among them.
  static func document(of graph: SupportGraph, objectives chosen: [Int]) -> OKRDocument {
    var ids = Set<String>()
    for objective in chosen {
      ids.insert(graph.id(of: objective))
      for keyResult in graph.keyResults(of: objective) { ids.insert(graph.id(of: keyResult)) }
    }
    var unitIndices = Set<Int>()
    for objective in chosen {
      var unit = graph.unit(of: objective)
      while let current = unit, unitIndices.insert(current).inserted {
        unit = graph.parent(ofUnit: current)
      }
    }
    let objectives = chosen.map { node -> Objective in
      var objective = graph.objective(node)
      objective.alignsTo = objective.alignsTo.filter(ids.contains)
      for index in objective.keyResults.indices {
        objective.keyResults[index].alignsTo = objective.keyResults[index].alignsTo.filter(
          ids.contains)
      }
      return objective
    }
    return OKRDocument(
      cycle: graph.document.cycle, units: unitIndices.sorted().map { graph.units[$0] },
      objectives: objectives,
      links: graph.document.links.filter { ids.contains($0.from) && ids.contains($0.to) })
  }
}
