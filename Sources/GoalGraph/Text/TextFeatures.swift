/// What a feature stands for.
enum FeatureKind: UInt8, Sendable {
  /// A word's Snowball stem.
  case word
  /// A number, as written in any locale.
  case number
  /// A theme concept of the concept table.
  case theme
  /// A scope concept: a place or platform, compared apart from the score.
  case scope
  /// An action concept: a verb.
  case action

  init(_ kind: ConceptTable.Kind) {
    switch kind {
    case .theme: self = .theme
    case .scope: self = .scope
    case .action: self = .action
    }
  }
}

/// The features of a corpus of short texts, weighted by sublinear TF-IDF over the corpus.
///
/// Each text becomes a vector of *word features* (a concept of the concept table when a word
/// or its stem is a term of one, else the word's Snowball stem, or a number), and, for the
/// texts asked for, a vector of *character n-grams* (3 to 5 characters of each folded word,
/// with its boundaries marked) and a set of *scope features* (scope concepts and numbers).
/// German words are also split into the parts the corpus knows (see `CompoundSplitter`),
/// and each part counts as a word feature beside the whole word.
///
/// Weights are `(1 + ln tf) × (1 + ln((N + 1) / (df + 1)))`, halved for action concepts,
/// each vector scaled to length 1. Scope concepts are left out of the word vectors.
struct TextFeatures: Sendable {
  /// Word features of each text, unit length.
  let words: SparseRows
  /// N-gram features of each text (empty rows for texts without), unit length.
  let grams: SparseRows
  /// Scope features of each text with n-grams: scope concepts and numbers (weights 1).
  let scopes: SparseRows
  /// The language each text was taken to be written in.
  let languages: [TextLanguage]
  /// What the features mean, and what is needed to turn more text into features.
  let lexicon: Lexicon

  /// How much an action (a verb such as "reduce") weighs against other features of the same
  /// rarity: what a text is about matters more than what is done to it.
  static let actionWeight: Float = 0.5

  /// The number of hash buckets for n-grams.
  static let gramBuckets = 1 << 21

  /// Builds the features of the texts.
  ///
  /// - Parameters:
  ///   - texts: The texts.
  ///   - withGrams: Which texts get n-grams and scope features (titles, in goalgraph).
  ///   - fallback: For each text, the index of a text whose language it takes when its own
  ///     is unclear (a key result takes its objective's), or -1.
  ///   - concepts: The concept table.
  /// - Complexity: O(c log c) for the c word occurrences of the corpus (the log for sorting
  ///   the features of each text), plus O(v × l²) for compound splitting of the v distinct
  ///   long German words of length l; the work is divided among the cores.
  init(texts: [String], withGrams: [Bool], fallback: [Int], concepts: ConceptTable) {
    let count = texts.count

    // Tokens, interned per chunk of texts.
    struct TokenBlock {
      var words: [String] = []
      var index: [String: Int32] = [:]
      var starts: [Int] = []
      var tokens: [Int32] = []
      var guesses: [TextLanguage?] = []
    }
    // Few chunks: each has a vocabulary of its own to merge afterwards.
    let blocks = Parallel.map(count, minimumSize: 2048, maximumChunks: 8) {
      range -> TokenBlock in
      var block = TokenBlock()
      var tokenizer = Tokenizer()
      var scratch: [TextToken] = []
      for text in range {
        scratch.removeAll(keepingCapacity: true)
        block.guesses.append(tokenizer.tokenize(texts[text], into: &scratch))
        for token in scratch {
          let id: Int32
          if let known = block.index[token.text] {
            id = known
          } else {
            id = Int32(block.words.count)
            block.index[token.text] = id
            block.words.append(token.text)
          }
          block.tokens.append(token.kind == .joined ? ~id : id)
        }
        block.starts.append(block.tokens.count)
      }
      return block
    }

    let guesses = blocks.flatMap(\.guesses)
    let languages = (0..<count).map { text in
      guesses[text] ?? (fallback[text] >= 0 ? guesses[fallback[text]] : nil) ?? .english
    }

    // One vocabulary for all chunks.
    var tokenIndex: [String: Int32] = [:]
    var tokenWords: [String] = []
    var maps: [[Int32]] = []
    for block in blocks {
      maps.append(
        block.words.map { word in
          if let id = tokenIndex[word] { return id }
          let id = Int32(tokenWords.count)
          tokenIndex[word] = id
          tokenWords.append(word)
          return id
        })
    }
    let remapped = Parallel.map(blocks.count, minimumSize: 1) { range -> [[Int32]] in
      range.map { b in
        let map = maps[b]
        return blocks[b].tokens.map { $0 < 0 ? ~map[Int(~$0)] : map[Int($0)] }
      }
    }.flatMap { $0 }
    var starts = [0]
    starts.reserveCapacity(count + 1)
    for (b, block) in blocks.enumerated() {
      let offset = starts.last!
      starts += block.starts.map { $0 + offset }
      _ = b
    }
    let tokens = Array(remapped.joined())

    // Which languages and which n-gram texts each token occurs in.
    let tokenCount = tokenWords.count
    var languageMasks = [UInt8](repeating: 0, count: tokenCount)
    var inGramText = [Bool](repeating: false, count: tokenCount)
    for text in 0..<count {
      let bit = languages[text].bit
      for occurrence in tokens[starts[text]..<starts[text + 1]] {
        let token = Int(occurrence < 0 ? ~occurrence : occurrence)
        languageMasks[token] |= bit
        if withGrams[text] && occurrence >= 0 { inGramText[token] = true }
      }
    }
    let isNumber = tokenWords.map { word in
      word.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }
    }

