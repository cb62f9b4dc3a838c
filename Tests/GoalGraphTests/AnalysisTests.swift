import GoalGraph
import Testing

@Suite("Structural analysis")
struct AnalysisTests {
  @Test func islandsAreObjectivesBelowTheTopConnectedToNothing() {
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    fixture.objective("LONELY-GOAL", "ORG")
    fixture.objective("A", "T1", alignsTo: ["G"])
    fixture.objective("ISLAND", "T2", keyResults: 2)
    fixture.objective("RELATED", "T2")
    fixture.objective("DECLINED", "T1")
    fixture.link("RELATED", "A", .relatesTo)
    fixture.link("DECLINED", "G", .contributes, .declined)
    let islands = fixture.graph.islands()
    // Top-level goals are never islands; a relation is a connection; a declined link is not.
    #expect(islands.ids(.island) == ["ISLAND", "DECLINED"])
  }

  @Test func aKeyResultsConnectionSavesItsObjectiveFromBeingAnIsland() {
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    fixture.objective("A", "T1", keyResults: 1, keyResultAlignments: [1: ["G"]])
    #expect(fixture.graph.islands().isEmpty)
  }

  @Test func aLinkToItselfIsNoConnection() {
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    fixture.objective("A", "T1", keyResults: 1, keyResultAlignments: [1: ["A"]])
    let graph = fixture.graph
    #expect(graph.islands().ids(.island) == ["A"])
    #expect(graph.cycles().ids(.cycle) == ["A"])
  }

  @Test func detachedGroupsReachNoGoal() {
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    fixture.objective("P", "TOT", alignsTo: ["G"])
    fixture.objective("A", "T1", alignsTo: ["P"])
    fixture.objective("B", "T1")
    fixture.objective("C", "T2", alignsTo: ["B"])
    fixture.objective("D", "T2")
    fixture.link("D", "B", .relatesTo)
    // A group that only relates to an attached objective is not detached.
    fixture.objective("E", "T2")
    fixture.link("E", "A", .relatesTo)
    let findings = fixture.graph.detachedGroups()
    #expect(findings.ids(.detachedGroup) == ["B C D"])
    #expect(findings[0].message.contains("Payments, Search"))
  }

  @Test func goalsSupportedOnlyThroughAKeyResultAreSupported() {
    var fixture = Fixture()
    fixture.objective("G", "ORG", keyResults: 2)
    fixture.objective("P", "TOT", alignsTo: ["G.1"])
    let findings = fixture.graph.unsupportedGoals()
    #expect(findings.ids(.unsupportedGoal).isEmpty)
    #expect(findings.ids(.unsupportedKeyResult) == ["G.2 G"])
  }

  @Test func unsupportedGoalsAreReportedOnceNotPerKeyResult() {
    var fixture = Fixture()
    fixture.objective("G", "ORG", keyResults: 3)
    fixture.objective("H", "ORG")
    fixture.objective("P", "TOT", alignsTo: ["H"])
    let findings = fixture.graph.unsupportedGoals()
    #expect(findings.ids(.unsupportedGoal) == ["G"])
    #expect(findings.ids(.unsupportedKeyResult).isEmpty)
  }

  @Test func declinedAndRelatedLinksDoNotSupportAGoal() {
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    fixture.objective("A", "T1")
    fixture.link("A", "G", .contributes, .declined)
    fixture.link("A", "G", .relatesTo)
    fixture.link("A", "G", .dependsOn)
    #expect(fixture.graph.unsupportedGoals().ids(.unsupportedGoal) == ["G"])
  }

  @Test func goalSupportCountsTransitivelyCommittedAndInTotal() throws {
    var fixture = Fixture()
    fixture.objective("G", "ORG", keyResults: 1)
    fixture.objective("P", "TOT", alignsTo: ["G.1"])
    fixture.objective("A", "T1", alignsTo: ["P"])
    fixture.objective("B", "T2")
    fixture.objective("C", "T2")
    fixture.link("B", "P", .contributes, .requested)
    fixture.link("C", "G", .contributes, .declined)
    let support = try #require(fixture.graph.goalSupport().first)
    #expect(support.objectives == 3)
    #expect(support.units == 3)
    #expect(support.committedObjectives == 2)
    #expect(support.committedUnits == 2)
  }

  @Test func requestedOnlyMeansEverySupporterIsARequest() {
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    fixture.objective("H", "ORG", keyResults: 1)
    fixture.objective("A", "T1")
    fixture.objective("B", "T2", alignsTo: ["H"])
    fixture.link("A", "G", .contributes, .requested)
    fixture.link("A", "H.1", .contributes, .requested)
    #expect(fixture.graph.requestedOnlySupport().ids(.requestedOnly) == ["G A"])
  }

