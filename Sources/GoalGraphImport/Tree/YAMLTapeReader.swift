import CYAML

/// Reads YAML into a tape through libyaml's event API, expanding aliases as it goes.
///
/// The parser is iterative: nesting depth costs heap, not stack, and is capped by the limits.
/// Aliases are replayed from the tape and counted, so that an alias bomb stops early.
final class YAMLTapeReader {
  private var parser = yaml_parser_t()

  init() {
    yaml_parser_initialize(&parser)
  }

  deinit {
    yaml_parser_delete(&parser)
  }

  /// Parses `bytes` (UTF-8, without a byte order mark) into a tape.
  ///
  /// - Returns: The tape, or `nil` after logging the problem that stopped the parse.
  /// - Complexity: O(n) in the size of the input plus the nodes added by aliases.
  func read(_ bytes: [UInt8], limits: ImportLimits, log: inout ProblemLog) -> Tape? {
    var tape = Tape(maximumDepth: limits.maximumDepth)
    var anchors: [String: Range<Int>] = [:]
    // Start indices of open nodes that carry an anchor, with the anchor's name.
    var openAnchors: [(start: Int, depth: Int, name: String)] = []
    var expanded = 0

    return bytes.withUnsafeBufferPointer { buffer -> Tape? in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var event = yaml_event_t()
      while true {
        guard yaml_parser_parse(&parser, &event) != 0 else {
          logParserProblem(&log, bytes: buffer)
          return nil
        }
        defer { yaml_event_delete(&event) }
        let line = Int(event.start_mark.line) + 1
        let column = Int(event.start_mark.column) + 1

        switch event.type {
        case YAML_STREAM_END_EVENT:
          return tape

        case YAML_SCALAR_EVENT:
          let scalar = event.data.scalar
          let text = Self.string(scalar.value, count: scalar.length)
          let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.tag == nil
          let start = tape.events.count
          tape.scalar(text, style: plain ? .plain : .quoted, line: line, column: column)
          if let anchor = scalar.anchor {
            anchors[Self.string(anchor)] = start..<(start + 1)
          }

        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
          let isSequence = event.type == YAML_SEQUENCE_START_EVENT
          let anchor =
            isSequence ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
          let start = tape.events.count
          guard tape.start(isSequence ? .sequenceStart : .mappingStart, line: line, column: column)
          else {
            log.error(
              line: line, column: column,
              "the document is nested deeper than \(limits.maximumDepth) levels; "
                + "an OKR file needs fewer than 10")
            return nil
          }
          if let anchor {
            openAnchors.append((start, tape.depth, Self.string(anchor)))
          }

        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
          let depth = tape.depth
          tape.end(
            event.type == YAML_SEQUENCE_END_EVENT ? .sequenceEnd : .mappingEnd, line: line,
            column: column)
          if let last = openAnchors.last, last.depth == depth {
            openAnchors.removeLast()
            anchors[last.name] = last.start..<tape.events.count
          }

        case YAML_ALIAS_EVENT:
          let name = Self.string(event.data.alias.anchor)
          guard let range = anchors[name] else {
            log.error(
              line: line, column: column,
              "alias *\(name) refers to no anchor &\(name) defined before it")
            return nil
          }
          expanded += range.count
          guard expanded <= limits.maximumAliasExpansion else {
            log.error(
              line: line, column: column,
              "aliases expand to more than \(limits.maximumAliasExpansion) nodes; "
                + "is this an alias bomb?")
            return nil
          }
          tape.copy(range)

        default:
          break
        }
      }
    }
  }

  private func logParserProblem(_ log: inout ProblemLog, bytes: UnsafeBufferPointer<UInt8>) {
    let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
    let mark = parser.problem_mark
    var message = problem
    if let context = parser.context {
      let contextLine = Int(parser.context_mark.line) + 1
      message += " (\(String(cString: context)) at line \(contextLine))"
    }
    if parser.error == YAML_READER_ERROR {
      // The reader reports a byte offset rather than a line.
      log.error(line: 0, "\(message) at byte \(parser.problem_offset)")
      return
    }
    let offset = Int(mark.index)
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "\t") {
      message += "; YAML indents with spaces, never with tabs"
    } else if problem.contains("end of stream") {
      message += "; the file ends too early (truncated?)"
    }
    log.error(line: Int(mark.line) + 1, column: Int(mark.column) + 1, message)
  }

  private static func string(_ pointer: UnsafeMutablePointer<UInt8>, count: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
  }

  private static func string(_ pointer: UnsafeMutablePointer<UInt8>) -> String {
    String(cString: pointer)
  }
}
