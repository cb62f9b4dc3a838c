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
