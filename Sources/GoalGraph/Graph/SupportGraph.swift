/// The support graph of an organisation's OKRs, built once from a document.
///
/// Nodes are objectives and key results, numbered densely: the objectives first
/// (`0 ..< objectiveCount`), then the key results, those of one objective next to each other.
/// Edges point from the supporter to the supported. Alignments and `contributes` links are
/// support; `relates_to` and `depends_on` links are connections; declined links are kept
/// apart and count for nothing.
///
/// Building the graph resolves every id once and reports the structural errors of the input
/// (`duplicate-id`, `unknown-reference`) as `buildFindings`; the entities and edges concerned
/// are left out, so that the rest can still be analysed.
public struct SupportGraph: Sendable {
  /// Why an edge exists.
  public enum EdgeKind: String, Sendable {
    /// An objective's or key result's own `aligns_to`.
    case alignment
    case contributes
    case dependsOn = "depends_on"
    case relatesTo = "relates_to"

    /// Whether the edge counts as support (rather than only as a connection).
    public var isSupport: Bool { self == .alignment || self == .contributes }
  }

  /// One resolved edge between two nodes.
  public struct Edge: Hashable, Sendable {
    public var source: Int
    public var target: Int
    public var kind: EdgeKind
    /// The link's status; alignments count as committed.
    public var status: LinkStatus
    /// The index of the link in `document.links`, or `nil` for an alignment.
    public var link: Int?

    /// Whether the edge is support that counts: alignment or a contribution not declined.
    public var isSupport: Bool { kind.isSupport && status != .declined }
  }

  /// The document the graph was built from.
  public let document: OKRDocument
  /// The units, one per id, in the order they were first given.
  public let units: [Unit]
  /// The structural errors found while building: duplicate ids and unknown references.
  public let buildFindings: [Finding]
  /// Every resolved edge, declined ones included, in input order.
  public let edges: [Edge]

  private let unitIndexByID: [String: Int]
  private let unitParents: [Int?]
  private let nodeIndexByID: [String: Int]
  private let nodeIDs: [String]
  /// For an objective node, the index of its objective in `document.objectives`.
  private let objectiveSources: [Int]
  /// `keyResultStarts[o] ..< keyResultStarts[o + 1]` are the key result nodes of objective o.
  private let keyResultStarts: [Int]
  /// For each node, the objective node it belongs to (itself for an objective).
  private let owners: [Int]
  /// For each objective node, its unit's index, if the unit exists.
  private let objectiveUnits: [Int?]
  /// Edge indices of support edges, by target and by source.
  private let supportIn: Adjacency
  private let supportOut: Adjacency
  /// Edge indices of all counted edges (not declined), by either end.
  private let connectionEdges: Adjacency
  /// Support between objectives, each objective standing for itself and its key results:
  /// without repeats and without an objective's support of itself.
  private let objectiveSupportOut: Adjacency
  private let objectiveSupportIn: Adjacency
  /// The same, through alignments and committed contributions only.
  private let committedObjectiveSupportIn: Adjacency
  /// Objectives connected by any counted edge, in both directions.
  private let objectiveNeighbours: Adjacency
  /// Indices of the support edges that join an objective (or its key results) to itself.
  public let selfSupportEdges: [Int]

  /// The number of objective nodes.
  public let objectiveCount: Int
  /// The highest level that any objective has, which makes its objectives top-level goals.
  public let topLevel: UnitKind?

