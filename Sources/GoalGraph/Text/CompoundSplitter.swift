/// Splits German compounds into parts that the corpus knows.
///
/// `servicekosten` becomes `service` + `kosten` when both occur as words of the corpus (or as
/// terms of the concept table), or have the stem of one. Parts are at least 4 letters long;
/// a part before another may end in a linking letter or two (`s`, `es`, `n`, `en`, `e`), as
/// in `vertrag-s-abschluss`. Longer first parts are tried first, and a compound of three or
/// more parts is split from the left.
struct CompoundSplitter: Sendable {
  /// The shortest part.
  static let minimumPart = 4
  private static let linkingSuffixes = ["es", "en", "s", "n", "e"]

  private let words: Set<String>
  private let stems: Set<String>

  /// A splitter that knows the given folded words and German stems, and the concepts' terms.
  ///
  /// - Complexity: O(n) for the n words and stems.
  init(words: some Sequence<String>, stems: some Sequence<String>, concepts: Lexicon) {
    var known = Set(words.lazy.filter { $0.utf8.count >= Self.minimumPart })
    for term in concepts.conceptTerms where term.utf8.count >= Self.minimumPart {
      known.insert(term)
    }
    self.words = known
    var stemSet = Set(stems.lazy.filter { $0.utf8.count >= Self.minimumPart - 1 })
    for stem in concepts.conceptStems(.german) where stem.utf8.count >= Self.minimumPart - 1 {
      stemSet.insert(stem)
    }
    self.stems = stemSet
  }

  /// The parts of a folded word, or `nil` when it is no compound of known parts.
  ///
  /// - Complexity: O(l²) for a word of length l, times the cost of stemming a part.
  func split(_ word: String, stemmer: StemmerSet) -> [String]? {
    let characters = Array(word)
    guard characters.count >= 2 * Self.minimumPart else { return nil }
    return split(characters[...], stemmer: stemmer, depth: 0)
  }

  private func split(_ word: ArraySlice<Character>, stemmer: StemmerSet, depth: Int)
    -> [String]?
  {
    guard depth < 4, word.count >= 2 * Self.minimumPart else { return nil }
    let start = word.startIndex
    for headEnd in stride(
      from: word.endIndex - Self.minimumPart, through: start + Self.minimumPart, by: -1)
    {
      let head = String(word[start..<headEnd])
      let tail = word[headEnd...]
      for base in bases(of: head) where isKnown(base, stemmer) {
        let tailWord = String(tail)
        if isKnown(tailWord, stemmer) { return [base, tailWord] }
        if let rest = split(tail, stemmer: stemmer, depth: depth + 1) { return [base] + rest }
      }
    }
    return nil
  }

  /// The head as written, and without each linking suffix it may end in.
  private func bases(of head: String) -> [String] {
    var result = [head]
    for suffix in Self.linkingSuffixes where head.hasSuffix(suffix) {
      let base = String(head.dropLast(suffix.count))
      if base.count >= Self.minimumPart { result.append(base) }
    }
    return result
  }

  private func isKnown(_ part: String, _ stemmer: StemmerSet) -> Bool {
    words.contains(part) || stems.contains(stemmer.stem(part, .german))
  }
}
