/// The chart's legend: one node with a small table of what lines and marks mean.
enum Legend {
  static func lines(findings: Bool, changes: Bool = false) -> [String] {
    var rows: [(sample: String, color: String, text: String)] = [
      ("━━━", Palette.alignment, "aligns to"),
      ("━━━", Palette.contribution, "committed contribution"),
      ("╍╍╍", Palette.contribution, "requested contribution"),
      ("┈┈┈", Palette.connection, "relates to, depends on"),
    ]
    if findings {
      rows += [
        ("┈┈┈", Palette.similarity, "says the same (duplicate?, overlap)"),
        ("▭", Palette.warning, "island, detached group"),
        ("▭", Palette.problem, "goal without support, loop"),
        ("▭", Palette.similarity, "split?  bundles two themes"),
      ]
    }
    if changes {
      rows.append(("━━━", Palette.change, "new or changed since the earlier version"))
    }
    let cells = rows.map { row in
      "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(row.color)\">\(row.sample)</FONT></TD>"
        + "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"8\">\(row.text)</FONT></TD></TR>"
    }.joined()
    let table =
      "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
      + "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>" + cells + "</TABLE>"
    return [
      "  legend [id=\"chart-legend\", shape=box, style=\"rounded\", "
        + "color=\"\(Palette.neutralBorder)\", "
        + "label=<\(table)>];",
      "  { rank=min; legend; }",
    ]
  }
}
