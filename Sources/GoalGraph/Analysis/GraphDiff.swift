/// What changed between two versions of an organisation's OKRs: before and after the
/// alignment session, say.
public struct GraphDiff: Sendable {
  /// An objective present in both versions whose id or title changed.
  public struct Renamed: Hashable, Sendable {
    public var oldID: String
    public var newID: String
    public var oldTitle: String
    public var newTitle: String
    /// How similar the titles are, when the objective was matched by text rather than id.
    public var score: Double?
  }

  /// An objective that moved to another unit.
  public struct Moved: Hashable, Sendable {
    public var id: String
    public var oldUnit: String
    public var newUnit: String
  }

  /// An edge of either version, by the ids of its ends in the new version's terms.
  public struct EdgeChange: Hashable, Sendable {
    public var from: String
    public var to: String
    public var kind: SupportGraph.EdgeKind
    public var status: LinkStatus
    /// For a link whose status changed, its status before.
    public var oldStatus: LinkStatus?
  }

  /// Objective ids only in the new version.
  public var added: [String] = []
  /// Objective ids only in the old version.
  public var removed: [String] = []
  public var renamed: [Renamed] = []
  public var moved: [Moved] = []
  public var edgesAdded: [EdgeChange] = []
  public var edgesRemoved: [EdgeChange] = []
  /// Links present in both versions whose status changed (requested to committed, ...).
  public var statusChanged: [EdgeChange] = []
  /// Findings of the old version that the new one no longer has.
  public var findingsResolved: [Finding] = []
  /// Findings of the new version that the old one did not have.
  public var findingsNew: [Finding] = []

  /// Whether nothing changed.
  public var isEmpty: Bool {
    added.isEmpty && removed.isEmpty && renamed.isEmpty && moved.isEmpty && edgesAdded.isEmpty
      && edgesRemoved.isEmpty && statusChanged.isEmpty && findingsResolved.isEmpty
      && findingsNew.isEmpty
  }

