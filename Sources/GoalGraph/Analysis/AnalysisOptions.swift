/// The limits the analyses check against, all configurable from the command line.
public struct AnalysisOptions: Sendable {
  /// More objectives than this in one unit is `too-many`.
  public var maximumObjectivesPerUnit: Int
  /// More key results than this in one objective is `too-many`.
  public var maximumKeyResultsPerObjective: Int

  public init(maximumObjectivesPerUnit: Int = 5, maximumKeyResultsPerObjective: Int = 5) {
    self.maximumObjectivesPerUnit = maximumObjectivesPerUnit
    self.maximumKeyResultsPerObjective = maximumKeyResultsPerObjective
  }
}
