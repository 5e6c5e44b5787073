"""Regular expressions whose compiled form ships with the package.

`re.compile` parses a pattern and turns it into the code its engine runs. For the 380
patterns briefgen's modules make when they load, that took about 45 ms of every process, a
sixth of the default build and of a one-file edit at 1,000 briefings, to make the same code
again each time. That code is data, the same for a pattern wherever the same `re` makes it:
`scripts/compile_startup.py` writes it to `patterncode/<major>.<minor>.marshal`, and `pattern`
gives it to the engine as `re.compile` does once it has made it (`_sre.compile`). The table is
in `marshal`, the format of Python's `.pyc` files, with each code as its raw words: read as
JSON with base64 codes, it cost the default build 21 M instructions (2%) to decode. A table is
used only where the `re` that wrote it runs: the same implementation, the same compiler
(a checksum of the `re` package's sources), the engine's `MAGIC`, word size and byte order.
Anything else (another Python, a pattern not in the table, an entry that does not load)
compiles as usual, so a stale table costs time, never another match.
`tests/unit/test_patterns.py` holds both: every stored pattern equals what `re.compile` makes
of it, and the table holds exactly the patterns the modules ask for.
"""

from __future__ import annotations

import array
import binascii
import functools
import importlib
import marshal
import re
import sys
from pathlib import Path
from typing import Any

TABLES = Path(__file__).with_name("patterncode")
"""One table per Python version, written by `scripts/compile_startup.py`."""

_ENGINE: Any = importlib.import_module("_sre")
"""The regex engine under `re`: no stubs, so typed loosely; used only as `re` uses it."""

_Stored = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""A pattern's flags, its code (32-bit words in this machine's order), its groups, and their
names."""

_asked: dict[tuple[str, int], None] = {}
"""Every pattern asked for, in order: what the script stores and the test checks."""


def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """Return what `re.compile(source, flags)` returns, from the table when it holds it."""
    key = (source, int(flags))
    _asked[key] = None
    stored = _table().get(key)
    if stored is not None:
        try:
            final_flags, code, groups, names, indexed = stored
            words = array.array("I", code).tolist()
            made: re.Pattern[str] = _ENGINE.compile(
                source, final_flags, words, groups, names, indexed
            )
        except (ValueError, RuntimeError, TypeError, OverflowError):
            pass  # an entry that does not load, its code refused by the engine: compiled
        else:
            return made
    return re.compile(source, flags)


def asked() -> list[tuple[str, int]]:
    """Return the patterns asked for so far, each once, in the order first asked."""
    return list(_asked)


def table_file() -> Path:
    """Return the table for the running Python's version."""
    return TABLES / f"{sys.version_info[0]}.{sys.version_info[1]}.marshal"


@functools.cache
def engine_version() -> list[int | str]:
    """Return what stored code is valid for: the implementation and a checksum of its `re`
    package's sources (what makes the code), the engine's magic number, the size of a code
    word and the order of its bytes. An empty list when `re`'s sources cannot be read."""
    folder = Path(re.__file__).parent
    try:
        sources = b"".join(path.read_bytes() for path in sorted(folder.glob("*.py")))
    except OSError:
        return []
    # CRC-32, not a cryptographic hash: it tells releases apart, and hashlib costs a no-change
    # build more than the check itself.
    compiler = f"{binascii.crc32(sources):08x}-{len(sources)}" if sources else ""
    implementation = sys.implementation.name
    return [implementation, compiler, _ENGINE.MAGIC, _ENGINE.CODESIZE, sys.byteorder]


@functools.cache
def _table() -> dict[tuple[str, int], _Stored]:
    """Return the shipped patterns by source and flags; none for another `re`."""
    try:
        table = marshal.loads(table_file().read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    engine = engine_version()
    if not isinstance(table, dict) or not engine or table.get("engine") != engine:
        return {}
    stored = table.get("patterns")
    # Used as loaded: an entry of another shape fails in `pattern`, which then compiles.
    return stored if isinstance(stored, dict) else {}
