"""Function-wizard help from the installed add-in, Dutch and English.

Creates the add-in through LibreOffice's service manager (service
nl.ortijd.AddIn, as Calc does) and asks its XAddIn the questions the
function wizard asks, once with locale nl-NL and once with en-US: every
function of the names manifest (tools/manifest.py) has its display name, a
description and a name and description for every argument, in the right
language. Also checks Calc's own FunctionDescriptions lists every function
with all its arguments.

This module talks to the office over a URP bridge, so its own (client) UNO
type manager must know nl.ortijd.XOrTijd: the add-in's type list names it,
and a bridge that reads a type it does not know disposes itself ("Binary URP
bridge disposed during call"). The module therefore loads ortijd.rdb from the
.oxt into the client's type manager first. Calc itself loads the type library
from the installed extension and needs nothing of the kind.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
import uno  # also registers the com.sun.star import hook
from com.sun.star.lang import Locale

import manifest

# Whole words that show which language a description is in.
DUTCH_WORDS = {"de", "het", "een", "van", "voor", "uren", "dagen", "jaar", "zetels", "aantal",
               "standaard"}
ENGLISH_WORDS = {"the", "for", "hours", "days", "year", "seats", "number", "default"}
LOCALES = {"nl": ("nl", "NL"), "en": ("en", "US")}
FUNCTIONS = [pytest.param(f, id=f.name) for f in manifest.functions()]


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
        assert len(rdb) == 1, f"{oxt} holds {len(rdb)} .rdb files, expected 1"
        path = Path(z.extract(rdb[0], tmp))
    tdm = uno.getComponentContext().getValueByName(
        "/singletons/com.sun.star.reflection.theTypeDescriptionManager")
    tdm.insert(uno.systemPathToFileUrl(str(path.resolve())))


@pytest.fixture(scope="module")
def addin(office, oxt, tmp_path_factory):
    """The add-in object, created as Calc creates it (the extracted type
    library stays on disk for the module)."""
    load_client_types(oxt, tmp_path_factory.mktemp("rdb"))
    return office.smgr.createInstanceWithContext(manifest.service(), office.ctx)


@pytest.fixture(params=list(LOCALES))
def lang(request, addin):
    """The add-in set to nl-NL or en-US; the language code."""
    addin.setLocale(Locale(*LOCALES[request.param], ""))
    return request.param


def test_service_can_be_created(addin):
    assert addin is not None, f"service {manifest.service()} cannot be created"


def test_service_name(addin):
    assert addin.getServiceName() == manifest.service()


def test_supports_the_addin_service(addin):
    assert addin.supportsService("com.sun.star.sheet.AddIn")


def test_locale(addin, lang):
    loc = addin.getLocale()
    assert (loc.Language, loc.Country) == LOCALES[lang]


@pytest.mark.parametrize("f", FUNCTIONS)
def test_display_name(addin, lang, f):
    assert addin.getDisplayFunctionName(f.method) == f.name


@pytest.mark.parametrize("f", FUNCTIONS)
def test_display_name_maps_back(addin, lang, f):
    assert addin.getProgrammaticFuntionName(f.name) == f.method


@pytest.mark.parametrize("f", FUNCTIONS)
def test_description_language(addin, lang, f):
    desc = addin.getFunctionDescription(f.method)
    assert len(desc) > 40 and language_of(desc) == lang, desc[:60]


@pytest.mark.parametrize("f", FUNCTIONS)
def test_first_argument_name(addin, lang, f):
    want = f.args[0].nl_name if lang == "nl" else f.args[0].en_name
    assert addin.getDisplayArgumentName(f.method, 0) == want


@pytest.mark.parametrize("f", FUNCTIONS)
def test_every_argument_has_name_and_help(addin, lang, f):
    names = [addin.getDisplayArgumentName(f.method, i) for i in range(f.argc)]
    helps = [addin.getArgumentDescription(f.method, i) for i in range(f.argc)]
    assert all(names) and all(len(h) > 10 for h in helps), (names, helps)


@pytest.mark.parametrize("f", FUNCTIONS)
def test_argument_help_language(addin, lang, f):
    helps = [addin.getArgumentDescription(f.method, i) for i in range(f.argc)]
    assert language_of(" ".join(helps)) == lang


@pytest.mark.parametrize("f", FUNCTIONS)
def test_no_argument_beyond_the_last(addin, lang, f):
    assert addin.getDisplayArgumentName(f.method, f.argc) == ""


def test_unknown_method_has_no_name(addin):
    assert addin.getDisplayFunctionName("noSuchMethod") == ""


@pytest.fixture(scope="module")
def calc_function_list(office):
    """{display name: properties} of Calc's FunctionDescriptions."""
    fd = office.smgr.createInstanceWithContext("com.sun.star.sheet.FunctionDescriptions",
                                               office.ctx)
    listed = {}
    for i in range(fd.getCount()):
        props = {p.Name: p.Value for p in fd.getByIndex(i)}
        listed[props["Name"]] = props
    return listed


@pytest.mark.parametrize("f", FUNCTIONS)
def test_calc_function_list(calc_function_list, f):
    props = calc_function_list.get(f.name)
    assert props is not None and len(props["Arguments"]) == f.argc
