#!/usr/bin/env python3
"""Runs the Windows load test under wine64 against LibreOffice's own URE.

    windows_ure.py run --wine WINE --exe load_component.exe
                       --component ortijd.uno.dll --stage DIR
                       [--bootstrap --standin mscx_uno.dll --names function_table.h
                        --components ortijd.components.in --types A.rdb ...]
                       [-- ARGS for load_component]
    windows_ure.py verify [--bootstrap] DIR

The URE folder is the one the environment variable ORTIJD_WIN_URE_DIR
names (.ci/run sets it to the project's fixture of LibreOffice 7.3.2.2's
DLLs). Without it the test does not run: it says so and why, and exits 77,
which ctest shows as skipped (SKIP_RETURN_CODE), never as passed.

Before the folder is trusted:
  * SHA256SUMS in it must list every DLL the run needs (sal3.dll,
    cppu3.dll, salhelper3MSC.dll; with --bootstrap also cppuhelper3MSC.dll,
    reglo.dll, storelo.dll, unoidllo.dll, xmlreaderlo.dll), and every file
    it lists must be there with that SHA-256;
  * where osslsigncode is installed, each DLL's Authenticode signature must
    verify and its signer be The Document Foundation. Offline: with
    -ignore-crl it checks the chain against the system's CA bundle and the
    signing time against the timestamp countersignature, fetching nothing
    (without it, osslsigncode 2.9 fetches CRLs and, offline, fails; an
    older one that knows no -ignore-crl is asked with 2.8's -ignore-cdp,
    or, older still, with neither). Without osslsigncode a NOTE line says
    the signatures were not checked.
A bad folder fails the test with one FAIL line per bad file, naming it.

Then the DLLs are copied into DIR next to a copy of load_component.exe (the
exe's folder comes first in the DLL search order; cppu3.dll loads
mscx_uno.dll from its own folder) and the test runs there under wine64;
its output and exit status are the test's. --bootstrap also writes DIR/
uno.ini (UNO_TYPES: the --types files; UNO_SERVICES: DIR/services.rdb,
the project's .components template naming the built component) and puts
the C++ bridge stand-in in DIR as mscx_uno.dll.

`verify` checks a folder only (tests/platform/fixture_rejected.py).
Exit: 0 passed, 1 failed, 2 could not run (usage), 77 not run.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path

VARIABLE = "ORTIJD_WIN_URE_DIR"
CORE = ["sal3.dll", "cppu3.dll", "salhelper3MSC.dll"]
HELPER = ["cppuhelper3MSC.dll", "reglo.dll", "storelo.dll", "unoidllo.dll",
          "xmlreaderlo.dll"]
SIGNER = "The Document Foundation"
NOT_RUN = 77


class Checks:
    """PASS/FAIL lines and their count."""

    def __init__(self) -> None:
        self.failed = 0

    def __call__(self, ok: bool, what: str) -> bool:
        print(f"{'PASS' if ok else 'FAIL'} {what}", flush=True)
        self.failed += not ok
        return ok


def read_sums(folder: Path, checks: Checks) -> dict:
    """{file name: sha256} from folder/SHA256SUMS (sha256sum's format)."""
    sums_file = folder / "SHA256SUMS"
    if not sums_file.is_file():
        checks(False, f"SHA256SUMS: missing in {folder}")
        return {}
    sums = {}
    for n, line in enumerate(sums_file.read_text(encoding="utf-8").splitlines(), 1):
        m = re.fullmatch(r"([0-9a-fA-F]{64}) [ *](.+)", line)
        if m is not None:
            sums[m.group(2)] = m.group(1).lower()
        elif line.strip():
            checks(False, f"SHA256SUMS line {n} is not '<sha256>  <file>'")
    if not sums:
        checks(False, f"SHA256SUMS in {folder} lists no file")
    return sums


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def signature(tool: str, path: Path) -> tuple:
    """(ok, detail) of `osslsigncode verify -ignore-crl` on path: verified,
    and the signer (the first subject after "Signer's certificate:") is
    SIGNER (older osslsigncode: see the module docstring)."""
    note = ""
    # osslsigncode's NEWS: -ignore-crl since 2.9, -ignore-cdp in 2.8 (whose
    # failed CRL fetch is an error); 2.7 and older fetch no CRL, or do not
    # fail on it.
    for option in ("-ignore-crl", "-ignore-cdp", None):
        try:
            r = subprocess.run([tool, "verify", *([option] if option else []),
                                "-in", str(path)],
                               capture_output=True, text=True, timeout=120)
        except subprocess.TimeoutExpired:
            return False, "osslsigncode did not finish in 120 s"
        lines = [line.strip() for line in (r.stdout + r.stderr).splitlines()]
        if option is None or not any(x == f"Unknown option: {option}"
                                     for x in lines):
            break
        note = f" (osslsigncode without {option})"
    subject = ""
    if "Signer's certificate:" in lines:
        rest = lines[lines.index("Signer's certificate:"):]
        subject = next((x[len("Subject:"):].strip() for x in rest
                        if x.startswith("Subject:")), "")
    when = next((x.split(":", 1)[1].strip() for x in lines
                 if x.startswith("Timestamp time:")), "no timestamp")
    verified = (r.returncode == 0 and "Signature verification: ok" in lines
                and "Succeeded" in lines)
    if not verified:
        why = next((x for x in lines if x in ("No signature found",)
                    or "failed" in x or x.startswith("Error")), "")
        return False, f"signature not verified ({why or 'exit %d' % r.returncode}){note}"
    if f"O={SIGNER}" not in subject.split("/"):
        return False, f"signed by {subject or 'an unknown signer'}, not {SIGNER}"
    return True, f"signed by {SIGNER}, timestamp {when}{note}"


def verify(folder: Path, needed: list, checks: Checks) -> bool:
    """Checks the folder as the module docstring says, one line per file;
    True when it is trusted."""
    before = checks.failed
    if not checks(folder.is_dir(), f"{VARIABLE}={folder} is a folder"):
        return False
    sums = read_sums(folder, checks)
    for name in needed:
        if name not in sums:
            checks(False, f"{name}: not listed in SHA256SUMS")
    tool = shutil.which("osslsigncode")
    if tool is None:
        print("NOTE signatures not checked: osslsigncode is not installed "
              "(Debian package osslsigncode); SHA256SUMS alone pins the files",
              flush=True)
    for name, want in sums.items():
        path = folder / name
        if not path.is_file():
            checks(False, f"{name}: missing from {folder} (listed in SHA256SUMS)")
            continue
        got = sha256(path)
        if got != want:
            checks(False, f"{name}: SHA-256 {got} is not SHA256SUMS's {want}")
            continue
        detail = "SHA-256 as in SHA256SUMS"
        if tool is not None and name.lower().endswith(".dll"):
            ok, signed = signature(tool, path)
            if not checks(ok, f"{name}: {detail}, but {signed}" if not ok
                          else f"{name}: {detail}, {signed}"):
                continue
        else:
            checks(True, f"{name}: {detail}")
    return checks.failed == before and bool(sums)


def wine_path(path: Path) -> str:
    """The path as a Windows program under wine sees it (drive Z: is /)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def file_url(path: Path) -> str:
    return "file:///Z:" + urllib.parse.quote(str(path.resolve()))


def names_from(header: Path) -> dict:
    """OTFN_IMPLEMENTATION_NAME and OTFN_SERVICE_NAME of the function table
    header, where they are written once."""
    text = header.read_text(encoding="utf-8")
    return {k: re.search(rf'#define OTFN_{k} +"([^"]+)"', text).group(1)
            for k in ("IMPLEMENTATION_NAME", "SERVICE_NAME")}


def stage(opts, folder: Path, needed: list) -> Path:
    """DIR with the URE DLLs, the test and (--bootstrap) its ini files."""
    shutil.rmtree(opts.stage, ignore_errors=True)
    opts.stage.mkdir(parents=True)
    for name in needed:
        shutil.copyfile(folder / name, opts.stage / name)
    exe = opts.stage / opts.exe.name
    shutil.copyfile(opts.exe, exe)
    if opts.bootstrap:
        shutil.copyfile(opts.standin, opts.stage / "mscx_uno.dll")
        names = names_from(opts.names)
        services = opts.components.read_text(encoding="utf-8")
        for key, value in (("LIBRARY", file_url(opts.component)), *names.items()):
            services = services.replace(f"@{key}@", value)
        (opts.stage / "services.rdb").write_text(services, encoding="utf-8")
        types = " ".join(file_url(t) for t in opts.types)
        (opts.stage / "uno.ini").write_text(
            "[Bootstrap]\n"
            f"UNO_TYPES={types}\n"
            f"UNO_SERVICES={file_url(opts.stage / 'services.rdb')}\n",
            encoding="utf-8")
    return exe


def run(opts) -> int:
    value = os.environ.get(VARIABLE, "")
    if not value:
        print(f"not run: {VARIABLE} is not set. It names a folder with "
              "LibreOffice's own Windows x64 URE DLLs (sal3.dll, cppu3.dll, "
              "salhelper3MSC.dll, cppuhelper3MSC.dll, ...) and their "
              "SHA256SUMS; .ci/run sets it to the project's fixture "
              "(docs/cross-platform.md)", flush=True)
        return NOT_RUN
    needed = CORE + (HELPER if opts.bootstrap else [])
    checks = Checks()
    if not verify(Path(value), needed, checks):
        print(f"0 passed, {checks.failed} failed (the URE folder is not "
              "trusted; the load test did not run)", flush=True)
        return 1
    exe = stage(opts, Path(value), needed)
    args = list(opts.args)
    if opts.bootstrap:
        args = ["--bootstrap", file_url(opts.stage / "uno.ini")] + args
    cmd = [opts.wine, str(exe)] + args + [wine_path(opts.component)]
    env = dict(os.environ, WINEDEBUG=os.environ.get("WINEDEBUG", "-all"))
    print("running: " + " ".join(cmd), flush=True)
    return subprocess.run(cmd, cwd=opts.stage, env=env, timeout=600).returncode


def main(argv: list) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("--wine", required=True)
    r.add_argument("--exe", type=Path, required=True)
    r.add_argument("--component", type=Path, required=True)
    r.add_argument("--stage", type=Path, required=True)
    r.add_argument("--bootstrap", action="store_true")
    r.add_argument("--standin", type=Path)
    r.add_argument("--names", type=Path)
    r.add_argument("--components", type=Path)
    r.add_argument("--types", type=Path, nargs="+", default=[])
    r.add_argument("args", nargs="*")
    v = sub.add_parser("verify")
    v.add_argument("--bootstrap", action="store_true")
    v.add_argument("folder", type=Path)
    opts = ap.parse_args(argv)
    if opts.command == "verify":
        checks = Checks()
        ok = verify(opts.folder, CORE + (HELPER if opts.bootstrap else []), checks)
        return 0 if ok else 1
    if opts.bootstrap and not (opts.standin and opts.names and opts.components
                               and opts.types):
        ap.error("--bootstrap needs --standin, --names, --components, --types")
    return run(opts)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
