/// A JSON value with ordered object keys, written deterministically.
public indirect enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized() == rhs.serialized()
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

  /// A string, or null when there is none.
  public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

  /// The value as JSON text: indented by two spaces when `pretty`, else on one line.
  ///
  /// - Complexity: O(n) in the size of the output.
  public func serialized(pretty: Bool = true) -> String {
    var output: [UInt8] = []
    write(to: &output, indent: pretty ? 0 : nil)
    return String(decoding: output, as: UTF8.self)
  }

  private func write(to output: inout [UInt8], indent: Int?) {
    switch self {
    case .null: output += Self.nullText
    case .bool(let value): output += value ? Array("true".utf8) : Array("false".utf8)
    case .int(let value): output += String(value).utf8
    case .double(let value):
      if !value.isFinite {
        output += Self.nullText
      } else if value == value.rounded() && abs(value) < 1e15 {
        output += String(Int(value)).utf8
      } else {
        output += "\(value)".utf8
      }
    case .string(let value): Self.quote(value, into: &output)
    case .array(let values):
      guard !values.isEmpty else {
        output += Array("[]".utf8)
        return
      }
      output.append(UInt8(ascii: "["))
      for (index, value) in values.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        Self.newline(&output, indent.map { $0 + 1 })
        value.write(to: &output, indent: indent.map { $0 + 1 })
      }
      Self.newline(&output, indent)
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else {
        output += Array("{}".utf8)
        return
      }
      output.append(UInt8(ascii: "{"))
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        Self.newline(&output, indent.map { $0 + 1 })
        Self.quote(key, into: &output)
        output.append(UInt8(ascii: ":"))
        if indent != nil { output.append(UInt8(ascii: " ")) }
        value.write(to: &output, indent: indent.map { $0 + 1 })
      }
      Self.newline(&output, indent)
      output.append(UInt8(ascii: "}"))
    }
  }

  private static let nullText = Array("null".utf8)

  private static func newline(_ output: inout [UInt8], _ indent: Int?) {
    guard let indent else { return }
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
  }

  /// Writes `text` as a JSON string: quotes, backslashes and control characters escaped, and
  /// `<` and the line separators U+2028 and U+2029 too, so that the output is also safe
  /// inside a script.
  static func quote(_ text: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    let bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""): output += Array("\\\"".utf8)
      case UInt8(ascii: "\\"): output += Array("\\\\".utf8)
      case UInt8(ascii: "\n"): output += Array("\\n".utf8)
      case UInt8(ascii: "\r"): output += Array("\\r".utf8)
      case UInt8(ascii: "\t"): output += Array("\\t".utf8)
      case UInt8(ascii: "<"): output += Array("\\u003c".utf8)
      case 0x00..<0x20, 0x7F:
        let hex = String(byte, radix: 16)
        output +=
          Array("\\u".utf8) + Array(repeating: UInt8(ascii: "0"), count: 4 - hex.count)
          + Array(hex.utf8)
      case 0xE2
      where index + 2 < bytes.count && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
        output += Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
        index += 2
      default:
        output.append(byte)
      }
      index += 1
    }
    output.append(UInt8(ascii: "\""))
  }

  /// Writes `text` as a JSON string into a `String`.
  static func quote(_ text: String, into output: inout String) {
    var bytes: [UInt8] = []
    quote(text, into: &bytes)
    output += String(decoding: bytes, as: UTF8.self)
  }
}
