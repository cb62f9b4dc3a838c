import Foundation

/// The machine and software a benchmark ran on, for the results.
struct MachineDescription: Codable, Sendable {
  /// `nproc`: the processors this process may use.
  var processors: Int
  var processorModel: String
  var memoryBytes: Int
  var system: String
  var kernel: String
  var swiftVersion: String
  var graphvizVersion: String
  /// The package's commit, with a mark when files were changed since.
  var commit: String

  /// Reads the description from `/proc`, `/etc/os-release` and the tools' version output.
  static func current(packageRoot: String) -> MachineDescription {
    let cpuinfo = text("/proc/cpuinfo")
    let model =
      cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
      .map { $0.split(separator: ":", maxSplits: 1).last!.trimmed } ?? "unknown processor"
    let memory =
      text("/proc/meminfo").split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
      .map { (Int($0.filter(\.isNumber)) ?? 0) * 1024 } ?? 0
    let system =
      text("/etc/os-release").split(separator: "\n")
      .first { $0.hasPrefix("PRETTY_NAME=") }
      .map { $0.dropFirst("PRETTY_NAME=".count).filter { $0 != "\"" } } ?? "unknown system"
    return MachineDescription(
      processors: Int(output("nproc", []) ?? "")
        ?? ProcessInfo.processInfo.activeProcessorCount,
      processorModel: model, memoryBytes: memory, system: system,
      kernel: text("/proc/sys/kernel/osrelease").trimmingCharacters(in: .whitespacesAndNewlines),
      swiftVersion: output("swift", ["--version"])?.split(separator: "\n").first.map(String.init)
        ?? "unknown",
      graphvizVersion: DotProgram.version() ?? "dot not found",
      commit: commit(packageRoot))
  }

  /// One line for the results: "2 processors (model), 23.5 GiB memory, system".
  var summary: String {
    let gibibytes = String(format: "%.1f GiB", Double(memoryBytes) / 1_073_741_824)
    return "\(processors) processors (\(processorModel)), \(gibibytes) memory, \(system), "
      + "Linux \(kernel)"
  }

  private static func text(_ path: String) -> String {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
  }

  private static func output(_ program: String, _ arguments: [String]) -> String? {
    guard let path = ChildProcess.find(program),
      let result = try? ChildProcess.run(path, arguments, mergeStandardError: true),
      result.status == 0
    else { return nil }
    return result.outputText.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static func commit(_ root: String) -> String {
    guard let hash = output("git", ["-C", root, "rev-parse", "--short", "HEAD"]) else {
      return "unknown"
    }
    let changes = output("git", ["-C", root, "status", "--porcelain", "--untracked-files=no"])
    return changes?.isEmpty == false ? "\(hash) with local changes" : hash
  }
}
