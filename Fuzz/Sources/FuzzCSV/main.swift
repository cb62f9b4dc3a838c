import FuzzSupport

/// libFuzzer's entry for the CSV importer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzImport(data, size, as: .csv)
}
