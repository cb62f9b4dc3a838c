/// The kind of an organisational unit, which is also the level of its objectives.
public enum UnitKind: String, CaseIterable, Sendable, Comparable {
  case organization
  case leadership
  case teamOfTeams = "team-of-teams"
  case team

  /// The level's rank: 0 for the organisation, growing towards the teams.
  public var rank: Int {
    switch self {
    case .organization: 0
    case .leadership: 1
    case .teamOfTeams: 2
    case .team: 3
    }
  }

  /// The name people use for the level, for messages and charts.
  public var displayName: String {
    switch self {
    case .organization: "organisation"
    case .leadership: "leadership team"
    case .teamOfTeams: "team of teams"
    case .team: "team"
    }
  }

  /// The name of the level in the plural.
  public var pluralName: String {
    switch self {
    case .organization: "organisations"
    case .leadership: "leadership teams"
    case .teamOfTeams: "teams of teams"
    case .team: "teams"
    }
  }

  /// Orders from the highest level (the organisation) to the lowest (teams).
  public static func < (lhs: UnitKind, rhs: UnitKind) -> Bool { lhs.rank < rhs.rank }
}

/// An organisational unit: the organisation, its leadership team, a team of teams, or a team.
public struct Unit: Hashable, Sendable {
  public var id: String
  public var name: String
  public var kind: UnitKind
  /// The id of the unit this one belongs to, if any.
  public var parent: String?
  /// The OKR coach who looks after the unit.
  public var coach: String?
  /// How many contribution requests the unit can commit to in the cycle.
  public var capacity: Int?
  public var location: SourceLocation?

  public init(
    id: String, name: String? = nil, kind: UnitKind, parent: String? = nil,
    coach: String? = nil, capacity: Int? = nil, location: SourceLocation? = nil
  ) {
    self.id = id
    self.name = name ?? id
    self.kind = kind
    self.parent = parent
    self.coach = coach
    self.capacity = capacity
    self.location = location
  }
}
