/// Rows of sparse vectors stored one after the other (compressed sparse rows).
///
/// Row `i` holds `features[starts[i] ..< starts[i + 1]]`, sorted ascending without repeats,
/// and their `weights`.
struct SparseRows: Sendable {
  private(set) var starts: [Int] = [0]
  private(set) var features: [Int32] = []
  var weights: [Float] = []

  init() {}

  /// The number of rows.
  var count: Int { starts.count - 1 }

  /// The positions of row `i` in `features` and `weights`.
  @inline(__always)
  func range(_ i: Int) -> Range<Int> { starts[i]..<starts[i + 1] }

  /// Appends a row; `features` must be sorted ascending without repeats.
  mutating func append(
    features rowFeatures: some Collection<Int32>, weights rowWeights: some Collection<Float>
  ) {
    features.append(contentsOf: rowFeatures)
    weights.append(contentsOf: rowWeights)
    starts.append(features.count)
  }

  /// Appends the rows of another block.
  ///
  /// - Complexity: O(m), where m is the size of `other`.
  mutating func append(_ other: SparseRows) {
    let offset = features.count
    features += other.features
    weights += other.weights
    starts += other.starts.dropFirst().map { $0 + offset }
  }

  /// Blocks of rows joined in order.
  static func joined(_ blocks: [SparseRows]) -> SparseRows {
    var rows = SparseRows()
    rows.features.reserveCapacity(blocks.reduce(0) { $0 + $1.features.count })
    rows.weights.reserveCapacity(rows.features.capacity)
    for block in blocks { rows.append(block) }
    return rows
  }

  /// The dot product of row `i` of these rows and row `j` of `other`.
  ///
  /// - Complexity: O(a + b), the lengths of the two rows.
  @inline(__always)
  func dot(_ i: Int, _ other: SparseRows, _ j: Int) -> Float {
    features.withUnsafeBufferPointer { leftFeatures in
      weights.withUnsafeBufferPointer { leftWeights in
        other.features.withUnsafeBufferPointer { rightFeatures in
          other.weights.withUnsafeBufferPointer { rightWeights in
            sparseDot(
              (leftFeatures, leftWeights, range(i)),
              (rightFeatures, rightWeights, other.range(j)))
          }
        }
      }
    }
  }

  /// The features row `i` shares with row `j` of `other`, with the product of their weights.
  ///
  /// - Complexity: O(a + b).
  func shared(_ i: Int, _ other: SparseRows, _ j: Int) -> [(feature: Int32, weight: Float)] {
    var result: [(Int32, Float)] = []
    var a = starts[i]
    var b = other.starts[j]
    while a < starts[i + 1] && b < other.starts[j + 1] {
      if features[a] == other.features[b] {
        result.append((features[a], weights[a] * other.weights[b]))
        a += 1
        b += 1
      } else if features[a] < other.features[b] {
        a += 1
      } else {
        b += 1
      }
    }
    return result
  }

  /// Scales every row to length 1 (rows of length 0 stay empty).
  ///
  /// - Complexity: O(m), where m is the number of stored entries, divided among the cores.
  mutating func normalize() {
    let starts = self.starts
    weights.withUnsafeMutableBufferPointer { buffer in
      let weights = SendableBuffer(buffer)
      Parallel.forEach(starts.count - 1, minimumSize: 4096) { rows in
        for row in rows {
          let range = starts[row]..<starts[row + 1]
          var sum: Float = 0
          for k in range { sum += weights.buffer[k] * weights.buffer[k] }
          guard sum > 0 else { continue }
          let scale = 1 / sum.squareRoot()
          for k in range { weights.buffer[k] *= scale }
        }
      }
    }
  }
}

/// Counts repeated features: sorts `features` and returns each once with how often it came.
///
/// - Complexity: O(n log n), where n is the number of features.
func countedFeatures(_ features: inout [Int32]) -> (features: [Int32], counts: [Float]) {
  features.sort()
  var unique: [Int32] = []
  var counts: [Float] = []
  unique.reserveCapacity(features.count)
  counts.reserveCapacity(features.count)
  for feature in features {
    if unique.last == feature {
      counts[counts.count - 1] += 1
    } else {
      unique.append(feature)
      counts.append(1)
    }
  }
  return (unique, counts)
}

