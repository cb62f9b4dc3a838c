// swift-tools-version:5.4
// The fuzz targets, one per importer, built apart from the main package: SwiftPM renames the
// `main` of executables in newer tools versions, which breaks libFuzzer's own `main`.
import PackageDescription

let package = Package(
  name: "goalgraph-fuzz",
  dependencies: [.package(name: "goalgraph", path: "..")],
  targets: [
    .executableTarget(
      name: "FuzzYAML", dependencies: [.product(name: "GoalGraphImport", package: "goalgraph")]),
    .executableTarget(
      name: "FuzzJSON", dependencies: [.product(name: "GoalGraphImport", package: "goalgraph")]),
    .executableTarget(
      name: "FuzzCSV", dependencies: [.product(name: "GoalGraphImport", package: "goalgraph")]),
    .executableTarget(
      name: "FuzzMarkdown",
      dependencies: [.product(name: "GoalGraphImport", package: "goalgraph")]),
  ]
)
