/// Whether an objective is still a draft or committed by its unit.
public enum ObjectiveStatus: String, CaseIterable, Sendable {
  case draft
  case committed
}

/// An objective of one unit, with its key results and what it aligns to.
public struct Objective: Hashable, Sendable {
  public var id: String
  public var title: String
  public var description: String?
  /// The id of the unit that owns the objective; its kind is the objective's level.
  public var unit: String
  public var owner: String?
  public var status: ObjectiveStatus?
  public var keyResults: [KeyResult]
  /// Ids of the objectives or key results this objective supports.
  public var alignsTo: [String]
  public var location: SourceLocation?

  public init(
    id: String, title: String, description: String? = nil, unit: String,
    owner: String? = nil, status: ObjectiveStatus? = nil, keyResults: [KeyResult] = [],
    alignsTo: [String] = [], location: SourceLocation? = nil
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.unit = unit
    self.owner = owner
    self.status = status
    self.keyResults = keyResults
    self.alignsTo = alignsTo
    self.location = location
  }
}
