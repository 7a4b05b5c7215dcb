"""Check reporting shared by the integration scripts.

Every script prints one line per check ("ok   what" or "FAIL what: detail")
and, last, exactly "N passed, M failed"; ctest reads the exit code:
0 all passed, 1 a check failed or none ran, 2 the harness itself failed
(office did not start, file missing).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

from lo_session import LoSessionError


class Report:
    """Counts and prints checks."""

    def __init__(self):
        self.passed = self.failed = 0

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        """Records one check; returns ok."""
        if ok:
            self.passed += 1
            print(f"ok   {what}")
        else:
            self.failed += 1
            print(f"FAIL {what}{': ' + detail if detail else ''}")
        return ok


def run_report(name: str, oxt: Path, run: Callable[[], Report]) -> int:
    """Runs `run` (which needs the extension `oxt`) and returns the exit code.

    A missing .oxt or a LoSessionError is a harness failure: it is printed
    to stderr with `name` as prefix and counted as one failed check.
    """
    if not oxt.is_file():
        print(f"{name}: no such file: {oxt}", file=sys.stderr)
        print("0 passed, 1 failed")
        return 2
    try:
        rep = run()
    except LoSessionError as exc:
        print(f"{name}: {exc}", file=sys.stderr)
        print("0 passed, 1 failed")
        return 2
    print(f"{rep.passed} passed, {rep.failed} failed")
    return 1 if rep.failed or rep.passed == 0 else 0
