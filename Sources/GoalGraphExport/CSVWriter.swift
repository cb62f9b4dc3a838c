import GoalGraph

/// Writes a document as the CSV files goalgraph reads: objectives and key results one per
/// row, units and links in files of their own.
public enum CSVWriter {
  static let objectiveColumns = [
    "id", "type", "title", "description", "unit", "owner", "status", "aligns_to", "metric",
    "from", "to", "cycle",
  ]

  /// Objectives and key results, each objective followed by its key results.
  ///
  /// - Complexity: O(n) in the size of the document.
  public static func objectives(_ document: OKRDocument) -> String {
    var rows = [objectiveColumns]
    let cycle = document.cycle ?? ""
    for objective in document.objectives {
      rows.append([
        objective.id, "objective", objective.title, objective.description ?? "", objective.unit,
        objective.owner ?? "", objective.status?.rawValue ?? "",
        objective.alignsTo.joined(separator: ", "), "", "", "", cycle,
      ])
      for keyResult in objective.keyResults {
        rows.append([
          keyResult.id, "key_result", keyResult.title, "", objective.unit, keyResult.owner ?? "",
          "", keyResult.alignsTo.joined(separator: ", "), keyResult.metric?.name ?? "",
          keyResult.metric?.from.map(DocumentFields.format) ?? "",
          keyResult.metric?.to.map(DocumentFields.format) ?? "", cycle,
        ])
      }
    }
    return table(rows)
  }

  /// Every unit, with its kind, parent, coach and capacity.
  public static func units(_ document: OKRDocument) -> String {
    var rows = [["id", "name", "kind", "parent", "coach", "capacity"]]
    for unit in document.units {
      rows.append([
        unit.id, unit.name, unit.kind.rawValue, unit.parent ?? "", unit.coach ?? "",
        unit.capacity.map(String.init) ?? "",
      ])
    }
    return table(rows)
  }

  /// Every link.
  public static func links(_ document: OKRDocument) -> String {
    var rows = [["from", "to", "kind", "status", "note"]]
    for link in document.links {
      rows.append([link.from, link.to, link.kind.rawValue, link.status.rawValue, link.note ?? ""])
    }
    return table(rows)
  }

  /// Rows as RFC 4180 text with CRLF line ends.
  public static func table(_ rows: [[String]]) -> String {
    rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }

  /// A field, quoted when it holds a delimiter, a quote, a line break or outer spaces.
  public static func field(_ text: String) -> String {
    let needsQuotes =
      text.contains { $0 == "," || $0 == ";" || $0 == "\"" || $0.isNewline || $0 == "\t" }
      || text.first?.isWhitespace == true || text.last?.isWhitespace == true
    guard needsQuotes else { return text }
    return "\""
      + text.split(separator: "\"", omittingEmptySubsequences: false).joined(
        separator: "\"\"") + "\""
  }
}
