/// What a cross-team link means.
public enum LinkKind: String, CaseIterable, Sendable {
  /// The source supports the target: it counts in the support graph.
  case contributes
  /// The source needs the target: a connection, not support.
  case dependsOn = "depends_on"
  /// The two are related: a connection, not support.
  case relatesTo = "relates_to"
}

/// Where a link stands after the alignment session's talks.
public enum LinkStatus: String, CaseIterable, Sendable {
  case requested
  case committed
  case declined
}

/// A cross-team edge noted in the alignment session, between objectives or key results.
public struct Link: Hashable, Sendable {
  /// The id of the supporting (or depending, or relating) objective or key result.
  public var from: String
  /// The id of the supported objective or key result.
  public var to: String
  public var kind: LinkKind
  public var status: LinkStatus
  public var note: String?
  public var location: SourceLocation?

  public init(
    from: String, to: String, kind: LinkKind = .contributes, status: LinkStatus = .requested,
    note: String? = nil, location: SourceLocation? = nil
  ) {
    self.from = from
    self.to = to
    self.kind = kind
    self.status = status
    self.note = note
    self.location = location
  }
}