  /// Compares two versions. Objectives are matched by id; an objective that disappeared is
  /// matched to one that appeared when their texts are similar enough (`threshold`), and then
  /// counts as renamed. Edges and findings are compared after that matching.
  ///
  /// - Parameters:
  ///   - similarity: A score from 0 to 1 for two objectives' texts.
  /// - Complexity: O(n + e + f) plus `similarity` for each pair of a removed and an added
  ///   objective.
  public init(
    old: SupportGraph, new: SupportGraph, oldFindings: [Finding], newFindings: [Finding],
    threshold: Double = 0.5,
    similarity: (String, String) -> Double = GraphDiff.wordOverlap
  ) {
    let oldIDs = (0..<old.objectiveCount).map { old.id(of: $0) }
    let newIDs = (0..<new.objectiveCount).map { new.id(of: $0) }
    let newSet = Set(newIDs)
    let oldSet = Set(oldIDs)
    var removed = oldIDs.filter { !newSet.contains($0) }
    var added = newIDs.filter { !oldSet.contains($0) }

    // Same id: a changed title or unit.
    for id in oldIDs where newSet.contains(id) {
      let before = old.objective(old.node(id: id)!)
      let after = new.objective(new.node(id: id)!)
      if before.title != after.title {
        renamed.append(
          Renamed(oldID: id, newID: id, oldTitle: before.title, newTitle: after.title))
      }
      if before.unit != after.unit {
        moved.append(Moved(id: id, oldUnit: before.unit, newUnit: after.unit))
      }
    }

    // New ids for old texts: the best pairs first.
    var idMap: [String: String] = [:]
    var candidates: [(score: Double, old: String, new: String)] = []
    for oldID in removed {
      let oldText = Self.text(old, oldID)
      for newID in added {
        let score = similarity(oldText, Self.text(new, newID))
        if score >= threshold { candidates.append((score, oldID, newID)) }
      }
    }
    candidates.sort { ($0.score, $1.old, $1.new) > ($1.score, $0.old, $0.new) }
    var usedOld = Set<String>()
    var usedNew = Set<String>()
    for candidate in candidates
    where !usedOld.contains(candidate.old) && !usedNew.contains(candidate.new) {
      usedOld.insert(candidate.old)
      usedNew.insert(candidate.new)
      idMap[candidate.old] = candidate.new
      renamed.append(
        Renamed(
          oldID: candidate.old, newID: candidate.new,
          oldTitle: old.objective(old.node(id: candidate.old)!).title,
          newTitle: new.objective(new.node(id: candidate.new)!).title, score: candidate.score))
    }
    removed.removeAll { usedOld.contains($0) }
    added.removeAll { usedNew.contains($0) }
    self.added = added
    self.removed = removed

    // Edges, with old ids (and those of their key results) mapped to new ones.
    func mapped(_ id: String) -> String {
      if let direct = idMap[id] { return direct }
      if let dot = id.lastIndex(of: "."), let owner = idMap[String(id[..<dot])] {
        return owner + id[dot...]
      }
      return id
    }
    func changes(_ graph: SupportGraph, map: (String) -> String) -> [EdgeChange] {
      graph.edges.map { edge in
        EdgeChange(
          from: map(graph.id(of: edge.source)), to: map(graph.id(of: edge.target)),
          kind: edge.kind, status: edge.status)
      }
    }
    let before = changes(old, map: mapped)
    let after = changes(new) { $0 }
    let beforeKeys = Dictionary(
      before.map { (EdgeKey($0), $0) }, uniquingKeysWith: { first, _ in first })
    let afterKeys = Dictionary(
      after.map { (EdgeKey($0), $0) }, uniquingKeysWith: { first, _ in first })
    for change in after where beforeKeys[EdgeKey(change)] == nil {
      edgesAdded.append(change)
    }
    for change in before {
      guard let now = afterKeys[EdgeKey(change)] else {
        edgesRemoved.append(change)
        continue
      }
      if now.status != change.status {
        var changed = now
        changed.oldStatus = change.status
        statusChanged.append(changed)
      }
    }
    edgesAdded = Self.unique(edgesAdded)
    edgesRemoved = Self.unique(edgesRemoved)
    statusChanged = Self.unique(statusChanged)

    // Findings, by code and the ids they concern.
    func key(_ finding: Finding, map: (String) -> String) -> String {
      finding.code.rawValue + " " + finding.subjectIDs.map(map).sorted().joined(separator: " ")
    }
    let oldKeys = Set(oldFindings.map { key($0, map: mapped) })
    let newKeys = Set(newFindings.map { key($0) { $0 } })
    findingsResolved = oldFindings.filter { !newKeys.contains(key($0, map: mapped)) }
    findingsNew = newFindings.filter { !oldKeys.contains(key($0) { $0 }) }
  }

  /// An edge's identity without its status.
  private struct EdgeKey: Hashable {
    var from: String
    var to: String
    var kind: SupportGraph.EdgeKind

    init(_ change: EdgeChange) {
      from = change.from
      to = change.to
      kind = change.kind
    }
  }

  private static func unique(_ changes: [EdgeChange]) -> [EdgeChange] {
    var seen = Set<EdgeChange>()
    return changes.filter { seen.insert($0).inserted }
  }

  private static func text(_ graph: SupportGraph, _ id: String) -> String {
    let node = graph.node(id: id)!
    return ([graph.title(of: node)] + graph.keyResults(of: node).map { graph.title(of: $0) })
      .joined(separator: " ")
  }

  /// The share of words two texts have in common (Jaccard over lower-cased words of three
  /// letters or more).
  public static func wordOverlap(_ first: String, _ second: String) -> Double {
    func words(_ text: String) -> Set<String> {
      Set(
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
          .filter { $0.count >= 3 }.map(String.init))
    }
    let a = words(first)
    let b = words(second)
    guard !a.isEmpty || !b.isEmpty else { return 0 }
    return Double(a.intersection(b).count) / Double(a.union(b).count)
  }
}
