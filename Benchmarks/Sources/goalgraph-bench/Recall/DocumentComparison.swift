import GoalGraph

/// Compares two documents read from different formats, apart from where in the files things
/// were written.
enum DocumentComparison {
  /// The document with every source location removed.
  static func withoutLocations(_ document: OKRDocument) -> OKRDocument {
    var result = document
    for index in result.units.indices { result.units[index].location = nil }
    for index in result.links.indices { result.links[index].location = nil }
    for index in result.objectives.indices {
      result.objectives[index].location = nil
      for offset in result.objectives[index].keyResults.indices {
        result.objectives[index].keyResults[offset].location = nil
      }
    }
    return result
  }

  /// Up to five differences between two documents, in words; none when they are equal.
  ///
  /// - Complexity: O(n) in the size of the documents.
  static func differences(_ expected: OKRDocument, _ actual: OKRDocument, limit: Int = 5)
    -> [String]
  {
    var found: [String] = []
    func note(_ text: String) {
      if found.count < limit { found.append(text) }
    }
    if expected.cycle != actual.cycle {
      note("cycle \(expected.cycle ?? "none") became \(actual.cycle ?? "none")")
    }
    compare("unit", expected.units, actual.units, id: \.id, note)
    compare("objective", expected.objectives, actual.objectives, id: \.id, note)
    compare("link", expected.links, actual.links, id: { "\($0.from) -> \($0.to)" }, note)
    return found
  }

  private static func compare<T: Equatable>(
    _ what: String, _ expected: [T], _ actual: [T], id: (T) -> String,
    _ note: (String) -> Void
  ) {
    if expected.count != actual.count {
      note("\(expected.count) \(what)s became \(actual.count)")
    }
    var differing = 0
    var first: String?
    for (left, right) in zip(expected, actual) where left != right {
      differing += 1
      if first == nil { first = id(left) }
    }
    if let first {
      note("\(differing) \(what)s differ, the first is \(first)")
    }
  }
}
