import GoalGraph
import Testing

/// A talk between two units with a reason of the given priority.
func talk(_ first: Int, _ second: Int, priority: Int = 3) -> Talk {
  let reason: Talk.Reason =
    switch priority {
    case 1: .request(from: "\(first)", to: "\(second)")
    case 2: .similar(first: "\(first)", second: "\(second)", duplicate: true)
    default: .relation(from: "\(first)", to: "\(second)")
    }
  return Talk(units: [min(first, second), max(first, second)], reasons: [reason])
}

/// Whether no unit has two talks in one round.
func isValid(_ schedule: TalkSchedule) -> Bool {
  schedule.rounds.allSatisfy { round in
    let units = round.flatMap(\.units)
    return Set(units).count == units.count
  }
}

@Suite("Talk schedule")
struct TalkScheduleTests {
  @Test func aTriangleNeedsThreeRounds() {
    let talks = [talk(0, 1), talk(1, 2), talk(0, 2)]
    let three = TalkSchedule(talks: talks, rounds: 3, unitCount: 3)
    #expect(three.followUps.isEmpty && isValid(three))
    let two = TalkSchedule(talks: talks, rounds: 2, unitCount: 3)
    #expect(two.rounds.joined().count == 2)
    #expect(two.followUps.count == 1)
    #expect(isValid(two))
  }

  @Test func aBusyUnitKeepsItsMostUrgentTalks() {
    var talks = (1...7).map { talk(0, $0, priority: 3) }
    talks[4] = talk(0, 5, priority: 1)
    let schedule = TalkSchedule(talks: talks, rounds: 6, unitCount: 8)
    #expect(schedule.rounds.joined().count == 6)
    #expect(schedule.followUps.count == 1)
    #expect(schedule.followUps[0].priority == 3)
    #expect(schedule.counts(priority: 1) == (placed: 1, left: 0))
  }

  @Test func theMostUrgentTalkWinsASharedUnit() {
    let talks = [talk(0, 1, priority: 3), talk(1, 2, priority: 1)]
    let schedule = TalkSchedule(talks: talks, rounds: 1, unitCount: 3)
    #expect(schedule.rounds[0].map(\.units) == [[1, 2]])
    #expect(schedule.followUps.map(\.units) == [[0, 1]])
  }

  @Test func theRecolouringStepPlacesWhatGreedyWouldMiss() {
    // Greedy alone puts (0,3) and (1,2) in round 1 and (1,3) in round 2, leaving (0,2) with
    // no common free round; swapping one chain makes room.
    let talks = [talk(0, 3), talk(1, 2), talk(1, 3), talk(0, 2)]
    let schedule = TalkSchedule(talks: talks, rounds: 2, unitCount: 4)
    #expect(schedule.followUps.isEmpty)
    #expect(isValid(schedule))
  }

  @Test(arguments: 1...20)
  func bipartiteTalkGraphsFitWhenNoUnitHasTooMany(seed: Int) {
    var random = SplitMix(seed: UInt64(seed))
    let rounds = 6
    let left = 12
    let right = 12
    var degree = [Int](repeating: 0, count: left + right)
    var pairs = Set<[Int]>()
    for _ in 0..<400 {
      let a = Int.random(in: 0..<left, using: &random)
      let b = left + Int.random(in: 0..<right, using: &random)
      guard degree[a] < rounds, degree[b] < rounds, pairs.insert([a, b]).inserted else {
        continue
      }
      degree[a] += 1
      degree[b] += 1
    }
    let talks = pairs.sorted { $0.lexicographicallyPrecedes($1) }.map { talk($0[0], $0[1]) }
    let schedule = TalkSchedule(talks: talks, rounds: rounds, unitCount: left + right)
    #expect(schedule.followUps.isEmpty, "\(schedule.followUps.count) left of \(talks.count)")
    #expect(isValid(schedule))
  }

  @Test(arguments: 1...20)
  func anyTalkGraphGivesAValidTimetable(seed: Int) {
    var random = SplitMix(seed: UInt64(seed) &* 7919)
    let units = 15
    var pairs = Set<[Int]>()
    for _ in 0..<60 {
      let a = Int.random(in: 0..<units, using: &random)
      let b = Int.random(in: 0..<units, using: &random)
      if a != b { pairs.insert([min(a, b), max(a, b)]) }
    }
    let talks = pairs.map { talk($0[0], $0[1], priority: Int.random(in: 1...3, using: &random)) }
    let schedule = TalkSchedule(talks: talks, rounds: 6, unitCount: units)
    #expect(isValid(schedule))
    #expect(schedule.rounds.joined().count + schedule.followUps.count == talks.count)
    // A talk is only left over when no round has both of its units free.
    for left in schedule.followUps {
      let sharedFreeRound = schedule.rounds.contains { round in
        !round.contains { !Set($0.units).isDisjoint(with: left.units) }
      }
      #expect(!sharedFreeRound)
    }
  }
}
