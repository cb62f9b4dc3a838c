/// Breaks text into lines of at most `width` characters at spaces; the first line starts
/// after `prefix`, the others are indented by `indent` spaces. A word longer than the width
/// gets a line of its own.
///
/// - Complexity: O(n) in the length of the text.
func wrap(_ text: String, prefix: String, indent: Int, width: Int?) -> [String] {
  guard let width, prefix.count + text.count > width else { return [prefix + text] }
  var lines: [String] = []
  var line = prefix
  var lineHasWord = false
  let margin = String(repeating: " ", count: indent)
  for word in text.split(separator: " ", omittingEmptySubsequences: false) {
    if lineHasWord && line.count + 1 + word.count > width {
      lines.append(line)
      line = margin
      lineHasWord = false
    }
    line += (lineHasWord ? " " : "") + word
    lineHasWord = true
  }
  lines.append(line)
  return lines
}
