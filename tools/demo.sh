#!/usr/bin/env bash
# The main job of ortijd, from a fresh clone on a fresh Debian machine:
#   1. installs the Debian packages it needs (tools/install-deps.sh),
#   2. configures and builds everything into build/ (build/ortijd.oxt),
#   3. tools/demo.py: installs build/ortijd.oxt into a private, throwaway
#      LibreOffice profile, opens examples/voorbeeld-begroting.ods headless,
#      recalculates it, prints the key figures as plain-text tables and writes
#      build/demo/begroting.pdf.
# Exit status is non-zero when a step fails or any key figure is an error cell.
# Usage: bash tools/demo.sh [extra tools/demo.py options, e.g. --screenshots docs]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
start=$(date +%s)
jobs=$(nproc 2>/dev/null || echo 2)

bash tools/install-deps.sh

echo "== build (build/)"
cmake -S . -B build
cmake --build build -j "$jobs"

echo "== demo: examples/voorbeeld-begroting.ods, headless"
status=0
bash tools/run-python.sh tools/demo.py --oxt build/ortijd.oxt \
    --workbook examples/voorbeeld-begroting.ods --out build/demo "$@" || status=$?
echo "== demo.sh finished in $(( $(date +%s) - start )) s (exit $status)"
exit "$status"
