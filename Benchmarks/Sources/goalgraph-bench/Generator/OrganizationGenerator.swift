import GoalGraph

/// Generates an organisation's OKRs, deterministic from a seed: an organisation with 4 or 5
/// goals, leadership teams, teams of teams and teams, aligned level by level, with
/// contribution links between units, and then a known set of planted findings.
///
/// The main organisation is free of findings: every unit has at most 5 objectives, every key
/// result holds a number, requests for contributions stay within each unit's capacity, and
/// support never goes round in a loop. Every finding in the result comes from a planted case,
/// which `planted` lists.
struct OrganizationGenerator {
  /// Bumped whenever the output for a seed changes, so that cached organisations are rebuilt.
  static let version = 4

  /// The smallest organisation that has room for every planted case.
  static let minimumSize = 200

  /// A unit and what the generator knows about it.
  struct UnitRecord {
    var unit: Unit
    var language: Language
    var domain: Int
    var objectives: [Int] = []
    var children: [Int] = []
    /// For a team of teams, the leadership team it aligns to.
    var leadership: Int?
    /// For a team, its team of teams.
    var parent: Int?
    /// Contributions requested of or committed by the unit, to other units.
    var asks = 0
    /// Whether planted cases have claimed the unit, so that no other case changes it.
    var claimed = false

    var kind: UnitKind { unit.kind }
    var capacity: Int { unit.capacity ?? .max }
  }

  /// An objective and what the generator knows about it.
  struct ObjectiveRecord {
    var objective: Objective
    var unit: Int
    var domain: Int
    /// The product its title and key results name.
    var product: Product
    /// What its title says, or nil for a title that bundles two themes.
    var intent: Intent?
    /// Alignments and committed contributions it receives.
    var committedSupport = 0
    /// Whether a planted case has claimed it.
    var claimed = false
  }

  /// Something an objective or key result can align or link to.
  struct Target {
    var objective: Int
    var keyResult: Int?
  }

  let size: Int
  let seed: UInt64
  let words = Vocabulary.standard
  let writer = TitleWriter(words: Vocabulary.standard)

  var random: SplitMix64
  var units: [UnitRecord] = []
  var objectives: [ObjectiveRecord] = []
  var links: [Link] = []
  var planted: PlantedCases
  /// The intents already used, so that unrelated objectives do not say the same thing.
  var usedIntents: [IntentKey: Int] = [:]
  /// The product names already used.
  var usedProductNames = Set<Int>()
  /// Objective or key result ids that nothing may align or link to.
  var excludedTargets = Set<String>()
  /// Key result ids that something supports.
  var supportedKeyResults = Set<String>()
  /// Objective indices by level, main organisation only.
  var byLevel: [UnitKind: [Int]] = [:]
  /// For each objective, the objectives it supports through alignments and contributions.
  var supportOut: [[Int]] = []
  var teamsByToT: [Int: [Int]] = [:]
  var germanToTs: [Int] = []
  var nicknames = 0
  var teamsOfTeamsMade = 0
  var teamsOfTeamsPerDomain: [Int: Int] = [:]
  var leaderships: [Int] = []
  /// For each leadership team, how many objectives have aligned to it, to spread them.
  var alignmentCursor: [Int: Int] = [:]

  /// Prepares a generator for an organisation of `size` objectives.
  init(size: Int, seed: UInt64) {
    self.size = size
    self.seed = seed
    self.random = SplitMix64(seed: seed)
    self.planted = PlantedCases(seed: seed, objectives: size)
  }

  /// The subject and audience of every objective whose title has one, by objective id, so
  /// that the recall check can tell related objectives from unrelated ones.
  var subjects: [String: String] {
    var result: [String: String] = [:]
    for record in objectives {
      if let intent = record.intent { result[record.objective.id] = intent.key.text }
    }
    return result
  }

  /// Builds the organisation.
  ///
  /// - Returns: The document and the planted cases.
  /// - Complexity: O(n) in the number of objectives.
  mutating func generate() -> (OKRDocument, PlantedCases) {
    let perThousand = max(1, size / 1000)
    // Planted cases add at most this many objectives; the main organisation leaves room.
    let reserve = 16 * perThousand
    let mainTarget = size - reserve

    makeOrganization()
    let teamsOfTeams = max(1, mainTarget / 34)
    makeLeadership(count: max(1, (teamsOfTeams + 29) / 30))
    while objectives.count < mainTarget {
      makeTeamOfTeams(remaining: mainTarget - objectives.count)
    }
    coverOrganizationKeyResults()
    makeLinks()

    plantCases(perThousand: perThousand)
    topUp()
    precondition(objectives.count == size, "generated \(objectives.count) objectives")
    return (document(), planted)
  }

