import Foundation
import FoundationXML
import GoalGraph
import GoalGraphImport
import GoalGraphRender
import Testing

let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")

func sampleGraph(_ name: String = "acme.yaml") throws -> SupportGraph {
  SupportGraph(try Importer().load([samples.appendingPathComponent(name).path]).document)
}

/// Whether the bytes are well-formed XML.
func parsesAsXML(_ bytes: [UInt8]) -> Bool {
  let parser = XMLParser(data: Data(bytes))
  parser.shouldResolveExternalEntities = false
  return parser.parse()
}

/// The text of an SVG with the XML entities Graphviz writes turned back into characters.
func svgText(_ bytes: [UInt8]) -> String {
  String(decoding: bytes, as: UTF8.self)
    .replacingOccurrences(of: "&#160;", with: " ")
    .replacingOccurrences(of: "&#45;", with: "-")
}

/// An organisation of one goal and objectives with the given titles below it.
func organization(titles: [String], unitName: String = "Team") -> OKRDocument {
  OKRDocument(
    cycle: "2027-Q1",
    units: [
      Unit(id: "ORG", name: "Acme", kind: .organization),
      Unit(id: "T", name: unitName, kind: .team, parent: "ORG"),
    ],
    objectives: [Objective(id: "G", title: "Goal", unit: "ORG")]
      + titles.enumerated().map { index, title in
        Objective(
          id: "T-\(index + 1)", title: title, unit: "T",
          keyResults: [KeyResult(id: "T-\(index + 1).1", title: title)], alignsTo: ["G"])
      })
}

@Suite("Goal chart", .serialized)
struct RenderTests {
  @Test(arguments: ["acme.yaml", "csv/viva-goals-export.csv", "csv/team-sheet.csv"])
  func svgOfEverySampleIsValidAndShowsEveryObjective(sample: String) throws {
    let graph = try sampleGraph(sample)
    let chart = try GoalChart(graph: graph, findings: graph.analyse().findings)
    let svg = try chart.render(format: "svg")
    #expect(parsesAsXML(svg))
    let text = svgText(svg)
    for objective in graph.document.objectives {
      let escaped = objective.id.replacingOccurrences(of: "&", with: "&amp;")
      #expect(text.contains(">\(escaped)<"), "\(objective.id) missing")
    }
  }

  @Test func pngAndPDFHaveTheirSignatures() throws {
    let chart = try GoalChart(graph: try sampleGraph())
    let png = try chart.render(format: "png")
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    #expect(png.count > 50_000)
    let pdf = try chart.render(format: "pdf")
    #expect(pdf.starts(with: Array("%PDF-".utf8)))
    #expect(pdf.count > 10_000)
  }

  @Test func theSameInputGivesTheSameBytes() throws {
    let graph = try sampleGraph()
    let findings = graph.analyse().findings
    let first = try GoalChart(graph: graph, findings: findings).render(format: "svg")
    let second = try GoalChart(graph: try sampleGraph(), findings: findings).render(format: "svg")
    #expect(first == second)
  }

  @Test func hostileTitlesAppearLiterally() throws {
    let titles = [
      #"Quotes " and \"escaped\" " ] ; } digraph x { a -> b"#,
      "Tags <script>alert(1)</script> & <b>bold</b> &amp; &#60;",
      #"Backslashes \N \G \l \r \n \\ \"#,
      "New\nline, tab\tand bell\u{07} and escape \u{1B}[31m",
      "<<TABLE>>]]> --> <!-- <![CDATA[ x ]]>",
    ]
    let graph = SupportGraph(organization(titles: titles, unitName: "<i>Team</i> \\N"))
    for mode in ChartOptions.KeyResults.allCases {
      let chart = try GoalChart(graph: graph, options: ChartOptions(keyResults: mode))
      let svg = try chart.render(format: "svg")
      #expect(parsesAsXML(svg), "mode \(mode)")
      let text = svgText(svg)
      #expect(!text.contains("<script"))
      #expect(!text.contains("<b>"))
      #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
      #expect(text.contains(#"\N \G \l"#))
      #expect(text.contains("&lt;i&gt;Team&lt;/i&gt; \\N"))
      #expect(!text.contains("\u{1B}"))
      #expect(text.contains("\u{241B}[31m"))
    }
  }

  @Test func focusOnAGoalShowsItsTreeOfSupport() throws {
    let graph = try sampleGraph()
    let chart = try GoalChart(graph: graph, options: ChartOptions(focus: "ORG-4"))
    let shown = Set(
      graph.document.objectives.map(\.id).filter { chart.dot.contains("okr-\($0)\"") })
    #expect(shown == ["ORG-4", "LT-3"] || shown.isSuperset(of: ["ORG-4", "LT-3"]))
    #expect(!shown.contains("ORG-1"))
    #expect(!shown.contains("APP-6"))
    let expected = try reachable(graph, from: "ORG-4", up: false)
    #expect(shown == expected)
  }

  @Test func focusOnATeamObjectiveShowsWhatItSupports() throws {
    let graph = try sampleGraph()
    let chart = try GoalChart(graph: graph, options: ChartOptions(focus: "APP-2"))
    let shown = Set(
      graph.document.objectives.map(\.id).filter { chart.dot.contains("okr-\($0)\"") })
    let expected = try reachable(graph, from: "APP-2", up: true)
      .union(reachable(graph, from: "APP-2", up: false))
    #expect(shown == expected)
    #expect(shown.contains { $0.hasPrefix("ORG-") })
  }

