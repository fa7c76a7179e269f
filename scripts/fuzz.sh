#!/usr/bin/env bash
# Fuzz the engine's untrusted-input entry points with cargo-fuzz (libFuzzer):
#   query_parse  any bytes as a URL query string (query::parse / write)
#   ingest       any text as an article file (ingest, entities, claims)
#   saved_delta  a saved join damaged in the browser (decode, check, views)
#   read_html, read_markdown, read_json  any bytes as a corpus file of that format
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET…]   (default 300 s, both)
# cargo-fuzz needs nightly features; RUSTC_BOOTSTRAP lets the stable
# toolchain provide them. Not part of scripts/test.sh (it runs for minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(query_parse ingest saved_delta read_html read_markdown read_json)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
cd fuzz
mkdir -p target
for t in "${targets[@]}"; do
  printf '\n\033[1m==> fuzzing %s for %s s\033[0m\n' "$t" "$seconds"
  log="target/fuzz-$t.log"
  if ! RUSTC_BOOTSTRAP=1 cargo fuzz run "$t" -- -max_total_time="$seconds" -max_len=8192 -print_final_stats=1 >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzz target $t failed: the crashing input is in fuzz/artifacts/$t/" >&2
    exit 1
  fi
  grep -E "Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb" "$log"
done
