#!/usr/bin/python3
"""Function-wizard help from the installed add-in, Dutch and English.

    bash tools/run-python.sh tests/integration/wizard_help.py --oxt build/ortijd.oxt

Creates the add-in through LibreOffice's service manager (service
nl.ortijd.AddIn, as Calc does) and asks its XAddIn the questions the
function wizard asks, once with locale nl-NL and once with en-US: every
function of the names manifest (tools/manifest.py) has its display name, a
description and a name and description for every argument, in the right
language. Also checks Calc's own
FunctionDescriptions lists every function with all its arguments.

This script talks to the office over a URP bridge, so its own (client) UNO
type manager must know nl.ortijd.XOrTijd: the add-in's type list names it,
and a bridge that reads a type it does not know disposes itself ("Binary URP
bridge disposed during call"). The script therefore loads ortijd.rdb from the
.oxt into the client's type manager first. Calc itself loads the type library
from the installed extension and needs nothing of the kind.

Prints one line per check and, last, exactly "N passed, M failed".
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import zipfile
from pathlib import Path

import uno  # also registers the com.sun.star import hook
from com.sun.star.lang import Locale

import manifest
from lo_session import LoSession, LoSessionError
from report import run

# Whole words that show which language a description is in.
DUTCH_WORDS = {"de", "het", "een", "van", "voor", "uren", "dagen", "jaar", "zetels", "aantal",
               "standaard"}
ENGLISH_WORDS = {"the", "for", "hours", "days", "year", "seats", "number", "default"}


def language_of(text: str) -> str:
    """'nl' or 'en', whichever language's marker words occur more often."""
    words = re.findall(r"[a-z]+", text.lower())
    nl = sum(w in DUTCH_WORDS for w in words)
    en = sum(w in ENGLISH_WORDS for w in words)
    return "nl" if nl > en else "en" if en > nl else "?"


def load_client_types(oxt: Path, tmp: Path) -> None:
    """Adds the type library inside `oxt` to this process's UNO type manager."""
    with zipfile.ZipFile(oxt) as z:
        rdb = [n for n in z.namelist() if n.endswith(".rdb")]
        if len(rdb) != 1:
            raise LoSessionError(f"{oxt} holds {len(rdb)} .rdb files, expected 1")
        path = Path(z.extract(rdb[0], tmp))
    tdm = uno.getComponentContext().getValueByName(
        "/singletons/com.sun.star.reflection.theTypeDescriptionManager")
    tdm.insert(uno.systemPathToFileUrl(str(path.resolve())))


def check(rep, opts) -> None:
    functions = manifest.functions()
    service = manifest.service()
    # The extracted rdb stays on disk for the whole session.
    with tempfile.TemporaryDirectory() as tmp, \
            LoSession(extensions=[opts.oxt], timeout=opts.timeout) as lo:
        load_client_types(opts.oxt, Path(tmp))
        addin = lo.smgr.createInstanceWithContext(service, lo.ctx)
        rep.check(addin is not None, f"service {service} can be created")
        rep.check(addin.getServiceName() == service, "XServiceName")
        rep.check(addin.supportsService("com.sun.star.sheet.AddIn"),
                  "supports com.sun.star.sheet.AddIn")
        for lang, country, k in (("nl", "NL", 0), ("en", "US", 1)):
            addin.setLocale(Locale(lang, country, ""))
            loc = addin.getLocale()
            rep.check((loc.Language, loc.Country) == (lang, country),
                      f"getLocale {lang}-{country}")
            for f in functions:
                method, name, argc = f.method, f.name, f.argc
                first = f.args[0].en_name if k else f.args[0].nl_name
                rep.check(addin.getDisplayFunctionName(method) == name,
                          f"[{lang}] {method} is shown as {name}")
                rep.check(addin.getProgrammaticFuntionName(name) == method,
                          f"[{lang}] {name} maps back to {method}")
                desc = addin.getFunctionDescription(method)
                rep.check(len(desc) > 40 and language_of(desc) == lang,
                          f"[{lang}] {name} description is in {lang}", desc[:60])
                rep.check(addin.getDisplayArgumentName(method, 0) == first,
                          f"[{lang}] {name} argument 1 is {first}",
                          addin.getDisplayArgumentName(method, 0))
                names = [addin.getDisplayArgumentName(method, i) for i in range(argc)]
                helps = [addin.getArgumentDescription(method, i) for i in range(argc)]
                rep.check(all(names) and all(len(h) > 10 for h in helps),
                          f"[{lang}] {name} has a name and help for all {argc} arguments")
                rep.check(language_of(" ".join(helps)) == lang,
                          f"[{lang}] {name} argument help is in {lang}")
                rep.check(addin.getDisplayArgumentName(method, argc) == "",
                          f"[{lang}] {name} has no argument {argc + 1}")
        rep.check(addin.getDisplayFunctionName("noSuchMethod") == "", "unknown method: empty")

        fd = lo.smgr.createInstanceWithContext("com.sun.star.sheet.FunctionDescriptions",
                                               lo.ctx)
        listed = {}
        for i in range(fd.getCount()):
            props = {p.Name: p.Value for p in fd.getByIndex(i)}
            listed[props["Name"]] = props
        for f in functions:
            props = listed.get(f.name)
            rep.check(props is not None and len(props["Arguments"]) == f.argc,
                      f"Calc's function list has {f.name} with {f.argc} arguments")


def main(argv) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--oxt", type=Path, required=True)
    ap.add_argument("--timeout", type=float, default=90.0)
    opts = ap.parse_args(argv)
    return run("wizard_help", lambda rep: check(rep, opts), needs=[opts.oxt])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
