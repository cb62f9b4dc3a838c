extension SupportGraph {
  /// The text-similarity findings: `duplicate`, `overlap` and `splittable`.
  ///
  /// Builds a `SimilarityIndex` first; use `similarityFindings(index:)` when one exists.
  ///
  /// - Complexity: See `similarityFindings(index:)`.
  public func similarityFindings(_ options: SimilarityOptions = SimilarityOptions()) -> [Finding] {
    similarityFindings(index: SimilarityIndex(graph: self, options: options))
  }

  /// The text-similarity findings of an index's graph.
  ///
  /// - `duplicate`: clusters of objectives whose pairs say nearly the same thing in the same
  ///   scope, one finding per cluster;
  /// - `overlap`: pairs with the same intent in a different scope;
  /// - `splittable`: objectives that bundle themes (see `SimilarityIndex.splitProposal(for:)`).
  ///
  /// Pairs joined by a link, or where one supports the other directly or through one
  /// objective between them, are cascades rather than duplicates and are left out.
  ///
  /// - Complexity: n times the cost of `SimilarityIndex.neighbours(of:)` for n objectives,
  ///   divided among the cores, plus O(p log p) for the p pairs found.
  public func similarityFindings(index: SimilarityIndex) -> [Finding] {
    let options = index.options
    let neighbours = index.allNeighbours(
      minimumScore: min(options.duplicateThreshold, options.overlapThreshold))

    var duplicatePairs: [(Int, Int, SimilarityMatch)] = []
    var overlapPairs: [(Int, Int, SimilarityMatch)] = []
    for (a, matches) in neighbours.enumerated() {
      for match in matches {
        let b = match.objective
        // Each pair once: from its lower node, or from the higher when the lower missed it.
        if b < a && neighbours[b].contains(where: { $0.objective == a }) { continue }
        guard !areLinked(a, b) else { continue }
        switch match.relation {
        case .duplicate: duplicatePairs.append((min(a, b), max(a, b), match))
        case .overlap: overlapPairs.append((min(a, b), max(a, b), match))
        case .bundle, .similar: break
        }
      }
    }

    var findings = duplicateClusters(duplicatePairs)
    let overlaps = overlapPairs.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) })
    findings += Parallel.map(overlaps.count, minimumSize: 1024) { range in
      range.map { k -> Finding in
        let (a, b, match) = overlaps[k]
        let scope = match.scopeDifference.joined(separator: ", ")
        let units = [unitName(of: a), unitName(of: b)]
        return Finding(
          code: .overlap, ids: [id(of: a), id(of: b)],
          message: "\(describe(a)) (\(units[0])) and \(describe(b)) (\(units[1])) pursue the "
            + "same intent in a different scope (\(scope); score \(formatScore(match.score)))",
          suggestion: units[0] == units[1]
            ? "check whether one objective could cover both scopes"
            : "worth a talk between \(units[0]) and \(units[1]): share what works, or align "
              + "both to one goal",
          location: location(of: a))
      }
    }.flatMap { $0 }
    for proposal in index.splitProposals() {
      findings.append(splittableFinding(proposal))
    }
    return findings
  }

  /// Whether two objectives are connected by a link or alignment, or one supports the other
  /// through one objective between them.
  func areLinked(_ a: Int, _ b: Int) -> Bool {
    if objectiveNeighbours(of: a).contains(b) { return true }
    for (low, high) in [(a, b), (b, a)] {
      for middle in objectivesSupported(by: low)
      where objectivesSupported(by: middle).contains(high) {
        return true
      }
    }
    return false
  }

  private func duplicateClusters(_ pairs: [(Int, Int, SimilarityMatch)]) -> [Finding] {
    var parent: [Int: Int] = [:]
    func root(_ node: Int) -> Int {
      var node = node
      while let next = parent[node], next != node { node = next }
      return node
    }
    for (a, b, _) in pairs {
      if parent[a] == nil { parent[a] = a }
      if parent[b] == nil { parent[b] = b }
      let (ra, rb) = (root(a), root(b))
      if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
    var clusters: [Int: (members: Set<Int>, matches: [SimilarityMatch])] = [:]
    for (a, b, match) in pairs {
      let r = root(a)
      clusters[r, default: ([], [])].members.formUnion([a, b])
      clusters[r, default: ([], [])].matches.append(match)
    }
    return clusters.keys.sorted().map { key -> Finding in
      let (members, matches) = clusters[key]!
      let nodes = members.sorted()
      let scores = matches.map(\.score)
      var terms: [String] = []
      for match in matches.sorted(by: { $0.score > $1.score }) {
        for term in match.sharedTerms where !terms.contains(term) { terms.append(term) }
      }
      let range =
        scores.count == 1
        ? "score \(formatScore(scores[0]))"
        : "scores \(formatScore(scores.min()!)) to \(formatScore(scores.max()!))"
      let named = nodes.map { "\(describe($0)) (\(unitName(of: $0)))" }
      let subject =
        nodes.count == 2
        ? "\(named[0]) and \(named[1])"
        : "\(nodes.count) objectives, "
          + Self.list(named, limit: 4) + ","
      let levels = Set(nodes.compactMap { level(of: $0) })
      let suggestion =
        levels.count > 1
        ? "make the lower-level objective contribute to the higher one instead of repeating it"
        : "combine them into one objective owned by one unit, or have one contribute to the "
          + "other"
      return Finding(
        code: .duplicate, ids: nodes.map { id(of: $0) },
        message: "\(subject) say nearly the same thing (\(range); shared terms "
          + "\(terms.prefix(5).joined(separator: ", ")))",
        suggestion: suggestion, location: location(of: nodes[0]))
    }
  }

  private func splittableFinding(_ proposal: SplitProposal) -> Finding {
    let objective = proposal.objective
    func ids(_ nodes: [Int]) -> String { nodes.map { id(of: $0) }.joined(separator: ", ") }
    let parts = proposal.parts.map { part -> String in
      if let title = part.title {
        return part.keyResults.isEmpty
          ? "\"\(title)\"" : "\"\(title)\" with \(ids(part.keyResults))"
      }
      let terms = part.sharedTerms.isEmpty ? "" : " (\(part.sharedTerms.joined(separator: ", ")))"
      return "one with \(ids(part.keyResults))\(terms)"
    }
    let message: String
    if proposal.parts.allSatisfy({ $0.title != nil }) {
      message = "\(describe(objective)) joins \(proposal.parts.count) themes that share nothing"
    } else {
      message =
        "the key results of \(describe(objective)) form \(proposal.parts.count) groups "
        + "that share nothing"
    }
    var suggestion = "split it into " + parts.joined(separator: " and ")
    if !proposal.unassigned.isEmpty {
      suggestion +=
        "; \(ids(proposal.unassigned)) fit\(proposal.unassigned.count == 1 ? "s" : "") either"
    }
    return Finding(
      code: .splittable,
      ids: [id(of: objective)]
        + proposal.parts.flatMap(\.keyResults).map {
          id(of: $0)
        }, message: message, suggestion: suggestion, location: location(of: objective))
  }
}
