/// One meaning in words: English wordings that say the same, and the German one.
struct Phrase: Sendable {
  /// The English wordings; the first is the usual one, the others paraphrase it.
  var english: [String]
  var german: String

  /// Reads `english | other english = german`; without `=`, the German is the English.
  init(_ line: Substring) {
    let halves = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
    english = halves[0].split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmed }
    german = halves.count > 1 ? halves[1].trimmed : english[0]
  }

  /// The wording in a language; `form` chooses among the English paraphrases, wrapping round.
  func text(_ language: Language, form: Int = 0) -> String {
    switch language {
    case .english: english[form % english.count]
    case .german: german
    }
  }
}

/// The language a unit writes its OKRs in.
enum Language: String, Sendable {
  case english
  case german
}

/// Which way an objective wants its subject to move, which decides the verbs that fit.
enum Direction: Sendable {
  /// More of it: grow, raise.
  case up
  /// Less of it: cut, reduce.
  case down
  /// Something new: launch, build.
  case build
  /// The same thing, done better: improve, simplify.
  case better

  init?(_ mark: Character) {
    switch mark {
    case "+": self = .up
    case "-": self = .down
    case "*": self = .build
    case "~": self = .better
    default: return nil
    }
  }
}

/// What an objective is about, such as "checkout abandonment".
struct Subject: Sendable {
  var phrase: Phrase
  var direction: Direction
}

/// How a measure is counted, which decides its numbers and how they are written.
enum MeasureUnit: Sendable {
  case percent
  /// A percentage close to 100, such as availability.
  case highPercent
  /// A score such as NPS or an engagement index.
  case points
  /// A star rating from 1 to 5.
  case rating
  /// A count around 10^magnitude.
  case count(magnitude: Int)
  /// An amount in euros around 10^magnitude.
  case euros(magnitude: Int)
  case milliseconds
  case seconds
  case minutes
  case hours
  case days

  /// Reads `%`, `%9`, `p`, `r`, `n3`, `e5`, `ms`, `s`, `m`, `h` or `d`.
  init?(_ code: Substring) {
    switch code {
    case "%": self = .percent
    case "%9": self = .highPercent
    case "p": self = .points
    case "r": self = .rating
    case "ms": self = .milliseconds
    case "s": self = .seconds
    case "m": self = .minutes
    case "h": self = .hours
    case "d": self = .days
    default:
      guard let magnitude = Int(code.dropFirst()), (0...9).contains(magnitude) else { return nil }
      switch code.first {
      case "n": self = .count(magnitude: magnitude)
      case "e": self = .euros(magnitude: magnitude)
      default: return nil
      }
    }
  }
}

/// A measure a key result moves, such as "monthly churn".
struct MeasureTerm: Sendable {
  var phrase: Phrase
  /// `.up` or `.down`: which way is better.
  var direction: Direction
  var unit: MeasureUnit
}

/// A field of work with its own teams, audiences, subjects and measures.
struct Domain: Sendable {
  /// A short upper-case code for unit ids, such as "CARE".
  var code: String
  var name: Phrase
  /// What its teams are called: "Help Centre", "Returns".
  var teams: [Phrase]
  /// For whom its objectives are: "first-time buyers".
  var audiences: [Phrase]
  var subjects: [Subject]
  var measures: [MeasureTerm]
  /// The indices of the product kinds its objectives name.
  var productKinds: [Int] = []
}

extension Substring {
  /// The text without spaces at either end.
  var trimmed: String {
    var text = self
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}

extension String {
  /// The text with its first letter in upper case.
  var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }

  /// The text with its first letter in lower case, unless the first word is an acronym.
  var lowercasedFirst: String {
    guard let first, first.isUppercase else { return self }
    let word = prefix { $0 != " " }
    if word.count > 1, word.dropFirst().contains(where: \.isUppercase) { return self }
    return first.lowercased() + dropFirst()
  }
}
