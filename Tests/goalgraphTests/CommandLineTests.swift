import Foundation
import Testing

@Suite("Command line")
struct CommandLineTests {
  @Test func helpAndVersion() throws {
    let help = try goalgraph("--help")
    #expect(help.status == 0)
    #expect(help.output.contains("check"))
    #expect(help.output.contains("convert"))
    let checkHelp = try goalgraph("check", "--help")
    #expect(checkHelp.status == 0)
    #expect(checkHelp.output.contains("--fail-on SEVERITY"))
    #expect(try goalgraph("help", "convert").output.contains("usage: goalgraph convert"))
    #expect(try goalgraph("--version").output.hasPrefix("goalgraph "))
  }

  @Test func usageErrorsSuggestWhatWasMeant() throws {
    let option = try goalgraph("check", "--fomat", "json", "samples/acme.yaml")
    #expect(option.status == 2)
    #expect(option.error.contains("unknown option --fomat; did you mean --format?"))
    let command = try goalgraph("chek", "samples/acme.yaml")
    #expect(command.status == 2)
    #expect(command.error.contains("did you mean check?"))
    let choice = try goalgraph("check", "--fail-on", "warn", "samples/acme.yaml")
    #expect(choice.error.contains("did you mean warning?"))
    let code = try goalgraph("check", "--only", "islands", "samples/acme.yaml")
    #expect(code.error.contains("did you mean island?"))
    #expect(try goalgraph("check").status == 2)
    #expect(try goalgraph().status == 2)
  }

  @Test func exitCodesFollowFailOn() throws {
    #expect(try goalgraph("check", "samples/acme.yaml").status == 0)
    #expect(try goalgraph("check", "samples/acme.yaml", "--fail-on", "warning").status == 1)
    let onlyInfo = try goalgraph(
      "check", "samples/acme.yaml", "--fail-on", "warning", "--only", "unmeasurable")
    #expect(onlyInfo.status == 0)
    #expect(try goalgraph("check", "samples/errors/cycle.yaml").status == 1)
    #expect(try goalgraph("check", "samples/errors/wrong-type.yaml").status == 2)
    #expect(try goalgraph("check", "no/such/file.yaml").status == 2)
  }

  @Test func inputErrorsNameFileLineAndColumn() throws {
    let run = try goalgraph("check", "samples/errors/wrong-type.yaml")
    #expect(run.output.isEmpty)
    #expect(
      run.error.contains(
        "samples/errors/wrong-type.yaml:19:7: error: expected a text for title, found a list"))
  }

  @Test func jsonOutputFollowsTheSchema() throws {
    let run = try goalgraph("check", "samples/acme.yaml", "--format", "json")
    let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
    #expect(object?["schema"] as? String == "goalgraph-check/1")
    let findings = try #require(object?["findings"] as? [[String: Any]])
    #expect(findings.contains { $0["code"] as? String == "island" && $0["line"] as? Int == 405 })
    let counts = try #require(object?["counts"] as? [String: Int])
    #expect(counts["warning"] == findings.filter { $0["severity"] as? String == "warning" }.count)
  }

  @Test func unitFilterKeepsOnlyThatUnit() throws {
    let run = try goalgraph("check", "samples/acme.yaml", "--unit", "APP", "--format", "json")
    let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
    let findings = try #require(object?["findings"] as? [[String: Any]])
    #expect(!findings.isEmpty)
    for finding in findings {
      let ids = finding["ids"] as? [String] ?? []
      #expect(ids.contains { $0 == "APP" || $0.hasPrefix("APP-") })
    }
    #expect(try goalgraph("check", "samples/acme.yaml", "--unit", "APPP").error.contains("APP"))
  }

  @Test func textOutputIsPlainInAPipe() throws {
    let run = try goalgraph("check", "samples/acme.yaml")
    #expect(!run.output.contains("\u{1B}["))
    #expect(run.output.contains("1. Does it make sense to connect the island OKRs?"))
    #expect(run.output.contains("findings: 0 errors, 8 warnings"))
  }

  @Test func hostileTitlesCannotControlTheTerminal() throws {
    let folder = try temporaryFolder()
    let file = folder.appendingPathComponent("evil.yaml")
    let text = """
      organization: ORG
      units: [{id: T, kind: team, parent: ORG}]
      objectives:
        - {id: G, title: Goal, unit: ORG}
        - {id: "X\\e[31m", title: "Red \\e]0;pwned\\a text", unit: T}
      """
    try text.write(to: file, atomically: true, encoding: .utf8)
    let run = try goalgraph("check", file.path)
    #expect(!run.output.contains("\u{1B}"))
    #expect(!run.output.contains("\u{07}"))
    #expect(run.output.contains("Red \\u{1B}]0;pwned\\u{7} text"))
  }

  @Test func convertRoundTripsAndRefusesToOverwriteItsInput() throws {
    let folder = try temporaryFolder()
    let yaml = folder.appendingPathComponent("acme.yaml").path
    let json = folder.appendingPathComponent("acme.json").path
    let csv = folder.appendingPathComponent("acme.csv").path
    #expect(try goalgraph("convert", "samples/acme.yaml", "-o", json).status == 0)
    #expect(try goalgraph("convert", json, "-o", csv).status == 0)
    #expect(
      try goalgraph(
        "convert", csv, csv.replacingOccurrences(of: ".csv", with: "-units.csv"),
        csv.replacingOccurrences(of: ".csv", with: "-links.csv"), "-o", yaml
      ).status == 0)
    let original = try goalgraph("convert", "samples/acme.yaml", "-o", "-").output
    let travelled = try goalgraph("convert", yaml, "-o", "-").output
    #expect(original == travelled)
    let refused = try goalgraph("convert", yaml, "-o", yaml)
    #expect(refused.status == 2)
    #expect(refused.error.contains("is one of the inputs"))
  }
}

