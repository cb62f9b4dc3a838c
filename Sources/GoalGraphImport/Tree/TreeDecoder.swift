import GoalGraph

/// Reads values out of a tape with the checks and messages every field needs: the expected
/// type, duplicate and unknown keys, and YAML's merge key `<<`.
///
/// Problems are logged and decoding goes on, so that one run reports all of them.
struct TreeDecoder {
  let tape: Tape
  var log: ProblemLog

  init(tape: Tape, log: ProblemLog) {
    self.tape = tape
    self.log = log
  }

  func line(_ node: Int) -> Int { Int(tape.events[node].line) }

  func column(_ node: Int) -> Int { Int(tape.events[node].column) }

  mutating func error(_ node: Int, _ message: String) {
    log.error(line: line(node), column: column(node), message)
  }

  mutating func warning(_ node: Int, _ message: String) {
    log.warning(line: line(node), column: column(node), message)
  }

  /// Whether the node is a null: a JSON `null` or an empty, `~` or `null` YAML plain scalar.
  func isNull(_ node: Int) -> Bool {
    let event = tape.events[node]
    guard event.kind == .scalar else { return false }
    switch event.style {
    case .null: return true
    case .plain: return event.text.isEmpty || event.text == "~" || event.text == "null"
    default: return false
    }
  }

  /// The kind of node, as the user would name it in a message.
  func describe(_ node: Int) -> String {
    let event = tape.events[node]
    switch event.kind {
    case .mappingStart: return "a mapping"
    case .sequenceStart: return "a list"
    case .mappingEnd, .sequenceEnd: return "the end of a block"
    case .scalar:
      if isNull(node) { return "nothing" }
      switch event.style {
      case .number: return "the number \(event.text)"
      case .boolean: return event.text
      default: return "\"\(Self.shortened(event.text))\""
      }
    }
  }

  /// The entries of a mapping, checked against the keys it may have.
  ///
  /// Unknown keys are warnings that name the closest known key; repeated keys are errors.
  /// Entries merged in with `<<` come first, so that the mapping's own keys win.
  ///
  /// - Parameters:
  ///   - node: The mapping's start event.
  ///   - what: What the mapping describes, for messages ("objective").
  ///   - keys: The keys it may have.
  /// - Returns: The entries as key and value node, or `nil` if the node is not a mapping.
  mutating func mapping(_ node: Int, _ what: String, keys: [String]) -> Entries? {
    guard tape.events[node].kind == .mappingStart else {
      error(node, "expected \(article(what)) \(what) (a mapping), found \(describe(node))")
      return nil
    }
    var entries = Entries()
    var merged = Entries()
    var index = node + 1
    let end = Int(tape.events[node].end)
    while index < end {
      let keyNode = index
      let valueNode = tape.after(keyNode)
      index = tape.after(valueNode)
      guard tape.events[keyNode].kind == .scalar else {
        error(keyNode, "expected a key of \(article(what)) \(what), found \(describe(keyNode))")
        continue
      }
      let key = tape.events[keyNode].text
      if key == "<<", tape.events[keyNode].style == .plain {
        merge(valueNode, into: &merged, what, keys: keys)
        continue
      }
      if let first = entries[key] {
        let firstLine = line(first - 1)
        error(keyNode, "the key \(key) appears twice in this \(what) (first at line \(firstLine))")
        continue
      }
      if !keys.contains(key) {
        let hint = closestMatchIgnoringUnderscores(key, keys).map { "; did you mean \($0)?" }
        warning(
          keyNode,
          "unknown key \(key) in \(article(what)) \(what) is ignored"
            + (hint ?? " (known keys: \(keys.joined(separator: ", ")))"))
        continue
      }
      entries[key] = valueNode
    }
    guard !merged.isEmpty else { return entries }
    for (key, value) in entries.pairs { merged[key] = value }
    return merged
  }

  private mutating func merge(
    _ node: Int, into merged: inout Entries, _ what: String, keys: [String]
  ) {
    let sources = tape.events[node].kind == .sequenceStart ? elements(node) : [node]
    for source in sources {
      guard let entries = mapping(source, what, keys: keys) else { continue }
      for (key, value) in entries.pairs where merged[key] == nil { merged[key] = value }
    }
  }

  /// The element nodes of a list.
  func elements(_ node: Int) -> [Int] {
    var result: [Int] = []
    var index = node + 1
    let end = Int(tape.events[node].end)
    while index < end {
      result.append(index)
      index = tape.after(index)
    }
    return result
  }

  /// The element nodes of a list, or of nothing; logs anything else.
  mutating func list(_ node: Int, of what: String) -> [Int] {
    if isNull(node) { return [] }
    guard tape.events[node].kind == .sequenceStart else {
      error(node, "expected a list of \(what), found \(describe(node))")
      return []
    }
    return elements(node)
  }

