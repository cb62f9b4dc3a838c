import GoalGraph

/// A command of the tool: its option table and what it does.
struct Command: Sendable {
  var spec: CommandSpec
  var run: @Sendable (ParsedArguments) -> ExitCode
}

/// The commands, in the order `goalgraph --help` lists them.
let commands: [Command] = [
  checkCommand,
  reportCommand,
  renderCommand,
  similarCommand,
  convertCommand,
  scheduleCommand,
  diffCommand,
]

/// The tool's version, printed by `goalgraph --version`.
let version = "0.1.0"

/// Runs the tool with the process's arguments (without the program name).
func runTool(_ arguments: [String]) -> ExitCode {
  guard let first = arguments.first else {
    Console.error(toolHelp())
    return .usageOrInput
  }
  switch first {
  case "--help", "-h", "help":
    if first == "help", arguments.count > 1 {
      guard let command = commands.first(where: { $0.spec.name == arguments[1] }) else {
        return unknownCommand(arguments[1])
      }
      Console.write(OptionParser.help(for: command.spec) + "\n")
      return .success
    }
    Console.write(toolHelp() + "\n")
    return .success
  case "--version":
    Console.write("goalgraph \(version)\n")
    return .success
  default:
    break
  }
  guard let command = commands.first(where: { $0.spec.name == first }) else {
    return unknownCommand(first)
  }
  do {
    let parsed = try OptionParser.parse(Array(arguments.dropFirst()), for: command.spec)
    if parsed.has("help") {
      Console.write(OptionParser.help(for: command.spec) + "\n")
      return .success
    }
    return command.run(parsed)
  } catch {
    Console.error("goalgraph \(command.spec.name): \(error.description)")
    Console.error("run 'goalgraph \(command.spec.name) --help' for the options")
    return .usageOrInput
  }
}

private func unknownCommand(_ name: String) -> ExitCode {
  var message = "goalgraph: unknown command \(name)"
  if name.hasPrefix("-") {
    message = "goalgraph: unknown option \(name); a command comes first"
  } else if let guess = closestMatch(to: name, in: commands.map(\.spec.name)) {
    message += "; did you mean \(guess)?"
  }
  Console.error(message)
  Console.error("run 'goalgraph --help' for the commands")
  return .usageOrInput
}

private func toolHelp() -> String {
  var lines = [
    "usage: goalgraph COMMAND [options] FILE...",
    "",
    "goalgraph reads an organisation's OKRs (YAML, JSON or CSV) as a graph, finds the gaps",
    "in their alignment, and draws the goal chart.",
    "",
    "commands:",
  ]
  let width = (commands.map(\.spec.name.count).max() ?? 0) + 4
  for command in commands {
    let pad = String(repeating: " ", count: width - command.spec.name.count)
    lines.append("  \(command.spec.name)\(pad)\(command.spec.summary.prefix { $0 != "." })")
  }
  lines += [
    "",
    "options:",
    "  -h, --help      Show this help, or a command's with 'goalgraph COMMAND --help'.",
    "  --version       Show the version.",
    "",
    "exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,",
    "2 a usage or input error.",
  ]
  return lines.joined(separator: "\n")
}
