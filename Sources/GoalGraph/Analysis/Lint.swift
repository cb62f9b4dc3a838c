extension SupportGraph {
  /// Units asked for more contributions than their capacity.
  ///
  /// A unit is asked when one of its objectives or key results is the supporting end of a
  /// `contributes` link that is requested or committed, to another unit.
  ///
  /// - Complexity: O(e + u).
  public func overCapacity() -> [Finding] {
    var asks = [[Edge]](repeating: [], count: units.count)
    for edge in edges where edge.kind == .contributes && edge.status != .declined {
      guard let giver = unit(of: edge.source), unit(of: edge.target) != giver else { continue }
      asks[giver].append(edge)
    }
    return units.indices.compactMap { index -> Finding? in
      guard let capacity = units[index].capacity, asks[index].count > capacity else {
        return nil
      }
      var askers: [String] = []
      for edge in asks[index] {
        let name = unitName(of: edge.target)
        if !askers.contains(name) { askers.append(name) }
      }
      let unit = units[index]
      let committed = asks[index].filter { $0.status == .committed }.count
      return Finding(
        code: .overCapacity, ids: [unit.id] + asks[index].map { id(of: $0.target) },
        message: "\(unit.name) is asked for \(asks[index].count) contributions "
          + "(\(committed) committed) but has capacity for \(capacity); asked by "
          + Self.list(askers),
        suggestion: "decline or move the requests that matter least, or raise the capacity",
        location: unit.location)
    }
  }

  /// Units with too many objectives, and objectives with too many key results.
  ///
  /// - Complexity: O(n).
  public func tooMany(_ options: AnalysisOptions = AnalysisOptions()) -> [Finding] {
    var findings: [Finding] = []
    var perUnit = [[Int]](repeating: [], count: units.count)
    for objective in 0..<objectiveCount {
      if let unit = unit(of: objective) { perUnit[unit].append(objective) }
    }
    for (index, objectives) in perUnit.enumerated()
    where objectives.count > options.maximumObjectivesPerUnit {
      findings.append(
        Finding(
          code: .tooMany, ids: [units[index].id] + objectives.map { id(of: $0) },
          message: "\(units[index].name) has \(objectives.count) objectives; more than "
            + "\(options.maximumObjectivesPerUnit) blur the focus",
          suggestion: "combine or drop some, or move them to the backlog",
          location: units[index].location))
    }
    for objective in 0..<objectiveCount
    where keyResults(of: objective).count > options.maximumKeyResultsPerObjective {
      findings.append(
        Finding(
          code: .tooMany, ids: [id(of: objective)],
          message: "\(describe(objective)) has \(keyResults(of: objective).count) key results; "
            + "more than \(options.maximumKeyResultsPerObjective) are hard to track",
          suggestion: "keep the key results that measure the outcome; split the objective "
            + "if they measure two things",
          location: location(of: objective)))
    }
    return findings
  }

  /// Key results with no number in their title and no metric.
  ///
  /// - Complexity: O(t) in the total length of key result titles.
  public func unmeasurableKeyResults() -> [Finding] {
    (objectiveCount..<nodeCount).compactMap { node -> Finding? in
      let keyResult = keyResult(node)
      guard keyResult.metric == nil, !Self.holdsNumber(keyResult.title) else { return nil }
      return Finding(
        code: .unmeasurable, ids: [keyResult.id],
        message: "the key result \(describe(node)) of \(id(of: owner(of: node))) holds no "
          + "number and no metric",
        suggestion: "say from what to what it should move, or give it a metric",
        location: keyResult.location)
    }
  }

  /// Number words that make a key result measurable without a digit.
  static let numberWords: Set<String> = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "twice", "double", "halve", "half", "triple", "null", "eins", "zwei", "drei", "vier",
    "fünf", "sechs", "sieben", "acht", "neun", "zehn", "verdoppeln", "halbieren",
    "verdreifachen", "hälfte",
  ]

  /// Whether a title holds a digit or a number word.
  static func holdsNumber(_ title: String) -> Bool {
    if title.utf8.contains(where: { (0x30...0x39).contains($0) }) { return true }
    if title.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.numericType != nil }) {
      return true
    }
    return title.lowercased().split(whereSeparator: { !$0.isLetter }).contains {
      numberWords.contains(String($0))
    }
  }

  /// Objectives below the top level that support no top-level goal, even through others,
  /// and that nothing supports: candidates to drop for focus. Islands are left to
  /// `islands()`.
  ///
  /// - Parameter reachesTop: From `objectivesReachingTopLevel()`, when already known.
  /// - Complexity: O(n + e).
  public func deprioritizeCandidates(reachesTop: [Bool]? = nil) -> [Finding] {
    let reachesTop = reachesTop ?? objectivesReachingTopLevel()
    return (0..<objectiveCount).compactMap { objective -> Finding? in
      guard !isTopLevel(objective), !reachesTop[objective],
        objectiveSupporters(of: objective).isEmpty,
        !objectiveNeighbours(of: objective).isEmpty
      else { return nil }
      return Finding(
        code: .deprioritize, ids: [id(of: objective)],
        message: "\(describe(objective)) (\(unitName(of: objective))) supports no top-level "
          + "goal and nothing supports it",
        suggestion: "drop it to focus, or show which goal it serves",
        location: location(of: objective))
    }
  }
}
