#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs each for a while.
# Usage: Fuzz/run.sh [SECONDS per target, default 60] [TARGET...]
# Inputs that crash are kept in Fuzz/crashes/; add them to Tests/GoalGraphImportTests/Corpus
# with the outcome they must have.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml json csv markdown)

swift build --package-path . -c debug -Xswiftc -sanitize=fuzzer,address \
  -Xswiftc -parse-as-library 2>&1 | grep -v "Cannot export local symbol" | grep -E "error|Compiling|Build" || true
mkdir -p crashes
for target in "${targets[@]}"; do
  case $target in
    markdown) name=Markdown ;;
    *) name=$(echo "$target" | tr '[:lower:]' '[:upper:]') ;;
  esac
  corpus=.build/corpus/$target
  mkdir -p "$corpus"
  echo "== fuzzing the $target importer for $seconds s"
  SWIFT_BACKTRACE=enable=no ".build/debug/Fuzz$name" "$corpus" "seeds/$target" \
    -max_total_time="$seconds" -max_len=20000 -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="crashes/$target-" -print_final_stats=1 2>&1 \
    | grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY)" \
    || true
done
if ls crashes/* >/dev/null 2>&1; then
  echo "crashes found: $(ls crashes)"
  exit 1
fi
