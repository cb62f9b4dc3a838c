/// Character n-grams of words, hashed into buckets.
///
/// A word is framed by boundary marks (`<churn>`), and every run of 3, 4 and 5 bytes of the
/// framed word is one n-gram; n-grams never cross words. Folded words are nearly all ASCII,
/// so bytes stand for letters. The n-grams are hashed (64-bit FNV-1a) into a fixed number
/// of buckets rather than stored: collisions at two million buckets are too rare to matter.
enum NGrams {
  /// The n-gram lengths.
  static let sizes = 3...5

  /// Appends the buckets of the n-grams of a folded word.
  ///
  /// - Complexity: O(l) for a word of length l.
  static func buckets(of word: String, into buckets: inout [Int32], count: Int) {
    var framed: [UInt8] = [UInt8(ascii: "<")]
    framed.append(contentsOf: word.utf8)
    framed.append(UInt8(ascii: ">"))
    let mask = UInt64(count - 1)
    precondition(count & (count - 1) == 0, "the bucket count must be a power of two")
    for size in sizes where framed.count >= size {
      for start in 0...(framed.count - size) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in framed[start..<(start + size)] {
          hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        buckets.append(Int32(truncatingIfNeeded: (hash ^ (hash >> 29)) & mask))
      }
    }
  }
}
