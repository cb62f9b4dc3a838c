/// An objective or key result that, by its text, may support another.
public struct PartnerSuggestion: Hashable, Sendable {
  /// The node that may support: an objective.
  public var supporter: Int
  /// The node it may support: an objective or one of its key results.
  public var supported: Int
  public var score: Double
  /// Concepts and words both texts use, the weightiest first.
  public var sharedTerms: [String]
}

extension SimilarityIndex {
  /// What an island may support: the objective of a higher level most similar to it, or the
  /// key result of that objective whose text matches the island best.
  ///
  /// - Returns: At most one suggestion, scoring at least the options' suggestion threshold.
  /// - Complexity: That of `neighbours(of:)`.
  public func partners(forIsland objective: Int) -> [PartnerSuggestion] {
    var scratch = InvertedIndex.Scratch(rows: graph.objectiveCount)
    return partners(forIsland: objective, scratch: &scratch)
  }

  /// The objectives of lower levels that, by their text, may support a top-level goal.
  ///
  /// - Returns: At most `suggestionCount` suggestions, best first.
  /// - Complexity: That of `neighbours(of:)`.
  public func partners(forGoal goal: Int) -> [PartnerSuggestion] {
    var scratch = InvertedIndex.Scratch(rows: graph.objectiveCount)
    return partners(forGoal: goal, scratch: &scratch)
  }

  /// The objectives of lower levels that, by their text, may support a key result.
  ///
  /// - Returns: At most `suggestionCount` suggestions, best first.
  /// - Complexity: That of `neighbours(of:)`.
  public func partners(forKeyResult keyResult: Int) -> [PartnerSuggestion] {
    var scratch = InvertedIndex.Scratch(rows: graph.objectiveCount)
    return partners(forKeyResult: keyResult, scratch: &scratch)
  }

  func partners(forIsland objective: Int, scratch: inout InvertedIndex.Scratch)
    -> [PartnerSuggestion]
  {
    let rank = ranks[objective]
    guard rank >= 0 else { return [] }
    let words = features.words
    let candidates = neighbours(
      of: objective, top: options.weights.minimumCandidates, minimumScore: 0,
      accept: { ranks[$0] >= 0 && ranks[$0] < rank }, scratch: &scratch)
    var found: [PartnerSuggestion] = []
    for match in candidates {
      // The target's title, or the key result that says most of what the island says; a
      // key result that matches well counts even when the titles do not.
      var target = match.objective
      var best = objectives.dot(objective, words, target)
      for keyResult in graph.keyResults(of: match.objective) {
        let similarity = objectives.dot(objective, words, keyResult)
        if similarity > best {
          best = similarity
          target = keyResult
        }
      }
      let score = max(match.score, Double(best))
      guard score >= options.suggestionThreshold else { continue }
      let terms =
        target == match.objective
        ? match.sharedTerms : sharedTerms(objectives, objective, words, target)
      found.append(
        PartnerSuggestion(supporter: objective, supported: target, score: score, sharedTerms: terms)
      )
    }
    found.sort { $0.score > $1.score || ($0.score == $1.score && $0.supported < $1.supported) }
    return Array(found.prefix(1))
  }

  func partners(forGoal goal: Int, scratch: inout InvertedIndex.Scratch) -> [PartnerSuggestion] {
    let rank = ranks[goal]
    guard rank >= 0 else { return [] }
    return neighbours(
      of: goal, top: options.suggestionCount, minimumScore: options.suggestionThreshold,
      accept: { ranks[$0] > rank }, scratch: &scratch
    ).map {
      PartnerSuggestion(
        supporter: $0.objective, supported: goal, score: $0.score, sharedTerms: $0.sharedTerms)
    }
  }

