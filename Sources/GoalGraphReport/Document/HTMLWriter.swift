import GoalGraph

/// Writes a report document as one self-contained HTML page: inline CSS, the chart as inline
/// SVG, no script and no request to the network (a content security policy forbids both).
/// Text from the input is escaped everywhere.
enum HTMLWriter {
  /// - Parameters:
  ///   - chart: The goal chart as SVG, from the renderer; placed where the document says.
  ///   - reloadSeconds: When set, the page reloads itself this often (for `--watch`).
  static func write(_ document: ReportDocument, chart: String?, reloadSeconds: Int? = nil)
    -> String
  {
    let reload = reloadSeconds.map { "<meta http-equiv=\"refresh\" content=\"\($0)\">\n" } ?? ""
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" \
      content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
      \(reload)<title>\(escape(document.title))</title>
      <style>
      \(stylesheet)
      </style>
      </head>
      <body>
      <main>
      <h1>\(escape(document.title))</h1>

      """
    // One growing string: a large report has hundreds of thousands of small pieces.
    html.reserveCapacity(1 << 20)
    let outline = document.outline
    for block in document.blocks {
      render(block, outline: outline, chart: chart, into: &html)
      html += "\n"
    }
    html += "</main>\n</body>\n</html>\n"
    return html
  }

  private static func render(
    _ block: ReportDocument.Block, outline: [(level: Int, text: String, anchor: String)],
    chart: String?, into html: inout String
  ) {
    switch block {
    case .heading(let level, let text, let anchor):
      let tag = "h\(min(max(level, 2), 6))"
      html += "<\(tag)"
      if let anchor { html += " id=\"\(anchor)\"" }
      html += ">"
      html += escape(text)
      html += "</\(tag)>"
    case .paragraph(let inlines):
      html += "<p>"
      inline(inlines, into: &html)
      html += "</p>"
    case .list(let items):
      html += "<ul>"
      for item in items {
        html += "<li>"
        inline(item, into: &html)
        html += "</li>"
      }
      html += "</ul>"
    case .items(let items):
      html += "<ul class=\"findings\">"
      for item in items {
        html += "<li>"
        for block in item { render(block, outline: outline, chart: chart, into: &html) }
        html += "</li>"
      }
      html += "</ul>"
    case .table(let header, let rows, let numeric):
      func open(_ tag: String, _ index: Int) {
        html += numeric.contains(index) ? "<\(tag) class=\"number\">" : "<\(tag)>"
      }
      html += "<table><thead><tr>"
      for (index, title) in header.enumerated() {
        open("th", index)
        html += escape(title) + "</th>"
      }
      html += "</tr></thead><tbody>\n"
      for row in rows {
        html += "<tr>"
        for (index, cell) in row.enumerated() {
          open("td", index)
          inline(cell, into: &html)
          html += "</td>"
        }
        html += "</tr>\n"
      }
      html += "</tbody></table>"
    case .contents:
      html += "<nav class=\"contents\"><h2>Contents</h2><ul>"
      var open = false
      for entry in outline {
        if entry.level == 3 && !open {
          html += "<ul>"
          open = true
        } else if entry.level == 2 && open {
          html += "</ul>"
          open = false
        }
        html += "<li><a href=\"#\(entry.anchor)\">\(escape(entry.text))</a></li>"
      }
      if open { html += "</ul>" }
      html += "</ul></nav>"
    case .chart:
      guard let chart else { return }
      html += "<figure class=\"chart\">" + inlineSVG(chart) + "</figure>"
    case .anchored(let anchor, let blocks):
      html += "<div id=\"\(anchor)\" class=\"anchored\">"
      for block in blocks { render(block, outline: outline, chart: chart, into: &html) }
      html += "</div>"
    }
  }

  private static func inline(_ parts: [ReportDocument.Inline], into html: inout String) {
    for part in parts {
      switch part {
      case .text(let text): html += escape(text)
      case .strong(let inner):
        html += "<strong>"
        inline(inner, into: &html)
        html += "</strong>"
      case .code(let text):
        html += "<code>"
        html += escape(text)
        html += "</code>"
      case .link(let inner, let anchor):
        html += "<a href=\"#"
        html += escape(anchor)
        html += "\">"
        inline(inner, into: &html)
        html += "</a>"
      case .severity(let text):
        html += "<span class=\"severity "
        html += text
        html += "\">"
        html += text
        html += "</span>"
      case .muted(let inner):
        html += "<span class=\"muted\">"
        inline(inner, into: &html)
        html += "</span>"
      }
    }
  }

  /// Graphviz's SVG without its XML declaration and doctype, to sit inside HTML.
  static func inlineSVG(_ svg: String) -> String {
    let marker = Array("<svg".utf8)
    let bytes = Array(svg.utf8)
    guard marker.count <= bytes.count,
      let start = (0...(bytes.count - marker.count)).first(where: {
        bytes[$0..<$0 + marker.count].elementsEqual(marker)
      })
    else { return "" }
    return String(decoding: bytes[start...], as: UTF8.self)
  }

  /// Text for HTML element content and attribute values.
  static func escape(_ text: String) -> String { markupEscaped(text) }

  static let stylesheet = """
    :root { --text: #1f2933; --muted: #6b7780; --line: #d9dde1; --accent: #2f6db5;
      --error: #c0392b; --warning: #d9730d; --info: #2b7a8b; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--text); background: #fff;
      font: 15px/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
    main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
    h1 { font-size: 1.7rem; margin: 0 0 0.5rem; }
    h2 { font-size: 1.3rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem;
      border-bottom: 2px solid var(--line); }
    h3 { font-size: 1.08rem; margin: 1.6rem 0 0.4rem; }
    h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
    a { color: var(--accent); text-decoration: none; }
    a:hover { text-decoration: underline; }
    code { font: 0.88em "DejaVu Sans Mono", Menlo, Consolas, monospace; background: #f3f4f6;
      padding: 0.05em 0.3em; border-radius: 3px; }
    .muted { color: var(--muted); }
    table { border-collapse: collapse; margin: 0.6rem 0 1rem; font-size: 0.92rem; }
    th, td { text-align: left; padding: 0.3rem 0.7rem; border-bottom: 1px solid var(--line);
      vertical-align: top; }
    th { font-weight: 600; background: #f7f8f9; }
    td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
    ul.findings { list-style: none; padding-left: 0; }
    ul.findings > li { margin: 0.5rem 0; padding: 0.5rem 0.8rem; border-left: 4px solid var(--line);
      background: #fafbfb; }
    ul.findings p { margin: 0.15rem 0; }
    .severity { display: inline-block; min-width: 4.4em; font-size: 0.75rem; font-weight: 700;
      text-transform: uppercase; letter-spacing: 0.03em; }
    .severity.error { color: var(--error); }
    .severity.warning { color: var(--warning); }
    .severity.info { color: var(--info); }
    :target { outline: 3px solid #f1c40f; outline-offset: 2px; }
    nav.contents { background: #f7f8f9; padding: 0.6rem 1.2rem; border-radius: 6px; }
    nav.contents h2 { border: 0; margin: 0.3rem 0; font-size: 1.05rem; }
    nav.contents ul { margin: 0.2rem 0; padding-left: 1.2rem; }
    figure.chart { margin: 1rem 0; overflow: auto; border: 1px solid var(--line);
      border-radius: 6px; max-height: 80vh; }
    figure.chart svg { display: block; }
    @media print {
      body { font-size: 10.5pt; }
      main { max-width: none; padding: 0; }
      nav.contents { display: none; }
      figure.chart { max-height: none; overflow: visible; border: 0; page-break-inside: avoid; }
      figure.chart svg { max-width: 100%; height: auto; }
      h2 { page-break-before: always; }
      h2:first-of-type { page-break-before: avoid; }
      ul.findings > li, tr { page-break-inside: avoid; }
      a { color: inherit; }
    }
    """
}
