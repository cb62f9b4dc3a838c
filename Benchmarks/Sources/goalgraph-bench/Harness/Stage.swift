import Foundation
import GoalGraph
import GoalGraphImport

/// What a stage needs ready before its clock starts.
enum StageInput: Sendable {
  /// Only the organisation's files.
  case files
  /// The document, imported from JSON.
  case document
  /// The support graph.
  case graph
  /// The focused chart's DOT text (the graph is built first).
  case chart
}

/// A stage's input, prepared outside the measurement.
struct PreparedInput: @unchecked Sendable {
  var files: OrganizationFiles
  var document: OKRDocument?
  var graph: SupportGraph?
  var chart: FocusedChart.Chart?
}

/// What a stage reports besides its time: a count to check that it did its work, and figures
/// such as the size of its output.
struct StageOutput: Sendable {
  var items: Int
  var details: [String: Double] = [:]
  /// The findings of an analysis stage, which `measure --save-findings` keeps for the recall
  /// check so that it need not run a slow analysis again.
  var findings: [Finding]?
}

/// One measured step of the pipeline.
struct Stage: Sendable {
  /// The name in the results and on the command line.
  var name: String
  /// What it measures, for the README and `--help`.
  var summary: String
  /// What `items` counts.
  var itemName: String
  var input: StageInput
  /// Whether its work grows with the organisation; the rendering stages draw a chart of the
  /// same size at every size, so their growth means nothing.
  var scales = true
  var body: @Sendable (PreparedInput) throws -> StageOutput
}

/// The stages that `run` measures, in order. A stage whose library API does not exist yet is
/// absent; `Hooks` says where each plugs in.
enum Stages {
  static var all: [Stage] {
    var stages = [
      Stage(
        name: "import-yaml", summary: "read the YAML file into a document (libyaml)",
        itemName: "objectives", input: .files
      ) { input in
        StageOutput(items: try importDocument([input.files.yaml]).objectives.count)
      },
      Stage(
        name: "import-json", summary: "read the JSON file into a document (yajl)",
        itemName: "objectives", input: .files
      ) { input in
        StageOutput(items: try importDocument([input.files.json]).objectives.count)
      },
      Stage(
        name: "import-csv", summary: "read the three CSV files into a document",
        itemName: "objectives", input: .files
      ) { input in
        StageOutput(items: try importDocument(input.files.csvFiles).objectives.count)
      },
      Stage(
        name: "build-graph", summary: "build the support graph from the document",
        itemName: "edges", input: .document
      ) { input in
        StageOutput(items: SupportGraph(input.document!).edges.count)
      },
      Stage(
        name: "analyse",
        summary: "run every structural analysis (graph.analyse without similarity)",
        itemName: "findings", input: .graph
      ) { input in
        StageOutput(items: input.graph!.analyse(Hooks.structuralOptions).findings.count)
      },
    ]
    if let similarity = Hooks.similarity {
      stages.append(
        Stage(
          name: "similarity", summary: "find duplicates, overlaps and splittable objectives",
          itemName: "findings", input: .graph
        ) { input in
          let findings = similarity(input.graph!)
          return StageOutput(items: findings.count, findings: findings)
        })
    }
    stages.append(
      Stage(
        name: "render-dot-cli",
        summary: "render the focused chart to SVG with the dot program (a child process)",
        itemName: "SVG bytes", input: .chart, scales: false
      ) { input in
        var output = try DotProgram.render(input.chart!.text)
        output.details.merge(input.chart!.details) { first, _ in first }
        return output
      })
    if let render = Hooks.renderInProcess {
      stages.append(
        Stage(
          name: "render-in-process",
          summary: "render the focused chart to SVG through Graphviz's C API",
          itemName: "SVG bytes", input: .chart, scales: false
        ) { input in
          StageOutput(items: try render(input.chart!.text).count, details: input.chart!.details)
        })
    }
    return stages
  }

  /// The stage with a name.
  static func named(_ name: String) -> Stage? { all.first { $0.name == name } }

  /// Prepares what a stage needs.
  static func prepare(_ input: StageInput, files: OrganizationFiles) throws -> PreparedInput {
    var prepared = PreparedInput(files: files)
    guard input != .files else { return prepared }
    let document = try importDocument([files.json])
    prepared.document = document
    guard input != .document else { return prepared }
    let graph = SupportGraph(document)
    prepared.graph = graph
    guard input != .graph else { return prepared }
    prepared.chart = try Hooks.focusedDOT(graph)
    return prepared
  }
}

/// Imports files, turning import errors into a short message.
func importDocument(_ paths: [String]) throws -> OKRDocument {
  do {
    return try Importer().load(paths).document
  } catch {
    let problems = error.problems.prefix(3).map { "\($0)" }.joined(separator: "; ")
    throw BenchError.importFailed("\(error.problems.count) problems: \(problems)")
  }
}
