"""What a built ortijd component exports, imports and needs, one test per rule.

    ORTIJD_COMPONENT=build/addin/ortijd.uno.so /usr/bin/python3 -m pytest tests/binaries

The component (an ELF .so or a PE .dll, by its name) must export exactly
component_getFactory and component_getImplementationEnvironment (what
cppuhelper's loader looks up), and import nothing beyond:
  elf: libuno_sal.so.3, libuno_cppu.so.3, libc.so.6 and libm.so.6, glibc symbol
       versions up to GLIBC_2.17 (so it loads on Ubuntu 20.04, RHEL 8,
       Debian 11), no RPATH/RUNPATH;
  pe:  sal3.dll, cppu3.dll, KERNEL32.dll and msvcrt.dll (no libgcc or
       libwinpthread DLL).
The URE functions imported must equal the lists in addin/platform/windows/
sal3.def and cppu3.def (from which the Windows import libraries are made): on
ELF, split by the library that defines each, so a new import in the code
fails here until the .def files say so too. Inputs (environment, set by
tests/binaries/CMakeLists.txt): ORTIJD_COMPONENT, ORTIJD_LIB_SAL and
ORTIJD_LIB_CPPU (elf; default: the office's), ORTIJD_OBJDUMP (pe; default
x86_64-w64-mingw32-objdump).
"""
import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEFS = ROOT / "addin" / "platform" / "windows"
PROGRAM = Path("/usr/lib/libreoffice/program")
COMPONENT = Path(os.environ.get("ORTIJD_COMPONENT") or ROOT / "build" / "addin" / "ortijd.uno.so")
FORMAT = "pe" if COMPONENT.suffix.lower() == ".dll" else "elf"
SAL = Path(os.environ.get("ORTIJD_LIB_SAL") or PROGRAM / "libuno_sal.so.3")
CPPU = Path(os.environ.get("ORTIJD_LIB_CPPU") or PROGRAM / "libuno_cppu.so.3")
OBJDUMP = os.environ.get("ORTIJD_OBJDUMP") or "x86_64-w64-mingw32-objdump"
elf_only = pytest.mark.skipif(FORMAT != "elf", reason="an ELF rule; the component is a PE .dll")
pe_only = pytest.mark.skipif(FORMAT != "pe", reason="a PE rule; the component is an ELF .so")
EXPORTS = {"component_getFactory", "component_getImplementationEnvironment"}
ELF_NEEDED = {"libuno_sal.so.3", "libuno_cppu.so.3", "libc.so.6", "libm.so.6"}
GLIBC_MAX = (2, 17)
PE_DLLS = {"sal3.dll", "cppu3.dll", "kernel32.dll", "msvcrt.dll"}


def output(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


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


@pytest.fixture(scope="module")
def elf():
    """(defined symbols, {undefined symbol: version}, readelf -d) of the component."""
    defined, undefined = elf_symbols(COMPONENT)
    return defined, undefined, output("readelf", "-d", "-W", str(COMPONENT))


@elf_only
def test_elf_exports_exactly_the_component_functions(elf):
    assert elf[0] == EXPORTS


@elf_only
def test_elf_needs_only_sal_cppu_libc_libm(elf):
    needed = set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", elf[2]))
    assert needed <= ELF_NEEDED, sorted(needed)


@elf_only
def test_elf_has_no_run_path(elf):
    assert "RPATH" not in elf[2] and "RUNPATH" not in elf[2]


@elf_only
def test_elf_glibc_versions(elf):
    glibc = {v for v in elf[1].values() if v.startswith("GLIBC_")}
    print(f"glibc versions needed: {', '.join(sorted(glibc)) or 'none'}")
    too_new = sorted(v for v in glibc if tuple(int(x) for x in v[6:].split(".")[:2]) > GLIBC_MAX)
    assert not too_new, f"needs {too_new}, at most GLIBC_{GLIBC_MAX[0]}.{GLIBC_MAX[1]}"


@pytest.fixture(scope="module")
def ure(elf):
    """({URE import}, {lib: symbols it defines}) of the component."""
    return ({n for n, v in elf[1].items() if v.startswith("UDK_")},
            {"sal3": elf_symbols(SAL)[0], "cppu3": elf_symbols(CPPU)[0]})


@elf_only
@pytest.mark.parametrize("lib", ["sal3", "cppu3"])
def test_elf_ure_imports_equal_the_def_file(ure, lib):
    imports, provided = ure
    imported = {n for n in imports if n in provided[lib]}
    listed = def_names(DEFS / f"{lib}.def")
    assert imported == listed, f"missing in .def {sorted(imported - listed)}, " \
        f"not imported {sorted(listed - imported)}"


@elf_only
def test_elf_every_ure_import_from_sal_or_cppu(ure):
    imports, provided = ure
    assert not sorted(n for n in imports if n not in provided["sal3"] | provided["cppu3"])


@pytest.fixture(scope="module")
def pe():
    """({DLL: imported names}, exported names) of the component."""
    text = output(OBJDUMP, "-p", str(COMPONENT))
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
    exports = set()
    m = re.search(r"\[Ordinal/Name Pointer\] Table\n(.*?)(?:\n\n|\Z)", text, re.S)
    if m:
        exports = {l.split()[-1] for l in m.group(1).splitlines() if l.strip()}
    return imports, exports


@pe_only
def test_pe_imports_only_sal_cppu_kernel32_msvcrt(pe):
    assert {d.lower() for d in pe[0]} <= PE_DLLS, sorted(pe[0])


@pe_only
@pytest.mark.parametrize("lib", ["sal3", "cppu3"])
def test_pe_imports_equal_the_def_file(pe, lib):
    got = next((s for d, s in pe[0].items() if d.lower() == lib + ".dll"), set())
    listed = def_names(DEFS / f"{lib}.def")
    assert got == listed, f"extra {sorted(got - listed)}, missing {sorted(listed - got)}"


@pe_only
def test_pe_exports_exactly_the_component_functions(pe):
    assert pe[1] == EXPORTS
