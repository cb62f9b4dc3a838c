import GoalGraph

/// Reading objectives and key results, one per row.
///
/// Three shapes are understood: a `type` column (objective or key result) with a `title`
/// column; no `type` column, where every row is an objective; and a team sheet with
/// `objective` and `key result` columns, where key results follow their objective's row.
extension CSVDocumentReader {
  private enum RowType {
    case objective
    case keyResult
    case other(String)
  }

  /// Rows of key results wait here until every objective of the file is known.
  private struct PendingKeyResult {
    var objective: String
    var keyResult: KeyResult
  }

  mutating func readObjectives(_ rows: [CSVParser.Record]) {
    let teamSheet = columns[.title] == nil
    var objectiveIndexByID: [String: Int] = [:]
    var pending: [PendingKeyResult] = []
    var derivedCounts: [String: Int] = [:]
    var unitKinds: [String: UnitKind] = [:]
    var cycles: [String] = []
    var skipped: [String: (count: Int, line: Int)] = [:]
    var unknownStatuses: [String: Int] = [:]
    let declaredObjectiveIDs = Set(
      rows.compactMap { row in
        teamSheet || isObjectiveRow(row) ? value(.id, row) ?? value(.goalID, row) : nil
      })

    var keyResultCounts: [String: Int] = [:]
    func nextKeyResultNumber(of objective: String) -> Int {
      keyResultCounts[objective, default: 0] += 1
      return keyResultCounts[objective]!
    }

    for row in rows {
      if let cycle = value(.cycle, row), !cycles.contains(cycle) { cycles.append(cycle) }
      let type: RowType
      if teamSheet {
        type = .objective
      } else if let text = value(.type, row) {
        type = rowType(text)
      } else {
        type = .objective
      }
      // Without a unit column the owner stands for the unit, but only on objective rows:
      // a key result's owner is a person of its objective's unit.
      var unit = value(.unit, row).map(firstOfList)
      if unit == nil, case .objective = type { unit = value(.owner, row).map(firstOfList) }
      if let unit { registerUnit(unit, row, &unitKinds) }

      switch type {
      case .other(let name):
        let seen = skipped[name] ?? (0, row.line)
        skipped[name] = (seen.count + 1, seen.line)

      case .objective where teamSheet:
        if let title = value(.objective, row) {
          let current = document.objectives.last
          let continues =
            current?.title == title && (unit == nil || current?.unit == unit)
            && value(.id, row).map { $0 == current?.id } ?? true
          if !continues {
            guard let unit else {
              log.error(line: row.line, "the objective \"\(title)\" needs a team (a unit column)")
              continue
            }
            let id = value(.id, row) ?? derivedID(unit, &derivedCounts)
            appendObjective(id: id, title: title, unit: unit, row, &objectiveIndexByID)
          }
        }
        if let title = value(.keyResult, row) {
          guard let objective = document.objectives.last else {
            log.error(
              line: row.line, "the key result \"\(title)\" comes before any objective")
            continue
          }
          let number = nextKeyResultNumber(of: objective.id)
          let id = "\(objective.id).\(number)"
          let keyResult = makeKeyResult(id: id, title: title, alignsTo: [], row)
          pending.append(PendingKeyResult(objective: objective.id, keyResult: keyResult))
        }

      case .objective:
        guard let title = value(.title, row) else {
          log.error(line: row.line, "this objective has no title")
          continue
        }
        guard let unit else {
          log.error(
            line: row.line,
            "the objective \"\(title)\" needs a unit (a unit, team or owner column)")
          continue
        }
        let id = value(.id, row) ?? value(.goalID, row) ?? derivedID(unit, &derivedCounts)
        appendObjective(id: id, title: title, unit: unit, row, &objectiveIndexByID)

      case .keyResult:
        guard let title = value(.title, row) else {
          log.error(line: row.line, "this key result has no title")
          continue
        }
        // The parent column names the key result's objective when it is one of this file;
        // otherwise the key result belongs to the objective of the rows above.
        var alignsTo = values(.alignsTo, row)
        var owner: String?
        for parent in values(.parent, row) {
          if owner == nil && declaredObjectiveIDs.contains(parent) {
            owner = parent
          } else {
            alignsTo.append(parent)
          }
        }
        guard let objective = owner ?? document.objectives.last?.id else {
          log.error(
            line: row.line,
            "the key result \"\(title)\" names no objective and comes before any objective")
          continue
        }
        let number = nextKeyResultNumber(of: objective)
        let id = value(.id, row) ?? value(.goalID, row) ?? "\(objective).\(number)"
        let keyResult = makeKeyResult(id: id, title: title, alignsTo: alignsTo, row)
        pending.append(PendingKeyResult(objective: objective, keyResult: keyResult))
      }
      if let status = value(.status, row),
        Vocabulary.choice(status, aliases: Vocabulary.objectiveStatuses) == nil
      {
        unknownStatuses[status, default: 0] += 1
      }
    }

    for item in pending {
      guard let index = objectiveIndexByID[item.objective] else {
        log.error(
          line: item.keyResult.location?.line ?? 0,
          "the key result \(item.keyResult.id) names the objective \(item.objective), "
            + "which is not in this file")
        continue
      }
      document.objectives[index].keyResults.append(item.keyResult)
    }
    resolveTitles()
    document.cycle = cycles.first
    if cycles.count > 1 {
      log.warning(
        line: records[0].line,
        "the rows name several cycles (\(cycles.joined(separator: ", "))); "
          + "the first is taken as the cycle")
    }
    for (name, seen) in skipped.sorted(by: { $0.value.line < $1.value.line }) {
      log.warning(
        line: seen.line, "\(seen.count) rows of type \"\(name)\" skipped (first here)")
    }
    if !unknownStatuses.isEmpty {
      let names = unknownStatuses.keys.sorted().joined(separator: ", ")
      log.warning(
        line: records[0].line,
        "statuses ignored (only draft and committed mean something here): \(names)")
    }
  }

