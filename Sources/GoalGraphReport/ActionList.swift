import GoalGraph

/// The follow-up list of the session ("Who, What, When") as CSV: one row per finding that
/// needs someone to act, with the coach of the unit concerned as who.
public enum ActionList {
  /// The columns, in order.
  public static let header = ["Who", "What", "When", "Unit", "Finding", "IDs"]

  /// The CSV text. Every field that a spreadsheet would read as a formula (starting with
  /// `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`.
  ///
  /// - Complexity: O(f) in the number of findings.
  public static func csv(graph: SupportGraph, findings: [Finding]) -> String {
    var rows = [header]
    for finding in findings where needsAction(finding) {
      let unit = graph.unitsConcerned(by: finding).first.map { graph.units[$0] }
      let who = unit?.coach ?? unit.map { "the coach of \($0.name)" } ?? "the facilitator"
      let what = finding.message + (finding.suggestion.map { ". " + capitalized($0) } ?? "")
      let when = finding.severity == .info ? "in the session" : "before the session"
      rows.append([
        who, what, when, unit?.name ?? "", finding.code.rawValue,
        finding.ids.joined(separator: " "),
      ])
    }
    return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }

  /// Whether a finding asks someone to act; counts like `too-many` are for the coach to
  /// weigh, so every finding but `unsupported-key-result` and `overlap` qualifies.
  static func needsAction(_ finding: Finding) -> Bool {
    finding.code != .unsupportedKeyResult && finding.code != .overlap
  }

  private static func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }

  /// A CSV field, made inert for spreadsheets and quoted when needed.
  public static func field(_ text: String) -> String {
    var text = text
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      text = "'" + text
    }
    let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0.isNewline || $0 == ";" }
    guard needsQuotes else { return text }
    return "\"" + text.replacingAll("\"", "\"\"") + "\""
  }
}
