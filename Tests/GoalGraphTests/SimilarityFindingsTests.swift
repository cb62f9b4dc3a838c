import Testing

@testable import GoalGraph

/// The part of the sample organisation (samples/acme.yaml) that the similarity findings are
/// about: two duplicates (one across languages), an overlap, a bundle, two islands and an
/// unsupported goal.
struct SampleOrganisation {
  var document = OKRDocument(
    units: [
      Unit(id: "PED", kind: .organization), Unit(id: "LT", kind: .leadership, parent: "PED"),
      Unit(id: "RX", kind: .teamOfTeams, parent: "PED"),
      Unit(id: "MKT", kind: .teamOfTeams, parent: "PED"),
    ]
      + ["APP", "SUB", "CARE", "WKS", "GRDE", "GRFR", "CORP", "PRT", "LOG"].map {
        Unit(id: $0, name: "Team \($0)", kind: .team, parent: "RX")
      })

  init() {
    add(
      "ORG-2", "PED", "Give riders a bike they can rely on every single day",
      [
        "Lift fleet availability from 93% to 97%",
        "Cut breakdowns per 100 bikes and month from 4.1 to 2.5", "Raise rider NPS from 34 to 45",
      ])
    add(
      "ORG-5", "PED", "Run the cleanest last-mile logistics in urban mobility",
      [
        "Cut CO2 per bike delivery from 8.6 kg to 5 kg",
        "Make 40% of city deliveries and pick-ups by cargo bike",
      ])
    add(
      "LT-2", "LT", "Turn business customers into our second growth engine",
      [
        "Sign 35 new employer contracts with 50 or more staff"
      ], alignsTo: ["ORG-2"])
    add(
      "RX-1", "RX", "Make starting and ending a ride effortless",
      [
        "Cut failed unlock attempts from 6% to 1.5%",
        "Raise our app store rating from 4.1 to 4.6 on iOS and Android",
      ], alignsTo: ["ORG-2.3"])
    add(
      "MKT-1", "MKT", "Grow in our core cities without buying the growth",
      [
        "Add 11,000 net new consumer subscriptions"
      ], alignsTo: ["LT-2"])
    add(
      "CARE-2", "CARE", "Get riders back on a working bike within 48 hours of a breakdown",
      [
        "Raise the share of breakdowns fixed within 48 hours from 58% to 85%",
        "Provide a replacement bike whenever a repair takes longer than 48 hours",
      ], alignsTo: ["ORG-2.1"])
    add(
      "WKS-1", "WKS",
      "Defekte Räder innerhalb von 48 Stunden nach der Meldung wieder fahrbereit machen",
      [
        "Anteil der Pannen, die binnen 48 Stunden behoben sind, von 58 % auf 85 % steigern",
        "Bei jeder Reparatur über 48 Stunden ein Ersatzrad stellen (100 %)",
      ], alignsTo: ["ORG-2.2"])
    add(
      "CORP-2", "CORP", "Get new company customers riding within two weeks of signing",
      [
        "Cut median days from signed contract to first employee ride from 31 to 14",
        "Give every new employer a named onboarding manager within 1 working day",
      ], alignsTo: ["LT-2"])
    add(
      "SUB-3", "SUB", "Shorten the path from a signed business contract to the first ride",
      [
        "Bring median days from contract signature to first ride for company accounts from 31 "
          + "to 12",
        "Set up company accounts and invoicing automatically for 90% of new contracts",
      ], alignsTo: ["LT-2.1"])
    add(
      "GRDE-2", "GRDE", "Turn more test rides into subscriptions across Germany",
      [
        "Lift test-ride-to-subscription conversion in Germany from 18% to 26%",
        "Offer a test ride within 3 days of booking in all 9 German cities",
      ], alignsTo: ["MKT-1"])
    add(
      "GRFR-2", "GRFR", "Turn more test rides into subscriptions in France",
      [
        "Lift test-ride conversion in France from 15% to 24%",
        "Call back every French test rider within 24 hours",
      ], alignsTo: ["MKT-1"])
    add(
      "PRT-2", "PRT", "Open the Austrian partner network and replace the stock-sync tool",
      [
        "Sign 12 partner shops in Vienna and Graz",
        "Reach 400 subscriptions sold through Austrian partners",
        "Move all 80 connected stores from the nightly CSV import to the live inventory API",
        "Cut stock-mismatch tickets from 120 to 20 a month",
      ], alignsTo: ["MKT-1"])
    add(
      "PRT-3", "PRT", "Restock partner shops by cargo bike instead of by van",
      [
        "Do 60% of restocking runs in Leipzig and Dresden by cargo bike",
        "Cut van kilometres for restocking from 4,200 to 1,800 a month",
      ])
    add(
      "APP-6", "APP", "Let riders unlock their bike even without mobile signal",
      [
        "Bring failed unlock attempts in underground garages from 14% to 2%",
        "Unlock over Bluetooth in 99% of attempts when the phone is offline",
      ])
    add(
      "LOG-1", "LOG", "Neue Kundinnen und Kunden haben ihr Rad nach wenigen Tagen",
      [
        "Zeit vom Vertragsabschluss bis zur Lieferung von 9 auf 4 Werktage senken"
      ], alignsTo: ["MKT-1"])
  }

