import Foundation

/// Writes a `BenchReport` as Markdown for people and as JSON for tools.
enum ResultsWriter {
  /// The report as indented JSON; figures that could not be measured are written as "nan".
  static func json(_ report: BenchReport) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    return try encoder.encode(report) + Data("\n".utf8)
  }

  /// The report as Markdown: the setting, the organisations, a table of stages, the
  /// rendering comparison and the recall check.
  static func markdown(_ report: BenchReport) -> String {
    var lines = [
      "# goalgraph benchmark results",
      "",
      "Written by `goalgraph-bench run`; Benchmarks/README.md explains the columns. The",
      "figures belong to this machine: compare them only with runs on the same machine.",
      "",
      "| | |",
      "|---|---|",
      "| date | \(report.date) |",
      "| command | `\(report.command)` |",
      "| machine | \(report.machine.summary) |",
      "| Swift | \(report.machine.swiftVersion) |",
      "| Graphviz | \(report.machine.graphvizVersion) |",
      "| goalgraph | \(report.machine.commit) |",
      "| method | seed \(report.seed); median of \(report.runsPerFigure) runs per figure, "
        + "each in a fresh process |",
      "| total time | \(duration(report.totalSeconds)) |",
      "",
    ]
    lines += organisations(report)
    lines += stages(report)
    lines += rendering(report)
    lines += recall(report)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func organisations(_ report: BenchReport) -> [String] {
    var lines = [
      "## Organisations",
      "",
      "| objectives | key results | units | links | YAML | JSON | CSV (3 files) | generated in |",
      "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for organisation in report.organisations {
      let generated =
        organisation.generatedSeconds.map {
          "\(Format.seconds($0)), \(Format.mebibytes(organisation.generatedPeakBytes ?? 0))"
        } ?? "reused"
      lines.append(
        "| \(Format.count(organisation.objectives)) | \(Format.count(organisation.keyResults)) "
          + "| \(Format.count(organisation.units)) | \(Format.count(organisation.links)) "
          + "| \(Format.bytes(organisation.yamlBytes)) | \(Format.bytes(organisation.jsonBytes)) "
          + "| \(Format.bytes(organisation.csvBytes)) | \(generated) |")
    }
    return lines + [""]
  }

  private static func stages(_ report: BenchReport) -> [String] {
    var lines = [
      "## Stages",
      "",
      "| stage | objectives | runs | median | min | max | peak memory | input memory | growth "
        + "(time / size) | exponent |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for summary in report.stages {
      let name = "`\(summary.stage)`"
      if let error = summary.error {
        lines.append(
          "| \(name) | \(Format.count(summary.objectives)) | 0 | failed: \(error) | | | | | | |")
        continue
      }
      let growth =
        summary.growth.map { "\(Format.ratio($0.timeRatio)) / \(Format.ratio($0.sizeRatio))" }
        ?? "–"
      let exponent = summary.growth.map { String(format: "%.2f", $0.exponent) } ?? "–"
      let runs =
        summary.runs.count == summary.runsPlanned
        ? "\(summary.runs.count)" : "\(summary.runs.count) of \(summary.runsPlanned)"
      lines.append(
        "| \(name) | \(Format.count(summary.objectives)) | \(runs) "
          + "| \(Format.seconds(summary.medianSeconds)) "
          + "| \(Format.seconds(summary.minimumSeconds)) "
          + "| \(Format.seconds(summary.maximumSeconds)) "
          + "| \(Format.mebibytes(summary.peakBytes)) | \(Format.mebibytes(summary.baselineBytes)) "
          + "| \(growth) | \(exponent) |")
    }
    lines.append("")
    if !report.absentStages.isEmpty {
      lines.append(
        "Not measured yet, because the libraries do not offer them: "
          + report.absentStages.map { "`\($0)`" }.joined(separator: ", ")
          + " (Benchmarks/Sources/goalgraph-bench/Harness/Hooks.swift says where they plug in).")
      lines.append("")
    }
    return lines
  }

  private static func rendering(_ report: BenchReport) -> [String] {
    let cli = report.stages.filter { $0.stage == "render-dot-cli" && $0.error == nil }
    guard !cli.isEmpty else { return [] }
    let inProcess = report.stages.filter { $0.stage == "render-in-process" && $0.error == nil }
    var lines = [
      "## Rendering: the dot program against the in-process path",
      "",
      "The same DOT text (the goal chart of the 500 objectives nearest the top-level "
        + "goals) rendered to SVG.",
      "",
      "| objectives | chart nodes | chart edges | DOT size | `dot -Tsvg` | dot's peak memory "
        + "| in-process | in-process memory added | dot / in-process |",
      "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for summary in cli {
      let details = summary.details
      let other = inProcess.first { $0.objectives == summary.objectives }
      let ratio = other.map { Format.ratio(summary.medianSeconds / $0.medianSeconds) } ?? "–"
      lines.append(
        "| \(Format.count(summary.objectives)) "
          + "| \(Format.count(Int(details["chartNodes"] ?? 0))) "
          + "| \(Format.count(Int(details["chartEdges"] ?? 0))) "
          + "| \(Format.bytes(Int(details["dotBytes"] ?? 0))) "
          + "| \(Format.seconds(summary.medianSeconds)) "
          + "| \(details["childPeakBytes"].map { Format.mebibytes(Int($0)) } ?? "unknown") "
          + "| \(other.map { Format.seconds($0.medianSeconds) } ?? "not yet") "
          + "| \(other.map { Format.mebibytes($0.peakBytes - $0.baselineBytes) } ?? "–") "
          + "| \(ratio) |")
    }
    return lines + [""]
  }

  private static func recall(_ report: BenchReport) -> [String] {
    guard !report.recall.isEmpty else { return [] }
    var lines = [
      "## Recall of planted findings",
      "",
      "Found / planted: a planted case counts as found when one finding of its code names all "
        + "its ids. In brackets, findings of the code that name no planted case, and how many "
        + "of those join objectives that the generator wrote on one subject (related by "
        + "construction rather than false alarms).",
      "",
      "| finding | " + report.recall.map { Format.count($0.objectives) }.joined(separator: " | ")
        + " |",
      "|---|" + String(repeating: "---:|", count: report.recall.count),
    ]
    var codes: [String] = []
    for code in report.recall.flatMap({ $0.codes.map(\.code) }) where !codes.contains(code) {
      codes.append(code)
    }
    for code in codes {
      let cells = report.recall.map { size -> String in
        guard let entry = size.codes.first(where: { $0.code == code }) else { return "–" }
        guard entry.analysed else { return "not analysed yet (\(entry.planted) planted)" }
        var cell = "\(entry.found)/\(entry.planted)"
        if entry.unexpected > 0 {
          let related = entry.unexpectedOnOneSubject
          cell +=
            related > 0
            ? " (+\(entry.unexpected), \(related) on one subject)" : " (+\(entry.unexpected))"
        }
        return cell
      }
      lines.append("| `\(code)` | " + cells.joined(separator: " | ") + " |")
      var variants: [String] = []
      for size in report.recall {
        for entry in size.codes where entry.code == code {
          for variant in entry.variants where !variants.contains(variant.variant) {
            variants.append(variant.variant)
          }
        }
      }
      for variant in variants {
        let cells = report.recall.map { size -> String in
          guard let entry = size.codes.first(where: { $0.code == code }),
            let counts = entry.variants.first(where: { $0.variant == variant })
          else { return "–" }
          return "\(counts.found)/\(counts.planted)"
        }
        lines.append("| · \(variant) | " + cells.joined(separator: " | ") + " |")
      }
    }
    lines.append("")
    let disagreements = report.recall.flatMap { size in
      size.formats.filter { !$0.agrees }.map {
        "\($0.format) at \(Format.count(size.objectives)) differs from JSON: "
          + $0.differences.joined(separator: ", ")
      }
    }
    if report.recall.allSatisfy({ $0.formats.isEmpty }) {
      lines.append("The formats were not compared.")
    } else if disagreements.isEmpty {
      lines.append(
        "YAML, JSON and CSV import to the same document at every size.")
    } else {
      lines.append(
        "The formats import to different documents: " + disagreements.joined(separator: "; "))
    }
    return lines + [""]
  }

  private static func duration(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
  }
}
