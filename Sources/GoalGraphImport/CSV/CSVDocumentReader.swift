import GoalGraph

/// A unit that a CSV file names without saying its kind; the importer infers the kind once all
/// files are read, unless another file defines the unit.
struct ImpliedUnit {
  var id: String
  var parent: String?
  var location: SourceLocation
}

/// Reads the records of one CSV file into the model. The header decides what the file holds:
/// links (`from` and `to` columns), units (`kind` or `name` and no title), or objectives and
/// key results, one per row.
struct CSVDocumentReader {
  var log: ProblemLog
  let records: [CSVParser.Record]
  var columns: [CSVColumn: Int] = [:]
  var document = OKRDocument()
  var impliedUnits: [String: ImpliedUnit] = [:]

  private init(records: [CSVParser.Record], log: ProblemLog) {
    self.records = records
    self.log = log
  }

  /// Reads the file's records.
  ///
  /// - Complexity: O(r × c) for r rows of c columns.
  static func read(_ records: [CSVParser.Record], log: inout ProblemLog) -> (
    OKRDocument, [ImpliedUnit]
  ) {
    var reader = CSVDocumentReader(records: records, log: log)
    reader.readAll()
    log = reader.log
    let implied = reader.impliedUnits.values.sorted { $0.location < $1.location }
    return (reader.document, implied)
  }

  func location(_ line: Int) -> SourceLocation {
    SourceLocation(file: log.file, line: line)
  }

  private mutating func readAll() {
    guard let header = records.first else {
      log.warning(line: 1, "the file is empty")
      return
    }
    var ignored: [String] = []
    for (index, name) in header.fields.enumerated() {
      guard let column = CSVColumn.named(name) else {
        if !name.trimmingWhitespace().isEmpty { ignored.append(name) }
        continue
      }
      if columns[column] != nil {
        log.error(
          line: header.line, "two columns mean \(column.rawValue): \(name) is the second")
        continue
      }
      columns[column] = index
    }
    // A row with more fields than the header is misaligned: report it and read the others.
    let width = header.fields.count
    var rows: [CSVParser.Record] = []
    for row in records.dropFirst() where !row.fields.allSatisfy(\.isEmpty) {
      if row.fields.count == 1 && width > 1,
        let other = [";", ",", "\t"].first(where: { row.fields[0].contains($0) })
      {
        let shown = other == "\t" ? "tabs" : "'\(other)'"
        log.error(
          line: row.line,
          "this row uses \(shown) between fields, the header another delimiter (mixed "
            + "delimiters); save the file with one delimiter throughout")
        continue
      }
      guard row.fields.count <= width else {
        log.error(
          line: row.line,
          "this row has \(row.fields.count) fields but the header has \(width); "
            + "is a delimiter inside a field that is not quoted?")
        continue
      }
      rows.append(row)
    }

    let has = Set(columns.keys)
    if has.contains(.from) && has.contains(.to) && !has.contains(.title) {
      reportIgnored(ignored, header.line)
      rows.forEach { readLink($0) }
    } else if !has.isDisjoint(with: [.kind, .name, .unitKind])
      && has.isDisjoint(with: [.title, .objective, .keyResult])
    {
      reportIgnored(ignored, header.line)
      rows.forEach { readUnit($0) }
    } else if !has.isDisjoint(with: [.title, .objective, .keyResult]) {
      reportIgnored(ignored, header.line)
      readObjectives(rows)
    } else {
      log.error(
        line: header.line,
        "the header names no known column for titles; expected title, objective or "
          + "key result (for OKRs), kind and name (for units), or from and to (for links); "
          + "found \(header.fields.joined(separator: ", "))")
    }
  }

  private mutating func reportIgnored(_ ignored: [String], _ line: Int) {
    guard !ignored.isEmpty else { return }
    log.warning(line: line, "columns ignored: \(ignored.joined(separator: ", "))")
  }

  func value(_ column: CSVColumn, _ row: CSVParser.Record) -> String? {
    guard let index = columns[column], index < row.fields.count else { return nil }
    let value = row.fields[index]
    return value.isEmpty ? nil : value
  }

  /// Several ids in one field, separated by commas, semicolons or line breaks. A field whose
  /// parts hold spaces is one title, not a list of ids, and is returned whole.
  func values(_ column: CSVColumn, _ row: CSVParser.Record) -> [String] {
    guard let field = value(column, row) else { return [] }
    let parts = field.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline })
      .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    if parts.contains(where: { $0.contains(where: \.isWhitespace) }) { return [field] }
    return parts
  }

  // MARK: Links and units

  private mutating func readLink(_ row: CSVParser.Record) {
    guard let from = value(.from, row), let to = value(.to, row) else {
      log.error(line: row.line, "a link needs both from and to")
      return
    }
    let kind = choice(.kind, row, Vocabulary.linkKinds, "link kind")
    let status = choice(.status, row, Vocabulary.linkStatuses, "link status")
    guard let kind, let status else { return }
    document.links.append(
      Link(
        from: from, to: to, kind: kind ?? .contributes, status: status ?? .requested,
        note: value(.note, row), location: location(row.line)))
  }

  private mutating func readUnit(_ row: CSVParser.Record) {
    guard let id = value(.id, row) ?? value(.name, row) ?? value(.unit, row) else {
      log.error(line: row.line, "a unit needs an id")
      return
    }
    let kindColumn: CSVColumn =
      columns[.kind] != nil ? .kind : columns[.unitKind] != nil ? .unitKind : .type
    guard let kind = choice(kindColumn, row, Vocabulary.unitKinds, "unit kind") else { return }
    guard let kind else {
      log.error(
        line: row.line,
        "the unit \(id) needs a kind: organization, leadership, team-of-teams "
          + "or team")
      return
    }
    var capacity: Int?
    if let text = value(.capacity, row) {
      capacity = Int(text)
      if capacity == nil || capacity! < 0 {
        log.error(line: row.line, "expected a whole number for capacity, found \(text)")
      }
    }
    document.units.append(
      Unit(
        id: id, name: value(.name, row) ?? value(.unit, row), kind: kind,
        parent: value(.parent, row) ?? value(.parentUnit, row), coach: value(.coach, row),
        capacity: capacity, location: location(row.line)))
  }

  /// The value of a column from a fixed set: `.some(nil)` when empty, `nil` when unknown.
  mutating func choice<Value: RawRepresentable & CaseIterable>(
    _ column: CSVColumn, _ row: CSVParser.Record, _ aliases: [String: Value], _ what: String
  ) -> Value?? where Value.RawValue == String {
    guard let text = value(column, row) else { return .some(nil) }
    if let chosen = Vocabulary.choice(text, aliases: aliases) { return .some(chosen) }
    let known = Value.allCases.map(\.rawValue).joined(separator: ", ")
    log.error(line: row.line, "unknown \(what) \"\(text)\"; expected one of \(known)")
    return nil
  }
}
