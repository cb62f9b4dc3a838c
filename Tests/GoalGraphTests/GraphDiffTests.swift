import GoalGraph
import Testing

@Suite("Graph diff")
struct GraphDiffTests {
  func versions() -> (SupportGraph, SupportGraph) {
    var before = Fixture()
    before.objective("G", "ORG", keyResults: 1)
    before.objective("A", "T1", title: "Cut payment failures in half")
    before.objective("B", "T2", alignsTo: ["G"], title: "Faster search results")
    before.objective("OLD", "T2", title: "Retire the legacy search cluster this quarter")
    before.link("A", "G", .contributes, .requested)
    var after = Fixture()
    after.objective("G", "ORG", keyResults: 1)
    after.objective("A", "T1", alignsTo: ["G.1"], title: "Halve payment failures")
    after.objective("B", "TOT", alignsTo: ["G"], title: "Faster search results")
    after.objective("NEW-7", "T2", title: "Retire the legacy search cluster this quarter")
    after.objective("C", "T1", title: "Brand new objective")
    after.link("A", "G", .contributes, .committed)
    return (before.graph, after.graph)
  }

  @Test func objectivesAddedRemovedRenamedAndMoved() {
    let (old, new) = versions()
    let diff = GraphDiff(
      old: old, new: new, oldFindings: old.analyse().findings, newFindings: new.analyse().findings)
    #expect(diff.added == ["C"])
    #expect(diff.removed.isEmpty)
    #expect(diff.renamed.map { [$0.oldID, $0.newID] } == [["A", "A"], ["OLD", "NEW-7"]])
    #expect(diff.renamed[0].score == nil)
    #expect(diff.renamed[1].score == 1)
    #expect(diff.moved.map(\.id) == ["B"])
  }

  @Test func linksAndStatusesAfterMatchingRenamedIDs() {
    let (old, new) = versions()
    let diff = GraphDiff(old: old, new: new, oldFindings: [], newFindings: [])
    #expect(diff.edgesAdded.map { "\($0.from)>\($0.to)" } == ["A>G.1"])
    #expect(diff.edgesRemoved.isEmpty)
    #expect(diff.statusChanged.map { "\($0.from)>\($0.to)" } == ["A>G"])
    #expect(diff.statusChanged.first?.oldStatus == .requested)
  }

  @Test func findingsResolvedAndNew() {
    let (old, new) = versions()
    let diff = GraphDiff(
      old: old, new: new, oldFindings: old.analyse().findings, newFindings: new.analyse().findings)
    // OLD's island is NEW-7's island under another id: neither resolved nor new.
    #expect(!diff.findingsResolved.contains { $0.subjectIDs == ["OLD"] })
    #expect(diff.findingsNew.contains { $0.code == .island && $0.subjectIDs == ["C"] })
    #expect(diff.findingsResolved.contains { $0.code == .unsupportedKeyResult })
  }

  @Test func aVersionComparedWithItselfHasNoChanges() {
    let (old, _) = versions()
    let findings = old.analyse().findings
    #expect(GraphDiff(old: old, new: old, oldFindings: findings, newFindings: findings).isEmpty)
  }

  @Test func unrelatedTextsAreNotMatched() {
    #expect(GraphDiff.wordOverlap("Grow revenue in France", "Hire mechanics for Leipzig") == 0)
    #expect(GraphDiff.wordOverlap("Grow revenue", "grow REVENUE") == 1)
  }
}
