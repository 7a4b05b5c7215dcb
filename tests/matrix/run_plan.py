#!/usr/bin/python3
"""Runs the integration tests of a host build against another office.

    PYTHONPATH=/repo/tools python3 tests/matrix/run_plan.py --plan plan.json \
        --build-dir /repo/build --oxt /tmp/ortijd-matrix/ortijd.oxt \
        --manifest /tmp/ortijd-matrix/functions.json \
        --out-dir /tmp/ortijd-matrix/out --name trixie

Runs inside an isolated Debian root (tools/office-matrix.sh) with the
Python of that root. plan.json is what `ctest --show-only=json-v1 -L
integration` printed for the host's build directory, so the tests, their
arguments and their pass criteria come from tests/integration/CMakeLists.txt
alone and cannot drift. In each command and ENVIRONMENT value the host
build's inputs are replaced: its .oxt by --oxt (the .oxt under test, as
built on the host), its names manifest (generated/functions.json) by
--manifest; any other path in the build directory (outputs such as the
demo's PDF, the working directory) by the same path under --out-dir, so the
repository may be mounted read-only.

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

Prints one line per test (tools/report.py), the output of each failed test,
and last "NAME: N passed, M failed" (with how many passed only with known
differences); exit 1 when a test failed or none ran, 2 when the plan cannot
be read.
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

from report import HarnessError, run

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
    ap.add_argument("--manifest", required=True,
                    help="names manifest (replaces BUILD/generated/functions.json)")
    ap.add_argument("--out-dir", type=Path, required=True)
    ap.add_argument("--name", default="matrix")
    ap.add_argument("--office-version", default="", help="e.g. 7.0.4.2 (for expectations)")
    ap.add_argument("--expectations", type=Path,
                    default=Path(__file__).resolve().parent / "expectations.txt")
    ap.add_argument("--exclude", action="append", default=[],
                    help="regular expression of test names to leave out")
    opts = ap.parse_args(argv)
    return run(opts.name, lambda rep: run_plan(rep, opts), needs=[opts.plan])


def run_plan(rep, opts) -> None:
    build = opts.build_dir.rstrip("/")
    inputs = {build + "/ortijd.oxt": opts.oxt,
              build + "/generated/functions.json": opts.manifest}
    out_dir = opts.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)

    def subst(arg: str) -> str:
        if arg in inputs:
            return inputs[arg]
        if arg == build or arg.startswith(build + "/"):
            return str(out_dir) + arg[len(build):]
        return arg

    try:
        plan = json.loads(opts.plan.read_text())
    except ValueError as exc:
        raise HarnessError(f"{opts.plan}: {exc}") from None
    expected_fail = load_expectations(opts.expectations, opts.office_version)
    skipped = 0
    failures = []
    known = []
    for test in plan.get("tests", []):
        name = test["name"]
        if any(re.search(x, name) for x in opts.exclude):
            continue
        props = {p["name"]: p["value"] for p in test.get("properties", [])}
        unknown = sorted(set(props) - NEUTRAL)
        cmd = [subst(a) for a in test.get("command") or []]
        t0 = time.monotonic()
        if not cmd or unknown:
            why = "no command" if not cmd else "unsupported properties " + ", ".join(unknown)
            rep.check(False, f"{name:<40} HARNESS ERROR", why)
            failures.append(name)
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
            print(f"skip {name:<40} {dt:6.1f} s", flush=True)
            continue
        if name in expected_fail and not timed_out:
            rx, reason = expected_fail[name]
            fail_lines = [l for l in out.splitlines() if l.startswith("FAIL")]
            other = [l for l in fail_lines if rx != "*" and not re.search(rx, l)]
            if verdict:
                verdict, why = False, "passed: the entry in expectations.txt is stale, remove it"
            elif rx == "*" or (rc == 1 and fail_lines and not other):
                known.append(name)
                rep.check(True, f"{name:<40} {dt:6.1f} s, with known differences "
                          f"({len(fail_lines) if rx != '*' else 'all'} checks: {reason})")
                continue
            else:
                why = (f"{len(other)} failures besides the known differences"
                       if other else f"exit code {rc} (expected 1 with FAIL lines)")
        if not rep.check(verdict, f"{name:<40} {dt:6.1f} s", why):
            failures.append(name)
            print("    | " + "\n    | ".join(out.rstrip().splitlines()[-60:]), flush=True)

    if failures:
        print(f"{opts.name}: failed: " + ", ".join(failures))
    if known:
        print(f"{opts.name}: passed only with the documented differences of LibreOffice "
              f"{opts.office_version} (tests/matrix/expectations.txt): " + ", ".join(known))
    rep.prefix = f"{opts.name}: "
    rep.suffix = (f", {skipped} skipped" if skipped else "") + \
        (f" ({len(known)} with known differences)" if known else "")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