  // MARK: Levels

  private mutating func makeOrganization() {
    let company = random.pick(words.companies)
    let organization = Unit(
      id: "ORG", name: company, kind: .organization, coach: person())
    units.append(UnitRecord(unit: organization, language: .english, domain: 0))
    let goalCount = random.int(in: 4...5)
    for _ in 0..<goalCount {
      let domain = random.pick([1, 1, 0, 5, 3, 6, 4, 2, 10, 7])
      _ = addObjective(unit: 0, domain: domain, target: nil, keyResults: keyResultCount())
    }
    // The last goal gets no support, and two key results of the others neither.
    let unsupported = units[0].objectives.last!
    excludedTargets.insert(objectives[unsupported].objective.id)
    for keyResult in objectives[unsupported].objective.keyResults {
      excludedTargets.insert(keyResult.id)
    }
    planted.add("unsupported-goal", [objectives[unsupported].objective.id])
    let others = units[0].objectives.dropLast().filter {
      objectives[$0].objective.keyResults.count >= 3
    }
    for goal in random.shuffled(Array(others)).prefix(2) {
      let keyResult = objectives[goal].objective.keyResults.last!
      excludedTargets.insert(keyResult.id)
      planted.add(
        "unsupported-key-result", [keyResult.id, objectives[goal].objective.id])
    }
  }

  private mutating func makeLeadership(count: Int) {
    let goals = units[0].objectives.filter { !excluded($0) }
    var next = 0
    for number in 0..<count {
      let id = count == 1 ? "LT" : "LT\(number + 1)"
      let name =
        number == 0
        ? "Executive Leadership Team"
        : "Leadership Team " + regionName(words.regions[number % words.regions.count])
      let index = addUnit(
        Unit(
          id: id, name: name, kind: .leadership, parent: "ORG", coach: person(),
          capacity: random.int(in: 4...6)),
        language: .english, domain: random.index(of: words.domains))
      leaderships.append(index)
      for _ in 0..<random.int(in: 3...5) {
        let goal = goals[next % goals.count]
        next += 1
        let target = random.chance(0.5) ? Target(objective: goal) : keyResultTarget(of: goal)
        _ = addObjective(
          unit: index, domain: random.index(of: words.domains), target: target,
          keyResults: keyResultCount())
      }
    }
  }

  private mutating func makeTeamOfTeams(remaining: Int) {
    let leadership = leaderships[teamsOfTeamsMade % leaderships.count]
    teamsOfTeamsMade += 1
    let domain = random.index(of: words.domains)
    let field = words.domains[domain]
    let language: Language = random.chance(0.12) ? .german : .english
    let sameField = teamsOfTeamsPerDomain[domain, default: 0] + 1
    teamsOfTeamsPerDomain[domain] = sameField
    let id = "\(field.code)\(sameField)"
    let productLine = words.productName(random.below(words.productNameCount))
    let tot = addUnit(
      Unit(
        id: id, name: "\(field.name.text(language)) \(productLine)",
        kind: .teamOfTeams, parent: "ORG", coach: person(), capacity: random.int(in: 3...5)),
      language: language, domain: domain)
    units[tot].leadership = leadership
    if language == .german { germanToTs.append(tot) }

    let leadershipObjectives = units[leadership].objectives
    let totCount = min(remaining, random.int(in: 3...5))
    for _ in 0..<totCount {
      let target: Target
      if random.chance(0.1) {
        let goals = units[0].objectives.filter { !excluded($0) }
        target = keyResultTarget(of: random.pick(goals))
      } else {
        let cursor = alignmentCursor[leadership, default: 0]
        alignmentCursor[leadership] = cursor + 1
        let aligned = leadershipObjectives[cursor % leadershipObjectives.count]
        target = random.chance(0.5) ? Target(objective: aligned) : keyResultTarget(of: aligned)
      }
      _ = addObjective(unit: tot, domain: domain, target: target, keyResults: keyResultCount())
    }

    var left = remaining - totCount
    let teamNames = random.shuffled(Array(field.teams.indices))
    var next = 0
    for letter in 0..<random.int(in: 5...12) where left > 0 {
      let team = addTeam(to: tot, letter: letter, name: field.teams[teamNames[letter]])
      for _ in 0..<min(left, objectiveCount()) {
        let aligned = units[tot].objectives[next % units[tot].objectives.count]
        next += 1
        let target = random.chance(0.5) ? Target(objective: aligned) : keyResultTarget(of: aligned)
        let ownField = random.chance(0.8) ? domain : random.index(of: words.domains)
        _ = addObjective(unit: team, domain: ownField, target: target, keyResults: keyResultCount())
        left -= 1
      }
    }
  }

