import Foundation
import GoalGraph
import GoalGraphReport
import Testing

/// An organisation whose every text tries to break out of what it is written into.
func hostileGraph() -> SupportGraph {
  let evil =
    "<script>document.title='pwned'</script><img src=x onerror=\"alert(1)\"> "
    + "**bold** [link](http://example.com) | pipe `tick` =HYPERLINK(\"http://x\") &amp; \\N"
  return SupportGraph(
    OKRDocument(
      cycle: "Q1 <b>",
      units: [
        Unit(id: "ORG", name: "Acme & <Co>", kind: .organization, coach: "=cmd|' /C calc'!A0"),
        Unit(
          id: "T", name: "Team \"quoted\" # heading", kind: .team, parent: "ORG",
          coach: "@SUM(1+1)"),
      ],
      objectives: [
        Objective(id: "G", title: "Goal " + evil, unit: "ORG"),
        Objective(
          id: "A<1>", title: evil, unit: "T", keyResults: [KeyResult(id: "K", title: evil)]),
      ]))
}

@Suite("Gap report")
struct GapReportTests {
  @Test func listsEveryFindingCheckReports() {
    let graph = hostileGraph()
    let result = graph.analyse()
    let html = GapReport(graph: graph, result: result).html(chartSVG: nil)
    #expect(!result.findings.isEmpty)
    for index in result.findings.indices {
      #expect(html.contains("id=\"\(GapReport.findingAnchor(index))\""))
    }
    #expect(!html.contains("id=\"\(GapReport.findingAnchor(result.findings.count))\""))
    let markdown = GapReport(graph: graph, result: result).markdown()
    for index in result.findings.indices {
      #expect(markdown.contains("<a id=\"\(GapReport.findingAnchor(index))\"></a>"))
    }
  }

  @Test func htmlEscapesEverythingFromTheInput() {
    let graph = hostileGraph()
    let html = GapReport(graph: graph, result: graph.analyse()).html(chartSVG: nil)
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>"))
    #expect(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"))
    #expect(html.contains("Acme &amp; &lt;Co&gt;"))
    #expect(html.contains("Content-Security-Policy"))
    #expect(!html.contains("http://example.com\""))
  }

  @Test func markdownEscapesEverythingFromTheInput() {
    let graph = hostileGraph()
    let markdown = GapReport(graph: graph, result: graph.analyse()).markdown()
    #expect(!markdown.contains("<script"))
    #expect(!markdown.contains("<img"))
    #expect(!markdown.contains("**bold**"))
    #expect(!markdown.contains("[link](http"))
    #expect(markdown.contains("\\*\\*bold\\*\\*"))
    #expect(markdown.contains("&lt;script&gt;"))
  }

  @Test func theChartIsInlinedWithoutItsXMLDeclaration() {
    let graph = hostileGraph()
    let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg width=\"1pt\"><g/></svg>\n"
    let html = GapReport(graph: graph, result: graph.analyse()).html(chartSVG: svg)
    #expect(html.contains("<figure class=\"chart\"><svg width=\"1pt\"><g/></svg>"))
    #expect(!html.contains("<?xml"))
  }

  @Test func unitSectionsNameWhomToTalkTo() {
    var document = hostileGraph().document
    document.objectives.append(Objective(id: "B", title: "Other", unit: "ORG"))
    document.links = [Link(from: "A<1>", to: "B", kind: .contributes, status: .requested)]
    let graph = SupportGraph(document)
    let markdown = GapReport(graph: graph, result: graph.analyse()).markdown()
    #expect(markdown.contains("#### Talk to"))
    #expect(markdown.contains("asks A&lt;1&gt; for a contribution"))
  }

  @Test func actionsAreInertInSpreadsheets() {
    let graph = hostileGraph()
    let result = graph.analyse()
    let csv = ActionList.csv(graph: graph, findings: result.findings)
    let lines = csv.split(separator: "\r\n")
    #expect(lines.first == "Who,What,When,Unit,Finding,IDs")
    #expect(lines.count == 1 + result.findings.filter { $0.code != .unsupportedKeyResult }.count)
    #expect(csv.contains("'@SUM(1+1)"))
    #expect(csv.contains("'=cmd|' /C calc'!A0"))
    for line in lines.dropFirst() {
      #expect(!line.hasPrefix("="))
      #expect(!line.hasPrefix("@"))
    }
  }

  @Test(arguments: ["=1+1", "+1", "-1", "@x", "\tx", "\rx"])
  func formulaFieldsArePrefixed(text: String) {
    #expect(ActionList.field(text).hasPrefix("'") || ActionList.field(text).hasPrefix("\"'"))
  }
}
