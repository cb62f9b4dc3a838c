import Foundation
import Testing

/// The headless browser `make deps` installs.
let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
  FileManager.default.isExecutableFile(atPath: $0)
}

/// Runs headless Chromium on a page, with the network pointed at a closed port.
func runChromium(_ arguments: [String]) throws -> ToolRun {
  let options = [
    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
    "--proxy-server=127.0.0.1:9", "--enable-logging=stderr", "--v=0",
  ]
  return try run(URL(fileURLWithPath: chromium!), options + arguments)
}

@Suite("Report in a browser", .serialized)
struct BrowserTests {
  @Test(.enabled(if: chromium != nil, "needs chromium: run make deps"))
  func theReportLoadsWithoutErrorsRequestsOrScript() throws {
    let folder = try temporaryFolder()
    let input = folder.appendingPathComponent("hostile.yaml")
    let yaml = #"""
      cycle: 2027-Q1
      organization: {id: ORG, name: "Acme <script>document.title='pwned'</script>"}
      units:
        - {id: T, name: "<img src=http://example.com/x.png onerror=alert(1)>", kind: team,
           parent: ORG}
      objectives:
        - {id: G, title: "Goal <iframe src=http://example.com></iframe>", unit: ORG}
        - {id: A, title: "</title><script>document.title='pwned'</script>", unit: T}
      """#
    try yaml.write(to: input, atomically: true, encoding: .utf8)
    let page = folder.appendingPathComponent("gaps.html")
    let report = try goalgraph("report", input.path, "-o", page.path)
    #expect(report.status == 0, "\(report.error)")

    let run = try runChromium(["--dump-dom", page.absoluteString])
    #expect(run.status == 0)
    let console = run.error.split(separator: "\n").filter { $0.contains(":CONSOLE") }
    #expect(console.isEmpty, "console: \(console)")
    let dom = run.output
    #expect(dom.contains("<title>Gap report: Acme &lt;script&gt;"))
    #expect(!dom.contains("pwned</title>"))
    #expect(!dom.contains("<script"))
    #expect(!dom.contains("<img"))
    #expect(!dom.contains("<iframe"))
    #expect(dom.contains("<svg"))

    let shot = folder.appendingPathComponent("report.png")
    let screenshot = try runChromium([
      "--window-size=1280,1600", "--screenshot=\(shot.path)", page.absoluteString,
    ])
    #expect(screenshot.status == 0)
    let png = try Data(contentsOf: shot)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }
}