  /// Builds the graph, resolving every id of the document once.
  ///
  /// - Complexity: O(n + e), where n is the number of entities and e of edges.
  public init(_ document: OKRDocument) {
    self.document = document
    var findings: [Finding] = []

    // Spelling suggestions cost a scan of all ids each: offer them for the first few only.
    var suggestionBudget = 50
    func suggest(_ id: String, in candidates: some Sequence<String>) -> String? {
      guard suggestionBudget > 0 else { return nil }
      suggestionBudget -= 1
      return closestMatch(to: id, in: candidates)
    }

    // Units, one per id. A unit given twice with the same content is merged silently.
    var units: [Unit] = []
    var unitIndexByID: [String: Int] = [:]
    for unit in document.units {
      if let first = unitIndexByID[unit.id] {
        var same = units[first]
        same.location = unit.location
        if same != unit {
          findings.append(Self.duplicate("unit", unit.id, unit.location, units[first].location))
        }
        continue
      }
      unitIndexByID[unit.id] = units.count
      units.append(unit)
    }
    var unitParents: [Int?] = []
    for unit in units {
      guard let parent = unit.parent else {
        unitParents.append(nil)
        continue
      }
      let index = unitIndexByID[parent]
      if index == nil {
        findings.append(
          Finding(
            code: .unknownReference, ids: [unit.id, parent],
            message: "unit \(unit.id) (\(unit.name)) names parent unit \(parent), "
              + "which does not exist",
            suggestion: suggest(parent, in: unitIndexByID.keys).map { "did you mean \($0)?" },
            location: unit.location))
      }
      unitParents.append(index)
    }

    // Objectives and key results, numbered densely.
    var nodeIndexByID: [String: Int] = [:]
    nodeIndexByID.reserveCapacity(document.objectives.count + document.keyResultCount)
    var objectiveSources: [Int] = []
    objectiveSources.reserveCapacity(document.objectives.count)
    for (index, objective) in document.objectives.enumerated() {
      if let first = nodeIndexByID[objective.id] {
        let location = document.objectives[objectiveSources[first]].location
        findings.append(Self.duplicate("objective", objective.id, objective.location, location))
        continue
      }
      nodeIndexByID[objective.id] = objectiveSources.count
      objectiveSources.append(index)
    }
    let objectiveCount = objectiveSources.count
    var nodeIDs = objectiveSources.map { document.objectives[$0].id }
    var owners = Array(0..<objectiveCount)
    var keyResultStarts: [Int] = []
    nodeIDs.reserveCapacity(objectiveCount + document.keyResultCount)
    owners.reserveCapacity(objectiveCount + document.keyResultCount)
    for (objectiveNode, source) in objectiveSources.enumerated() {
      keyResultStarts.append(nodeIDs.count)
      for keyResult in document.objectives[source].keyResults {
        if let first = nodeIndexByID[keyResult.id] {
          // Where the id was first used: an objective, or a key result of one.
          let owner = first < objectiveCount ? first : owners[first]
          let objective = document.objectives[objectiveSources[owner]]
          let location =
            first < objectiveCount
            ? objective.location : objective.keyResults[first - keyResultStarts[owner]].location
          findings.append(Self.duplicate("key result", keyResult.id, keyResult.location, location))
          // Keep the node so that the key results of an objective stay contiguous.
          nodeIDs.append(keyResult.id)
          owners.append(objectiveNode)
          continue
        }
        nodeIndexByID[keyResult.id] = nodeIDs.count
        nodeIDs.append(keyResult.id)
        owners.append(objectiveNode)
      }
    }
    keyResultStarts.append(nodeIDs.count)

    var objectiveUnits: [Int?] = []
    for source in objectiveSources {
      let objective = document.objectives[source]
      let unit = unitIndexByID[objective.unit]
      if unit == nil {
        findings.append(
          Finding(
            code: .unknownReference, ids: [objective.id, objective.unit],
            message: "objective \(objective.id) (\(objective.title)) belongs to unit "
              + "\(objective.unit), which does not exist",
            suggestion: suggest(objective.unit, in: unitIndexByID.keys).map {
              "did you mean \($0)?"
            },
            location: objective.location))
      }
      objectiveUnits.append(unit)
    }

    // Edges: alignments first, then links, in input order.
    var edges: [Edge] = []
    func resolve(_ id: String, from source: String, what: String, _ location: SourceLocation?)
      -> Int?
    {
      if let node = nodeIndexByID[id] { return node }
      findings.append(
        Finding(
          code: .unknownReference, ids: [source, id],
          message: "\(what) \(source) refers to \(id), which is neither an objective "
            + "nor a key result",
          suggestion: suggest(id, in: nodeIndexByID.keys).map { "did you mean \($0)?" },
          location: location))
      return nil
    }
    for (objectiveNode, source) in objectiveSources.enumerated() {
      let objective = document.objectives[source]
      for target in objective.alignsTo {
        guard let to = resolve(target, from: objective.id, what: "objective", objective.location)
        else { continue }
        edges.append(
          Edge(source: objectiveNode, target: to, kind: .alignment, status: .committed))
      }
      for (offset, keyResult) in objective.keyResults.enumerated() {
        let node = keyResultStarts[objectiveNode] + offset
        for target in keyResult.alignsTo {
          guard
            let to = resolve(target, from: keyResult.id, what: "key result", keyResult.location)
          else { continue }
          edges.append(Edge(source: node, target: to, kind: .alignment, status: .committed))
        }
      }
    }
    for (index, link) in document.links.enumerated() {
      let what = "link from \(link.from) to \(link.to): "
      let from = nodeIndexByID[link.from]
      let to = nodeIndexByID[link.to]
      for (end, node) in [(link.from, from), (link.to, to)] where node == nil {
        findings.append(
          Finding(
            code: .unknownReference, ids: [link.from, link.to],
            message: what + "\(end) is neither an objective nor a key result",
            suggestion: suggest(end, in: nodeIndexByID.keys).map { "did you mean \($0)?" },
            location: link.location))
      }
      guard let from, let to else { continue }
      let kind: EdgeKind =
        switch link.kind {
        case .contributes: .contributes
        case .dependsOn: .dependsOn
        case .relatesTo: .relatesTo
        }
      edges.append(Edge(source: from, target: to, kind: kind, status: link.status, link: index))
    }

    let nodeCount = nodeIDs.count
    var supportForward: [(Int, Int)] = []
    var supportBackward: [(Int, Int)] = []
    var connections: [(Int, Int)] = []
    for (index, edge) in edges.enumerated() where edge.status != .declined {
      connections.append((edge.source, index))
      connections.append((edge.target, index))
      guard edge.kind.isSupport else { continue }
      supportForward.append((edge.source, index))
      supportBackward.append((edge.target, index))
    }

    var objectiveUp: [(Int, Int)] = []
    var objectiveDown: [(Int, Int)] = []
    var committedDown: [(Int, Int)] = []
    var neighbours: [(Int, Int)] = []
    var selfSupportEdges: [Int] = []
    for (index, edge) in edges.enumerated() where edge.status != .declined {
      let source = owners[edge.source]
      let target = owners[edge.target]
      guard source != target else {
        if edge.kind.isSupport { selfSupportEdges.append(index) }
        continue
      }
      neighbours.append((source, target))
      neighbours.append((target, source))
      guard edge.kind.isSupport else { continue }
      objectiveUp.append((source, target))
      objectiveDown.append((target, source))
      if edge.status == .committed { committedDown.append((target, source)) }
    }

    self.objectiveSupportOut = Adjacency(
      vertexCount: objectiveCount, pairs: objectiveUp, unique: true)
    self.objectiveSupportIn = Adjacency(
      vertexCount: objectiveCount, pairs: objectiveDown, unique: true)
    self.committedObjectiveSupportIn = Adjacency(
      vertexCount: objectiveCount, pairs: committedDown, unique: true)
    self.objectiveNeighbours = Adjacency(
      vertexCount: objectiveCount, pairs: neighbours, unique: true)
    self.selfSupportEdges = selfSupportEdges
    self.units = units
    self.unitIndexByID = unitIndexByID
    self.unitParents = unitParents
    self.nodeIndexByID = nodeIndexByID
    self.nodeIDs = nodeIDs
    self.objectiveSources = objectiveSources
    self.keyResultStarts = keyResultStarts
    self.owners = owners
    self.objectiveUnits = objectiveUnits
    self.objectiveCount = objectiveCount
    self.edges = edges
    self.supportOut = Adjacency(vertexCount: nodeCount, pairs: supportForward)
    self.supportIn = Adjacency(vertexCount: nodeCount, pairs: supportBackward)
    self.connectionEdges = Adjacency(vertexCount: nodeCount, pairs: connections)
    self.buildFindings = findings
    self.topLevel = objectiveUnits.compactMap { $0.map { units[$0].kind } }.min()
  }

