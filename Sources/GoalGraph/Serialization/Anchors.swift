/// A name for an objective or key result that is safe in a URL fragment and an HTML id:
/// letters, digits, `-` and `.` stay, everything else becomes `_` and its code in hex.
///
/// - Complexity: O(n) in the length of the id.
public func anchorName(for id: String) -> String {
  var name = "okr-"
  for scalar in id.unicodeScalars {
    if scalar.isASCII,
      scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        || scalar == "-" || scalar == "."
    {
      name.unicodeScalars.append(scalar)
    } else {
      name += "_" + String(scalar.value, radix: 16) + "_"
    }
  }
  return name
}
