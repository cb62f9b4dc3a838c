/// Splits a title into the clauses it joins with a conjunction.
///
/// The joins are `and`, `&`, `+`, `plus`, `as well as`, `und`, `sowie`, `als auch`, and `;`.
/// "Open the Austrian partner network and replace the stock-sync tool" has two clauses; a
/// title without a join has one. Whether the clauses are separate themes is for the caller
/// to judge.
enum Clauses {
  private static let joins: Set<String> = ["and", "&", "+", "plus", "und", "sowie"]
  private static let phrases: [[String]] = [["as", "well", "as"], ["als", "auch"]]

  /// The clauses of a title, trimmed, in order; the title itself when it joins nothing.
  ///
  /// - Complexity: O(n), where n is the length of the title.
  static func split(_ title: String) -> [String] {
    guard mayJoin(title) else { return [title] }
    let words = title.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
    var clauses: [String] = []
    var current: [Substring] = []
    func close() {
      let clause = current.joined(separator: " ").trimmingCharacters(in: ",;:-–")
      if !clause.isEmpty { clauses.append(clause) }
      current = []
    }
    var index = 0
    while index < words.count {
      let word = words[index]
      let bare = word.lowercased().trimmingCharacters(in: ",;:")
      if joins.contains(bare) {
        close()
        index += 1
        continue
      }
      if let phrase = phrases.first(where: { phrase in
        index + phrase.count <= words.count
          && zip(phrase, words[index..<(index + phrase.count)]).allSatisfy {
            $0 == $1.lowercased().trimmingCharacters(in: ",;:")
          }
      }) {
        close()
        index += phrase.count
        continue
      }
      current.append(word)
      if word.hasSuffix(";") { close() }
      index += 1
    }
    close()
    return clauses.isEmpty ? [title] : clauses
  }
}

extension Clauses {
  /// Whether a title has a join at all: a quick test that spares most titles the split.
  private static func mayJoin(_ title: String) -> Bool {
    var word: [UInt8] = []
    for byte in title.utf8 {
      switch byte {
      case UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "+"): return true
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
      case UInt8(ascii: "a")...UInt8(ascii: "z"): word.append(byte)
      default:
        if isJoinWord(word) { return true }
        word.removeAll(keepingCapacity: true)
      }
    }
    return isJoinWord(word)
  }

  private static func isJoinWord(_ word: [UInt8]) -> Bool {
    switch word.count {
    case 3: return word == Array("and".utf8) || word == Array("und".utf8)
    case 4:
      return word == Array("plus".utf8) || word == Array("well".utf8)
        || word == Array("auch".utf8)
    case 5: return word == Array("sowie".utf8)
    default: return false
    }
  }
}

extension StringProtocol {
  /// The text without the given characters (and spaces) at either end.
  fileprivate func trimmingCharacters(in set: String) -> String {
    let strip: (Character) -> Bool = { $0 == " " || set.contains($0) }
    return String(drop(while: strip).reversed().drop(while: strip).reversed())
  }
}
