import Foundation
import GoalGraphReport

/// The process's exit codes, as the README documents them.
enum ExitCode: Int32 {
  /// Nothing at or above `--fail-on`.
  case success = 0
  /// Findings at or above `--fail-on`.
  case findings = 1
  /// A usage error or an input error.
  case usageOrInput = 2
}

/// Standard output and error, and what the terminal can do.
enum Console {
  /// Writes text to standard output as it is.
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes a line to standard error.
  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Shows a progress line on standard error, replacing the previous one; `nil` clears it.
  /// Call only when standard error is a terminal.
  static func progress(_ text: String?) {
    guard isTerminal(2) else { return }
    let line = "\r\u{1B}[2K" + (text ?? "")
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// Whether standard output (1) or standard error (2) is a terminal.
  static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// The width of the terminal on a descriptor, or `nil` when it is not a terminal.
  static func width(of descriptor: Int32) -> Int? {
    guard isTerminal(descriptor) else { return nil }
    var size = winsize()
    if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 {
      return Int(size.ws_col)
    }
    return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
  }

  /// The style for a stream: colour on a terminal unless `NO_COLOR` is set, or as asked.
  static func style(for descriptor: Int32, color: String?) -> TextStyle {
    switch color {
    case "always": return TextStyle(colored: true)
    case "never": return .plain
    default:
      let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
      let dumb = ProcessInfo.processInfo.environment["TERM"] == "dumb"
      return TextStyle(colored: isTerminal(descriptor) && !noColor && !dumb)
    }
  }
}