  @Test func cyclesAreReportedOnceInOrderThroughKeyResults() throws {
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    fixture.objective("A", "T1", alignsTo: ["B"])
    fixture.objective("B", "T2", keyResults: 1, keyResultAlignments: [1: ["C"]])
    fixture.objective("C", "TOT", alignsTo: ["A"])
    fixture.objective("D", "T1", alignsTo: ["G"])
    let findings = fixture.graph.cycles()
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.ids == ["A", "B", "C"])
    #expect(finding.message == "support goes round in a loop: A → B → C → A")
  }

  @Test func relationsDoNotMakeCycles() {
    var fixture = Fixture()
    fixture.objective("A", "T1", alignsTo: ["B"])
    fixture.objective("B", "T2")
    fixture.link("B", "A", .relatesTo)
    fixture.link("B", "A", .contributes, .declined)
    #expect(fixture.graph.cycles().isEmpty)
  }

  @Test func levelInversionsAreAlignmentsToTheSameOrALowerLevel() {
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    fixture.objective("P", "TOT", alignsTo: ["A"])
    fixture.objective("A", "T1", alignsTo: ["G"])
    fixture.objective("B", "T2", alignsTo: ["A"])
    fixture.objective("C", "T2")
    fixture.link("C", "A")  // a contribution between peers is fine
    #expect(fixture.graph.levelInversions().ids(.levelInversion) == ["P A", "B A"])
  }

  @Test func overCapacityCountsRequestedAndCommittedAsks() {
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    fixture.objective("P", "TOT")
    fixture.objective("A", "T1", keyResults: 1)
    fixture.objective("B", "T2")
    fixture.link("A", "G", .contributes, .committed)
    fixture.link("A.1", "P", .contributes, .requested)
    fixture.link("A", "B", .contributes, .declined)
    fixture.link("A", "B", .relatesTo)
    let findings = fixture.graph.overCapacity()
    #expect(findings.map { $0.ids[0] } == ["T1"])
    #expect(findings[0].message.contains("asked for 2 contributions (1 committed)"))
    #expect(findings[0].message.contains("Acme, Platform"))
  }

  @Test func tooManyHasConfigurableLimits() {
    var fixture = Fixture()
    for index in 1...6 { fixture.objective("A\(index)", "T1") }
    fixture.objective("B", "T2", keyResults: 6)
    let graph = fixture.graph
    #expect(graph.tooMany().map { $0.ids[0] } == ["T1", "B"])
    let relaxed = AnalysisOptions(maximumObjectivesPerUnit: 6, maximumKeyResultsPerObjective: 6)
    #expect(graph.tooMany(relaxed).isEmpty)
  }

  @Test(arguments: [
    ("Raise NPS from 31 to 45", true),
    ("Double the trial conversions", true),
    ("Umsatz verdoppeln", true),
    ("Improve the developer experience", false),
    ("Launch the new app", false),
  ])
  func unmeasurableMeansNoNumberAndNoMetric(title: String, measurable: Bool) {
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    fixture.document.objectives[0].keyResults = [KeyResult(id: "K", title: title)]
    #expect(fixture.graph.unmeasurableKeyResults().isEmpty == measurable)
    fixture.document.objectives[0].keyResults[0].metric = Metric(name: "NPS")
    #expect(fixture.graph.unmeasurableKeyResults().isEmpty)
  }

  @Test func deprioritizeCandidatesSupportNoGoalAndHaveNoSupport() {
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    fixture.objective("A", "T1", alignsTo: ["G"])
    fixture.objective("LEAF", "T2", alignsTo: ["ROOT"])
    fixture.objective("ROOT", "TOT")
    fixture.objective("RELATED", "T2")
    fixture.link("RELATED", "A", .relatesTo)
    fixture.objective("ISLAND", "T1")
    // ROOT is supported by LEAF, so only LEAF and RELATED are candidates; islands are not.
    #expect(fixture.graph.deprioritizeCandidates().ids(.deprioritize) == ["LEAF", "RELATED"])
  }

  @Test func anObjectiveWithoutKeyResultsAndAnEmptyInput() {
    #expect(SupportGraph(OKRDocument()).analyse().findings.isEmpty)
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    let result = fixture.graph.analyse()
    #expect(result.findings.map(\.code) == [.unsupportedGoal])
    #expect(result.coverage.levels.map(\.share) == [1])
  }

  @Test func coverageSharesPerLevelAndPerUnit() {
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    fixture.objective("P", "TOT", alignsTo: ["G"])
    fixture.objective("A", "T1", alignsTo: ["P"])
    fixture.objective("B", "T1")
    fixture.objective("C", "T2")
    fixture.link("A", "C", .relatesTo)
    let coverage = fixture.graph.coverage()
    #expect(coverage.levels.map(\.level) == [.organization, .teamOfTeams, .team])
    #expect(coverage.levels.map(\.reachingTop) == [1, 1, 1])
    #expect(coverage.levels[2].share == 1.0 / 3.0)
    let payments = coverage.units[2]
    #expect(payments.objectives == 2 && payments.islands == 1 && payments.outgoingLinks == 1)
    #expect(coverage.units[3].incomingLinks == 1)
  }

  @Test func findingsFollowTheSessionsQuestions() {
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    fixture.objective("A", "T1", alignsTo: ["B"])
    fixture.objective("B", "T2")
    fixture.objective("I", "T2")
    let codes = fixture.graph.analyse().findings.map(\.code)
    #expect(
      codes == [.island, .detachedGroup, .deprioritize, .unsupportedGoal, .levelInversion])
  }

  @Test func restrictingToAUnitKeepsWhatTouchesIt() {
    var fixture = Fixture()
    fixture.objective("G", "ORG")
    fixture.objective("A", "T1")
    fixture.objective("B", "T2")
    let graph = fixture.graph
    let findings = graph.analyse().findings
    let islands = graph.findings(findings, concerningUnit: 2).filter { $0.code == .island }
    #expect(islands.map { $0.ids[0] } == ["A"])
  }
}
