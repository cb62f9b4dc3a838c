/// Every word the generator writes titles with, read once from the text tables.
struct Vocabulary: Sendable {
  var domains: [Domain]
  /// English and German verbs for each direction.
  var englishVerbs: [Direction: [String]]
  var germanVerbs: [Direction: [String]]
  var qualifiers: [Phrase]
  /// `in Germany = in Deutschland`.
  var regions: [Phrase]
  /// `in the # app = in der #-App`, where # stands for the product's name.
  var productKinds: [Phrase]
  /// The syllables of product names.
  var nameSyllables: [[String]]
  var firstNames: [String]
  var lastNames: [String]
  var teamNicknames: [String]
  var months: [Phrase]
  /// `market | markets = Märkten`.
  var rolloutPlaces: [Phrase]
  var linkNotes: [Phrase]
  var descriptions: [Phrase]
  var companies: [String]

  /// The vocabulary, read from the tables in `DomainText` and `GeneralText`.
  static let standard = Vocabulary()

  private init() {
    domains = DomainText.all.map(Self.domain)
    let kindLines = Self.lines(GeneralText.productKinds)
    let groups = Dictionary(
      uniqueKeysWithValues: Self.list(GeneralText.productGroups).map { entry in
        let parts = entry.split(separator: " ")
        return (String(parts[0]), Set(parts[1]))
      })
    for index in domains.indices {
      let wanted = groups[domains[index].code] ?? []
      domains[index].productKinds = kindLines.indices.filter {
        wanted.contains(kindLines[$0].first!)
      }
    }
    englishVerbs = Self.verbs(GeneralText.englishVerbs)
    germanVerbs = Self.verbs(GeneralText.germanVerbs)
    qualifiers = Self.phrases(GeneralText.qualifiers)
    regions = Self.phrases(GeneralText.regions)
    productKinds = Self.lines(GeneralText.productKinds).map { Phrase($0.dropFirst(2)) }
    nameSyllables = [
      GeneralText.nameOnsets, GeneralText.nameVowels, GeneralText.nameMiddles,
      GeneralText.nameEndings,
    ].map(Self.list)
    firstNames = Self.list(GeneralText.firstNames)
    lastNames = Self.list(GeneralText.lastNames)
    teamNicknames = Self.list(GeneralText.teamNicknames)
    months = Self.phrases(GeneralText.months)
    rolloutPlaces = Self.phrases(GeneralText.rolloutPlaces)
    linkNotes = Self.phrases(GeneralText.linkNotes)
    descriptions = Self.phrases(GeneralText.descriptions)
    companies = Self.list(GeneralText.companies)
  }

  /// How many terms of each kind there are, for the README and `generate --help`.
  var counts: [(String, Int)] {
    let verbs =
      englishVerbs.values.map(\.count).reduce(0, +)
      + germanVerbs.values.map(\.count).reduce(0, +)
    return [
      ("fields", domains.count),
      ("verbs (English and German)", verbs),
      ("subjects", domains.map(\.subjects.count).reduce(0, +)),
      ("audiences", domains.map(\.audiences.count).reduce(0, +)),
      ("measures", domains.map(\.measures.count).reduce(0, +)),
      ("qualifiers", qualifiers.count),
      ("regions and cities", regions.count),
      ("product names", productNameCount),
      ("kinds of product", productKinds.count),
      ("team names", domains.map(\.teams.count).reduce(0, +) * teamNicknames.count),
    ]
  }

  /// How many product names there are.
  var productNameCount: Int { nameSyllables.map(\.count).reduce(1, *) }

  /// The product name of a number: below `productNameCount` a name of syllables, each number
  /// its own name; above it, two such names joined, for the largest organisations.
  func productName(_ number: Int) -> String {
    let count = productNameCount
    if number >= count {
      return productName(number / count - 1) + productName(number % count).lowercased()
    }
    var rest = number
    var name = ""
    for syllables in nameSyllables {
      name += syllables[rest % syllables.count]
      rest /= syllables.count
    }
    return name
  }

  // MARK: Reading the tables

  private static func lines(_ text: String) -> [Substring] {
    text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
  }

  private static func phrases(_ text: String) -> [Phrase] {
    lines(text).map { Phrase($0) }
  }

  private static func list(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == "," || $0 == "\n" }).map { $0.trimmed }.filter {
      !$0.isEmpty
    }
  }

  private static func verbs(_ text: String) -> [Direction: [String]] {
    var result: [Direction: [String]] = [:]
    for line in lines(text) {
      let direction: Direction =
        switch line.prefix(4) {
        case "up  ": .up
        case "down": .down
        case "new ": .build
        default: .better
        }
      result[direction] = list(String(line.dropFirst(5)))
    }
    return result
  }

  private static func domain(_ text: String) -> Domain {
    var domain = Domain(
      code: "", name: Phrase(""), teams: [], audiences: [], subjects: [], measures: [])
    for line in lines(text) {
      let mark = line.prefix(2)
      let rest = line.dropFirst(2)
      switch mark.first {
      case "D":
        let code = rest.prefix { $0 != " " }
        domain.code = String(code)
        domain.name = Phrase(rest.dropFirst(code.count + 1))
      case "T": domain.teams.append(Phrase(rest))
      case "A": domain.audiences.append(Phrase(rest))
      case "S":
        guard let direction = Direction(mark.last!) else { preconditionFailure("bad: \(line)") }
        domain.subjects.append(Subject(phrase: Phrase(rest.dropFirst()), direction: direction))
      case "M":
        let unitCode = rest.dropFirst().prefix { $0 != " " }
        guard let direction = Direction(mark.last!), let unit = MeasureUnit(unitCode) else {
          preconditionFailure("bad measure: \(line)")
        }
        domain.measures.append(
          MeasureTerm(
            phrase: Phrase(rest.dropFirst(unitCode.count + 2)), direction: direction, unit: unit))
      default: preconditionFailure("unknown vocabulary line: \(line)")
      }
    }
    return domain
  }
}
