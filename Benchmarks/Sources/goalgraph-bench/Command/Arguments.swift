/// The options of one subcommand, read from the command line: `--name value`,
/// `--name=value` and flags, plus positional operands.
struct Arguments {
  private var values: [String: String] = [:]
  private var flags = Set<String>()
  /// The words that are not options, in order.
  private(set) var operands: [String] = []

  /// Reads the arguments that follow the subcommand.
  ///
  /// - Parameters:
  ///   - words: The arguments.
  ///   - options: The names of options that take a value, without dashes.
  ///   - flagNames: The names of options that take none.
  /// - Throws: `BenchError.usage` for an unknown option or a missing value.
  init(_ words: [String], options: Set<String>, flags flagNames: Set<String>) throws {
    var index = 0
    while index < words.count {
      let word = words[index]
      index += 1
      guard word.hasPrefix("--"), word.count > 2 else {
        operands.append(word)
        continue
      }
      var name = String(word.dropFirst(2))
      var value: String?
      if let equals = name.firstIndex(of: "=") {
        value = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      if flagNames.contains(name) {
        guard value == nil else { throw BenchError.usage("--\(name) takes no value") }
        flags.insert(name)
      } else if options.contains(name) {
        if value == nil {
          guard index < words.count else { throw BenchError.usage("--\(name) needs a value") }
          value = words[index]
          index += 1
        }
        values[name] = value
      } else {
        throw BenchError.usage("unknown option --\(name); see --help")
      }
    }
  }

  /// Whether a flag was given.
  func flag(_ name: String) -> Bool { flags.contains(name) }

  /// The value of an option, if given.
  func value(_ name: String) -> String? { values[name] }

  /// The value of an option as a whole number of at least `minimum`.
  func integer(_ name: String, default fallback: Int, minimum: Int = 1) throws -> Int {
    guard let text = values[name] else { return fallback }
    guard let number = Self.number(text), number >= minimum else {
      throw BenchError.usage(
        "--\(name) expects a whole number of at least \(minimum), not \"\(text)\"")
    }
    return number
  }

  /// The value of an option as a comma-separated list of whole numbers.
  func integers(_ name: String, default fallback: [Int], minimum: Int) throws -> [Int] {
    guard let text = values[name] else { return fallback }
    return try text.split(separator: ",").map { part in
      guard let number = Self.number(String(part)), number >= minimum else {
        throw BenchError.usage(
          "--\(name) expects numbers of at least \(minimum) separated by commas, "
            + "not \"\(text)\"")
      }
      return number
    }
  }

  /// A number such as `100000`, `100_000`, `100k` or `1m`.
  static func number(_ text: String) -> Int? {
    var digits = text.lowercased().filter { $0 != "_" }
    var scale = 1
    if digits.hasSuffix("k") {
      scale = 1000
      digits.removeLast()
    } else if digits.hasSuffix("m") {
      scale = 1_000_000
      digits.removeLast()
    }
    return Int(digits).map { $0 * scale }
  }
}