/// One sparse vector: features sorted ascending without repeats, and their weights.
struct SparseVector: Sendable {
  var features: [Int32] = []
  var weights: [Float] = []

  /// Whether the vector has no feature.
  var isEmpty: Bool { features.isEmpty }

  /// The dot product with row `j` of some rows.
  ///
  /// - Complexity: O(a + b), the lengths of the vector and the row.
  func dot(_ rows: SparseRows, _ j: Int) -> Float {
    features.withUnsafeBufferPointer { leftFeatures in
      weights.withUnsafeBufferPointer { leftWeights in
        rows.features.withUnsafeBufferPointer { rightFeatures in
          rows.weights.withUnsafeBufferPointer { rightWeights in
            sparseDot(
              (leftFeatures, leftWeights, 0..<leftFeatures.count),
              (rightFeatures, rightWeights, rows.range(j)))
          }
        }
      }
    }
  }

  /// The dot product with another vector.
  ///
  /// - Complexity: O(a + b).
  func dot(_ other: SparseVector) -> Float {
    var rows = SparseRows()
    rows.append(features: other.features, weights: other.weights)
    return dot(rows, 0)
  }
}

/// Rows of sparse vectors copied into memory of their own, for the many dot products of a
/// search: reading them needs no bounds checks, closures or reference counting per access.
///
/// The rows never change after the copy, so the object may be read from any thread.
final class FrozenRows: @unchecked Sendable {
  private let starts: UnsafeMutableBufferPointer<Int>
  private let features: UnsafeMutableBufferPointer<Int32>
  private let weights: UnsafeMutableBufferPointer<Float>

  /// A copy of the rows.
  ///
  /// - Complexity: O(m), where m is the number of stored entries.
  init(_ rows: SparseRows) {
    starts = .allocate(capacity: rows.starts.count)
    _ = starts.initialize(from: rows.starts)
    features = .allocate(capacity: max(1, rows.features.count))
    _ = features.initialize(from: rows.features)
    weights = .allocate(capacity: max(1, rows.weights.count))
    _ = weights.initialize(from: rows.weights)
  }

  deinit {
    starts.deallocate()
    features.deallocate()
    weights.deallocate()
  }

  /// The number of entries of row `i`.
  @inline(__always)
  func count(_ i: Int) -> Int { starts[i + 1] - starts[i] }

  /// The dot product of row `i` of these rows and row `j` of `other`.
  ///
  /// - Complexity: O(a + b), the lengths of the two rows.
  @inline(__always)
  func dot(_ i: Int, _ other: FrozenRows, _ j: Int) -> Float {
    sparseDot(
      (UnsafeBufferPointer(features), UnsafeBufferPointer(weights), starts[i]..<starts[i + 1]),
      (
        UnsafeBufferPointer(other.features), UnsafeBufferPointer(other.weights),
        other.starts[j]..<other.starts[j + 1]
      ))
  }

}

/// The dot product of two sparse rows, each given as its sorted features, its weights and
/// its range in them: one merge of the two feature lists.
///
/// - Complexity: O(a + b), the lengths of the two rows.
@inline(__always)
func sparseDot(
  _ left: (features: UnsafeBufferPointer<Int32>, weights: UnsafeBufferPointer<Float>, Range<Int>),
  _ right: (features: UnsafeBufferPointer<Int32>, weights: UnsafeBufferPointer<Float>, Range<Int>)
) -> Float {
  var x = left.2.lowerBound
  var y = right.2.lowerBound
  var sum: Float = 0
  while x < left.2.upperBound && y < right.2.upperBound {
    let fx = left.features[x]
    let fy = right.features[y]
    if fx == fy {
      sum += left.weights[x] * right.weights[y]
      x += 1
      y += 1
    } else if fx < fy {
      x += 1
    } else {
      y += 1
    }
  }
  return sum
}
