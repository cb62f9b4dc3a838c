/// The parts of a list item's text: an id, a priority, a unit prefix, an owner, what the
/// item supports, and the title that remains.
struct ItemText {
  struct UnitPrefix {
    var name: String
    var area: String?
    /// The prefix as written, with its colon and the space after it.
    var original: String
  }

  var id: String?
  var unitPrefix: UnitPrefix?
  var owner: String?
  var alignsTo: [String] = []
  var title: String

  init(_ text: String) {
    var rest = text.trimmingWhitespace()
    rest = Self.droppingPriority(rest)
    if let (id, remainder) = Self.leadingID(rest) {
      self.id = id
      rest = Self.droppingPriority(remainder)
    }
    (owner, rest) = Self.owner(rest)
    (alignsTo, rest) = Self.trailingAlignment(rest)
    if let (prefix, remainder) = Self.unitPrefix(rest) {
      unitPrefix = prefix
      rest = remainder
    }
    title = rest.trimmingWhitespace()
  }

  /// Removes a leading priority: `P0`, `P1:`, `[P2]`, `(P3)`.
  static func droppingPriority(_ text: String) -> String {
    var rest = Substring(text)
    let open = rest.first == "[" || rest.first == "("
    if open { rest = rest.dropFirst() }
    guard rest.count >= 2, rest.first == "P" || rest.first == "p",
      let digit = rest.dropFirst().first, digit.isNumber
    else { return text }
    rest = rest.dropFirst(2)
    if open {
      guard rest.first == "]" || rest.first == ")" else { return text }
      rest = rest.dropFirst()
    }
    guard rest.isEmpty || rest.first == " " || rest.first == ":" || rest.first == "-" else {
      return text
    }
    return String(rest.drop { $0 == " " || $0 == ":" || $0 == "-" || $0 == "–" })
  }

  /// A leading id such as `ORG-2:`, `PAY-1.3 -` or `ORG-2 `: capitals, digits and at least one
  /// `-` or `.` followed by a digit.
  static func leadingID(_ text: String) -> (String, String)? {
    guard let end = text.firstIndex(where: { $0 == " " || $0 == ":" }) else { return nil }
    let token = text[..<end]
    guard looksLikeID(token) else { return nil }
    let rest = text[end...].drop { " :-–—".contains($0) }
    guard !rest.isEmpty else { return nil }
    return (String(token), String(rest))
  }

  static func looksLikeID(_ token: Substring) -> Bool {
    guard let first = token.first, first.isUppercase, token.count <= 24 else { return false }
    guard token.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" })
    else { return false }
    let hasSeparatorThenDigit = zip(token, token.dropFirst()).contains { pair in
      (pair.0 == "-" || pair.0 == ".") && pair.1.isNumber
    }
    return hasSeparatorThenDigit && !token.contains(where: \.isLowercase)
  }

  /// A trailing `(supports X, Y)`, `(aligns to X)`, `(contributes to X)`, `→ X` or `-> X`.
  static func trailingAlignment(_ text: String) -> ([String], String) {
    let lowered = text.lowercased()
    for marker in ["(supports ", "(aligns to ", "(contributes to ", "(unterstützt "]
    where text.hasSuffix(")") {
      guard let range = lastRange(of: marker, in: lowered) else { continue }
      let start = text.index(
        text.startIndex,
        offsetBy: lowered.distance(
          from: lowered.startIndex, to: range.lowerBound))
      let inner = text[
        text.index(start, offsetBy: marker.count)..<text.index(before: text.endIndex)]
      let ids = ids(in: inner)
      guard !ids.isEmpty else { continue }
      return (ids, String(text[..<start]).trimmingWhitespace())
    }
    for arrow in ["→", "->", "⇒"] {
      guard let range = lastRange(of: arrow, in: text) else { continue }
      let ids = ids(in: text[range.upperBound...])
      guard !ids.isEmpty else { continue }
      return (ids, String(text[..<range.lowerBound]).trimmingWhitespace())
    }
    return ([], text)
  }

  /// Ids separated by commas, `and` or `und`; nothing if any part is not an id.
  static func ids(in text: Substring) -> [String] {
    let parts = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" })
      .filter { $0 != "and" && $0 != "und" && !$0.isEmpty }
    guard !parts.isEmpty, parts.allSatisfy(looksLikeID) else { return [] }
    return parts.map(String.init)
  }

  /// The first `@handle`, removed from the text with the brackets around it.
  static func owner(_ text: String) -> (String?, String) {
    guard let at = text.firstIndex(of: "@"),
      at == text.startIndex || text[text.index(before: at)] == " "
        || text[text.index(before: at)] == "("
    else { return (nil, text) }
    let handleEnd =
      text[text.index(after: at)...].firstIndex(where: {
        !($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_")
      }) ?? text.endIndex
    let handle = String(text[text.index(after: at)..<handleEnd])
    guard !handle.isEmpty else { return (nil, text) }
    var start = at
    var end = handleEnd
    if start > text.startIndex, text[text.index(before: start)] == "(", end < text.endIndex,
      text[end] == ")"
    {
      start = text.index(before: start)
      end = text.index(after: end)
    }
    let before = text[..<start].trimmingTrailing { $0 == " " || $0 == "—" || $0 == "–" }
    let after = text[end...].drop { $0 == " " || $0 == ":" }
    let joined =
      after.isEmpty ? String(before) : before.isEmpty ? String(after) : before + " " + after
    return (handle, joined)
  }

  /// A leading `Unit:` or `Unit (Area):` of at most four words.
  static func unitPrefix(_ text: String) -> (UnitPrefix, String)? {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let head = text[..<colon]
    let rest = text[text.index(after: colon)...].drop { $0 == " " }
    guard !rest.isEmpty, !head.isEmpty, head.split(separator: " ").count <= 5,
      head.first?.isUppercase == true
    else { return nil }
    var name = String(head).trimmingWhitespace()
    var area: String?
    if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
      area = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        .trimmingWhitespace()
      name = String(name[..<open]).trimmingWhitespace()
    }
    guard !name.isEmpty, name.split(separator: " ").count <= 4 else { return nil }
    let original = String(text[...colon]) + " "
    return (UnitPrefix(name: name, area: area, original: original), String(rest))
  }

  private static func lastRange(of target: String, in text: String) -> Range<String.Index>? {
    var found: Range<String.Index>?
    var searchStart = text.startIndex
    while let range = text[searchStart...].firstRange(of: target) {
      found = range
      searchStart = range.upperBound
    }
    return found
  }
}

extension Substring {
  func trimmingTrailing(while predicate: (Character) -> Bool) -> Substring {
    var end = endIndex
    while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
    return self[..<end]
  }
}
