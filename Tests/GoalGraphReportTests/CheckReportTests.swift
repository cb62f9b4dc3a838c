import Foundation
import GoalGraph
import GoalGraphReport
import Testing

func smallGraph() -> SupportGraph {
  SupportGraph(
    OKRDocument(
      cycle: "2027-Q1",
      units: [
        Unit(id: "ORG", name: "Acme", kind: .organization, coach: "Jo"),
        Unit(id: "T", name: "Team \u{1B}[31mRed", kind: .team, parent: "ORG", coach: "Sam"),
      ],
      objectives: [
        Objective(id: "G", title: "Grow", unit: "ORG"),
        Objective(id: "A", title: "Alone \u{07} with a bell", unit: "T"),
      ],
      links: [Link(from: "A", to: "G", kind: .relatesTo, status: .declined)]))
}

@Suite("Check report")
struct CheckReportTests {
  @Test func textGroupsFindingsByTheSessionsQuestions() {
    let graph = smallGraph()
    let text = CheckReport(graph: graph, result: graph.analyse(), files: ["x.yaml"]).text()
    let islands = text.range(of: "1. Does it make sense to connect the island OKRs?")
    let support = text.range(of: "4. Does a top-level goal lack support?")
    #expect(islands != nil && support != nil)
    #expect(islands!.lowerBound < support!.lowerBound)
    #expect(text.contains("cycle 2027-Q1 · 2 units (1 organisation, 1 team)"))
    #expect(text.contains("1 link: 1 relates_to (1 declined)"))
    #expect(text.hasSuffix("findings: 0 errors, 2 warnings, 0 info\n"))
  }

  @Test func textFromTheInputCannotReachTheTerminal() {
    let graph = smallGraph()
    let text = CheckReport(graph: graph, result: graph.analyse(), files: []).text()
    #expect(!text.contains("\u{1B}"))
    #expect(!text.contains("\u{07}"))
    #expect(text.contains("Alone \\u{7} with a bell"))
    #expect(text.contains("Team \\u{1B}[31mRed"))
  }

  @Test func colourOnlyWhenAsked() {
    let graph = smallGraph()
    let report = CheckReport(graph: graph, result: graph.analyse(), files: [])
    #expect(!report.text(style: .plain).contains("\u{1B}["))
    #expect(report.text(style: TextStyle(colored: true)).contains("\u{1B}[1;33mwarning\u{1B}[0m"))
  }

  @Test func wrapsFindingsToTheWidthGiven() {
    let graph = smallGraph()
    let report = CheckReport(graph: graph, result: graph.analyse(), files: [])
    let wide = report.text(width: nil).split(separator: "\n")
    let narrow = report.text(width: 50).split(separator: "\n")
    #expect(narrow.count > wide.count)
    let findingLines = narrow.drop { !$0.hasPrefix("1.") }
    #expect(findingLines.allSatisfy { $0.count <= 50 || !$0.contains(" ") })
  }

  @Test func jsonCountsMatchTheFindings() throws {
    let graph = smallGraph()
    let result = graph.analyse()
    let json = CheckReport(graph: graph, result: result, files: ["x.yaml"]).json()
    let text = json.serialized()
    #expect(text.contains("\"schema\": \"goalgraph-check/1\""))
    #expect(
      text.contains("\"warning\": \(result.findings.filter { $0.severity == .warning }.count)"))
    #expect(text.contains("\"code\": \"island\""))
  }

  @Test func terminalSafeShowsControlCharacters() {
    #expect(terminalSafe("a\u{1B}[2Jb\u{202E}c") == "a\\u{1B}[2Jb\\u{202E}c")
    #expect(terminalSafe("plain äöü") == "plain äöü")
  }
}
