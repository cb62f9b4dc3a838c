import Testing

@testable import GoalGraph

@Suite("Inverted index")
struct TextInvertedIndexTests {
  /// Random unit vectors over a small vocabulary, some features much more common.
  func vectors(_ count: Int, seed: UInt64) -> SparseRows {
    var generator = SplitMix(seed: seed)
    var rows = SparseRows()
    for _ in 0..<count {
      var features = Set<Int32>()
      for _ in 0..<Int.random(in: 2...8, using: &generator) {
        let common = Bool.random(using: &generator)
        features.insert(Int32.random(in: 0..<(common ? 5 : 200), using: &generator))
      }
      let sorted = features.sorted()
      let weights = sorted.map { _ in Float.random(in: 0.1...1, using: &generator) }
      let length = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
      rows.append(features: sorted, weights: weights.map { $0 / length })
    }
    return rows
  }

  @Test func prefixFilteringKeepsEveryPairAboveTheBound() {
    let rows = vectors(300, seed: 1)
    let index = InvertedIndex(
      rows, featureCount: 200, commonLimit: .max, budget: .max, prefixBound: 0.3)
    var scratch = InvertedIndex.Scratch(rows: rows.count)
    for query in 0..<rows.count {
      let range = rows.range(query)
      let found = Set(
        index.search(
          features: rows.features[range], weights: rows.weights[range], scratch: &scratch,
          limit: rows.count, accept: { $0 != query }
        ).map(\.row))
      for other in 0..<rows.count where other != query && rows.dot(query, rows, other) >= 0.3 {
        #expect(found.contains(other), "pair \(query), \(other) missed")
      }
    }
    #expect(scratch.sums.allSatisfy { $0 == 0 } && scratch.touched.isEmpty)
  }

  @Test func searchesReturnTheBestRowsFirstAndRespectTheLimit() {
    let rows = vectors(200, seed: 2)
    let index = InvertedIndex(
      rows, featureCount: 200, commonLimit: .max, budget: .max, prefixBound: 0)
    var scratch = InvertedIndex.Scratch(rows: rows.count)
    let range = rows.range(7)
    let found = index.search(
      features: rows.features[range], weights: rows.weights[range], scratch: &scratch, limit: 5,
      accept: { $0 != 7 })
    var exact: [(row: Int, score: Float)] = []
    for row in 0..<rows.count where row != 7 && rows.dot(7, rows, row) > 0 {
      exact.append((row, rows.dot(7, rows, row)))
    }
    exact.sort { $0.score > $1.score || ($0.score == $1.score && $0.row < $1.row) }
    let best: [Int] = exact.prefix(5).map(\.row)
    #expect(found.map(\.row) == best)
  }

  @Test func theBudgetSkipsTheCommonestFeaturesOfTheQuery() {
    var rows = SparseRows()
    for row in 0..<50 {
      // Feature 0 is in every row; feature 1 only in rows 0 and 1.
      rows.append(features: row < 2 ? [0, 1] : [0], weights: row < 2 ? [0.6, 0.8] : [1])
    }
    let index = InvertedIndex(
      rows, featureCount: 2, commonLimit: .max, budget: 10, prefixBound: 0)
    var scratch = InvertedIndex.Scratch(rows: rows.count)
    let found = index.search(
      features: rows.features[rows.range(0)], weights: rows.weights[rows.range(0)],
      scratch: &scratch, limit: 10, accept: { $0 != 0 })
    #expect(found.map(\.row) == [1])
  }
}
