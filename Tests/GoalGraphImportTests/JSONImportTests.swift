import GoalGraph
import GoalGraphImport
import Testing

@Suite("JSON import")
struct JSONImportTests {
  static let document = """
    {
      "cycle": "2027-Q1",
      "organization": {"id": "ACME", "name": "Acme Mobility"},
      "units": [{"id": "PAY", "name": "Payments", "kind": "team", "parent": "ACME",
                 "capacity": 2}],
      "objectives": [
        {"id": "ORG-1", "title": "Grow \\"recurring\\" revenue", "unit": "ACME",
         "key_results": [{"id": "ORG-1.1", "title": "MRR up", "from": 2.1, "to": 2.8}]},
        {"id": "PAY-1", "title": "Instant transfers", "unit": "PAY", "aligns_to": "ORG-1.1"}
      ],
      "links": [{"from": "PAY-1", "to": "ORG-1", "status": "committed"}]
    }
    """

  @Test func readsTheSameDocumentAsYAML() {
    let (document, problems) = read(Self.document, .json)
    #expect(problems.isEmpty)
    #expect(document.cycle == "2027-Q1")
    #expect(document.units.map(\.id) == ["ACME", "PAY"])
    #expect(document.units[1].capacity == 2)
    #expect(document.objectives[0].title == "Grow \"recurring\" revenue")
    #expect(document.objectives[0].keyResults[0].metric == Metric(from: 2.1, to: 2.8))
    #expect(document.objectives[1].alignsTo == ["ORG-1.1"])
    #expect(document.links[0].status == .committed)
    #expect(document.links[0].kind == .contributes)
  }

  @Test func givesLinesAndColumnsOfValues() {
    let (document, _) = read(Self.document, .json)
    #expect(document.objectives[1].location?.line == 9)
    #expect(document.objectives[1].location?.column == 5)
  }

  @Test func wrongTypesNameTheirPlace() {
    let text = """
      {"organization": "ACME",
       "objectives": [{"id": "O1", "title": ["a"], "unit": "ACME"},
                      {"id": "O2", "title": "t", "unit": "ACME", "aligns_to": {"x": 1}}]}
      """
    let (_, problems) = read(text, .json)
    let found = errors(problems)
    #expect(found.count == 2)
    #expect(found[0].location.line == 2)
    #expect(found[0].location.column == 39)
    #expect(found[0].message == "expected a text for title, found a list")
    #expect(found[1].location.line == 3)
    #expect(found[1].message == "expected a text for aligns_to, found a mapping")
  }

  @Test func truncatedInputSaysSo() {
    let text = "{\"organization\": \"ACME\",\n \"objectives\": [{\"id\": \"O1\", "
    let (_, problems) = read(text, .json)
    #expect(errors(problems).count == 1)
    #expect(errors(problems)[0].location.line == 2)
    #expect(errors(problems)[0].message.contains("truncated"))
  }

  @Test func syntaxErrorsPointAtTheirLine() {
    let text = "{\n  \"organization\": \"ACME\",\n  \"objectives\": [,]\n}"
    let (_, problems) = read(text, .json)
    #expect(errors(problems).first?.location.line == 3)
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let (_, problems) = read(text, .json)
    #expect(errors(problems).first?.message.contains("nested deeper than") == true)
  }

  @Test func numbersAndNullsWhereTextsBelong() {
    let text = """
      {"organization": {"id": 7, "name": "Seven"},
       "objectives": [{"id": 1, "title": "One", "unit": 7, "owner": null}]}
      """
    let (document, problems) = read(text, .json)
    #expect(problems.isEmpty)
    #expect(document.objectives[0].id == "1")
    #expect(document.objectives[0].owner == nil)
  }

  @Test func acceptsAByteOrderMark() {
    let (document, problems) = read([0xEF, 0xBB, 0xBF] + Array(Self.document.utf8), .json)
    #expect(problems.isEmpty)
    #expect(document.objectives.count == 2)
  }
}
