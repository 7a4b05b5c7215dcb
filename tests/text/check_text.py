#!/usr/bin/env python3
"""Lint of the text users read (issue 10, item 6).

    python3 tests/text/check_text.py [--pdf build/demo/begroting.pdf]

Fails (exit 1) when user-visible text contains internal words or paths:
"seed", "TODO", "example.invalid", a path into ../shared; or when one cell
of the template or the example workbook mixes Dutch and English. Checked:
  * the help texts and argument names in addin/function_table.c;
  * every text and formula string of examples/or-begroting.ots and
    examples/voorbeeld-begroting.ods (content.xml, meta.xml);
  * the demo's printed text in tools/demo.py (string literals);
  * README.md up to its developer part ("## Tests"), examples/README.md;
  * the demo PDF, when --pdf names one (pdftotext from poppler-utils);
  * no file in the repository refers to ../shared (docs/ is the source),
    but for the one path SHARED_PATH_ALLOWED names.
Standard library only; prints one FAIL line per text with a finding and,
last, "N passed, M failed" (tools/report.py; exit 2 when pdftotext is
missing).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from report import HarnessError, run

ROOT = Path(__file__).resolve().parents[2]

# The one path into ../shared a repository file may name, and where (issue
# 20): .ci/run points the Windows load test at the URE fixture kept there.
SHARED_PATH_ALLOWED = {".ci/run": "../shared/fixtures/"}

# Internal words and paths that must never reach a user.
FORBIDDEN = [
    (re.compile(r"\bseeds?\b", re.I), "the word 'seed'"),
    (re.compile(r"\bTODO\b"), "TODO"),
    (re.compile(r"example\.invalid", re.I), "example.invalid"),
    (re.compile(r"\.\./shared|/work/shared|shared/(spec|seeds)"), "a path into ../shared"),
]

# Marker words of each language (whole words, lower case). A template cell
# with at least two English markers and one Dutch marker mixes languages.
ENGLISH = {"the", "and", "with", "fill", "in", "yellow", "cells", "every", "sheet",
           "recalculates", "input", "note", "notes", "source", "key", "figures",
           "hours", "breakdown", "per", "year", "cost", "same", "inputs", "seats",
           "one", "row", "member", "name", "department", "role", "first", "works",
           "council", "costs", "check", "of", "to", "is", "at", "once"}
ENGLISH_STRONG = ENGLISH - {"in", "per", "is", "of", "at", "one", "check", "input",
                            "name", "role", "key", "note", "to"}
DUTCH = {"de", "het", "een", "van", "en", "voor", "uren", "zetels", "vul", "blad",
         "bron", "gele", "cellen", "toelichting", "leden", "afdeling", "kosten",
         "jaar", "invoer", "rekenen", "niet", "wordt", "zijn"}

NS = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0"}


def lint(rep, where: str, text: str, mixed: bool = False) -> None:
    """One check of one text: no internal word or path; with mixed, also not
    Dutch and English in one cell."""
    found = [what for pattern, what in FORBIDDEN if pattern.search(text)]
    if mixed and mixes_languages(text):
        found.append("Dutch and English in one cell")
    rep.check(not found, where, f"{', '.join(found)}: {text[:120]!r}")


def mixes_languages(text: str) -> bool:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    en = sum(w in ENGLISH_STRONG for w in words)
    nl = sum(w in DUTCH for w in words)
    return en >= 2 and nl >= 1


def c_strings(path: Path) -> list:
    """String literals of a C file, adjacent literals joined per statement."""
    src = path.read_text(encoding="utf-8")
    src = re.sub(r"/\*.*?\*/", " ", src, flags=re.S)
    literals = re.findall(r'"((?:[^"\\\n]|\\.)*)"', src)
    return [bytes(s, "utf-8").decode("unicode_escape", "ignore") for s in literals]


def py_strings(path: Path) -> list:
    import ast
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.append(node.value)
    return out


def workbook_texts(path: Path) -> list:
    """(cell, text) of every text paragraph and string in a formula."""
    out = []
    with zipfile.ZipFile(path) as z:
        content = z.read("content.xml")
        meta = z.read("meta.xml").decode("utf-8")
    out.append(("meta.xml", re.sub(r"<[^>]+>", " ", meta)))
    root = ET.fromstring(content)
    for table in root.iter(f"{{{NS['table']}}}table"):
        sheet = table.get(f"{{{NS['table']}}}name")
        for r, row in enumerate(table.iter(f"{{{NS['table']}}}table-row"), start=1):
            for c, cell in enumerate(row.iter(f"{{{NS['table']}}}table-cell"), start=1):
                where = f"{path.name} {sheet} row {r} cell {c}"
                text = " ".join("".join(p.itertext())
                                for p in cell.iter(f"{{{NS['text']}}}p"))
                if text.strip():
                    out.append((where, text))
                formula = cell.get(f"{{{NS['table']}}}formula") or ""
                for s in re.findall(r'"((?:[^"]|"")*)"', formula):
                    if s.strip():
                        out.append((where + " (formula)", s))
    return out


def readme_user_part(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    cut = text.find("\n## Tests")
    return text if cut < 0 else text[:cut]


def tracked_files() -> list:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-co", "--exclude-standard"],
                             capture_output=True, text=True, check=True).stdout
        return [ROOT / p for p in out.splitlines()]
    except (OSError, subprocess.CalledProcessError):
        return [p for p in ROOT.rglob("*") if p.is_file() and ".git" not in p.parts]


def check(rep, opts) -> None:
    for s in c_strings(ROOT / "addin" / "function_table.c"):
        lint(rep, "addin/function_table.c", s)
    for s in py_strings(ROOT / "tools" / "demo.py"):
        lint(rep, "tools/demo.py", s)
    for name in ("or-begroting.ots", "voorbeeld-begroting.ods"):
        for where, text in workbook_texts(ROOT / "examples" / name):
            lint(rep, where, text, mixed=True)
    lint(rep, "README.md (user part)", readme_user_part(ROOT / "README.md"))
    lint(rep, "examples/README.md", (ROOT / "examples" / "README.md").read_text("utf-8"))
    if opts.pdf:
        if shutil.which("pdftotext") is None:
            raise HarnessError("pdftotext missing (apt-get install poppler-utils)")
        text = subprocess.run(["pdftotext", "-layout", str(opts.pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
        for n, line in enumerate(text.splitlines(), start=1):
            lint(rep, f"{opts.pdf.name} line {n}", line)
    me = Path(__file__).resolve()
    for path in tracked_files():
        if path.resolve() == me or not path.is_file() or path.suffix in (".png", ".ods",
                                                                          ".ots", ".pdf"):
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        rel = str(path.relative_to(ROOT))
        if rel in SHARED_PATH_ALLOWED:
            text = text.replace(SHARED_PATH_ALLOWED[rel], "")
        rep.check(not re.search(r"\.\./shared", text), rel,
                  "refers to ../shared (cite docs/ instead)")


def main(argv) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pdf", type=Path, help="also check the text of the demo PDF")
    opts = ap.parse_args(argv)
    return run("check_text", lambda rep: check(rep, opts), needs=[opts.pdf] if opts.pdf else [],
               quiet=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
