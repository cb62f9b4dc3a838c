/// Splits CSV text into records (RFC 4180): quoted fields may hold delimiters, doubled quotes
/// and line breaks; lines end with LF or CRLF. The delimiter (comma, semicolon or tab) is the
/// one the header line uses most.
///
/// Unquoted fields lose the spaces and tabs around them; quoted fields are kept as written.
/// Every record keeps the line it starts on, for messages.
struct CSVParser {
  struct Record {
    var line: Int
    var fields: [String]
  }

  /// Parses `bytes` (valid UTF-8, without a byte order mark).
  ///
  /// - Complexity: O(n) in the size of the input.
  static func parse(_ bytes: [UInt8], log: inout ProblemLog) -> [Record] {
    bytes.withUnsafeBufferPointer { buffer in
      let delimiter = detectDelimiter(buffer)
      return records(buffer, delimiter: delimiter, log: &log)
    }
  }

  /// The delimiter used most outside quotes on the first line: `,`, `;` or a tab.
  static func detectDelimiter(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
    var counts: [UInt8: Int] = [comma: 0, semicolon: 0, tab: 0]
    var quoted = false
    for byte in bytes {
      if byte == quote {
        quoted.toggle()
      } else if !quoted && (byte == newline || byte == carriageReturn) {
        break
      } else if !quoted && counts[byte] != nil {
        counts[byte]! += 1
      }
    }
    let best = [comma, semicolon, tab].max { counts[$0]! < counts[$1]! }!
    return counts[best]! > 0 ? best : comma
  }

  private static let comma = UInt8(ascii: ",")
  private static let semicolon = UInt8(ascii: ";")
  private static let tab = UInt8(ascii: "\t")
  private static let space = UInt8(ascii: " ")
  private static let quote = UInt8(ascii: "\"")
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  private static func records(
    _ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, log: inout ProblemLog
  ) -> [Record] {
    var records: [Record] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var line = 1
    var recordLine = 1
    var index = 0
    let count = bytes.count
    var reportedStrayQuote = false

    func string(_ field: [UInt8]) -> String { String(decoding: field, as: UTF8.self) }

    while index < count {
      // One field per turn of the loop; `index` is at its first byte.
      field.removeAll(keepingCapacity: true)
      if bytes[index] == quote {
        let openingLine = line
        index += 1
        var closed = false
        while index < count {
          let byte = bytes[index]
          if byte == quote {
            if index + 1 < count && bytes[index + 1] == quote {
              field.append(quote)
              index += 2
              continue
            }
            index += 1
            closed = true
            break
          }
          if byte == newline { line += 1 }
          field.append(byte)
          index += 1
        }
        guard closed else {
          log.error(
            line: openingLine,
            "a quoted field opened here is never closed: a quote (\") is missing")
          return records
        }
        // Text between the closing quote and the delimiter belongs to a broken field.
        var stray = false
        while index < count, bytes[index] != delimiter, bytes[index] != newline,
          bytes[index] != carriageReturn
        {
          stray = true
          field.append(bytes[index])
          index += 1
        }
        if stray && !reportedStrayQuote {
          reportedStrayQuote = true
          log.error(
            line: line,
            "text follows the closing quote of a field; a quote inside a quoted field "
              + "must be doubled (\"\")")
        }
      } else {
        while index < count {
          let byte = bytes[index]
          if byte == delimiter || byte == newline || byte == carriageReturn { break }
          field.append(byte)
          index += 1
        }
        // Spreadsheets leave stray spaces around unquoted values; quoted ones are verbatim.
        while let last = field.last, last == space || last == tab { field.removeLast() }
        if let first = field.firstIndex(where: { $0 != space && $0 != tab }), first > 0 {
          field.removeFirst(first)
        } else if field.allSatisfy({ $0 == space || $0 == tab }) {
          field.removeAll(keepingCapacity: true)
        }
      }
      fields.append(string(field))

      // After the field: a delimiter, the end of the record, or the end of the input.
      if index < count && bytes[index] == delimiter {
        index += 1
        if index == count {
          fields.append("")
        }
        continue
      }
      if index < count && bytes[index] == carriageReturn { index += 1 }
      if index < count && bytes[index] == newline { index += 1 }
      line += 1
      if !(fields.count == 1 && fields[0].isEmpty) {
        records.append(Record(line: recordLine, fields: fields))
      }
      fields.removeAll(keepingCapacity: true)
      recordLine = line
    }
    if !fields.isEmpty && !(fields.count == 1 && fields[0].isEmpty) {
      records.append(Record(line: recordLine, fields: fields))
    }
    return records
  }
}
