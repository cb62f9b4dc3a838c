import GoalGraph
import GoalGraphImport

/// libFuzzer's entry: every input must import, or fail with problems that name a line, and
/// the document must build a graph and be analysed without a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let limits = ImportLimits(maximumFileSize: 1 << 20, maximumAliasExpansion: 100_000)
  let (document, problems) = Importer(limits: limits).read(
    bytes, file: "fuzz.md", format: .markdown)
  for problem in problems where problem.severity == .error {
    precondition(!problem.message.isEmpty, "an error without a message")
  }
  _ = SupportGraph(document).analyse()
  return 0
}