    // Stems, with a stemmer pair per chunk.
    let stemBlocks = Parallel.map(tokenCount, minimumSize: 1024) { range -> [[String]] in
      let stemmers = StemmerSet()
      return TextLanguage.allCases.map { language in
        range.map { token in
          guard !isNumber[token], languageMasks[token] != 0 else { return "" }
          return stemmers.stem(tokenWords[token], language)
        }
      }
    }
    let stems = TextLanguage.allCases.map { language in
      stemBlocks.flatMap { $0[Int(language.rawValue)] }
    }

    // Features: the concepts first, then stems and numbers as they come.
    var lexicon = Lexicon(concepts: concepts)
    var tokenFeatures = TextLanguage.allCases.map { _ in
      [Int32](repeating: -1, count: tokenCount)
    }
    for token in 0..<tokenCount {
      let word = tokenWords[token]
      if isNumber[token] {
        let feature = lexicon.intern("#" + word, label: word, kind: .number)
        for language in TextLanguage.allCases {
          tokenFeatures[Int(language.rawValue)][token] = feature
        }
        continue
      }
      let wordStems = stems.map { $0[token] }
      for language in TextLanguage.allCases where languageMasks[token] & language.bit != 0 {
        tokenFeatures[Int(language.rawValue)][token] = lexicon.feature(
          word: word, stems: wordStems, language: language)
      }
    }

    // German compounds, split into parts the corpus (or the concept table) knows.
    let splitter = CompoundSplitter(
      words: tokenWords.indices.lazy.filter { !isNumber[$0] }.map { tokenWords[$0] },
      stems: stems[Int(TextLanguage.german.rawValue)].filter { !$0.isEmpty },
      concepts: lexicon)
    let german = TextLanguage.german
    let splitBlocks = Parallel.map(tokenCount, minimumSize: 1024) {
      range -> [(token: Int, parts: [(word: String, stem: String)])] in
      let stemmers = StemmerSet()
      var found: [(Int, [(String, String)])] = []
      for token in range where languageMasks[token] & german.bit != 0 && !isNumber[token] {
        let word = tokenWords[token]
        guard lexicon.concept(ofTerm: word) == nil,
          let parts = splitter.split(word, stemmer: stemmers)
        else { continue }
        found.append((token, parts.map { ($0, stemmers.stem($0, german)) }))
      }
      return found
    }
    var compoundStarts = [Int](repeating: 0, count: tokenCount + 1)
    var compoundFeatures: [Int32] = []
    var partsByToken: [Int: [Int32]] = [:]
    for (token, parts) in splitBlocks.joined() {
      partsByToken[token] = parts.map {
        lexicon.feature(word: $0.word, stem: $0.stem, language: german)
      }
    }
    for token in 0..<tokenCount {
      compoundFeatures += partsByToken[token] ?? []
      compoundStarts[token + 1] = compoundFeatures.count
    }

    // N-grams of the words of n-gram texts.
    let gramBlocks = Parallel.map(tokenCount, minimumSize: 2048) { range -> SparseRows in
      var rows = SparseRows()
      var buckets: [Int32] = []
      for token in range {
        buckets.removeAll(keepingCapacity: true)
        if inGramText[token] && !isNumber[token] {
          NGrams.buckets(of: tokenWords[token], into: &buckets, count: Self.gramBuckets)
        }
        rows.append(features: buckets, weights: [])
      }
      return rows
    }
    let tokenGrams = SparseRows.joined(gramBlocks)

