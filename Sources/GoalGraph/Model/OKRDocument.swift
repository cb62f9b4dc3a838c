/// Everything read from the inputs: the cycle, units, objectives and links, as written.
///
/// A document holds no graph and checks nothing; `SupportGraph` is built from it once.
public struct OKRDocument: Hashable, Sendable {
  /// The planning cycle, such as "2027-Q1".
  public var cycle: String?
  public var units: [Unit]
  public var objectives: [Objective]
  public var links: [Link]

  public init(
    cycle: String? = nil, units: [Unit] = [], objectives: [Objective] = [], links: [Link] = []
  ) {
    self.cycle = cycle
    self.units = units
    self.objectives = objectives
    self.links = links
  }

  /// The number of key results of all objectives.
  public var keyResultCount: Int { objectives.reduce(0) { $0 + $1.keyResults.count } }

  /// Appends the content of another document, as when several files are given at once.
  ///
  /// The cycle of the first document that names one is kept.
  ///
  /// - Complexity: O(m), where m is the size of `other`.
  public mutating func merge(_ other: OKRDocument) {
    if cycle == nil { cycle = other.cycle }
    units += other.units
    objectives += other.objectives
    links += other.links
  }
}
