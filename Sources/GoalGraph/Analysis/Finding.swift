/// How much a finding matters; ordered from `info` to `error`.
public enum Severity: String, CaseIterable, Sendable, Comparable {
  case info
  case warning
  case error

  private var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The stable code of each kind of finding, as used in `--only`, `--ignore` and JSON output.
public enum FindingCode: String, CaseIterable, Sendable, Comparable {
  case unknownReference = "unknown-reference"
  case duplicateID = "duplicate-id"
  case cycle
  case island
  case detachedGroup = "detached-group"
  case unsupportedGoal = "unsupported-goal"
  case unsupportedKeyResult = "unsupported-key-result"
  case requestedOnly = "requested-only"
  case duplicate
  case overlap
  case splittable
  case levelInversion = "level-inversion"
  case overCapacity = "over-capacity"
  case tooMany = "too-many"
  case unmeasurable
  case deprioritize

  /// The severity every finding of this code has.
  public var severity: Severity {
    switch self {
    case .unknownReference, .duplicateID, .cycle: .error
    case .island, .detachedGroup, .unsupportedGoal, .duplicate, .levelInversion, .overCapacity:
      .warning
    case .unsupportedKeyResult, .requestedOnly, .overlap, .splittable, .tooMany, .unmeasurable,
      .deprioritize:
      .info
    }
  }

  /// Which of the alignment session's questions the finding answers, or lint.
  public var question: SessionQuestion {
    switch self {
    case .island, .detachedGroup: .islands
    case .deprioritize: .necessity
    case .duplicate, .overlap, .splittable: .similarity
    case .unsupportedGoal, .unsupportedKeyResult, .requestedOnly: .support
    case .unknownReference, .duplicateID, .cycle, .levelInversion, .overCapacity, .tooMany,
      .unmeasurable:
      .lint
    }
  }

  /// Orders codes as the table in the design lists them.
  public static func < (lhs: FindingCode, rhs: FindingCode) -> Bool {
    let all = FindingCode.allCases
    return all.firstIndex(of: lhs)! < all.firstIndex(of: rhs)!
  }
}

/// The four questions the room asks when it builds the goal graph, and the lint beside them.
public enum SessionQuestion: String, CaseIterable, Sendable {
  case islands
  case necessity
  case similarity
  case support
  case lint

  /// The question as the facilitator asks it.
  public var title: String {
    switch self {
    case .islands: "Does it make sense to connect the island OKRs?"
    case .necessity: "Is every OKR necessary?"
    case .similarity: "Should similar OKRs be combined, or broad ones split?"
    case .support: "Does a top-level goal lack support?"
    case .lint: "Other problems"
    }
  }
}

/// One thing a coach should look at, with the ids it concerns and what to do about it.
public struct Finding: Hashable, Sendable {
  public var code: FindingCode
  public var severity: Severity
  /// The ids of the objectives, key results or units concerned, the most important first.
  public var ids: [String]
  /// One line in the user's words: ids, titles, unit names.
  public var message: String
  /// What to do, when something helps.
  public var suggestion: String?
  /// Where in the input the finding points, when it points to one place.
  public var location: SourceLocation?

  /// The ids the finding is about, without the partners that the similarity analysis may
  /// add to islands and to goals and key results without support; what identifies a finding
  /// from one version of the OKRs to the next.
  public var subjectIDs: ArraySlice<String> {
    switch code {
    case .island, .unsupportedGoal: ids.prefix(1)
    case .unsupportedKeyResult: ids.prefix(2)
    default: ids[...]
    }
  }

  public init(
    code: FindingCode, ids: [String], message: String, suggestion: String? = nil,
    location: SourceLocation? = nil
  ) {
    self.code = code
    self.severity = code.severity
    self.ids = ids
    self.message = message
    self.suggestion = suggestion
    self.location = location
  }
}
