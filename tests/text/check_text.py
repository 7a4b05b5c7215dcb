"""Lint of the text users read (issue 10, item 6), one test per text.

    /usr/bin/python3 -m pytest tests/text/check_text.py

Fails when user-visible text contains internal words or paths
(tools/user_text.py: "seed", "TODO", "example.invalid", a path into
../shared); or when one cell of the template or the example workbook mixes
Dutch and English. Checked:
  * the help texts and argument names in addin/function_table.c;
  * every text and formula string of examples/or-begroting.ots and
    examples/voorbeeld-begroting.ods (content.xml, meta.xml);
  * the demo's printed text in tools/demo.py (string literals);
  * README.md (its developer part too), examples/README.md;
  * no file in the repository refers to ../shared (docs/ is the source),
    but for the one path SHARED_PATH_ALLOWED names.
The demo PDF is checked where it is made (tests/integration/test_demo.py).
Standard library and pytest only.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from user_text import internal_words

ROOT = Path(__file__).resolve().parents[2]

# The one path into ../shared a repository file may name, and where (issue
# 20): .ci/run points the Windows load test at the URE fixture kept there.
SHARED_PATH_ALLOWED = {".ci/run": "../shared/fixtures/"}

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


def tracked_files() -> list:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-co", "--exclude-standard"],
                             capture_output=True, text=True, check=True).stdout
        return [ROOT / p for p in out.splitlines()]
    except (OSError, subprocess.CalledProcessError):
        return [p for p in ROOT.rglob("*") if p.is_file() and ".git" not in p.parts]


def user_texts() -> list:
    """(where, text, whether Dutch and English may not mix) of every
    user-visible text."""
    out = [("addin/function_table.c", t, False)
           for t in c_strings(ROOT / "addin" / "function_table.c")]
    out += [("tools/demo.py", t, False) for t in py_strings(ROOT / "tools" / "demo.py")]
    for name in ("or-begroting.ots", "voorbeeld-begroting.ods"):
        out += [(where, text, True) for where, text in workbook_texts(ROOT / "examples" / name)]
    out.append(("README.md", (ROOT / "README.md").read_text("utf-8"), False))
    out.append(("examples/README.md", (ROOT / "examples" / "README.md").read_text("utf-8"), False))
    return out


def numbered(items) -> list:
    """pytest ids: where, numbered when it repeats (addin/function_table.c#12)."""
    total, n, ids = Counter(w for w, *_r in items), Counter(), []
    for where, *_rest in items:
        n[where] += 1
        ids.append(f"{where}#{n[where]}" if total[where] > 1 else where)
    return ids


TEXTS = user_texts()


@pytest.mark.parametrize("where, text, mixed", TEXTS, ids=numbered(TEXTS))
def test_user_text(where, text, mixed):
    """No internal word or path; in a workbook cell, not Dutch and English."""
    found = internal_words(text)
    if mixed and mixes_languages(text):
        found.append("Dutch and English in one cell")
    assert not found, f"{', '.join(found)}: {text[:120]!r}"


def text_of(path: Path):
    try:
        return path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return None


def repository_files() -> list:
    """Every text file of the checkout, less the two that state the rule."""
    rule = {Path(__file__).resolve(), ROOT / "tools" / "user_text.py"}
    return [path for path in tracked_files()
            if path.resolve() not in rule and path.is_file()
            and path.suffix not in (".png", ".ods", ".ots", ".pdf") and text_of(path) is not None]


@pytest.mark.parametrize("path", repository_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_reference_to_shared(path):
    text = text_of(path)
    allowed = SHARED_PATH_ALLOWED.get(str(path.relative_to(ROOT)))
    if allowed:
        text = text.replace(allowed, "")
    assert not re.search(r"\.\./shared", text), "refers to ../shared (cite docs/ instead)"