  private mutating func addTeam(to tot: Int, letter: Int, name: Phrase) -> Int {
    let parent = units[tot]
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    let nickname = words.teamNicknames[nicknames % words.teamNicknames.count]
    nicknames += 1
    let team = addUnit(
      Unit(
        id: parent.unit.id + String(letters[letter]),
        name: "\(name.text(parent.language)) \(nickname)", kind: .team, parent: parent.unit.id,
        coach: random.chance(0.7) ? parent.unit.coach : person(), capacity: random.int(in: 2...4)),
      language: parent.language, domain: parent.domain)
    units[tot].children.append(team)
    units[team].parent = tot
    teamsByToT[tot, default: []].append(team)
    return team
  }

  /// Makes sure every organisation key result that is not planted as unsupported has a
  /// supporter, by aligning a leadership key result to it.
  private mutating func coverOrganizationKeyResults() {
    let leadership = leaderships
    for goal in units[0].objectives {
      for keyResult in objectives[goal].objective.keyResults
      where !excludedTargets.contains(keyResult.id) && !supportedKeyResults.contains(keyResult.id) {
        let unit = random.pick(leadership)
        let objective = random.pick(units[unit].objectives)
        let offset = random.index(of: objectives[objective].objective.keyResults)
        objectives[objective].objective.keyResults[offset].alignsTo.append(keyResult.id)
        supportedKeyResults.insert(keyResult.id)
        supportOut[objective].append(goal)
      }
    }
  }

  // MARK: Links

  /// Links from about a tenth of the objectives: committed, requested and declined
  /// contributions, and `relates_to` and `depends_on` links, within every unit's capacity.
  private mutating func makeLinks() {
    for source in objectives.indices where objectives[source].unit != 0 {
      guard random.chance(0.1) else { continue }
      let unit = objectives[source].unit
      var kind = LinkKind.contributes
      var status = LinkStatus.committed
      var target: Target?
      switch random.weighted([45, 15, 10, 20, 10]) {
      case 0: target = contributionTarget(for: source, requested: false)
      case 1:
        status = .requested
        target = contributionTarget(for: source, requested: true)
      case 2:
        status = .declined
        target = anyTarget(awayFrom: source)
      case 3:
        kind = .relatesTo
        target = anyTarget(awayFrom: source)
      default:
        kind = .dependsOn
        target = anyTarget(awayFrom: source)
      }
      let counts = kind == .contributes && status != .declined
      if target == nil || (counts && units[unit].asks >= units[unit].capacity) {
        // No room for a contribution: note the relation instead.
        kind = .relatesTo
        status = .committed
        target = target ?? anyTarget(awayFrom: source)
      }
      guard let target else { continue }
      addLink(from: source, to: target, kind: kind, status: status)
    }
  }

  /// A target one level up or on the same level, in another unit, that support cannot reach
  /// back from; for a requested contribution, one that already has committed support.
  private mutating func contributionTarget(for source: Int, requested: Bool) -> Target? {
    let level = units[objectives[source].unit].kind
    let choices: [UnitKind] =
      switch level {
      case .team: requested ? [.teamOfTeams, .teamOfTeams, .leadership] : [.team, .teamOfTeams]
      case .teamOfTeams: [.teamOfTeams, .leadership]
      default: [.leadership, .organization]
      }
    for _ in 0..<10 {
      let pool = byLevel[random.pick(choices), default: []]
      guard !pool.isEmpty else { continue }
      let candidate = random.pick(pool)
      let record = objectives[candidate]
      guard record.unit != objectives[source].unit, !excluded(candidate),
        units[record.unit].kind < level || candidate > source,
        !requested || record.committedSupport > 0
      else { continue }
      return random.chance(0.5) ? Target(objective: candidate) : keyResultTarget(of: candidate)
    }
    return nil
  }

  private mutating func anyTarget(awayFrom source: Int) -> Target? {
    for _ in 0..<10 {
      let candidate = random.below(objectives.count)
      guard objectives[candidate].unit != objectives[source].unit, !excluded(candidate) else {
        continue
      }
      return random.chance(0.5) ? Target(objective: candidate) : keyResultTarget(of: candidate)
    }
    return nil
  }

