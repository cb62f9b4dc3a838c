/// The Levenshtein distance between two strings, counted in characters, stopping early once
/// it exceeds `limit`.
///
/// Used to suggest the id or option a user probably meant.
///
/// - Returns: The distance, or `limit + 1` when it is larger than `limit`.
/// - Complexity: O(m × n), where m and n are the lengths of the strings.
public func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
  let a = Array(a)
  let b = Array(b)
  if abs(a.count - b.count) > limit { return limit &+ 1 }
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    var rowMinimum = i
    for j in 1...b.count {
      let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
      current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
      rowMinimum = min(rowMinimum, current[j])
    }
    if rowMinimum > limit { return limit &+ 1 }
    swap(&previous, &current)
  }
  return previous[b.count]
}

/// The candidate closest to `word` in spelling, if one is close enough to be a likely typo.
///
/// - Complexity: O(c × m × n) for c candidates of length about n.
public func closestMatch(to word: String, in candidates: some Sequence<String>) -> String? {
  // A word that begins a candidate is an abbreviation of it: `warn` for `warning`.
  let lowered = word.lowercased()
  if lowered.count >= 3,
    let abbreviated = candidates.filter({ $0.lowercased().hasPrefix(lowered) }).min()
  {
    return abbreviated
  }
  let limit = max(1, word.count / 4)
  var best: (candidate: String, distance: Int)?
  for candidate in candidates where abs(candidate.count - word.count) <= limit {
    let distance = editDistance(word.lowercased(), candidate.lowercased(), limit: limit)
    guard distance <= limit else { continue }
    if let current = best,
      current.distance < distance || (current.distance == distance && current.candidate < candidate)
    {
      continue
    }
    best = (candidate, distance)
  }
  return best?.candidate
}
