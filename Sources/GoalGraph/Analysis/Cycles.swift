extension SupportGraph {
  /// Loops of support: objectives (with their key results) that end up supporting themselves.
  ///
  /// Each loop is reported once, as a strongly connected component of the support between
  /// objectives, with one loop through it spelled out in order. An objective that supports
  /// itself through its own key results is a loop of one.
  ///
  /// - Complexity: O(n + e).
  public func cycles() -> [Finding] {
    var findings: [Finding] = []
    let support = objectiveSupport
    var components = support.loopingComponents()
    components.sort { $0[0] < $1[0] }
    for component in components {
      let members = Set(component)
      let path = support.loop(through: component[0], within: members)
      let spelled = (path + [path[0]]).map { id(of: $0) }.joined(separator: " → ")
      var message = "support goes round in a loop: \(spelled)"
      if component.count > path.count {
        message += "; \(component.count - path.count) more objectives are in the same loop"
      }
      findings.append(
        Finding(
          code: .cycle,
          ids: path.map { id(of: $0) }
            + component.filter { !path.contains($0) }.map { id(of: $0) },
          message: message,
          suggestion: "decide which of them supports which, and remove the alignment that "
            + "points back",
          location: location(of: path[0])))
    }
    var reported = Set<Int>()
    for index in selfSupportEdges {
      let edge = edges[index]
      let objective = owner(of: edge.source)
      guard reported.insert(objective).inserted else { continue }
      let how =
        edge.source == edge.target
        ? "\(id(of: edge.source)) aligns to itself"
        : "\(id(of: edge.source)) aligns to \(id(of: edge.target)), of the same objective"
      findings.append(
        Finding(
          code: .cycle, ids: [id(of: objective)],
          message: "\(describe(objective)) supports itself: \(how)",
          suggestion: "align it to an objective of another unit instead",
          location: location(of: edge.source)))
    }
    return findings
  }

  /// Alignments that point to an objective of a lower or equal level.
  ///
  /// Contributions between teams are not alignments and are not checked.
  ///
  /// - Complexity: O(e).
  public func levelInversions() -> [Finding] {
    edges.compactMap { edge -> Finding? in
      guard edge.kind == .alignment, owner(of: edge.source) != owner(of: edge.target),
        let from = level(of: edge.source), let to = level(of: edge.target), from <= to
      else { return nil }
      let relation = from == to ? "the same level" : "a lower level"
      return Finding(
        code: .levelInversion, ids: [id(of: edge.source), id(of: edge.target)],
        message: "\(describe(edge.source)) (\(from.displayName)) aligns to "
          + "\(describe(edge.target)) (\(to.displayName)), at \(relation)",
        suggestion: "align it to an objective one level up; between peers, use a "
          + "contributes link instead",
        location: location(of: edge.source))
    }
  }
}
