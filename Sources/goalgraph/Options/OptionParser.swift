import GoalGraph

/// One option a command accepts.
struct OptionSpec: Sendable {
  /// The long name without dashes: `format` for `--format`.
  var name: String
  /// The one-letter form, if any: `o` for `-o`.
  var short: Character?
  /// The placeholder of the option's value (`FILE`), or `nil` for a flag.
  var value: String?
  /// The values allowed, when the set is fixed.
  var choices: [String]?
  /// Whether the option may be given more than once.
  var repeatable = false
  var help: String

  static func flag(_ name: String, short: Character? = nil, _ help: String) -> OptionSpec {
    OptionSpec(name: name, short: short, value: nil, choices: nil, help: help)
  }

  static func value(
    _ name: String, short: Character? = nil, _ placeholder: String, choices: [String]? = nil,
    repeatable: Bool = false, _ help: String
  ) -> OptionSpec {
    OptionSpec(
      name: name, short: short, value: placeholder, choices: choices, repeatable: repeatable,
      help: help)
  }
}

/// A command: its name, what it does, and the options and arguments it takes.
struct CommandSpec: Sendable {
  var name: String
  var summary: String
  /// The arguments after the options, as shown in the usage line: `FILE...`.
  var arguments: String
  var minimumArguments: Int
  var maximumArguments: Int = .max
  var options: [OptionSpec]
  /// Paragraphs shown after the options in `--help`.
  var discussion: String = ""
}

/// What the user asked for, after parsing.
struct ParsedArguments {
  private(set) var values: [String: [String]] = [:]
  private(set) var flags: Set<String> = []
  var arguments: [String] = []

  func has(_ flag: String) -> Bool { flags.contains(flag) }

  func value(_ name: String) -> String? { values[name]?.last }

  func all(_ name: String) -> [String] { values[name] ?? [] }

  /// Values of a list option, which may be repeated or comma-separated: `--only a,b --only c`.
  func list(_ name: String) -> [String] {
    all(name).flatMap { $0.split(separator: ",").map { String($0).trimmingSpaces() } }
      .filter { !$0.isEmpty }
  }

  mutating func set(_ name: String, _ value: String) { values[name, default: []].append(value) }

  mutating func set(flag: String) { flags.insert(flag) }
}

/// A mistake in the command line, reported with the usage and exit code 2.
struct UsageError: Error, CustomStringConvertible {
  var description: String
}

/// Parses command lines against a command's option table.
enum OptionParser {
  /// Parses the arguments after the command name.
  ///
  /// Accepts `--name value`, `--name=value`, `-o value`, `-ovalue`, and `--` before
  /// arguments that start with a dash. A lone `-` is an argument (standard input or output).
  static func parse(_ arguments: [String], for command: CommandSpec) throws(UsageError)
    -> ParsedArguments
  {
    var parsed = ParsedArguments()
    var index = 0
    var onlyArguments = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyArguments || argument == "-" || !argument.hasPrefix("-") {
        parsed.arguments.append(argument)
        continue
      }
      if argument == "--" {
        onlyArguments = true
        continue
      }
      if argument == "--help" || argument == "-h" {
        parsed.set(flag: "help")
        return parsed
      }

      var inlineValue: String?
      let option: OptionSpec
      if argument.hasPrefix("--") {
        var name = String(argument.dropFirst(2))
        if let equals = name.firstIndex(of: "=") {
          inlineValue = String(name[name.index(after: equals)...])
          name = String(name[..<equals])
        }
        guard let found = command.options.first(where: { $0.name == name }) else {
          throw unknown("--" + name, command)
        }
        option = found
      } else {
        let letter = argument.dropFirst().first!
        guard let found = command.options.first(where: { $0.short == letter }) else {
          throw unknown(argument, command)
        }
        option = found
        if argument.count > 2 { inlineValue = String(argument.dropFirst(2)) }
      }

      guard option.value != nil else {
        if inlineValue != nil {
          throw UsageError(description: "--\(option.name) takes no value")
        }
        parsed.set(flag: option.name)
        continue
      }
      if inlineValue == nil {
        guard index < arguments.count else {
          throw UsageError(description: "--\(option.name) needs a value: \(option.value!)")
        }
        inlineValue = arguments[index]
        index += 1
      }
      let value = inlineValue!
      if let choices = option.choices, !choices.contains(value) {
        var message = "--\(option.name) does not accept \(value); expected "
        message += choices.joined(separator: ", ")
        if let guess = closestMatch(to: value, in: choices) {
          message += " (did you mean \(guess)?)"
        }
        throw UsageError(description: message)
      }
      if !option.repeatable, parsed.value(option.name) != nil {
        throw UsageError(description: "--\(option.name) is given twice")
      }
      parsed.set(option.name, value)
    }
    if parsed.arguments.count < command.minimumArguments {
      throw UsageError(description: "\(command.name) needs \(command.arguments)")
    }
    if parsed.arguments.count > command.maximumArguments {
      let extra = parsed.arguments[command.maximumArguments]
      throw UsageError(description: "unexpected argument \(extra)")
    }
    return parsed
  }

  private static func unknown(_ option: String, _ command: CommandSpec) -> UsageError {
    var message = "unknown option \(option)"
    let bare = option.drop { $0 == "-" }
    let names = command.options.map(\.name) + ["help"]
    if let guess = closestMatch(to: String(bare), in: names) {
      message += "; did you mean --\(guess)?"
    }
    return UsageError(description: message)
  }

  /// The help text of a command, wrapped to `width` columns.
  static func help(for command: CommandSpec, width: Int = 80) -> String {
    var lines = ["usage: goalgraph \(command.name) [options] \(command.arguments)", ""]
    lines += wrap(command.summary, width: width)
    lines += ["", "options:"]
    let rows =
      command.options.map { option -> (String, String) in
        var left = option.short.map { "-\($0), " } ?? "    "
        left += "--\(option.name)"
        if let value = option.value { left += " \(value)" }
        var right = option.help
        if let choices = option.choices { right += " (\(choices.joined(separator: ", ")))" }
        return (left, right)
      } + [("-h, --help", "Show this help.")]
    let column = min(32, (rows.map(\.0.count).max() ?? 0) + 4)
    for (left, right) in rows {
      let wrapped = wrap(right, width: width - column - 2)
      let pad = String(repeating: " ", count: max(1, column - left.count))
      lines.append("  " + left + pad + (wrapped.first ?? ""))
      for more in wrapped.dropFirst() {
        lines.append(String(repeating: " ", count: column + 2) + more)
      }
    }
    if !command.discussion.isEmpty {
      lines.append("")
      for paragraph in command.discussion.split(separator: "\n\n") {
        lines += wrap(String(paragraph), width: width)
        lines.append("")
      }
      lines.removeLast()
    }
    return lines.joined(separator: "\n")
  }

  /// Splits a paragraph into lines of at most `width` characters, at spaces.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      if !line.isEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}

extension String {
  func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
