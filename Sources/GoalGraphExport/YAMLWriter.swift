import CYAML
import GoalGraph

/// Writes a document as YAML through libyaml's emitter, which quotes and escapes every
/// text as YAML requires.
public enum YAMLWriter {
  /// The document as YAML text.
  ///
  /// - Complexity: O(n) in the size of the document.
  public static func write(_ document: OKRDocument) -> String {
    let emitter = Emitter()
    let fields = DocumentFields(document)
    emitter.mapping {
      if let cycle = document.cycle {
        emitter.scalar("cycle")
        emitter.scalar(cycle)
      }
      if let organization = fields.organization {
        emitter.scalar("organization")
        emitter.fields(DocumentFields.organization(organization))
      }
      if !fields.units.isEmpty {
        emitter.scalar("units")
        emitter.sequence {
          for unit in fields.units { emitter.fields(DocumentFields.unit(unit)) }
        }
      }
      if !document.objectives.isEmpty {
        emitter.scalar("objectives")
        emitter.sequence {
          for objective in document.objectives {
            emitter.mapping {
              emitter.entries(DocumentFields.objective(objective))
              guard !objective.keyResults.isEmpty else { return }
              emitter.scalar("key_results")
              emitter.sequence {
                for keyResult in objective.keyResults {
                  emitter.fields(DocumentFields.keyResult(keyResult))
                }
              }
            }
          }
        }
      }
      if !document.links.isEmpty {
        emitter.scalar("links")
        emitter.sequence {
          for link in document.links { emitter.fields(DocumentFields.link(link)) }
        }
      }
    }
    return emitter.finish()
  }
}

/// Owns a libyaml emitter that writes into a Swift buffer.
private final class Emitter {
  private var emitter = yaml_emitter_t()
  private var event = yaml_event_t()
  fileprivate var output: [UInt8] = []

  init() {
    yaml_emitter_initialize(&emitter)
    yaml_emitter_set_unicode(&emitter, 1)
    yaml_emitter_set_width(&emitter, 100)
    yaml_emitter_set_indent(&emitter, 2)
    let context = Unmanaged.passUnretained(self).toOpaque()
    yaml_emitter_set_output(
      &emitter,
      { context, buffer, size in
        let emitter = Unmanaged<Emitter>.fromOpaque(context!).takeUnretainedValue()
        emitter.output.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
        return 1
      }, context)
    yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)
    emit()
    yaml_document_start_event_initialize(&event, nil, nil, nil, 1)
    emit()
  }

  deinit {
    yaml_emitter_delete(&emitter)
  }

  private func emit() {
    // The emitter takes the event over; it fails only on a broken event sequence.
    let emitted = yaml_emitter_emit(&emitter, &event)
    precondition(emitted == 1, "libyaml refused an event: a bug in the YAML writer")
  }

  func finish() -> String {
    yaml_document_end_event_initialize(&event, 1)
    emit()
    yaml_stream_end_event_initialize(&event)
    emit()
    yaml_emitter_flush(&emitter)
    return String(decoding: output, as: UTF8.self)
  }

  func mapping(_ body: () -> Void) {
    yaml_mapping_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE)
    emit()
    body()
    yaml_mapping_end_event_initialize(&event)
    emit()
  }

  func sequence(flow: Bool = false, _ body: () -> Void) {
    let style = flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
    yaml_sequence_start_event_initialize(&event, nil, nil, 1, style)
    emit()
    body()
    yaml_sequence_end_event_initialize(&event)
    emit()
  }

  /// A text scalar. Texts that a reader would take for nothing are quoted.
  func scalar(_ text: String, plainAllowed: Bool = true) {
    let readsAsNull = ["", "~", "null", "Null", "NULL"].contains(text)
    let style =
      readsAsNull || !plainAllowed ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBufferPointer { buffer in
      // An empty buffer has no base address; libyaml needs one.
      var empty: UInt8 = 0
      let pointer = buffer.baseAddress ?? withUnsafeMutablePointer(to: &empty) { $0 }
      yaml_scalar_event_initialize(
        &event, nil, nil, pointer, Int32(buffer.count), 1, 1, style)
    }
    emit()
  }

  func fields(_ fields: [DocumentFields.Field]) {
    mapping { entries(fields) }
  }

  func entries(_ fields: [DocumentFields.Field]) {
    for (key, value) in fields {
      scalar(key)
      switch value {
      case .text(let text): scalar(text)
      case .number(let number): scalar(DocumentFields.format(number))
      case .integer(let number): scalar(String(number))
      case .list(let items) where items.count == 1: scalar(items[0])
      case .list(let items):
        sequence(flow: true) { items.forEach { scalar($0) } }
      }
    }
  }
}
