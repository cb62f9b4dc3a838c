/// The settings of the text-similarity analyses: thresholds, neighbour counts, the concept
/// table.
///
/// The default thresholds were calibrated on the 222 labelled OKR pairs in the tests
/// (`Tests/GoalGraphTests/Fixtures/similarity-pairs.tsv`). The F1 of `duplicate` there is flat
/// from 0.34 to 0.40 (precision 0.96, recall 0.89, F1 0.93) and falls above; the default
/// duplicate threshold sits inside that range, 0.37. The overlap threshold finds 32 of the 33
/// overlapping pairs with one false alarm. At the suggestion threshold, 0.2, the islands and
/// the unsupported goal of the sample organisation get their true partners (scores 0.22 to
/// 0.50).
public struct SimilarityOptions: Hashable, Sendable {
  /// Whether `analyse()` runs the similarity findings and partner suggestions at all.
  public var isEnabled: Bool
  /// Two objectives with the same scope that score at least this are `duplicate`s.
  public var duplicateThreshold: Double
  /// Two objectives that differ in scope and score at least this (leaving the scope out)
  /// `overlap`; pairs that bundle one another are judged from this score on as well.
  public var overlapThreshold: Double
  /// An island or unsupported goal is offered a partner that scores at least this.
  public var suggestionThreshold: Double
  /// How many neighbours each objective keeps: bounds the work and the pairs reported.
  public var neighbourCount: Int
  /// How many partners an unsupported goal or key result is offered at most.
  public var suggestionCount: Int
  /// The concept table; `ConceptTable.standard.extended(with:)` adds a user's concepts.
  public var concepts: ConceptTable
  /// Features shared by more objectives than this are skipped when looking for candidates
  /// (they still count in the exact score of the candidates found). This keeps the search
  /// linear in the number of objectives.
  public var commonFeatureLimit: Int
  /// Pairs whose whole texts (title and key results) have a cosine of at least this always
  /// share an indexed feature, and so become candidates: each objective leaves its most
  /// common features out of the index as long as their weight stays below this (prefix
  /// filtering). Higher is faster; pairs below it are found only through rarer features.
  public var candidateCosine: Double
  /// The most index entries one neighbour search visits: the searched objective's features
  /// are taken from the rarest, and those that would go beyond this (its commonest) are
  /// skipped. This bounds the work per objective, so the whole search stays linear.
  public var searchBudget: Int
  /// How the parts of a pair's score are combined.
  var weights = SimilarityWeights()

  public init(
    isEnabled: Bool = true, duplicateThreshold: Double = 0.37, overlapThreshold: Double = 0.45,
    suggestionThreshold: Double = 0.2, neighbourCount: Int = 5, suggestionCount: Int = 2,
    concepts: ConceptTable = .standard, commonFeatureLimit: Int = 2000,
    candidateCosine: Double = 0.2, searchBudget: Int = 2000
  ) {
    self.isEnabled = isEnabled
    self.duplicateThreshold = duplicateThreshold
    self.overlapThreshold = overlapThreshold
    self.suggestionThreshold = suggestionThreshold
    self.neighbourCount = neighbourCount
    self.suggestionCount = suggestionCount
    self.concepts = concepts
    self.commonFeatureLimit = commonFeatureLimit
    self.candidateCosine = candidateCosine
    self.searchBudget = searchBudget
  }
}
