import CMark

/// A CommonMark document parsed by libcmark, freed with its owner.
///
/// Only this file touches cmark: the reader sees blocks with their kind, line, heading level,
/// children, and text with emphasis, links and code reduced to what they say.
final class MarkdownTree {
  enum Kind {
    case heading(level: Int)
    case list
    case item
    case paragraph
    case htmlBlock
    case codeBlock
    case blockQuote
    case thematicBreak
    case other
  }

  struct Block {
    fileprivate let node: OpaquePointer
  }

  private let document: OpaquePointer

  /// Parses UTF-8 text; `nil` only if cmark cannot allocate.
  init?(_ bytes: [UInt8]) {
    let parsed = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { text in
        cmark_parse_document(text.baseAddress, text.count, CMARK_OPT_DEFAULT)
      }
    }
    guard let parsed else { return nil }
    document = parsed
  }

  deinit {
    cmark_node_free(document)
  }

  /// The blocks at the top of the document, in order.
  var blocks: [Block] { children(of: Block(node: document)) }

  func children(of block: Block) -> [Block] {
    var result: [Block] = []
    var child = cmark_node_first_child(block.node)
    while let node = child {
      result.append(Block(node: node))
      child = cmark_node_next(node)
    }
    return result
  }

  func kind(of block: Block) -> Kind {
    switch cmark_node_get_type(block.node) {
    case CMARK_NODE_HEADING: .heading(level: Int(cmark_node_get_heading_level(block.node)))
    case CMARK_NODE_LIST: .list
    case CMARK_NODE_ITEM: .item
    case CMARK_NODE_PARAGRAPH: .paragraph
    case CMARK_NODE_HTML_BLOCK: .htmlBlock
    case CMARK_NODE_CODE_BLOCK: .codeBlock
    case CMARK_NODE_BLOCK_QUOTE: .blockQuote
    case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
    default: .other
    }
  }

  func line(of block: Block) -> Int { Int(cmark_node_get_start_line(block.node)) }

  /// What a block says, with emphasis, links and code reduced to their text, line breaks and
  /// inline HTML to spaces. Walks the inline tree without recursion.
  func text(of block: Block) -> String {
    var parts: [String] = []
    guard let iterator = cmark_iter_new(block.node) else { return "" }
    defer { cmark_iter_free(iterator) }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
      switch cmark_node_get_type(node) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE:
        if let literal = cmark_node_get_literal(node) { parts.append(String(cString: literal)) }
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_HTML_INLINE:
        parts.append(" ")
      default:
        break
      }
    }
    return parts.joined()
  }

  /// The raw text of an HTML or code block, for messages.
  func literal(of block: Block) -> String {
    cmark_node_get_literal(block.node).map { String(cString: $0) } ?? ""
  }
}
