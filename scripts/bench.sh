#!/usr/bin/env bash
# Measure Counterpoint against its budgets and print the numbers (no
# pass/fail): the engine natively (its throughput up to 10,000 articles,
# its build on every core and on one at every size), then the release page
# at 5, 1,000, 10,000 and 100,000 articles beside a bare Yew page built the
# same way (each build's time and peak memory), in headless Chromium, and
# Lighthouse on the five-article build.
#   scripts/bench.sh            everything (about 25 minutes from cold)
#   SIZES="1000" scripts/bench.sh   only the seed corpus and these synthetic sizes
#   ENGINE_SIZES="200000" scripts/bench.sh  also engine-only builds of these sizes
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
. scripts/env.sh
SIZES="${SIZES:-1000 10000 100000}"
# Corpora the engine builds (read + analyse + pair + snapshot) but no page
# is made of: timed on every core and on one, with peak memory.
ENGINE_SIZES="${ENGINE_SIZES-}"
B="$PWD/target/bench"
rm -rf "$B"/dist-*
mkdir -p "$B"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*" >&2; }

step "engine (native)"
cargo build --release --quiet -p counterpoint-cli
cp_bin=target/release/counterpoint
for n in $SIZES $ENGINE_SIZES; do
  [ -f "$B/synth-$n/corpus.toml" ] || "$cp_bin" synth --articles "$n" --seed 1 --out "$B/synth-$n" >&2
done
echo "== engine: the five seed articles =="
"$cp_bin" bench --corpus corpus --rounds 50
# Throughput rounds up to 10,000 articles; above, the builds alone (a round
# of 100,000 takes a few seconds, and the builds say what a user waits for).
for n in $SIZES; do
  echo "== engine: $n synthetic articles =="
  if [ "$n" -le 10000 ]; then rounds=7; else rounds=0; fi
  "$cp_bin" bench --corpus "$B/synth-$n" --rounds "$rounds"
done
for n in $ENGINE_SIZES; do
  echo "== engine: $n synthetic articles (the builds only) =="
  "$cp_bin" bench --corpus "$B/synth-$n" --rounds 0
done

step "release builds"
# Each page build's clock time and the peak memory of its largest process
# (the build script running the engine, or rustc), by GNU time when the
# machine has it.
echo "== release builds of the page (trunk build --release) =="
build() { # DIST CORPUS LABEL
  rm -rf "$1"
  local t0=$SECONDS peak=""
  if [ -x /usr/bin/time ]; then
    COUNTERPOINT_CORPUS="$2" /usr/bin/time -f '%M' -o "$B/time.out" trunk build --release --dist "$1" --public-url / >/dev/null 2>"$B/trunk.log" || { cat "$B/trunk.log" >&2; exit 1; }
    peak=", peak memory $(( $(tail -n 1 "$B/time.out") / 1024 )) MB"
  else
    COUNTERPOINT_CORPUS="$2" trunk build --release --dist "$1" --public-url / >/dev/null 2>"$B/trunk.log" || { cat "$B/trunk.log" >&2; exit 1; }
  fi
  echo "$3: $(( SECONDS - t0 )) s$peak; dist $(du -sh "$1" | cut -f1)"
}
build "$B/dist-5" "$PWD/corpus" "5 articles"
for n in $SIZES; do build "$B/dist-$n" "$B/synth-$n" "$n articles"; done
rm -rf "$B/dist-bare"
trunk --config bench/bare/Trunk.toml build --release --dist "$B/dist-bare" --public-url / >/dev/null 2>"$B/trunk.log" || { cat "$B/trunk.log" >&2; exit 1; }

step "the page in headless Chromium"
[ -d bench/node_modules/lighthouse ] || npm ci --prefix bench --no-audit --no-fund --silent
node bench/page.mjs "$B"

step "what dominates the wasm (the five-article build: the page, then the analyser worker)"
for wasm in "$B"/dist-5/counterpoint-web-*_bg.wasm "$B"/dist-5/counterpoint-analyser_bg.wasm; do
python3 - "$wasm" <<'PY'
import sys, os
data = open(sys.argv[1], 'rb').read()
def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i
names = {0: 'custom', 1: 'type', 2: 'import', 3: 'function', 5: 'memory', 6: 'global', 7: 'export', 9: 'elem', 10: 'code', 11: 'data', 12: 'datacount'}
i, out = 8, []
while i < len(data):
    sid = data[i]; size, j = leb(data, i + 1); out.append((names.get(sid, str(sid)), size)); i = j + size
print(f"{os.path.basename(sys.argv[1])} {len(data)} bytes: " + ", ".join(f"{n} {s}" for n, s in sorted(out, key=lambda x: -x[1]) if s > 1000))
PY
done
