/// Everything `check` reports about a graph: the counts, the findings, the support of each
/// top-level goal, and the coverage of levels and units.
public struct AnalysisResult: Sendable {
  public var summary: GraphSummary
  /// Every finding, ordered by the session's questions, then code, then place in the input.
  public var findings: [Finding]
  public var goalSupport: [GoalSupport]
  public var coverage: Coverage
}

extension SupportGraph {
  /// Runs every structural analysis once, and the text-similarity analyses unless
  /// `options.similarity` turns them off.
  ///
  /// - Complexity: O(n + e), plus the support count of each top-level goal (see
  ///   `goalSupport()`), plus the similarity analyses (see `similarityFindings(index:)`).
  public func analyse(_ options: AnalysisOptions = AnalysisOptions()) -> AnalysisResult {
    let reachesTop = objectivesReachingTopLevel()
    var findings = buildFindings
    findings += cycles()
    findings += islands()
    findings += detachedGroups(reachesTop: reachesTop)
    findings += deprioritizeCandidates(reachesTop: reachesTop)
    findings += unsupportedGoals()
    findings += requestedOnlySupport()
    findings += levelInversions()
    findings += overCapacity()
    findings += tooMany(options)
    findings += unmeasurableKeyResults()
    if options.similarity.isEnabled && objectiveCount > 1 {
      let index = SimilarityIndex(graph: self, options: options.similarity)
      findings = addingPartnerSuggestions(to: findings, index: index)
      findings += similarityFindings(index: index)
    }
    return AnalysisResult(
      summary: summary(), findings: Self.ordered(findings), goalSupport: goalSupport(),
      coverage: coverage(reachesTop: reachesTop))
  }

  /// Findings in report order: by the session's question, then code, then input position.
  public static func ordered(_ findings: [Finding]) -> [Finding] {
    let questions = SessionQuestion.allCases
    return findings.enumerated().sorted { left, right in
      let a = left.element
      let b = right.element
      let qa = questions.firstIndex(of: a.code.question)!
      let qb = questions.firstIndex(of: b.code.question)!
      if qa != qb { return qa < qb }
      if a.code != b.code { return a.code < b.code }
      return left.offset < right.offset
    }.map(\.element)
  }
}

extension Array where Element == Finding {
  /// The findings whose code is in `only` (when given) and not in `ignored`.
  public func filtered(only: Set<FindingCode>?, ignoring ignored: Set<FindingCode>) -> [Finding] {
    filter { (only?.contains($0.code) ?? true) && !ignored.contains($0.code) }
  }

  /// The most severe severity among the findings.
  public var highestSeverity: Severity? { map(\.severity).max() }
}

extension SupportGraph {
  /// The findings that concern a unit: those naming the unit, or one of its objectives or key
  /// results.
  ///
  /// - Complexity: O(f × i) for f findings of i ids each.
  public func findings(_ findings: [Finding], concerningUnit unit: Int) -> [Finding] {
    let unitID = units[unit].id
    return findings.filter { finding in
      finding.ids.contains { id in
        id == unitID || node(id: id).map { self.unit(of: $0) == unit } ?? false
      }
    }
  }
}
