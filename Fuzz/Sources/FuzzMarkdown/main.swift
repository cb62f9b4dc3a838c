import FuzzSupport

/// libFuzzer's entry for the Markdown importer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzImport(data, size, as: .markdown)
}
