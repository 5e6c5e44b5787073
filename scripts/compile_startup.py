"""Write what briefgen's modules compile as they load, for the Python that runs this script:
the code of every pattern (src/briefgen/patterncode/<major>.<minor>.marshal) and of every method
`dataclasses` writes for their records (src/briefgen/methodcode/<major>.<minor>.marshal).

Run it after adding or changing a pattern or a dataclass, with each Python you have (3.11 at
least, which tests/unit/test_patterns.py and test_dataclasscode.py hold to the sources: they
fail when a table is out of date):

    .venv/bin/python scripts/compile_startup.py

`briefgen.patterns` and `briefgen.dataclasscode` use an entry only where the Python that wrote
it runs and compile anything else as usual, so a stale table costs time, never another result.
"""

from __future__ import annotations

import array
import importlib
import marshal
import pkgutil
import re
from importlib._bootstrap_external import MAGIC_NUMBER

import briefgen
from briefgen import dataclasscode
from briefgen.patterns import asked, engine_version, table_file


def main() -> None:
    """Import every module of briefgen, then store what each asked to compile."""
    dataclasscode.install()  # as `python -m briefgen` does before its modules load
    for module in pkgutil.walk_packages(briefgen.__path__, "briefgen."):
        importlib.import_module(module.name)
    _write_patterns()
    _write_methods()


def _write_patterns() -> None:
    # In the order the modules asked, so a run writes the same bytes; the shape `_table`
    # returns as loaded. (`marshal` keeps the lone surrogates of `[\ud800-\udfff]`.)
    entries = {(source, flags): _pattern_entry(source, flags) for source, flags in asked()}
    table = table_file()
    table.parent.mkdir(exist_ok=True)
    table.write_bytes(marshal.dumps({"engine": engine_version(), "patterns": entries}))


def _pattern_entry(
    source: str, flags: int
) -> tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]:
    """Compile `source` as `re._compiler.compile` does, keeping what it gives the engine."""
    parsed = re._parser.parse(source, flags)  # type: ignore[attr-defined]
    code = re._compiler._code(parsed, flags)  # type: ignore[attr-defined]
    names = dict(parsed.state.groupdict)
    indexed: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        indexed[index] = name
    words = array.array("I", code)
    final_flags = flags | parsed.state.flags
    return (final_flags, words.tobytes(), parsed.state.groups - 1, names, tuple(indexed))


def _write_methods() -> None:
    # Each code marshalled on its own, so a process loads only the codes of the records it
    # defines; the texts in the order the modules asked, so a run writes the same bytes.
    methods = {
        text: marshal.dumps(dataclasscode.compile_text(text)) for text in dataclasscode.asked()
    }
    table = dataclasscode.table_file()
    table.parent.mkdir(exist_ok=True)
    table.write_bytes(
        marshal.dumps({"magic": MAGIC_NUMBER, "writer": dataclasscode.writer(), "methods": methods})
    )


if __name__ == "__main__":
    main()
