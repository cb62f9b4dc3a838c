import GoalGraph

/// The planted cases: each changes a few objectives of the main organisation, or adds some,
/// so that exactly one finding should point at them, and records their ids.
extension OrganizationGenerator {
  /// Plants every kind of case, in numbers that grow with the organisation.
  ///
  /// - Parameter perThousand: The organisation's size in thousands of objectives, at least 1.
  mutating func plantCases(perThousand: Int) {
    for _ in 0..<perThousand { plantOverCapacity() }
    for _ in 0..<2 * perThousand { plantRequestedOnly() }
    for _ in 0..<2 * perThousand { plantLevelInversion() }
    for _ in 0..<perThousand {
      plantTooManyObjectives()
      plantTooManyKeyResults()
    }
    for _ in 0..<3 * perThousand { plantUnmeasurable() }
    for _ in 0..<3 * perThousand { plantDuplicate() }
    for _ in 0..<2 * perThousand { plantOverlap() }
    for _ in 0..<2 * perThousand { plantSplittable() }
    for _ in 0..<3 * perThousand { plantIsland() }
    for _ in 0..<2 * perThousand { plantDetachedGroup() }
  }

  // MARK: Support and capacity

  /// A team asked for more contributions than its capacity.
  private mutating func plantOverCapacity() {
    guard
      let unit = randomUnit(
        .team, where: { record, _ in !record.claimed && record.objectives.count >= 2 })
    else { return }
    units[unit].claimed = true
    let capacity = max(1, units[unit].asks + random.below(2))
    units[unit].unit.capacity = capacity
    for _ in 0..<(capacity - units[unit].asks + random.int(in: 1...2)) {
      guard
        let target = randomObjective(
          random.chance(0.7) ? .teamOfTeams : .leadership,
          where: { record, _ in record.unit != unit && record.committedSupport > 0 })
      else { continue }
      addLink(
        from: random.pick(units[unit].objectives), to: keyResultTarget(of: target),
        kind: .contributes, status: random.chance(0.7) ? .committed : .requested)
    }
    guard units[unit].asks > capacity else { return }
    planted.add("over-capacity", [units[unit].unit.id])
  }

  /// A team objective whose only support is a requested contribution.
  private mutating func plantRequestedOnly() {
    guard
      let target = randomObjective(
        .team, where: { record, _ in !record.claimed && record.committedSupport == 0 }),
      let source = randomObjective(
        .team,
        where: { record, org in
          record.unit != org.objectives[target].unit
            && org.units[record.unit].asks < org.units[record.unit].capacity
            && !org.units[record.unit].claimed
        }),
      !supportReaches(from: target, to: source)
    else { return }
    objectives[target].claimed = true
    let end = random.chance(0.5) ? Target(objective: target) : keyResultTarget(of: target)
    addLink(from: source, to: end, kind: .contributes, status: .requested)
    planted.add("requested-only", [objectives[target].objective.id])
  }

  /// An objective aligned to a peer team's objective, or a team of teams' objective aligned
  /// to a team's.
  private mutating func plantLevelInversion() {
    let level: UnitKind = random.chance(0.7) ? .team : .teamOfTeams
    guard let source = randomObjective(level, where: { record, _ in !record.claimed }) else {
      return
    }
    let home = level == .team ? units[objectives[source].unit].parent : objectives[source].unit
    guard
      let target = randomObjective(
        .team, where: { record, org in !record.claimed && org.units[record.unit].parent != home }),
      !supportReaches(from: target, to: source)
    else { return }
    let end = random.chance(0.6) ? Target(objective: target) : keyResultTarget(of: target)
    let endID = id(of: end)
    objectives[source].objective.alignsTo.append(endID)
    objectives[target].committedSupport += 1
    supportOut[source].append(target)
    objectives[source].claimed = true
    objectives[target].claimed = true
    planted.add("level-inversion", [objectives[source].objective.id, endID])
  }

  // MARK: Lint

