/// Writes a report document as CommonMark (GitHub flavoured tables). Text from the input is
/// escaped so that it cannot become markup, links or HTML.
enum MarkdownWriter {
  /// - Parameter chartPath: The chart image to link where the document holds the chart.
  static func write(_ document: ReportDocument, chartPath: String?) -> String {
    var lines = ["# \(escape(document.title))", ""]
    for block in document.blocks {
      lines += render(block, document: document, chartPath: chartPath)
    }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func render(
    _ block: ReportDocument.Block, document: ReportDocument, chartPath: String?
  ) -> [String] {
    switch block {
    case .heading(let level, let text, let anchor):
      let marker = String(repeating: "#", count: min(level, 6))
      let name = anchor.map { "<a id=\"\($0)\"></a>" } ?? ""
      return ["\(marker) \(name)\(escape(text))", ""]
    case .paragraph(let inlines):
      return [inline(inlines), ""]
    case .list(let items):
      return items.map { "- " + inline($0) } + [""]
    case .items(let items):
      var lines: [String] = []
      for item in items {
        let rendered = item.flatMap { render($0, document: document, chartPath: chartPath) }
          .filter { !$0.isEmpty }
        guard let first = rendered.first else { continue }
        lines.append("- " + first)
        lines += rendered.dropFirst().map { "  " + $0 }
      }
      return lines + [""]
    case .table(let header, let rows, let numeric):
      var lines = ["| " + header.map(escape).joined(separator: " | ") + " |"]
      lines.append(
        "|" + header.indices.map { numeric.contains($0) ? "---:" : "---" }.joined(separator: "|")
          + "|")
      for row in rows {
        lines.append("| " + row.map { inline($0) }.joined(separator: " | ") + " |")
      }
      return lines + [""]
    case .contents:
      return document.outline.map { entry in
        String(repeating: "  ", count: entry.level - 2)
          + "- [\(escape(entry.text))](#\(entry.anchor))"
      } + [""]
    case .chart:
      guard let chartPath else { return [] }
      return ["![The goal chart](\(chartPath.replacingAll(" ", "%20")))", ""]
    case .anchored(let anchor, let blocks):
      var lines = blocks.flatMap { render($0, document: document, chartPath: chartPath) }
      if let first = lines.firstIndex(where: { !$0.isEmpty }) {
        lines[first] = "<a id=\"\(anchor)\"></a>" + lines[first]
      }
      return lines
    }
  }

  private static func inline(_ parts: [ReportDocument.Inline]) -> String {
    parts.map { part -> String in
      switch part {
      case .text(let text): return escape(text)
      case .strong(let inner): return "**" + inline(inner) + "**"
      case .code(let text): return code(text)
      case .link(let inner, let anchor): return "[" + inline(inner) + "](#\(anchor))"
      case .severity(let text): return "**" + escape(text) + "**"
      case .muted(let inner): return "_" + inline(inner) + "_"
      }
    }.joined()
  }

  /// Text with every character that Markdown or HTML could read as markup escaped, and line
  /// breaks turned into spaces.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "|", "~",
        "=", ":":
        result += "\\" + String(character)
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      case "\"": result += "&quot;"
      default:
        if character.isNewline {
          result += " "
        } else if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
          scalar.value < 0x20 || scalar.value == 0x7F
        {
          result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        } else {
          result.append(character)
        }
      }
    }
    return result
  }

  /// An id in a code span; backticks inside are avoided by a longer fence.
  private static func code(_ text: String) -> String {
    let flat = text.map { $0.isNewline ? " " : $0 }.map(String.init).joined()
    var fence = "`"
    while flat.contains(fence) { fence += "`" }
    let padded = flat.hasPrefix("`") || flat.hasSuffix("`") ? " \(flat) " : flat
    return fence + padded.replacingAll("|", "\\|") + fence
  }
}

extension String {
  func replacingAll(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
