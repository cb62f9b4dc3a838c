import GoalGraph

/// The formats an OKR document can be written in.
public enum DocumentFormat: String, CaseIterable, Sendable {
  case yaml
  case json
  case csv

  /// The format of a file, from its extension.
  public init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    switch path[path.index(after: dot)...].lowercased() {
    case "yaml", "yml": self = .yaml
    case "json": self = .json
    case "csv": self = .csv
    default: return nil
    }
  }
}

/// Writes an OKR document in one of the formats goalgraph reads, so that reading it back gives
/// the same document.
public enum DocumentWriter {
  /// The files that hold a document: one for YAML and JSON; for CSV the objectives file, and
  /// beside it `-units.csv` and (when there are links) `-links.csv`.
  ///
  /// - Parameter path: The path of the main file, ending in the format's extension.
  /// - Returns: Each file's path and content.
  public static func files(
    for document: OKRDocument, format: DocumentFormat, path: String
  ) -> [(path: String, content: String)] {
    switch format {
    case .yaml: return [(path, YAMLWriter.write(document))]
    case .json: return [(path, JSONDocumentWriter.write(document).serialized() + "\n")]
    case .csv:
      let stem = path.hasSuffix(".csv") ? String(path.dropLast(4)) : path
      var files = [
        (path, CSVWriter.objectives(document)), (stem + "-units.csv", CSVWriter.units(document)),
      ]
      if !document.links.isEmpty { files.append((stem + "-links.csv", CSVWriter.links(document))) }
      return files
    }
  }
}
