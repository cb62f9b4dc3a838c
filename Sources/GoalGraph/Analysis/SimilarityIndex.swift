/// How two objectives relate by their text.
public enum SimilarityRelation: String, CaseIterable, Sendable {
  /// They say nearly the same thing, in the same scope.
  case duplicate
  /// The same intent in a different scope (a region, a platform, a number).
  case overlap
  /// One of them is the other plus a theme of its own, joined by a conjunction.
  case bundle
  /// Alike, but not enough for any of the above.
  case similar
}

/// How similar an objective is to another, and why.
public struct SimilarityMatch: Hashable, Sendable {
  /// The objective node compared with.
  public var objective: Int
  /// The combined score, from 0 (nothing in common) to 1 (the same words).
  public var score: Double
  /// The similarity of the titles alone: words and character n-grams.
  public var titleScore: Double
  /// The best-match mean over key results, when both objectives have some.
  public var keyResultScore: Double?
  public var relation: SimilarityRelation
  /// Concepts and words both objectives use, the weightiest first (at most four).
  public var sharedTerms: [String]
  /// Scope terms (places, platforms, numbers) that only one of the two titles has.
  public var scopeDifference: [String]
}

/// The text features of every objective and key result of a graph, and an inverted index
/// over the objectives, built once and then asked for neighbours, pair scores and partners.
///
/// An objective is compared with another by its title (cosine of the word vectors and of
/// the character n-gram vectors, combined), by its key results (the mean, over the key
/// results of each side, of the best match on the other side, averaged both ways), and by
/// the whole of its text; see `SimilarityWeights`. Neighbours are found through the inverted
/// index, never by comparing all pairs.
public struct SimilarityIndex: Sendable {
  /// The graph the index was built from.
  public let graph: SupportGraph
  /// The settings it was built with.
  public let options: SimilarityOptions
  let features: TextFeatures
  /// The whole text of each objective (title and key results, no numbers), unit length.
  let objectives: SparseRows
  let index: InvertedIndex
  /// Copies of the word, n-gram and whole-text rows for the pair scores.
  let frozenWords: FrozenRows
  let frozenGrams: FrozenRows
  let frozenObjectives: FrozenRows
  /// `keyResultStarts[o] ..< keyResultStarts[o + 1]` are the key result nodes of objective o.
  let keyResultStarts: [Int]
  /// The rank of each objective's level, or -1 when its unit is unknown.
  let ranks: [Int]
  /// Objectives whose title joins themes that stand apart, with their clauses.
  let bundles: [Int: [Clause]]

  /// A clause of a bundled title and its word features.
  struct Clause: Sendable {
    var text: String
    var vector: SparseVector
  }

  /// Builds the features of all titles and key results and indexes the objectives.
  ///
  /// - Complexity: O(c log c) for the c words of all texts (see `TextFeatures`), divided
  ///   among the cores.
  public init(graph: SupportGraph, options: SimilarityOptions = SimilarityOptions()) {
    self.graph = graph
    self.options = options
    let nodeCount = graph.nodeCount
    let objectiveCount = graph.objectiveCount
    var texts: [String] = []
    texts.reserveCapacity(nodeCount)
    for node in 0..<nodeCount {
      if graph.isObjective(node) {
        texts.append(graph.objective(node).title)
      } else {
        let keyResult = graph.keyResult(node)
        texts.append(keyResult.title + (keyResult.metric?.name.map { " " + $0 } ?? ""))
      }
    }
    let features = TextFeatures(
      texts: texts, withGrams: (0..<nodeCount).map { $0 < objectiveCount },
      fallback: (0..<nodeCount).map { $0 < objectiveCount ? -1 : graph.owner(of: $0) },
      concepts: options.concepts)
    let objectives = Self.wholeVectors(
      graph: graph, words: features.words, kinds: features.lexicon.kinds,
      weights: options.weights)
    self.features = features
    self.objectives = objectives
    self.index = InvertedIndex(
      objectives, featureCount: features.lexicon.featureCount,
      commonLimit: options.commonFeatureLimit, budget: options.searchBudget,
      prefixBound: Float(options.candidateCosine))
    self.ranks = (0..<objectiveCount).map { graph.level(of: $0)?.rank ?? -1 }
    self.frozenWords = FrozenRows(features.words)
    self.frozenGrams = FrozenRows(features.grams)
    self.frozenObjectives = FrozenRows(objectives)
    self.keyResultStarts =
      (0..<objectiveCount).map { graph.keyResults(of: $0).lowerBound } + [nodeCount]
    self.bundles = Self.bundledTitles(
      graph: graph, features: features, weights: options.weights)
  }

