"""Fixtures of the headless-Calc tests (tools/lo_session.py):

    oxt             the .oxt under test: $ORTIJD_TEST_OXT, else build/ortijd.oxt
    office          a headless Calc with that .oxt installed; one per test
                    module, started when the first test needs it
    office_without  a headless Calc without any extension; one per module
    office_version  (major, minor, "7.4.7.2") of the installed LibreOffice

An office that does not start is an error of every test that uses it: pytest
reports each such test as ERROR (never as a failure, a pass or an expected
failure), and the module's other tests still run. The names manifest comes
from $ORTIJD_MANIFEST, else build/generated/functions.json (tools/manifest.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lo_session import LoSession, office_version as installed_version

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def oxt() -> Path:
    path = Path(os.environ.get("ORTIJD_TEST_OXT") or ROOT / "build" / "ortijd.oxt")
    if not path.is_file():
        raise FileNotFoundError(f"no .oxt at {path} (build first, or set ORTIJD_TEST_OXT)")
    return path


@pytest.fixture(scope="module")
def office(oxt):
    with LoSession(extensions=[oxt]) as lo:
        yield lo


@pytest.fixture(scope="module")
def office_without():
    with LoSession() as lo:
        yield lo


@pytest.fixture(scope="session")
def office_version() -> tuple:
    return installed_version()
