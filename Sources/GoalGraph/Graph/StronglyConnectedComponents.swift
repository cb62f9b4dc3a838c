extension Adjacency {
  /// The strongly connected components of the graph with more than one vertex, or with a
  /// single vertex that has an edge to itself: exactly the vertices that lie on a loop.
  ///
  /// Tarjan's algorithm, with an explicit stack so that long chains cannot overflow the call
  /// stack. Components come out in reverse topological order; the vertices of each are sorted.
  ///
  /// - Complexity: O(v + e), where v is the number of vertices and e of edges.
  public func loopingComponents() -> [[Int]] {
    let count = vertexCount
    var order = [Int](repeating: -1, count: count)
    var lowLink = [Int](repeating: 0, count: count)
    var onStack = [Bool](repeating: false, count: count)
    var stack: [Int] = []
    var components: [[Int]] = []
    var counter = 0
    // Each frame: a vertex and how many of its neighbours have been visited.
    var frames: [(vertex: Int, next: Int)] = []

    for root in 0..<count where order[root] < 0 {
      frames.append((root, 0))
      order[root] = counter
      lowLink[root] = counter
      counter += 1
      stack.append(root)
      onStack[root] = true

      while let frame = frames.last {
        let vertex = frame.vertex
        let neighbours = self[vertex]
        if frame.next < neighbours.count {
          let next = neighbours[neighbours.startIndex + frame.next]
          frames[frames.count - 1].next += 1
          if order[next] < 0 {
            order[next] = counter
            lowLink[next] = counter
            counter += 1
            stack.append(next)
            onStack[next] = true
            frames.append((next, 0))
          } else if onStack[next] {
            lowLink[vertex] = Swift.min(lowLink[vertex], order[next])
          }
          continue
        }
        frames.removeLast()
        if let parent = frames.last {
          lowLink[parent.vertex] = Swift.min(lowLink[parent.vertex], lowLink[vertex])
        }
        guard lowLink[vertex] == order[vertex] else { continue }
        var component: [Int] = []
        while true {
          let member = stack.removeLast()
          onStack[member] = false
          component.append(member)
          if member == vertex { break }
        }
        if component.count > 1 || self[vertex].contains(vertex) {
          components.append(component.sorted())
        }
      }
    }
    return components
  }

  /// A loop through `start` that stays inside `component`, in edge order, beginning and
  /// ending at `start` (the last vertex is not repeated).
  ///
  /// - Precondition: `start` is in `component`, a strongly connected component.
  /// - Complexity: O(v + e) within the component.
  public func loop(through start: Int, within component: Set<Int>) -> [Int] {
    // Breadth-first from start's successors back to start gives a shortest loop.
    var previous: [Int: Int] = [:]
    var queue: [Int] = []
    for next in self[start] where component.contains(next) {
      if next == start { return [start] }
      if previous[next] == nil {
        previous[next] = start
        queue.append(next)
      }
    }
    var head = 0
    while head < queue.count {
      let vertex = queue[head]
      head += 1
      for next in self[vertex] where component.contains(next) {
        if next == start {
          var path = [vertex]
          while let back = previous[path.last!], back != start { path.append(back) }
          return [start] + path.reversed()
        }
        if previous[next] == nil {
          previous[next] = vertex
          queue.append(next)
        }
      }
    }
    return [start]
  }
}