  mutating func addLink(
    from source: Int, to target: Target, kind: LinkKind, status: LinkStatus,
    fromKeyResult: Bool? = nil
  ) {
    let record = objectives[source]
    let keyResults = record.objective.keyResults
    let useKeyResult = fromKeyResult ?? random.chance(0.4)
    let from = useKeyResult ? random.pick(keyResults).id : record.objective.id
    let note =
      random.chance(0.3)
      ? random.pick(words.linkNotes).text(units[record.unit].language) : nil
    links.append(Link(from: from, to: id(of: target), kind: kind, status: status, note: note))
    guard kind == .contributes, status != .declined else { return }
    supportOut[source].append(target.objective)
    if objectives[target.objective].unit != record.unit { units[record.unit].asks += 1 }
    if status == .committed { objectives[target.objective].committedSupport += 1 }
    if let keyResult = target.keyResult {
      supportedKeyResults.insert(objectives[target.objective].objective.keyResults[keyResult].id)
    }
  }

  // MARK: Objectives

  mutating func addUnit(_ unit: Unit, language: Language, domain: Int) -> Int {
    units.append(UnitRecord(unit: unit, language: language, domain: domain))
    return units.count - 1
  }

  /// Adds a regular objective to a unit, with a fresh intent and measurable key results.
  ///
  /// - Parameter main: Whether the objective belongs to the main organisation, where links
  ///   may point to it.
  mutating func addObjective(
    unit: Int, domain: Int, target: Target?, keyResults count: Int, main: Bool = true
  ) -> Int {
    let record = units[unit]
    let product = freshProduct(domain: domain)
    let intent = freshIntent(domain: domain, product: product)
    let paraphrased = random.chance(0.15) ? 1 : 0
    let wording = Wording(
      verb: random.below(24), subject: paraphrased, audience: paraphrased,
      qualifier: random.chance(0.15) ? 1 : 0, order: random.below(2))
    let index = objectives.count
    let number = record.objectives.count + 1
    let id = "\(record.unit.id)-\(number)"
    var objective = Objective(
      id: id, title: writer.objectiveTitle(intent, record.language, wording),
      description: random.chance(0.12)
        ? random.pick(words.descriptions).text(record.language) : nil,
      unit: record.unit.id, owner: person(),
      status: random.chance(0.7) ? .committed : .draft)
    objective.keyResults = makeKeyResults(
      objectiveID: id, count: count, domain: domain, product: product,
      language: record.language)
    objectives.append(
      ObjectiveRecord(
        objective: objective, unit: unit, domain: domain, product: product, intent: intent))
    supportOut.append([])
    units[unit].objectives.append(index)
    if main { byLevel[record.kind, default: []].append(index) }
    if let target { align(index, to: target) }
    return index
  }

  /// Aligns an objective to a target; some of its key results align to the target's key
  /// results as well.
  mutating func align(_ objective: Int, to target: Target) {
    objectives[objective].objective.alignsTo.append(id(of: target))
    objectives[target.objective].committedSupport += 1
    supportOut[objective].append(target.objective)
    if let keyResult = target.keyResult {
      supportedKeyResults.insert(objectives[target.objective].objective.keyResults[keyResult].id)
    }
    let upper = objectives[target.objective].objective.keyResults
    for offset in objectives[objective].objective.keyResults.indices where random.chance(0.25) {
      let keyResult = random.pick(upper)
      guard !excludedTargets.contains(keyResult.id) else { continue }
      objectives[objective].objective.keyResults[offset].alignsTo.append(keyResult.id)
      supportedKeyResults.insert(keyResult.id)
    }
  }

  mutating func makeKeyResults(
    objectiveID: String, count: Int, domain: Int, product: Product, language: Language
  ) -> [KeyResult] {
    let measures = random.shuffled(Array(words.domains[domain].measures.indices))
    return (0..<count).map { offset in
      keyResult(
        id: "\(objectiveID).\(offset + 1)", domain: domain,
        measure: measures[offset % measures.count], product: product, language: language,
        form: 0)
    }
  }

  mutating func keyResult(
    id: String, domain: Int, measure: Int, product: Product, language: Language, form: Int,
    rollout: Bool? = nil
  ) -> KeyResult {
    if rollout ?? random.chance(0.2) {
      let title = writer.rolloutKeyResult(
        domain: domain, product: product, language: language, form: form, random: &random)
      return KeyResult(id: id, title: title, owner: random.chance(0.3) ? person() : nil)
    }
    let (title, metric) = writer.keyResult(
      domain: domain, measure: measure, product: product, language: language, form: form,
      random: &random)
    return KeyResult(
      id: id, title: title, owner: random.chance(0.3) ? person() : nil, metric: metric)
  }

