/// How much support one top-level goal has, counted transitively.
public struct GoalSupport: Hashable, Sendable {
  /// The goal's objective node.
  public var goal: Int
  /// Objectives that support the goal directly or through others, any status.
  public var objectives: Int
  /// Units those objectives belong to, the goal's own unit not counted.
  public var units: Int
  /// The same through alignments and committed contributions only.
  public var committedObjectives: Int
  public var committedUnits: Int
  /// The units that support the goal, by index into `SupportGraph.units`, in input order.
  public var supportingUnits: [Int]
}

extension SupportGraph {
  /// The support of every top-level goal: how many objectives and units support it,
  /// transitively, in total and through committed edges only.
  ///
  /// - Complexity: O(g × (n + e)) in the worst case for g goals; in practice each search
  ///   visits only the goal's own supporters.
  public func goalSupport() -> [GoalSupport] {
    var scratch = [Bool](repeating: false, count: objectiveCount)
    let all = objectiveSupportReversed()
    let committed = objectiveSupportReversed(committedOnly: true)
    return (0..<objectiveCount).filter { isTopLevel($0) }.map { goal in
      let supporters = all.descendants(of: goal, scratch: &scratch)
      let firm = committed.descendants(of: goal, scratch: &scratch)
      let units = unitsOf(supporters, except: unit(of: goal))
      return GoalSupport(
        goal: goal, objectives: supporters.count, units: units.count,
        committedObjectives: firm.count,
        committedUnits: unitsOf(firm, except: unit(of: goal)).count, supportingUnits: units)
    }
  }

  private func unitsOf(_ objectives: [Int], except own: Int?) -> [Int] {
    var seen = Set<Int>()
    var result: [Int] = []
    for objective in objectives {
      guard let unit = unit(of: objective), unit != own, seen.insert(unit).inserted else {
        continue
      }
      result.append(unit)
    }
    return result.sorted()
  }

  /// Top-level goals that nothing supports, neither directly nor through their key results;
  /// and key results of supported goals that nothing supports.
  ///
  /// - Complexity: O(n + e).
  public func unsupportedGoals() -> [Finding] {
    var findings: [Finding] = []
    for goal in 0..<objectiveCount where isTopLevel(goal) {
      if objectiveSupporters(of: goal).isEmpty {
        findings.append(
          Finding(
            code: .unsupportedGoal, ids: [id(of: goal)],
            message: "the top-level goal \(describe(goal)) has no supporting objective",
            suggestion: "ask which team of teams or team should contribute, or whether the "
              + "goal needs another OKR",
            location: location(of: goal)))
        continue
      }
      for keyResult in keyResults(of: goal) where supporters(of: keyResult).isEmpty {
        findings.append(
          Finding(
            code: .unsupportedKeyResult, ids: [id(of: keyResult), id(of: goal)],
            message: "the key result \(describe(keyResult)) of \(id(of: goal)) has no "
              + "supporter",
            suggestion: "find a team whose OKRs move this number, or accept that "
              + "\(unitName(of: goal)) carries it alone",
            location: location(of: keyResult)))
      }
    }
    return findings
  }

  /// Objectives whose only support, direct or through their key results, is still a
  /// requested contribution.
  ///
  /// - Complexity: O(n + e).
  public func requestedOnlySupport() -> [Finding] {
    var findings: [Finding] = []
    for objective in 0..<objectiveCount {
      var edges: [Edge] = []
      for node in [objective] + Array(keyResults(of: objective)) {
        edges += supportEdges(into: node).filter { owner(of: $0.source) != objective }
      }
      guard !edges.isEmpty, edges.allSatisfy({ $0.status == .requested }) else { continue }
      let askers = edges.map { id(of: $0.source) }
      findings.append(
        Finding(
          code: .requestedOnly, ids: [id(of: objective)] + askers,
          message: "\(describe(objective)) is supported only by requested contributions "
            + "(from \(Self.list(askers)))",
          suggestion: "settle the requests in the team talks: committed or declined",
          location: location(of: objective)))
    }
    return findings
  }
}
