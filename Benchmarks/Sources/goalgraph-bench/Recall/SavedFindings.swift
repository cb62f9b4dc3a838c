import Foundation
import GoalGraph

/// Findings kept in a file between processes: their codes and ids, which is all the recall
/// check compares.
enum SavedFindings {
  private struct Entry: Codable {
    var code: String
    var ids: [String]
  }

  static func write(_ findings: [Finding], to path: String) throws {
    let entries = findings.map { Entry(code: $0.code.rawValue, ids: $0.ids) }
    try writeFile(path, try JSONEncoder().encode(entries))
  }

  static func read(_ path: String) throws -> [Finding] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw BenchError.missingFile(path)
    }
    let entries: [Entry]
    do {
      entries = try JSONDecoder().decode([Entry].self, from: data)
    } catch {
      throw BenchError.badFile(path, "\(error)")
    }
    return try entries.map { entry in
      guard let code = FindingCode(rawValue: entry.code) else {
        throw BenchError.badFile(path, "unknown finding code \(entry.code)")
      }
      return Finding(code: code, ids: entry.ids, message: "")
    }
  }
}
