import GoalGraph

/// Reads OKRs written as people write them in handbooks and wikis: headings are units, list
/// items objectives, nested items key results.
///
/// - Headings nest by level. The first level present is the organisation when it has one
///   heading; the next level holds teams of teams, deeper levels teams. A heading that names
///   the leadership ("Leadership", "Management team", "Executive", "Geschäftsführung") is the
///   leadership team. `## Payments (PAY)` gives the unit the id `PAY`; otherwise the id is the
///   heading in capitals (`RIDER-APP`). A heading with a quarter (`2027-Q1`, `Q1 2027`) names
///   the cycle.
/// - A list item at the first level is an objective, its nested items are key results; lists
///   nested deeper, HTML blocks and tables are ignored with a warning.
/// - An item may start with its id (`ORG-2: ...`), a priority (`P0`, `[P1]`) and a unit
///   (`Payments: ...`, `Payments (Platform): ...`), name its owner (`@mia`), and end with
///   what it supports (`(supports ORG-2)`, `(aligns to ORG-2.1, ORG-3)`, `→ ORG-2`). Without
///   an id, objectives are named after their unit and position (`PAY-2`), key results after
///   their objective (`PAY-2.1`).
struct MarkdownReader {
  private let tree: MarkdownTree
  private var log: ProblemLog
  private var document = OKRDocument()
  private var unitIDs: [String: Int] = [:]
  /// Unit indices by lowercased name and id, for `Unit:` prefixes.
  private var unitsByName: [String: Int] = [:]
  private var objectiveCounts: [String: Int] = [:]

  private init(tree: MarkdownTree, log: ProblemLog) {
    self.tree = tree
    self.log = log
  }

  static func read(_ bytes: [UInt8], log: inout ProblemLog) -> OKRDocument {
    guard let tree = MarkdownTree(bytes) else {
      log.error(line: 0, "the Markdown parser could not read the file")
      return OKRDocument()
    }
    var reader = MarkdownReader(tree: tree, log: log)
    reader.readAll()
    log = reader.log
    return reader.document
  }

  // MARK: Headings and units

  /// Reads the headings first, so that `Unit:` prefixes find units named further down, then
  /// the lists under each heading.
  private mutating func readAll() {
    let blocks = tree.blocks
    let headings = blocks.enumerated().compactMap { offset, block -> (Int, Int)? in
      guard case .heading(let level) = tree.kind(of: block) else { return nil }
      return (offset, level)
    }
    let levels = Array(Set(headings.map(\.1))).sorted()
    let topHasOne = headings.filter { $0.1 == levels.first }.count == 1

    var unitOfHeading: [Int: Int] = [:]
    var stack: [(level: Int, unit: Int)] = []
    for (offset, level) in headings {
      let block = blocks[offset]
      while let last = stack.last, last.level >= level { stack.removeLast() }
      let text = tree.text(of: block).trimmingWhitespace()
      guard !text.isEmpty else { continue }
      if document.cycle == nil { document.cycle = Self.cycle(in: text) }
      let rank = levels.firstIndex(of: level) ?? 0
      let name = Self.name(ofHeading: text)
      // A "Company" section under the organisation's heading holds the organisation's own
      // objectives.
      if let organization = stack.first?.unit, rank == 1,
        document.units[organization].kind == .organization,
        Self.organizationWords.contains(name.lowercased())
      {
        unitOfHeading[offset] = organization
        continue
      }
      let kind = Self.kind(rank: rank, topHasOne: topHasOne, levelCount: levels.count, text: text)
      let unit = addUnit(
        heading: name, kind: kind, parent: stack.last?.unit,
        line: tree.line(of: block))
      stack.append((level, unit))
      unitOfHeading[offset] = unit
    }

    var current: Int?
    for (offset, block) in blocks.enumerated() {
      let line = tree.line(of: block)
      switch tree.kind(of: block) {
      case .heading:
        current = unitOfHeading[offset] ?? current
      case .list:
        if current == nil {
          guard headings.isEmpty else {
            log.warning(
              line: line, "objectives before the first heading belong to no unit; skipped")
            continue
          }
          current = addUnit(
            heading: "Organisation (ORG)", kind: .organization, parent: nil, line: line)
        }
        readObjectives(in: block, unit: current!)
      case .htmlBlock:
        log.warning(line: line, "an HTML block is ignored; write objectives as list items")
      case .paragraph where tree.text(of: block).hasPrefix("|"):
        log.warning(line: line, "a table is ignored; write objectives as list items")
      default:
        break
      }
    }
  }

