import Foundation

/// The subcommands, their summaries, and whether `--help` lists them.
let commands: [(name: String, summary: String, listed: Bool)] = [
  ("generate", "write a generated organisation as YAML, JSON and CSV", true),
  ("run", "time every stage at several sizes and write results.md and results.json", true),
  ("measure", "time one stage on one organisation (run's child process)", false),
  ("recall", "check that the analyses find what the generator planted", true),
]

let usage = """
  usage: goalgraph-bench COMMAND [OPTIONS]

  The benchmark harness of goalgraph and its organisation generator.

  commands:
  \(table(commands.filter(\.listed).map { ($0.name, $0.summary) }, width: 10))

  `goalgraph-bench COMMAND --help` describes each command.
  """

let words = Array(CommandLine.arguments.dropFirst())
guard let command = words.first, command != "--help", command != "-h", command != "help" else {
  print(usage)
  exit(words.isEmpty ? 2 : 0)
}
let rest = Array(words.dropFirst())

do {
  switch command {
  case "generate":
    if rest.contains("--help") {
      print(GenerateCommand.help)
    } else {
      try GenerateCommand.run(rest)
    }
  case "run":
    if rest.contains("--help") {
      print(RunCommand.help)
    } else {
      try RunCommand.run(rest)
    }
  case "measure":
    if rest.contains("--help") {
      print(MeasureCommand.help)
    } else {
      try MeasureCommand.run(rest)
    }
  case "recall":
    if rest.contains("--help") {
      print(RecallCommand.help)
    } else {
      try RecallCommand.run(rest)
    }
  default:
    throw BenchError.usage("unknown command \(command); see goalgraph-bench --help")
  }
} catch let error as BenchError {
  Console.note("goalgraph-bench: \(error)")
  exit(error.exitCode)
} catch {
  Console.note("goalgraph-bench: \(error)")
  exit(1)
}
