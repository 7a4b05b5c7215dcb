#!/usr/bin/env python3
"""Checks what a built ortijd component exports, imports and needs.

    check_binary.py elf  COMPONENT.so  --sal LIBSAL --cppu LIBCPPU --defs DIR
    check_binary.py pe   COMPONENT.dll --objdump x86_64-w64-mingw32-objdump --defs DIR

The component must export exactly component_getFactory and
component_getImplementationEnvironment (what cppuhelper's loader looks up),
and import nothing beyond:
  elf: libuno_sal.so.3, libuno_cppu.so.3, libc.so.6 and libm.so.6, glibc symbol
       versions up to GLIBC_2.17 (so it loads on Ubuntu 20.04, RHEL 8,
       Debian 11), no RPATH/RUNPATH;
  pe:  sal3.dll, cppu3.dll, KERNEL32.dll and msvcrt.dll (no libgcc or
       libwinpthread DLL).
The URE functions imported must equal the lists in DIR/sal3.def and
DIR/cppu3.def (from which the Windows import libraries are made): on ELF,
split by the library (LIBSAL, LIBCPPU) that defines each, so a new import
in the code fails here until the .def files say so too.
Prints one line per check and "N passed, M failed" (tools/report.py: exit 0
when all passed, 1 when one failed, 2 when a tool could not run).
"""
import argparse
import re
import subprocess
import sys
from pathlib import Path

from report import HarnessError, run

EXPORTS = {"component_getFactory", "component_getImplementationEnvironment"}
ELF_NEEDED = {"libuno_sal.so.3", "libuno_cppu.so.3", "libc.so.6", "libm.so.6"}
GLIBC_MAX = (2, 17)
PE_DLLS = {"sal3.dll", "cppu3.dll", "kernel32.dll", "msvcrt.dll"}


def output(*cmd):
    try:
        return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise HarnessError(f"cannot run {cmd[0]}: {exc}") from None


def def_names(path: Path):
    names, in_exports = set(), False
    for line in path.read_text().splitlines():
        line = line.split(";", 1)[0].strip()
        if line == "EXPORTS":
            in_exports = True
        elif in_exports and line:
            names.add(line.split()[0])
    return names


def elf_symbols(path):
    """(defined global symbols, undefined symbols with their version)."""
    defined, undefined = set(), {}
    for line in output("readelf", "--dyn-syms", "-W", str(path)).splitlines():
        f = line.split()
        if len(f) < 8 or not f[0].rstrip(":").isdigit():
            continue
        name, ndx, bind = f[7], f[6], f[4]
        base, _, version = name.partition("@")
        if ndx == "UND":
            if base:
                undefined[base] = version.lstrip("@")
        elif bind in ("GLOBAL", "WEAK"):
            defined.add(base)
    return defined, undefined


def check_elf(args, rep):
    so = args.component
    defined, undefined = elf_symbols(so)
    rep.check(defined == EXPORTS, "exports exactly the two component functions",
              f"exports {sorted(defined)}")
    dyn = output("readelf", "-d", "-W", str(so))
    needed = set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dyn))
    rep.check(needed <= ELF_NEEDED, "needs only libuno_sal, libuno_cppu, libc and libm",
              f"needs {sorted(needed)}")
    rep.check("RPATH" not in dyn and "RUNPATH" not in dyn,
              "no RPATH/RUNPATH into the build machine", "has a run path")
    glibc = {v for v in undefined.values() if v.startswith("GLIBC_")}
    too_new = sorted(v for v in glibc
                     if tuple(int(x) for x in v[6:].split(".")[:2]) > GLIBC_MAX)
    rep.check(not too_new, f"glibc symbol versions <= GLIBC_{GLIBC_MAX[0]}.{GLIBC_MAX[1]}",
              f"needs {too_new}")
    print(f"info: glibc versions needed: {', '.join(sorted(glibc)) or 'none'}")
    ure = {n for n, v in undefined.items() if v.startswith("UDK_")}
    sal_defined, _ = elf_symbols(args.sal)
    cppu_defined, _ = elf_symbols(args.cppu)
    for lib, provided in (("sal3", sal_defined), ("cppu3", cppu_defined)):
        imported = {n for n in ure if n in provided}
        listed = def_names(args.defs / f"{lib}.def")
        rep.check(imported == listed, f"URE imports from {lib} equal {lib}.def",
                  f"missing in .def {sorted(imported - listed)}, "
                  f"not imported {sorted(listed - imported)}")
    stray = sorted(n for n in ure if n not in sal_defined | cppu_defined)
    rep.check(not stray, "every URE import comes from sal or cppu", f"{stray}")
    print(f"info: {len(ure)} URE imports, {len(undefined) - len(ure)} other undefined symbols")


def check_pe(args, rep):
    text = output(args.objdump, "-p", str(args.component))
    imports, current = {}, None
    for line in text.splitlines():
        m = re.match(r"\s*DLL Name: (\S+)", line)
        if m:
            current = m.group(1)
            imports[current] = set()
            continue
        m = re.match(r"\s*[0-9a-f]+\s+[0-9a-f]+\s+(\S+)$", line)
        if current and m and not line.strip().startswith("vma:"):
            imports[current].add(m.group(1))
        if not line.strip():
            current = None
    dlls = {d.lower() for d in imports}
    rep.check(dlls <= PE_DLLS, "imports only sal3, cppu3, KERNEL32 and msvcrt",
              f"imports {sorted(imports)}")
    print("info: imports " + "; ".join(f"{d} ({len(s)})" for d, s in sorted(imports.items())))
    for lib in ("sal3", "cppu3"):
        got = next((s for d, s in imports.items() if d.lower() == lib + ".dll"), set())
        listed = def_names(args.defs / f"{lib}.def")
        rep.check(got == listed, f"imports from {lib}.dll equal {lib}.def",
                  f"extra {sorted(got - listed)}, missing {sorted(listed - got)}")
    exports = set()
    m = re.search(r"\[Ordinal/Name Pointer\] Table\n(.*?)(?:\n\n|\Z)", text, re.S)
    if m:
        exports = {l.split()[-1] for l in m.group(1).splitlines() if l.strip()}
    rep.check(exports == EXPORTS, "exports exactly the two component functions",
              f"exports {sorted(exports)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("format", choices=("elf", "pe"))
    ap.add_argument("component", type=Path)
    ap.add_argument("--sal", type=Path)
    ap.add_argument("--cppu", type=Path)
    ap.add_argument("--objdump", default="x86_64-w64-mingw32-objdump")
    ap.add_argument("--defs", type=Path, required=True)
    args = ap.parse_args()
    check = check_elf if args.format == "elf" else check_pe
    return run("check_binary", lambda rep: check(args, rep), needs=[args.component])


if __name__ == "__main__":
    sys.exit(main())