  /// Each objective's title and key results as one vector of what they are about: the
  /// title's word vector plus the key results' (scaled so that they weigh about as much as
  /// the title together), numbers left out (they are compared in titles and key results).
  private static func wholeVectors(
    graph: SupportGraph, words: SparseRows, kinds: [FeatureKind],
    weights settings: SimilarityWeights
  ) -> SparseRows {
    let blocks = Parallel.map(graph.objectiveCount, minimumSize: 1024) { range -> SparseRows in
      var rows = SparseRows()
      var entries: [(feature: Int32, weight: Float)] = []
      var features: [Int32] = []
      var weights: [Float] = []
      for objective in range {
        entries.removeAll(keepingCapacity: true)
        for k in words.range(objective) where kinds[Int(words.features[k])] != .number {
          entries.append((words.features[k], words.weights[k]))
        }
        let keyResults = graph.keyResults(of: objective)
        let scale =
          settings.keyResultsInWhole / Float(max(1, keyResults.count)).squareRoot()
        for keyResult in keyResults {
          for k in words.range(keyResult) where kinds[Int(words.features[k])] != .number {
            entries.append((words.features[k], words.weights[k] * scale))
          }
        }
        entries.sort { $0.feature < $1.feature }
        features.removeAll(keepingCapacity: true)
        weights.removeAll(keepingCapacity: true)
        for entry in entries {
          if features.last == entry.feature {
            weights[weights.count - 1] += entry.weight
          } else {
            features.append(entry.feature)
            weights.append(entry.weight)
          }
        }
        rows.append(features: features, weights: weights)
      }
      return rows
    }
    var rows = SparseRows.joined(blocks)
    rows.normalize()
    return rows
  }

  /// The objectives whose titles join clauses that each have a verb or a number of their
  /// own and share next to nothing.
  private static func bundledTitles(
    graph: SupportGraph, features: TextFeatures, weights: SimilarityWeights
  ) -> [Int: [Clause]] {
    let lexicon = features.lexicon
    let blocks = Parallel.map(graph.objectiveCount, minimumSize: 1024) {
      range -> [(Int, [Clause])] in
      var found: [(Int, [Clause])] = []
      for objective in range {
        let title = graph.objective(objective).title
        let texts = Clauses.split(title)
        guard texts.count >= 2 else { continue }
        let clauses = texts.map {
          Clause(
            text: $0, vector: lexicon.wordVector(of: $0, language: features.languages[objective]))
        }
        let standsAlone = clauses.allSatisfy { clause in
          clause.vector.features.contains { feature in
            let kind = lexicon.kinds[Int(feature)]
            return kind == .action || kind == .number
          }
        }
        guard standsAlone else { continue }
        var apart = true
        for i in clauses.indices {
          for j in clauses.indices
          where j > i && clauses[i].vector.dot(clauses[j].vector) >= weights.clausesApart {
            apart = false
          }
        }
        if apart { found.append((objective, clauses)) }
      }
      return found
    }
    return Dictionary(uniqueKeysWithValues: blocks.joined())
  }

  // MARK: Scores

  /// The parts of a pair's score.
  struct PairScore {
    var score: Float
    var title: Float
    var keyResults: Float?
  }

