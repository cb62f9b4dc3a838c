import GoalGraph
import GoalGraphExport
import GoalGraphImport

let convertCommand = Command(
  spec: CommandSpec(
    name: "convert",
    summary: "Write the OKRs of any supported input as YAML, JSON or CSV. Reading the output "
      + "back gives the same organisation.",
    arguments: "FILE...", minimumArguments: 1,
    options: [
      .value(
        "output", short: "o", "FILE",
        "The file to write (.yaml, .json or .csv; - for "
          + "standard output)."),
      .value(
        "format", short: "f", "FORMAT", choices: ["yaml", "json", "csv"],
        "Output format, when the file name does not tell (yaml for standard output)."),
    ] + inputOptions,
    discussion: "CSV output is three files: FILE.csv holds objectives and key results, "
      + "FILE-units.csv the units, and FILE-links.csv the links (when there are any)."),
  run: runConvert)

@Sendable func runConvert(_ parsed: ParsedArguments) -> ExitCode {
  guard let output = parsed.value("output") else {
    Console.error("goalgraph convert: say where to write with -o FILE (- for standard output)")
    return .usageOrInput
  }
  let format =
    parsed.value("format").flatMap(DocumentFormat.init(rawValue:))
    ?? DocumentFormat(path: output) ?? (output == "-" ? .yaml : nil)
  guard let format else {
    Console.error(
      "goalgraph convert: cannot tell the format of \(output); use .yaml, .json or .csv, "
        + "or --format")
    return .usageOrInput
  }
  if format == .csv && output == "-" {
    Console.error("goalgraph convert: CSV output is several files; give a file name with -o")
    return .usageOrInput
  }
  let imported: ImportResult
  switch loadGraph(parsed, command: "convert") {
  case .success(let loaded): imported = loaded.1
  case .failure(let failure): return failure.code
  }
  let files = DocumentWriter.files(for: imported.document, format: format, path: output)
  do {
    for file in files { try OutputFile.check(file.path, against: imported.files) }
    for file in files { try OutputFile.write(file.content, to: file.path) }
  } catch {
    Console.error("goalgraph convert: \(error.description)")
    return .usageOrInput
  }
  return .success
}