  /// A team with 6 or 7 objectives.
  private mutating func plantTooManyObjectives() {
    guard
      let unit = randomUnit(
        .team, where: { record, _ in !record.claimed && record.objectives.count >= 3 }),
      let tot = units[unit].parent
    else { return }
    units[unit].claimed = true
    let goal = random.int(in: 6...7)
    while units[unit].objectives.count < goal {
      _ = addObjective(
        unit: unit, domain: units[unit].domain,
        target: Target(objective: mainObjective(of: tot)),
        keyResults: keyResultCount(), main: false)
    }
    planted.add("too-many", [units[unit].unit.id])
  }

  /// An objective with 6 or 7 key results.
  private mutating func plantTooManyKeyResults() {
    guard
      let index = randomObjective(
        .team, where: { record, _ in !record.claimed && record.objective.keyResults.count >= 4 })
    else { return }
    objectives[index].claimed = true
    let goal = random.int(in: 6...7)
    let language = units[objectives[index].unit].language
    let domain = objectives[index].domain
    while objectives[index].objective.keyResults.count < goal {
      let id =
        "\(objectives[index].objective.id).\(objectives[index].objective.keyResults.count + 1)"
      let measure = random.index(of: words.domains[domain].measures)
      objectives[index].objective.keyResults.append(
        keyResult(
          id: id, domain: domain, measure: measure, product: objectives[index].product,
          language: language, form: 0))
    }
    planted.add("too-many", [objectives[index].objective.id])
  }

  /// A key result without a number or a metric.
  private mutating func plantUnmeasurable() {
    guard let index = randomObjective(.team, where: { record, _ in !record.claimed }) else {
      return
    }
    objectives[index].claimed = true
    let language = units[objectives[index].unit].language
    let offset = random.index(of: objectives[index].objective.keyResults)
    let title = writer.unmeasurableKeyResult(
      domain: objectives[index].domain, product: objectives[index].product, language: language,
      random: &random)
    objectives[index].objective.keyResults[offset].title = title
    objectives[index].objective.keyResults[offset].metric = nil
    planted.add("unmeasurable", [objectives[index].objective.keyResults[offset].id])
  }

  // MARK: Similarity

  /// Two or three objectives of different teams of teams that say the same in other words.
  /// The variants differ in how far the wording goes: `verb` changes the verb and the order,
  /// `phrasing` also paraphrases the subject and the audience, `rewording` paraphrases every
  /// phrase and the key results' measures, and `english-german` writes one of them in German.
  private mutating func plantDuplicate() {
    let variant = random.pick(["verb", "phrasing", "rewording", "english-german"])
    let bilingual = variant == "english-german" && !germanToTs.isEmpty
    let count = random.chance(0.2) ? 3 : 2
    var members: [Int] = []
    for position in 0..<count {
      let language: Language = bilingual && position == count - 1 ? .german : .english
      let homes = members.map { units[objectives[$0].unit].parent }
      guard
        let member = randomObjective(
          .team,
          where: { record, org in
            !record.claimed && org.units[record.unit].language == language
              && !homes.contains(org.units[record.unit].parent)
          })
      else { return }
      members.append(member)
    }
    let domain = objectives[members[0]].domain
    let intent = freshIntent(domain: domain, product: freshProduct(domain: domain))
    let measures = random.shuffled(Array(words.domains[domain].measures.indices))
    var wording = Wording(verb: random.below(24), order: random.below(2))
    for member in members {
      rewrite(member, intent: intent, wording: wording, measures: measures)
      wording.verb += 1
      wording.order += 1
      switch variant {
      case "phrasing":
        wording.subject += 1
        wording.audience += 1
      case "rewording":
        wording.subject += 1
        wording.audience += 1
        wording.qualifier += 1
        wording.measures += 1
      default: break
      }
    }
    planted.add(
      "duplicate", members.map { objectives[$0].objective.id },
      variant: bilingual || variant != "english-german" ? variant : "verb")
  }