  // MARK: Nodes

  /// The number of nodes: objectives and key results.
  public var nodeCount: Int { nodeIDs.count }

  /// The node with the given objective or key result id.
  ///
  /// - Complexity: O(1) on average.
  public func node(id: String) -> Int? { nodeIndexByID[id] }

  /// The id of a node.
  public func id(of node: Int) -> String { nodeIDs[node] }

  /// Whether the node is an objective (rather than a key result).
  public func isObjective(_ node: Int) -> Bool { node < objectiveCount }

  /// The objective node a node belongs to: itself for an objective, its objective for a
  /// key result.
  public func owner(of node: Int) -> Int { owners[node] }

  /// The key result nodes of an objective node.
  public func keyResults(of objective: Int) -> Range<Int> {
    keyResultStarts[objective]..<keyResultStarts[objective + 1]
  }

  /// The objective at an objective node, as written in the document.
  public func objective(_ node: Int) -> Objective {
    document.objectives[objectiveSources[owners[node]]]
  }

  /// The key result at a key result node.
  public func keyResult(_ node: Int) -> KeyResult {
    precondition(!isObjective(node), "node \(node) is an objective")
    let owner = owners[node]
    return document.objectives[objectiveSources[owner]].keyResults[
      node - keyResultStarts[owner]]
  }