  /// Names of a section that holds the organisation's own objectives.
  static let organizationWords: Set<String> = [
    "company", "organisation", "organization", "unternehmen", "firma", "gesamtunternehmen",
  ]

  /// A heading without the cycle and the word OKRs: `Acme OKRs 2027-Q1` → `Acme`.
  static func name(ofHeading heading: String) -> String {
    let cycle = Self.cycle(in: heading)
    let words = heading.split(separator: " ").filter { word in
      let bare = word.lowercased().filter { !":,–-".contains($0) }
      if ["okr", "okrs", "objectives", "ziele"].contains(bare) { return false }
      guard let cycle else { return true }
      return !(cycle.contains(bare.uppercased()) || Self.cycle(in: String(word)) != nil)
    }
    let name = words.joined(separator: " ").trimmingWhitespace()
    return name.isEmpty ? heading : name
  }

  /// The kind of a heading's unit, from its rank among the heading levels present.
  static func kind(rank: Int, topHasOne: Bool, levelCount: Int, text: String) -> UnitKind {
    let lowered = text.lowercased()
    let leadership = [
      "leadership", "management team", "executive", "geschäftsführung", "führungsteam",
      "vorstand",
    ]
    if rank > 0 || !topHasOne, leadership.contains(where: lowered.contains) { return .leadership }
    if topHasOne {
      if rank == 0 { return .organization }
      return rank == 1 && levelCount >= 3 ? .teamOfTeams : .team
    }
    return rank == 0 && levelCount >= 2 ? .teamOfTeams : .team
  }

  private mutating func addUnit(heading: String, kind: UnitKind, parent: Int?, line: Int) -> Int {
    var name = heading
    var id: String
    if let explicit = Self.trailingID(in: heading) {
      id = explicit.id
      name = explicit.rest
    } else {
      id = Self.slug(heading)
    }
    if id.isEmpty { id = "UNIT" }
    var unique = id
    var suffix = 2
    while unitIDs[unique] != nil {
      unique = "\(id)-\(suffix)"
      suffix += 1
    }
    let index = document.units.count
    document.units.append(
      Unit(
        id: unique, name: name, kind: kind, parent: parent.map { document.units[$0].id },
        location: SourceLocation(file: log.file, line: line)))
    unitIDs[unique] = index
    unitsByName[name.lowercased()] = unitsByName[name.lowercased()] ?? index
    unitsByName[unique.lowercased()] = unitsByName[unique.lowercased()] ?? index
    return index
  }

  // MARK: Objectives and key results

  private mutating func readObjectives(in list: MarkdownTree.Block, unit: Int) {
    for item in tree.children(of: list) {
      let line = tree.line(of: item)
      var paragraphs: [String] = []
      var nested: [MarkdownTree.Block] = []
      for child in tree.children(of: item) {
        switch tree.kind(of: child) {
        case .paragraph: paragraphs.append(tree.text(of: child).trimmingWhitespace())
        case .list: nested.append(child)
        default: break
        }
      }
      guard let first = paragraphs.first, !first.isEmpty else {
        log.warning(line: line, "an empty list item is ignored")
        continue
      }
      var parsed = ItemText(first)
      var owner = unit
      if let prefix = parsed.unitPrefix {
        owner = unitFor(prefix: prefix, heading: unit, line: line) ?? owner
        if owner == unit && unitFor(prefix: prefix, heading: unit, line: line) == nil {
          parsed.title = prefix.original + parsed.title
        }
      }
      guard !parsed.title.isEmpty else {
        log.error(line: line, "this objective has no title")
        continue
      }
      let unitID = document.units[owner].id
      objectiveCounts[unitID, default: 0] += 1
      let id = parsed.id ?? "\(unitID)-\(objectiveCounts[unitID]!)"

      var keyResults: [KeyResult] = []
      for list in nested {
        for child in tree.children(of: list) {
          guard let keyResult = readKeyResult(child, objective: id, number: keyResults.count + 1)
          else { continue }
          keyResults.append(keyResult)
        }
      }
      let description = paragraphs.dropFirst().joined(separator: "\n\n")
      document.objectives.append(
        Objective(
          id: id, title: parsed.title, description: description.isEmpty ? nil : description,
          unit: unitID, owner: parsed.owner, keyResults: keyResults, alignsTo: parsed.alignsTo,
          location: SourceLocation(file: log.file, line: line)))
    }
  }

