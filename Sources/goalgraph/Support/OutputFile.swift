import Foundation

/// Writes the tool's output files safely: to a temporary file beside the target, renamed into
/// place once complete, so that a failed or interrupted run leaves the old file intact. `-`
/// means standard output. An input file is never overwritten.
enum OutputFile {

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Refuses a target that is one of the files read.
  static func check(_ path: String, against inputs: [String]) throws(Failure) {
    guard path != "-" else { return }
    let target = resolved(path)
    for input in inputs where resolved(input) == target {
      throw Failure(description: "\(path) is one of the inputs; choose another output file")
    }
    let folder = (target as NSString).deletingLastPathComponent
    guard isFolder(folder.isEmpty ? "." : folder) else {
      throw Failure(description: "the folder of \(path) does not exist")
    }
  }

  /// Writes `bytes` to `path` atomically, or to standard output for `-`.
  static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
    if path == "-" {
      FileHandle.standardOutput.write(Data(bytes))
      return
    }
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(getpid()).tmp"
    setTemporary(temporary)
    defer { setTemporary(nil) }
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
    }
    var written = 0
    let ok = bytes.withUnsafeBytes { buffer -> Bool in
      while written < buffer.count {
        let result = Foundation.write(
          descriptor, buffer.baseAddress! + written, buffer.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          return false
        }
        written += result
      }
      return fsync(descriptor) == 0
    }
    let reason = String(cString: strerror(errno))
    close(descriptor)
    guard ok, rename(temporary, path) == 0 else {
      unlink(temporary)
      throw Failure(description: "cannot write \(path): \(reason)")
    }
  }

  static func write(_ text: String, to path: String) throws(Failure) {
    try write(Array(text.utf8), to: path)
  }

  /// Removes the temporary file of a write in progress when the user interrupts the run
  /// (Ctrl-C) or it is terminated, then ends the process as the signal would.
  static func removeTemporaryFilesOnInterrupt() {
    // A parent may have started us with these signals blocked; take them back.
    var signals = sigset_t()
    sigemptyset(&signals)
    for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
    pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    for signal in [SIGINT, SIGTERM, SIGHUP] {
      Foundation.signal(signal) { number in
        // While watching and not writing, Ctrl-C only asks the watch loop to stop.
        if watching && temporaryPath == nil && number == SIGINT {
          stopRequested = true
          return
        }
        if let path = temporaryPath { unlink(path) }
        Foundation.signal(number, SIG_DFL)
        raise(number)
      }
    }
  }

  private static func setTemporary(_ path: String?) {
    let previous = temporaryPath
    temporaryPath = path.flatMap { strdup($0) }
    free(previous)
  }

  private static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  private static func isFolder(_ path: String) -> Bool {
    var folder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
  }
}

/// The temporary file being written, for the signal handler; a C string so that the handler
/// needs no allocation.
nonisolated(unsafe) private var temporaryPath: UnsafeMutablePointer<CChar>?

/// Whether a watch loop runs, and whether Ctrl-C asked it to stop.
nonisolated(unsafe) var watching = false
nonisolated(unsafe) var stopRequested = false
