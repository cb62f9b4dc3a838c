import GoalGraph

/// What changed between two versions, as text, JSON (`goalgraph-diff/1`) or Markdown.
public struct DiffReport: Sendable {
  public static let schema = "goalgraph-diff/1"

  public let diff: GraphDiff
  public let old: SupportGraph
  public let new: SupportGraph

  public init(diff: GraphDiff, old: SupportGraph, new: SupportGraph) {
    self.diff = diff
    self.old = old
    self.new = new
  }

  private func title(_ graph: SupportGraph, _ id: String) -> String {
    graph.node(id: id).map { graph.title(of: $0) } ?? ""
  }

  static func describe(_ change: GraphDiff.EdgeChange) -> String {
    let kind =
      switch change.kind {
      case .alignment: "aligns to"
      case .contributes: "contributes to"
      case .dependsOn: "depends on"
      case .relatesTo: "relates to"
      }
    let status =
      change.kind == .alignment
      ? "" : " (\(change.oldStatus.map { "\($0.rawValue) → " } ?? "")\(change.status.rawValue))"
    return "\(change.from) \(kind) \(change.to)\(status)"
  }

  /// The sections of the report: a heading and its lines.
  private func sections() -> [(String, [String])] {
    var sections: [(String, [String])] = []
    func add(_ heading: String, _ lines: [String]) {
      if !lines.isEmpty { sections.append((heading, lines)) }
    }
    add("Objectives added", diff.added.map { "\($0) \"\(title(new, $0))\"" })
    add("Objectives removed", diff.removed.map { "\($0) \"\(title(old, $0))\"" })
    add(
      "Objectives renamed",
      diff.renamed.map { item in
        let ids = item.oldID == item.newID ? item.newID : "\(item.oldID) → \(item.newID)"
        let score = item.score.map { " (text similarity \(Int(($0 * 100).rounded())) %)" } ?? ""
        return "\(ids): \"\(item.oldTitle)\" → \"\(item.newTitle)\"\(score)"
      })
    add("Objectives moved", diff.moved.map { "\($0.id): unit \($0.oldUnit) → \($0.newUnit)" })
    add("Links added", diff.edgesAdded.map(Self.describe))
    add("Links removed", diff.edgesRemoved.map(Self.describe))
    add("Links changed", diff.statusChanged.map(Self.describe))
    add(
      "Findings resolved",
      diff.findingsResolved.map { "[\($0.code.rawValue)] \($0.message)" })
    add("Findings new", diff.findingsNew.map { "[\($0.code.rawValue)] \($0.message)" })
    return sections
  }

  private var countLine: String {
    "\(diff.added.count) added, \(diff.removed.count) removed, \(diff.renamed.count) renamed; "
      + "\(diff.edgesAdded.count) links added, \(diff.edgesRemoved.count) removed, "
      + "\(diff.statusChanged.count) changed; \(diff.findingsResolved.count) findings resolved, "
      + "\(diff.findingsNew.count) new"
  }

  /// For a terminal or a pipe; text from the input made safe.
  public func text() -> String {
    var lines = [countLine]
    for (heading, items) in sections() {
      lines.append("")
      lines.append(heading)
      lines += items.map { "  " + terminalSafe($0) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// As Markdown, everything from the input escaped.
  public func markdown() -> String {
    var blocks: [ReportDocument.Block] = [.paragraph([.text(countLine)])]
    for (heading, items) in sections() {
      blocks.append(.heading(level: 2, text: heading, anchor: nil))
      blocks.append(.list(items.map { [.text($0)] }))
    }
    return MarkdownWriter.write(
      ReportDocument(title: "What changed", blocks: blocks), chartPath: nil)
  }

  /// As JSON, following `goalgraph-diff/1`.
  public func json() -> JSONValue {
    func edge(_ change: GraphDiff.EdgeChange) -> JSONValue {
      .object([
        ("from", .string(change.from)), ("to", .string(change.to)),
        ("kind", .string(change.kind.rawValue)), ("status", .string(change.status.rawValue)),
        ("old_status", .optional(change.oldStatus?.rawValue)),
      ])
    }
    return .object([
      ("schema", .string(Self.schema)),
      (
        "objectives",
        .object([
          ("added", .array(diff.added.map(JSONValue.string))),
          ("removed", .array(diff.removed.map(JSONValue.string))),
          (
            "renamed",
            .array(
              diff.renamed.map { item in
                .object([
                  ("old_id", .string(item.oldID)), ("new_id", .string(item.newID)),
                  ("old_title", .string(item.oldTitle)), ("new_title", .string(item.newTitle)),
                  ("score", item.score.map(JSONValue.double) ?? .null),
                ])
              })
          ),
          (
            "moved",
            .array(
              diff.moved.map {
                .object([
                  ("id", .string($0.id)), ("old_unit", .string($0.oldUnit)),
                  ("new_unit", .string($0.newUnit)),
                ])
              })
          ),
        ])
      ),
      (
        "links",
        .object([
          ("added", .array(diff.edgesAdded.map(edge))),
          ("removed", .array(diff.edgesRemoved.map(edge))),
          ("changed", .array(diff.statusChanged.map(edge))),
        ])
      ),
      (
        "findings",
        .object([
          ("resolved", .array(diff.findingsResolved.map(CheckReport.json))),
          ("new", .array(diff.findingsNew.map(CheckReport.json))),
        ])
      ),
    ])
  }
}
