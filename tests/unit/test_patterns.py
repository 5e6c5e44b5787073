"""Shipped pattern code: current, equal to what `re.compile` makes, used only where it fits."""

from __future__ import annotations

import array
import ast
import importlib
import marshal
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import briefgen
from briefgen import patterns

if TYPE_CHECKING:
    from collections.abc import Iterator

STALE = "the pattern table is stale: run .venv/bin/python scripts/compile_startup.py"


def _import_every_module() -> None:
    for module in pkgutil.walk_packages(briefgen.__path__, "briefgen."):
        importlib.import_module(module.name)


def _shipped() -> dict[str, Any]:
    """Return the running Python's table as stored; skip where there is none."""
    path = patterns.table_file()
    if not path.is_file():
        pytest.skip(f"no pattern table for Python {sys.version_info[0]}.{sys.version_info[1]}")
    table: dict[str, Any] = marshal.loads(path.read_bytes())
    return table


def _shipped_for_this_re() -> dict[str, Any]:
    """Return the running Python's table when this Python's `re` wrote it; else skip: it is
    not used here (another patch release may compile otherwise)."""
    table = _shipped()
    if table["engine"] != patterns.engine_version():
        pytest.skip("this Python's re did not write its pattern table, which it does not use")
    return table


@pytest.fixture
def fresh_table(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Read the table again for this test, and again after it; keep what it asks for apart."""
    monkeypatch.setattr(patterns, "_asked", {})
    patterns._table.cache_clear()
    yield
    patterns._table.cache_clear()


def test_patterns_table_holds_exactly_the_patterns_the_modules_ask_for() -> None:
    _import_every_module()
    keys = list(_shipped()["patterns"])

    assert set(keys) == set(patterns.asked()), STALE


def test_patterns_from_the_table_equal_what_re_compile_makes() -> None:
    _shipped_for_this_re()
    table = patterns._table()
    assert table
    for source, flags in table:
        shipped = patterns.pattern(source, flags)
        compiled = re._compiler.compile(source, flags)  # type: ignore[attr-defined]

        # A pattern's equality compares its flags, its source and its code, word by word.
        assert shipped == compiled, source
        assert (shipped.groups, shipped.groupindex) == (compiled.groups, compiled.groupindex)


def test_patterns_group_names_by_number_are_those_by_name() -> None:
    """The engine names a match's `lastgroup` from the stored numbers, which equality does
    not compare: they must be the names' own."""
    for (source, _), (_, _, groups, names, indexed) in _shipped()["patterns"].items():
        by_number: list[str | None] = [None] * (groups + 1)
        for name, number in names.items():
            by_number[number] = name
        assert indexed == tuple(by_number), source


@pytest.mark.parametrize("hash_seed", ["0", "1"])
def test_patterns_modules_load_without_compiling_a_pattern_of_the_table(hash_seed: str) -> None:
    """In a new process, with another order of sets: a pattern made from a set's words in its
    order would be another pattern, never found in the table."""
    # Counts the patterns `pattern` had to compile: those not found in the table.
    script = (
        "import re, sys, pkgutil, importlib, briefgen\n"
        "missed, real = [], re.compile\n"
        "def spy(p, flags=0):\n"
        "    if sys._getframe(1).f_code.co_name == 'pattern':\n"
        "        missed.append(p)\n"
        "    return real(p, flags)\n"
        "re.compile = spy\n"
        "for m in pkgutil.walk_packages(briefgen.__path__, 'briefgen.'):\n"
        "    importlib.import_module(m.name)\n"
        "from briefgen.patterns import asked\n"
        "print(len(asked()), len(missed))\n"
    )
    _shipped_for_this_re()
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=environment,
    )

    asked, missed = map(int, done.stdout.split())
    assert asked > 300
    assert missed == 0


def test_patterns_modules_load_compiling_no_text_pattern_outside_the_table() -> None:
    """Nothing a module makes as it loads (an object's pattern, as `CharacterClass` holds)
    compiles a text pattern with `re` itself: each comes from the table (bytes patterns are not
    in it). The AST test above sees only a module-level `re.compile`."""
    script = (
        "import re, sys, pkgutil, importlib, briefgen\n"
        "compiled, real = [], re.compile\n"
        "def spy(p, flags=0):\n"
        "    caller = sys._getframe(1)\n"
        "    own = str(caller.f_globals.get('__name__', '')).startswith('briefgen.')\n"
        "    if own and caller.f_code.co_name != 'pattern' and isinstance(p, str):\n"
        "        compiled.append(f'{caller.f_globals[\"__name__\"]}:{caller.f_lineno}')\n"
        "    return real(p, flags)\n"
        "re.compile = spy\n"
        "for m in pkgutil.walk_packages(briefgen.__path__, 'briefgen.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(' '.join(compiled))\n"
    )
    _shipped_for_this_re()
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )

    assert done.stdout.split() == [], "use briefgen.patterns.pattern, then compile_startup.py"


