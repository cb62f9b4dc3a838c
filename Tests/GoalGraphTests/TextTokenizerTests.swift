import Testing

@testable import GoalGraph

@Suite("Text folding and tokens")
struct TextTokenizerTests {
  func tokens(_ text: String) -> [String] {
    var tokenizer = Tokenizer()
    var tokens: [TextToken] = []
    _ = tokenizer.tokenize(text, into: &tokens)
    return tokens.map(\.text)
  }

  func language(_ text: String) -> TextLanguage? {
    var tokenizer = Tokenizer()
    var tokens: [TextToken] = []
    return tokenizer.tokenize(text, into: &tokens)
  }

  @Test(arguments: [
    ("Größe", "grosse"), ("GRÖSSE", "grosse"), ("Märkte", "markte"), ("Café", "cafe"),
    ("a\u{308}rger", "arger"), ("Œuvre", "oeuvre"), ("Łódź", "lodz"), ("ΑΒΓ", "αβγ"),
  ])
  func foldingLowersAndDropsDiacritics(written: String, folded: String) {
    #expect(TextFolding.fold(written) == folded)
  }

  @Test func stopWordsAndFillerWordsAreLeftOut() {
    #expect(tokens("Reduce the churn of our customers") == ["reduce", "churn", "customers"])
    #expect(tokens("Die Kosten für die Zustellung senken") == ["kosten", "zustellung", "senken"])
    #expect(tokens("Make it work within a week") == ["week"])
  }

  @Test func hyphenatedWordsGiveTheirPartsAndTheWhole() {
    #expect(tokens("stock-sync tool") == ["stock", "sync", "stocksync", "tool"])
    #expect(tokens("90-Tage-Rhythmus") == ["90", "tage", "rhythmus"])
  }

  @Test(arguments: [
    ("11,40 €", "11.4"), ("11.40 EUR", "11.4"), ("1,200 bikes", "1200"), ("1.200 Räder", "1200"),
    ("4,1", "4.1"), ("3.8%", "3.8"), ("38,000", "38000"), ("99,50", "99.5"),
  ])
  func numbersReadTheSameInEveryLocale(written: String, number: String) {
    #expect(tokens(written).first == number)
  }

  @Test func theLanguageIsGuessedFromStopWordsEndingsAndUmlauts() {
    #expect(language("Reduce the churn of our customers") == .english)
    #expect(language("Die Kosten für die Zustellung senken") == .german)
    #expect(language("Kundenabwanderung senken") == .german)
    #expect(language("Größe") == .german)
    #expect(language("API") == nil)
  }

  @Test func clausesSplitAtConjunctions() {
    #expect(
      Clauses.split("Open the Austrian partner network and replace the stock-sync tool")
        == ["Open the Austrian partner network", "replace the stock-sync tool"])
    #expect(Clauses.split("Cut costs; hire 3 people") == ["Cut costs", "hire 3 people"])
    #expect(
      Clauses.split("Kosten senken sowie Touren planen") == ["Kosten senken", "Touren planen"])
    #expect(
      Clauses.split("Grow revenue as well as reduce churn") == ["Grow revenue", "reduce churn"])
    #expect(
      Clauses.split("Win over the commuters of our cities") == [
        "Win over the commuters of our cities"
      ])
  }
}
