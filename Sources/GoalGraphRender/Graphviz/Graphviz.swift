import CGraphviz
import Foundation

/// The one door to Graphviz's C libraries (cgraph and gvc).
///
/// Graphviz keeps process-wide state (its error handler and error count, plugin tables) and
/// crashes when two threads lay out at once, so every call goes through one lock. Everything
/// Graphviz allocates for a drawing (graph, layout, rendered data) is freed before the lock is
/// released; the context lives as long as the process.
public enum Graphviz {
  private static let lock = NSLock()

  /// Messages Graphviz reported during the current call. Written by the error callback, which
  /// runs only while `lock` is held.
  nonisolated(unsafe) private static var messages: [String] = []
  nonisolated(unsafe) private static var pending = ""

  /// One context for the life of the process. Graphviz's text layout plugin remembers the
  /// last font name by pointer, into the context's font table: a context freed after each
  /// drawing would leave that pointer dangling for the next one.
  nonisolated(unsafe) private static var sharedContext: OpaquePointer?

  /// Lays out a graph given as DOT text and draws it.
  ///
  /// - Parameters:
  ///   - dot: The graph in the DOT language.
  ///   - engine: The layout engine: `dot`, `sfdp`, `neato`, ...
  ///   - format: The output format: `svg`, `png`, `pdf`, ...
  /// - Returns: The drawing's bytes.
  /// - Throws: `RenderError` when the engine or format is unknown, or Graphviz reports an
  ///   error (checked after layout and after drawing, not only by return codes).
  public static func render(dot: String, engine: String, format: String) throws(RenderError)
    -> [UInt8]
  {
    lock.lock()
    defer { lock.unlock() }
    messages = []
    pending = ""
    _ = agreseterrors()
    let previousHandler = agseterrf(collect)
    defer { _ = agseterrf(previousHandler) }

    if sharedContext == nil { sharedContext = gvContext() }
    guard let context = sharedContext else { throw .graphviz(["no Graphviz context"]) }
    guard let graph = dot.withCString({ goalgraph_read_dot($0) }) else {
      throw .unreadableChart(flushedMessages().joined(separator: "; "))
    }
    defer { agclose(graph) }

    guard gvLayout(context, graph, engine) == 0 else {
      throw .unknownEngine(engine, available: plugins(context, "layout"))
    }
    defer { gvFreeLayout(context, graph) }
    if agerrors() > 0 { throw .graphviz(flushedMessages()) }

    var data: UnsafeMutablePointer<CChar>?
    var length: UInt32 = 0
    guard gvRenderData(context, graph, format, &data, &length) == 0, let data else {
      throw .unknownFormat(format, available: plugins(context, "device"))
    }
    defer { gvFreeRenderData(data) }
    if agerrors() > 0 { throw .graphviz(flushedMessages()) }
    return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
      Array(UnsafeBufferPointer(start: $0, count: Int(length)))
    }
  }

  /// The names of the installed plugins of a kind (`layout`, `device`), without duplicates.
  private static func plugins(_ context: OpaquePointer, _ kind: String) -> [String] {
    var count: Int32 = 0
    guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
    defer { free(list) }
    var names: [String] = []
    for index in 0..<Int(count) {
      guard let entry = list[index] else { continue }
      let name = String(String(cString: entry).prefix { $0 != ":" })
      free(entry)
      if !names.contains(name) { names.append(name) }
    }
    return names.sorted()
  }

  private static func flushedMessages() -> [String] {
    if !pending.isEmpty {
      messages.append(pending)
      pending = ""
    }
    if messages.isEmpty, let last = aglasterr() {
      messages.append(String(cString: last).trimmingCharacters(in: .whitespacesAndNewlines))
      free(last)
    }
    return messages.filter { !$0.isEmpty }
  }
}

/// Graphviz's error callback: it may receive a message in pieces, so pieces are joined until
/// a newline ends the message.
private func collect(_ fragment: UnsafeMutablePointer<CChar>?) -> Int32 {
  guard let fragment else { return 0 }
  Graphviz.appendFragment(String(cString: fragment))
  return 0
}

extension Graphviz {
  fileprivate static func appendFragment(_ fragment: String) {
    pending += fragment
    while let newline = pending.firstIndex(of: "\n") {
      let message = pending[..<newline].trimmingCharacters(in: .whitespaces)
      messages.append(message.replacingOccurrences(of: "Error: ", with: ""))
      pending = String(pending[pending.index(after: newline)...])
    }
  }
}
