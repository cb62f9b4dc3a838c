/// Why a benchmark command could not do its work.
enum BenchError: Error, CustomStringConvertible {
  /// The command line is wrong; the message says how.
  case usage(String)
  case missingFile(String)
  /// A file exists but does not hold what was expected.
  case badFile(String, String)
  /// A file or folder could not be written.
  case cannotWrite(String, String)
  /// A child process failed; the message says which and how.
  case childFailed(String)
  /// The import of a generated organisation reported errors.
  case importFailed(String)

  var description: String {
    switch self {
    case .usage(let message): message
    case .missingFile(let path): "\(path): no such file"
    case .badFile(let path, let problem): "\(path): \(problem)"
    case .cannotWrite(let path, let problem): "\(path): cannot write: \(problem)"
    case .childFailed(let message): message
    case .importFailed(let message): "import failed: \(message)"
    }
  }

  /// The exit code: 2 for usage errors, 1 for everything else.
  var exitCode: Int32 {
    if case .usage = self { return 2 }
    return 1
  }
}
