import GoalGraph
import GoalGraphRender

/// Where the stages that depend on library APIs still being built plug in. Each is one
/// assignment; the stage table and the recall check pick them up without other changes.
enum Hooks {
  /// The options of the structural analyses alone, which the `analyse` stage times: the
  /// similarity analyses, which `analyse()` also runs by default, are timed apart.
  static let structuralOptions = AnalysisOptions(similarity: SimilarityOptions(isEnabled: false))

  /// The text-similarity analysis: `duplicate`, `overlap` and `splittable` findings.
  ///
  /// When nil, the `similarity` stage is absent and the recall of those codes is reported as
  /// "not analysed yet".
  static let similarity: (@Sendable (SupportGraph) -> [Finding])? = { graph in
    graph.similarityFindings(SimilarityOptions())
  }

  /// The in-process renderer: DOT text to SVG bytes through Graphviz's C API.
  ///
  /// When nil, the `render-in-process` stage is absent and the rendering comparison shows
  /// only the `dot` program.
  static let renderInProcess: (@Sendable (String) throws -> [UInt8])? = { dot in
    try Graphviz.render(dot: dot, engine: "dot", format: "svg")
  }

  /// The DOT text that both renderers draw: GoalGraphRender's goal chart of the 500
  /// objectives nearest the top-level goals.
  static func focusedDOT(_ graph: SupportGraph) throws -> FocusedChart.Chart {
    try FocusedChart.chart(of: graph, objectives: 500)
  }
}
