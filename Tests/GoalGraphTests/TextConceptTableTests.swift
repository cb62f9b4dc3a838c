import Foundation
import Testing

@testable import GoalGraph

@Suite("Concept table and word lists")
struct TextConceptTableTests {
  /// A data file of `Sources/GoalGraph/Text/Data`.
  func dataFile(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/GoalGraph/Text/Data/\(name)")
    return try String(contentsOf: url, encoding: .utf8)
  }

  func words(_ text: String) -> [String] {
    text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("#") }.map(String.init)
  }

  @Test func theFormatHasKindsCommentsAndContinuedLines() throws {
    let table = try ConceptTable(
      parsing: """
        # a comment
        churn: churn, Attrition,
          Abwanderung   # more after a comma
        scope france: France, französisch
        action launch: launch, e-bike
        """)
    #expect(table.concepts.map(\.name) == ["churn", "france", "launch"])
    #expect(table.concepts.map(\.kind) == [.theme, .scope, .action])
    #expect(table.concepts[0].terms == ["churn", "attrition", "abwanderung"])
    #expect(table.concepts[1].terms == ["france", "franzosisch"])
    #expect(table.concepts[2].terms == ["launch", "ebike"])
  }

  @Test(arguments: [
    ("churn churn", 1, "expected 'name: term, term, ...'"),
    ("a: b\n: c", 2, "expected a concept name"),
    ("a: b\nc: test ride", 2, "expected one word per term"),
    ("a: b\nc: B", 2, "already in the concept on line 1"),
    ("\n\na:", 3, "expected terms"),
  ])
  func mistakesNameTheLine(text: String, line: Int, message: String) {
    #expect {
      try ConceptTable(parsing: text, source: "mine.txt")
    } throws: { error in
      let error = error as! ConceptTableError
      return error.line == line && error.description.hasPrefix("mine.txt:\(line): ")
        && error.message.contains(message)
    }
  }

  @Test func aUsersTableExtendsAndOverridesTheBuiltInOne() throws {
    let user = try ConceptTable(parsing: "churn: kundigungsquote, attrition\nproduct: x1")
    let table = ConceptTable.standard.extended(with: user)
    let churn = table.concepts.first { $0.name == "churn" }!
    #expect(churn.terms.contains("kundigungsquote") && churn.terms.contains("attrition"))
    #expect(table.concepts.last!.name == "product")
    #expect(table.concepts.filter { $0.terms.contains("attrition") }.count == 1)
  }

  @Test func theBuiltInTableIsTheDataFile() throws {
    let file = try ConceptTable(parsing: dataFile("concepts.txt"))
    #expect(file == ConceptTable.standard)
    #expect(ConceptTable.standard.termCount >= 600)
    #expect(ConceptTable.standard.concepts.contains { $0.kind == .scope })
  }

  @Test func theStopWordListsAreTheDataFiles() throws {
    #expect(
      words(try dataFile("stopwords-english.txt"))
        == StopWords.englishText.split(
          whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    #expect(
      words(try dataFile("stopwords-german.txt"))
        == StopWords.germanText.split(
          whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    #expect(
      words(try dataFile("stopwords-okr.txt"))
        == StopWords.fillerText.split(
          whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    #expect(try dataFile("LICENSE-snowball.txt").contains("Redistribution and use"))
  }
}
