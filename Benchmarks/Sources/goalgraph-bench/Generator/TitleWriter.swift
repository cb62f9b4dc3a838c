import GoalGraph

/// A product, feature or system that an objective is about, such as "the Kraivex app".
struct Product: Hashable, Sendable {
  /// The number of its name (see `Vocabulary.productName`).
  var name: Int
  /// The index of its kind in `Vocabulary.productKinds`.
  var kind: Int
}

/// A number of places an objective reaches: "in 4 markets".
struct Places: Hashable, Sendable {
  var count: Int
  /// The index in `Vocabulary.rolloutPlaces`.
  var place: Int
}

/// What an objective means, apart from its words: two objectives with the same intent say the
/// same thing, whatever verbs and paraphrases they use.
struct Intent: Hashable, Sendable {
  var domain: Int
  var subject: Int
  var audience: Int
  var qualifier: Int
  /// The product the objective is about; its key results name it too.
  var product: Product
  /// A market, in some objectives.
  var region: Int?
  /// A number of places, in some objectives.
  var places: Places?

  /// The subject and audience: what unrelated objectives should not share.
  var key: IntentKey { IntentKey(domain: domain, subject: subject, audience: audience) }
}

/// The subject and audience of an intent. Objectives that share them pursue the same thing
/// for the same people, whatever their product or qualifier; the generator gives each
/// objective a key of its own while there are unused keys.
struct IntentKey: Hashable, Sendable {
  var domain: Int
  var subject: Int
  var audience: Int

  /// The key as text, for `subjects.json`.
  var text: String { "\(domain).\(subject).\(audience)" }
}

/// Which words an intent is written with: the verb, the wording of each phrase (0 is the
/// usual one, 1 its paraphrase), and the order of the parts.
struct Wording: Hashable, Sendable {
  var verb: Int
  var subject = 0
  var audience = 0
  var qualifier = 0
  var measures = 0
  var order = 0
}

/// Writes objective and key result titles from the vocabulary.
struct TitleWriter: Sendable {
  let words: Vocabulary

  // MARK: Objectives

  /// A random intent of a field about a product; a quarter name a market or a number of
  /// places as well.
  func intent(domain: Int, product: Product, random: inout SplitMix64) -> Intent {
    let field = words.domains[domain]
    var intent = Intent(
      domain: domain, subject: random.index(of: field.subjects),
      audience: random.index(of: field.audiences), qualifier: random.index(of: words.qualifiers),
      product: product)
    switch random.below(8) {
    case 0: intent.region = random.index(of: words.regions)
    case 1:
      intent.places = Places(
        count: random.int(in: 2...12), place: random.index(of: words.rolloutPlaces))
    default: break
    }
    return intent
  }

  /// The title of an objective.
  func objectiveTitle(_ intent: Intent, _ language: Language, _ wording: Wording) -> String {
    let field = words.domains[intent.domain]
    let subject = field.subjects[intent.subject]
    let verb = self.verb(subject.direction, language, wording.verb)
    let what = subject.phrase.text(language, form: wording.subject)
    let audience = field.audiences[intent.audience].text(language, form: wording.audience)
    let qualifier = words.qualifiers[intent.qualifier].text(language, form: wording.qualifier)
    let product = self.product(intent.product, language)
    var scope: [String] = []
    if let region = intent.region { scope.append(words.regions[region].text(language)) }
    if let places = intent.places { scope.append(self.places(places, language)) }
    switch language {
    case .english:
      let forWhom = "for \(audience)"
      let middle = wording.order % 2 == 0 ? [product, forWhom] : [forWhom, product]
      return ([verb, what] + middle + scope + [qualifier]).joined(separator: " ")
    case .german:
      let parts = [what, "für \(audience)", product] + scope + [qualifier, verb]
      return parts.joined(separator: " ").capitalizedFirst
    }
  }

  /// The title of an objective that bundles two subjects of different fields, each about its
  /// own product.
  func bundledTitle(
    _ first: (domain: Int, subject: Int, product: Product),
    _ second: (domain: Int, subject: Int, product: Product),
    _ language: Language, verbs: (Int, Int)
  ) -> String {
    let a = words.domains[first.domain].subjects[first.subject]
    let b = words.domains[second.domain].subjects[second.subject]
    let verbA = verb(a.direction, language, verbs.0)
    let verbB = verb(b.direction, language, verbs.1)
    let productA = product(first.product, language)
    let productB = product(second.product, language)
    switch language {
    case .english:
      return "\(verbA) \(a.phrase.text(language)) \(productA) and \(verbB.lowercasedFirst) "
        + "\(b.phrase.text(language)) \(productB)"
    case .german:
      return "\(a.phrase.german) \(productA) \(verbA) und \(b.phrase.german) \(productB) \(verbB)"
        .capitalizedFirst
    }
  }

