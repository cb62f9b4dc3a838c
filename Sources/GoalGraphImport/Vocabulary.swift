import GoalGraph

/// The spellings accepted for the values of fixed sets (unit kinds, statuses, link kinds), in
/// every input format. Matching ignores case, and treats spaces, `_` and `-` alike.
enum Vocabulary {
  static let unitKinds: [String: UnitKind] = [
    "organization": .organization, "organisation": .organization, "org": .organization,
    "company": .organization,
    "leadership": .leadership, "leadership-team": .leadership, "lt": .leadership,
    "management": .leadership,
    "team-of-teams": .teamOfTeams, "tot": .teamOfTeams, "department": .teamOfTeams,
    "tribe": .teamOfTeams, "division": .teamOfTeams, "area": .teamOfTeams,
    "team": .team, "squad": .team,
  ]

  static let objectiveStatuses: [String: ObjectiveStatus] = [
    "draft": .draft, "committed": .committed,
  ]

  static let linkKinds: [String: LinkKind] = [
    "contributes": .contributes, "contribution": .contributes, "contributes-to": .contributes,
    "supports": .contributes,
    "depends-on": .dependsOn, "dependency": .dependsOn, "depends": .dependsOn,
    "relates-to": .relatesTo, "relation": .relatesTo, "related": .relatesTo,
    "relationship": .relatesTo,
  ]

  static let linkStatuses: [String: LinkStatus] = [
    "requested": .requested, "request": .requested, "pending": .requested, "open": .requested,
    "committed": .committed, "accepted": .committed, "agreed": .committed,
    "declined": .declined, "rejected": .declined,
  ]

  /// The value that `text` spells, if any.
  static func choice<Value>(_ text: String, aliases: [String: Value]) -> Value? {
    aliases[normalized(text)]
  }

  /// Lower case, with spaces and underscores turned into hyphens and the ends trimmed.
  static func normalized(_ text: String) -> String {
    String(
      text.trimmingWhitespace().lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 })
  }
}
