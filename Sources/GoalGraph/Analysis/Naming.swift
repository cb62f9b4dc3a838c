extension SupportGraph {
  /// An objective or key result as users know it: its id and title, shortened.
  public func describe(_ node: Int) -> String {
    "\(id(of: node)) \"\(Self.shorten(title(of: node)))\""
  }

  /// A unit's name as users know it.
  public func unitName(_ unit: Int) -> String { units[unit].name }

  /// The name of a node's unit, or its unit id when the unit does not exist.
  public func unitName(of node: Int) -> String {
    unit(of: node).map { units[$0].name } ?? objective(owner(of: node)).unit
  }

  /// The units a finding concerns: those of its objectives and key results, and the units it
  /// names, in the order of its ids.
  ///
  /// - Complexity: O(i) in the number of ids.
  public func unitsConcerned(by finding: Finding) -> [Int] {
    var result: [Int] = []
    for id in finding.ids {
      let unit = node(id: id).flatMap { self.unit(of: $0) } ?? unitIndex(id: id)
      if let unit, !result.contains(unit) { result.append(unit) }
    }
    return result
  }

  /// A list of names for a message: all of them up to `limit`, then how many more.
  static func list(_ names: [String], limit: Int = 5) -> String {
    guard names.count > limit else { return names.joined(separator: ", ") }
    return names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more"
  }

  /// A title cut to a length that fits a message line.
  static func shorten(_ title: String, to length: Int = 60) -> String {
    let line = title.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    guard line.count > length else { return line }
    return line.prefix(length - 1).trimmingTrailingSpaces() + "…"
  }
}

extension StringProtocol {
  func trimmingTrailingSpaces() -> String {
    var text = String(self)
    while text.last == " " { text.removeLast() }
    return text
  }
}
