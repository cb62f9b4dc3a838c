import GoalGraph

/// Which unit clusters a chart draws, how they nest, and their colours.
///
/// Teams sit inside their team of teams; the organisation and the leadership team stand on
/// their own, so that the chart is not one box around everything. Each team of teams gives
/// its teams a colour family.
struct ClusterLayout {
  /// The boxes of each unit, in input order.
  private(set) var objectives: [Int: [Int]] = [:]
  /// The nested clusters of each unit.
  private(set) var children: [Int: [Int]] = [:]
  /// The clusters not nested in another, in input order.
  private(set) var roots: [Int] = []
  /// Boxes whose unit does not exist.
  private(set) var homeless: [Int] = []
  private var family: [Int: Int] = [:]
  private let graph: SupportGraph

  /// Lays out the clusters for the given boxes: `members` maps each box to its unit.
  init(graph: SupportGraph, members: [(box: Int, unit: Int?)]) {
    self.graph = graph
    for (box, unit) in members {
      guard let unit else {
        homeless.append(box)
        continue
      }
      objectives[unit, default: []].append(box)
    }
    // A unit is drawn when it or a unit nested in it has boxes.
    var drawn = Set(objectives.keys)
    for unit in objectives.keys {
      var current = unit
      while let parent = nestingParent(of: current), drawn.insert(parent).inserted {
        current = parent
      }
    }
    for unit in graph.units.indices where drawn.contains(unit) {
      if let parent = nestingParent(of: unit) {
        children[parent, default: []].append(unit)
      } else {
        roots.append(unit)
      }
    }
    var next = 0
    for unit in graph.units.indices where drawn.contains(unit) {
      if let parent = nestingParent(of: unit), let inherited = family[parent] {
        family[unit] = inherited
      } else if graph.units[unit].kind >= .teamOfTeams {
        family[unit] = next % Palette.families.count
        next += 1
      }
    }
  }

  /// Lays out the clusters for the objectives shown.
  init(graph: SupportGraph, objectives shown: [Bool]) {
    let members = (0..<graph.objectiveCount).filter { shown[$0] }.map {
      (box: $0, unit: graph.unit(of: $0))
    }
    self.init(graph: graph, members: members)
  }

  /// The unit a cluster nests in: its parent, when the parent is a team of teams or a team.
  func nestingParent(of unit: Int) -> Int? {
    guard let parent = graph.parent(ofUnit: unit), parent != unit,
      graph.units[parent].kind >= .teamOfTeams
    else { return nil }
    return parent
  }

  /// The fill and border colours of a unit's cluster.
  func style(of unit: Int) -> (fill: String, border: String) {
    switch graph.units[unit].kind {
    case .organization: return (Palette.organizationFill, Palette.neutralBorder)
    case .leadership: return (Palette.leadershipFill, Palette.neutralBorder)
    case .teamOfTeams, .team:
      guard let index = family[unit] else {
        return (Palette.organizationFill, Palette.neutralBorder)
      }
      let colours = Palette.families[index]
      let nested = nestingParent(of: unit) != nil
      return (nested ? colours.teamFill : colours.fill, colours.border)
    }
  }
}
