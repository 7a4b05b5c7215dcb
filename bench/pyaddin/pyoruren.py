"""Benchmark only (bench/): ORUREN as a Python (pyuno) Calc add-in, PYORUREN.

The same model, defaults and validation as the C add-in (core/src/hours.c,
addin/arg_decode.c): the peer a user would otherwise write. Omitted or
blank optional arguments take the default; text is an error; a 1x1 range
is unwrapped; every field is range-checked as in the core.
"""
import math

import uno
import unohelper
from com.sun.star.lang import IllegalArgumentException, XServiceInfo, XServiceName
from com.sun.star.lang import Locale
from com.sun.star.sheet import XAddIn
from nl.ortijd.bench import XPyOrTijd

IMPLEMENTATION = "nl.ortijd.bench.PyOrTijdAddIn"
SERVICE = "nl.ortijd.bench.PyAddIn"
DISPLAY = "PYORUREN"

# (name, default, max, must be > 0, must be whole), in ORUREN's order.
PARAMS = (
    ("seats", None, 1000.0, True, True),
    ("jointMeetings", 6.0, 1000.0, False, False),
    ("jointMeetingHours", 2.0, 24.0, False, False),
    ("councilMeetings", 12.0, 1000.0, False, False),
    ("councilMeetingHours", 2.0, 24.0, False, False),
    ("preparationHours", 2.0, 24.0, False, False),
    ("otherHours", 60.0, 8784.0, False, False),
    ("trainingDays", 5.0, 366.0, False, False),
    ("trainingDayHours", 8.0, 24.0, False, False),
    ("chairWeekHours", 2.0, 168.0, False, False),
    ("secretaryWeekHours", 4.0, 168.0, False, False),
    ("weeksPerYear", 52.0, 53.0, True, False),
)


def _bad(index, message):
    return IllegalArgumentException(
        f"{DISPLAY}: argument {index + 1} ({PARAMS[index][0]}): {message}", None, index)


def _decode(index, value):
    """Returns the number for argument `index` (default when omitted)."""
    if isinstance(value, tuple) and len(value) == 1 and isinstance(value[0], tuple) \
            and len(value[0]) == 1:
        value = value[0][0]
    if value is None or (isinstance(value, str) and value.strip(" \t") == ""):
        default = PARAMS[index][1]
        if default is None:
            raise _bad(index, "missing")
        return default
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        raise _bad(index, "text where a number was expected")
    raise _bad(index, "unusable value")


def _check(index, v):
    _, _, vmax, positive, whole = PARAMS[index]
    if not math.isfinite(v):
        raise _bad(index, "not a finite number")
    if v < 0.0:
        raise _bad(index, "negative")
    if positive and v == 0.0:
        raise _bad(index, "zero")
    if whole and v != math.floor(v):
        raise _bad(index, "not a whole number")
    if v > vmax:
        raise _bad(index, "too large")


class PyOrTijdAddIn(unohelper.Base, XPyOrTijd, XAddIn, XServiceName, XServiceInfo):
    def __init__(self, ctx, *args):
        self.ctx = ctx
        self.locale = Locale("en", "US", "")

    # -- the Calc function ------------------------------------------------
    def hours(self, seats, *optional):
        v = [float(seats)]
        for i, value in enumerate(optional, start=1):
            v.append(_decode(i, value))
        for i, x in enumerate(v):
            _check(i, x)
        n, ov, ovh, m, mh, prep, other, days, dayh, chair, secr, weeks = v
        total = (n * ov * ovh + n * m * mh + n * (ov + m) * prep
                 + n * other + n * days * dayh + (chair + secr) * weeks)
        if not math.isfinite(total):
            raise _bad(0, "result too large")
        return total

    # -- XAddIn -------------------------------------------------------------
    def getProgrammaticFuntionName(self, name):  # sic, IDL
        return "hours" if name.upper() == DISPLAY else ""

    def getDisplayFunctionName(self, name):
        return DISPLAY if name == "hours" else ""

    def getFunctionDescription(self, name):
        return "ORUREN in Python (benchmark)" if name == "hours" else ""

    def getDisplayArgumentName(self, name, index):
        if name == "hours" and 0 <= index < len(PARAMS):
            return PARAMS[index][0]
        return ""

    def getArgumentDescription(self, name, index):
        return self.getDisplayArgumentName(name, index)

    def getProgrammaticCategoryName(self, name):
        return "Add-In"

    def getDisplayCategoryName(self, name):
        return "Add-In"

    # -- XLocalizable -------------------------------------------------------
    def setLocale(self, locale):
        self.locale = locale

    def getLocale(self):
        return self.locale

    # -- XServiceName, XServiceInfo -------------------------------------------
    def getServiceName(self):
        return SERVICE

    def getImplementationName(self):
        return IMPLEMENTATION

    def supportsService(self, name):
        return name in self.getSupportedServiceNames()

    def getSupportedServiceNames(self):
        return ("com.sun.star.sheet.AddIn", SERVICE)


g_ImplementationHelper = unohelper.ImplementationHelper()
g_ImplementationHelper.addImplementation(
    PyOrTijdAddIn, IMPLEMENTATION, ("com.sun.star.sheet.AddIn", SERVICE))