  /// The score of two objectives, or `nil` when it is below `minimum`.
  ///
  /// - Complexity: O(t + w + k² × r), for titles of t features, whole texts of w, and k key
  ///   results of r features on each side.
  func pairScore(_ a: Int, _ b: Int, atLeast minimum: Float = 0) -> PairScore? {
    let weights = options.weights
    let words = frozenWords
    let titleWords = words.dot(a, words, b)
    let whole = frozenObjectives.dot(a, frozenObjectives, b)
    let left = keyResultStarts[a]..<keyResultStarts[a + 1]
    let right = keyResultStarts[b]..<keyResultStarts[b + 1]
    var keyResults: Float?
    if !left.isEmpty && !right.isEmpty {
      keyResults = withUnsafeTemporaryAllocation(of: Float.self, capacity: right.count) {
        bestRight -> Float in
        bestRight.initialize(repeating: 0)
        var sumLeft: Float = 0
        for i in left {
          var best: Float = 0
          for (offset, j) in right.enumerated() {
            let similarity = words.dot(i, words, j)
            best = max(best, similarity)
            bestRight[offset] = max(bestRight[offset], similarity)
          }
          sumLeft += best
        }
        return (sumLeft / Float(left.count) + bestRight.reduce(0, +) / Float(right.count)) / 2
      }
    }
    func combined(_ title: Float) -> Float {
      guard let keyResults else {
        return weights.titleWithoutKeyResults * title
          + (1 - weights.titleWithoutKeyResults) * whole
      }
      return weights.title * title + weights.keyResults * keyResults
        + (1 - weights.title - weights.keyResults) * whole
    }
    // N-grams may raise the title score (inflections, compounds), never lower it; they are
    // compared only when they could lift the pair to the minimum.
    let highest = max(titleWords, weights.titleWords * titleWords + 1 - weights.titleWords)
    guard combined(highest) >= minimum else { return nil }
    let titleGrams = frozenGrams.dot(a, frozenGrams, b)
    let title = max(
      titleWords, weights.titleWords * titleWords + (1 - weights.titleWords) * titleGrams)
    let score = combined(title)
    guard score >= minimum else { return nil }
    return PairScore(score: score, title: title, keyResults: keyResults)
  }

  /// Compares two objectives: their score, how they relate, and what they share.
  ///
  /// - Parameters:
  ///   - a: An objective node.
  ///   - b: Another objective node.
  /// - Complexity: O(t + w + k² × r), as `pairScore`.
  public func compare(_ a: Int, _ b: Int) -> SimilarityMatch {
    precondition(graph.isObjective(a) && graph.isObjective(b), "compare objectives only")
    return match(a, b, pairScore(a, b)!)
  }

  /// The match of two objectives whose score is known.
  func match(_ a: Int, _ b: Int, _ parts: PairScore) -> SimilarityMatch {
    let score = Double(parts.score)
    let scopeDifference = self.scopeDifference(a, b)
    let relation: SimilarityRelation
    if score >= options.overlapThreshold && isBundle(a, b) {
      relation = .bundle
    } else if !scopeDifference.isEmpty {
      relation = score >= options.overlapThreshold ? .overlap : .similar
    } else if score >= options.duplicateThreshold && isSubstantial(a, b, score: score) {
      relation = .duplicate
    } else {
      relation = .similar
    }
    return SimilarityMatch(
      objective: b, score: score, titleScore: Double(parts.title),
      keyResultScore: parts.keyResults.map(Double.init), relation: relation,
      sharedTerms: sharedTerms(objectives, a, objectives, b), scopeDifference: scopeDifference)
  }

