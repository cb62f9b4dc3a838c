/// The words OKRs are written with, grouped into concepts across languages.
///
/// Terms of one concept count as one feature when texts are compared, so that "reduce churn"
/// meets "lower attrition" and "Abwanderung senken". Three kinds of concept exist:
///
/// - a *theme* (the default) is just a group of words that mean the same;
/// - a *scope* names where or for whom an objective applies: a country, a city, a platform.
///   Scope terms are left out of the similarity score and compared on their own, so that two
///   objectives that differ only in scope are an `overlap`, not a `duplicate`;
/// - an *action* is a verb that opens a theme of its own ("reduce", "launch", "einführen"),
///   which tells the parts of a bundled objective apart.
///
/// The text format, used by `--concepts FILE` and by the built-in table, has one concept per
/// line: an optional kind (`scope` or `action`), the concept's name, a colon, and its terms,
/// separated by commas; a line that ends with a comma goes on on the next line. A term is one
/// word, in any case and with or without diacritics; a hyphenated term (`e-bike`) matches the
/// word written with or without the hyphen. Each term matches as written and through its
/// Snowball stem in English and German, so inflected forms need not be listed. `#` starts a
/// comment; blank lines are ignored.
///
/// ```
/// # churn in all its words
/// churn: churn, attrition, cancellation, Abwanderung, Kündigung
/// scope france: France, French, Frankreich, französisch
/// action launch: launch, ship, release, einführen
/// ```
public struct ConceptTable: Hashable, Sendable {
  /// What a concept's terms tell about a text.
  public enum Kind: String, CaseIterable, Sendable {
    /// Words that mean the same.
    case theme
    /// Where or for whom an objective applies: compared apart from the score.
    case scope
    /// A verb that opens a theme of its own.
    case action
  }

  /// One concept: its name, kind, and terms (folded).
  public struct Concept: Hashable, Sendable {
    public var name: String
    public var kind: Kind
    /// The terms, folded (lower case, no diacritics, no hyphens).
    public var terms: [String]

    public init(name: String, kind: Kind = .theme, terms: [String]) {
      self.name = name
      self.kind = kind
      self.terms = terms.map { TextFolding.fold($0).filter { $0 != "-" } }
    }
  }

  /// The concepts, in the order they were given.
  public private(set) var concepts: [Concept]

  /// A table of the given concepts.
  public init(concepts: [Concept] = []) { self.concepts = concepts }

  /// Reads a table in the text format described above.
  ///
  /// - Parameters:
  ///   - text: The table's text.
  ///   - source: What to call the text in errors, usually its file's path.
  /// - Throws: `ConceptTableError` for the first line that does not fit the format.
  /// - Complexity: O(n), where n is the length of the text.
  public init(parsing text: String, source: String = "concepts") throws(ConceptTableError) {
    var concepts: [Concept] = []
    var seen: [String: Int] = [:]
    for (lineNumber, line) in Self.logicalLines(text) {
      func fail(_ message: String) -> ConceptTableError {
        ConceptTableError(source: source, line: lineNumber, message: message)
      }
      guard let colon = line.firstIndex(of: ":") else {
        throw fail("expected 'name: term, term, ...', found '\(line)'")
      }
      var head = line[..<colon].trimmingCharacters()
      var kind = Kind.theme
      for candidate in [Kind.scope, .action]
      where head.lowercased().hasPrefix(candidate.rawValue + " ") {
        kind = candidate
        head = head.dropFirst(candidate.rawValue.count).trimmingCharacters()
      }
      guard !head.isEmpty, !head.contains(",") else {
        throw fail("expected a concept name before ':', found '\(line[..<colon])'")
      }
      var terms: [String] = []
      for term in line[line.index(after: colon)...].split(separator: ",") {
        let written = term.trimmingCharacters()
        if written.isEmpty { continue }
        let folded = TextFolding.fold(written).filter { $0 != "-" }
        guard folded.unicodeScalars.allSatisfy(Tokenizer.isWordScalar) else {
          throw fail(
            "expected one word per term, found '\(written)' (join words, or make two concepts)")
        }
        if let first = seen[folded] {
          throw fail("the term '\(written)' is already in the concept on line \(first)")
        }
        seen[folded] = lineNumber
        terms.append(folded)
      }
      guard !terms.isEmpty else { throw fail("expected terms after '\(head):', found none") }
      concepts.append(Concept(name: head, kind: kind, terms: terms))
    }
    self.concepts = concepts
  }

  /// The lines of a table without comments, blank lines and line breaks after commas, each
  /// with the number of the line it starts on.
  private static func logicalLines(_ text: String) -> [(Int, String)] {
    var lines: [(Int, String)] = []
    var pending: (Int, String)?
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = rawLine.prefix { $0 != "#" }.trimmingCharacters()
      if line.isEmpty && pending == nil { continue }
      let joined = pending.map { ($0.0, $0.1 + " " + line) } ?? (offset + 1, line)
      if line.hasSuffix(",") {
        pending = joined
      } else {
        lines.append(joined)
        pending = nil
      }
    }
    if let pending { lines.append(pending) }
    return lines
  }

  /// This table with another's concepts added.
  ///
  /// A concept of `other` with the name and kind of one of ours adds its terms to ours;
  /// a term that `other` puts in some concept leaves the concept it had here, so the other
  /// table's word wins. New concepts come after ours.
  ///
  /// - Complexity: O(t), where t is the number of terms of both tables.
  public func extended(with other: ConceptTable) -> ConceptTable {
    let moved = Set(other.concepts.flatMap(\.terms))
    var result = concepts.map { concept -> Concept in
      var concept = concept
      concept.terms.removeAll { moved.contains($0) }
      return concept
    }
    for concept in other.concepts {
      if let index = result.firstIndex(where: {
        $0.kind == concept.kind && $0.name.lowercased() == concept.name.lowercased()
      }) {
        result[index].terms += concept.terms
      } else {
        result.append(concept)
      }
    }
    return ConceptTable(concepts: result.filter { !$0.terms.isEmpty })
  }

  /// The number of terms in all concepts.
  public var termCount: Int { concepts.reduce(0) { $0 + $1.terms.count } }
}

/// A line of a concept table that does not fit the format.
public struct ConceptTableError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file (or other source) of the table.
  public var source: String
  /// The one-based line number.
  public var line: Int
  /// What was expected and what was found.
  public var message: String

  public var description: String { "\(source):\(line): \(message)" }
}

extension StringProtocol {
  /// The text without spaces and tabs at either end.
  func trimmingCharacters() -> String {
    let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    return String(drop(while: isBlank).reversed().drop(while: isBlank).reversed())
  }
}
