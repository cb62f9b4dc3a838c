import GoalGraph
import Testing

@Suite("Support graph")
struct SupportGraphTests {
  @Test func numbersObjectivesFirstThenTheirKeyResults() throws {
    var fixture = Fixture()
    fixture.objective("G", "ORG", keyResults: 2)
    fixture.objective("P", "TOT", alignsTo: ["G.2"], keyResults: 1)
    let graph = fixture.graph
    #expect(graph.objectiveCount == 2)
    #expect(graph.nodeCount == 5)
    #expect((0..<5).map { graph.id(of: $0) } == ["G", "P", "G.1", "G.2", "P.1"])
    #expect(graph.keyResults(of: 0) == 2..<4)
    #expect(graph.owner(of: 3) == 0)
    #expect(graph.level(of: 4) == .teamOfTeams)
    #expect(graph.unit(of: 3) == 0)
    let keyResult = try #require(graph.node(id: "G.2"))
    #expect(Array(graph.supporters(of: keyResult)) == [1])
    #expect(Array(graph.supported(by: 1)) == [keyResult])
    #expect(Array(graph.objectiveSupporters(of: 0)) == [1])
    #expect(graph.topLevel == .organization)
    #expect(graph.isTopLevel(0) && !graph.isTopLevel(1))
  }

  @Test func duplicateIDsAreFindingsAndTheFirstIsKept() {
    var fixture = Fixture()
    fixture.objective("A", "ORG", title: "first")
    fixture.objective("A", "TOT", title: "second")
    fixture.objective("B", "TOT", keyResults: 1)
    fixture.objective("C", "T1", keyResults: 0)
    fixture.document.objectives[3].keyResults = [KeyResult(id: "B.1", title: "again")]
    let graph = fixture.graph
    #expect(graph.objectiveCount == 3)
    #expect(graph.objective(0).title == "first")
    #expect(graph.buildFindings.ids(.duplicateID) == ["A", "B.1"])
  }

  @Test func unknownReferencesAreFindingsWithASuggestion() {
    var fixture = Fixture()
    fixture.objective("GOAL-1", "ORG")
    fixture.objective("P", "TOT", alignsTo: ["GOAL-7", "GOAL-1"])
    fixture.objective("Q", "NOPE")
    fixture.link("P", "MISSING")
    fixture.document.units.append(Unit(id: "T3", kind: .team, parent: "TOTT"))
    let graph = fixture.graph
    let findings = graph.buildFindings.filter { $0.code == .unknownReference }
    #expect(findings.count == 4)
    #expect(
      findings.map(\.ids) == [["T3", "TOTT"], ["Q", "NOPE"], ["P", "GOAL-7"], ["P", "MISSING"]])
    #expect(findings[0].suggestion == "did you mean TOT?")
    #expect(findings[2].suggestion == "did you mean GOAL-1?")
    // The good alignment is kept.
    #expect(Array(graph.objectiveSupporters(of: 0)) == [1])
  }

  @Test func aUnitGivenTwiceAlikeIsMergedAndOtherwiseADuplicate() {
    var fixture = Fixture()
    fixture.document.units.append(
      Unit(id: "T1", name: "Payments", kind: .team, parent: "TOT", capacity: 1))
    #expect(fixture.graph.buildFindings.isEmpty)
    fixture.document.units.append(Unit(id: "T2", name: "Other", kind: .team))
    #expect(fixture.graph.buildFindings.ids(.duplicateID) == ["T2"])
  }

  @Test func declinedLinksAndRelationsAreNotSupport() {
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    fixture.objective("A", "T1")
    fixture.objective("B", "T2")
    fixture.link("A", "G", .contributes, .declined)
    fixture.link("B", "G", .relatesTo, .committed)
    let graph = fixture.graph
    #expect(graph.objectiveSupporters(of: 0).isEmpty)
    #expect(Array(graph.objectiveNeighbours(of: 0)) == [2])
    #expect(graph.edges.count == 2)
  }

  @Test func loopingComponentsFindEveryLoopOnce() {
    // 0 → 1 → 2 → 0, 3 → 3, 4 → 5 (no loop)
    let adjacency = Adjacency(vertexCount: 6, pairs: [(0, 1), (1, 2), (2, 0), (3, 3), (4, 5)])
    #expect(adjacency.loopingComponents().sorted { $0[0] < $1[0] } == [[0, 1, 2], [3]])
    #expect(adjacency.loop(through: 0, within: [0, 1, 2]) == [0, 1, 2])
  }

  @Test func longChainsDoNotOverflowTheStack() {
    let count = 200_000
    let pairs = (0..<(count - 1)).map { ($0, $0 + 1) } + [(count - 1, 0)]
    let adjacency = Adjacency(vertexCount: count, pairs: pairs)
    #expect(adjacency.loopingComponents().map(\.count) == [count])
  }

  @Test func uniqueAdjacencyDropsRepeats() {
    let adjacency = Adjacency(
      vertexCount: 3, pairs: [(0, 1), (0, 1), (0, 2), (1, 2)], unique: true)
    #expect(Array(adjacency[0]) == [1, 2])
    #expect(adjacency.edgeCount == 3)
  }
}
