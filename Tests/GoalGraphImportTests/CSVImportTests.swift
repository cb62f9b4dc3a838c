import GoalGraph
import GoalGraphImport
import Testing

@Suite("CSV import")
struct CSVImportTests {
  @Test func ownColumnsWithKeyResultsFollowingTheirObjective() {
    let text = """
      id,type,title,unit,unit_kind,parent_unit,aligns_to,owner,status
      ORG-1,objective,Grow revenue,ACME,organization,,,Anna,committed
      ORG-1.1,key_result,Revenue from 10 to 12 M,ACME,organization,,,,
      PAY-1,objective,Instant transfers,PAY,team,ACME,ORG-1.1,Mia,draft
      PAY-1.1,key_result,50 % of payouts instant,PAY,team,ACME,,,

      """
    let (document, problems) = read(text, .csv)
    #expect(problems.isEmpty)
    #expect(document.units.map(\.id) == ["ACME", "PAY"])
    #expect(document.units[1].parent == "ACME")
    #expect(document.units[1].kind == .team)
    #expect(document.objectives.map(\.id) == ["ORG-1", "PAY-1"])
    #expect(document.objectives[0].keyResults.map(\.id) == ["ORG-1.1"])
    #expect(document.objectives[1].alignsTo == ["ORG-1.1"])
    #expect(document.objectives[1].status == .draft)
    #expect(document.objectives[1].owner == "Mia")
  }

  @Test func quotedFieldsHoldDelimitersQuotesAndNewlines() {
    let text =
      "id,type,title,unit,unit_kind\r\n"
      + "O1,objective,\"Grow, \"\"fast\"\"\nand well\",ACME,organization\r\n"
    let (document, problems) = read(text, .csv)
    #expect(problems.isEmpty)
    #expect(document.objectives[0].title == "Grow, \"fast\"\nand well")
  }

  @Test func semicolonsAndAByteOrderMark() {
    let text = "id;type;title;unit;unit_kind\nO1;objective;Umsatz, schnell;ACME;organization\n"
    let (document, problems) = read([0xEF, 0xBB, 0xBF] + Array(text.utf8), .csv)
    #expect(problems.isEmpty)
    #expect(document.objectives[0].title == "Umsatz, schnell")
  }

  @Test func vivaGoalsExport() {
    let text = """
      OKR Reference,Title,Type,Owner,Parent OKR,Time period
      O-1,Grow revenue,Objective,Anna,,Q1 2027
      KR-1,Revenue from 10 to 12 M,Key Result,Anna,O-1,Q1 2027
      O-2,Faster checkout,Objective,Payments,KR-1,Q1 2027
      KR-2,Checkout under 2 s,Key Result,Payments,O-2,Q1 2027
      I-1,Migrate database,Initiative,Payments,O-2,Q1 2027
      """
    let (document, problems) = read(text, .csv)
    #expect(errors(problems).isEmpty)
    #expect(document.cycle == "Q1 2027")
    #expect(document.objectives.map(\.id) == ["O-1", "O-2"])
    #expect(document.objectives[0].keyResults.map(\.id) == ["KR-1"])
    #expect(document.objectives[1].alignsTo == ["KR-1"])
    #expect(document.objectives[1].keyResults.map(\.id) == ["KR-2"])
    #expect(problems.contains { $0.message.contains("rows of type \"Initiative\" skipped") })
    // Without kinds, levels follow the alignments.
    let kinds = Dictionary(uniqueKeysWithValues: document.units.map { ($0.id, $0.kind) })
    #expect(kinds == ["Anna": .organization, "Payments": .teamOfTeams])
  }

  @Test func peopleboxSheetWithSeveralParents() {
    let text = """
      Goal ID,Row ID,Parent Row IDs,Goal Title,Owner Emails,Departments
      G1,1,,Grow revenue,ceo@example.com,Company
      G2,2,1,Win mid-market,sales@example.com,Sales
      G3,3,"1, 2",Faster onboarding,ops@example.com,"Ops, Support"
      """
    let (document, problems) = read(text, .csv)
    #expect(errors(problems).isEmpty)
    #expect(document.objectives.map(\.id) == ["1", "2", "3"])
    #expect(document.objectives[2].alignsTo == ["1", "2"])
    #expect(document.objectives[2].unit == "Ops")
    #expect(document.objectives[0].owner == "ceo@example.com")
  }