  private mutating func readKeyResult(_ item: MarkdownTree.Block, objective: String, number: Int)
    -> KeyResult?
  {
    let line = tree.line(of: item)
    var text: String?
    for child in tree.children(of: item) {
      switch tree.kind(of: child) {
      case .paragraph where text == nil: text = tree.text(of: child).trimmingWhitespace()
      case .list:
        log.warning(
          line: tree.line(of: child),
          "a list nested below a key result is ignored; only objectives and key results count")
      default: break
      }
    }
    guard let text, !text.isEmpty else { return nil }
    let parsed = ItemText(text)
    let title = (parsed.unitPrefix?.original ?? "") + parsed.title
    guard !title.isEmpty else { return nil }
    return KeyResult(
      id: parsed.id ?? "\(objective).\(number)", title: title, owner: parsed.owner,
      alignsTo: parsed.alignsTo, location: SourceLocation(file: log.file, line: line))
  }

  /// The unit a `Unit:` or `Unit (Area):` prefix names: a known unit, or a new team under
  /// the area (or the heading's unit) for the second form.
  private mutating func unitFor(prefix: ItemText.UnitPrefix, heading: Int, line: Int) -> Int? {
    if let known = unitsByName[prefix.name.lowercased()] { return known }
    guard let area = prefix.area else { return nil }
    let parent = unitsByName[area.lowercased()] ?? heading
    return addUnit(heading: prefix.name, kind: .team, parent: parent, line: line)
  }

  // MARK: Text patterns

  /// `2027-Q1`, `Q1 2027`, `Q1/2027` in a heading, as `2027-Q1`.
  static func cycle(in text: String) -> String? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," }).map(String.init)
    for (index, word) in words.enumerated() {
      let parts = word.split(separator: "-")
      if parts.count == 2, parts[0].count == 4, Int(parts[0]) != nil, isQuarter(parts[1]) {
        return "\(parts[0])-\(parts[1].uppercased())"
      }
      if isQuarter(Substring(word)), index + 1 < words.count, words[index + 1].count == 4,
        Int(words[index + 1]) != nil
      {
        return "\(words[index + 1])-\(word.uppercased())"
      }
    }
    return nil
  }

  private static func isQuarter(_ text: Substring) -> Bool {
    text.count == 2 && (text.first == "Q" || text.first == "q") && "1234".contains(text.last!)
  }

  /// A heading's trailing `(ID)`: an id in capitals and digits.
  static func trailingID(in heading: String) -> (id: String, rest: String)? {
    guard heading.hasSuffix(")"), let open = heading.lastIndex(of: "(") else { return nil }
    let inner = heading[heading.index(after: open)..<heading.index(before: heading.endIndex)]
    guard !inner.isEmpty, inner.count <= 16,
      inner.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "-" || $0 == "_" })
    else { return nil }
    return (String(inner), String(heading[..<open]).trimmingWhitespace())
  }

  /// A heading in capitals with words joined by hyphens: `Rider App` → `RIDER-APP`.
  static func slug(_ text: String) -> String {
    let words = text.uppercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    return words.prefix(5).joined(separator: "-")
  }
}
