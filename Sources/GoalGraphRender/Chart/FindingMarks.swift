import GoalGraph

/// How findings show on the chart: badges and borders on boxes, colours on edges, and
/// dotted lines between objectives that say the same thing.
struct FindingMarks {
  struct Badge: Hashable {
    var text: String
    var color: String
    /// Higher wins the box's border colour.
    var weight: Int
  }

  /// Badges per objective or key result node.
  private(set) var badges: [Int: [Badge]] = [:]
  /// Pairs of objective nodes to join with a dotted line, and whether the pair is a duplicate
  /// (otherwise an overlap).
  private(set) var similarPairs: [(Int, Int, duplicate: Bool)] = []
  /// Objective pairs whose edges are drawn as problems (loops, level inversions).
  private(set) var problemEdges: Set<[Int]> = []
  /// Objectives on a loop.
  private(set) var loopMembers: Set<Int> = []
  /// Units asked for more than their capacity.
  private(set) var overCapacityUnits: Set<String> = []
  /// Objectives to draw with a double border (splittable).
  private(set) var doubleBorder: Set<Int> = []

  init() {}

  init(_ findings: [Finding], graph: SupportGraph) {
    for finding in findings {
      let nodes = finding.ids.compactMap { graph.node(id: $0) }
      switch finding.code {
      case .island:
        add(nodes.first, Badge(text: "island", color: Palette.warning, weight: 3))
      case .detachedGroup:
        for node in nodes {
          add(node, Badge(text: "detached", color: Palette.warning, weight: 2))
        }
      case .deprioritize:
        add(nodes.first, Badge(text: "drop?", color: Palette.mutedText, weight: 1))
      case .unsupportedGoal:
        add(nodes.first, Badge(text: "no support", color: Palette.problem, weight: 4))
      case .unsupportedKeyResult:
        add(nodes.first, Badge(text: "no support", color: Palette.problem, weight: 2))
      case .requestedOnly:
        add(nodes.first, Badge(text: "requested only", color: Palette.notice, weight: 2))
      case .splittable:
        if let node = nodes.first {
          add(node, Badge(text: "split?", color: Palette.similarity, weight: 2))
          doubleBorder.insert(graph.owner(of: node))
        }
      case .duplicate, .overlap:
        let objectives = nodes.map { graph.owner(of: $0) }
        let label = finding.code == .duplicate ? "duplicate?" : "overlap"
        for objective in objectives {
          add(objective, Badge(text: label, color: Palette.similarity, weight: 2))
        }
        for (first, second) in zip(objectives, objectives.dropFirst()) where first != second {
          similarPairs.append((first, second, finding.code == .duplicate))
        }
      case .cycle:
        let objectives = Set(nodes.map { graph.owner(of: $0) })
        loopMembers.formUnion(objectives)
        for objective in objectives {
          add(objective, Badge(text: "loop", color: Palette.problem, weight: 4))
        }
      case .levelInversion:
        if nodes.count == 2 {
          problemEdges.insert([graph.owner(of: nodes[0]), graph.owner(of: nodes[1])])
        }
      case .overCapacity:
        if let unit = finding.ids.first { overCapacityUnits.insert(unit) }
      case .unknownReference, .duplicateID, .tooMany, .unmeasurable:
        break
      }
    }
  }

  private mutating func add(_ node: Int?, _ badge: Badge) {
    guard let node else { return }
    if badges[node, default: []].contains(where: { $0.text == badge.text }) { return }
    badges[node, default: []].append(badge)
  }

  /// Whether an edge between two objectives is drawn as a problem.
  func isProblem(_ source: Int, _ target: Int) -> Bool {
    problemEdges.contains([source, target])
      || (loopMembers.contains(source) && loopMembers.contains(target))
  }

  /// The strongest badge of a node, which gives its border colour.
  func strongest(_ node: Int) -> Badge? {
    badges[node]?.max { $0.weight < $1.weight }
  }
}