    // Raw term counts of each text.
    let kinds = lexicon.kinds
    let featureOf = tokenFeatures
    let rowBlocks = Parallel.map(count, minimumSize: 2048) {
      range -> (words: SparseRows, grams: SparseRows, scopes: SparseRows) in
      var words = SparseRows()
      var grams = SparseRows()
      var scopes = SparseRows()
      var wordScratch: [Int32] = []
      var gramScratch: [Int32] = []
      var scopeScratch: [Int32] = []
      for text in range {
        wordScratch.removeAll(keepingCapacity: true)
        gramScratch.removeAll(keepingCapacity: true)
        scopeScratch.removeAll(keepingCapacity: true)
        let language = Int(languages[text].rawValue)
        let titled = withGrams[text]
        func add(_ feature: Int32) {
          guard feature >= 0 else { return }
          switch kinds[Int(feature)] {
          case .scope:
            if titled { scopeScratch.append(feature) }
          case .number:
            wordScratch.append(feature)
            if titled { scopeScratch.append(feature) }
          default:
            wordScratch.append(feature)
          }
        }
        for occurrence in tokens[starts[text]..<starts[text + 1]] {
          let joined = occurrence < 0
          let token = Int(joined ? ~occurrence : occurrence)
          add(featureOf[language][token])
          guard !joined else { continue }
          for k in compoundStarts[token]..<compoundStarts[token + 1] {
            add(compoundFeatures[k])
          }
          if titled { gramScratch += tokenGrams.features[tokenGrams.range(token)] }
        }
        let counted = countedFeatures(&wordScratch)
        words.append(features: counted.features, weights: counted.counts)
        let countedGrams = countedFeatures(&gramScratch)
        grams.append(features: countedGrams.features, weights: countedGrams.counts)
        let countedScopes = countedFeatures(&scopeScratch)
        scopes.append(
          features: countedScopes.features,
          weights: [Float](repeating: 1, count: countedScopes.features.count))
      }
      return (words, grams, scopes)
    }
    var words = SparseRows.joined(rowBlocks.map(\.words))
    var grams = SparseRows.joined(rowBlocks.map(\.grams))
    let scopes = SparseRows.joined(rowBlocks.map(\.scopes))

    // Weights.
    let wordDocuments = count
    let gramDocuments = withGrams.lazy.filter { $0 }.count
    lexicon.wordIDF = Self.inverseDocumentFrequencies(
      words, featureCount: lexicon.kinds.count, documents: wordDocuments)
    for (feature, kind) in lexicon.kinds.enumerated() where kind == .action {
      lexicon.wordIDF[feature] *= Self.actionWeight
    }
    lexicon.gramIDF = Self.inverseDocumentFrequencies(
      grams, featureCount: Self.gramBuckets, documents: gramDocuments)
    Self.weigh(&words, idf: lexicon.wordIDF)
    Self.weigh(&grams, idf: lexicon.gramIDF)

    lexicon.tokenIndex = tokenIndex
    lexicon.tokenFeatures = tokenFeatures
    lexicon.compoundStarts = compoundStarts
    lexicon.compoundFeatures = compoundFeatures
    lexicon.tokenGrams = tokenGrams
    self.words = words
    self.grams = grams
    self.scopes = scopes
    self.languages = languages
    self.lexicon = lexicon
  }

  /// `1 + ln((N + 1) / (df + 1))` for each feature, df counted over the rows.
  ///
  /// - Complexity: O(m + f), for m stored entries and f features.
  static func inverseDocumentFrequencies(_ rows: SparseRows, featureCount: Int, documents: Int)
    -> [Float]
  {
    let halves = Parallel.map(2, minimumSize: 1) { part -> [Int32] in
      var counts = [Int32](repeating: 0, count: featureCount)
      let half = (rows.count + 1) / 2
      let rowRange = part.lowerBound == 0 ? 0..<half : half..<rows.count
      guard !rowRange.isEmpty else { return counts }
      for k in rows.starts[rowRange.lowerBound]..<rows.starts[rowRange.upperBound] {
        counts[Int(rows.features[k])] += 1
      }
      return counts
    }
    let n = Float(documents + 1)
    return (0..<featureCount).map { feature in
      let df = halves.reduce(0) { $0 + $1[feature] }
      return 1 + (n / Float(df + 1)).logarithm()
    }
  }

  /// Turns raw counts into sublinear TF-IDF weights of unit length.
  static func weigh(_ rows: inout SparseRows, idf: [Float]) {
    let features = rows.features
    rows.weights.withUnsafeMutableBufferPointer { buffer in
      let weights = SendableBuffer(buffer)
      Parallel.forEach(features.count, minimumSize: 1 << 16) { range in
        for k in range {
          weights.buffer[k] = (1 + weights.buffer[k].logarithm()) * idf[Int(features[k])]
        }
      }
    }
    rows.normalize()
  }
}

extension Float {
  /// The natural logarithm.
  func logarithm() -> Float { Float(Double(self).naturalLogarithm) }
}

extension Double {
  /// The natural logarithm, from the bits of the number: no C library needed.
  var naturalLogarithm: Double {
    guard self > 0 else { return -.infinity }
    // x = m × 2^e with m in [1, 2): ln x = e ln 2 + ln m, and ln m by the series of atanh.
    let exponent = Double(self.exponent)
    let mantissa = self.significand
    let y = (mantissa - 1) / (mantissa + 1)
    let y2 = y * y
    var term = y
    var sum = 0.0
    var k = 1.0
    while abs(term / k) > 1e-17 {
      sum += term / k
      term *= y2
      k += 2
    }
    return exponent * 0.693_147_180_559_945_3 + 2 * sum
  }
}
