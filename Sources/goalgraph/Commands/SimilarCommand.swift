import Foundation
import GoalGraph
import GoalGraphImport
import GoalGraphReport

let similarCommand = Command(
  spec: CommandSpec(
    name: "similar",
    summary: "List the nearest neighbours of every objective (or of one) by text: score, "
      + "relation (duplicate, overlap, bundle, similar) and the terms they share.",
    arguments: "FILE...", minimumArguments: 1,
    options: [
      .value("format", short: "f", "FORMAT", choices: ["text", "json"], "Output format (text)."),
      .value(
        "threshold", short: "t", "SCORE",
        "List only neighbours scoring at least this, from 0 to 1 (0.1)."),
      .value("top", short: "k", "K", "List at most K neighbours per objective (5)."),
      .value("id", "ID", repeatable: true, "List the neighbours of this objective only."),
      .value(
        "concepts", "FILE",
        "Add the concepts of FILE to the built-in table: one per line, "
          + "'[scope|action] name: term, term, ...'."),
    ] + inputOptions,
    discussion: "Scores combine the titles (words and character n-grams), the key results "
      + "(best match of each) and the whole text, weighted by how rare each word is in the "
      + "input. Words of one concept (reduce, lower, senken) count as the same word; see "
      + "--concepts. A pair is a duplicate when it scores at least "
      + "\(formatted(SimilarityOptions().duplicateThreshold)) in the same scope, an overlap "
      + "when its titles differ in a place, platform or number, and a bundle when one title "
      + "joins the other to a theme of its own."),
  run: runSimilar)

@Sendable func runSimilar(_ parsed: ParsedArguments) -> ExitCode {
  var options = SimilarityOptions()
  let threshold: Double
  let top: Int
  do {
    threshold = try score(parsed, "threshold") ?? 0.1
    top = try positiveInteger(parsed, "top") ?? options.neighbourCount
    if let path = parsed.value("concepts") {
      options.concepts = try conceptTable(path)
    }
  } catch {
    Console.error("goalgraph similar: \(error.description)")
    return .usageOrInput
  }

  let graph: SupportGraph
  switch loadGraph(parsed, command: "similar") {
  case .success(let loaded): graph = loaded.0
  case .failure(let failure): return failure.code
  }

  var objectives = Array(0..<graph.objectiveCount)
  if !parsed.all("id").isEmpty {
    objectives = []
    for id in parsed.list("id") {
      guard let node = graph.node(id: id), graph.isObjective(node) else {
        var message = "goalgraph similar: no objective has the id \(id)"
        let ids = (0..<graph.objectiveCount).map { graph.id(of: $0) }
        if let guess = closestMatch(to: id, in: ids) { message += "; did you mean \(guess)?" }
        Console.error(terminalSafe(message))
        return .usageOrInput
      }
      objectives.append(node)
    }
  }

  let index = SimilarityIndex(graph: graph, options: options)
  let neighbours: [[SimilarityMatch]]
  if objectives.count == graph.objectiveCount {
    neighbours = index.allNeighbours(top: top, minimumScore: threshold)
  } else {
    neighbours = objectives.map { index.neighbours(of: $0, top: top, minimumScore: threshold) }
  }

  if parsed.value("format") == "json" {
    Console.write(similarJSON(graph, objectives, neighbours).serialized() + "\n")
  } else {
    Console.write(similarText(graph, objectives, neighbours))
  }
  return .success
}

/// The neighbours as text: each objective, then its neighbours indented, one a line.
private func similarText(
  _ graph: SupportGraph, _ objectives: [Int], _ neighbours: [[SimilarityMatch]]
) -> String {
  var lines: [String] = []
  for (objective, matches) in zip(objectives, neighbours) {
    lines.append("\(graph.describe(objective)) (\(graph.unitName(of: objective)))")
    if matches.isEmpty { lines.append("  no neighbour above the threshold") }
    for match in matches {
      var line = "  \(formatted(match.score))  \(graph.describe(match.objective))"
      line += " (\(graph.unitName(of: match.objective)))"
      if match.relation != .similar { line += "  \(match.relation.rawValue)" }
      if !match.sharedTerms.isEmpty {
        line += "; shared: " + match.sharedTerms.joined(separator: ", ")
      }
      if !match.scopeDifference.isEmpty {
        line += "; scope: " + match.scopeDifference.joined(separator: ", ")
      }
      lines.append(line)
    }
  }
  return lines.map(terminalSafe).joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
}

/// The neighbours as JSON (`version` 1): an array of objectives, each with its neighbours.
private func similarJSON(
  _ graph: SupportGraph, _ objectives: [Int], _ neighbours: [[SimilarityMatch]]
) -> JSONValue {
  let entries = zip(objectives, neighbours).map { objective, matches -> JSONValue in
    .object([
      ("id", .string(graph.id(of: objective))),
      ("title", .string(graph.objective(objective).title)),
      ("unit", .string(graph.objective(objective).unit)),
      (
        "neighbours",
        .array(
          matches.map { match in
            .object([
              ("id", .string(graph.id(of: match.objective))),
              ("title", .string(graph.objective(match.objective).title)),
              ("unit", .string(graph.objective(match.objective).unit)),
              ("score", .double((match.score * 1000).rounded() / 1000)),
              ("title_score", .double((match.titleScore * 1000).rounded() / 1000)),
              (
                "key_result_score",
                match.keyResultScore.map { .double(($0 * 1000).rounded() / 1000) } ?? .null
              ),
              ("relation", .string(match.relation.rawValue)),
              ("shared_terms", .array(match.sharedTerms.map(JSONValue.string))),
              ("scope_difference", .array(match.scopeDifference.map(JSONValue.string))),
            ])
          })
      ),
    ])
  }
  return .object([("schema", .string("goalgraph-similar/1")), ("objectives", .array(entries))])
}

/// A score between 0 and 1 given on the command line.
func score(_ parsed: ParsedArguments, _ name: String) throws(UsageError) -> Double? {
  guard let text = parsed.value(name) else { return nil }
  guard let value = Double(text), value >= 0, value <= 1 else {
    throw UsageError(description: "--\(name) needs a number from 0 to 1, not \(text)")
  }
  return value
}

/// The built-in concept table extended with the concepts of a file.
func conceptTable(_ path: String) throws(UsageError) -> ConceptTable {
  let text: String
  do {
    text = try String(contentsOfFile: path, encoding: .utf8)
  } catch {
    throw UsageError(description: "--concepts: cannot read \(path) as UTF-8 text")
  }
  do {
    return ConceptTable.standard.extended(with: try ConceptTable(parsing: text, source: path))
  } catch {
    throw UsageError(description: "--concepts: \(error.description)")
  }
}

/// A score with two decimals.
private func formatted(_ score: Double) -> String {
  let hundredths = Int((score * 100).rounded())
  let fraction = hundredths % 100
  return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}
