/// The timetable of the break-out talks: in each round every unit is in at most one talk.
public struct TalkSchedule: Sendable {
  /// The talks of each round, `rounds[r]` for round r + 1.
  public var rounds: [[Talk]]
  /// Talks that found no round: the follow-up list ("Who, What, When").
  public var followUps: [Talk]

  /// How many talks of each priority were placed and left over.
  public func counts(priority: Int) -> (placed: Int, left: Int) {
    (
      rounds.joined().filter { $0.priority == priority }.count,
      followUps.filter { $0.priority == priority }.count
    )
  }
}

extension TalkSchedule {
  /// Places talks into rounds, most urgent first.
  ///
  /// Each round is a matching of the talk graph (units as vertices, talks as edges), so the
  /// timetable is an edge colouring with `rounds` colours. Talks are taken by priority; a talk
  /// goes to the first round where both units are free. When none is, one alternating chain
  /// of two rounds is recoloured (a Kempe swap) to free a round for both, moving talks between
  /// rounds but never removing one. A talk that still does not fit goes to the follow-ups.
  ///
  /// The chain repair makes the result exact when the talk graph is bipartite (every talk
  /// fits once each unit has at most `rounds` talks, by König's theorem); in general a talk is
  /// left out only when one of its units is busy in every round, or both are busy and the
  /// chain between their free rounds joins them.
  ///
  /// - Complexity: O(t × (r + u)) for t talks, r rounds and u units.
  public init(talks: [Talk], rounds count: Int, unitCount: Int) {
    precondition(count > 0, "a schedule needs at least one round")
    // partner[unit][round]: the unit it talks to in that round, and the talk's index.
    var partner = [[(unit: Int, talk: Int)?]](
      repeating: Array(repeating: nil, count: count), count: unitCount)
    var roundOf = [Int?](repeating: nil, count: talks.count)
    var followUps: [Int] = []

    let order = talks.indices.sorted { (talks[$0].priority, $0) < (talks[$1].priority, $1) }
    for index in order {
      let talk = talks[index]
      let u = talk.units[0]
      let v = talk.units[1]
      if let round = (0..<count).first(where: { partner[u][$0] == nil && partner[v][$0] == nil }) {
        partner[u][round] = (v, index)
        partner[v][round] = (u, index)
        roundOf[index] = round
        continue
      }
      guard let a = (0..<count).first(where: { partner[u][$0] == nil }),
        let b = (0..<count).first(where: { partner[v][$0] == nil })
      else {
        followUps.append(index)
        continue
      }
      // Swap rounds a and b along the chain that starts at v with its talk in round a.
      var chain: [Int] = []
      var vertex = v
      var round = a
      var reachesU = false
      while let next = partner[vertex][round] {
        chain.append(next.talk)
        if next.unit == u {
          reachesU = true
          break
        }
        vertex = next.unit
        round = round == a ? b : a
      }
      guard !reachesU else {
        followUps.append(index)
        continue
      }
      for talkIndex in chain {
        let (x, y) = (talks[talkIndex].units[0], talks[talkIndex].units[1])
        let old = roundOf[talkIndex]!
        partner[x][old] = nil
        partner[y][old] = nil
      }
      for talkIndex in chain {
        let (x, y) = (talks[talkIndex].units[0], talks[talkIndex].units[1])
        let new = roundOf[talkIndex]! == a ? b : a
        partner[x][new] = (y, talkIndex)
        partner[y][new] = (x, talkIndex)
        roundOf[talkIndex] = new
      }
      partner[u][a] = (v, index)
      partner[v][a] = (u, index)
      roundOf[index] = a
    }

    // Recolouring may have freed rounds for talks left out earlier.
    followUps.removeAll { index in
      let (u, v) = (talks[index].units[0], talks[index].units[1])
      guard let round = (0..<count).first(where: { partner[u][$0] == nil && partner[v][$0] == nil })
      else { return false }
      partner[u][round] = (v, index)
      partner[v][round] = (u, index)
      roundOf[index] = round
      return true
    }

    var rounds = [[Talk]](repeating: [], count: count)
    for (index, round) in roundOf.enumerated() {
      if let round { rounds[round].append(talks[index]) }
    }
    for round in rounds.indices {
      rounds[round].sort {
        ($0.priority, $0.units[0], $0.units[1]) < ($1.priority, $1.units[0], $1.units[1])
      }
    }
    self.rounds = rounds
    self.followUps = followUps.sorted().map { talks[$0] }
  }
}
