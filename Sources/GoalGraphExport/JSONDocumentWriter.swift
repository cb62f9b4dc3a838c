import GoalGraph

/// Writes a document as JSON with the keys of the YAML format.
public enum JSONDocumentWriter {
  /// The document as a JSON value; empty and absent fields are left out.
  ///
  /// - Complexity: O(n) in the size of the document.
  public static func write(_ document: OKRDocument) -> JSONValue {
    let fields = DocumentFields(document)
    var members: [(String, JSONValue)] = []
    if let cycle = document.cycle { members.append(("cycle", .string(cycle))) }
    if let organization = fields.organization {
      members.append(("organization", object(DocumentFields.organization(organization))))
    }
    if !fields.units.isEmpty {
      members.append(("units", .array(fields.units.map { object(DocumentFields.unit($0)) })))
    }
    if !document.objectives.isEmpty {
      members.append(("objectives", .array(document.objectives.map(objective))))
    }
    if !document.links.isEmpty {
      members.append(("links", .array(document.links.map { object(DocumentFields.link($0)) })))
    }
    return .object(members)
  }

  private static func objective(_ objective: Objective) -> JSONValue {
    var members = DocumentFields.objective(objective).map { ($0.key, value($0.value)) }
    if !objective.keyResults.isEmpty {
      members.append(
        (
          "key_results",
          .array(objective.keyResults.map { object(DocumentFields.keyResult($0)) })
        ))
    }
    return .object(members)
  }

  private static func object(_ fields: [DocumentFields.Field]) -> JSONValue {
    .object(fields.map { ($0.key, value($0.value)) })
  }

  private static func value(_ value: DocumentFields.Value) -> JSONValue {
    switch value {
    case .text(let text): .string(text)
    case .number(let number): .double(number)
    case .integer(let number): .int(number)
    case .list(let items): .array(items.map(JSONValue.string))
    }
  }
}

/// The fields of each entity in the order the formats write them, shared by the writers.
struct DocumentFields {
  enum Value {
    case text(String)
    case number(Double)
    case integer(Int)
    case list([String])
  }

  typealias Field = (key: String, value: Value)

  /// The organisation written under `organization`: the first organisation unit without
  /// a parent. Every other unit goes to `units`.
  let organization: Unit?
  let units: [Unit]

  init(_ document: OKRDocument) {
    let index = document.units.firstIndex { $0.kind == .organization && $0.parent == nil }
    organization = index.map { document.units[$0] }
    units = document.units.enumerated().filter { $0.offset != index }.map(\.element)
  }

  static func organization(_ unit: Unit) -> [Field] {
    var fields: [Field] = [("id", .text(unit.id)), ("name", .text(unit.name))]
    if let coach = unit.coach { fields.append(("coach", .text(coach))) }
    if let capacity = unit.capacity { fields.append(("capacity", .integer(capacity))) }
    return fields
  }

  static func unit(_ unit: Unit) -> [Field] {
    var fields: [Field] = [
      ("id", .text(unit.id)), ("name", .text(unit.name)), ("kind", .text(unit.kind.rawValue)),
    ]
    if let parent = unit.parent { fields.append(("parent", .text(parent))) }
    if let coach = unit.coach { fields.append(("coach", .text(coach))) }
    if let capacity = unit.capacity { fields.append(("capacity", .integer(capacity))) }
    return fields
  }

  /// The objective's own fields; the writers add `key_results`.
  static func objective(_ objective: Objective) -> [Field] {
    var fields: [Field] = [("id", .text(objective.id)), ("title", .text(objective.title))]
    if let description = objective.description {
      fields.append(("description", .text(description)))
    }
    fields.append(("unit", .text(objective.unit)))
    if let owner = objective.owner { fields.append(("owner", .text(owner))) }
    if let status = objective.status { fields.append(("status", .text(status.rawValue))) }
    if !objective.alignsTo.isEmpty { fields.append(("aligns_to", .list(objective.alignsTo))) }
    return fields
  }

  static func keyResult(_ keyResult: KeyResult) -> [Field] {
    var fields: [Field] = [("id", .text(keyResult.id)), ("title", .text(keyResult.title))]
    if let owner = keyResult.owner { fields.append(("owner", .text(owner))) }
    if let name = keyResult.metric?.name { fields.append(("metric", .text(name))) }
    if let from = keyResult.metric?.from { fields.append(("from", .number(from))) }
    if let to = keyResult.metric?.to { fields.append(("to", .number(to))) }
    if !keyResult.alignsTo.isEmpty { fields.append(("aligns_to", .list(keyResult.alignsTo))) }
    return fields
  }

  static func link(_ link: Link) -> [Field] {
    var fields: [Field] = [
      ("from", .text(link.from)), ("to", .text(link.to)), ("kind", .text(link.kind.rawValue)),
      ("status", .text(link.status.rawValue)),
    ]
    if let note = link.note { fields.append(("note", .text(note))) }
    return fields
  }

  /// A number as the formats write it: whole numbers without a decimal point.
  static func format(_ number: Double) -> String {
    if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
    return "\(number)"
  }
}
