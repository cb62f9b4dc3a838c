import GoalGraph

/// Which objectives a chart shows, after `--focus`, `--unit` and `--depth`.
struct ChartSelection {
  /// For each objective node, whether it is drawn.
  var shown: [Bool]
  /// For each objective node, whether it is drawn only as context around the selection.
  var context: [Bool]

  var count: Int { shown.lazy.filter { $0 }.count }

  /// Selects the objectives the options ask for.
  ///
  /// - Complexity: O(n + e).
  static func select(_ graph: SupportGraph, _ options: ChartOptions) throws(RenderError)
    -> ChartSelection
  {
    let count = graph.objectiveCount
    var selection = ChartSelection(
      shown: [Bool](repeating: options.focus == nil && options.unit == nil, count: count),
      context: [Bool](repeating: false, count: count))

    if let focus = options.focus {
      guard let node = graph.node(id: focus) else {
        let ids = (0..<graph.nodeCount).lazy.map { graph.id(of: $0) }
        throw .unknownFocus(focus, suggestion: closestMatch(to: focus, in: ids))
      }
      let start = graph.owner(of: node)
      for reached in reach(graph, from: [start], depth: options.depth, up: true)
        + reach(graph, from: [start], depth: options.depth, up: false)
      {
        selection.shown[reached] = true
      }
    } else if options.depth != nil && options.unit == nil {
      let goals = (0..<count).filter { graph.isTopLevel($0) }
      selection.shown = [Bool](repeating: false, count: count)
      for reached in reach(graph, from: goals, depth: options.depth, up: false) {
        selection.shown[reached] = true
      }
    }

    if let unitID = options.unit {
      guard let unit = graph.unitIndex(id: unitID) else {
        throw .unknownUnit(unitID, suggestion: closestMatch(to: unitID, in: graph.units.map(\.id)))
      }
      let units = descendants(of: unit, in: graph)
      var core = [Bool](repeating: false, count: count)
      for objective in 0..<count {
        if let own = graph.unit(of: objective), units.contains(own) { core[objective] = true }
      }
      let focused = options.focus != nil || options.depth != nil
      for objective in 0..<count where core[objective] && (!focused || selection.shown[objective]) {
        selection.shown[objective] = true
        for other in graph.objectivesSupported(by: objective)
          + graph.objectiveSupporters(of: objective)
        where !core[other] {
          selection.shown[other] = true
          selection.context[other] = true
        }
      }
      if !focused {
        for objective in 0..<count where !core[objective] && !selection.context[objective] {
          selection.shown[objective] = false
        }
      }
    }
    return selection
  }

  /// The objectives reached from `sources` (themselves included) through support, upwards
  /// (what they support) or downwards (what supports them), within `depth` steps.
  static func reach(_ graph: SupportGraph, from sources: [Int], depth: Int?, up: Bool) -> [Int] {
    var distance = [Int](repeating: -1, count: graph.objectiveCount)
    var queue: [Int] = []
    for source in sources where distance[source] < 0 {
      distance[source] = 0
      queue.append(source)
    }
    var head = 0
    while head < queue.count {
      let current = queue[head]
      head += 1
      if let depth, distance[current] >= depth { continue }
      let next =
        up ? graph.objectivesSupported(by: current) : graph.objectiveSupporters(of: current)
      for other in next where distance[other] < 0 {
        distance[other] = distance[current] + 1
        queue.append(other)
      }
    }
    return queue
  }

  /// A unit and every unit below it.
  static func descendants(of unit: Int, in graph: SupportGraph) -> Set<Int> {
    var result: Set<Int> = [unit]
    var changed = true
    while changed {
      changed = false
      for index in graph.units.indices where !result.contains(index) {
        if let parent = graph.parent(ofUnit: index), result.contains(parent) {
          result.insert(index)
          changed = true
        }
      }
    }
    return result
  }
}
