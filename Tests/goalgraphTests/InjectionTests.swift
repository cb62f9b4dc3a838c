import Foundation
import FoundationXML
import Testing

/// Titles, unit names and notes that try to become markup or commands in every output.
let hostileYAML = #"""
  cycle: "2027\u001b[2J"
  organization: {id: ORG, name: "Acme\"]; evil [label=\"x\"]; a -> b; //"}
  units:
    - {id: T, name: "<svg onload=alert(1)><script>alert(2)</script>", kind: team, parent: ORG,
       coach: "=HYPERLINK(\"http://evil.example\",\"click\")"}
  objectives:
    - {id: G, title: "Goal \\N \\G \\L \\l \\\\ } digraph { x }", unit: ORG}
    - id: A
      title: "\u001b]0;owned\u0007 <b>bold</b> & more\nnext line @SUM(A1) +1 -1"
      unit: T
      aligns_to: G
  links:
    - {from: A, to: G, kind: relates_to, status: committed, note: "=cmd|' /C calc'!A0"}
  """#

@Suite("Hostile text in every output")
struct InjectionTests {
  let folder: URL
  let input: String

  init() throws {
    folder = try temporaryFolder()
    input = folder.appendingPathComponent("hostile.yaml").path
    try hostileYAML.write(toFile: input, atomically: true, encoding: .utf8)
  }

  @Test func checkTextAndJSON() throws {
    let text = try goalgraph("check", input)
    #expect(text.status == 0, "\(text.error)")
    #expect(!text.output.contains("\u{1B}"))
    #expect(!text.output.contains("\u{07}"))
    let json = try goalgraph("check", input, "--format", "json")
    let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
    let summary = try #require(object?["summary"] as? [String: Any])
    #expect(summary["cycle"] as? String == "2027\u{1B}[2J")
  }

  @Test func chartAsSVGAndDOT() throws {
    let svg = try goalgraph("render", input, "-o", "-")
    #expect(svg.status == 0, "\(svg.error)")
    let parser = XMLParser(data: Data(svg.output.utf8))
    #expect(parser.parse())
    #expect(!svg.output.contains("<script"))
    #expect(!svg.output.contains("<svg onload"))
    #expect(!svg.output.contains("<b>"))
    #expect(svg.output.contains("\\N \\G \\L \\l \\\\ } digraph"))
    let dot = try goalgraph("render", input, "-o", "-", "--format", "dot")
    #expect(!dot.output.contains("\"]; evil"))
    #expect(!dot.output.contains("a -> b"))
    #expect(dot.output.contains("Acme&quot;&#93;; evil [label=&quot;x&quot;&#93;; a -&gt; b; //"))
  }

  @Test func reportAndActions() throws {
    let html = folder.appendingPathComponent("gaps.html").path
    let markdown = folder.appendingPathComponent("gaps.md").path
    let actions = folder.appendingPathComponent("actions.csv").path
    #expect(try goalgraph("report", input, "-o", html, "--actions", actions).status == 0)
    #expect(try goalgraph("report", input, "-o", markdown).status == 0)
    let page = try String(contentsOfFile: html, encoding: .utf8)
    #expect(!page.contains("<script"))
    #expect(!page.contains("<svg onload"))
    #expect(page.contains("&lt;script&gt;alert(2)&lt;/script&gt;"))
    let text = try String(contentsOfFile: markdown, encoding: .utf8)
    #expect(!text.contains("<script"))
    #expect(!text.contains("\u{1B}"))
    let csv = try String(contentsOfFile: actions, encoding: .utf8)
    for field in csv.split(whereSeparator: { $0 == "," || $0 == "\r\n" || $0 == "\"" }) {
      #expect(!field.hasPrefix("="), "\(field)")
      #expect(!field.hasPrefix("@"), "\(field)")
    }
  }

  @Test func convertKeepsTheTextExactly() throws {
    let original = try goalgraph("convert", input, "-o", "-", "--format", "json").output
    for format in ["yaml", "csv"] {
      let path = folder.appendingPathComponent("copy.\(format)").path
      #expect(try goalgraph("convert", input, "-o", path).status == 0)
      let inputs =
        format == "csv"
        ? [
          path, path.replacingOccurrences(of: ".csv", with: "-units.csv"),
          path.replacingOccurrences(of: ".csv", with: "-links.csv"),
        ] : [path]
      let back = try goalgraph(arguments: ["convert"] + inputs + ["-o", "-", "--format", "json"])
      #expect(back.output == original, "\(format)")
    }
  }
}
