/// Turns byte offsets into one-based lines and columns, in one pass when asked in order.
///
/// Columns count characters (UTF-8 lead bytes), not bytes.
struct LineCounter {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var offset = 0
  private var line = 1
  private var column = 1

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The line and column of the byte at `target`.
  ///
  /// - Complexity: O(k), where k is the distance from the previous target; O(target) when
  ///   asked for an earlier offset.
  mutating func position(of target: Int) -> (line: Int, column: Int) {
    let target = min(max(target, 0), bytes.count)
    if target < offset {
      offset = 0
      line = 1
      column = 1
    }
    while offset < target {
      let byte = bytes[offset]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      offset += 1
    }
    return (line, column)
  }
}
