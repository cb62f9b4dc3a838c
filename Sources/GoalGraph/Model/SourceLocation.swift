/// Where an entity or a problem was found in the input: a file, a line, and a column when the
/// format gives one.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The path of the input file as the user gave it.
  public var file: String
  /// The one-based line number, or 0 when the line is unknown.
  public var line: Int
  /// The one-based column number, or `nil` when the format gives none.
  public var column: Int?

  public init(file: String, line: Int, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, in the form editors and terminals turn into links.
  public var description: String {
    guard line > 0 else { return file }
    if let column { return "\(file):\(line):\(column)" }
    return "\(file):\(line)"
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column ?? 0) < (rhs.file, rhs.line, rhs.column ?? 0)
  }
}