  /// The title of an objective or key result node.
  public func title(of node: Int) -> String {
    isObjective(node) ? objective(node).title : keyResult(node).title
  }

  /// Where the node's objective or key result was written.
  public func location(of node: Int) -> SourceLocation? {
    isObjective(node) ? objective(node).location : keyResult(node).location
  }

  // MARK: Units and levels

  /// The index in `units` of the unit with the given id.
  public func unitIndex(id: String) -> Int? { unitIndexByID[id] }

  /// The index in `units` of a node's unit, or `nil` when the unit does not exist.
  ///
  /// - Complexity: O(1).
  public func unit(of node: Int) -> Int? { objectiveUnits[owners[node]] }

  /// The index of a unit's parent unit.
  public func parent(ofUnit unit: Int) -> Int? { unitParents[unit] }

  /// A node's level: its unit's kind.
  ///
  /// - Complexity: O(1).
  public func level(of node: Int) -> UnitKind? { unit(of: node).map { units[$0].kind } }

  /// Whether a node is a top-level goal (or a key result of one).
  public func isTopLevel(_ node: Int) -> Bool {
    guard let topLevel, let level = level(of: node) else { return false }
    return level == topLevel
  }

  // MARK: Edges

  /// The support edges that point at a node: its direct supporters.
  ///
  /// - Complexity: O(1) to obtain; iterating is O(d), where d is the number of supporters.
  public func supportEdges(into node: Int) -> some Collection<Edge> {
    supportIn[node].lazy.map { edges[$0] }
  }

  /// The support edges that leave a node: what it directly supports.
  ///
  /// - Complexity: O(1) to obtain; iterating is O(d).
  public func supportEdges(outOf node: Int) -> some Collection<Edge> {
    supportOut[node].lazy.map { edges[$0] }
  }

  /// The nodes that directly support a node.
  public func supporters(of node: Int) -> some Collection<Int> {
    supportIn[node].lazy.map { edges[$0].source }
  }

  /// The nodes a node directly supports.
  public func supported(by node: Int) -> some Collection<Int> {
    supportOut[node].lazy.map { edges[$0].target }
  }

  /// Every counted edge (support or connection, not declined) that touches a node.
  public func connections(of node: Int) -> some Collection<Edge> {
    connectionEdges[node].lazy.map { edges[$0] }
  }

  // MARK: Objectives as a whole

  /// The objectives an objective supports, directly or through its key results.
  ///
  /// - Complexity: O(1) to obtain.
  public func objectivesSupported(by objective: Int) -> ArraySlice<Int> {
    objectiveSupportOut[objective]
  }

  /// The objectives that support an objective or its key results directly.
  ///
  /// - Complexity: O(1) to obtain.
  public func objectiveSupporters(of objective: Int, committedOnly: Bool = false)
    -> ArraySlice<Int>
  {
    committedOnly ? committedObjectiveSupportIn[objective] : objectiveSupportIn[objective]
  }

  /// The objectives connected to an objective by any counted edge, in either direction.
  ///
  /// - Complexity: O(1) to obtain.
  public func objectiveNeighbours(of objective: Int) -> ArraySlice<Int> {
    objectiveNeighbours[objective]
  }

  /// The connections between objectives as an adjacency holding each edge both ways.
  public var objectiveConnections: Adjacency { objectiveNeighbours }

  /// The support between objectives as an adjacency: supporter to supported.
  public var objectiveSupport: Adjacency { objectiveSupportOut }

  /// The support between objectives as an adjacency: supported to supporter.
  public func objectiveSupportReversed(committedOnly: Bool = false) -> Adjacency {
    committedOnly ? committedObjectiveSupportIn : objectiveSupportIn
  }

  /// The objective nodes of a unit, in input order.
  ///
  /// - Complexity: O(n) in the number of objectives.
  public func objectives(ofUnit unit: Int) -> [Int] {
    (0..<objectiveCount).filter { objectiveUnits[$0] == unit }
  }

  // MARK: Helpers

  private static func duplicate(
    _ what: String, _ id: String, _ location: SourceLocation?, _ first: SourceLocation?
  ) -> Finding {
    let previous = first.map { " (first defined at \($0))" } ?? ""
    return Finding(
      code: .duplicateID, ids: [id],
      message: "\(what) id \(id) is used more than once\(previous)",
      suggestion: "give each \(what) its own id", location: location)
  }
}
