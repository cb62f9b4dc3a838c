import GoalGraph
import GoalGraphImport

/// Reads text as if it were a file of the given format.
func read(_ text: String, _ format: InputFormat, file: String? = nil) -> (
  OKRDocument, [ImportProblem]
) {
  read(Array(text.utf8), format, file: file)
}

func read(_ bytes: [UInt8], _ format: InputFormat, file: String? = nil) -> (
  OKRDocument, [ImportProblem]
) {
  Importer().read(bytes, file: file ?? "input.\(format.rawValue)", format: format)
}

/// The errors among the problems.
func errors(_ problems: [ImportProblem]) -> [ImportProblem] {
  problems.filter { $0.severity == .error }
}

/// A document without source locations, to compare what two inputs mean.
func withoutLocations(_ document: OKRDocument) -> OKRDocument {
  var document = document
  for index in document.units.indices { document.units[index].location = nil }
  for index in document.objectives.indices {
    document.objectives[index].location = nil
    for keyIndex in document.objectives[index].keyResults.indices {
      document.objectives[index].keyResults[keyIndex].location = nil
    }
  }
  for index in document.links.indices { document.links[index].location = nil }
  return document
}

/// A small organisation used by several suites, in YAML.
let smallOrganization = """
  cycle: 2027-Q1
  organization:
    id: ACME
    name: Acme Mobility
    coach: Jo Lind
  units:
    - id: PLT
      name: Platform
      kind: team-of-teams
      parent: ACME
      coach: Ana Ruiz
      capacity: 2
    - id: PAY
      name: Payments
      kind: team
      parent: PLT
  objectives:
    - id: ORG-1
      title: Grow recurring revenue
      unit: ACME
      status: committed
      key_results:
        - id: ORG-1.1
          title: Raise monthly recurring revenue from 2.1 to 2.8 M EUR
          metric: MRR
          from: 2.1
          to: 2.8
        - id: ORG-1.2
          title: Cut churn below 3 %
    - id: PLT-1
      title: Make checkout reliable
      unit: PLT
      aligns_to: ORG-1.1
      key_results:
        - title: Checkout availability at 99.95 %
    - id: PAY-1
      title: Support instant bank transfers
      description: |
        Customers asked for it.
        Twice.
      unit: PAY
      owner: Mia
      aligns_to: [PLT-1, ORG-1.2]
  links:
    - from: PAY-1
      to: ORG-1
      kind: contributes
      status: requested
      note: asked in the last session
  """
