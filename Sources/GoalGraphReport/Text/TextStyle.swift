/// Colours and emphasis for a terminal, or nothing at all when writing to a pipe or when the
/// user asked for no colour.
public struct TextStyle: Sendable {
  public var colored: Bool

  public init(colored: Bool) {
    self.colored = colored
  }

  /// Plain text, for pipes and files.
  public static let plain = TextStyle(colored: false)

  func bold(_ text: String) -> String { wrap(text, "1") }

  func dim(_ text: String) -> String { wrap(text, "2") }

  func severity(_ severity: String, _ text: String) -> String {
    switch severity {
    case "error": wrap(text, "1;31")
    case "warning": wrap(text, "1;33")
    default: wrap(text, "1;36")
    }
  }

  private func wrap(_ text: String, _ code: String) -> String {
    colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

/// Makes text from the input safe to print on a terminal: control characters (escape
/// sequences among them) are shown as `\u{…}` instead of being obeyed.
///
/// - Complexity: O(n).
public func terminalSafe(_ text: String) -> String {
  guard text.unicodeScalars.contains(where: isControl) else { return text }
  var result = ""
  for scalar in text.unicodeScalars {
    if isControl(scalar) {
      result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
    } else {
      result.unicodeScalars.append(scalar)
    }
  }
  return result
}

private func isControl(_ scalar: Unicode.Scalar) -> Bool {
  let value = scalar.value
  return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
}
