/// A language the text features know: it picks the stemmer.
public enum TextLanguage: UInt8, CaseIterable, Sendable {
  case english
  case german

  /// A bit of its own, for sets of languages stored in one byte.
  var bit: UInt8 { 1 << rawValue }
}

/// A word or number of a text, folded.
struct TextToken: Hashable, Sendable {
  enum Kind: UInt8, Sendable {
    /// A word, or a part of a hyphenated word.
    case word
    /// A number, with its decimal separator made a point and thousands separators removed.
    case number
    /// A hyphenated word written as one (`stocksync` for `stock-sync`), beside its parts.
    case joined
  }

  var text: String
  var kind: Kind
}

/// Splits texts into folded words and numbers and guesses their language.
///
/// Tokens are runs of letters and digits. A hyphen between two of them joins parts into one
/// hyphenated word, which yields its parts and, when all parts are letters, the parts written
/// as one. Digits with `.` or `,` between them make one number (`11,40` and `11.40` both
/// become `11.4`; `1,200` and `1.200` become `1200`). Stop words of either language are
/// left out.
struct Tokenizer {
  private var scalars: [Unicode.Scalar] = []
  private var bytes: [UInt8] = []
  private var parts: [TextToken] = []

  /// The tokens of a text, appended to `tokens`, and the language the text seems written in.
  ///
  /// The guess counts the stop words only one of the languages has (twice), typical word
  /// endings, and umlauts and `ß` as German; it is `nil` when the evidence is even.
  ///
  /// - Complexity: O(n), where n is the length of the text.
  mutating func tokenize(_ text: String, into tokens: inout [TextToken]) -> TextLanguage? {
    scalars.removeAll(keepingCapacity: true)
    scalars.append(contentsOf: text.unicodeScalars)
    var english = 0
    var german = 0
    var index = 0
    let count = scalars.count
    while index < count {
      guard Self.isWordScalar(scalars[index]) else {
        if TextFolding.isGermanLetter(scalars[index].value) { german += 1 }
        index += 1
        continue
      }
      parts.removeAll(keepingCapacity: true)
      while true {
        let (token, next, umlauts) = readPart(from: index)
        german += umlauts
        parts.append(token)
        index = next
        guard index + 1 < count, Self.isHyphen(scalars[index]),
          Self.isWordScalar(scalars[index + 1])
        else { break }
        index += 1
      }
      for part in parts {
        guard part.kind == .word else {
          tokens.append(part)
          continue
        }
        let flags = StopWords.flags[part.text] ?? 0
        if flags & StopWords.englishOnly != 0 {
          english += 2
        } else if flags & StopWords.germanOnly != 0 {
          german += 2
        } else if Self.hasEnding(part.text, Self.germanEndings) {
          german += 1
        } else if Self.hasEnding(part.text, Self.englishEndings) {
          english += 1
        }
        if flags & StopWords.stop == 0 { tokens.append(part) }
      }
      if parts.count > 1, parts.count <= 4, parts.allSatisfy({ $0.kind == .word }) {
        tokens.append(TextToken(text: parts.map(\.text).joined(), kind: .joined))
      }
    }
    if english == german { return nil }
    return german > english ? .german : .english
  }

  /// Endings that mark a word as German (infinitives and plurals in -en, nouns in -ung,
  /// -heit, -keit, -schaft, adjectives in -isch, -lich), and English (-ing, -ed, -ly).
  private static let germanEndings = ["en", "ung", "heit", "keit", "schaft", "isch", "lich"].map {
    Array($0.utf8)
  }
  private static let englishEndings = ["ing", "ed", "ly"].map { Array($0.utf8) }

  /// Whether a word ends in one of the endings, compared byte by byte.
  private static func hasEnding(_ word: String, _ endings: [[UInt8]]) -> Bool {
    let utf8 = word.utf8
    return endings.contains { ending in
      utf8.count > ending.count && utf8.suffix(ending.count).elementsEqual(ending)
    }
  }

  /// Reads one run of letters and digits (with separators inside a number).
  private mutating func readPart(from start: Int) -> (TextToken, next: Int, umlauts: Int) {
    bytes.removeAll(keepingCapacity: true)
    var index = start
    var allDigits = true
    var separators: [Int] = []
    var umlauts = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if Self.isWordScalar(scalar) {
        if !Self.isDigit(scalar) && !TextFolding.isCombiningMark(scalar.value) {
          allDigits = false
        }
        if TextFolding.isGermanLetter(scalar.value) { umlauts += 1 }
        TextFolding.append(scalar, to: &bytes)
        index += 1
        continue
      }
      if allDigits, scalar == "." || scalar == ",", index + 1 < scalars.count,
        Self.isDigit(scalars[index + 1]), !bytes.isEmpty
      {
        separators.append(bytes.count)
        bytes.append(UInt8(ascii: "."))
        index += 1
        continue
      }
      break
    }
    if allDigits {
      return (TextToken(text: Self.normalizedNumber(bytes, separators), kind: .number), index, 0)
    }
    return (TextToken(text: String(decoding: bytes, as: UTF8.self), kind: .word), index, umlauts)
  }

  /// A number in one spelling whatever the locale that wrote it.
  static func normalizedNumber(_ bytes: [UInt8], _ separators: [Int]) -> String {
    guard let last = separators.last else { return String(decoding: bytes, as: UTF8.self) }
    var groups: [Int] = []
    var previous = -1
    for separator in separators + [bytes.count] {
      groups.append(separator - previous - 1)
      previous = separator
    }
    let thousands = groups[0] <= 3 && groups.dropFirst().allSatisfy { $0 == 3 }
    if thousands {
      return String(decoding: bytes.filter { $0 != UInt8(ascii: ".") }, as: UTF8.self)
    }
    var whole = bytes[..<last].filter { $0 != UInt8(ascii: ".") }
    var fraction = Array(bytes[(last + 1)...])
    while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
    if !fraction.isEmpty {
      whole.append(UInt8(ascii: "."))
      whole += fraction
    }
    return String(decoding: whole, as: UTF8.self)
  }

  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80
      ? (0x30...0x39).contains(scalar.value)
      : scalar.properties.numericType
        == .decimal
  }

  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
        || (0x61...0x7A).contains(value)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
      || TextFolding.isCombiningMark(value)
  }

  @inline(__always)
  static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
  }
}
