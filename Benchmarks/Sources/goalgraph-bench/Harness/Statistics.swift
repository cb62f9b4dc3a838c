import Foundation

/// The figures of several measurements of one stage at one size.
struct StageSummary: Codable, Sendable {
  var stage: String
  var objectives: Int
  /// Every run's time in seconds, in the order they ran.
  var runs: [Double]
  var medianSeconds: Double
  var minimumSeconds: Double
  var maximumSeconds: Double
  /// The median of the child processes' peak memory during the stage (from `wait4`).
  var peakBytes: Int
  /// The median of the memory held when the stage started: its input.
  var baselineBytes: Int
  var items: Int
  /// Medians of the stage's own figures, such as `dot`'s peak memory.
  var details: [String: Double]
  /// The runs wanted; fewer ran when the budget ran out.
  var runsPlanned: Int
  /// The median time divided by that at the next smaller size, when there is one.
  var growth: Growth?
  /// Why the stage could not be measured, when it could not.
  var error: String?
}

/// How a stage's time grew from one size to the next.
struct Growth: Codable, Sendable {
  var fromObjectives: Int
  /// time(size) / time(smaller size).
  var timeRatio: Double
  /// size / smaller size.
  var sizeRatio: Double
  /// log(time ratio) / log(size ratio): 1 for linear growth, 2 for quadratic.
  var exponent: Double
}

enum Statistics {
  /// The middle value, or the mean of the two middle values.
  static func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  static func median(_ values: [Int]) -> Int {
    Int(median(values.map(Double.init)).rounded())
  }

  /// Summarises a stage's measurements at one size.
  static func summary(stage: String, objectives: Int, _ measurements: [Measurement], peaks: [Int])
    -> StageSummary
  {
    let times = measurements.map(\.seconds)
    var details: [String: Double] = [:]
    for key in Set(measurements.flatMap(\.details.keys)) {
      details[key] = median(measurements.compactMap { $0.details[key] })
    }
    return StageSummary(
      stage: stage, objectives: objectives, runs: times, medianSeconds: median(times),
      minimumSeconds: times.min() ?? .nan, maximumSeconds: times.max() ?? .nan,
      peakBytes: median(peaks), baselineBytes: median(measurements.map(\.baselineBytes)),
      items: measurements.last?.items ?? 0, details: details, runsPlanned: measurements.count)
  }

  /// Fills in each summary's growth from the same stage at the next smaller size.
  static func addGrowth(_ summaries: inout [StageSummary]) {
    for index in summaries.indices {
      let current = summaries[index]
      guard current.error == nil,
        let previous = summaries.filter({
          $0.stage == current.stage && $0.objectives < current.objectives && $0.error == nil
        }).max(by: { $0.objectives < $1.objectives }),
        previous.medianSeconds > 0
      else { continue }
      let timeRatio = current.medianSeconds / previous.medianSeconds
      let sizeRatio = Double(current.objectives) / Double(previous.objectives)
      summaries[index].growth = Growth(
        fromObjectives: previous.objectives, timeRatio: timeRatio, sizeRatio: sizeRatio,
        exponent: log(timeRatio) / log(sizeRatio))
    }
  }
}
