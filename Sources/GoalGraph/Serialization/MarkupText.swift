/// Text from the input made safe inside XML and HTML, as element content or attribute value:
/// `&`, `<`, `>`, `"` and `'` as entities, and control characters (but line breaks and tabs)
/// as their Unicode pictures, so that they show instead of acting.
///
/// - Complexity: O(n) in the length of the text.
public func markupEscaped(_ text: String) -> String {
  // Most texts need nothing: find that out on the bytes, without building a new string.
  let needsWork = text.utf8.contains { byte in
    byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
      || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
      || byte == 0xC2 || byte == 0xE2 || byte == 0xEF
  }
  guard needsWork else { return text }
  var result = ""
  result.reserveCapacity(text.utf8.count + 16)
  for scalar in text.unicodeScalars {
    switch scalar {
    case "&": result += "&amp;"
    case "<": result += "&lt;"
    case ">": result += "&gt;"
    case "\"": result += "&quot;"
    case "'": result += "&#39;"
    case "\n", "\t": result.unicodeScalars.append(scalar)
    default: result.unicodeScalars.append(controlPicture(scalar))
    }
  }
  return result
}

/// A control character's picture (the U+2400 block), U+FFFD for other characters that must
/// not reach a terminal or a markup parser, and every other character as it is.
public func controlPicture(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
  switch scalar.value {
  case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar.value)!
  case 0x7F: "\u{2421}"
  case 0x80..<0xA0, 0xFFFE, 0xFFFF, 0x2028, 0x2029: "\u{FFFD}"
  default: scalar
  }
}
