#!/bin/sh
# Builds goalgraph-bench in release mode and runs the benchmark at the default sizes
# (1,000, 10,000 and 100,000 objectives); `make bench` calls it. Any options are passed to
# `goalgraph-bench run`, for example --large to add 200,000 objectives, or --runs 3.
# Results go to Benchmarks/results.md and Benchmarks/results.json.
set -eu

cd "$(dirname "$0")/.."
swift build -c release --product goalgraph-bench
bin="$(swift build -c release --show-bin-path)"
exec "$bin/goalgraph-bench" run "$@"
