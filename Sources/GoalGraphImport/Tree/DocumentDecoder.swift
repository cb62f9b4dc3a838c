import GoalGraph

/// Decodes the OKR document (YAML or JSON, already on a tape) into the model.
///
/// The document's keys are those of the README: `cycle`, `organization`, `units`,
/// `objectives` (each with `key_results`) and `links`.
struct DocumentDecoder {
  static let documentKeys = ["cycle", "organization", "units", "objectives", "links"]
  static let organizationKeys = ["id", "name", "coach", "capacity"]
  static let unitKeys = ["id", "name", "kind", "parent", "coach", "capacity"]
  static let objectiveKeys = [
    "id", "title", "description", "unit", "owner", "status", "key_results", "aligns_to",
  ]
  static let keyResultKeys = ["id", "title", "owner", "metric", "from", "to", "aligns_to"]
  static let linkKeys = ["from", "to", "kind", "status", "note"]

  private var decoder: TreeDecoder
  private let file: String
  private var document = OKRDocument()

  init(tape: Tape, log: ProblemLog) {
    self.decoder = TreeDecoder(tape: tape, log: log)
    self.file = log.file
  }

  /// Decodes every document of the tape into one.
  ///
  /// - Complexity: O(n) in the number of events.
  static func decode(_ tape: Tape, log: inout ProblemLog) -> OKRDocument {
    var reader = DocumentDecoder(tape: tape, log: log)
    for root in tape.roots {
      reader.decodeDocument(root)
    }
    log = reader.decoder.log
    return reader.document
  }

  private func location(_ node: Int) -> SourceLocation {
    SourceLocation(file: file, line: decoder.line(node), column: decoder.column(node))
  }

  private mutating func decodeDocument(_ node: Int) {
    if decoder.isNull(node) { return }
    guard let entries = decoder.mapping(node, "OKR document", keys: Self.documentKeys) else {
      return
    }
    if let cycle = decoder.text(entries["cycle"], "cycle") {
      document.cycle = document.cycle ?? cycle
    }
    if let organization = entries["organization"] {
      decodeOrganization(organization)
    }
    if let units = entries["units"] {
      for unit in decoder.list(units, of: "units") {
        decodeUnit(unit)
      }
    }
    if let objectives = entries["objectives"] {
      for objective in decoder.list(objectives, of: "objectives") {
        decodeObjective(objective)
      }
    }
    if let links = entries["links"] {
      for link in decoder.list(links, of: "links") {
        decodeLink(link)
      }
    }
  }

  /// `organization` is the organisation unit: a mapping, or just its name.
  private mutating func decodeOrganization(_ node: Int) {
    if decoder.tape.events[node].kind == .scalar {
      guard let name = decoder.requiredText(node, "organization", of: "document", at: node) else {
        return
      }
      document.units.append(
        Unit(id: name, name: name, kind: .organization, location: location(node)))
      return
    }
    guard let entries = decoder.mapping(node, "organization", keys: Self.organizationKeys),
      let id = decoder.requiredText(entries["id"], "id", of: "organization", at: node)
    else { return }
    document.units.append(
      Unit(
        id: id, name: decoder.text(entries["name"], "name"), kind: .organization,
        coach: decoder.text(entries["coach"], "coach"),
        capacity: decoder.integer(entries["capacity"], "capacity"), location: location(node)))
  }

  private mutating func decodeUnit(_ node: Int) {
    guard let entries = decoder.mapping(node, "unit", keys: Self.unitKeys) else { return }
    let id = decoder.requiredText(entries["id"], "id", of: "unit", at: node)
    let kind: UnitKind? =
      entries["kind"] == nil
      ? nil : decoder.choice(entries["kind"], "unit kind", aliases: Vocabulary.unitKinds)
    if entries["kind"] == nil {
      decoder.error(
        node, "the unit \(id ?? "") needs a kind: organization, leadership, team-of-teams or team")
    }
    let name = decoder.text(entries["name"], "name")
    let parent = decoder.text(entries["parent"], "parent")
    let coach = decoder.text(entries["coach"], "coach")
    let capacity = decoder.integer(entries["capacity"], "capacity")
    guard let id, let kind else { return }
    document.units.append(
      Unit(
        id: id, name: name, kind: kind, parent: parent, coach: coach, capacity: capacity,
        location: location(node)))
  }

