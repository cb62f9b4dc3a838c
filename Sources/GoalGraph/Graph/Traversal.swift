extension Adjacency {
  /// Every vertex reachable from `sources` (the sources included), as a membership array.
  ///
  /// - Complexity: O(v + e).
  public func reachable(from sources: some Sequence<Int>) -> [Bool] {
    var seen = [Bool](repeating: false, count: vertexCount)
    var queue: [Int] = []
    for source in sources where !seen[source] {
      seen[source] = true
      queue.append(source)
    }
    var head = 0
    while head < queue.count {
      let vertex = queue[head]
      head += 1
      for next in self[vertex] where !seen[next] {
        seen[next] = true
        queue.append(next)
      }
    }
    return seen
  }

  /// The vertices reachable from `source`, without `source` itself, in breadth-first order.
  ///
  /// `seen` is scratch space of `vertexCount` entries, all `false` on entry and on return, so
  /// that many searches cost only what they visit.
  ///
  /// - Complexity: O(r + e_r), where r is the number of vertices reached and e_r their edges.
  public func descendants(of source: Int, scratch seen: inout [Bool]) -> [Int] {
    var found: [Int] = []
    seen[source] = true
    var head = -1
    var vertex = source
    while true {
      for next in self[vertex] where !seen[next] {
        seen[next] = true
        found.append(next)
      }
      head += 1
      guard head < found.count else { break }
      vertex = found[head]
    }
    seen[source] = false
    for vertex in found { seen[vertex] = false }
    return found
  }

  /// The connected components of the graph, taking edges in both directions as given (the
  /// adjacency must hold each edge both ways). Each component is sorted; components are in
  /// the order of their smallest vertex.
  ///
  /// - Complexity: O(v + e).
  public func connectedComponents() -> [[Int]] {
    var component = [Int](repeating: -1, count: vertexCount)
    var components: [[Int]] = []
    for root in 0..<vertexCount where component[root] < 0 {
      let id = components.count
      component[root] = id
      var members = [root]
      var head = 0
      while head < members.count {
        let vertex = members[head]
        head += 1
        for next in self[vertex] where component[next] < 0 {
          component[next] = id
          members.append(next)
        }
      }
      components.append(members.sorted())
    }
    return components
  }
}
