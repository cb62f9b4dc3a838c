/// Checks that an input is text that the parsers can read: valid UTF-8, without NUL bytes,
/// and with a byte order mark only at the very start.
enum TextCheck {
  /// The UTF-8 byte order mark.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Removes a leading byte order mark and logs the first place where the bytes are not text.
  ///
  /// - Returns: Whether the bytes are text.
  /// - Complexity: O(n).
  static func prepare(_ bytes: inout [UInt8], log: inout ProblemLog) -> Bool {
    if bytes.starts(with: byteOrderMark) {
      bytes.removeFirst(byteOrderMark.count)
    }
    guard let (offset, problem) = firstProblem(in: bytes) else { return true }
    let (line, column) = bytes.withUnsafeBufferPointer { buffer in
      var counter = LineCounter(buffer)
      return counter.position(of: offset)
    }
    log.error(line: line, column: column, problem)
    return false
  }

  /// The offset and description of the first byte sequence that is not acceptable text.
  static func firstProblem(in bytes: [UInt8]) -> (Int, String)? {
    bytes.withUnsafeBufferPointer { buffer -> (Int, String)? in
      var index = 0
      let count = buffer.count
      while index < count {
        let byte = buffer[index]
        if byte < 0x80 {
          if byte == 0 { return (index, "NUL byte in the input; is this a binary file?") }
          index += 1
          continue
        }
        let length: Int
        let minimum: UInt32
        switch byte {
        case 0xC2...0xDF: (length, minimum) = (2, 0x80)
        case 0xE0...0xEF: (length, minimum) = (3, 0x800)
        case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
        default: return (index, invalid(byte))
        }
        guard index + length <= count else {
          return (index, "the input ends inside a UTF-8 character (truncated file?)")
        }
        var scalar = UInt32(byte) & (0xFF >> (length + 1))
        for next in 1..<length {
          let continuation = buffer[index + next]
          guard continuation & 0xC0 == 0x80 else { return (index, invalid(byte)) }
          scalar = scalar << 6 | UInt32(continuation & 0x3F)
        }
        if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
          return (index, invalid(byte))
        }
        if scalar == 0xFEFF {
          return (index, "a byte order mark in the middle of the file (were two files joined?)")
        }
        index += length
      }
      return nil
    }
  }

  private static func invalid(_ byte: UInt8) -> String {
    let hex = String(byte, radix: 16, uppercase: true)
    return "invalid UTF-8 (byte 0x\(hex)); save the file as UTF-8"
  }
}
