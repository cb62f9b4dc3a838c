/// A failure to draw the goal chart.
public enum RenderError: Error, Sendable {
  /// Graphviz reported a problem; the message is Graphviz's own.
  case graphviz(String)
}