  /// An intent whose subject and audience no other objective uses yet, while there are
  /// such; after that, the key used least often among a few tries.
  mutating func freshIntent(domain: Int, product: Product) -> Intent {
    var best = writer.intent(domain: domain, product: product, random: &random)
    for _ in 0..<40 where usedIntents[best.key, default: 0] > 0 {
      let candidate = writer.intent(domain: domain, product: product, random: &random)
      if usedIntents[candidate.key, default: 0] < usedIntents[best.key, default: 0] {
        best = candidate
      }
    }
    usedIntents[best.key, default: 0] += 1
    return best
  }

  /// A product of a kind that the field names, whose name no other objective uses.
  /// A product with a name not used before. Once half the simple names are taken, names of
  /// two joined names come in, so that unused ones stay easy to find.
  mutating func freshProduct(domain: Int) -> Product {
    let simple = words.productNameCount
    let range = usedProductNames.count < simple / 2 ? simple : simple * (simple + 1)
    var name = random.below(range)
    while !usedProductNames.insert(name).inserted {
      name = random.below(range)
    }
    return Product(name: name, kind: random.pick(words.domains[domain].productKinds))
  }

  // MARK: Helpers

  /// A random objective of a unit that no planted case claimed, to align new objectives to.
  mutating func mainObjective(of unit: Int) -> Int {
    let open = units[unit].objectives.filter { !objectives[$0].claimed }
    return random.pick(open.isEmpty ? units[unit].objectives : open)
  }

  /// 2 to 5, 3.5 on average.
  mutating func keyResultCount() -> Int { 2 + random.weighted([2, 3, 3, 2]) }

  /// 2 to 5 objectives of a team, 3.5 on average.
  mutating func objectiveCount() -> Int { 2 + random.weighted([2, 3, 3, 2]) }

  mutating func person() -> String {
    "\(random.pick(words.firstNames)) \(random.pick(words.lastNames))"
  }

  mutating func keyResultTarget(of objective: Int) -> Target {
    let keyResults = objectives[objective].objective.keyResults
    let open = keyResults.indices.filter { !excludedTargets.contains(keyResults[$0].id) }
    guard !open.isEmpty else { return Target(objective: objective) }
    return Target(objective: objective, keyResult: random.pick(open))
  }

  func id(of target: Target) -> String {
    let objective = objectives[target.objective].objective
    guard let keyResult = target.keyResult else { return objective.id }
    return objective.keyResults[keyResult].id
  }

  func excluded(_ objective: Int) -> Bool {
    excludedTargets.contains(objectives[objective].objective.id)
  }

  /// Whether support leads from one objective to another, through any chain.
  ///
  /// - Complexity: O(r), the objectives reachable from `source`; support leads upwards, so
  ///   few.
  func supportReaches(from source: Int, to target: Int) -> Bool {
    var seen: Set<Int> = [source]
    var queue = [source]
    while let next = queue.popLast() {
      if next == target { return true }
      for up in supportOut[next] where seen.insert(up).inserted { queue.append(up) }
    }
    return false
  }

  private func regionName(_ region: Phrase) -> String {
    var name = region.english[0]
    for prefix in ["in the ", "in "] where name.hasPrefix(prefix) {
      name.removeFirst(prefix.count)
      break
    }
    return name.capitalizedFirst
  }

  /// Adds regular objectives to teams with room until the organisation has `size` objectives.
  private mutating func topUp() {
    var open = units.indices.filter {
      units[$0].kind == .team && !units[$0].claimed && units[$0].objectives.count < 5
    }
    open = random.shuffled(open)
    while objectives.count < size {
      guard let team = open.last else { preconditionFailure("no team has room left") }
      guard units[team].objectives.count < 5 else {
        open.removeLast()
        continue
      }
      let aligned = mainObjective(of: units[team].parent!)
      _ = addObjective(
        unit: team, domain: units[team].domain, target: Target(objective: aligned),
        keyResults: keyResultCount())
    }
  }

  /// The document: units in order (each team of teams followed by its teams), each unit's
  /// objectives together, then the links.
  private func document() -> OKRDocument {
    var ordered: [Objective] = []
    ordered.reserveCapacity(objectives.count)
    for unit in units {
      for index in unit.objectives { ordered.append(objectives[index].objective) }
    }
    return OKRDocument(
      cycle: "2027-Q1", units: units.map(\.unit), objectives: ordered, links: links)
  }
}
