/// How an objective that bundles themes could be split, and which key results go where.
public struct SplitProposal: Hashable, Sendable {
  /// One of the objectives the bundle would become.
  public struct Part: Hashable, Sendable {
    /// The clause of the title the part stands for, when the title names the themes.
    public var title: String?
    /// The key result nodes that belong to the part.
    public var keyResults: [Int]
    /// The terms that hold the part's key results together, when the title does not name
    /// the part.
    public var sharedTerms: [String]
  }

  /// The objective node.
  public var objective: Int
  /// The parts, in the order of the title's clauses (or of the first key result of each).
  public var parts: [Part]
  /// Key result nodes that fit no part better than another.
  public var unassigned: [Int]
}

extension SimilarityIndex {
  /// How an objective could be split, or `nil` when it does not bundle themes.
  ///
  /// An objective bundles themes when its title joins clauses with a conjunction (and, &,
  /// plus, as well as, und, sowie, als auch, or ';') that each have a verb or a number of
  /// their own and share next to nothing, and each clause is the best match of at least one
  /// key result (when it has two or more); or when it has four or more key results that form
  /// exactly two groups, each of two or more, that share no word.
  ///
  /// - Complexity: O(k² × r) for k key results of r features.
  public func splitProposal(for objective: Int) -> SplitProposal? {
    let words = features.words
    let keyResults = Array(graph.keyResults(of: objective))
    if let clauses = bundles[objective] {
      var parts = clauses.map {
        SplitProposal.Part(title: $0.text, keyResults: [], sharedTerms: [])
      }
      var unassigned: [Int] = []
      for keyResult in keyResults {
        let similarities = clauses.map { $0.vector.dot(words, keyResult) }
        let best = similarities.max()!
        let winners = similarities.indices.filter { similarities[$0] == best }
        if best > 0, winners.count == 1 {
          parts[winners[0]].keyResults.append(keyResult)
        } else {
          unassigned.append(keyResult)
        }
      }
      if keyResults.count < 2 || parts.allSatisfy({ !$0.keyResults.isEmpty }) {
        return SplitProposal(objective: objective, parts: parts, unassigned: unassigned)
      }
    }
    return keyResultGroups(of: objective, keyResults)
  }

  /// The split proposals of every objective that bundles themes, in node order.
  ///
  /// - Complexity: O(n × k² × r), divided among the cores.
  public func splitProposals() -> [SplitProposal] {
    Parallel.map(graph.objectiveCount, minimumSize: 1024) { range in
      range.compactMap { splitProposal(for: $0) }
    }.flatMap { $0 }
  }

  /// Two groups of key results that share nothing, each of two or more.
  private func keyResultGroups(of objective: Int, _ keyResults: [Int]) -> SplitProposal? {
    guard keyResults.count >= 4 else { return nil }
    let words = features.words
    var group = Array(keyResults.indices)
    func root(_ i: Int) -> Int {
      var i = i
      while group[i] != i { i = group[i] }
      return i
    }
    for i in keyResults.indices {
      for j in keyResults.indices where j > i {
        if words.dot(keyResults[i], words, keyResults[j]) >= options.weights.keyResultsLinked {
          group[root(j)] = root(i)
        }
      }
    }
    var members: [Int: [Int]] = [:]
    var order: [Int] = []
    for i in keyResults.indices {
      let r = root(i)
      if members[r] == nil { order.append(r) }
      members[r, default: []].append(keyResults[i])
    }
    guard order.count == 2, order.allSatisfy({ members[$0]!.count >= 2 }) else { return nil }
    let parts = order.map { r -> SplitProposal.Part in
      let nodes = members[r]!
      var terms: [String] = []
      for (i, a) in nodes.enumerated() {
        for b in nodes[(i + 1)...] {
          for term in sharedTerms(words, a, words, b) where !terms.contains(term) {
            terms.append(term)
          }
        }
      }
      return SplitProposal.Part(title: nil, keyResults: nodes, sharedTerms: Array(terms.prefix(3)))
    }
    return SplitProposal(objective: objective, parts: parts, unassigned: [])
  }
}
