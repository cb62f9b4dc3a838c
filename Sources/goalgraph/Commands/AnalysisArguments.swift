import GoalGraph

/// The options of every command that analyses: the limits of `too-many` and the text
/// similarity's thresholds and concepts.
let analysisOptionSpecs: [OptionSpec] = [
  .value("max-objectives", "N", "A unit with more objectives than this is too-many (5)."),
  .value(
    "max-key-results", "N", "An objective with more key results than this is too-many (5)."),
  .flag("no-similarity", "Skip the text similarity: no duplicates, overlaps, splits, partners."),
  .value(
    "concepts", "FILE",
    "Add the concepts of FILE to the built-in table: one per line, "
      + "'[scope|action] name: term, term, ...'."),
  .value(
    "duplicate-threshold", "SCORE",
    "Objectives scoring at least this are duplicates, from 0 to 1 (0.37)."),
  .value(
    "overlap-threshold", "SCORE",
    "Objectives in different scopes scoring at least this overlap (0.45)."),
  .value(
    "suggestion-threshold", "SCORE",
    "Suggest partners for islands and goals scoring at least this (0.2)."),
]

/// The analysis options a command line asks for.
func analysisOptions(_ parsed: ParsedArguments) throws(UsageError) -> AnalysisOptions {
  var options = AnalysisOptions()
  options.maximumObjectivesPerUnit =
    try positiveInteger(parsed, "max-objectives") ?? options.maximumObjectivesPerUnit
  options.maximumKeyResultsPerObjective =
    try positiveInteger(parsed, "max-key-results") ?? options.maximumKeyResultsPerObjective
  options.similarity.isEnabled = !parsed.has("no-similarity")
  if let path = parsed.value("concepts") { options.similarity.concepts = try conceptTable(path) }
  options.similarity.duplicateThreshold =
    try score(parsed, "duplicate-threshold") ?? options.similarity.duplicateThreshold
  options.similarity.overlapThreshold =
    try score(parsed, "overlap-threshold") ?? options.similarity.overlapThreshold
  options.similarity.suggestionThreshold =
    try score(parsed, "suggestion-threshold") ?? options.similarity.suggestionThreshold
  return options
}
