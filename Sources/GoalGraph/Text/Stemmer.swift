import CStemmer

/// A Snowball stemmer for one language, through libstemmer.
///
/// The stemmer owns libstemmer's state, including the buffer every result is written to, so
/// one stemmer must never be used by two threads at once: make one per thread (or per chunk
/// of parallel work). Words are expected lower-case and folded, as `TextFolding` leaves them;
/// Snowball leaves capitals alone.
final class Stemmer {
  private let stemmer: OpaquePointer
  let language: TextLanguage

  /// A stemmer for the language, or `nil` if libstemmer lacks the algorithm or memory.
  init?(_ language: TextLanguage) {
    let name =
      switch language {
      case .english: "english"
      case .german: "german"
      }
    guard let stemmer = sb_stemmer_new(name, nil) else { return nil }
    self.stemmer = stemmer
    self.language = language
  }

  deinit { sb_stemmer_delete(stemmer) }

  /// The stem of a word; the word itself if libstemmer fails.
  ///
  /// - Complexity: O(n), where n is the length of the word.
  func stem(_ word: String) -> String {
    var word = word
    return word.withUTF8 { utf8 -> String in
      guard let base = utf8.baseAddress,
        let result = sb_stemmer_stem(stemmer, base, Int32(utf8.count))
      else { return String(decoding: utf8, as: UTF8.self) }
      let length = Int(sb_stemmer_length(stemmer))
      return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
    }
  }
}

/// One stemmer per language, for one thread.
final class StemmerSet {
  private let stemmers: [Stemmer?]

  init() { stemmers = TextLanguage.allCases.map { Stemmer($0) } }

  /// The stem of a folded word in a language.
  ///
  /// German feminine plurals (`Kundinnen`, `Mechanikerinnen`) lose their `-innen` first,
  /// which Snowball keeps, so that they meet `Kunden` and `Mechaniker`.
  func stem(_ word: String, _ language: TextLanguage) -> String {
    var word = word
    if language == .german, word.utf8.count > 8,
      ["erinnen", "dinnen", "tinnen"].contains(where: word.hasSuffix)
    {
      word.removeLast(5)
    }
    return stemmers[Int(language.rawValue)]?.stem(word) ?? word
  }
}