  @Test func depthLimitsTheStepsFromTheGoals() throws {
    let graph = try sampleGraph()
    let chart = try GoalChart(graph: graph, options: ChartOptions(depth: 1))
    let shown = Set(
      graph.document.objectives.map(\.id).filter { chart.dot.contains("okr-\($0)\"") })
    for objective in graph.document.objectives {
      let node = graph.node(id: objective.id)!
      let direct = graph.objectivesSupported(by: node).contains { graph.isTopLevel($0) }
      #expect(shown.contains(objective.id) == (graph.isTopLevel(node) || direct), "\(objective.id)")
    }
  }

  @Test func unitShowsItsObjectivesAndOneStepAround() throws {
    let graph = try sampleGraph()
    let chart = try GoalChart(graph: graph, options: ChartOptions(unit: "RX"))
    let shown = Set(
      graph.document.objectives.map(\.id).filter { chart.dot.contains("okr-\($0)\"") })
    let inUnit = Set(
      graph.document.objectives.filter {
        ["RX", "APP", "SUB", "CARE"].contains($0.unit)
      }.map(\.id))
    #expect(shown.isSuperset(of: inUnit))
    for id in shown.subtracting(inUnit) {
      let node = graph.node(id: id)!
      let neighbours = (graph.objectivesSupported(by: node) + graph.objectiveSupporters(of: node))
        .map { graph.id(of: $0) }
      #expect(!inUnit.isDisjoint(with: neighbours), "\(id) is not next to RX")
    }
    #expect(!shown.contains("GRDE-1"))
  }

  @Test func unknownFocusAndUnitSuggestTheClosestID() {
    #expect(throws: RenderError.unknownFocus("ORG-11", suggestion: "ORG-1")) {
      try GoalChart(graph: try sampleGraph(), options: ChartOptions(focus: "ORG-11"))
    }
    #expect(throws: RenderError.unknownUnit("APPP", suggestion: "APP")) {
      try GoalChart(graph: try sampleGraph(), options: ChartOptions(unit: "APPP"))
    }
  }

  @Test func largeChartsFoldIntoUnits() throws {
    let graph = try sampleGraph()
    let chart = try GoalChart(graph: graph, options: ChartOptions(maximumNodes: 20))
    #expect(chart.kind == .units)
    #expect(chart.boxCount == graph.units.count)
    #expect(!chart.notes.isEmpty)
    #expect(parsesAsXML(try chart.render(format: "svg")))
    let folded = try GoalChart(graph: graph, options: ChartOptions(maximumNodes: 8))
    #expect(folded.kind == .teamsOfTeams)
    #expect(folded.boxCount == 5)
  }

  @Test func findingsAreMarked() throws {
    let graph = try sampleGraph()
    let findings = graph.analyse().findings
    let marked = try GoalChart(graph: graph, findings: findings).dot
    #expect(marked.contains(">island<"))
    #expect(marked.contains(">no support<"))
    let plain = try GoalChart(
      graph: graph, findings: findings, options: ChartOptions(showFindings: false)
    ).dot
    #expect(!plain.contains(">island<"))
  }

  @Test func declinedLinksOnlyWhenAskedFor() throws {
    let graph = try sampleGraph()
    #expect(!(try GoalChart(graph: graph).dot.contains("arrowhead=tee")))
    #expect(
      try GoalChart(graph: graph, options: ChartOptions(showDeclined: true)).dot
        .contains("arrowhead=tee"))
  }

  @Test func unknownEngineAndFormatAreErrors() throws {
    let chart = try GoalChart(graph: try sampleGraph())
    #expect {
      try chart.render(format: "svg", engine: "nonesuch")
    } throws: { error in
      guard case .unknownEngine(_, let available) = error as? RenderError else { return false }
      return available.contains("dot") && available.contains("sfdp")
    }
    #expect {
      try chart.render(format: "nonesuch")
    } throws: { error in
      guard case .unknownFormat(_, let available) = error as? RenderError else { return false }
      return available.contains("svg")
    }
  }

  @Test func concurrentRendersAreSerialisedSafely() async throws {
    let chart = try GoalChart(graph: try sampleGraph())
    let expected = try chart.render(format: "svg")
    try await withThrowingTaskGroup(of: [UInt8].self) { group in
      for _ in 0..<6 {
        group.addTask { try chart.render(format: "svg") }
      }
      for try await result in group {
        #expect(result == expected)
      }
    }
  }
}

/// The objective ids reached from an id through support, upwards or downwards.
func reachable(_ graph: SupportGraph, from id: String, up: Bool) throws -> Set<String> {
  let start = try #require(graph.node(id: id))
  var seen: Set<Int> = [start]
  var queue = [start]
  while let current = queue.popLast() {
    let next = up ? graph.objectivesSupported(by: current) : graph.objectiveSupporters(of: current)
    for other in next where seen.insert(other).inserted { queue.append(other) }
  }
  return Set(seen.map { graph.id(of: $0) })
}