  private func isObjectiveRow(_ row: CSVParser.Record) -> Bool {
    guard let text = value(.type, row) else { return true }
    if case .objective = rowType(text) { return true }
    return false
  }

  private func rowType(_ text: String) -> RowType {
    switch Vocabulary.normalized(text) {
    case "objective", "o", "obj", "goal": .objective
    case "key-result", "kr", "keyresult", "key-results", "result": .keyResult
    default: .other(text)
    }
  }

  /// Departments and owners may list several; the first is the unit.
  private func firstOfList(_ text: String) -> String {
    let first = text.split(separator: ",").first.map(String.init) ?? text
    return first.trimmingWhitespace()
  }

  private func derivedID(_ unit: String, _ counts: inout [String: Int]) -> String {
    counts[unit, default: 0] += 1
    let stem = unit.split(whereSeparator: { $0.isWhitespace }).joined(separator: "-")
    return "\(stem)-\(counts[unit]!)"
  }

  private mutating func registerUnit(
    _ unit: String, _ row: CSVParser.Record, _ kinds: inout [String: UnitKind]
  ) {
    let parent = value(.parentUnit, row)
    guard let kindText = value(.unitKind, row) else {
      if kinds[unit] == nil && impliedUnits[unit] == nil {
        impliedUnits[unit] = ImpliedUnit(id: unit, parent: parent, location: location(row.line))
      } else if let parent, impliedUnits[unit]?.parent == nil {
        impliedUnits[unit]?.parent = parent
      }
      return
    }
    guard let kind = Vocabulary.choice(kindText, aliases: Vocabulary.unitKinds) else {
      let known = UnitKind.allCases.map(\.rawValue).joined(separator: ", ")
      log.error(line: row.line, "unknown unit kind \"\(kindText)\"; expected one of \(known)")
      return
    }
    if let known = kinds[unit] {
      if known != kind {
        log.error(
          line: row.line,
          "the unit \(unit) is a \(kind.rawValue) here but a \(known.rawValue) above")
      }
      return
    }
    kinds[unit] = kind
    impliedUnits[unit] = nil
    document.units.append(
      Unit(id: unit, name: unit, kind: kind, parent: parent, location: location(row.line)))
  }

  private mutating func appendObjective(
    id: String, title: String, unit: String, _ row: CSVParser.Record,
    _ indexByID: inout [String: Int]
  ) {
    var status: ObjectiveStatus?
    if let text = value(.status, row) {
      status = Vocabulary.choice(text, aliases: Vocabulary.objectiveStatuses)
    }
    indexByID[id] = indexByID[id] ?? document.objectives.count
    document.objectives.append(
      Objective(
        id: id, title: title, description: value(.description, row), unit: unit,
        owner: value(.owner, row), status: status,
        alignsTo: values(.alignsTo, row) + values(.parent, row), location: location(row.line)))
  }

  private mutating func makeKeyResult(
    id: String, title: String, alignsTo: [String], _ row: CSVParser.Record
  ) -> KeyResult {
    var metric = Metric(name: value(.metric, row))
    for (column, keyPath) in [(CSVColumn.from, \Metric.from), (.to, \Metric.to)] {
      guard let text = value(column, row) else { continue }
      guard let number = parseNumber(text) else {
        log.error(line: row.line, "expected a number for \(column.rawValue), found \(text)")
        continue
      }
      metric[keyPath: keyPath] = number
    }
    return KeyResult(
      id: id, title: title, owner: value(.owner, row), metric: metric.isEmpty ? nil : metric,
      alignsTo: alignsTo, location: location(row.line))
  }

  /// Team sheets often name what an objective is aligned to by its title: turn such titles
  /// into ids, where they match one objective or key result of the file.
  private mutating func resolveTitles() {
    var ids = Set<String>()
    var byTitle: [String: String] = [:]
    for objective in document.objectives {
      ids.insert(objective.id)
      if byTitle[objective.title.lowercased()] == nil {
        byTitle[objective.title.lowercased()] = objective.id
      }
      for keyResult in objective.keyResults {
        ids.insert(keyResult.id)
        if byTitle[keyResult.title.lowercased()] == nil {
          byTitle[keyResult.title.lowercased()] = keyResult.id
        }
      }
    }
    func resolve(_ reference: String) -> String {
      ids.contains(reference) ? reference : byTitle[reference.lowercased()] ?? reference
    }
    for index in document.objectives.indices {
      document.objectives[index].alignsTo = document.objectives[index].alignsTo.map(resolve)
      for keyIndex in document.objectives[index].keyResults.indices {
        document.objectives[index].keyResults[keyIndex].alignsTo =
          document.objectives[index].keyResults[keyIndex].alignsTo.map(resolve)
      }
    }
  }
}
