// swift-tools-version:5.4
// The fuzz targets, one per importer, built apart from the main package: SwiftPM renames the
// `main` of executables in newer tools versions, which breaks libFuzzer's own `main`.
import PackageDescription

let importer = Target.Dependency.product(name: "GoalGraphImport", package: "goalgraph")

let package = Package(
  name: "goalgraph-fuzz",
  dependencies: [.package(name: "goalgraph", path: "..")],
  targets: [
    .target(
      name: "FuzzSupport",
      dependencies: [importer, .product(name: "GoalGraph", package: "goalgraph")]),
    .executableTarget(name: "FuzzYAML", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzJSON", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzMarkdown", dependencies: ["FuzzSupport"]),
  ]
)
