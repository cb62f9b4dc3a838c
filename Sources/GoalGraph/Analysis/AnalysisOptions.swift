/// The limits the analyses check against, all configurable from the command line.
public struct AnalysisOptions: Sendable {
  /// More objectives than this in one unit is `too-many`.
  public var maximumObjectivesPerUnit: Int
  /// More key results than this in one objective is `too-many`.
  public var maximumKeyResultsPerObjective: Int
  /// The text-similarity findings and partner suggestions: on by default.
  public var similarity: SimilarityOptions

  public init(
    maximumObjectivesPerUnit: Int = 5, maximumKeyResultsPerObjective: Int = 5,
    similarity: SimilarityOptions = SimilarityOptions()
  ) {
    self.maximumObjectivesPerUnit = maximumObjectivesPerUnit
    self.maximumKeyResultsPerObjective = maximumKeyResultsPerObjective
    self.similarity = similarity
  }
}
