import GoalGraph
import GoalGraphImport
import Testing

@Suite("YAML import")
struct YAMLImportTests {
  @Test func readsEveryFieldOfTheFormat() throws {
    let (document, problems) = read(smallOrganization, .yaml)
    #expect(problems.isEmpty)
    #expect(document.cycle == "2027-Q1")
    #expect(document.units.map(\.id) == ["ACME", "PLT", "PAY"])
    #expect(document.units[0].kind == .organization)
    #expect(document.units[0].coach == "Jo Lind")
    #expect(document.units[1].capacity == 2)
    #expect(document.units[2].parent == "PLT")
    #expect(document.objectives.map(\.id) == ["ORG-1", "PLT-1", "PAY-1"])
    let goal = document.objectives[0]
    #expect(goal.status == .committed)
    #expect(goal.keyResults[0].metric == Metric(from: 2.1, to: 2.8, name: "MRR"))
    #expect(goal.keyResults[1].metric == nil)
    #expect(document.objectives[1].alignsTo == ["ORG-1.1"])
    #expect(document.objectives[2].alignsTo == ["PLT-1", "ORG-1.2"])
    #expect(document.objectives[2].description == "Customers asked for it.\nTwice.\n")
    #expect(
      document.links == [
        Link(
          from: "PAY-1", to: "ORG-1", kind: .contributes, status: .requested,
          note: "asked in the last session",
          location: SourceLocation(file: "input.yaml", line: 45, column: 5))
      ])
  }

  @Test func derivesKeyResultIDsFromTheirObjective() {
    let (document, _) = read(smallOrganization, .yaml)
    #expect(document.objectives[1].keyResults[0].id == "PLT-1.1")
  }

  @Test func recordsLinesAndColumns() {
    let (document, _) = read(smallOrganization, .yaml)
    #expect(
      document.objectives[0].location == SourceLocation(file: "input.yaml", line: 18, column: 5))
    #expect(document.objectives[0].keyResults[1].location?.line == 28)
  }

  @Test func flowStyleMeansTheSameAsBlockStyle() {
    let flow = """
      organization: {id: ACME, name: Acme}
      objectives: [{id: O1, title: Grow, unit: ACME, key_results: [{id: K1, title: "Up 5 %"}]}]
      """
    let block = """
      organization:
        id: ACME
        name: Acme
      objectives:
        - id: O1
          title: Grow
          unit: ACME
          key_results:
            - id: K1
              title: Up 5 %
      """
    #expect(withoutLocations(read(flow, .yaml).0) == withoutLocations(read(block, .yaml).0))
  }

  @Test func anchorsAliasesAndMergeKeys() throws {
    let text = """
      organization: ACME
      units:
        - &team {id: T1, kind: team, parent: ACME, coach: Sam, capacity: 2}
        - <<: *team
          id: T2
          capacity: 3
      objectives:
        - id: O1
          title: &title Shared words
          unit: T1
        - id: O2
          title: *title
          unit: T2
      """
    let (document, problems) = read(text, .yaml)
    #expect(problems.isEmpty)
    #expect(document.units.map(\.id) == ["ACME", "T1", "T2"])
    #expect(document.units[2].coach == "Sam")
    #expect(document.units[2].capacity == 3)
    #expect(document.objectives[1].title == "Shared words")
  }

  @Test func multiLineStringsCommentsAndByteOrderMark() {
    let text = """
      # The organisation.
      organization: ACME  # trailing comment
      objectives:
        - id: O1
          title: >
            Folded titles
            become one line
          unit: ACME
      """
    let (document, problems) = read([0xEF, 0xBB, 0xBF] + Array(text.utf8), .yaml)
    #expect(problems.isEmpty)
    #expect(document.objectives[0].title == "Folded titles become one line\n")
  }

  @Test func reportsEveryProblemOfAFileInOneRun() {
    let text = """
      organization: ACME
      units:
        - {id: T1, kind: tribe-of-squads, parent: ACME}
      objectives:
        - id: O1
          title: [not, a, title]
          unit: ACME
        - id: O2
          unit: ACME
        - id: O3
          title: Fine
          unit: ACME
          aligns_too: O1
      """
    let (_, problems) = read(text, .yaml)
    let errorLines = errors(problems).map(\.location.line)
    #expect(errorLines == [3, 6, 8])
    #expect(errors(problems)[0].message.contains("unknown unit kind \"tribe-of-squads\""))
    #expect(errors(problems)[1].message == "expected a text for title, found a list")
    #expect(errors(problems)[2].message == "an objective needs a title")
    let warning = problems.first { $0.severity == .warning }
    #expect(warning?.location.line == 13)
    #expect(warning?.message.contains("did you mean aligns_to?") == true)
  }

  @Test func reportsRepeatedKeys() {
    let text = """
      organization: ACME
      objectives:
        - id: O1
          title: One
          title: Two
          unit: ACME
      """
    let (_, problems) = read(text, .yaml)
    #expect(errors(problems).map(\.location.line) == [5])
    #expect(errors(problems)[0].message.contains("first at line 4"))
  }

  @Test func reportsSyntaxErrorsWithLineAndColumn() {
    let text = "organization: ACME\nobjectives:\n  - id: O1\n    title: \"never closed\n"
    let (_, problems) = read(text, .yaml)
    #expect(errors(problems).count == 1)
    #expect(errors(problems)[0].location.line >= 4)
    #expect(errors(problems)[0].location.column != nil)
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let depth = 10_000
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    let (_, problems) = read(text, .yaml)
    #expect(errors(problems).count == 1)
    #expect(errors(problems)[0].message.contains("nested deeper than"))
  }

  @Test func aliasBombsStopEarly() {
    var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in 1...9 {
      let previous = "*a\(level - 1)"
      let items = Array(repeating: previous, count: 10).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(items)]")
    }
    let (_, problems) = read(lines.joined(separator: "\n"), .yaml)
    #expect(errors(problems).count == 1)
    #expect(errors(problems)[0].message.contains("alias bomb"))
  }

  @Test func rejectsTheWrongTopLevelShape() {
    let (_, problems) = read("- just\n- a list\n", .yaml)
    #expect(errors(problems)[0].message.contains("expected an OKR document (a mapping)"))
  }

  @Test func anEmptyFileIsAnEmptyDocument() {
    let (document, problems) = read("", .yaml)
    #expect(problems.isEmpty)
    #expect(document == OKRDocument())
  }

  @Test func numbersAsIDsAreTakenAsWritten() {
    let text = "organization: 1\nobjectives:\n  - {id: 42, title: Answer, unit: 1}\n"
    let (document, problems) = read(text, .yaml)
    #expect(problems.isEmpty)
    #expect(document.objectives[0].id == "42")
    #expect(document.objectives[0].unit == "1")
  }
}
