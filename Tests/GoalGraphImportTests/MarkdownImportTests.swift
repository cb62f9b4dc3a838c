import GoalGraph
import GoalGraphExport
import GoalGraphImport
import Testing

@Suite("Markdown import")
struct MarkdownImportTests {
  @Test func headingsBecomeNestedUnits() {
    let text = """
      # Acme OKRs 2027-Q1
      ## Leadership Team
      ## Platform (PLT)
      ### Payments
      ### Search
      """
    let (document, problems) = read(text, .markdown)
    #expect(problems.isEmpty)
    #expect(document.cycle == "2027-Q1")
    #expect(document.units.map(\.id) == ["ACME", "LEADERSHIP-TEAM", "PLT", "PAYMENTS", "SEARCH"])
    #expect(
      document.units.map(\.kind) == [
        .organization, .leadership, .teamOfTeams, .team, .team,
      ])
    #expect(document.units.map(\.parent) == [nil, "ACME", "ACME", "PLT", "PLT"])
    #expect(document.units[2].name == "Platform")
  }

  @Test func orderedAndUnorderedListsNestedThreeLevels() {
    let text = """
      # Acme
      1. Grow revenue
         - Revenue up 10 %
           - a task below the key result
      2. Hire well
      - Another list, another objective
      """
    let (document, problems) = read(text, .markdown)
    #expect(
      document.objectives.map(\.title) == [
        "Grow revenue", "Hire well", "Another list, another objective",
      ])
    #expect(document.objectives.map(\.id) == ["ACME-1", "ACME-2", "ACME-3"])
    #expect(document.objectives[0].keyResults.map(\.title) == ["Revenue up 10 %"])
    #expect(document.objectives[0].keyResults.map(\.id) == ["ACME-1.1"])
    #expect(problems.map(\.location.line) == [4])
    #expect(problems.allSatisfy { $0.severity == .warning })
  }

  @Test func inlineMarkupIsReducedToText() {
    let text = """
      # Acme
      - **Grow** the [partner](https://example.com) channel with `v2` *fast*
      """
    let (document, _) = read(text, .markdown)
    #expect(document.objectives[0].title == "Grow the partner channel with v2 fast")
  }

  @Test func idsPrioritiesOwnersAndLinksAreRecognised() {
    let text = """
      # Acme
      ## Platform
      - ORG-2: Top objective
        - ORG-2.1: Key result with its own id
      - [P0] Make checkout reliable @mia (supports ORG-2)
      - P1 Payments: Instant transfers → ORG-2.1, ORG-2
      - Search (Platform): Better results (aligns to ORG-2)
      ### Payments
      """
    let (document, problems) = read(text, .markdown)
    #expect(problems.isEmpty)
    let objectives = document.objectives
    #expect(objectives.map(\.id) == ["ORG-2", "PLATFORM-2", "PAYMENTS-1", "SEARCH-1"])
    #expect(objectives[0].keyResults[0].id == "ORG-2.1")
    #expect(objectives[1].title == "Make checkout reliable")
    #expect(objectives[1].owner == "mia")
    #expect(objectives[1].alignsTo == ["ORG-2"])
    #expect(objectives[2].title == "Instant transfers")
    #expect(objectives[2].alignsTo == ["ORG-2.1", "ORG-2"])
    #expect(objectives[3].unit == "SEARCH")
    #expect(document.units.first { $0.id == "SEARCH" }?.parent == "PLATFORM")
  }

  @Test func aPrefixThatNamesNoUnitStaysInTheTitle() {
    let (document, _) = read("# Acme\n- Note: keep this title whole\n", .markdown)
    #expect(document.objectives[0].title == "Note: keep this title whole")
    #expect(document.objectives[0].unit == "ACME")
  }

  @Test func headingsThatSkipLevelsAndEmptySections() {
    let text = """
      # Acme
      #### Deep team
      - Objective of the deep team
      ## Empty department
      ## Sales
      - Sell more
      """
    let (document, problems) = read(text, .markdown)
    #expect(problems.isEmpty)
    #expect(document.units.map(\.id) == ["ACME", "DEEP-TEAM", "EMPTY-DEPARTMENT", "SALES"])
    #expect(document.units[1].parent == "ACME")
    #expect(document.objectives.map(\.unit) == ["DEEP-TEAM", "SALES"])
  }

  @Test func htmlBlocksAndTablesAreIgnoredWithAWarning() {
    let text = """
      # Acme
      <div>markup</div>

      | objective | owner |
      |---|---|
      | Grow | Ana |

      - Real objective
      """
    let (document, problems) = read(text, .markdown)
    #expect(document.objectives.map(\.title) == ["Real objective"])
    #expect(problems.map(\.location.line) == [2, 4])
    #expect(problems.map(\.severity) == [.warning, .warning])
  }

  @Test func aCompanySectionHoldsTheOrganisationsObjectives() {
    let text = "# Acme OKRs\n## Company\n- Grow\n## Sales\n- Sell\n"
    let (document, _) = read(text, .markdown)
    #expect(document.units.map(\.id) == ["ACME", "SALES"])
    #expect(document.objectives.map(\.unit) == ["ACME", "SALES"])
  }

  @Test func theHandbookSampleConvertsToTheCommittedYAML() throws {
    let markdown = try Importer().load([samplePath("handbook.md")]).document
    let committed = try String(contentsOfFile: samplePath("handbook.yaml"), encoding: .utf8)
    #expect(YAMLWriter.write(markdown) == committed)
    let yaml = try Importer().load([samplePath("handbook.yaml")]).document
    #expect(withoutLocations(yaml) == withoutLocations(markdown))
  }
}
