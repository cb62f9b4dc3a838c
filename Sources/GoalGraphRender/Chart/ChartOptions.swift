import GoalGraph

/// What the goal chart shows and how.
public struct ChartOptions: Sendable {
  /// How key results appear.
  public enum KeyResults: String, CaseIterable, Sendable {
    /// Not at all: edges from key results start at their objective.
    case none
    /// Listed inside their objective's box.
    case label
    /// As small boxes of their own, tied to their objective.
    case nodes
  }

  /// An objective or key result id: the chart shows it, everything it supports and everything
  /// that supports it (for a top-level goal, its whole tree of support).
  public var focus: String?
  /// A unit id: the chart shows the unit's objectives and those of its sub-units, and one
  /// step of what they support and what supports them.
  public var unit: String?
  /// How many support steps to show from the focus, or from the top-level goals.
  public var depth: Int?
  public var keyResults: KeyResults
  /// Whether to mark findings: islands, unsupported goals, duplicates, splittable objectives.
  public var showFindings: Bool
  /// Whether to draw declined links.
  public var showDeclined: Bool
  /// Above this many boxes, the chart shows one box per unit instead of one per objective.
  public var maximumNodes: Int
  /// When set, every objective's box links to `prefix + anchorName(for: id)`.
  public var linkPrefix: String?
  /// Changes since an earlier version, marked on the chart (`render --diff OLD`).
  public var changes: ChartChanges?

  public init(
    focus: String? = nil, unit: String? = nil, depth: Int? = nil,
    keyResults: KeyResults = .none, showFindings: Bool = true, showDeclined: Bool = false,
    maximumNodes: Int = 2_000, linkPrefix: String? = nil
  ) {
    self.focus = focus
    self.unit = unit
    self.depth = depth
    self.keyResults = keyResults
    self.showFindings = showFindings
    self.showDeclined = showDeclined
    self.maximumNodes = maximumNodes
    self.linkPrefix = linkPrefix
  }
}

/// What changed since an earlier version, for the chart to mark.
public struct ChartChanges: Sendable {
  /// Ids of objectives that are new.
  public var added: Set<String>
  /// Ids of objectives whose id or title changed.
  public var renamed: Set<String>
  /// Edges that are new or whose status changed, as `[from, to]` objective or key result ids.
  public var edges: Set<[String]>
  /// Ids of objectives that are gone, named in the chart's title.
  public var removed: [String]

  public init(
    added: Set<String>, renamed: Set<String>, edges: Set<[String]>, removed: [String]
  ) {
    self.added = added
    self.renamed = renamed
    self.edges = edges
    self.removed = removed
  }

  /// The changes a diff found, from the new version's point of view.
  public init(_ diff: GraphDiff) {
    self.init(
      added: Set(diff.added), renamed: Set(diff.renamed.map(\.newID)),
      edges: Set((diff.edgesAdded + diff.statusChanged).map { [$0.from, $0.to] }),
      removed: diff.removed)
  }
}
