import Foundation

/// Messages for people: progress and errors go to standard error.
enum Console {
  /// Writes a line to standard error.
  static func note(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  /// A duration in seconds, as the results write it.
  static func seconds(_ duration: Duration) -> String {
    Format.seconds(duration.seconds)
  }
}

extension Duration {
  /// The duration in seconds.
  var seconds: Double {
    let parts = components
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
  }
}

/// Names and descriptions as an indented two-column list for `--help`.
func table(_ rows: [(String, String)], width: Int) -> String {
  rows.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + $0.1 }
    .joined(separator: "\n")
}
