import Foundation

/// What the generator planted in an organisation, so that a benchmark can check that the
/// analyses find it: for each finding code, groups of ids that one finding should name.
struct PlantedCases: Codable, Sendable {
  /// The version of the generator that wrote the organisation.
  var generator: Int
  var seed: UInt64
  var objectives: Int
  /// Finding code to the id groups planted for it. A group is found when one finding of the
  /// code names every id of the group.
  var planted: [String: [[String]]]
  /// For codes planted in several variants, the variant of each group, in the order of
  /// `planted[code]`: for `duplicate` how far the wording differs, for `overlap` what scope.
  var variants: [String: [String]]
  /// For each planted `splittable` objective, the ids of its key results by theme.
  var splits: [String: [[String]]]

  init(seed: UInt64, objectives: Int) {
    self.generator = OrganizationGenerator.version
    self.seed = seed
    self.objectives = objectives
    self.planted = [:]
    self.variants = [:]
    self.splits = [:]
  }

  /// Records one planted case.
  mutating func add(_ code: String, _ ids: [String], variant: String? = nil) {
    planted[code, default: []].append(ids)
    if let variant { variants[code, default: []].append(variant) }
  }

  /// The variant of each group of a code, or nil when the code has no variants.
  func variant(_ code: String, _ group: Int) -> String? {
    guard let labels = variants[code], group < labels.count else { return nil }
    return labels[group]
  }

  /// The number of groups planted for a code.
  func count(_ code: String) -> Int { planted[code]?.count ?? 0 }

  /// The cases as indented JSON with sorted keys.
  func json() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return try encoder.encode(self)
  }

  /// Reads the cases from a `planted.json` file.
  static func read(_ path: String) throws -> PlantedCases {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw BenchError.missingFile(path)
    }
    do {
      return try JSONDecoder().decode(PlantedCases.self, from: data)
    } catch {
      throw BenchError.badFile(path, "\(error)")
    }
  }
}
