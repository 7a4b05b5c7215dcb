#!/usr/bin/python3
"""Runs the integration tests of a host build against another office.

    python3 tests/matrix/run_plan.py --plan plan.json --build-dir /repo/build \
        --oxt /tmp/ortijd-matrix/ortijd.oxt --out-dir /tmp/ortijd-matrix/out \
        --name trixie

Runs inside an isolated Debian root (tools/office-matrix.sh) with the
Python of that root. plan.json is what `ctest --show-only=json-v1 -L
integration` printed for the host's build directory, so the tests, their
arguments and their pass criteria come from tests/integration/CMakeLists.txt
alone and cannot drift. In each command the host build's .oxt is replaced by
--oxt (the .oxt under test, as built on the host), and any other path in the
build directory (outputs such as the demo's PDF, the working directory) by
the same path under --out-dir, so the repository may be mounted read-only.

Honours the ctest properties PASS_REGULAR_EXPRESSION, FAIL_REGULAR_EXPRESSION,
SKIP_RETURN_CODE, WILL_FAIL, TIMEOUT, WORKING_DIRECTORY and ENVIRONMENT; a
test carrying any other property that changes its verdict is reported as a
harness error, never silently passed.

Version-keyed expectations (tests/matrix/expectations.txt) describe checks
that fail on one LibreOffice version (major.minor) because of a documented
difference in that version's Calc, never in ortijd. A test with such an
entry must fail with exit code 1, print at least one line starting "FAIL",
and every "FAIL" line must match the entry's regular expression: then it
counts as passed "with known differences" and is listed as such; any other
failure (or a pass: the entry is then stale) fails it. The regular
expression "*" accepts any failure of that test (for checks that do not
concern users of that version, e.g. regenerating a committed file).

Prints one line per test, the output of each failed test, and last
"NAME: N passed, M failed" (with how many passed only with known
differences). Exits 1 when a test failed or none ran.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

# Properties that do not change a verdict.
NEUTRAL = {"LABELS", "RESOURCE_LOCK", "_BACKTRACE_TRIPLES", "PROCESSORS", "COST",
           "RUN_SERIAL", "DEPENDS", "FIXTURES_REQUIRED", "FIXTURES_SETUP", "FIXTURES_CLEANUP", "TIMEOUT", "WORKING_DIRECTORY",
           "ENVIRONMENT", "PASS_REGULAR_EXPRESSION", "FAIL_REGULAR_EXPRESSION",
           "SKIP_RETURN_CODE", "WILL_FAIL"}


def load_expectations(path: Path, version: str) -> dict:
    """Returns {test name: (regex or "*", reason)} for this office version.

    Lines: "MAJOR.MINOR | TEST | REGEX | REASON"; "#" starts a comment line.
    """
    out = {}
    if not path.exists() or not version:
        return out
    mm = ".".join(version.split(".")[:2])
    for n, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [x.strip() for x in line.split(" | ")]
        if len(parts) != 4:
            raise SystemExit(f"{path}:{n}: expected 'VERSION | TEST | REGEX | REASON'")
        ver, name, rx, reason = parts
        if ver == mm:
            out[name] = (rx, reason)
    return out


def main(argv) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--plan", type=Path, required=True)
    ap.add_argument("--build-dir", required=True, help="host build directory of the plan")
    ap.add_argument("--oxt", required=True, help=".oxt to test (replaces BUILD/ortijd.oxt)")
    ap.add_argument("--out-dir", type=Path, required=True)
    ap.add_argument("--name", default="matrix")
    ap.add_argument("--office-version", default="", help="e.g. 7.0.4.2 (for expectations)")
    ap.add_argument("--expectations", type=Path,
                    default=Path(__file__).resolve().parent / "expectations.txt")
    ap.add_argument("--exclude", action="append", default=[],
                    help="regular expression of test names to leave out")
    opts = ap.parse_args(argv)

    build = opts.build_dir.rstrip("/")
    host_oxt = build + "/ortijd.oxt"
    out_dir = opts.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)

    def subst(arg: str) -> str:
        if arg == host_oxt:
            return opts.oxt
        if arg == build or arg.startswith(build + "/"):
            return str(out_dir) + arg[len(build):]
        return arg

    plan = json.loads(opts.plan.read_text())
    expected_fail = load_expectations(opts.expectations, opts.office_version)
    passed = failed = skipped = 0
    failures = []
    known = []
    tests = plan.get("tests", [])
    for test in tests:
        name = test["name"]
        if any(re.search(x, name) for x in opts.exclude):
            continue
        props = {p["name"]: p["value"] for p in test.get("properties", [])}
        unknown = sorted(set(props) - NEUTRAL)
        cmd = [subst(a) for a in test.get("command") or []]
        t0 = time.monotonic()
        if not cmd or unknown:
            why = "no command" if not cmd else "unsupported properties " + ", ".join(unknown)
            print(f"  {name:<40} HARNESS ERROR ({why})", flush=True)
            failed += 1
            failures.append((name, why))
            continue
        cwd = Path(subst(props.get("WORKING_DIRECTORY") or build))
        cwd.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ)
        for kv in props.get("ENVIRONMENT") or []:
            k, _, v = kv.partition("=")
            env[k] = subst(v)
        timeout = float(props.get("TIMEOUT") or 1500)
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)
        timed_out = False
        try:
            raw, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass
            raw, _ = proc.communicate()
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # whatever it left behind
        except OSError:
            pass
        out = raw.decode("utf-8", "replace")
        rc = proc.returncode
        dt = time.monotonic() - t0

        verdict, why = None, ""
        if timed_out:
            verdict, why = False, f"timeout after {timeout:.0f}s"
        elif props.get("SKIP_RETURN_CODE") is not None and rc == int(props["SKIP_RETURN_CODE"]):
            verdict = "skip"
        else:
            if props.get("PASS_REGULAR_EXPRESSION"):
                verdict = any(re.search(rx, out) for rx in props["PASS_REGULAR_EXPRESSION"])
                why = "" if verdict else "output does not match PASS_REGULAR_EXPRESSION"
            else:
                verdict = rc == 0
                why = "" if verdict else f"exit code {rc}"
            if verdict and props.get("FAIL_REGULAR_EXPRESSION"):
                if any(re.search(rx, out) for rx in props["FAIL_REGULAR_EXPRESSION"]):
                    verdict, why = False, "output matches FAIL_REGULAR_EXPRESSION"
            if props.get("WILL_FAIL"):
                verdict = not verdict
                why = "" if verdict else "WILL_FAIL test passed"

        if verdict == "skip":
            skipped += 1
            print(f"  {name:<40} skipped  {dt:6.1f} s", flush=True)
            continue
        if name in expected_fail and not timed_out:
            rx, reason = expected_fail[name]
            fail_lines = [l for l in out.splitlines() if l.startswith("FAIL")]
            other = [l for l in fail_lines if rx != "*" and not re.search(rx, l)]
            if verdict:
                verdict, why = False, "passed: the entry in expectations.txt is stale, remove it"
            elif rx == "*" or (rc == 1 and fail_lines and not other):
                passed += 1
                known.append(name)
                print(f"  {name:<40} passed with known differences {dt:6.1f} s "
                      f"({len(fail_lines) if rx != '*' else 'all'} checks: {reason})", flush=True)
                continue
            else:
                why = (f"{len(other)} failures besides the known differences"
                       if other else f"exit code {rc} (expected 1 with FAIL lines)")
        if verdict:
            passed += 1
            print(f"  {name:<40} passed   {dt:6.1f} s", flush=True)
        else:
            failed += 1
            failures.append((name, why))
            print(f"  {name:<40} FAILED   {dt:6.1f} s ({why})", flush=True)
            print("    | " + "\n    | ".join(out.rstrip().splitlines()[-60:]), flush=True)

    if failures:
        print(f"{opts.name}: failed: " + ", ".join(n for n, _ in failures))
    if known:
        print(f"{opts.name}: passed only with the documented differences of LibreOffice "
              f"{opts.office_version} (tests/matrix/expectations.txt): " + ", ".join(known))
    line = f"{opts.name}: {passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    if known:
        line += f" ({len(known)} with known differences)"
    print(line, flush=True)
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
