import Foundation
import GoalGraphImport

/// Runs a command again whenever one of its input files changes, until Ctrl-C.
///
/// Inputs are polled (modification time and size, every half second; folders are listed
/// again, so new files count); a change waits until the files are quiet for a moment, so that
/// an editor's save in several steps gives one run. A run that fails (broken input) prints its
/// errors and leaves the last good output in place.
enum Watcher {
  static func run(
    _ parsed: ParsedArguments, command: String, once: () -> ExitCode
  ) -> ExitCode {
    stopOnInterrupt()
    let importer = Importer()
    var last = snapshot(importer.inputFiles(parsed.arguments))
    report(once(), command: command)
    Console.error("goalgraph \(command): watching \(last.count) files; Ctrl-C stops")
    while !stopRequested {
      usleep(500_000)
      var current = snapshot(importer.inputFiles(parsed.arguments))
      guard current != last else { continue }
      // Wait until the files are quiet, so that a save in several steps gives one run.
      repeat {
        last = current
        usleep(300_000)
        current = snapshot(importer.inputFiles(parsed.arguments))
      } while current != last && !stopRequested
      guard !stopRequested else { break }
      report(once(), command: command)
    }
    Console.error("goalgraph \(command): stopped watching")
    return .success
  }

  private static func report(_ code: ExitCode, command: String) {
    var now = time_t(time(nil))
    var parts = tm()
    localtime_r(&now, &parts)
    let time = [parts.tm_hour, parts.tm_min, parts.tm_sec]
      .map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    if code == .usageOrInput {
      Console.error(
        "goalgraph \(command): \(time) the input has errors; the last good output stays")
    } else {
      Console.error("goalgraph \(command): \(time) written")
    }
  }

  /// Each file with its modification time and size.
  private static func snapshot(_ files: [String]) -> [String: [Double]] {
    var result: [String: [Double]] = [:]
    for file in files {
      var info = stat()
      guard stat(file, &info) == 0 else { continue }
      let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
      result[file] = [modified, Double(info.st_size)]
    }
    return result
  }

  private static func stopOnInterrupt() {
    watching = true
  }
}
