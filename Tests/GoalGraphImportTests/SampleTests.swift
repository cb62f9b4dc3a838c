import Foundation
import GoalGraph
import GoalGraphExport
import GoalGraphImport
import Testing

/// The samples folder.
let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")

func samplePath(_ relative: String) -> String { samples.appendingPathComponent(relative).path }

@Suite("Samples")
struct SampleTests {
  @Test func theMainSampleReadsTheSameInEveryFormat() throws {
    let yaml = try Importer().load([samplePath("acme.yaml")]).document
    let json = try Importer().load([samplePath("acme.json")]).document
    let csv = try Importer().load([samplePath("acme-csv")]).document
    #expect(yaml.objectives.count == 51)
    #expect(withoutLocations(json) == withoutLocations(yaml))
    #expect(withoutLocations(csv) == withoutLocations(yaml))
  }

  /// Writes a document in a format to a fresh folder and reads the folder back.
  func travelled(_ document: OKRDocument, _ format: DocumentFormat) throws -> OKRDocument {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "goalgraph-samples-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let main = folder.appendingPathComponent("out.\(format.rawValue)").path
    for file in DocumentWriter.files(for: document, format: format, path: main) {
      try file.content.write(toFile: file.path, atomically: true, encoding: .utf8)
    }
    let result = try Importer().load([folder.path])
    #expect(result.warnings.isEmpty, "\(format): \(result.warnings)")
    return withoutLocations(result.document)
  }

  @Test(arguments: [DocumentFormat.yaml, .json, .csv])
  func writingAndReadingBackGivesTheSameDocument(format: DocumentFormat) throws {
    let original = try Importer().load([samplePath("acme.yaml")]).document
    #expect(try travelled(original, format) == withoutLocations(original))
  }

  @Test(arguments: [DocumentFormat.yaml, .json, .csv])
  func writersKeepHostileTextIntact(format: DocumentFormat) throws {
    let title = "Quotes \" ' and, commas; \\N \\l <b>&amp;</b>\n  second line  \t"
    let document = OKRDocument(
      cycle: "null",
      units: [Unit(id: "~", name: " spaced ", kind: .organization, coach: "- dash")],
      objectives: [
        Objective(
          id: "#1", title: title, unit: "~", keyResults: [KeyResult(id: "K: 1", title: "42")],
          alignsTo: ["*alias", "&anchor"])
      ])
    #expect(try travelled(document, format) == document)
  }

  @Test func everyFindingAppearsInTheSamples() throws {
    var codes = Set<FindingCode>()
    let files = [
      "acme.yaml", "errors/cycle.yaml", "errors/duplicate-id.yaml",
      "errors/unknown-reference.yaml",
    ]
    for file in files {
      let document = try Importer().load([samplePath(file)]).document
      codes.formUnion(SupportGraph(document).analyse().findings.map(\.code))
    }
    #expect(Set(FindingCode.allCases).subtracting(codes).isEmpty)
  }

  @Test func everyErrorSampleFailsWithItsProblem() throws {
    let expected = [
      "errors/bad-kind.yaml": "unknown unit kind",
      "errors/missing-title.yaml": "needs a title",
      "errors/too-many-fields.csv": "fields but the header has",
      "errors/truncated.json": "truncated",
      "errors/unterminated-quote.csv": "never closed",
      "errors/wrong-type.yaml": "expected a text for title",
      "errors/yaml-syntax.yaml": "did not find expected",
    ]
    for (file, message) in expected {
      #expect(throws: ImportError.self) { try Importer().load([samplePath(file)]) }
      do {
        _ = try Importer().load([samplePath(file)])
      } catch {
        #expect(error.problems.count == 1, "\(file)")
        #expect(error.problems.first?.message.contains(message) == true, "\(file)")
        #expect(error.problems.first.map { $0.location.line > 0 } == true, "\(file)")
      }
    }
  }
}
