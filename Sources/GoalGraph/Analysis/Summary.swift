/// What the graph holds, counted: the first lines of every report.
public struct GraphSummary: Hashable, Sendable {
  public var cycle: String?
  public var unitsByKind: [UnitKind: Int]
  public var objectives: Int
  public var keyResults: Int
  /// Links by kind and status, declined ones included.
  public var links: [LinkKind: [LinkStatus: Int]]
  public var alignments: Int
  /// Objectives per level.
  public var objectivesByLevel: [UnitKind: Int]
  /// The highest level present, whose objectives are the top-level goals.
  public var topLevel: UnitKind?

  public var unitCount: Int { unitsByKind.values.reduce(0, +) }
  public var linkCount: Int { links.values.flatMap(\.values).reduce(0, +) }
}

/// How well each level and unit is tied to the top-level goals.
public struct Coverage: Hashable, Sendable {
  public struct Level: Hashable, Sendable {
    public var level: UnitKind
    public var objectives: Int
    /// Objectives that reach a top-level goal through support.
    public var reachingTop: Int

    /// The share of objectives that reach a top-level goal, from 0 to 1.
    public var share: Double { objectives == 0 ? 0 : Double(reachingTop) / Double(objectives) }
  }

  public struct UnitLine: Hashable, Sendable {
    /// The unit's index into `SupportGraph.units`.
    public var unit: Int
    public var objectives: Int
    public var reachingTop: Int
    public var islands: Int
    /// Links from the unit's OKRs to other units' OKRs, and the other way; declined ones not
    /// counted.
    public var outgoingLinks: Int
    public var incomingLinks: Int
  }

  public var levels: [Level]
  public var units: [UnitLine]
}

extension SupportGraph {
  /// Counts of units, objectives, key results, links and levels.
  ///
  /// - Complexity: O(n + e).
  public func summary() -> GraphSummary {
    var unitsByKind: [UnitKind: Int] = [:]
    for unit in units { unitsByKind[unit.kind, default: 0] += 1 }
    var links: [LinkKind: [LinkStatus: Int]] = [:]
    for link in document.links { links[link.kind, default: [:]][link.status, default: 0] += 1 }
    var byLevel: [UnitKind: Int] = [:]
    for objective in 0..<objectiveCount {
      if let level = level(of: objective) { byLevel[level, default: 0] += 1 }
    }
    return GraphSummary(
      cycle: document.cycle, unitsByKind: unitsByKind, objectives: objectiveCount,
      keyResults: nodeCount - objectiveCount, links: links,
      alignments: edges.filter { $0.kind == .alignment }.count, objectivesByLevel: byLevel,
      topLevel: topLevel)
  }

  /// The share of objectives per level that reach a top-level goal, and per unit its
  /// objectives, islands and links.
  ///
  /// - Parameter reachesTop: From `objectivesReachingTopLevel()`, when already known.
  /// - Complexity: O(n + e).
  public func coverage(reachesTop: [Bool]? = nil) -> Coverage {
    let reachesTop = reachesTop ?? objectivesReachingTopLevel()
    var levels: [UnitKind: Coverage.Level] = [:]
    var lines = units.indices.map {
      Coverage.UnitLine(
        unit: $0, objectives: 0, reachingTop: 0, islands: 0, outgoingLinks: 0, incomingLinks: 0)
    }
    for objective in 0..<objectiveCount {
      guard let unit = unit(of: objective), let level = level(of: objective) else { continue }
      let reaches = reachesTop[objective] ? 1 : 0
      levels[level, default: Coverage.Level(level: level, objectives: 0, reachingTop: 0)]
        .objectives += 1
      levels[level]!.reachingTop += reaches
      lines[unit].objectives += 1
      lines[unit].reachingTop += reaches
      if !isTopLevel(objective) && objectiveNeighbours(of: objective).isEmpty {
        lines[unit].islands += 1
      }
    }
    for edge in edges where edge.link != nil && edge.status != .declined {
      guard let from = unit(of: edge.source), let to = unit(of: edge.target), from != to else {
        continue
      }
      lines[from].outgoingLinks += 1
      lines[to].incomingLinks += 1
    }
    return Coverage(
      levels: levels.values.sorted { $0.level < $1.level }, units: lines)
  }
}
