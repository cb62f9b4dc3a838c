/// An inverted index over rows of sparse vectors: for each feature, the rows that have it.
///
/// Finding the rows most similar to a query accumulates the dot product over the postings of
/// the query's features, so only rows that share a feature with the query are ever touched;
/// no pair of rows is compared otherwise. Two kinds of pruning keep the postings short: each
/// row leaves its most common features out of the index (prefix filtering, see `init`), and
/// features whose postings are still longer than `commonLimit` are skipped while
/// accumulating. Common features weigh little, and the candidates are scored exactly
/// afterwards anyway.
struct InvertedIndex: Sendable {
  private let starts: [Int]
  private let rows: [Int32]
  private let weights: [Float]
  /// Postings longer than this are skipped while accumulating.
  let commonLimit: Int
  /// The most postings one search visits.
  let budget: Int

  /// Indexes the rows.
  ///
  /// Of each row, the most common features are left out of the index as long as their
  /// weights together have a length below `prefixBound` (prefix filtering): a pair of unit
  /// vectors with a dot product of at least `prefixBound` still shares an indexed feature
  /// of each row, so every such pair is found, while the longest postings shrink the most.
  ///
  /// - Complexity: O(m log r + f), for m stored entries, rows of r features, and f features.
  init(
    _ vectors: SparseRows, featureCount: Int, commonLimit: Int, budget: Int, prefixBound: Float
  ) {
    var frequencies = [Int32](repeating: 0, count: featureCount)
    for feature in vectors.features { frequencies[Int(feature)] += 1 }
    let limit = prefixBound * prefixBound
    var indexed = [Bool](repeating: true, count: vectors.features.count)
    var order: [Int] = []
    for row in 0..<vectors.count {
      order.removeAll(keepingCapacity: true)
      order.append(contentsOf: vectors.range(row))
      order.sort { frequencies[Int(vectors.features[$0])] > frequencies[Int(vectors.features[$1])] }
      var mass: Float = 0
      for k in order {
        mass += vectors.weights[k] * vectors.weights[k]
        guard mass < limit else { break }
        indexed[k] = false
      }
    }
    var counts = [Int](repeating: 0, count: featureCount + 1)
    for (k, feature) in vectors.features.enumerated() where indexed[k] {
      counts[Int(feature) + 1] += 1
    }
    for feature in 0..<featureCount { counts[feature + 1] += counts[feature] }
    var next = counts
    var rows = [Int32](repeating: 0, count: counts[featureCount])
    var weights = [Float](repeating: 0, count: counts[featureCount])
    for row in 0..<vectors.count {
      for k in vectors.range(row) where indexed[k] {
        let feature = Int(vectors.features[k])
        rows[next[feature]] = Int32(row)
        weights[next[feature]] = vectors.weights[k]
        next[feature] += 1
      }
    }
    self.starts = counts
    self.rows = rows
    self.weights = weights
    self.commonLimit = commonLimit
    self.budget = budget
  }

  /// How many rows have a feature.
  func frequency(of feature: Int32) -> Int {
    starts[Int(feature) + 1] - starts[Int(feature)]
  }

  /// Adds the dot product of a query with every row that shares a feature with it to
  /// `scratch`, and returns the rows that `accept` lets through with their partial sums,
  /// the best `limit` first.
  ///
  /// - Parameters:
  ///   - features: The query's features and weights (ascending features).
  ///   - scratch: A buffer of one `Float` per row, all zero; it is zero again afterwards.
  /// - Complexity: O(Σ min(p(f), L) + t + r × limit) for the postings p(f) of the query's
  ///   features, L the common limit, t the rows touched and r the times a better row
  ///   displaces the weakest of those kept.
  func search(
    features queryFeatures: ArraySlice<Int32>, weights queryWeights: ArraySlice<Float>,
    scratch: inout Scratch,
    limit: Int, accept: (Int) -> Bool
  ) -> [(row: Int, score: Float)] {
    rows.withUnsafeBufferPointer { rows in
      weights.withUnsafeBufferPointer { weights in
        scratch.sums.withUnsafeMutableBufferPointer { sums in
          // The query's features from the rarest, as far as the budget goes.
          var order = Array(zip(queryFeatures, queryWeights))
          order.sort {
            starts[Int($0.0) + 1] - starts[Int($0.0)] < starts[Int($1.0) + 1] - starts[Int($1.0)]
          }
          var visited = 0
          for (feature, weight) in order {
            let range = starts[Int(feature)]..<starts[Int(feature) + 1]
            guard range.count <= commonLimit, visited + range.count <= budget else { break }
            visited += range.count
            for k in range {
              let row = Int(rows[k])
              if sums[row] == 0 { scratch.touched.append(Int32(row)) }
              sums[row] += weight * weights[k]
            }
          }
        }
      }
    }
    // The best `limit` rows, kept unsorted with the weakest one known.
    var found: [(row: Int, score: Float)] = []
    found.reserveCapacity(limit)
    var weakest = 0
    func isBetter(_ a: (row: Int, score: Float), _ b: (row: Int, score: Float)) -> Bool {
      a.score > b.score || (a.score == b.score && a.row < b.row)
    }
    for row in scratch.touched {
      let row = Int(row)
      let score = scratch.sums[row]
      scratch.sums[row] = 0
      guard score > 0, limit > 0 else { continue }
      if found.count == limit && !isBetter((row, score), found[weakest]) { continue }
      guard accept(row) else { continue }
      if found.count < limit {
        found.append((row, score))
      } else {
        found[weakest] = (row, score)
      }
      if found.count == limit {
        weakest = found.indices.min { isBetter(found[$1], found[$0]) }!
      }
    }
    scratch.touched.removeAll(keepingCapacity: true)
    return found.sorted(by: isBetter)
  }

  /// The working memory of searches on one thread.
  struct Scratch {
    var sums: [Float]
    var touched: [Int32] = []

    init(rows: Int) { sums = [Float](repeating: 0, count: rows) }
  }
}
