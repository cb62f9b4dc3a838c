/// A key result of an objective.
public struct KeyResult: Hashable, Sendable {
  public var id: String
  public var title: String
  public var owner: String?
  /// The measure, when given apart from the title.
  public var metric: Metric?
  /// Ids of the objectives or key results this key result supports.
  public var alignsTo: [String]
  public var location: SourceLocation?

  public init(
    id: String, title: String, owner: String? = nil, metric: Metric? = nil,
    alignsTo: [String] = [], location: SourceLocation? = nil
  ) {
    self.id = id
    self.title = title
    self.owner = owner
    self.metric = metric
    self.alignsTo = alignsTo
    self.location = location
  }
}

/// How a key result is measured: a start value, a target value, and what is counted.
public struct Metric: Hashable, Sendable {
  public var from: Double?
  public var to: Double?
  /// What is measured, in words ("NPS", "weekly active users").
  public var name: String?

  public init(from: Double? = nil, to: Double? = nil, name: String? = nil) {
    self.from = from
    self.to = to
    self.name = name
  }

  /// Whether the metric says anything at all.
  public var isEmpty: Bool { from == nil && to == nil && (name ?? "").isEmpty }
}
