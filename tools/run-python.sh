#!/usr/bin/env bash
# Runs a Python script of ortijd by hand with the import path ctest gives it
# (CMakeLists.txt, ORTIJD_PYTHON_ENV): tools/ (lo_session, cells,
# manifest) and examples/ (the template's layout). The names manifest is
# build/generated/functions.json unless ORTIJD_MANIFEST says otherwise.
#   bash tools/run-python.sh examples/make_template.py
# (The tests are pytest modules: /usr/bin/python3 -m pytest tests/..., pytest.ini.)
# The interpreter is ORTIJD_UNO_PYTHON, by default /usr/bin/python3 (with UNO).
root=$(cd "$(dirname "$0")/.." && pwd)
export PYTHONPATH="$root/tools:$root/examples${PYTHONPATH:+:$PYTHONPATH}"
exec "${ORTIJD_UNO_PYTHON:-/usr/bin/python3}" "$@"
