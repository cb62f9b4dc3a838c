/// A YAML or JSON document flattened into one array of events, in document order.
///
/// Both parsers write a tape, and one decoder reads it into the model, so that YAML and JSON
/// mean exactly the same. A start event knows where its node ends, so that the decoder can
/// step over any node in O(1) and never recurses into the input's own nesting.
struct Tape {
  enum Kind: UInt8 {
    case mappingStart
    case mappingEnd
    case sequenceStart
    case sequenceEnd
    case scalar
  }

  /// How a scalar was written, which decides whether `~` or `12` means a text.
  enum Style: UInt8 {
    /// A YAML plain scalar: `null`, `~` and the empty scalar mean nothing.
    case plain
    /// A quoted YAML scalar, or a JSON string: always text.
    case quoted
    /// A JSON number, kept as written.
    case number
    /// A JSON `true` or `false`.
    case boolean
    /// A JSON `null`.
    case null
  }

  struct Event {
    var kind: Kind
    var style: Style
    var line: Int32
    var column: Int32
    /// For a start event, the index of its end event; otherwise its own index.
    var end: Int32
    var text: String
  }

  private(set) var events: [Event] = []
  /// Indices of the start events not yet closed.
  private var open: [Int] = []
  let maximumDepth: Int

  init(maximumDepth: Int) {
    self.maximumDepth = maximumDepth
  }

  var depth: Int { open.count }

  /// Opens a mapping or a list; returns `false` when the nesting is too deep.
  mutating func start(_ kind: Kind, line: Int, column: Int) -> Bool {
    guard open.count < maximumDepth else { return false }
    open.append(events.count)
    events.append(
      Event(
        kind: kind, style: .plain, line: Int32(clamping: line), column: Int32(clamping: column),
        end: Int32(events.count), text: ""))
    return true
  }

  /// Closes the innermost open mapping or list.
  mutating func end(_ kind: Kind, line: Int, column: Int) {
    guard let start = open.popLast() else { return }
    events[start].end = Int32(events.count)
    events.append(
      Event(
        kind: kind, style: .plain, line: Int32(clamping: line), column: Int32(clamping: column),
        end: Int32(events.count), text: ""))
  }

  mutating func scalar(_ text: String, style: Style, line: Int, column: Int) {
    events.append(
      Event(
        kind: .scalar, style: style, line: Int32(clamping: line),
        column: Int32(clamping: column), end: Int32(events.count), text: text))
  }

  /// Appends a copy of the node that spans `range`, as a YAML alias does.
  mutating func copy(_ range: Range<Int>) {
    let shift = Int32(events.count - range.lowerBound)
    for index in range {
      var event = events[index]
      event.end += shift
      events.append(event)
    }
  }

  /// The index just past the node that starts at `index`.
  func after(_ index: Int) -> Int { Int(events[index].end) + 1 }

  /// The indices of the root nodes: one per YAML document, one for JSON.
  var roots: [Int] {
    var roots: [Int] = []
    var index = 0
    while index < events.count {
      roots.append(index)
      index = after(index)
    }
    return roots
  }
}