  /// The labels of the features two rows share, the weightiest first, numbers left out.
  func sharedTerms(_ left: SparseRows, _ i: Int, _ right: SparseRows, _ j: Int, limit: Int = 4)
    -> [String]
  {
    let lexicon = features.lexicon
    var labels: [String] = []
    let shared = left.shared(i, right, j).filter { lexicon.kinds[Int($0.feature)] != .number }
    for entry in shared.sorted(by: { $0.weight > $1.weight }) {
      let label = lexicon.labels[Int(entry.feature)]
      if !labels.contains(label) { labels.append(label) }
      if labels.count == limit { break }
    }
    return labels
  }

  /// How many features the whole texts of two objectives share, numbers left out: all of
  /// them, and the topics alone (without actions: two texts that only "reduce" the same
  /// "cost" may reduce the cost of anything).
  func sharedFeatureCounts(_ a: Int, _ b: Int) -> (all: Int, topics: Int) {
    let kinds = features.lexicon.kinds
    let left = objectives.features[objectives.range(a)]
    let right = objectives.features[objectives.range(b)]
    var all = 0
    var topics = 0
    var x = left.startIndex
    var y = right.startIndex
    while x < left.endIndex && y < right.endIndex {
      if left[x] == right[y] {
        all += 1
        if kinds[Int(left[x])] != .action { topics += 1 }
        x += 1
        y += 1
      } else if left[x] < right[y] {
        x += 1
      } else {
        y += 1
      }
    }
    return (all, topics)
  }

  /// Whether what two objectives share is enough to call them duplicates: two topics, or one
  /// topic and what is done to it in texts that are nearly the same.
  func isSubstantial(_ a: Int, _ b: Int, score: Double) -> Bool {
    let shared = sharedFeatureCounts(a, b)
    if shared.topics >= 2 { return true }
    return shared.topics == 1 && shared.all >= 2
      && score >= Double(options.weights.nearlyTheSame)
  }

  /// The scope terms of the two titles that only one of them has: scope concepts (places,
  /// platforms), and numbers when both titles have numbers and they differ (a title that
  /// names no number says nothing about it).
  func scopeDifference(_ a: Int, _ b: Int) -> [String] {
    let scopes = features.scopes
    let left = scopes.features[scopes.range(a)]
    let right = scopes.features[scopes.range(b)]
    if left.elementsEqual(right) { return [] }
    let kinds = features.lexicon.kinds
    let isNumber = { (feature: Int32) in kinds[Int(feature)] == .number }
    let numbersCount = left.contains(where: isNumber) && right.contains(where: isNumber)
    var different: [Int32] = []
    var x = left.startIndex
    var y = right.startIndex
    while x < left.endIndex || y < right.endIndex {
      if y == right.endIndex || (x < left.endIndex && left[x] < right[y]) {
        different.append(left[x])
        x += 1
      } else if x == left.endIndex || right[y] < left[x] {
        different.append(right[y])
        y += 1
      } else {
        x += 1
        y += 1
      }
    }
    return different.filter { numbersCount || !isNumber($0) }.map {
      features.lexicon.labels[Int($0)]
    }
  }

  /// Whether one of the two titles is a bundle and the other says what one of its clauses
  /// says.
  func isBundle(_ a: Int, _ b: Int) -> Bool {
    let weights = options.weights
    guard (bundles[a] == nil) != (bundles[b] == nil) else { return false }
    let (clauses, other) = bundles[a].map { ($0, b) } ?? (bundles[b]!, a)
    let similarities = clauses.map { $0.vector.dot(features.words, other) }.sorted(by: >)
    return similarities[0] >= weights.clauseMatch
      && similarities[1] < similarities[0] / 2
  }

  // MARK: Neighbours

