/// The formats goalgraph reads, told apart by file extension.
public enum InputFormat: String, CaseIterable, Sendable {
  case yaml
  case json
  case csv
  case markdown

  /// The extensions of each format, in lower case.
  public var extensions: [String] {
    switch self {
    case .yaml: ["yaml", "yml"]
    case .json: ["json"]
    case .csv: ["csv", "tsv"]
    case .markdown: ["md", "markdown"]
    }
  }

  /// The format of a file, from its extension.
  public init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    let ext = path[path.index(after: dot)...].lowercased()
    guard let format = Self.allCases.first(where: { $0.extensions.contains(ext) }) else {
      return nil
    }
    self = format
  }

  /// The format's name for messages.
  public var displayName: String { self == .markdown ? "Markdown" : rawValue.uppercased() }
}
