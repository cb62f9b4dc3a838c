import Foundation
import GoalGraph

/// Escaping of text from the input for the places it goes in DOT: HTML-like labels and quoted
/// attribute values. Text from the input is data: nothing in it can end a string, open a tag,
/// or trigger Graphviz's escape sequences.
enum DOTText {
  /// Text for an HTML-like label: XML entities for markup characters, control characters
  /// shown as their Unicode pictures, and backslashes doubled: Graphviz 2.42 expands `\N`,
  /// `\G` and `\l` even inside HTML labels, after decoding entities, and reads `\\` as one
  /// backslash.
  static func html(_ text: String) -> String {
    markupEscaped(text.replacingOccurrences(of: "\n", with: " "))
      .replacingOccurrences(of: "]", with: "&#93;")
      .replacingOccurrences(of: "\\", with: "\\\\")
  }

  /// A quoted DOT string whose value Graphviz shows as written, for attributes such as
  /// `tooltip`: quotes escaped; each backslash written four times, because the DOT reader and
  /// then Graphviz's escape expansion (`\N`, `\G`, `\l`) each halve them; line breaks as
  /// `\n`; control characters as their pictures.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\\\\\"
      case "\n": result += "\\n"
      default: result.unicodeScalars.append(controlPicture(scalar))
      }
    }
    return result + "\""
  }

  /// Lines of at most `width` characters, broken at spaces; a longer word is cut.
  static func wrap(_ text: String, width: Int, maximumLines: Int = 6) -> [String] {
    let words = text.split(whereSeparator: { $0 == " " || $0.isNewline }).map(String.init)
    var lines: [String] = []
    var line = ""
    for var word in words {
      while word.count > width {
        if !line.isEmpty {
          lines.append(line)
          line = ""
        }
        lines.append(String(word.prefix(width - 1)) + "-")
        word = String(word.dropFirst(width - 1))
      }
      if !line.isEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    if lines.count > maximumLines {
      lines = Array(lines.prefix(maximumLines))
      lines[maximumLines - 1] += " …"
    }
    return lines
  }
}
