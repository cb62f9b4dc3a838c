import Foundation

/// Reads this process's memory from `/proc/self/status`, and resets its peak, so that a
/// stage's peak is measured from the moment its input is ready.
enum MemoryProbe {
  /// The resident memory now, in bytes.
  static func residentBytes() -> Int { field("VmRSS") }

  /// The most resident memory since the start or since the last `resetPeak()`, in bytes.
  static func peakBytes() -> Int { field("VmHWM") }

  /// Starts the peak afresh from the memory held now (Linux 4.0 and later).
  ///
  /// - Returns: Whether the kernel accepted the reset.
  @discardableResult
  static func resetPeak() -> Bool {
    guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
    defer { try? handle.close() }
    do {
      try handle.write(contentsOf: Data("5".utf8))
      return true
    } catch {
      return false
    }
  }

  private static func field(_ name: String) -> Int {
    guard let data = FileManager.default.contents(atPath: "/proc/self/status") else { return 0 }
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n")
    where line.hasPrefix(name + ":") {
      let number = line.dropFirst(name.count + 1).filter(\.isNumber)
      return (Int(number) ?? 0) * 1024
    }
    return 0
  }
}
