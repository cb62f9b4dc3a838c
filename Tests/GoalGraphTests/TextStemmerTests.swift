import Testing

@testable import GoalGraph

@Suite("Stemming and compounds")
struct TextStemmerTests {
  @Test(arguments: [
    ("markte", TextLanguage.german, "markt"), ("grosse", .german, "gross"),
    ("engineers", .english, "engin"), ("subscriptions", .english, "subscript"),
    ("gewinnen", .german, "gewinn"),
  ])
  func stemsFollowSnowball(word: String, language: TextLanguage, stem: String) {
    #expect(StemmerSet().stem(word, language) == stem)
  }

  @Test(arguments: [("kundinnen", "kunden"), ("mechanikerinnen", "mechaniker")])
  func feminineFormsMeetTheirMasculineOnes(feminine: String, masculine: String) {
    let stemmers = StemmerSet()
    #expect(stemmers.stem(feminine, .german) == stemmers.stem(masculine, .german))
  }

  @Test func compoundsSplitIntoKnownPartsWithLinkingLetters() {
    let lexicon = Lexicon(concepts: ConceptTable())
    let stemmers = StemmerSet()
    let splitter = CompoundSplitter(
      words: ["service", "kosten", "vertrag", "abschluss", "werkstatt", "rad"],
      stems: [], concepts: lexicon)
    #expect(splitter.split("servicekosten", stemmer: stemmers) == ["service", "kosten"])
    #expect(splitter.split("vertragsabschluss", stemmer: stemmers) == ["vertrag", "abschluss"])
    // Parts shorter than four letters are never split off; unknown parts stay whole.
    #expect(splitter.split("werkstattrad", stemmer: stemmers) == nil)
    #expect(splitter.split("servicequalitat", stemmer: stemmers) == nil)
  }

  @Test func conceptTermsTakePartInSplitting() {
    let concepts = try! ConceptTable(parsing: "churn: churn, Abwanderung\ncustomer: Kunde")
    let splitter = CompoundSplitter(
      words: [], stems: [], concepts: Lexicon(concepts: concepts))
    #expect(
      splitter.split("kundenabwanderung", stemmer: StemmerSet()) == ["kunden", "abwanderung"])
  }
}
