// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "goalgraph",
  products: [
    .library(name: "GoalGraph", targets: ["GoalGraph"]),
    .library(name: "GoalGraphImport", targets: ["GoalGraphImport"]),
    .library(name: "GoalGraphExport", targets: ["GoalGraphExport"]),
    .library(name: "GoalGraphRender", targets: ["GoalGraphRender"]),
    .library(name: "GoalGraphReport", targets: ["GoalGraphReport"]),
    .executable(name: "goalgraph", targets: ["goalgraph"]),
  ],
  targets: [
    .systemLibrary(
      name: "CYAML", path: "Sources/CYAML", pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]),
    .systemLibrary(
      name: "CYAJL", path: "Sources/CYAJL", pkgConfig: "yajl",
      providers: [.apt(["libyajl-dev"])]),
    .systemLibrary(
      name: "CGraphviz", path: "Sources/CGraphviz", pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]),
    .systemLibrary(
      name: "CStemmer", path: "Sources/CStemmer",
      providers: [.apt(["libstemmer-dev"])]),
    .systemLibrary(
      name: "CMark", path: "Sources/CMark", pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]),

    .target(name: "GoalGraph", dependencies: ["CStemmer"], exclude: ["Text/Data"]),
    .target(name: "GoalGraphImport", dependencies: ["GoalGraph", "CYAML", "CYAJL", "CMark"]),
    .target(name: "GoalGraphExport", dependencies: ["GoalGraph", "CYAML"]),
    .target(name: "GoalGraphRender", dependencies: ["GoalGraph", "CGraphviz"]),
    .target(name: "GoalGraphReport", dependencies: ["GoalGraph", "GoalGraphRender"]),
    .executableTarget(
      name: "goalgraph",
      dependencies: [
        "GoalGraph", "GoalGraphImport", "GoalGraphExport", "GoalGraphRender", "GoalGraphReport",
      ]),
    .executableTarget(
      name: "goalgraph-bench",
      dependencies: [
        "GoalGraph", "GoalGraphImport", "GoalGraphExport", "GoalGraphRender", "GoalGraphReport",
      ],
      path: "Benchmarks/Sources/goalgraph-bench"),

    .testTarget(name: "GoalGraphTests", dependencies: ["GoalGraph"]),
    .testTarget(
      name: "GoalGraphImportTests", dependencies: ["GoalGraphImport", "GoalGraphExport"]),
    .testTarget(
      name: "GoalGraphExportTests", dependencies: ["GoalGraphExport", "GoalGraphImport"]),
    .testTarget(
      name: "GoalGraphRenderTests", dependencies: ["GoalGraphRender", "GoalGraphImport"]),
    .testTarget(name: "GoalGraphReportTests", dependencies: ["GoalGraphReport"]),
    .testTarget(name: "goalgraphTests", dependencies: ["goalgraph"]),
  ],
  swiftLanguageModes: [.v6]
)
