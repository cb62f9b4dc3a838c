/// A small, fast pseudo-random generator whose sequence depends only on its seed.
///
/// The generator of organisations uses it instead of the system's random source, so that the
/// same seed gives the same organisation on every machine and with every Swift version.
struct SplitMix64 {
  private var state: UInt64

  /// Creates a generator that starts from `seed`.
  init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0 ..< bound`, without the bias of a plain remainder.
  ///
  /// - Precondition: `bound > 0`.
  mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0, "an empty range has no random element")
    let limit = UInt64(bound)
    let threshold = (0 &- limit) % limit
    while true {
      let (high, low) = next().multipliedFullWidth(by: limit)
      if low >= threshold { return Int(high) }
    }
  }

  /// A number in the closed range.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.count)
  }

  /// A number in `0 ..< 1`.
  mutating func fraction() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// Whether an event of the given probability happens.
  mutating func chance(_ probability: Double) -> Bool {
    fraction() < probability
  }

  /// A random element of a collection that is not empty.
  mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element where C.Index == Int {
    items[items.startIndex + below(items.count)]
  }

  /// A random index of a collection that is not empty.
  mutating func index<C: Collection>(of items: C) -> Int {
    below(items.count)
  }

  /// A number from a table of weights: index i is drawn with probability weights[i] / sum.
  mutating func weighted(_ weights: [Int]) -> Int {
    var roll = below(weights.reduce(0, +))
    for (index, weight) in weights.enumerated() {
      if roll < weight { return index }
      roll -= weight
    }
    return weights.count - 1
  }

  /// A new generator whose sequence is independent of this one's, for a separate part of the
  /// work, so that changing one part does not shift the numbers of the others.
  mutating func split() -> SplitMix64 {
    SplitMix64(seed: next())
  }

  /// The elements in random order.
  mutating func shuffled<T>(_ items: [T]) -> [T] {
    var items = items
    guard items.count > 1 else { return items }
    for i in stride(from: items.count - 1, to: 0, by: -1) {
      items.swapAt(i, below(i + 1))
    }
    return items
  }
}
