import Foundation

/// The numbers of key results: plausible values for each kind of measure, written the way
/// English and German readers expect.
enum Numbers {
  /// A start and a target value that move in the measure's direction.
  static func change(_ unit: MeasureUnit, _ direction: Direction, random: inout SplitMix64)
    -> (from: Double, to: Double)
  {
    let better = direction != .down
    func move(_ value: Double, by share: Double) -> Double {
      better ? value * (1 + share) : value * (1 - share)
    }
    let share = Double(random.int(in: 10...45)) / 100
    switch unit {
    case .percent:
      let from = Double(random.int(in: better ? 20...80 : 4...40))
      let to =
        better ? min(99, from + Double(random.int(in: 3...18))) : rounded(from * (1 - share), 1)
      return (from, to)
    case .highPercent:
      let from = Double(random.int(in: 900...985)) / 10
      let to = better ? min(99.9, from + Double(random.int(in: 3...15)) / 10) : from - 1
      return (from, to)
    case .points:
      let from = Double(random.int(in: 15...70))
      let to =
        better ? from + Double(random.int(in: 3...15)) : from - Double(random.int(in: 3...12))
      return (from, to)
    case .rating:
      let from = Double(random.int(in: 32...44)) / 10
      return (from, better ? min(4.9, from + Double(random.int(in: 2...5)) / 10) : from - 0.3)
    case .count(let magnitude):
      let from = significant(Double(random.int(in: 10...99)) * pow(10, Double(magnitude - 1)))
      return (from.rounded(), max(1, significant(move(from, by: share)).rounded()))
    case .euros(let magnitude):
      let from = significant(Double(random.int(in: 10...99)) * pow(10, Double(magnitude - 1)))
      return (from, significant(move(from, by: share)))
    case .milliseconds:
      let from = Double(random.int(in: 4...40) * 50)
      return (from, significant(move(from, by: share)))
    case .seconds:
      let from = Double(random.int(in: 15...300)) / 10
      return (from, rounded(move(from, by: share), 1))
    case .minutes, .hours, .days:
      let from = Double(random.int(in: 4...60))
      return (from, max(1, rounded(move(from, by: share), 0)))
    }
  }

  /// The start and target as they follow the measure's name: "from 61% to 70%",
  /// "von 12 auf 5 Tage".
  static func range(_ from: String, _ to: String, _ unit: MeasureUnit, _ language: Language)
    -> String
  {
    let timeWord = self.timeWord(unit, language)
    switch language {
    case .english: return "from \(from) to \(to)" + (timeWord.map { " " + $0 } ?? "")
    case .german: return "von \(from) auf \(to)" + (timeWord.map { " " + $0 } ?? "")
    }
  }

  /// A value with its unit, as it stands in a title. Times in minutes, hours and days get
  /// their word from `range` instead, except when standing alone.
  static func format(_ value: Double, _ unit: MeasureUnit, _ language: Language) -> String {
    let english = language == .english
    switch unit {
    case .percent, .highPercent: return decimal(value, language) + (english ? "%" : " %")
    case .points, .count: return decimal(value, language)
    case .rating: return decimal(value, language, places: 1)
    case .euros: return "EUR " + decimal(value, language)
    case .milliseconds: return decimal(value, language) + " ms"
    case .seconds: return decimal(value, language) + " s"
    case .minutes, .hours, .days: return decimal(value, language)
    }
  }

  private static func timeWord(_ unit: MeasureUnit, _ language: Language) -> String? {
    switch (unit, language) {
    case (.minutes, .english): "minutes"
    case (.hours, .english): "hours"
    case (.days, .english): "days"
    case (.minutes, .german): "Minuten"
    case (.hours, .german): "Stunden"
    case (.days, .german): "Tage"
    default: nil
    }
  }

  /// A number with thousands separators and at most one decimal place, or exactly `places`.
  static func decimal(_ value: Double, _ language: Language, places: Int? = nil) -> String {
    let (thousands, point): (Character, Character) = language == .english ? (",", ".") : (".", ",")
    let tenths = Int((abs(value) * 10).rounded())
    let whole = tenths / 10
    let fraction = tenths % 10
    var digits = Array(String(whole))
    var grouped: [Character] = []
    while digits.count > 3 {
      grouped = [thousands] + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    var text = (value < 0 ? "-" : "") + String(digits + grouped)
    if fraction != 0 || places == 1 { text += String(point) + String(fraction) }
    return text
  }

  /// Words that count as numbers in English and German, so that a key result holding one is
  /// measurable.
  static let numberWords: Set<String> = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "twenty", "hundred", "thousand", "million", "once", "twice", "double",
    "triple", "half", "halve", "quarter", "null", "eins", "zwei", "drei", "vier", "fünf",
    "sechs", "sieben", "acht", "neun", "zehn", "hundert", "tausend", "doppelt", "verdoppeln",
    "halbieren", "hälfte", "verdreifachen", "einmal",
  ]

  /// Whether a text holds a digit or a number word: the generator keeps those out of the key
  /// results it plants as unmeasurable.
  static func holdsNumber(_ text: String) -> Bool {
    if text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return true }
    return text.lowercased().split(whereSeparator: { !$0.isLetter }).contains {
      numberWords.contains(String($0))
    }
  }

  private static func rounded(_ value: Double, _ places: Int) -> Double {
    let scale = pow(10, Double(places))
    return (value * scale).rounded() / scale
  }

  /// The value rounded to two significant digits, as people write targets.
  private static func significant(_ value: Double) -> Double {
    guard value >= 10 else { return rounded(value, 1) }
    guard value >= 100 else { return value.rounded() }
    let scale = pow(10, floor(log10(value)) - 1)
    return (value / scale).rounded() * scale
  }
}