@pytest.mark.usefixtures("fresh_table")
def test_patterns_not_in_the_table_compile_as_usual() -> None:
    made = patterns.pattern(r"(?P<year>\d{4})-(?P<month>\d\d) not in the table", re.IGNORECASE)

    assert made == re.compile(r"(?P<year>\d{4})-(?P<month>\d\d) not in the table", re.I)
    assert made.match("2026-12 NOT IN THE TABLE")


def _write_table(folder: Path, table: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """Put `table` where this Python's table is read from, in `folder`."""
    monkeypatch.setattr(patterns, "TABLES", folder)
    patterns.table_file().write_bytes(marshal.dumps(table))


@pytest.mark.usefixtures("fresh_table")
@pytest.mark.parametrize(
    "changed",
    [
        {0: "pypy"},  # another implementation
        {1: "0" * 32},  # another `re` compiler: another Python, or another patch release
        {2: 1},  # another engine
        {3: 2},  # another word size
        {4: "big" if sys.byteorder == "little" else "little"},  # another byte order
    ],
)
def test_patterns_table_written_elsewhere_is_not_used(
    changed: dict[int, object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, flags = r"\d+ elsewhere", 0
    # Code that would never match, were it used: a table for another engine is not read.
    engine = [changed.get(index, part) for index, part in enumerate(patterns.engine_version())]
    table = {"engine": engine, "patterns": {(source, flags): (32, bytes(4), 0, {}, (None,))}}
    _write_table(tmp_path, table, monkeypatch)

    assert patterns._table() == {}
    assert patterns.pattern(source, flags).match("12 elsewhere")


@pytest.mark.usefixtures("fresh_table")
@pytest.mark.parametrize(
    "entry",
    [
        (32, "AAAAAA==", 0, {}, (None,)),  # code as text, not words
        (32, bytes(3), 0, {}, (None,)),  # three bytes: no whole word
        (32, array.array("I", [99999] * 8).tobytes(), 0, {}, (None,)),  # refused
        (32, bytes(4), 0, {}),  # an entry of another shape
        None,
    ],
    ids=["text", "no-whole-word", "refused-by-the-engine", "short-entry", "no-entry"],
)
def test_patterns_entry_that_does_not_load_compiles_as_usual(
    entry: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, flags = r"\d+ damaged", 0
    table = {"engine": patterns.engine_version(), "patterns": {(source, flags): entry}}
    _write_table(tmp_path, table, monkeypatch)

    assert patterns.pattern(source, flags) == re.compile(source, flags)


@pytest.mark.usefixtures("fresh_table")
@pytest.mark.parametrize(
    "data",
    [
        None,
        b"",
        b"not marshal",
        marshal.dumps([]),
        marshal.dumps({"engine": None}),
        "ENGINE",
        "ENGINE_PATTERNS_AS_ROWS",
    ],
)
def test_patterns_missing_or_broken_table_compiles_as_usual(
    data: bytes | str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patterns, "TABLES", tmp_path)
    engine = patterns.engine_version()
    if data == "ENGINE":
        data = marshal.dumps({"engine": engine})  # no patterns
    elif data == "ENGINE_PATTERNS_AS_ROWS":
        data = marshal.dumps({"engine": engine, "patterns": [["a+b", 0, 32]]})
    if isinstance(data, bytes):
        patterns.table_file().write_bytes(data)

    assert patterns._table() == {}
    assert patterns.pattern(r"a+b", 0) == re.compile(r"a+b")


def _compiled_when_loaded(tree: ast.Module) -> list[int]:
    """Return the lines of `re.compile(...)` calls a module makes as it loads (outside any
    function), of a text pattern: bytes patterns are not in the table."""
    found: list[int] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                continue
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "compile"
                and isinstance(child.func.value, ast.Name)
                and child.func.value.id == "re"
                and not (child.args and _is_bytes(child.args[0]))
            ):
                found.append(child.lineno)
            visit(child)

    visit(tree)
    return found


def _is_bytes(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) is bytes


def test_patterns_modules_make_their_text_patterns_through_the_table() -> None:
    package = Path(briefgen.__file__).parent
    compiled = {
        f"{path.relative_to(package)}:{line}"
        for path in package.rglob("*.py")
        if path != Path(patterns.__file__) and "compiled" not in path.relative_to(package).parts
        for line in _compiled_when_loaded(ast.parse(path.read_text(encoding="utf-8")))
    }

    assert compiled == set(), "use briefgen.patterns.pattern, then scripts/compile_startup.py"


def test_compiled_when_loaded_finds_a_module_level_compile_only() -> None:
    source = (
        "import re\n"
        "A = re.compile('a')\n"
        "B = (re.compile('b', re.I),)\n"
        "C = re.compile(b'c')\n"
        "def f():\n"
        "    return re.compile('d')\n"
    )

    assert _compiled_when_loaded(ast.parse(source)) == [2, 3]
