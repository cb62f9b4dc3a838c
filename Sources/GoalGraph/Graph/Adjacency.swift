/// A compressed adjacency list: for each vertex, the contiguous slice of its neighbours.
///
/// Vertices and neighbours are dense integer indices. Built once; read in O(1) per vertex.
public struct Adjacency: Sendable {
  /// `offsets[v] ..< offsets[v + 1]` is the range of `targets` that holds v's neighbours.
  private let offsets: [Int]
  private let targets: [Int]

  /// Groups `pairs` by their source, keeping the order in which they are given.
  ///
  /// - Parameters:
  ///   - vertexCount: The number of vertices; every source and target must be below it.
  ///   - pairs: The edges as (source, target).
  ///   - unique: Whether to drop repeated targets of one source.
  /// - Complexity: O(v + e), where v is `vertexCount` and e the number of pairs.
  public init(vertexCount: Int, pairs: [(Int, Int)], unique: Bool = false) {
    var counts = [Int](repeating: 0, count: vertexCount + 1)
    for (source, _) in pairs { counts[source + 1] += 1 }
    for v in 0..<vertexCount { counts[v + 1] += counts[v] }
    var next = counts
    var targets = [Int](repeating: 0, count: pairs.count)
    for (source, target) in pairs {
      targets[next[source]] = target
      next[source] += 1
    }
    guard unique else {
      self.offsets = counts
      self.targets = targets
      return
    }
    // Drop repeats within each row, keeping the first occurrence.
    var seen = [Int](repeating: -1, count: vertexCount)
    var offsets = [Int](repeating: 0, count: vertexCount + 1)
    var kept = 0
    for v in 0..<vertexCount {
      for i in counts[v]..<counts[v + 1] where seen[targets[i]] != v {
        seen[targets[i]] = v
        targets[kept] = targets[i]
        kept += 1
      }
      offsets[v + 1] = kept
    }
    targets.removeLast(targets.count - kept)
    self.offsets = offsets
    self.targets = targets
  }

  /// The number of vertices.
  public var vertexCount: Int { offsets.count - 1 }

  /// The number of edges.
  public var edgeCount: Int { targets.count }

  /// The neighbours of `vertex`.
  ///
  /// - Complexity: O(1).
  public subscript(vertex: Int) -> ArraySlice<Int> {
    targets[offsets[vertex]..<offsets[vertex + 1]]
  }

  /// The number of neighbours of `vertex`.
  ///
  /// - Complexity: O(1).
  public func degree(of vertex: Int) -> Int { offsets[vertex + 1] - offsets[vertex] }
}
