"""What text that users read must never contain: internal words and paths
(tests/text/check_text.py checks the sources, tests/integration/test_demo.py
the demo's PDF)."""

import re

FORBIDDEN = [
    (re.compile(r"\bseeds?\b", re.I), "the word 'seed'"),
    (re.compile(r"\bTODO\b"), "TODO"),
    (re.compile(r"example\.invalid", re.I), "example.invalid"),
    (re.compile(r"\.\./shared|/work/shared|shared/(spec|seeds)"), "a path into ../shared"),
]


def internal_words(text: str) -> list:
    """What of FORBIDDEN text contains, e.g. ["TODO"]."""
    return [what for pattern, what in FORBIDDEN if pattern.search(text)]