  /// Two objectives with the same words about another market, product or number of places.
  private mutating func plantOverlap() {
    let language: Language = !germanToTs.isEmpty && random.chance(0.2) ? .german : .english
    guard
      let first = randomObjective(
        .team,
        where: { record, org in !record.claimed && org.units[record.unit].language == language })
    else { return }
    objectives[first].claimed = true
    let home = units[objectives[first].unit].parent
    guard
      let second = randomObjective(
        .team,
        where: { record, org in
          !record.claimed && org.units[record.unit].language == language
            && org.units[record.unit].parent != home
        })
    else { return }
    let domain = objectives[first].domain
    var intent = freshIntent(domain: domain, product: freshProduct(domain: domain))
    var other = intent
    let variant = random.pick(["region", "product", "number"])
    switch variant {
    case "region":
      let regions = random.shuffled(Array(words.regions.indices))
      intent.region = regions[0]
      other.region = regions[1]
      intent.places = nil
      other.places = nil
    case "product":
      other.product = Product(name: freshProduct(domain: domain).name, kind: intent.product.kind)
    default:
      let place = random.index(of: words.rolloutPlaces)
      let counts = random.shuffled(Array(2...12))
      intent.places = Places(count: counts[0], place: place)
      other.places = Places(count: counts[1], place: place)
      intent.region = nil
      other.region = nil
    }
    let measures = random.shuffled(Array(words.domains[domain].measures.indices))
    let wording = Wording(verb: random.below(24), order: random.below(2))
    rewrite(first, intent: intent, wording: wording, measures: measures)
    rewrite(second, intent: other, wording: wording, measures: measures)
    planted.add(
      "overlap", [objectives[first].objective.id, objectives[second].objective.id],
      variant: variant)
  }

  /// An objective that joins two themes of different fields with "and" or "und", whose key
  /// results measure the two themes apart.
  private mutating func plantSplittable() {
    guard
      let index = randomObjective(
        .team, where: { record, _ in !record.claimed && record.objective.keyResults.count >= 4 })
    else { return }
    objectives[index].claimed = true
    let language = units[objectives[index].unit].language
    let first = objectives[index].domain
    var second = random.index(of: words.domains)
    if second == first { second = (second + 1) % words.domains.count }
    let products = (freshProduct(domain: first), freshProduct(domain: second))
    objectives[index].intent = nil
    objectives[index].objective.title = writer.bundledTitle(
      (first, random.index(of: words.domains[first].subjects), products.0),
      (second, random.index(of: words.domains[second].subjects), products.1), language,
      verbs: (random.below(24), random.below(24)))
    let measures = (
      random.shuffled(Array(words.domains[first].measures.indices)),
      random.shuffled(Array(words.domains[second].measures.indices))
    )
    var themes: [[String]] = [[], []]
    for offset in objectives[index].objective.keyResults.indices {
      let theme = offset < 2 ? 0 : 1
      let domain = theme == 0 ? first : second
      let measure = theme == 0 ? measures.0[offset] : measures.1[offset - 2]
      replaceKeyResult(
        of: index, at: offset, domain: domain, measure: measure,
        product: theme == 0 ? products.0 : products.1, language: language, form: 0)
      themes[theme].append(objectives[index].objective.keyResults[offset].id)
    }
    planted.add("splittable", [objectives[index].objective.id])
    planted.splits[objectives[index].objective.id] = themes
  }

  /// Gives an objective the title of an intent and key results about the given measures, in
  /// its unit's language; ids and alignments stay.
  private mutating func rewrite(
    _ index: Int, intent: Intent, wording: Wording, measures: [Int]
  ) {
    objectives[index].claimed = true
    objectives[index].product = intent.product
    objectives[index].intent = intent
    let language = units[objectives[index].unit].language
    objectives[index].objective.title = writer.objectiveTitle(intent, language, wording)
    for offset in objectives[index].objective.keyResults.indices {
      replaceKeyResult(
        of: index, at: offset, domain: intent.domain, measure: measures[offset % measures.count],
        product: intent.product, language: language, form: wording.measures)
    }
  }

