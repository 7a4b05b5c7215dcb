"""Import path of every Python test: tools/ (lo_session, cells, manifest)
and examples/ (the template's layout), so that a plain
`/usr/bin/python3 -m pytest tests/...` finds them as ctest does."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _dir in ("tools", "examples"):
    if str(ROOT / _dir) not in sys.path:
        sys.path.insert(0, str(ROOT / _dir))
