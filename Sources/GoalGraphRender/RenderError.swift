/// A failure to draw the goal chart.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The layout engine is not one Graphviz knows.
  case unknownEngine(String, available: [String])
  /// Graphviz cannot write this format, usually because its plugins are not registered.
  case unknownFormat(String, available: [String])
  /// Graphviz could not read the chart it was given: a bug in goalgraph.
  case unreadableChart(String)
  /// Graphviz reported errors while laying out or drawing; the messages are its own.
  case graphviz([String])
  /// `--focus` names no objective or key result; with the closest id, if any.
  case unknownFocus(String, suggestion: String?)
  /// `--unit` names no unit; with the closest id, if any.
  case unknownUnit(String, suggestion: String?)

  public var description: String {
    switch self {
    case .unknownEngine(let engine, let available):
      if available.isEmpty {
        return "Graphviz cannot lay out with \(engine): no layout plugins are registered; its "
          + "plugin configuration is missing or broken (run 'dot -c' as root, or reinstall "
          + "libgvc6)"
      }
      return "Graphviz has no layout engine \(engine); available: "
        + available.joined(separator: ", ")
    case .unknownFormat(let format, let available):
      if available.isEmpty {
        return "Graphviz cannot write \(format): no output plugins are registered "
          + "(run 'dot -c' as root, or reinstall libgvc6)"
      }
      return "Graphviz cannot write \(format); available: \(available.joined(separator: ", "))"
    case .unreadableChart(let message):
      return "Graphviz could not read the chart: \(message)"
    case .graphviz(let messages):
      return "Graphviz: " + messages.joined(separator: "; ")
    case .unknownFocus(let id, let suggestion):
      return "no objective or key result has the id \(id)"
        + (suggestion.map { "; did you mean \($0)?" } ?? "")
    case .unknownUnit(let id, let suggestion):
      return "no unit has the id \(id)" + (suggestion.map { "; did you mean \($0)?" } ?? "")
    }
  }
}
