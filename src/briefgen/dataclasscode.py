"""The methods `dataclasses` writes for briefgen's records, shipped compiled.

`dataclasses` writes a class's `__init__`, `__repr__`, `__eq__`, `__hash__` and, for a frozen
one, `__setattr__` and `__delattr__` as Python text and compiles it with `exec`: for the 80
records a build defines that was a sixth of the default build's instructions, each process
compiling the same text again. The text depends only on the class's fields and options, so its
code does too: `scripts/compile_startup.py` stores it in `methodcode/<major>.<minor>.marshal`
(in `marshal`, the format of Python's own `.pyc` files) and `install` has `dataclasses` run the
stored code of a text the table holds instead of compiling it. As a `.pyc` file, a table is
used only by the bytecode it was written for (the interpreter's magic number); a text not in
it, or an entry that does not load, is compiled as before, so a stale table costs time, never
another method. `tests/unit/test_dataclasscode.py` holds both: each stored code equals what
`compile` makes of its text, and the table holds exactly the texts the modules make.
"""

from __future__ import annotations

import binascii
import builtins
import dataclasses
import functools
import marshal
import sys
from importlib._bootstrap_external import MAGIC_NUMBER  # importlib.util's, without its imports
from pathlib import Path
from types import CodeType
from typing import Any

TABLES = Path(__file__).with_name("methodcode")
"""One table per Python version, written by `scripts/compile_startup.py`."""

_asked: dict[str, None] = {}
"""Every text briefgen's modules had compiled, in order: what the script stores."""


def install() -> None:
    """Have `dataclasses` run its texts through `run`: its `exec` is looked up in its module
    before the builtins."""
    vars(dataclasses)["exec"] = run


def run(source: str, globals: dict[str, Any], locals: dict[str, Any]) -> None:
    """Run `source` as `dataclasses`' own `exec(source, globals, locals)` does, from its stored
    code if any: `dataclasses` always passes both namespaces."""
    if str(globals.get("__name__", "")).startswith("briefgen."):
        _asked[source] = None
    code = _stored_code(source)
    builtins.exec(compile_text(source) if code is None else code, globals, locals)


def compile_text(source: str) -> CodeType:
    """Compile `source` as `exec` does in `dataclasses`, whose module imports no `__future__`
    feature: a text compiled here would inherit this module's `annotations`, and every
    `__init__` would then hold its annotations as strings (`'_type_x'`), which
    `typing.get_type_hints` cannot resolve."""
    return compile(source, "<string>", "exec", dont_inherit=True)


def asked() -> list[str]:
    """Return the texts briefgen's modules had compiled so far, each once, first asked first."""
    return list(_asked)


def table_file() -> Path:
    """Return the table for the running Python's version."""
    return TABLES / f"{sys.version_info[0]}.{sys.version_info[1]}.marshal"


def writer() -> list[str]:
    """Return what wrote a table's texts and codes: the Python release (its compiler) and a
    checksum of its `dataclasses` (its texts). Only the tests read it: another release that
    makes the same text runs its stored code, as it would a `.pyc` file's."""
    source = Path(dataclasses.__file__).read_bytes()
    return [sys.version.split()[0], f"{binascii.crc32(source):08x}-{len(source)}"]


def _stored_code(source: str) -> CodeType | None:
    """Return the table's code for `source`; None when it has none or it does not load."""
    stored = _table().get(source)
    if stored is None:
        return None
    try:
        code = marshal.loads(stored)
    except (EOFError, ValueError, TypeError):
        return None
    return code if isinstance(code, CodeType) else None


@functools.cache
def _table() -> dict[str, bytes]:
    """Return each stored text's marshalled code; none for another bytecode."""
    try:
        table = marshal.loads(table_file().read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(table, dict) or table.get("magic") != MAGIC_NUMBER:
        return {}
    methods = table.get("methods")
    if not isinstance(methods, dict):
        return {}
    return {text: code for text, code in methods.items() if isinstance(code, bytes)}
