import Foundation

/// How the results write numbers.
enum Format {
  /// 100000 as "100,000".
  static func count(_ value: Int) -> String {
    Numbers.decimal(Double(value), .english)
  }

  /// Seconds with three significant digits: "0.0412 s", "3.81 s", "112 s".
  static func seconds(_ value: Double) -> String {
    guard value.isFinite else { return "–" }
    switch value {
    case ..<0.001: return String(format: "%.2f ms", value * 1000)
    case ..<0.01: return String(format: "%.4f s", value)
    case ..<0.1: return String(format: "%.3f s", value)
    case ..<10: return String(format: "%.2f s", value)
    case ..<100: return String(format: "%.1f s", value)
    default: return String(format: "%.0f s", value)
    }
  }

  /// Bytes in MiB: "412.3 MiB".
  static func mebibytes(_ bytes: Int) -> String {
    String(format: "%.1f MiB", Double(bytes) / 1_048_576)
  }

  /// Bytes in a readable unit: "512 KiB", "41.2 MiB".
  static func bytes(_ bytes: Int) -> String {
    bytes < 1_048_576 ? String(format: "%.0f KiB", Double(bytes) / 1024) : mebibytes(bytes)
  }

  /// A ratio: "×9.7".
  static func ratio(_ value: Double) -> String {
    guard value.isFinite else { return "–" }
    return value < 10 ? String(format: "×%.2f", value) : String(format: "×%.1f", value)
  }

  /// The date and time in UTC: "2026-12-03 17:45 UTC".
  static func date(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
    return formatter.string(from: date)
  }
}
