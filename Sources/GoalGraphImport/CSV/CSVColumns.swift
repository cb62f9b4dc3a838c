/// What a CSV column holds, and the header names that mean it.
///
/// Header names are compared in lower case, with spaces, `_` and `-` treated alike, so that
/// the exports of common OKR tools import without editing. The README lists this table.
enum CSVColumn: String, CaseIterable, Sendable {
  // Objectives and key results.
  case id
  case goalID
  case type
  case title
  case objective
  case keyResult
  case description
  case unit
  case unitKind
  case parentUnit
  case alignsTo
  case parent
  case owner
  case status
  case cycle
  case metric
  case from
  case to
  // Units files also use id, name, kind, parent, coach and capacity.
  case name
  case kind
  case coach
  case capacity
  // Links files also use from, to, kind, status and note.
  case note

  /// The header names of the column, normalised.
  var aliases: [String] {
    switch self {
    case .id: ["id", "okr-reference", "okr-ref", "reference", "row-id", "okr-id", "key"]
    case .goalID: ["goal-id"]
    case .type: ["type", "okr-type", "item-type"]
    case .title: ["title", "goal-title", "okr-title", "okr", "summary"]
    case .objective: ["objective", "objective-title"]
    case .keyResult: ["key-result", "key-results", "kr", "key-result-title"]
    case .description: ["description", "details"]
    case .unit: ["unit", "team", "department", "departments", "team-name", "group", "squad"]
    case .unitKind: ["unit-kind", "unit-type", "team-type", "level"]
    case .parentUnit: ["parent-unit", "parent-team", "parent-department"]
    case .alignsTo: ["aligns-to", "aligned-to", "supports", "contributes-to", "alignment"]
    case .parent:
      [
        "parent-okr", "parent", "parent-row-ids", "parent-row-id", "parent-goal",
        "parent-objective",
      ]
    case .owner: ["owner", "owners", "owner-emails", "owner-email", "owner-name", "assignee"]
    case .status: ["status", "state"]
    case .cycle: ["time-period", "cycle", "quarter", "period"]
    case .metric: ["metric", "measure"]
    case .from: ["from", "start-value", "baseline", "source", "from-id"]
    case .to: ["to", "target-value", "target", "to-id"]
    case .name: ["name", "unit-name"]
    case .kind: ["kind"]
    case .coach: ["coach", "okr-coach"]
    case .capacity: ["capacity"]
    case .note: ["note", "notes", "comment"]
    }
  }

  /// The column that a header name means, if any.
  static func named(_ header: String) -> CSVColumn? {
    byAlias[Vocabulary.normalized(header)]
  }

  private static let byAlias: [String: CSVColumn] = {
    var table: [String: CSVColumn] = [:]
    for column in allCases {
      for alias in column.aliases {
        precondition(table[alias] == nil, "\(alias) is an alias of two columns")
        table[alias] = column
      }
    }
    return table
  }()
}
