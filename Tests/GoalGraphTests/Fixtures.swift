import GoalGraph

/// A small organisation written in code: the organisation, one team of teams, two teams.
struct Fixture {
  var document = OKRDocument(
    units: [
      Unit(id: "ORG", name: "Acme", kind: .organization, coach: "Jo"),
      Unit(id: "TOT", name: "Platform", kind: .teamOfTeams, parent: "ORG", coach: "Ana"),
      Unit(id: "T1", name: "Payments", kind: .team, parent: "TOT", capacity: 1),
      Unit(id: "T2", name: "Search", kind: .team, parent: "TOT"),
    ])

  /// Adds an objective with key results named `<id>.1`, `<id>.2`, ...
  @discardableResult
  mutating func objective(
    _ id: String, _ unit: String, alignsTo: [String] = [], keyResults: Int = 0,
    title: String? = nil, keyResultAlignments: [Int: [String]] = [:]
  ) -> Self {
    let results = (0..<keyResults).map { index in
      KeyResult(
        id: "\(id).\(index + 1)", title: "Move metric \(index + 1) from 1 to 2",
        alignsTo: keyResultAlignments[index + 1] ?? [])
    }
    document.objectives.append(
      Objective(
        id: id, title: title ?? "Objective \(id)", unit: unit, keyResults: results,
        alignsTo: alignsTo))
    return self
  }

  mutating func link(
    _ from: String, _ to: String, _ kind: LinkKind = .contributes,
    _ status: LinkStatus = .committed
  ) {
    document.links.append(Link(from: from, to: to, kind: kind, status: status))
  }

  var graph: SupportGraph { SupportGraph(document) }
}

extension Array where Element == Finding {
  /// The ids of the findings with a code, each finding's ids joined by spaces.
  func ids(_ code: FindingCode) -> [String] {
    filter { $0.code == code }.map { $0.ids.joined(separator: " ") }
  }
}

/// A small, seeded random number generator, so that the tests are repeatable.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
