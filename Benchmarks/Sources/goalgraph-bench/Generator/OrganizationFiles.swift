import Foundation

/// Where a generated organisation's files are in its folder.
struct OrganizationFiles: Sendable {
  let folder: String

  var yaml: String { folder + "/organization.yaml" }
  var json: String { folder + "/organization.json" }
  /// The objectives file; the units and links files are beside it.
  var csv: String { folder + "/csv/organization.csv" }
  var csvFiles: [String] {
    [csv, folder + "/csv/organization-units.csv", folder + "/csv/organization-links.csv"]
  }
  var planted: String { folder + "/planted.json" }
  /// Each objective's subject and audience as the generator chose them.
  var subjects: String { folder + "/subjects.json" }
  /// Written last, so that a folder without it is incomplete.
  var stamp: String { folder + "/stamp" }

  /// The stamp's content for an organisation of a size and seed from this generator.
  static func stampText(size: Int, seed: UInt64) -> String {
    "generator \(OrganizationGenerator.version) objectives \(size) seed \(seed)\n"
  }

  /// Whether the folder holds a complete organisation of this size and seed, written by this
  /// version of the generator.
  func isCurrent(size: Int, seed: UInt64) -> Bool {
    guard let data = FileManager.default.contents(atPath: stamp) else { return false }
    return String(decoding: data, as: UTF8.self) == Self.stampText(size: size, seed: seed)
  }

  /// The size of a file in bytes, or 0 when it is missing.
  static func byteCount(_ path: String) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return (attributes?[.size] as? Int) ?? 0
  }
}

/// Writes a file in one piece, creating its folder.
func writeFile(_ path: String, _ bytes: some Sequence<UInt8>) throws {
  let url = URL(fileURLWithPath: path)
  do {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url, options: .atomic)
  } catch {
    throw BenchError.cannotWrite(path, error.localizedDescription)
  }
}
