import Foundation

/// Runs the built `goalgraph` tool and captures what it prints.
struct ToolRun {
  var status: Int32
  var output: String
  var error: String
}

/// The package's root folder.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// The `goalgraph` executable beside the test bundle.
let toolURL: URL = {
  let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  return bundle.appendingPathComponent("goalgraph")
}()

/// Runs goalgraph with arguments, in the package root, with no colour.
func goalgraph(
  _ arguments: String..., in folder: URL? = nil, environment extra: [String: String] = [:]
) throws -> ToolRun {
  try goalgraph(arguments: arguments, in: folder, environment: extra)
}

/// Runs goalgraph with an array of arguments.
func goalgraph(
  arguments: [String], in folder: URL? = nil, environment extra: [String: String] = [:]
) throws -> ToolRun {
  var environment = extra
  environment["NO_COLOR"] = "1"
  return try run(toolURL, arguments, in: folder ?? packageRoot, environment: environment)
}

/// Runs a program and waits for it; standard error goes to a file, so that neither stream
/// can fill up and block the program.
func run(
  _ executable: URL, _ arguments: [String], in folder: URL? = nil,
  environment extra: [String: String] = [:]
) throws -> ToolRun {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  if let folder { process.currentDirectoryURL = folder }
  process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
  let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent(
    "goalgraph-stderr-\(UUID().uuidString)")
  FileManager.default.createFile(atPath: errorFile.path, contents: nil)
  defer { try? FileManager.default.removeItem(at: errorFile) }
  let output = Pipe()
  process.standardOutput = output
  process.standardError = try FileHandle(forWritingTo: errorFile)
  try process.run()
  let outputData = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  let errorData = try Data(contentsOf: errorFile)
  return ToolRun(
    status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
    error: String(decoding: errorData, as: UTF8.self))
}

/// A fresh temporary folder.
func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "goalgraph-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