  func verb(_ direction: Direction, _ language: Language, _ index: Int) -> String {
    let verbs =
      switch language {
      case .english: words.englishVerbs[direction]!
      case .german: words.germanVerbs[direction]!
      }
    return verbs[index % verbs.count]
  }

  /// "in the Kraivex app", "in der Kraivex-App".
  func product(_ product: Product, _ language: Language) -> String {
    words.productKinds[product.kind].text(language).replacingAll(
      "#", with: words.productName(product.name))
  }

  func places(_ places: Places, _ language: Language) -> String {
    let place = words.rolloutPlaces[places.place]
    switch language {
    case .english: return "in \(places.count) \(place.english.last!)"
    case .german: return "in \(places.count) \(place.german)"
    }
  }

  // MARK: Key results

  /// A measurable key result about a measure of a field, for an objective's product.
  func keyResult(
    domain: Int, measure index: Int, product: Product, language: Language, form: Int,
    random: inout SplitMix64
  ) -> (title: String, metric: Metric?) {
    let measure = words.domains[domain].measures[index]
    let name = measure.phrase.text(language, form: form)
    let (from, to) = Numbers.change(measure.unit, measure.direction, random: &random)
    let a = Numbers.format(from, measure.unit, language)
    let b = Numbers.format(to, measure.unit, language)
    let verb = self.verb(measure.direction, language, random.below(8))
    let product = self.product(product, language)
    let withMetric = random.chance(0.6)
    let title: String
    switch (random.weighted([6, 2, 1]), language) {
    case (0, .english):
      title = "\(verb) \(name) \(product) " + Numbers.range(a, b, measure.unit, .english)
    case (0, .german):
      title =
        "\(name) \(product) \(Numbers.range(a, b, measure.unit, .german)) \(verb)"
        .capitalizedFirst
    case (1, .english): title = "Get \(name) \(product) to \(b)"
    case (1, .german): title = "\(name) \(product) auf \(b) bringen".capitalizedFirst
    case (_, .english):
      let side = measure.direction == .down ? "at or below" : "at or above"
      title = "Keep \(name) \(product) \(side) \(b)"
    case (_, .german):
      let side = measure.direction == .down ? "höchstens" : "mindestens"
      title = "\(name) \(product) bei \(side) \(b) halten".capitalizedFirst
    }
    let metric = withMetric ? Metric(from: from, to: to, name: name) : nil
    return (title, metric)
  }

  /// A key result that brings something new to a number of places by a date.
  func rolloutKeyResult(
    domain: Int, product: Product, language: Language, form: Int, random: inout SplitMix64
  ) -> String {
    let subjects = words.domains[domain].subjects
    let candidates = subjects.indices.filter { subjects[$0].direction == .build }
    let subject = subjects[random.pick(candidates)]
    let verb = self.verb(.build, language, random.below(12))
    let count = random.int(in: 2...12)
    let place = random.pick(words.rolloutPlaces)
    let month = random.pick(words.months)
    let day = random.pick([1, 10, 15, 20, 28])
    let product = self.product(product, language)
    switch language {
    case .english:
      return "\(verb) \(subject.phrase.text(.english, form: form)) \(product) in \(count) "
        + "\(place.english.last!) by \(day) \(month.english[0])"
    case .german:
      let title =
        "\(subject.phrase.german) \(product) bis zum \(day). \(month.german) in \(count) "
        + "\(place.german) \(verb)"
      return title.capitalizedFirst
    }
  }

  /// A key result without any number: something to do, not something to measure.
  func unmeasurableKeyResult(
    domain: Int, product: Product, language: Language, random: inout SplitMix64
  ) -> String {
    let field = words.domains[domain]
    let product = self.product(product, language)
    while true {
      let subject = random.pick(field.subjects)
      let what = subject.phrase.text(language)
      let qualifier = random.pick(words.qualifiers).text(language)
      let audience = random.pick(field.audiences).text(language)
      let verb = self.verb(subject.direction, language, random.below(10))
      let title: String
      switch (random.below(4), language) {
      case (0, .english): title = "\(verb) \(what) \(product) \(qualifier)"
      case (1, .english): title = "Agree on a plan for \(what) \(product) with \(audience)"
      case (2, .english): title = "Collect feedback on \(what) \(product) from \(audience)"
      case (_, .english): title = "Make \(what) \(product) a standing item in every team meeting"
      case (0, .german), (1, .german):
        title = "\(what) \(product) \(qualifier) \(verb)".capitalizedFirst
      case (2, .german):
        title = "\(what) \(product) regelmäßig mit allen Teams besprechen".capitalizedFirst
      case (_, .german):
        title = "\(what) \(product) in jedem Teammeeting zum Thema machen".capitalizedFirst
      }
      if !Numbers.holdsNumber(title) { return title }
    }
  }
}

extension String {
  /// The text with every occurrence of `target` replaced.
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
