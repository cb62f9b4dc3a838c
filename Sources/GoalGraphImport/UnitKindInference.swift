import GoalGraph

/// Gives a kind to the units that a CSV file names without one and that no file defines.
///
/// A unit whose objectives others align to, while they align to nothing, is the organisation;
/// a unit one alignment below it is a team of teams; units further down, and units whose
/// objectives are connected to nothing, are teams. A parent unit named only as a parent is
/// one level above its highest child.
enum UnitKindInference {
  /// Appends a unit for each implied unit not defined in `document`.
  ///
  /// - Complexity: O(n + e), where n is the number of objectives and key results and e the
  ///   number of alignments.
  static func addUnits(_ implied: [ImpliedUnit], to document: inout OKRDocument) {
    let defined = Set(document.units.map(\.id))
    let missing = implied.filter { !defined.contains($0.id) }
    guard !missing.isEmpty else { return }
    let depths = alignmentDepths(document)

    var kinds: [String: UnitKind] = [:]
    for (index, objective) in document.objectives.enumerated() {
      guard let depth = depths[index] else { continue }
      let kind: UnitKind = depth == 0 ? .organization : depth == 1 ? .teamOfTeams : .team
      kinds[objective.unit] = min(kinds[objective.unit] ?? .team, kind)
    }
    var added = Set<String>()
    for unit in missing where !added.contains(unit.id) {
      added.insert(unit.id)
      document.units.append(
        Unit(
          id: unit.id, name: unit.id, kind: kinds[unit.id] ?? .team, parent: unit.parent,
          location: unit.location))
    }
    // Parents named only as parents.
    let known = defined.union(added)
    var parents: [String: (kind: UnitKind, location: SourceLocation)] = [:]
    for unit in missing {
      guard let parent = unit.parent, !known.contains(parent) else { continue }
      let child = kinds[unit.id] ?? .team
      let kind = UnitKind.allCases.last { $0 < child } ?? .organization
      let current = parents[parent]?.kind ?? .team
      parents[parent] = (min(current, kind), parents[parent]?.location ?? unit.location)
    }
    for (id, parent) in parents.sorted(by: { $0.value.location < $1.value.location }) {
      document.units.append(Unit(id: id, kind: parent.kind, location: parent.location))
    }
  }

  /// For each objective that is connected at all, the longest chain of alignments between it
  /// and an objective that aligns to nothing; `nil` for objectives connected to nothing.
  static func alignmentDepths(_ document: OKRDocument) -> [Int?] {
    var owner: [String: Int] = [:]
    for (index, objective) in document.objectives.enumerated() {
      owner[objective.id] = owner[objective.id] ?? index
      for keyResult in objective.keyResults {
        owner[keyResult.id] = owner[keyResult.id] ?? index
      }
    }
    let count = document.objectives.count
    var up = [[Int]](repeating: [], count: count)
    var alignedTo = [Bool](repeating: false, count: count)
    for (index, objective) in document.objectives.enumerated() {
      let references = objective.alignsTo + objective.keyResults.flatMap(\.alignsTo)
      for reference in references {
        guard let target = owner[reference], target != index else { continue }
        up[index].append(target)
        alignedTo[target] = true
      }
    }
    // The longest path from a root, in topological order (Kahn's algorithm).
    var down = [[Int]](repeating: [], count: count)
    var remaining = [Int](repeating: 0, count: count)
    for (index, targets) in up.enumerated() {
      for target in Set(targets) {
        down[target].append(index)
        remaining[index] += 1
      }
    }
    var depths = [Int?](repeating: nil, count: count)
    var queue: [Int] = []
    for index in 0..<count where up[index].isEmpty && alignedTo[index] {
      depths[index] = 0
      queue.append(index)
    }
    var head = 0
    while head < queue.count {
      let current = queue[head]
      head += 1
      for next in down[current] {
        depths[next] = max(depths[next] ?? 0, depths[current]! + 1)
        remaining[next] -= 1
        if remaining[next] == 0 { queue.append(next) }
      }
    }
    // Objectives in loops above every root: as deep as a team.
    for index in 0..<count where depths[index] == nil && (alignedTo[index] || !up[index].isEmpty) {
      depths[index] = 2
    }
    return depths
  }
}
