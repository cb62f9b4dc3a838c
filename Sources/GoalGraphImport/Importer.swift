import Foundation
import GoalGraph

/// What an import produced: the merged document and the warnings worth showing.
public struct ImportResult: Sendable {
  public var document: OKRDocument
  /// Problems that did not stop the import, such as ignored keys or columns.
  public var warnings: [ImportProblem]
  /// The files read, in the order they were read.
  public var files: [String]
}

/// Reads OKR files of every supported format and merges them into one document.
public struct Importer: Sendable {
  public var limits: ImportLimits

  public init(limits: ImportLimits = .standard) {
    self.limits = limits
  }

  /// Reads files and folders (every supported file in a folder and its subfolders, in name
  /// order) and merges them into one document.
  ///
  /// - Throws: `ImportError` with every problem of every file, when any is an error.
  /// - Complexity: O(n) in the total size of the inputs.
  public func load(_ paths: [String]) throws(ImportError) -> ImportResult {
    var problems: [ImportProblem] = []
    var files: [String] = []
    for path in paths {
      switch expand(path) {
      case .success(let found): files += found
      case .failure(let problem): problems.append(problem)
      }
    }
    var seen = Set<String>()
    files = files.filter { seen.insert(URL(fileURLWithPath: $0).standardized.path).inserted }

    var document = OKRDocument()
    var implied: [ImpliedUnit] = []
    for file in files {
      let (content, fileProblems) = readFile(file)
      problems += fileProblems
      document.merge(content.document)
      implied += content.impliedUnits
    }
    if problems.contains(where: { $0.severity == .error }) {
      throw ImportError(problems: problems)
    }
    UnitKindInference.addUnits(implied, to: &document)
    return ImportResult(document: document, warnings: problems, files: files)
  }

  /// The files that paths name: files as given, folders as the supported files in them.
  /// Paths that do not exist are left out.
  public func inputFiles(_ paths: [String]) -> [String] {
    paths.flatMap { path -> [String] in
      if case .success(let files) = expand(path) { return files }
      return []
    }
  }

  /// The content of one file.
  struct FileContent {
    var document = OKRDocument()
    var impliedUnits: [ImpliedUnit] = []
  }

  /// Reads one document from bytes, as if read from `file`.
  ///
  /// - Returns: The document (empty when the input could not be parsed) and every problem.
  public func read(_ bytes: [UInt8], file: String, format: InputFormat) -> (
    OKRDocument, [ImportProblem]
  ) {
    let (content, problems) = readContent(bytes, file: file, format: format)
    var document = content.document
    UnitKindInference.addUnits(content.impliedUnits, to: &document)
    return (document, problems)
  }

  private func readContent(_ bytes: [UInt8], file: String, format: InputFormat) -> (
    FileContent, [ImportProblem]
  ) {
    var log = ProblemLog(file: file, limit: limits.maximumProblemsPerFile)
    var bytes = bytes
    var content = FileContent()
    guard TextCheck.prepare(&bytes, log: &log) else { return (content, log.finished()) }
    switch format {
    case .yaml:
      if let tape = YAMLTapeReader().read(bytes, limits: limits, log: &log) {
        content.document = DocumentDecoder.decode(tape, log: &log)
      }
    case .json:
      if let tape = JSONTapeReader.read(bytes, limits: limits, log: &log) {
        content.document = DocumentDecoder.decode(tape, log: &log)
      }
    case .csv:
      let records = CSVParser.parse(bytes, log: &log)
      (content.document, content.impliedUnits) = CSVDocumentReader.read(records, log: &log)
    case .markdown:
      content.document = MarkdownReader.read(bytes, log: &log)
    }
    return (content, log.finished())
  }

  private func readFile(_ file: String) -> (FileContent, [ImportProblem]) {
    let nowhere = SourceLocation(file: file, line: 0)
    guard let format = InputFormat(path: file) else {
      let known = InputFormat.allCases.flatMap(\.extensions).map { "." + $0 }
      return (
        FileContent(),
        [
          ImportProblem(
            at: nowhere,
            "unknown file type; expected one of \(known.joined(separator: ", "))")
        ]
      )
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
    guard size <= limits.maximumFileSize else {
      return (
        FileContent(),
        [
          ImportProblem(
            at: nowhere,
            "the file has \(size) bytes, more than the limit of \(limits.maximumFileSize)")
        ]
      )
    }
    guard let data = FileManager.default.contents(atPath: file) else {
      return (FileContent(), [ImportProblem(at: nowhere, "the file cannot be read")])
    }
    return readContent([UInt8](data), file: file, format: format)
  }

  /// The files a path names: itself, or the supported files of a folder.
  private func expand(_ path: String) -> Result<[String], ImportProblem> {
    let nowhere = SourceLocation(file: path, line: 0)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      return .failure(ImportProblem(at: nowhere, "no such file or folder"))
    }
    guard isFolder.boolValue else { return .success([path]) }
    guard let walker = FileManager.default.enumerator(atPath: path) else {
      return .failure(ImportProblem(at: nowhere, "the folder cannot be read"))
    }
    var found: [String] = []
    while let relative = walker.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") {
        walker.skipDescendants()
        continue
      }
      let full = (path as NSString).appendingPathComponent(relative)
      var isSubfolder: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: full, isDirectory: &isSubfolder)
      if exists, !isSubfolder.boolValue, InputFormat(path: name) != nil { found.append(full) }
    }
    guard !found.isEmpty else {
      return .failure(ImportProblem(at: nowhere, "the folder holds no OKR files"))
    }
    return .success(found.sorted())
  }
}
