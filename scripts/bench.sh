#!/usr/bin/env bash
# Measure Counterpoint against its budgets and print the numbers (no
# pass/fail): the engine natively (and its build of 100,000 articles),
# then the release page at 5, 1,000 and 10,000 articles beside a bare Yew
# page built the same way, in headless Chromium, and Lighthouse on the
# five-article build.
#   scripts/bench.sh            everything (about 15 minutes from cold)
#   SIZES="1000" scripts/bench.sh   only the seed corpus and these synthetic sizes
#   ENGINE_SIZES="" scripts/bench.sh  skip the engine-only builds (100,000)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
. scripts/env.sh
SIZES="${SIZES:-1000 10000}"
# Corpora the engine builds (read + analyse + pair + snapshot) but no page
# is made of: timed on every core and on one, with peak memory.
ENGINE_SIZES="${ENGINE_SIZES-100000}"
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
for n in $SIZES; do
  echo "== engine: $n synthetic articles =="
  "$cp_bin" bench --corpus "$B/synth-$n" --rounds 7
done
for n in $ENGINE_SIZES; do
  echo "== engine: $n synthetic articles (the builds only) =="
  "$cp_bin" bench --corpus "$B/synth-$n" --rounds 0
done

step "release builds"
build() { # DIST CORPUS
  rm -rf "$1"
  COUNTERPOINT_CORPUS="$2" trunk build --release --dist "$1" --public-url / >/dev/null 2>"$B/trunk.log" || { cat "$B/trunk.log" >&2; exit 1; }
}
build "$B/dist-5" "$PWD/corpus"
for n in $SIZES; do build "$B/dist-$n" "$B/synth-$n"; done
rm -rf "$B/dist-bare"
trunk build --release --dist "$B/dist-bare" --public-url / bench/bare/index.html >/dev/null 2>"$B/trunk.log" || { cat "$B/trunk.log" >&2; exit 1; }

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
