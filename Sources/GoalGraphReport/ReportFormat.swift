/// The formats in which findings can be reported.
public enum ReportFormat: String, CaseIterable, Sendable {
  case text
  case json
}
