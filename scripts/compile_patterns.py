"""Write the code of every pattern briefgen's modules compile as they load to
src/briefgen/patterncode/<major>.<minor>.json, the table of the Python that runs this script.

Run it after adding or changing a pattern, with each Python you have (3.11 at least, which
tests/unit/test_patterns.py holds to the sources: it fails when that table is out of date):

    .venv/bin/python scripts/compile_patterns.py

`briefgen.patterns.pattern` uses an entry only where the `re` that wrote it runs and compiles
anything else as usual, so a stale table costs time, never another match.
"""

from __future__ import annotations

import array
import base64
import importlib
import json
import pkgutil
import re

import briefgen
from briefgen.patterns import asked, engine_version, table_file


def main() -> None:
    """Import every module of briefgen, then store the code of each pattern it asked for."""
    for module in pkgutil.walk_packages(briefgen.__path__, "briefgen."):
        importlib.import_module(module.name)
    entries = [_entry(source, flags) for source, flags in asked()]
    # One pattern a line, so a change to one shows as a change to its line. ASCII, as some
    # patterns hold lone surrogates (`[\ud800-\udfff]`), which UTF-8 cannot encode.
    lines = ",\n".join(json.dumps(entry) for entry in entries)
    engine = json.dumps(engine_version())
    table = table_file()
    table.parent.mkdir(exist_ok=True)
    table.write_text(f'{{"engine": {engine}, "patterns": [\n{lines}\n]}}\n', encoding="ascii")


def _entry(source: str, flags: int) -> list[object]:
    """Compile `source` as `re._compiler.compile` does, keeping what it gives the engine."""
    parsed = re._parser.parse(source, flags)  # type: ignore[attr-defined]
    code = re._compiler._code(parsed, flags)  # type: ignore[attr-defined]
    names = dict(parsed.state.groupdict)
    indexed: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        indexed[index] = name
    words = array.array("I", code)
    final_flags = flags | parsed.state.flags
    return [
        source,
        flags,
        final_flags,
        base64.b64encode(words.tobytes()).decode("ascii"),
        parsed.state.groups - 1,
        names,
        indexed,
    ]


if __name__ == "__main__":
    main()
