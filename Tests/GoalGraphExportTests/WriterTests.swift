import GoalGraph
import GoalGraphExport
import Testing

@Suite("Document writers")
struct WriterTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("a, b", "\"a, b\""),
    ("semi;colon", "\"semi;colon\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    (" padded", "\" padded\""),
    ("", ""),
  ])
  func csvFieldsAreQuotedOnlyWhenNeeded(text: String, field: String) {
    #expect(CSVWriter.field(text) == field)
  }

  @Test func csvRowsEndInCRLF() {
    #expect(CSVWriter.table([["a", "b"], ["1", "2"]]) == "a,b\r\n1,2\r\n")
  }

  @Test func yamlQuotesTextsThatWouldReadAsNothing() {
    let document = OKRDocument(
      cycle: "~", units: [Unit(id: "null", name: "", kind: .organization)])
    let yaml = YAMLWriter.write(document)
    #expect(yaml.contains("cycle: \"~\""))
    #expect(yaml.contains("id: \"null\""))
    #expect(yaml.contains("name: \"\""))
  }

  @Test func yamlWritesListsInFlowStyleAndSingleItemsAsText() {
    let document = OKRDocument(objectives: [
      Objective(id: "A", title: "t", unit: "U", alignsTo: ["X"]),
      Objective(id: "B", title: "t", unit: "U", alignsTo: ["X", "Y"]),
    ])
    let yaml = YAMLWriter.write(document)
    #expect(yaml.contains("aligns_to: X\n"))
    #expect(yaml.contains("aligns_to: [X, Y]"))
  }

  @Test func jsonEscapesControlCharactersAndMarkup() {
    let document = OKRDocument(cycle: "a\"b\\c\n\u{01}</script>")
    let json = JSONDocumentWriter.write(document).serialized(pretty: false)
    #expect(json == #"{"cycle":"a\"b\\c\n\u0001\u003c/script>"}"#)
  }

  @Test func numbersAreWrittenAsPeopleWriteThem() {
    let keyResult = KeyResult(id: "K", title: "t", metric: Metric(from: 3, to: 4.5))
    let document = OKRDocument(objectives: [
      Objective(id: "A", title: "t", unit: "U", keyResults: [keyResult])
    ])
    let csv = CSVWriter.objectives(document)
    #expect(csv.contains(",3,4.5,"))
    #expect(YAMLWriter.write(document).contains("from: 3\n"))
  }

  @Test func csvGoesToThreeFilesBesideTheMainOne() {
    let document = OKRDocument(links: [Link(from: "A", to: "B")])
    let files = DocumentWriter.files(for: document, format: .csv, path: "out/okrs.csv")
    #expect(files.map(\.path) == ["out/okrs.csv", "out/okrs-units.csv", "out/okrs-links.csv"])
    let noLinks = DocumentWriter.files(for: OKRDocument(), format: .csv, path: "x.csv")
    #expect(noLinks.map(\.path) == ["x.csv", "x-units.csv"])
  }
}
