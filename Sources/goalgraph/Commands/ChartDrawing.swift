import GoalGraphRender

/// Lays out and draws a chart for `render` and `report`: with the engine asked for, or `dot`
/// while the chart is small enough and `sfdp` beyond, with a progress line on a terminal.
func draw(
  _ chart: GoalChart, format: String, engine: String?, maximumNodes: Int, quiet: Bool,
  command: String
) throws(RenderError) -> [UInt8] {
  var chosen = engine ?? "dot"
  if engine == nil && chart.boxCount > maximumNodes {
    chosen = "sfdp"
    if !quiet {
      Console.error(
        "goalgraph \(command): \(chart.boxCount) boxes are still many; laying out with sfdp")
    }
  }
  let progress = !quiet && Console.isTerminal(2)
  if progress { Console.progress("laying out \(chart.boxCount) boxes with \(chosen)…") }
  defer { if progress { Console.progress(nil) } }
  return try chart.render(format: format, engine: chosen)
}

/// Writes a command's text output to a file or standard output, refusing to overwrite an
/// input; prints the problem and returns the exit code when that fails.
func write(_ text: String, to output: String, inputs: [String], command: String) -> ExitCode? {
  do {
    try OutputFile.check(output, against: inputs)
    try OutputFile.write(text, to: output)
    return nil
  } catch {
    Console.error("goalgraph \(command): \(error.description)")
    return .usageOrInput
  }
}
