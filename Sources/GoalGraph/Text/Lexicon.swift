/// What the features of a corpus mean, and how to turn more text into the same features.
///
/// Features `0 ..< concepts.concepts.count` are the concepts of the table; the stems and
/// numbers of the corpus follow, numbered as they were first met.
struct Lexicon: Sendable {
  /// The concept table the features were built with.
  let concepts: ConceptTable
  /// What each feature is.
  private(set) var kinds: [FeatureKind] = []
  /// A name for each feature, for messages: the concept's name, or a word that has the stem.
  private(set) var labels: [String] = []
  /// Inverse document frequencies of the word features and of the n-gram buckets.
  var wordIDF: [Float] = []
  var gramIDF: [Float] = []

  /// The corpus's tokens, their feature in each language (-1 where never met), the features
  /// of their compound parts, and their n-gram buckets.
  var tokenIndex: [String: Int32] = [:]
  var tokenFeatures: [[Int32]] = []
  var compoundStarts: [Int] = [0]
  var compoundFeatures: [Int32] = []
  var tokenGrams = SparseRows()

  private var featureIndex: [String: Int32] = [:]
  private let surfaceConcepts: [String: Int32]
  private let stemConcepts: [[String: Int32]]

  /// A lexicon with the concepts as its first features.
  ///
  /// - Complexity: O(t) stemming operations for the t terms of the table.
  init(concepts: ConceptTable) {
    self.concepts = concepts
    var surface: [String: Int32] = [:]
    var stemmed = TextLanguage.allCases.map { _ in [String: Int32]() }
    let stemmers = StemmerSet()
    for (index, concept) in concepts.concepts.enumerated() {
      kinds.append(FeatureKind(concept.kind))
      labels.append(concept.name)
      for term in concept.terms {
        if surface[term] == nil { surface[term] = Int32(index) }
        for language in TextLanguage.allCases {
          let stem = stemmers.stem(term, language)
          let slot = Int(language.rawValue)
          if stemmed[slot][stem] == nil { stemmed[slot][stem] = Int32(index) }
        }
      }
    }
    surfaceConcepts = surface
    stemConcepts = stemmed
  }

  /// The number of word features.
  var featureCount: Int { kinds.count }

  /// The concept a folded word is a term of, as written.
  func concept(ofTerm word: String) -> Int32? { surfaceConcepts[word] }

  /// Whether a folded word, or its stem in a language, belongs to a concept.
  func concept(word: String, stem: String, language: TextLanguage) -> Int32? {
    surfaceConcepts[word] ?? stemConcepts[Int(language.rawValue)][stem]
  }

  /// The concept of a folded word: as written, through its stem in the text's language, or
  /// through its stem in the other languages (when the language guess was wrong).
  func concept(word: String, stems: [String], language: TextLanguage) -> Int32? {
    if let concept = concept(word: word, stem: stems[Int(language.rawValue)], language: language) {
      return concept
    }
    for other in TextLanguage.allCases
    where other != language && !stems[Int(other.rawValue)].isEmpty {
      if let concept = stemConcepts[Int(other.rawValue)][stems[Int(other.rawValue)]] {
        return concept
      }
    }
    return nil
  }

  /// The terms of all concepts, folded.
  var conceptTerms: Dictionary<String, Int32>.Keys { surfaceConcepts.keys }

  /// The stems of the concepts' terms in a language.
  func conceptStems(_ language: TextLanguage) -> Dictionary<String, Int32>.Keys {
    stemConcepts[Int(language.rawValue)].keys
  }

  /// The feature of a word: its concept, or its stem.
  mutating func feature(word: String, stem: String, language: TextLanguage) -> Int32 {
    if let concept = concept(word: word, stem: stem, language: language) { return concept }
    return intern(stem, label: word, kind: .word)
  }

  /// The feature of a word in a language, given its stems in every language: its concept,
  /// or its stem in the language.
  mutating func feature(word: String, stems: [String], language: TextLanguage) -> Int32 {
    if let concept = concept(word: word, stems: stems, language: language) { return concept }
    return intern(stems[Int(language.rawValue)], label: word, kind: .word)
  }

  /// The feature with a key, made if new.
  mutating func intern(_ key: String, label: String, kind: FeatureKind) -> Int32 {
    if let feature = featureIndex[key] { return feature }
    let feature = Int32(kinds.count)
    featureIndex[key] = feature
    kinds.append(kind)
    labels.append(label)
    return feature
  }

  /// The word features of a text made of the corpus's own words (such as a part of a title),
  /// weighted like the corpus's texts; words the corpus lacks are left out.
  ///
  /// - Complexity: O(n log n) for the n words of the text.
  func wordVector(of text: String, language: TextLanguage) -> SparseVector {
    var tokenizer = Tokenizer()
    var tokens: [TextToken] = []
    _ = tokenizer.tokenize(text, into: &tokens)
    var features: [Int32] = []
    for token in tokens {
      guard let id = tokenIndex[token.text] else { continue }
      let t = Int(id)
      var feature = tokenFeatures[Int(language.rawValue)][t]
      if feature < 0 { feature = tokenFeatures.lazy.map { $0[t] }.first { $0 >= 0 } ?? -1 }
      guard feature >= 0, kinds[Int(feature)] != .scope else { continue }
      features.append(feature)
      guard token.kind != .joined else { continue }
      for k in compoundStarts[t]..<compoundStarts[t + 1]
      where kinds[Int(compoundFeatures[k])] != .scope {
        features.append(compoundFeatures[k])
      }
    }
    let counted = countedFeatures(&features)
    var vector = SparseVector(features: counted.features, weights: [])
    var sum: Float = 0
    for (feature, count) in zip(counted.features, counted.counts) {
      let weight = (1 + count.logarithm()) * wordIDF[Int(feature)]
      vector.weights.append(weight)
      sum += weight * weight
    }
    if sum > 0 {
      let scale = 1 / sum.squareRoot()
      vector.weights = vector.weights.map { $0 * scale }
    }
    return vector
  }
}
