import CYAJL

/// Reads JSON into a tape through yajl's streaming parser.
///
/// yajl reports byte offsets; the reader turns them into lines and columns as it goes, in one
/// pass over the input.
final class JSONTapeReader {
  fileprivate var tape: Tape
  fileprivate var handle: yajl_handle?
  fileprivate var positions: LineCounter
  fileprivate var tooDeep: (line: Int, column: Int)?
  private let bytes: UnsafeBufferPointer<UInt8>

  private init(bytes: UnsafeBufferPointer<UInt8>, limits: ImportLimits) {
    self.bytes = bytes
    self.tape = Tape(maximumDepth: limits.maximumDepth)
    self.positions = LineCounter(bytes)
  }

  deinit {
    if let handle { yajl_free(handle) }
  }

  /// Parses `bytes` (UTF-8, without a byte order mark) into a tape.
  ///
  /// - Returns: The tape, or `nil` after logging the problem that stopped the parse.
  /// - Complexity: O(n) in the size of the input.
  static func read(_ bytes: [UInt8], limits: ImportLimits, log: inout ProblemLog) -> Tape? {
    bytes.withUnsafeBufferPointer { buffer in
      let reader = JSONTapeReader(bytes: buffer, limits: limits)
      return reader.parse(limits: limits, log: &log)
    }
  }

  private func parse(limits: ImportLimits, log: inout ProblemLog) -> Tape? {
    var callbacks = yajl_callbacks(
      yajl_null: { context in
        reader(context).scalar("null", style: .null, length: 4)
      },
      yajl_boolean: { context, value in
        reader(context).scalar(value != 0 ? "true" : "false", style: .boolean, length: 0)
      },
      yajl_integer: nil,
      yajl_double: nil,
      yajl_number: { context, text, length in
        let number = String(
          decoding: UnsafeRawBufferPointer(start: text, count: length), as: UTF8.self)
        return reader(context).scalar(number, style: .number, length: length)
      },
      yajl_string: { context, text, length in
        reader(context).string(text, length)
      },
      yajl_start_map: { context in
        reader(context).start(.mappingStart)
      },
      yajl_map_key: { context, text, length in
        reader(context).string(text, length)
      },
      yajl_end_map: { context in
        reader(context).end(.mappingEnd)
      },
      yajl_start_array: { context in
        reader(context).start(.sequenceStart)
      },
      yajl_end_array: { context in
        reader(context).end(.sequenceEnd)
      })

    let context = Unmanaged.passUnretained(self).toOpaque()
    handle = yajl_alloc(&callbacks, nil, context)
    guard let handle else {
      log.error(line: 0, "the JSON parser could not be created")
      return nil
    }
    var status = yajl_parse(handle, bytes.baseAddress, bytes.count)
    var atEnd = false
    if status == yajl_status_ok {
      status = yajl_complete_parse(handle)
      atEnd = true
    }
    if let tooDeep {
      log.error(
        line: tooDeep.line, column: tooDeep.column,
        "the document is nested deeper than \(limits.maximumDepth) levels; "
          + "an OKR file needs fewer than 10")
      return nil
    }
    guard status == yajl_status_ok else {
      let offset = atEnd ? bytes.count : min(Int(yajl_get_bytes_consumed(handle)), bytes.count)
      var counter = LineCounter(bytes)
      let (line, column) = counter.position(of: offset)
      var message = "malformed JSON"
      if let text = yajl_get_error(handle, 0, bytes.baseAddress, bytes.count) {
        message = String(cString: text).trimmingWhitespace()
        yajl_free_error(handle, text)
      }
      log.error(line: line, column: column, Self.explain(message, at: offset, in: bytes))
      return nil
    }
    return tape
  }

  /// The offset just past the token yajl has read.
  private var tokenEnd: Int { Int(yajl_get_bytes_consumed(handle)) }

  fileprivate func scalar(_ text: String, style: Tape.Style, length: Int) -> Int32 {
    let start = max(0, tokenEnd - max(length, text.count))
    let (line, column) = positions.position(of: start)
    tape.scalar(text, style: style, line: line, column: column)
    return 1
  }

  fileprivate func string(_ text: UnsafePointer<UInt8>?, _ length: Int) -> Int32 {
    let value = String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self)
    let (line, column) = positions.position(of: openingQuote(before: tokenEnd))
    tape.scalar(value, style: .quoted, line: line, column: column)
    return 1
  }

  fileprivate func start(_ kind: Tape.Kind) -> Int32 {
    let (line, column) = positions.position(of: max(0, tokenEnd - 1))
    guard tape.start(kind, line: line, column: column) else {
      tooDeep = (line, column)
      return 0
    }
    return 1
  }

  fileprivate func end(_ kind: Tape.Kind) -> Int32 {
    let (line, column) = positions.position(of: max(0, tokenEnd - 1))
    tape.end(kind, line: line, column: column)
    return 1
  }

  /// The offset of the quote that opens the string whose closing quote ends before `end`.
  private func openingQuote(before end: Int) -> Int {
    var index = end - 2
    while index > 0 {
      if bytes[index] == UInt8(ascii: "\"") {
        var backslashes = 0
        while index - backslashes - 1 >= 0, bytes[index - backslashes - 1] == UInt8(ascii: "\\") {
          backslashes += 1
        }
        if backslashes % 2 == 0 { return index }
      }
      index -= 1
    }
    return 0
  }

  /// yajl's message, with a hint for the mistakes people make in hand-written JSON.
  private static func explain(
    _ message: String, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> String {
    if offset >= bytes.count, message.contains("premature EOF") {
      return "the JSON ends before its last mapping or list is closed (truncated file?)"
    }
    if message.contains("unallowed token") {
      return "\(message): is there a comma before a closing ] or }, or a value missing?"
    }
    if message.contains("invalid object key") {
      return "\(message): object keys must be quoted, and no comma may follow the last entry"
    }
    return message
  }
}

private func reader(_ context: UnsafeMutableRawPointer?) -> JSONTapeReader {
  Unmanaged<JSONTapeReader>.fromOpaque(context!).takeUnretainedValue()
}

extension String {
  /// The string without leading and trailing spaces, tabs and newlines.
  func trimmingWhitespace() -> String {
    let characters = self.unicodeScalars
    guard let first = characters.firstIndex(where: { !$0.properties.isWhitespace }) else {
      return ""
    }
    let last = characters.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(characters[first...last])
  }
}
