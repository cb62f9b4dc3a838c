// The STS-B sanity check: how well goalgraph's pair score ranks general English sentence
// pairs, as the ROC AUC against "human score >= 4". Built and run by run.sh.
import Foundation
import GoalGraph

guard CommandLine.arguments.count == 2 else {
  FileHandle.standardError.write("usage: sts STS-TEST.CSV\n".data(using: .utf8)!)
  exit(2)
}
let text = try String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8)

// Each sentence becomes an objective of a team of its own; the pairs are compared by title.
var document = OKRDocument()
var pairs: [(left: Int, right: Int, human: Double)] = []
@MainActor func objective(_ title: String) -> Int {
  let index = document.objectives.count
  document.units.append(Unit(id: "U\(index)", kind: .team))
  document.objectives.append(Objective(id: "S\(index)", title: title, unit: "U\(index)"))
  return index
}
for line in text.split(separator: "\n") {
  let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
  guard columns.count >= 7, let human = Double(columns[4]) else { continue }
  pairs.append((objective(columns[5]), objective(columns[6]), human))
}

let index = SimilarityIndex(graph: SupportGraph(document))
let scored = pairs.map { (score: index.compare($0.left, $0.right).score, positive: $0.human >= 4) }

// The AUC as the probability that a positive pair outscores a negative one (ties count half),
// from the ranks of all scores.
let sorted = scored.enumerated().sorted { $0.element.score < $1.element.score }
var ranks = [Double](repeating: 0, count: scored.count)
var start = 0
while start < sorted.count {
  var end = start
  while end + 1 < sorted.count && sorted[end + 1].element.score == sorted[start].element.score {
    end += 1
  }
  for k in start...end { ranks[sorted[k].offset] = Double(start + end) / 2 + 1 }
  start = end + 1
}
let positives = scored.filter(\.positive).count
let negatives = scored.count - positives
let positiveRanks = zip(scored, ranks).filter { $0.0.positive }.reduce(0) { $0 + $1.1 }
let auc =
  (positiveRanks - Double(positives) * Double(positives + 1) / 2)
  / (Double(positives) * Double(negatives))
print("STS-B test: \(scored.count) pairs, \(positives) with human score >= 4")
print(String(format: "ROC AUC of the goalgraph pair score: %.3f", auc))