  @Test func plainTeamSheetWithTitlesAsReferences() {
    let text = """
      Team;Objective;Key Result;Aligned to
      Company;Grow revenue;;
      ;;Revenue from 10 to 12 M;
      Payments;Faster checkout;;Grow revenue
      ;;Checkout under 2 s;
      ;;Fewer failed payments, below 1 %;
      """
    let (document, problems) = read(text, .csv)
    #expect(errors(problems).isEmpty)
    #expect(document.objectives.map(\.id) == ["Company-1", "Payments-1"])
    #expect(document.objectives[1].keyResults.map(\.id) == ["Payments-1.1", "Payments-1.2"])
    #expect(document.objectives[1].keyResults[1].title == "Fewer failed payments, below 1 %")
    #expect(document.objectives[1].alignsTo == ["Company-1"])
  }

  @Test func unitsAndLinksFiles() {
    let units =
      "id,name,kind,parent,coach,capacity\nACME,Acme,organization,,Jo,\n"
      + "PAY,Payments,team,ACME,Sam,2\n"
    let links = "from,to,kind,status,note\nPAY-1,ORG-1,contributes,committed,\"agreed, finally\"\n"
    let (unitDocument, unitProblems) = read(units, .csv)
    let (linkDocument, linkProblems) = read(links, .csv)
    #expect(unitProblems.isEmpty && linkProblems.isEmpty)
    #expect(
      unitDocument.units[1]
        == Unit(
          id: "PAY", name: "Payments", kind: .team, parent: "ACME", coach: "Sam", capacity: 2,
          location: SourceLocation(file: "input.csv", line: 3)))
    #expect(linkDocument.links[0].note == "agreed, finally")
    #expect(linkDocument.links[0].status == .committed)
  }

  @Test func reportsEveryBadRowWithItsLine() {
    let text = """
      id,type,title,unit,unit_kind
      O1,objective,Fine,ACME,organization
      O2,objective,,ACME,organization
      O3,objective,Too, many fields,ACME,organization
      O4,objective,Strange kind,X,guild
      """
    let (_, problems) = read(text, .csv)
    #expect(errors(problems).map(\.location.line) == [4, 3, 5])
  }

  @Test func unterminatedQuoteNamesTheLineWhereItOpened() {
    let text = "id,type,title,unit\nO1,objective,\"Never closed,ACME\nO2,objective,x,ACME\n"
    let (_, problems) = read(text, .csv)
    #expect(errors(problems).count == 1)
    #expect(errors(problems)[0].location.line == 2)
  }

  @Test func aHeaderWithoutTitlesIsExplained() {
    let (_, problems) = read("foo,bar\n1,2\n", .csv)
    #expect(errors(problems)[0].message.contains("no known column for titles"))
  }

  @Test func invalidBytesAreReportedWithTheirLine() {
    let bytes =
      Array("id,type,title,unit\nO1,objective,ok,A\nO2,objective,".utf8) + [0xFF]
      + Array(",A\n".utf8)
    let (_, problems) = read(bytes, .csv)
    #expect(errors(problems).count == 1)
    #expect(errors(problems)[0].location.line == 3)
    #expect(errors(problems)[0].message.contains("invalid UTF-8"))
  }

  @Test func nulBytesAndAByteOrderMarkInTheMiddle() {
    let nul = Array("id,title\n".utf8) + [0] + Array("x\n".utf8)
    #expect(errors(read(nul, .csv).1)[0].message.contains("NUL byte"))
    let bom = Array("id,title\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("x\n".utf8)
    #expect(errors(read(bom, .csv).1)[0].message.contains("byte order mark"))
  }
}