  func partners(forKeyResult keyResult: Int, scratch: inout InvertedIndex.Scratch)
    -> [PartnerSuggestion]
  {
    let rank = ranks[graph.owner(of: keyResult)]
    guard rank >= 0 else { return [] }
    let words = features.words
    let range = words.range(keyResult)
    let owner = graph.owner(of: keyResult)
    let candidates = index.search(
      features: words.features[range], weights: words.weights[range], scratch: &scratch,
      limit: max(2 * options.suggestionCount, options.weights.minimumCandidates),
      accept: { $0 != owner && ranks[$0] > rank })
    var found: [PartnerSuggestion] = []
    for candidate in candidates.map(\.row) {
      var best = words.dot(keyResult, words, candidate)
      for other in graph.keyResults(of: candidate) {
        best = max(best, words.dot(keyResult, words, other))
      }
      let whole = words.dot(keyResult, objectives, candidate)
      let score = Double((whole + best) / 2)
      guard score >= options.suggestionThreshold else { continue }
      found.append(
        PartnerSuggestion(
          supporter: candidate, supported: keyResult, score: score,
          sharedTerms: sharedTerms(words, keyResult, objectives, candidate)))
    }
    found.sort { $0.score > $1.score || ($0.score == $1.score && $0.supporter < $1.supporter) }
    return Array(found.prefix(options.suggestionCount))
  }
}

extension SupportGraph {
  /// The findings with a partner suggestion added to each `island`, `unsupported-goal` and
  /// `unsupported-key-result` that has a likely partner by text similarity ("APP-6 may
  /// support RX-1.1: shared terms unlock, failure (score 0.52)").
  ///
  /// - Complexity: f times the cost of `SimilarityIndex.neighbours(of:)` for the f findings
  ///   concerned, divided among the cores.
  public func addingPartnerSuggestions(to findings: [Finding], index: SimilarityIndex)
    -> [Finding]
  {
    let concerned: Set<FindingCode> = [.island, .unsupportedGoal, .unsupportedKeyResult]
    let positions = findings.indices.filter { concerned.contains(findings[$0].code) }
    let texts = Parallel.map(positions.count, minimumSize: 64) {
      range -> [(text: String, partners: [String])?] in
      var scratch = InvertedIndex.Scratch(rows: objectiveCount)
      return range.map { k -> (text: String, partners: [String])? in
        let finding = findings[positions[k]]
        guard let first = finding.ids.first, let node = node(id: first) else { return nil }
        let suggestions: [PartnerSuggestion]
        switch finding.code {
        case .island: suggestions = index.partners(forIsland: node, scratch: &scratch)
        case .unsupportedGoal: suggestions = index.partners(forGoal: node, scratch: &scratch)
        default: suggestions = index.partners(forKeyResult: node, scratch: &scratch)
        }
        guard !suggestions.isEmpty else { return nil }
        // The partner is what an island may support, or what may support a goal.
        let partners = suggestions.map { suggestion in
          id(of: finding.code == .island ? suggestion.supported : suggestion.supporter)
        }
        return (suggestions.map { describe($0) }.joined(separator: "; "), partners)
      }
    }.flatMap { $0 }
    var result = findings
    for (k, position) in positions.enumerated() {
      guard let (text, partners) = texts[k] else { continue }
      let existing = result[position].suggestion.map { $0 + "; " } ?? ""
      result[position].suggestion = existing + "by text, " + text
      for partner in partners where !result[position].ids.contains(partner) {
        result[position].ids.append(partner)
      }
    }
    return result
  }

  /// A partner suggestion in words: "APP-6 may support RX-1.1: shared terms unlock (score
  /// 0.52)".
  public func describe(_ suggestion: PartnerSuggestion) -> String {
    var text = "\(id(of: suggestion.supporter)) may support \(id(of: suggestion.supported))"
    if !suggestion.sharedTerms.isEmpty {
      text += ": shared terms " + suggestion.sharedTerms.joined(separator: ", ")
    }
    return text + " (score \(formatScore(suggestion.score)))"
  }
}

/// A score with two decimals, as messages show it.
func formatScore(_ score: Double) -> String {
  let hundredths = Int((score * 100).rounded())
  let fraction = hundredths % 100
  return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}
