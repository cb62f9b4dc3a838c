extension SupportGraph {
  /// Which objectives reach a top-level goal through support (the goals themselves included).
  ///
  /// - Complexity: O(n + e) over objectives and the edges between them.
  public func objectivesReachingTopLevel() -> [Bool] {
    let goals = (0..<objectiveCount).filter { isTopLevel($0) }
    return objectiveSupportReversed().reachable(from: goals)
  }

  /// Objectives below the top level that are connected to nothing, their key results included.
  ///
  /// Any counted edge is a connection: support, `relates_to` and `depends_on`, but not a
  /// declined link, nor an objective's link to itself.
  ///
  /// - Complexity: O(n).
  public func islands() -> [Finding] {
    (0..<objectiveCount).compactMap { objective -> Finding? in
      guard !isTopLevel(objective), objectiveNeighbours(of: objective).isEmpty else {
        return nil
      }
      let unit = unitName(of: objective)
      return Finding(
        code: .island, ids: [id(of: objective)],
        message: "\(describe(objective)) (\(unit)) is connected to no other OKR",
        suggestion: "align it to an objective or key result one level up, link it to the "
          + "team it helps, or ask whether \(unit) needs it",
        location: location(of: objective))
    }
  }

  /// Groups of two or more connected objectives none of which reaches a top-level goal.
  ///
  /// - Parameter reachesTop: From `objectivesReachingTopLevel()`, when already known.
  /// - Complexity: O(n + e).
  public func detachedGroups(reachesTop: [Bool]? = nil) -> [Finding] {
    let reachesTop = reachesTop ?? objectivesReachingTopLevel()
    return objectiveConnections.connectedComponents().compactMap { group -> Finding? in
      guard group.count > 1, !group.contains(where: { reachesTop[$0] }) else { return nil }
      let ids = group.map { id(of: $0) }
      var unitNames: [String] = []
      for member in group where !unitNames.contains(unitName(of: member)) {
        unitNames.append(unitName(of: member))
      }
      return Finding(
        code: .detachedGroup, ids: ids,
        message: "\(group.count) objectives are connected to each other but none reaches a "
          + "top-level goal: \(Self.list(ids, limit: 6)) (\(Self.list(unitNames)))",
        suggestion: "align the group's highest objective to a goal one level up",
        location: location(of: group[0]))
    }
  }
}