  /// A scalar's text; numbers and booleans are taken as written. Logs lists and mappings.
  mutating func text(_ node: Int?, _ field: String) -> String? {
    guard let node, !isNull(node) else { return nil }
    guard tape.events[node].kind == .scalar else {
      error(node, "expected a text for \(field), found \(describe(node))")
      return nil
    }
    let text = tape.events[node].text
    if field.hasSuffix("id") && text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
      error(node, "\(field) must be on one line")
      return nil
    }
    return text
  }

  /// A text that must be given and not be empty.
  mutating func requiredText(_ node: Int?, _ field: String, of what: String, at owner: Int)
    -> String?
  {
    guard let node else {
      error(owner, "\(article(what)) \(what) needs \(article(field)) \(field)")
      return nil
    }
    guard let value = text(node, field) else {
      if isNull(node) { error(node, "the \(field) of this \(what) is empty") }
      return nil
    }
    if value.isEmpty || Self.mayBeBlank(value) && value.trimmingWhitespace().isEmpty {
      error(node, "the \(field) of this \(what) is empty")
      return nil
    }
    return value
  }

  /// One text or a list of texts, as `aligns_to` takes.
  mutating func texts(_ node: Int?, _ field: String) -> [String] {
    guard let node, !isNull(node) else { return [] }
    if tape.events[node].kind == .sequenceStart {
      return elements(node).compactMap { text($0, field) }
    }
    return text(node, field).map { [$0] } ?? []
  }

  /// A whole number, such as a capacity.
  mutating func integer(_ node: Int?, _ field: String) -> Int? {
    guard let node, let value = text(node, field) else { return nil }
    guard let number = Int(value.trimmingWhitespace()), number >= 0 else {
      error(node, "expected a whole number of 0 or more for \(field), found \(describe(node))")
      return nil
    }
    return number
  }

  /// A number, such as a key result's start or target value.
  mutating func number(_ node: Int?, _ field: String) -> Double? {
    guard let node, let value = text(node, field) else { return nil }
    guard let number = parseNumber(value) else {
      error(node, "expected a number for \(field), found \(describe(node))")
      return nil
    }
    return number
  }

  /// A value from a fixed set, accepting the spellings in `aliases`.
  mutating func choice<Value: RawRepresentable>(
    _ node: Int?, _ field: String, aliases: [String: Value]
  ) -> Value? where Value.RawValue == String, Value: CaseIterable {
    guard let node, let value = text(node, field) else { return nil }
    if let chosen = Vocabulary.choice(value, aliases: aliases) { return chosen }
    let known = Value.allCases.map(\.rawValue).joined(separator: ", ")
    error(node, "unknown \(field) \"\(Self.shortened(value))\"; expected one of \(known)")
    return nil
  }

  private func closestMatchIgnoringUnderscores(_ key: String, _ keys: [String]) -> String? {
    let folded = key.lowercased().replacingAll(of: "-", with: "_").replacingAll(
      of: " ", with: "_")
    if keys.contains(folded) { return folded }
    return closestMatch(to: folded, in: keys)
  }

  /// Whether a text starts with white space, the only way a non-empty text can be blank.
  private static func mayBeBlank(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return true }
    return first.properties.isWhitespace
  }

  static func shortened(_ text: String) -> String {
    let line = text.prefix { !$0.isNewline }
    return line.count > 40 ? line.prefix(37) + "..." : String(line)
  }
}

/// "a" or "an", as English wants before `word`.
func article(_ word: String) -> String {
  let word = word.lowercased()
  guard let first = word.first else { return "a" }
  if word.hasPrefix("uni") || word.hasPrefix("use") { return "a" }
  return "aeiou".contains(first) ? "an" : "a"
}

/// A number written as people write them: `12`, `12.5`, `-3`, `1e3`, `12,5` (German decimal
/// comma), `45%`.
func parseNumber(_ text: String) -> Double? {
  var text = text.trimmingWhitespace()
  if text.hasSuffix("%") { text.removeLast() }
  if let value = Double(text), value.isFinite { return value }
  if text.filter({ $0 == "," }).count == 1, !text.contains(".") {
    return Double(text.replacingAll(of: ",", with: ".")).flatMap { $0.isFinite ? $0 : nil }
  }
  return nil
}

extension String {
  /// The string with every occurrence of `target` replaced.
  func replacingAll(of target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    return split(separator: target, omittingEmptySubsequences: false).joined(
      separator: replacement)
  }
}

/// The entries of one mapping: a few keys, so a list searched in order beats hashing.
struct Entries {
  private(set) var pairs: [(key: String, value: Int)] = []

  var isEmpty: Bool { pairs.isEmpty }

  subscript(key: String) -> Int? {
    get { pairs.first { $0.key == key }?.value }
    set {
      if let index = pairs.firstIndex(where: { $0.key == key }) {
        if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
      } else if let newValue {
        pairs.append((key, newValue))
      }
    }
  }
}
