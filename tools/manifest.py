"""The names of ortijd's Calc functions, from the manifest the build writes.

addin/gen_config.c writes build/generated/functions.json from the one
function table (addin/function_table.c); ctest passes its path in
ORTIJD_MANIFEST (CMakeLists.txt), otherwise build/ of this checkout is
used. Test scripts read names here instead of keeping lists of their own.

    import manifest
    for f in manifest.functions():
        f.method, f.name, f.argc, f.result, f.args[0].nl_name
    manifest.stored_name("ORUREN")   # "NL.ORTIJD.ADDIN.HOURS", as in .ods files
"""

from __future__ import annotations

import functools
import json
import os
import re
import zipfile
from pathlib import Path
from typing import List, NamedTuple, Tuple

class ManifestError(RuntimeError):
    """The names manifest cannot be read (not built yet)."""


DEFAULT = Path(__file__).resolve().parents[1] / "build" / "generated" / "functions.json"


class Arg(NamedTuple):
    name: str       # IDL parameter name
    required: bool
    nl_name: str    # function-wizard names
    en_name: str


class Function(NamedTuple):
    method: str     # IDL method: stored in every .ods, never renamed
    name: str       # display name (also the compatibility name of .xls files)
    result: str     # "number", "table" (label and hours per row) or "grid"
    argc: int
    args: List[Arg]
    rows: Tuple[str, ...] = ()  # a table's row labels (the core's hours table)


def path() -> Path:
    return Path(os.environ.get("ORTIJD_MANIFEST") or DEFAULT)


@functools.lru_cache(maxsize=None)
def _load() -> dict:
    try:
        return json.loads(path().read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ManifestError(f"names manifest {path()}: {exc} (build first: "
                           "cmake --build build)") from None


def service() -> str:
    """The add-in's service name, e.g. nl.ortijd.AddIn."""
    return _load()["service"]


@functools.lru_cache(maxsize=None)
def functions() -> Tuple[Function, ...]:
    """Every function, in the table's order (read and built once)."""
    return tuple(Function(f["method"], f["name"], f["result"], f["argc"],
                          [Arg(**a) for a in f["args"]], tuple(f.get("rows", ())))
                 for f in _load()["functions"])


def by_name(name: str) -> Function:
    """The function with this display name (case ignored)."""
    for f in functions():
        if f.name.upper() == name.upper():
            return f
    raise KeyError(name)


def stored_prefix() -> str:
    """What precedes the method in a stored call: NL.ORTIJD.ADDIN."""
    return service().upper() + "."


def stored_name(name: str) -> str:
    """The name a call of display name `name` is stored under in .ods
    files, upper case as LibreOffice writes it: NL.ORTIJD.ADDIN.HOURS."""
    return stored_prefix() + by_name(name).method.upper()


def compat_names() -> dict:
    """{METHOD (upper case): display name}: how a stored call
    NL.ORTIJD.ADDIN.<METHOD>( is spelt as a compatibility name (.xls)."""
    return {f.method.upper(): f.name for f in functions()}


def stored_calls(ods) -> dict:
    """{METHOD: count} of the calls of:=NL.ORTIJD.ADDIN.<METHOD>( in an .ods's
    content.xml. Case-insensitive: a file saved while the extension is
    missing stores the same calls lower-cased (of:=nl.ortijd.addin.seats(...));
    Calc resolves them again once the extension is back."""
    with zipfile.ZipFile(ods) as z:
        xml = z.read("content.xml").decode("utf-8")
    counts: dict = {}
    for m in re.finditer(re.escape(stored_prefix()) + r"([A-Z]+)\(", xml, re.IGNORECASE):
        counts[m.group(1).upper()] = counts.get(m.group(1).upper(), 0) + 1
    return counts
