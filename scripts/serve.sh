#!/usr/bin/env bash
# Serve the explorer on http://127.0.0.1:8080 with live reload, installing
# whatever is missing first. Extra arguments go to `trunk serve`.
# COUNTERPOINT_CORPUS=DIR serves another folder of articles.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
. scripts/env.sh
exec trunk serve "$@"
