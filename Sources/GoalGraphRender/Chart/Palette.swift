/// The colours of the goal chart: calm fills for units, strong colours only for what needs
/// attention. Chosen to stay apart when projected and when printed in grey.
enum Palette {
  /// Fill and border of the clusters of each team of teams and its teams, in turn.
  static let families: [(fill: String, teamFill: String, border: String)] = [
    ("#eef4fb", "#dde9f7", "#8fb0d6"),  // blue
    ("#eef7f0", "#dcefe0", "#8cc29a"),  // green
    ("#fbf3ea", "#f6e6d2", "#d7ac79"),  // sand
    ("#f4eff9", "#e7ddf3", "#ab94cf"),  // lilac
    ("#eaf6f7", "#d5eef0", "#7fbcc2"),  // teal
    ("#faeef1", "#f4dbe1", "#d497a6"),  // rose
    ("#f3f5e8", "#e6ebcf", "#b2bd79"),  // olive
    ("#f0f1f3", "#e2e5e9", "#a3abb5"),  // grey
  ]

  static let organizationFill = "#f3f3f1"
  static let leadershipFill = "#efeff4"
  static let neutralBorder = "#a7adb3"

  static let text = "#1f2933"
  static let mutedText = "#6b7780"
  static let nodeBorder = "#5b6770"
  static let nodeFill = "#ffffff"
  static let contextFill = "#f7f7f7"

  static let alignment = "#5b6770"
  static let contribution = "#2f6db5"
  static let declined = "#b03a2e"
  static let connection = "#9aa3ab"
  static let similarity = "#8e44ad"

  static let change = "#1e8449"
  static let problem = "#c0392b"
  static let warning = "#d9730d"
  static let notice = "#7d6608"
}
