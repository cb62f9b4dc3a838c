import Foundation
import GoalGraph
import GoalGraphImport
import Testing

/// The corpus of broken and hostile inputs beside this file.
let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Corpus")

/// What reading a broken input must give.
enum Outcome: Sendable, CustomStringConvertible {
  /// An input error on this line whose message holds the text.
  case error(line: Int, containing: String)
  /// A valid input, with findings of these codes among others.
  case findings([FindingCode])

  var description: String {
    switch self {
    case .error(let line, let text): "error at line \(line): \(text)"
    case .findings(let codes): "findings \(codes.map(\.rawValue))"
    }
  }
}

@Suite("Broken and hostile input")
struct BrokenInputTests {
  static let cases: [(String, Outcome)] = [
    ("truncated.yaml", .error(line: 9, containing: "truncated?")),
    ("invalid-utf8.yaml", .error(line: 9, containing: "invalid UTF-8")),
    ("nul-byte.yaml", .error(line: 9, containing: "NUL byte")),
    ("bom-in-the-middle.yaml", .error(line: 9, containing: "byte order mark")),
    ("duplicate-keys.yaml", .error(line: 11, containing: "appears twice")),
    ("list-for-title.yaml", .error(line: 9, containing: "expected a text for title, found a list")),
    ("mapping-for-objectives.yaml", .error(line: 3, containing: "expected a list of objectives")),
    ("empty-title.yaml", .error(line: 9, containing: "title of this objective is empty")),
    ("ids-are-numbers.yaml", .findings([])),
    ("unknown-kind.yaml", .error(line: 3, containing: "unknown unit kind \"guild\"")),
    ("unknown-status.yaml", .error(line: 9, containing: "unknown link status \"maybe\"")),
    ("tab-indentation.yaml", .error(line: 3, containing: "never with tabs")),
    ("billion-laughs.yaml", .error(line: 6, containing: "alias bomb")),
    ("undefined-alias.yaml", .error(line: 9, containing: "alias *nothing")),
    ("self-link.yaml", .findings([.cycle])),
    ("self-through-key-result.yaml", .findings([.cycle])),
    ("truncated.json", .error(line: 1, containing: "truncated")),
    ("trailing-comma.json", .error(line: 2, containing: "comma before a closing")),
    ("invalid-utf8.json", .error(line: 2, containing: "invalid UTF-8")),
    ("nul-byte.json", .error(line: 2, containing: "NUL byte")),
    ("bom-in-the-middle.json", .error(line: 2, containing: "byte order mark")),
    ("duplicate-keys.json", .error(line: 2, containing: "appears twice")),
    ("list-for-title.json", .error(line: 2, containing: "expected a text for title")),
    ("ids-are-numbers.json", .findings([])),
    ("empty-title.json", .error(line: 2, containing: "title of this objective is empty")),
    ("unknown-status.json", .error(line: 1, containing: "unknown objective status \"done\"")),
    ("not-an-object.json", .error(line: 1, containing: "expected an OKR document")),
    ("unterminated-quote.csv", .error(line: 2, containing: "never closed")),
    ("mixed-delimiters.csv", .error(line: 2, containing: "mixed delimiters")),
    ("invalid-utf8.csv", .error(line: 2, containing: "invalid UTF-8")),
    ("nul-byte.csv", .error(line: 2, containing: "NUL byte")),
    ("bom-in-the-middle.csv", .error(line: 2, containing: "byte order mark")),
    ("empty-title.csv", .error(line: 2, containing: "has no title")),
    ("unknown-kind.csv", .error(line: 2, containing: "unknown unit kind \"guild\"")),
    ("unknown-link-status.csv", .error(line: 2, containing: "unknown link status \"maybe\"")),
    ("stray-quote.csv", .error(line: 2, containing: "must be doubled")),
    ("duplicate-columns.csv", .error(line: 1, containing: "two columns mean title")),
  ]

  @Test(arguments: cases)
  func eachBrokenInputGivesItsMessageOrFindings(file: String, outcome: Outcome) throws {
    let path = corpus.appendingPathComponent(file).path
    switch outcome {
    case .error(let line, let text):
      do {
        _ = try Importer().load([path])
        Issue.record("\(file) was accepted")
      } catch {
        let problem = try #require(error.problems.first { $0.severity == .error })
        #expect(problem.location.file == path)
        #expect(problem.location.line == line, "\(file): \(problem)")
        #expect(problem.message.contains(text), "\(file): \(problem)")
      }
    case .findings(let codes):
      let document = try Importer().load([path]).document
      let found = Set(SupportGraph(document).analyse().findings.map(\.code))
      #expect(found.isSuperset(of: codes), "\(file): \(found)")
    }
  }

  @Test func theCorpusHasAnExpectationForEveryFile() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
    #expect(Set(files) == Set(Self.cases.map(\.0)))
  }

  @Test func tenThousandLevelsOfNestingInEveryTreeFormat() {
    let depth = 10_000
    let yaml = String(repeating: "- ", count: depth) + "x\n"
    let json = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    for (text, format) in [(yaml, InputFormat.yaml), (json, .json)] {
      let (_, problems) = read(text, format)
      #expect(errors(problems).count == 1)
      #expect(errors(problems).first?.message.contains("nested deeper than 512") == true)
    }
  }

  @Test func aTenMegabyteLineIsReadWhole() {
    let title = String(repeating: "x", count: 10_000_000)
    let text = "id,type,title,unit,unit_kind\nA,objective,\(title),ORG,organization\n"
    let (document, problems) = read(text, .csv)
    #expect(problems.isEmpty)
    #expect(document.objectives.first?.title.count == 10_000_000)
  }

  @Test func aMillionTinyRows() {
    var bytes = Array("id,type,title,unit,unit_kind\n".utf8)
    bytes.reserveCapacity(30_000_000)
    let row = Array(",objective,t,U,team\n".utf8)
    for index in 0..<1_000_000 {
      bytes.append(UInt8(ascii: "O"))
      bytes += String(index).utf8
      bytes += row
    }
    let (document, problems) = read(bytes, .csv)
    #expect(problems.isEmpty)
    #expect(document.objectives.count == 1_000_000)
  }

  @Test func aFileAboveTheSizeLimitIsRefusedUnread() throws {
    let path = corpus.appendingPathComponent("ids-are-numbers.yaml").path
    let limits = ImportLimits(maximumFileSize: 10)
    #expect(throws: ImportError.self) { try Importer(limits: limits).load([path]) }
  }

  @Test func problemsPerFileAreCapped() {
    var text = "id,type,title,unit,unit_kind\n"
    for index in 0..<1_000 { text += "O\(index),objective,,U,team\n" }
    let (_, problems) = read(text, .csv)
    #expect(problems.count == 201)
    #expect(problems.last?.message.contains("800 more problems") == true)
  }
}
