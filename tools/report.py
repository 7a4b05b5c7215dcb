"""The one reporter and exit convention of every test script.

Each check prints one line, "ok   what" or "FAIL what: detail", and the run
ends with exactly "N passed, M failed". Exit codes (PASS, FAIL,
COULD_NOT_RUN):
  0  every check passed;
  1  a check failed, or no check ran at all (that is printed too);
  2  the test could not run: a file it needs is missing, the office did not
     start (HarnessError, of which lo_session.LoSessionError is one).

    from report import HarnessError, run

    def body(rep):
        rep.check(1 + 1 == 2, "adds up")
        rep.close("ORFTE(1264)", got, 0.6752, tol=1e-4)

    sys.exit(run("my_test", body, needs=[oxt]))

Standard library only: scripts without UNO (tests/binaries, tests/text)
use it too.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Iterable

PASS, FAIL, COULD_NOT_RUN = 0, 1, 2


class HarnessError(RuntimeError):
    """The test could not run (a file missing, the office did not start)."""


class Report:
    """Counts and prints checks; quiet prints only the failures. The counts
    line may carry a prefix and a suffix (tests/matrix/run_plan.py)."""

    def __init__(self, quiet: bool = False) -> None:
        self.passed = self.failed = 0
        self.quiet = quiet
        self.prefix = self.suffix = ""

    def check(self, ok, what: str, detail: str = "") -> bool:
        """Records one check; returns ok."""
        if ok:
            self.passed += 1
            if not self.quiet:
                print(f"ok   {what}", flush=True)
        else:
            self.failed += 1
            print(f"FAIL {what}{': ' + detail if detail else ''}", flush=True)
        return bool(ok)

    def close(self, what: str, got, want: float, tol: float = 1e-9) -> bool:
        """A number within a relative tolerance (absolute below 1)."""
        ok = isinstance(got, (int, float)) and abs(got - want) <= tol * max(1.0, abs(want))
        return self.check(ok, what, f"got {got!r}, want {want!r}")

    def counts(self) -> str:
        return f"{self.prefix}{self.passed} passed, {self.failed} failed{self.suffix}"

    def finish(self) -> int:
        """Prints the counts line (last) and returns the exit code."""
        if self.passed + self.failed == 0:
            print("# no check ran: that is a failure")
        print(self.counts(), flush=True)
        return PASS if self.failed == 0 and self.passed > 0 else FAIL


def could_not_run(name: str, why, rep: Report | None = None) -> int:
    """Says why `name` could not run (stderr), prints the counts; returns 2."""
    print(f"{name}: could not run: {why}", file=sys.stderr, flush=True)
    print((rep or Report()).counts(), flush=True)
    return COULD_NOT_RUN


def run(name: str, body: Callable[[Report], None], needs: Iterable = (),
        quiet: bool = False) -> int:
    """Runs body(rep) and returns the exit code of the convention above.

    Every path in `needs` must be a file first. A HarnessError raised by body
    means the test could not run (2), whatever checks ran before it.
    """
    for path in needs:
        if not Path(path).is_file():
            return could_not_run(name, f"no such file: {path}")
    rep = Report(quiet)
    try:
        body(rep)
    except HarnessError as exc:
        return could_not_run(name, exc, rep)
    return rep.finish()
