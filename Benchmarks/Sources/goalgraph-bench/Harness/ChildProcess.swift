import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What a finished child process left behind.
struct ChildResult: Sendable {
  /// The exit code, or 128 plus the signal number when a signal ended it.
  var status: Int32
  /// Its standard output (and standard error, when merged).
  var output: [UInt8]
  /// The most memory it held at once, from `wait4`.
  var peakResidentBytes: Int
  /// The time from start to exit, in seconds.
  var seconds: Double

  var outputText: String { String(decoding: output, as: UTF8.self) }
}

/// Runs programs as child processes and reports their own peak memory, which `wait4` gives
/// for each child alone.
enum ChildProcess {
  /// Runs a program to its end.
  ///
  /// - Parameters:
  ///   - executable: The program's path.
  ///   - arguments: Its arguments, without the program name.
  ///   - mergeStandardError: Whether standard error is captured with the output; otherwise it
  ///     goes where this process's goes.
  /// - Throws: `BenchError.childFailed` when the program cannot be started.
  static func run(
    _ executable: String, _ arguments: [String], mergeStandardError: Bool = false
  ) throws -> ChildResult {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else {
      throw BenchError.childFailed("cannot create a pipe: \(String(cString: strerror(errno)))")
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
    if mergeStandardError { posix_spawn_file_actions_adddup2(&actions, ends[1], 2) }
    posix_spawn_file_actions_addclose(&actions, ends[0])
    posix_spawn_file_actions_addclose(&actions, ends[1])

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") }
    let envp = environment + [nil]
    defer {
      argv.forEach { free($0) }
      environment.forEach { free($0) }
    }

    let clock = ContinuousClock()
    let start = clock.now
    var pid = pid_t()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    close(ends[1])
    guard spawned == 0 else {
      close(ends[0])
      throw BenchError.childFailed(
        "cannot start \(executable): \(String(cString: strerror(spawned)))")
    }

    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = read(ends[0], &buffer, buffer.count)
      if count > 0 {
        output += buffer[0..<count]
      } else if count == 0 || errno != EINTR {
        break
      }
    }
    close(ends[0])

    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else {
        throw BenchError.childFailed("cannot wait for \(executable)")
      }
    }
    let seconds = (clock.now - start).seconds
    let signal = status & 0x7f
    let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
    return ChildResult(
      status: code, output: output, peakResidentBytes: Int(usage.ru_maxrss) * 1024,
      seconds: seconds)
  }

  /// The path of the program that is running, so that it can start itself.
  static func ownExecutable() -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
  }

  /// The full path of a program found on `PATH`, or nil.
  static func find(_ program: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(program)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
