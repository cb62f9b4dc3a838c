/// Case and diacritic folding, so that `Größe`, `GRÖSSE` and `grosse` are one word.
///
/// Letters are lower-cased, Latin letters lose their diacritics (`ä` → `a`, `é` → `e`) and
/// ligatures are spelled out (`ß` → `ss`, `æ` → `ae`). Combining marks are dropped, so a
/// letter written decomposed (`a` followed by U+0308) folds like its composed form: the
/// result is the same as bringing the text to NFC first and folding then.
enum TextFolding {
  /// The folded form of a whole word.
  ///
  /// - Complexity: O(n), where n is the length of the word.
  static func fold(_ word: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(word.utf8.count)
    for scalar in word.unicodeScalars { append(scalar, to: &bytes) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the folded, lower-case UTF-8 form of a letter or digit.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    let value = scalar.value
    if value < 0x80 {
      let byte = UInt8(value)
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      return
    }
    if isCombiningMark(value) { return }
    if value >= 0xC0, value <= 0x17F, let folded = latinFolding[Int(value) - 0xC0] {
      bytes.append(contentsOf: folded.utf8)
      return
    }
    for lower in scalar.properties.lowercaseMapping.unicodeScalars {
      bytes.append(contentsOf: String(lower).utf8)
    }
  }

  /// Whether a scalar is a combining mark that only decorates the letter before it.
  @inline(__always)
  static func isCombiningMark(_ value: UInt32) -> Bool {
    (0x300...0x36F).contains(value) || (0x1AB0...0x1AFF).contains(value)
      || (0x1DC0...0x1DFF).contains(value) || (0x20D0...0x20FF).contains(value)
      || (0xFE20...0xFE2F).contains(value)
  }

  /// Whether a scalar is one of the letters that mark a German text: umlauts and `ß`.
  @inline(__always)
  static func isGermanLetter(_ value: UInt32) -> Bool {
    switch value {
    case 0xC4, 0xD6, 0xDC, 0xE4, 0xF6, 0xFC, 0xDF, 0x1E9E: true
    default: false
    }
  }

  /// The folded forms of U+00C0 to U+017F (Latin-1 letters and Latin Extended-A), or `nil`
  /// for the few that are not letters.
  private static let latinFolding: [String?] = {
    // Each row: the folded forms of 16 scalars, "-" for a non-letter.
    let rows = [
      "a a a a a a ae c e e e e i i i i",  // U+00C0
      "d n o o o o o - o u u u u y th ss",  // U+00D0
      "a a a a a a ae c e e e e i i i i",  // U+00E0
      "d n o o o o o - o u u u u y th y",  // U+00F0
      "a a a a a a c c c c c c c c d d",  // U+0100
      "d d e e e e e e e e e e g g g g",  // U+0110
      "g g g g h h h h i i i i i i i i",  // U+0120
      "i i ij ij j j k k k l l l l l l l",  // U+0130
      "l l l n n n n n n n n n o o o o",  // U+0140
      "o o oe oe r r r r r r s s s s s s",  // U+0150
      "s s t t t t t t u u u u u u u u",  // U+0160
      "u u u u w w y y y z z z z z z s",  // U+0170
    ]
    return rows.flatMap { row in
      row.split(separator: " ").map { $0 == "-" ? nil : String($0) }
    }
  }()
}
