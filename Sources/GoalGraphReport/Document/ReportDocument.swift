/// A report as a small document tree, written once and rendered as Markdown or HTML, so that
/// both formats say the same and each escapes in one place.
public struct ReportDocument: Sendable {
  /// Text within a paragraph, list item or table cell.
  public indirect enum Inline: Sendable {
    case text(String)
    case strong([Inline])
    /// An id, shown in a fixed-width font.
    case code(String)
    /// A link to an anchor within the report.
    case link([Inline], anchor: String)
    /// A severity label: error, warning, info.
    case severity(String)
    /// Quieter text: units, coaches, counts.
    case muted([Inline])
  }

  public enum Block: Sendable {
    case heading(level: Int, text: String, anchor: String?)
    case paragraph([Inline])
    case list([[Inline]])
    /// A list item may hold blocks of its own (a finding with its suggestion).
    case items([[Block]])
    case table(header: [String], rows: [[[Inline]]], numeric: Set<Int>)
    /// The table of contents, filled in from the headings of level 2 and 3.
    case contents
    /// The goal chart: inline SVG in HTML, an image link in Markdown.
    case chart
    /// A block with an anchor of its own, for a finding.
    case anchored(String, [Block])
  }

  public var title: String
  public var blocks: [Block]

  public init(title: String, blocks: [Block]) {
    self.title = title
    self.blocks = blocks
  }

  /// The headings of level 2 and 3 that have anchors, for the table of contents; level 3
  /// only while there are at most `contentsLimit` of them.
  var outline: [(level: Int, text: String, anchor: String)] {
    let entries = blocks.compactMap { block -> (level: Int, text: String, anchor: String)? in
      guard case .heading(let level, let text, let anchor?) = block, level <= 3 else {
        return nil
      }
      return (level, text, anchor)
    }
    let deep = entries.filter { $0.level == 3 }.count
    return deep <= Self.contentsLimit ? entries : entries.filter { $0.level == 2 }
  }

  /// How many sub-headings the table of contents lists at most.
  static let contentsLimit = 60
}

extension ReportDocument.Inline {
  /// Plain text, without formatting: for messages and plain outputs.
  var plainText: String {
    switch self {
    case .text(let text), .code(let text), .severity(let text): text
    case .strong(let parts), .muted(let parts), .link(let parts, _):
      parts.map(\.plainText).joined()
    }
  }
}