  mutating func add(
    _ id: String, _ unit: String, _ title: String, _ keyResults: [String],
    alignsTo: [String] = []
  ) {
    document.objectives.append(
      Objective(
        id: id, title: title, unit: unit,
        keyResults: keyResults.enumerated().map {
          KeyResult(id: "\(id).\($0.offset + 1)", title: $0.element)
        }, alignsTo: alignsTo))
  }

  var graph: SupportGraph { SupportGraph(document) }
}

@Suite("Similarity findings")
struct SimilarityFindingsTests {
  let graph = SampleOrganisation().graph

  @Test func duplicatesAcrossUnitsAndLanguagesAreFound() {
    let findings = graph.similarityFindings()
    #expect(Set(findings.ids(.duplicate)) == ["CARE-2 WKS-1", "CORP-2 SUB-3"])
    let care = findings.first { $0.ids.contains("CARE-2") }!
    #expect(care.severity == .warning)
    #expect(care.message.contains("breakdown") && care.message.contains("score"))
    #expect(care.suggestion!.contains("combine them"))
  }

  @Test func theSameIntentInAnotherCountryIsAnOverlap() {
    let findings = graph.similarityFindings()
    #expect(findings.ids(.overlap) == ["GRDE-2 GRFR-2"])
    let overlap = findings.first { $0.code == .overlap }!
    #expect(overlap.message.contains("germany, france"))
    #expect(overlap.suggestion!.contains("Team GRDE and Team GRFR"))
  }

