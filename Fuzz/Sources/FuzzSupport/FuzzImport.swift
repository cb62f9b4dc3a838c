import GoalGraph
@_exported import GoalGraphImport

/// The body of every fuzz target: the input must import, or fail with problems that each say
/// what is wrong, and the document must build a graph and be analysed without a crash.
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int, as format: InputFormat)
  -> CInt
{
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let limits = ImportLimits(maximumFileSize: 1 << 20, maximumAliasExpansion: 100_000)
  let (document, problems) = Importer(limits: limits).read(
    bytes, file: "fuzz.\(format.extensions[0])", format: format)
  for problem in problems where problem.severity == .error {
    precondition(!problem.message.isEmpty, "an error without a message")
  }
  _ = SupportGraph(document).analyse()
  return 0
}
