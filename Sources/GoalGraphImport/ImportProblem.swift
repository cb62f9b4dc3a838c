import GoalGraph

/// Something wrong with an input file, with where it is and what was expected.
public struct ImportProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// Whether the problem stops the import (`error`) or only deserves attention (`warning`).
  public enum Severity: String, Sendable {
    case error
    case warning
  }

  public var severity: Severity
  public var location: SourceLocation
  /// What was wrong, naming what was expected and what was found.
  public var message: String

  public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `file:line:column: error: message`, the form compilers use.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// The failure of an import: every problem found in the inputs, in file and line order.
public struct ImportError: Error, Sendable, CustomStringConvertible {
  public var problems: [ImportProblem]

  public init(problems: [ImportProblem]) {
    self.problems = problems
  }

  public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Limits that keep hostile or broken inputs from exhausting time and memory.
public struct ImportLimits: Sendable {
  /// The largest input file, in bytes.
  public var maximumFileSize: Int
  /// The deepest nesting of mappings and lists in a YAML or JSON document.
  public var maximumDepth: Int
  /// How many nodes YAML aliases may add to a document in all.
  public var maximumAliasExpansion: Int
  /// How many problems are reported per file before the rest are summarised.
  public var maximumProblemsPerFile: Int

  public init(
    maximumFileSize: Int = 1 << 30, maximumDepth: Int = 512,
    maximumAliasExpansion: Int = 1_000_000, maximumProblemsPerFile: Int = 200
  ) {
    self.maximumFileSize = maximumFileSize
    self.maximumDepth = maximumDepth
    self.maximumAliasExpansion = maximumAliasExpansion
    self.maximumProblemsPerFile = maximumProblemsPerFile
  }

  /// The defaults, documented in the README.
  public static let standard = ImportLimits()
}

/// Collects the problems of one file, up to a limit.
struct ProblemLog {
  let file: String
  let limit: Int
  private(set) var problems: [ImportProblem] = []
  private var dropped = 0

  init(file: String, limit: Int) {
    self.file = file
    self.limit = limit
  }

  var hasErrors: Bool { problems.contains { $0.severity == .error } }

  mutating func error(line: Int, column: Int? = nil, _ message: String) {
    add(ImportProblem(.error, at: SourceLocation(file: file, line: line, column: column), message))
  }

  mutating func warning(line: Int, column: Int? = nil, _ message: String) {
    add(
      ImportProblem(.warning, at: SourceLocation(file: file, line: line, column: column), message))
  }

  mutating func add(_ problem: ImportProblem) {
    guard problems.count < limit else {
      dropped += 1
      return
    }
    problems.append(problem)
  }

  /// The problems, with a last line saying how many more were not listed.
  func finished() -> [ImportProblem] {
    guard dropped > 0 else { return problems }
    let more = ImportProblem(
      .error, at: SourceLocation(file: file, line: 0),
      "\(dropped) more problems not listed (the limit is \(limit) per file)")
    return problems + [more]
  }
}