  @Test func aBundleIsSplitWithItsKeyResults() {
    let findings = graph.similarityFindings()
    #expect(findings.ids(.splittable) == ["PRT-2 PRT-2.1 PRT-2.2 PRT-2.3 PRT-2.4"])
    let suggestion = findings.first { $0.code == .splittable }!.suggestion!
    #expect(
      suggestion == "split it into \"Open the Austrian partner network\" with PRT-2.1, PRT-2.2 "
        + "and \"replace the stock-sync tool\" with PRT-2.3, PRT-2.4")
  }

  @Test func islandsAndUnsupportedGoalsGetTheirLikelyPartners() {
    let index = SimilarityIndex(graph: graph)
    let app = index.partners(forIsland: graph.node(id: "APP-6")!)
    #expect(app.map { graph.id(of: $0.supported) } == ["RX-1.1"])
    #expect(app[0].sharedTerms.contains("unlock"))
    let restock = index.partners(forIsland: graph.node(id: "PRT-3")!)
    #expect(restock.map { graph.id(of: $0.supported) } == ["ORG-5.2"])
    let goal = index.partners(forGoal: graph.node(id: "ORG-5")!)
    #expect(goal.first.map { graph.id(of: $0.supporter) } == "PRT-3")
    #expect(goal.allSatisfy { graph.level(of: $0.supporter) == .team })
  }

  @Test func analyseAddsTheFindingsAndTheSuggestions() {
    let findings = graph.analyse().findings
    let island = findings.first { $0.code == .island && $0.ids.first == "APP-6" }!
    #expect(island.ids == ["APP-6", "RX-1.1"])
    #expect(
      island.suggestion!.hasSuffix(
        "; by text, APP-6 may support RX-1.1: shared terms unlock, attempts, failure (score "
          + formatScore(
            SimilarityIndex(graph: graph).partners(forIsland: graph.node(id: "APP-6")!)[0]
              .score) + ")"))
    let goal = findings.first { $0.code == .unsupportedGoal }!
    #expect(goal.suggestion!.contains("by text, PRT-3 may support ORG-5: shared terms"))
    #expect(findings.contains { $0.code == .duplicate })
    // Turned off, nothing of it is left.
    let off = graph.analyse(AnalysisOptions(similarity: SimilarityOptions(isEnabled: false)))
    #expect(!off.findings.contains { [.duplicate, .overlap, .splittable].contains($0.code) })
    #expect(!off.findings.contains { $0.suggestion?.contains("by text") ?? false })
  }

  @Test func aCascadeIsNoDuplicate() {
    var sample = SampleOrganisation()
    sample.add(
      "LOG-9", "LOG", "Neue Kundinnen und Kunden haben ihr Rad nach wenigen Tagen",
      [
        "Zeit vom Vertragsabschluss bis zur Lieferung von 9 auf 4 Werktage senken"
      ], alignsTo: ["LOG-1"])
    let graph = sample.graph
    #expect(
      SimilarityIndex(graph: graph).compare(
        graph.node(id: "LOG-1")!, graph.node(id: "LOG-9")!
      ).relation == .duplicate)
    #expect(!graph.similarityFindings().ids(.duplicate).contains { $0.contains("LOG-9") })
  }

  @Test func titlesThatShareOneWordAreNoDuplicates() {
    var fixture = Fixture()
    for id in ["A", "B", "C", "D"] { fixture.objective(id, "T1") }
    #expect(fixture.graph.similarityFindings().isEmpty)
  }

  @Test func neighboursAreSortedAndFiltered() {
    let index = SimilarityIndex(graph: graph)
    let care = graph.node(id: "CARE-2")!
    let neighbours = index.neighbours(of: care, top: 3)
    #expect(neighbours.first.map { graph.id(of: $0.objective) } == "WKS-1")
    #expect(neighbours.first?.relation == .duplicate)
    #expect(zip(neighbours, neighbours.dropFirst()).allSatisfy { $0.score >= $1.score })
    #expect(index.neighbours(of: care, minimumScore: 0.99).isEmpty)
    let all = index.allNeighbours(top: 1)
    #expect(all.count == graph.objectiveCount)
    #expect(all[care].map(\.objective) == neighbours.prefix(1).map(\.objective))
    let match = index.compare(care, graph.node(id: "WKS-1")!)
    #expect(match.score == neighbours[0].score && match.keyResultScore != nil)
  }

  @Test func userConceptsMakeWordsMeet() {
    var document = OKRDocument(units: [Unit(id: "T", kind: .team)])
    for (id, title) in [
      ("A", "Migrate the fleet to Zorblax chargers"), ("B", "Move the fleet onto Quibbit chargers"),
    ] {
      document.objectives.append(Objective(id: id, title: title, unit: "T"))
    }
    let graph = SupportGraph(document)
    let plain = SimilarityIndex(graph: graph).compare(0, 1).score
    var options = SimilarityOptions()
    options.concepts = ConceptTable.standard.extended(
      with: try! ConceptTable(parsing: "charger: zorblax, quibbit"))
    let extended = SimilarityIndex(graph: graph, options: options).compare(0, 1)
    #expect(extended.score > plain)
    #expect(extended.sharedTerms.contains("charger"))
  }
}