  private mutating func replaceKeyResult(
    of index: Int, at offset: Int, domain: Int, measure: Int, product: Product,
    language: Language, form: Int
  ) {
    let old = objectives[index].objective.keyResults[offset]
    var new = keyResult(
      id: old.id, domain: domain, measure: measure, product: product, language: language,
      form: form, rollout: false)
    new.owner = old.owner
    new.alignsTo = old.alignsTo
    objectives[index].objective.keyResults[offset] = new
  }

  // MARK: Islands

  /// An objective of a team or a team of teams, connected to nothing.
  private mutating func plantIsland() {
    let level: UnitKind = random.chance(0.8) ? .team : .teamOfTeams
    guard
      let unit = randomUnit(
        level, where: { record, _ in !record.claimed && record.objectives.count < 5 })
    else {
      return
    }
    let island = addObjective(
      unit: unit, domain: units[unit].domain, target: nil, keyResults: keyResultCount(),
      main: false)
    objectives[island].claimed = true
    planted.add("island", [objectives[island].objective.id])
  }

  /// Two to four objectives connected to each other and to nothing that reaches a goal:
  /// either a team of teams' objective with team objectives aligned to it, or team
  /// objectives that only relate to or depend on each other. The members that nothing
  /// supports are also candidates to drop.
  private mutating func plantDetachedGroup() {
    let count = random.int(in: 2...4)
    var members: [Int] = []
    var unsupported: [Int] = []
    if random.chance(0.5) {
      guard
        let tot = randomUnit(
          .teamOfTeams,
          where: { unit, org in
            !unit.claimed && unit.objectives.count <= 4
              && unit.children.filter { org.units[$0].objectives.count <= 4 }.count >= count - 1
          })
      else { return }
      let head = addObjective(
        unit: tot, domain: units[tot].domain, target: nil, keyResults: keyResultCount(),
        main: false)
      members.append(head)
      let teams = random.shuffled(units[tot].children.filter { units[$0].objectives.count <= 4 })
      for team in teams.prefix(count - 1) {
        let target = random.chance(0.5) ? Target(objective: head) : keyResultTarget(of: head)
        let member = addObjective(
          unit: team, domain: units[team].domain, target: target, keyResults: keyResultCount(),
          main: false)
        members.append(member)
        unsupported.append(member)
      }
    } else {
      var teams: [Int] = []
      for _ in 0..<count {
        guard
          let team = randomUnit(
            .team,
            where: { unit, _ in !unit.claimed && unit.objectives.count <= 4 }),
          !teams.contains(team)
        else { continue }
        teams.append(team)
      }
      guard teams.count >= 2 else { return }
      for team in teams {
        let member = addObjective(
          unit: team, domain: units[team].domain, target: nil, keyResults: keyResultCount(),
          main: false)
        members.append(member)
        unsupported.append(member)
      }
      for (from, to) in zip(members, members.dropFirst()) {
        let end = random.chance(0.5) ? Target(objective: to) : keyResultTarget(of: to)
        addLink(
          from: from, to: end, kind: random.chance(0.6) ? .relatesTo : .dependsOn,
          status: .committed)
      }
    }
    for member in members { objectives[member].claimed = true }
    planted.add("detached-group", members.map { objectives[$0].objective.id })
    for member in unsupported {
      planted.add("deprioritize", [objectives[member].objective.id])
    }
  }

  // MARK: Choosing

  /// A random objective of the main organisation at a level that meets a condition, or nil
  /// when a few hundred tries find none.
  private mutating func randomObjective(
    _ level: UnitKind, where condition: (ObjectiveRecord, Self) -> Bool
  ) -> Int? {
    guard let pool = byLevel[level], !pool.isEmpty else { return nil }
    for _ in 0..<400 {
      let candidate = random.pick(pool)
      if condition(objectives[candidate], self) { return candidate }
    }
    return nil
  }

  /// A random unit of a kind that meets a condition.
  private mutating func randomUnit(_ kind: UnitKind, where condition: (UnitRecord, Self) -> Bool)
    -> Int?
  {
    for _ in 0..<400 {
      let candidate = random.below(units.count)
      if units[candidate].kind == kind, condition(units[candidate], self) { return candidate }
    }
    return nil
  }
}
