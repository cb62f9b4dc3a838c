import Dispatch

/// Work split into chunks that run on all cores through `DispatchQueue.concurrentPerform`.
enum Parallel {
  /// The ranges `0 ..< count` is cut into: enough chunks to keep every core busy when some
  /// take longer than others, none smaller than `minimumSize`, at most `maximumChunks`.
  static func ranges(_ count: Int, minimumSize: Int = 512, maximumChunks: Int = 64)
    -> [Range<Int>]
  {
    guard count > 0 else { return [] }
    let chunks = max(1, min(maximumChunks, count / max(1, minimumSize)))
    let size = (count + chunks - 1) / chunks
    return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
  }

  /// Runs `body` on each chunk of `0 ..< count`, in parallel, and returns the results in
  /// chunk order.
  ///
  /// `body` may run on any thread; whatever it needs per thread (a stemmer, a scratch
  /// array) it makes itself.
  ///
  /// - Complexity: The cost of `body` over all chunks, divided among the cores.
  static func map<T>(
    _ count: Int, minimumSize: Int = 512, maximumChunks: Int = 64, _ body: (Range<Int>) -> T
  ) -> [T] {
    let ranges = ranges(count, minimumSize: minimumSize, maximumChunks: maximumChunks)
    var results = [T?](repeating: nil, count: ranges.count)
    results.withUnsafeMutableBufferPointer { buffer in
      let slots = SendableBuffer(buffer)
      withoutActuallyEscaping(body) { body in
        let work = UncheckedBox(body)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
          slots.buffer[chunk] = work.value(ranges[chunk])
        }
      }
    }
    return results.map { $0! }
  }

  /// Runs `body` on each chunk of `0 ..< count`, in parallel, for its effects.
  ///
  /// - Complexity: The cost of `body` over all chunks, divided among the cores.
  static func forEach(_ count: Int, minimumSize: Int = 512, _ body: (Range<Int>) -> Void) {
    _ = map(count, minimumSize: minimumSize, body)
  }
}

/// A buffer whose disjoint elements are written by parallel chunks of work.
struct SendableBuffer<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element>

  init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

/// A value handed to parallel work that only reads it (or writes disjoint parts of it).
struct UncheckedBox<Value>: @unchecked Sendable {
  let value: Value

  init(_ value: Value) { self.value = value }
}
