#!/usr/bin/env python3
"""A bad URE folder must fail the Windows load test, naming the bad file.

    fixture_rejected.py --work DIR

Copies the folder ORTIJD_WIN_URE_DIR names into DIR once per case, spoils
the copy and runs `windows_ure.py verify --bootstrap` on it; each case must
exit 1 with a FAIL line naming the spoiled file:
  * a changed byte in cppu3.dll (SHA256SUMS unchanged);
  * sal3.dll missing;
  * sal3.dll left out of SHA256SUMS;
  * salhelper3MSC.dll with its signature removed (osslsigncode
    remove-signature), SHA256SUMS updated: only the signature check can
    see it;
  * xmlreaderlo.dll signed again by a made-up signer (a self-signed
    certificate from openssl), SHA256SUMS updated: its chain does not
    verify;
  * the same, with osslsigncode told to trust that certificate (a wrapper
    first on PATH adds -CAfile): the chain verifies, and only the signer
    check (The Document Foundation) can refuse it.
The unspoiled copy must pass (so the failures come from the spoiling), and
`windows_ure.py run` without ORTIJD_WIN_URE_DIR must say "not run" and exit
77. The two signature cases need osslsigncode (and openssl): without them
a NOTE says they were not run. Without ORTIJD_WIN_URE_DIR this test is not
run either (exit 77). Exit 0 when every case ran as expected, else 1.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DRIVER = HERE / "windows_ure.py"
VARIABLE = "ORTIJD_WIN_URE_DIR"


def verify(folder: Path) -> tuple:
    """windows_ure.py verify on folder; a bin/ next to it comes first on
    PATH (trust_foreign's osslsigncode)."""
    tools = folder.parent / "bin"
    env = dict(os.environ, PATH=f"{tools}:{os.environ.get('PATH', '')}")
    r = subprocess.run([sys.executable, str(DRIVER), "verify", "--bootstrap",
                        str(folder)], capture_output=True, text=True, timeout=600,
                       env=env)
    return r.returncode, r.stdout + r.stderr


def rewrite_sum(folder: Path, name: str) -> None:
    """SHA256SUMS made to match folder/name again."""
    digest = hashlib.sha256((folder / name).read_bytes()).hexdigest()
    sums = folder / "SHA256SUMS"
    lines = [f"{digest}  {name}" if line.split()[-1] == name else line
             for line in sums.read_text(encoding="utf-8").splitlines()]
    sums.write_text("\n".join(lines) + "\n", encoding="utf-8")


def flip_byte(folder: Path) -> str:
    path = folder / "cppu3.dll"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    return "cppu3.dll"


def remove_dll(folder: Path) -> str:
    (folder / "sal3.dll").unlink()
    return "sal3.dll"


def unlist(folder: Path) -> str:
    sums = folder / "SHA256SUMS"
    kept = [line for line in sums.read_text(encoding="utf-8").splitlines()
            if line.split()[-1] != "sal3.dll"]
    sums.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return "sal3.dll"


def strip_signature(folder: Path, name: str = "salhelper3MSC.dll") -> str:
    path = folder / name
    plain = folder / (name + ".unsigned")
    subprocess.run(["osslsigncode", "remove-signature", "-in", str(path),
                    "-out", str(plain)], check=True, capture_output=True)
    plain.replace(path)
    rewrite_sum(folder, name)
    return name


def sign_foreign(folder: Path) -> str:
    name = "xmlreaderlo.dll"
    strip_signature(folder, name)
    key, cert = foreign_certificate(folder.parent)
    signed = folder / (name + ".signed")
    subprocess.run(["osslsigncode", "sign", "-certs", str(cert), "-key", str(key),
                    "-in", str(folder / name), "-out", str(signed)],
                   check=True, capture_output=True)
    signed.replace(folder / name)
    rewrite_sum(folder, name)
    return name


def trust_foreign(folder: Path) -> str:
    """sign_foreign, and osslsigncode (first on PATH for the verify run)
    trusting the foreign certificate besides the system's CAs."""
    name = sign_foreign(folder)
    key, cert = foreign_certificate(folder.parent)
    bundle = folder.parent / "trusted.pem"
    system = Path("/etc/ssl/certs/ca-certificates.crt")
    bundle.write_text((system.read_text() if system.is_file() else "")
                      + cert.read_text())
    tools = folder.parent / "bin"
    tools.mkdir()
    wrapper = tools / "osslsigncode"
    wrapper.write_text(f'#!/bin/sh\nexec "{shutil.which("osslsigncode")}" "$@" '
                       f'-CAfile "{bundle}"\n')
    wrapper.chmod(0o755)
    return name


def foreign_certificate(where: Path) -> tuple:
    """(key, certificate) of a self-signed signer that is not TDF."""
    key, cert = where / "foreign.key", where / "foreign.pem"
    if cert.is_file():
        return key, cert
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                    "-days", "2", "-subj", "/O=Not The Document Foundation/CN=test",
                    "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return key, cert


def main(argv: list) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, required=True)
    opts = ap.parse_args(argv)
    source = os.environ.get(VARIABLE, "")
    if not source:
        print(f"not run: {VARIABLE} is not set (the URE folder to spoil copies "
              "of; .ci/run sets it)", flush=True)
        return 77
    passed = failed = 0

    def check(ok: bool, what: str, detail: str = "") -> None:
        nonlocal passed, failed
        print(f"{'PASS' if ok else 'FAIL'} {what}" + ("" if ok or not detail
                                                     else f"\n{detail}"), flush=True)
        passed += ok
        failed += not ok

    cases = [("a changed byte", flip_byte), ("a missing DLL", remove_dll),
             ("a DLL not in SHA256SUMS", unlist)]
    signing = shutil.which("osslsigncode") and shutil.which("openssl")
    if signing:
        cases += [("an unsigned DLL", strip_signature),
                  ("a DLL signed by someone else", sign_foreign),
                  ("a DLL signed by a trusted someone else", trust_foreign)]
    else:
        print("NOTE the unsigned and foreign-signed cases need osslsigncode "
              "and openssl: not run", flush=True)
    shutil.rmtree(opts.work, ignore_errors=True)
    for n, (what, spoil) in enumerate([("nothing", None)] + cases):
        folder = opts.work / f"case{n}" / "ure"
        shutil.copytree(source, folder)
        for path in [folder, *folder.iterdir()]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        name = spoil(folder) if spoil else None
        code, out = verify(folder)
        if name is None:
            check(code == 0, "the unspoiled copy is trusted", out)
            continue
        named = [line for line in out.splitlines()
                 if line.startswith("FAIL ") and name in line]
        check(code == 1 and named != [],
              f"{what} is refused, naming {name}: "
              f"{named[0][5:] if named else '(no FAIL line names it)'}", out)
    env = {k: v for k, v in os.environ.items() if k != VARIABLE}
    r = subprocess.run([sys.executable, str(DRIVER), "run", "--wine", "unused",
                        "--exe", "unused.exe", "--component", "unused.dll",
                        "--stage", str(opts.work / "unused")],
                       capture_output=True, text=True, env=env, timeout=60)
    check(r.returncode == 77 and r.stdout.startswith(f"not run: {VARIABLE} is not set"),
          f"without {VARIABLE} the load test says 'not run' and exits 77 "
          f"(exit {r.returncode})", r.stdout)
    print(f"{passed} passed, {failed} failed", flush=True)
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