@Suite("Render command")
struct RenderCommandTests {
  @Test func writesEachFormatFromTheFileName() throws {
    let folder = try temporaryFolder()
    for format in ["svg", "png", "pdf", "dot"] {
      let path = folder.appendingPathComponent("chart.\(format)").path
      let run = try goalgraph("render", "samples/acme.yaml", "-o", path)
      #expect(run.status == 0, "\(format): \(run.error)")
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      #expect(data.count > 1_000)
    }
    let stdout = try goalgraph("render", "samples/acme.yaml", "-o", "-")
    #expect(stdout.output.hasPrefix("<?xml"))
  }

  @Test func runsTwiceToTheSameBytes() throws {
    let first = try goalgraph("render", "samples/acme.yaml", "-o", "-").output
    let second = try goalgraph("render", "samples/acme.yaml", "-o", "-").output
    #expect(first == second)
  }

  @Test func aBrokenPluginConfigurationIsExplained() throws {
    let folder = try temporaryFolder()
    let run = try goalgraph(
      "render", "samples/acme.yaml", "-o", folder.appendingPathComponent("x.svg").path,
      environment: ["GVBINDIR": folder.path])
    #expect(run.status == 2)
    #expect(run.error.contains("plugin configuration is missing or broken"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.svg").path))
  }

  @Test func aFailedRunKeepsTheOldFile() throws {
    let folder = try temporaryFolder()
    let path = folder.appendingPathComponent("chart.svg").path
    try "old".write(toFile: path, atomically: true, encoding: .utf8)
    let run = try goalgraph("render", "samples/acme.yaml", "-o", path, "--focus", "NOPE-1")
    #expect(run.status == 2)
    #expect(run.error.contains("no objective or key result has the id NOPE-1"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(leftovers == ["chart.svg"])
  }

  @Test func largeChartsSaySoAndFold() throws {
    let run = try goalgraph("render", "samples/acme.yaml", "-o", "-", "--max-nodes", "20")
    #expect(run.status == 0)
    #expect(run.error.contains("drawing one box per unit"))
    #expect(run.output.contains("Rider App"))
  }
}

@Suite("Report command")
struct ReportCommandTests {
  @Test(arguments: ["acme.yaml", "csv/team-sheet.csv", "csv/viva-goals-export.csv"])
  func writesHTMLAndMarkdownForTheSamples(sample: String) throws {
    let folder = try temporaryFolder()
    let html = folder.appendingPathComponent("gaps.html").path
    let markdown = folder.appendingPathComponent("gaps.md").path
    #expect(try goalgraph("report", "samples/" + sample, "-o", html).status == 0)
    #expect(try goalgraph("report", "samples/" + sample, "-o", markdown).status == 0)
    let page = try String(contentsOfFile: html, encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("<svg"))
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("gaps.svg").path))
    let text = try String(contentsOfFile: markdown, encoding: .utf8)
    #expect(text.contains("![The goal chart](gaps.svg)"))
  }

  @Test func countsMatchCheck() throws {
    let check = try goalgraph("check", "samples/acme.yaml", "--format", "json")
    let object = try JSONSerialization.jsonObject(with: Data(check.output.utf8)) as? [String: Any]
    let findings = try #require(object?["findings"] as? [[String: Any]])
    let report = try goalgraph("report", "samples/acme.yaml", "-o", "-", "--no-chart")
    let anchors = report.output.components(separatedBy: "id=\"finding-").count - 1
    #expect(anchors == findings.count)
  }

  @Test func actionsListWhoWhatWhen() throws {
    let folder = try temporaryFolder()
    let actions = folder.appendingPathComponent("actions.csv").path
    #expect(try goalgraph("report", "samples/acme.yaml", "--actions", actions).status == 0)
    let csv = try String(contentsOfFile: actions, encoding: .utf8)
    #expect(csv.hasPrefix("Who,What,When,Unit,Finding,IDs\r\n"))
    #expect(csv.contains("Tobias Lindqvist,"))
  }
}

