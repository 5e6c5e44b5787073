"""Regular expressions whose compiled form ships with the package.

`re.compile` parses a pattern and turns it into the code its engine runs. For the 375
patterns briefgen's modules make when they load, that took about 45 ms of every process, a
seventh of the default build and of a one-file edit at 1,000 briefings, to make the same
code again each time. That code is data, the same for a pattern on a given Python:
`scripts/compile_patterns.py` writes it to `patterns.json`, and `pattern` gives it to the
engine as `re.compile` does once it has made it (`_sre.compile`, which checks it). The table
is used only on the Python that wrote it (its version and the engine's `MAGIC` and code
size); a pattern not in it, or another Python, compiles as usual, so a stale table costs
time, never another match. tests/unit/test_patterns.py holds both: every stored pattern
equals what `re.compile` makes of it (a pattern's equality compares its code), and the table
holds exactly the patterns the modules ask for.
"""

from __future__ import annotations

import array
import base64
import functools
import importlib
import json
import re
import sys
from pathlib import Path
from typing import Any

TABLE = Path(__file__).with_name("patterns.json")
"""Written by `scripts/compile_patterns.py` (run it after changing a pattern)."""

_ENGINE: Any = importlib.import_module("_sre")
"""The regex engine under `re`: no stubs, so typed loosely; used only as `re` uses it."""

_Stored = tuple[int, str, int, dict[str, int], tuple[str | None, ...]]
"""A pattern's flags, its code (base64 of 32-bit words), its groups, and their names."""

_asked: dict[tuple[str, int], None] = {}
"""Every pattern asked for, in order: what the script stores and the test checks."""


def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """Return what `re.compile(source, flags)` returns, from the table when it holds it."""
    key = (source, int(flags))
    _asked[key] = None
    stored = _table().get(key)
    if stored is None:
        return re.compile(source, flags)
    final_flags, code, groups, names, indexed = stored
    words = array.array("I", base64.b64decode(code)).tolist()
    compiled: re.Pattern[str] = _ENGINE.compile(source, final_flags, words, groups, names, indexed)
    return compiled


def asked() -> list[tuple[str, int]]:
    """Return the patterns asked for so far, each once, in the order first asked."""
    return list(_asked)


def engine_version() -> list[int | str]:
    """Return what the stored code is valid for: Python's version, the engine's magic number,
    the size of a code word and the order of its bytes."""
    return [*sys.version_info[:2], _ENGINE.MAGIC, _ENGINE.CODESIZE, sys.byteorder]


@functools.cache
def _table() -> dict[tuple[str, int], _Stored]:
    """Return the shipped patterns by source and flags; none on another Python."""
    try:
        table = json.loads(TABLE.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(table, dict) or table.get("engine") != engine_version():
        return {}
    return {
        (source, flags): (final_flags, code, groups, names, tuple(indexed))
        for source, flags, final_flags, code, groups, names, indexed in table["patterns"]
    }
