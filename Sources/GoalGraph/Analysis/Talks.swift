/// A conversation two units should have in the alignment session, and why.
public struct Talk: Hashable, Sendable {
  /// Why two units should talk, most urgent first.
  public enum Reason: Hashable, Sendable, Comparable {
    /// One unit asked the other for a contribution that is still requested.
    case request(from: String, to: String)
    /// A top-level goal (or key result) without support, and an objective of the other unit
    /// that may support it, by text.
    case unsupportedGoal(goal: String, candidate: String)
    /// An island, and what of the other unit it may support, by text.
    case island(island: String, candidate: String)
    /// Two objectives say the same thing, or the same in another scope.
    case similar(first: String, second: String, duplicate: Bool)
    /// One objective depends on the other.
    case dependency(from: String, to: String)
    /// A contribution is already committed: worth a word on how it goes.
    case contribution(from: String, to: String)
    /// The objectives are related.
    case relation(from: String, to: String)

    /// 1 for requests and goals without support, 2 for duplicates, 3 for the rest.
    public var priority: Int {
      switch self {
      case .request, .unsupportedGoal: 1
      case .similar(_, _, let duplicate): duplicate ? 2 : 3
      case .dependency, .contribution, .relation, .island: 3
      }
    }

    public static func < (lhs: Reason, rhs: Reason) -> Bool { lhs.priority < rhs.priority }
  }

  /// The two units, by index into `SupportGraph.units`, the smaller first.
  public var units: [Int]
  public var reasons: [Reason]

  public init(units: [Int], reasons: [Reason]) {
    precondition(units.count == 2, "a talk is between two units")
    self.units = units
    self.reasons = reasons
  }

  /// The priority of the most urgent reason.
  public var priority: Int { reasons.map(\.priority).min() ?? 3 }
}

extension SupportGraph {
  /// The talks between units that the links and findings call for: requested contributions
  /// and goals without support first, then duplicates, then dependencies, relations and
  /// overlaps. One talk per pair of units, with every reason.
  ///
  /// Findings of the similarity analysis (`duplicate`, `overlap`), and the partners that it
  /// suggests for islands and for goals and key results without support (named in the
  /// findings' ids after the node itself), add talks.
  ///
  /// - Complexity: O(e + f) for e edges and f findings, plus sorting the talks.
  public func talks(findings: [Finding]) -> [Talk] {
    var reasons: [[Int]: [Talk.Reason]] = [:]
    func add(_ first: Int?, _ second: Int?, _ reason: Talk.Reason) {
      guard let first, let second, first != second else { return }
      let key = [min(first, second), max(first, second)]
      if reasons[key, default: []].contains(reason) { return }
      reasons[key, default: []].append(reason)
    }
    for edge in edges where edge.link != nil && edge.status != .declined {
      let from = id(of: edge.source)
      let to = id(of: edge.target)
      let reason: Talk.Reason
      switch (edge.kind, edge.status) {
      case (.contributes, .requested): reason = .request(from: from, to: to)
      case (.dependsOn, _): reason = .dependency(from: from, to: to)
      case (.contributes, _): reason = .contribution(from: from, to: to)
      default: reason = .relation(from: from, to: to)
      }
      add(unit(of: edge.source), unit(of: edge.target), reason)
    }
    for finding in findings {
      let nodes = finding.ids.compactMap { node(id: $0) }
      switch finding.code {
      case .duplicate, .overlap:
        for (first, second) in zip(nodes, nodes.dropFirst()) {
          add(
            unit(of: first), unit(of: second),
            .similar(
              first: id(of: first), second: id(of: second), duplicate: finding.code == .duplicate))
        }
      case .unsupportedGoal, .unsupportedKeyResult:
        // The goal (or key result) first, then its objective for a key result, then candidates.
        guard let goal = nodes.first else { continue }
        for candidate in nodes.dropFirst(finding.code == .unsupportedGoal ? 1 : 2) {
          add(
            unit(of: goal), unit(of: candidate),
            .unsupportedGoal(goal: id(of: goal), candidate: id(of: candidate)))
        }
      case .island:
        guard let island = nodes.first else { continue }
        for candidate in nodes.dropFirst() {
          add(
            unit(of: island), unit(of: candidate),
            .island(island: id(of: island), candidate: id(of: candidate)))
        }
      default:
        continue
      }
    }
    return reasons.map { key, reasons in Talk(units: key, reasons: reasons.sorted()) }
      .sorted { left, right in
        if left.priority != right.priority { return left.priority < right.priority }
        if left.reasons.count != right.reasons.count {
          return left.reasons.count > right.reasons.count
        }
        return left.units.lexicographicallyPrecedes(right.units)
      }
  }
}