@Suite("Schedule command")
struct ScheduleCommandTests {
  @Test func textMarkdownAndCSV() throws {
    let text = try goalgraph("schedule", "samples/acme.yaml", "--start", "14:00")
    #expect(text.status == 0)
    #expect(text.output.hasPrefix("Round 1  14:00–14:10"))
    #expect(text.output.contains("Follow-ups (Who, What, When board): 0"))
    let markdown = try goalgraph("schedule", "samples/acme.yaml", "--format", "markdown")
    #expect(markdown.output.contains("| Round | Time | Talk | Priority | Why |"))
    let csv = try goalgraph("schedule", "samples/acme.yaml", "--format", "csv", "--rounds", "2")
    let rows = csv.output.split(separator: "\r\n")
    #expect(rows.first == "Round,Time,Unit,Other unit,Coaches,Priority,Why")
    #expect(rows.contains { $0.hasPrefix("follow-up,") })
  }

  @Test func badTimesAreUsageErrors() throws {
    let run = try goalgraph("schedule", "samples/acme.yaml", "--start", "25:00")
    #expect(run.status == 2)
    #expect(run.error.contains("--start needs a time"))
  }
}

@Suite("Diff command")
struct DiffCommandTests {
  @Test func beforeAndAfterTheSession() throws {
    let text = try goalgraph("diff", "samples/acme.yaml", "samples/acme-after.yaml")
    #expect(text.status == 0)
    #expect(text.output.contains("GRDE-3 → GRDE-4"))
    #expect(text.output.contains("GRFR-3 contributes to LT-4 (requested → committed)"))
    #expect(text.output.contains("[unsupported-goal]"))
    let json = try goalgraph("diff", "samples/acme.yaml", "samples/acme-after.yaml", "-f", "json")
    let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
    #expect(object?["schema"] as? String == "goalgraph-diff/1")
    let markdown = try goalgraph(
      "diff", "samples/acme.yaml", "samples/acme-after.yaml", "-f", "markdown")
    #expect(markdown.output.contains("## Findings resolved"))
    let strict = try goalgraph(
      "diff", "samples/acme.yaml", "samples/acme-after.yaml", "--fail-on", "info")
    #expect(strict.status == 1)
  }

  @Test func renderMarksTheChanges() throws {
    let run = try goalgraph(
      "render", "samples/acme-after.yaml", "--diff", "samples/acme.yaml", "-o", "-", "-f", "dot")
    #expect(run.status == 0)
    #expect(run.output.contains(">renamed<"))
    #expect(run.output.contains("removed: CORP-2"))
    #expect(run.output.contains("color=\"#1e8449\""))
  }
}

@Suite("Watch mode")
struct WatchTests {
  /// Waits until a condition holds, checking every tenth of a second, for at most 30 s.
  func eventually(_ condition: () -> Bool) -> Bool {
    for _ in 0..<300 {
      if condition() { return true }
      usleep(100_000)
    }
    return condition()
  }

  @Test func redrawsOnChangeKeepsTheLastGoodOutputAndStopsOnCtrlC() throws {
    let folder = try temporaryFolder()
    let input = folder.appendingPathComponent("okrs.yaml")
    let output = folder.appendingPathComponent("chart.svg")
    let original = try String(
      contentsOfFile: "\(packageRoot.path)/samples/acme.yaml", encoding: .utf8)
    try original.write(to: input, atomically: true, encoding: .utf8)

    let process = Process()
    process.executableURL = toolURL
    process.arguments = ["render", input.path, "-o", output.path, "--watch"]
    let errorFile = folder.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    process.standardError = try FileHandle(forWritingTo: errorFile)
    try process.run()
    defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
    func chart() -> String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }
    func log() -> String { (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "" }

    #expect(eventually { log().contains("watching 1 files") })
    #expect(chart().contains("Run the cleanest last"))
    let changed = original.replacingOccurrences(
      of: "Run the cleanest last-mile logistics", with: "Run the greenest last-mile logistics")
    try changed.write(to: input, atomically: true, encoding: .utf8)
    #expect(eventually { chart().contains("Run the greenest last") })

    try (changed + "\nbroken: [\n").write(to: input, atomically: true, encoding: .utf8)
    #expect(eventually { log().contains("the last good output stays") })
    #expect(chart().contains("Run the greenest last"))

    process.interrupt()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(log().contains("stopped watching"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(Set(leftovers) == ["okrs.yaml", "chart.svg", "stderr"])
  }

  @Test func theReportReloadsItselfWhenWatched() throws {
    let folder = try temporaryFolder()
    let page = folder.appendingPathComponent("gaps.html")
    let process = Process()
    process.executableURL = toolURL
    process.arguments = ["report", "samples/acme.yaml", "-o", page.path, "--watch", "--no-chart"]
    process.currentDirectoryURL = packageRoot
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
    #expect(eventually { FileManager.default.fileExists(atPath: page.path) })
    process.interrupt()
    process.waitUntilExit()
    let html = try String(contentsOf: page, encoding: .utf8)
    #expect(html.contains("<meta http-equiv=\"refresh\" content=\"2\">"))
  }
}