  /// The objectives most similar to one objective, best first.
  ///
  /// - Parameters:
  ///   - objective: An objective node.
  ///   - top: How many to return at most (the options' `neighbourCount` when `nil`).
  ///   - minimumScore: The lowest score to return (0 when `nil`).
  ///   - accept: Which objectives may be returned (all when `nil`).
  /// - Complexity: O(Σ min(p, L)) for the postings p of the objective's features, L the
  ///   common-feature limit, plus the exact scores of a few candidates; independent of the
  ///   number of objectives that share nothing with this one.
  public func neighbours(
    of objective: Int, top: Int? = nil, minimumScore: Double? = nil,
    where accept: ((Int) -> Bool)? = nil
  ) -> [SimilarityMatch] {
    var scratch = InvertedIndex.Scratch(rows: graph.objectiveCount)
    return neighbours(
      of: objective, top: top ?? options.neighbourCount, minimumScore: minimumScore ?? 0,
      accept: accept ?? { _ in true }, scratch: &scratch)
  }

  /// The neighbours of every objective, computed in parallel; element `o` holds those of
  /// objective node `o`.
  ///
  /// - Complexity: n times the cost of `neighbours(of:)` for n objectives, divided among the
  ///   cores.
  public func allNeighbours(top: Int? = nil, minimumScore: Double? = nil) -> [[SimilarityMatch]] {
    let count = graph.objectiveCount
    let top = top ?? options.neighbourCount
    let minimumScore = minimumScore ?? 0
    return Parallel.map(count, minimumSize: 256) { range -> [[SimilarityMatch]] in
      var scratch = InvertedIndex.Scratch(rows: count)
      return range.map {
        neighbours(
          of: $0, top: top, minimumScore: minimumScore, accept: { _ in true }, scratch: &scratch)
      }
    }.flatMap { $0 }
  }

  func neighbours(
    of objective: Int, top: Int, minimumScore: Double, accept: (Int) -> Bool,
    scratch: inout InvertedIndex.Scratch
  ) -> [SimilarityMatch] {
    let range = objectives.range(objective)
    let candidates = index.search(
      features: objectives.features[range], weights: objectives.weights[range],
      scratch: &scratch, limit: max(top + 2, options.weights.minimumCandidates),
      accept: { $0 != objective && accept($0) })
    // A candidate whose whole text shares too little with this one cannot reach the minimum:
    // skip it before the exact score.
    let least = Float(minimumScore) * options.weights.leastSharedWhole
    var scored = candidates.compactMap { candidate -> (row: Int, parts: PairScore)? in
      guard candidate.score >= least else { return nil }
      return pairScore(objective, candidate.row, atLeast: Float(minimumScore)).map {
        (candidate.row, $0)
      }
    }
    scored.sort {
      $0.parts.score > $1.parts.score || ($0.parts.score == $1.parts.score && $0.row < $1.row)
    }
    return scored.prefix(top).map { match(objective, $0.row, $0.parts) }
  }
}

/// The weights that combine the parts of a pair's score, calibrated on the labelled pairs.
struct SimilarityWeights: Hashable, Sendable {
  /// The share of word cosine (against n-gram cosine) in the title score.
  var titleWords: Float = 0.65
  /// The shares of the title and key-result scores when both objectives have key results;
  /// the whole texts' cosine takes the rest.
  var title: Float = 0.5
  var keyResults: Float = 0.25
  /// The share of the title score when one side has no key results.
  var titleWithoutKeyResults: Float = 0.75
  /// How much the key results together weigh against the title in an objective's whole text.
  var keyResultsInWhole: Float = 0.8
  /// Texts that score this much are nearly the same: one shared topic is enough for them
  /// to be duplicates.
  var nearlyTheSame: Float = 0.7
  /// Clauses of a title whose word vectors agree less than this stand apart.
  var clausesApart: Float = 0.35
  /// A title that agrees this much with one clause of a bundle says what the clause says.
  var clauseMatch: Float = 0.3
  /// Key results whose word vectors agree this much belong to one group.
  var keyResultsLinked: Float = 0.1
  /// A candidate whose whole text agrees less than this share of the minimum score with the
  /// searched one is not scored: title and key results are part of the whole text, so such a
  /// pair does not reach the minimum.
  var leastSharedWhole: Float = 0.2
  /// Candidates scored exactly per neighbour search, at least.
  var minimumCandidates = 6
}