  private mutating func decodeObjective(_ node: Int) {
    guard let entries = decoder.mapping(node, "objective", keys: Self.objectiveKeys) else {
      return
    }
    let id = decoder.requiredText(entries["id"], "id", of: "objective", at: node)
    let title = decoder.requiredText(entries["title"], "title", of: "objective", at: node)
    let unit = decoder.requiredText(entries["unit"], "unit", of: "objective", at: node)
    let description = decoder.text(entries["description"], "description")
    let owner = decoder.text(entries["owner"], "owner")
    let status = decoder.choice(
      entries["status"], "objective status", aliases: Vocabulary.objectiveStatuses)
    let alignsTo = decoder.texts(entries["aligns_to"], "aligns_to")
    var keyResults: [KeyResult] = []
    if let list = entries["key_results"] {
      for (offset, keyResult) in decoder.list(list, of: "key results").enumerated() {
        let derived = "\(id ?? "?").\(offset + 1)"
        if let decoded = decodeKeyResult(keyResult, derivedID: derived) {
          keyResults.append(decoded)
        }
      }
    }
    guard let id, let title, let unit else { return }
    document.objectives.append(
      Objective(
        id: id, title: title, description: description, unit: unit, owner: owner,
        status: status, keyResults: keyResults, alignsTo: alignsTo, location: location(node)))
  }

  /// A key result: a mapping, or only its title. Without an id it is named after its
  /// objective and position (`ORG-1.2`).
  private mutating func decodeKeyResult(_ node: Int, derivedID: String) -> KeyResult? {
    if decoder.tape.events[node].kind == .scalar {
      guard let title = decoder.requiredText(node, "title", of: "key result", at: node) else {
        return nil
      }
      return KeyResult(id: derivedID, title: title, location: location(node))
    }
    guard let entries = decoder.mapping(node, "key result", keys: Self.keyResultKeys) else {
      return nil
    }
    let id = decoder.text(entries["id"], "id") ?? derivedID
    let title = decoder.requiredText(entries["title"], "title", of: "key result", at: node)
    let owner = decoder.text(entries["owner"], "owner")
    let metric = Metric(
      from: decoder.number(entries["from"], "from"), to: decoder.number(entries["to"], "to"),
      name: decoder.text(entries["metric"], "metric"))
    let alignsTo = decoder.texts(entries["aligns_to"], "aligns_to")
    guard let title else { return nil }
    return KeyResult(
      id: id, title: title, owner: owner, metric: metric.isEmpty ? nil : metric,
      alignsTo: alignsTo, location: location(node))
  }

  private mutating func decodeLink(_ node: Int) {
    guard let entries = decoder.mapping(node, "link", keys: Self.linkKeys) else { return }
    let from = decoder.requiredText(entries["from"], "from", of: "link", at: node)
    let to = decoder.requiredText(entries["to"], "to", of: "link", at: node)
    let kind = decoder.choice(entries["kind"], "link kind", aliases: Vocabulary.linkKinds)
    let status = decoder.choice(entries["status"], "link status", aliases: Vocabulary.linkStatuses)
    let note = decoder.text(entries["note"], "note")
    let kindGiven = entries["kind"] == nil || kind != nil
    let statusGiven = entries["status"] == nil || status != nil
    guard let from, let to, kindGiven, statusGiven else { return }
    document.links.append(
      Link(
        from: from, to: to, kind: kind ?? .contributes, status: status ?? .requested, note: note,
        location: location(node)))
  }
}
