#!/usr/bin/env bash
# Run every test, installing what the tests need first:
#   1. native: cargo test for the engine, the CLI (gold scores) and the app's pure parts
#   2. components: wasm-bindgen-test in headless Chromium
#   3. end to end: Playwright against the release dist/ served under a sub-path
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
. scripts/env.sh

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "native tests (engine, CLI, app logic)"
cargo test --workspace --quiet

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown -p counterpoint --test web

step "release build under a sub-path"
rm -rf dist
trunk build --release --public-url /counterpoint/ 2>&1 | tail -n 3

step "release build of 1,000 synthetic articles (paging and long lists)"
cargo run --release --quiet --bin counterpoint -- synth --articles 1000 --seed 1 --out target/e2e/synth-1000
rm -rf target/e2e/dist-1000
COUNTERPOINT_CORPUS="$PWD/target/e2e/synth-1000" trunk build --release --dist target/e2e/dist-1000 --public-url /counterpoint/ 2>&1 | tail -n 1

step "release build of the development set (21 real articles the engine was not written from)"
rm -rf target/e2e/dist-dev
COUNTERPOINT_CORPUS="$PWD/crates/cli/tests/fixtures/dev/articles" trunk build --release --dist target/e2e/dist-dev --public-url /counterpoint/ 2>&1 | tail -n 1

step "end-to-end tests (Playwright, headless Chromium)"
node --test tests/e2e/
