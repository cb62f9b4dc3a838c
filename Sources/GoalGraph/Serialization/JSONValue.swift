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
  public func serialized(pretty: Bool = true) -> String {
    var output = ""
    write(to: &output, indent: pretty ? 0 : nil)
    return output
  }

  private func write(to output: inout String, indent: Int?) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .int(let value): output += String(value)
    case .double(let value):
      if value.isFinite {
        output += value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
      } else {
        output += "null"
      }
    case .string(let value): Self.quote(value, into: &output)
    case .array(let values):
      guard !values.isEmpty else {
        output += "[]"
        return
      }
      output += "["
      for (index, value) in values.enumerated() {
        if index > 0 { output += "," }
        Self.newline(&output, indent.map { $0 + 1 })
        value.write(to: &output, indent: indent.map { $0 + 1 })
      }
      Self.newline(&output, indent)
      output += "]"
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      output += "{"
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { output += "," }
        Self.newline(&output, indent.map { $0 + 1 })
        Self.quote(key, into: &output)
        output += indent == nil ? ":" : ": "
        value.write(to: &output, indent: indent.map { $0 + 1 })
      }
      Self.newline(&output, indent)
      output += "}"
    }
  }

  private static func newline(_ output: inout String, _ indent: Int?) {
    guard let indent else { return }
    output += "\n" + String(repeating: "  ", count: indent)
  }

  /// Writes `text` as a JSON string: quotes, backslashes and control characters escaped, and
  /// the line separators U+2028 and U+2029 too, so that the output is also safe inside a
  /// script.
  static func quote(_ text: String, into output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{2028}": output += "\\u2028"
      case "\u{2029}": output += "\\u2029"
      case "<": output += "\\u003c"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }
}
