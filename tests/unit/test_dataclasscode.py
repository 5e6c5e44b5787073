"""Shipped dataclass methods: current, equal to what `compile` makes, used only where they fit."""

from __future__ import annotations

import dataclasses
import importlib
import marshal
import os
import pkgutil
import subprocess
import sys
import typing
from importlib._bootstrap_external import MAGIC_NUMBER
from typing import TYPE_CHECKING, Any

import pytest

import briefgen
from briefgen import dataclasscode
from briefgen.diagnostics import SourcePos

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

RECORDS = 80
"""About how many records briefgen's modules define: fewer texts means a table not read."""
STALE = "the dataclass method table is stale: run .venv/bin/python scripts/compile_startup.py"


def _shipped(*, same: str) -> dict[str, Any]:
    """Return the running Python's table when it was written where this Python's `same` part
    of `writer()` is the same, else skip: another `dataclasses` ("texts") may write other
    texts, another release ("release") may compile a text otherwise."""
    path = dataclasscode.table_file()
    if not path.is_file():
        pytest.skip(f"no method table for Python {sys.version_info[0]}.{sys.version_info[1]}")
    table: dict[str, Any] = marshal.loads(path.read_bytes())
    part = {"release": 0, "texts": 1}[same]
    if table["writer"][part] != dataclasscode.writer()[part]:
        pytest.skip(f"this Python's method table was written by another {same}")
    return table


@pytest.fixture
def fresh_table(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Read the table again for this test, and again after it; keep what it asks for apart."""
    monkeypatch.setattr(dataclasscode, "_asked", {})
    dataclasscode._table.cache_clear()
    yield
    dataclasscode._table.cache_clear()


def test_dataclasscode_is_what_dataclasses_runs_its_texts_with() -> None:
    assert vars(dataclasses)["exec"] is dataclasscode.run


def test_dataclasscode_table_holds_exactly_the_texts_the_modules_make() -> None:
    table = _shipped(same="texts")
    for module in pkgutil.walk_packages(briefgen.__path__, "briefgen."):
        importlib.import_module(module.name)

    assert table["magic"] == MAGIC_NUMBER
    assert set(table["methods"]) == set(dataclasscode.asked()), STALE


def test_dataclasscode_stored_code_equals_what_compile_makes() -> None:
    methods = _shipped(same="release")["methods"]
    assert len(methods) >= RECORDS  # 3.13 writes a text a class; 3.11 and 3.12 a method
    for text in methods:
        # A code object's equality compares its bytecode, constants, names, line table and
        # flags; `dont_inherit`, as `dataclasses` imports no `__future__` feature.
        made = compile(text, "<string>", "exec", dont_inherit=True)
        assert dataclasscode._stored_code(text) == made, text


@pytest.mark.parametrize("hash_seed", ["0", "1"])
def test_dataclasscode_modules_load_without_compiling_a_text(hash_seed: str) -> None:
    """In a new process, with another order of sets: every record's methods come stored."""
    # Counts briefgen's texts `run` had to compile: those its table gave no code for.
    script = (
        "import pkgutil, importlib, briefgen\n"
        "from briefgen import dataclasscode\n"
        "dataclasscode.install()\n"
        "missed, stored_code = [], dataclasscode._stored_code\n"
        "def spy(source):\n"
        "    code = stored_code(source)\n"
        "    if code is None:\n"
        "        missed.append(source)\n"
        "    return code\n"
        "dataclasscode._stored_code = spy\n"
        "for m in pkgutil.walk_packages(briefgen.__path__, 'briefgen.'):\n"
        "    importlib.import_module(m.name)\n"
        "asked = dataclasscode.asked()\n"
        "print(len(asked), len([text for text in asked if text in missed]))\n"
    )
    _shipped(same="texts")
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
    assert asked >= RECORDS
    assert missed == 0


@pytest.mark.usefixtures("fresh_table")
def test_dataclasscode_record_of_another_module_is_made_as_usual_and_not_asked_for() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class NotBriefgens:
        first: int
        second: str = "x"

    made = NotBriefgens(1)

    assert made == NotBriefgens(1, "x") != NotBriefgens(2)
    assert hash(made) == hash(NotBriefgens(1, "x"))
    assert repr(made).endswith("NotBriefgens(first=1, second='x')")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.first = 2  # type: ignore[misc]
    assert dataclasscode.asked() == []


def _write_table(folder: Path, table: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Put `table` where this Python's table is read from, in `folder`."""
    monkeypatch.setattr(dataclasscode, "TABLES", folder)
    folder.mkdir(exist_ok=True)
    dataclasscode.table_file().write_bytes(marshal.dumps(table))


def _ran(text: str) -> object:
    """Return what `text` sets `made` to, run as briefgen's records' texts are."""
    namespace: dict[str, Any] = {}
    dataclasscode.run(text, {"__name__": "briefgen.example"}, namespace)
    return namespace["made"]


@pytest.mark.usefixtures("fresh_table")
def test_dataclasscode_runs_the_stored_code_of_a_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Code that is not the text's own, to see which ran: never so in a table the script wrote.
    other = marshal.dumps(compile("made = 'stored'", "<string>", "exec"))
    _write_table(
        tmp_path, {"magic": MAGIC_NUMBER, "methods": {"made = 'text'": other}}, monkeypatch
    )

    assert _ran("made = 'text'") == "stored"
    assert _ran("made = 'not in the table'") == "not in the table"
    assert dataclasscode.asked() == ["made = 'text'", "made = 'not in the table'"]


@pytest.mark.usefixtures("fresh_table")
@pytest.mark.parametrize(
    "table",
    [
        {"magic": b"\x00\x00\r\n", "methods": {}},  # another bytecode
        {"magic": MAGIC_NUMBER, "methods": {"made = 'text'": b"not marshal"}},
        {"magic": MAGIC_NUMBER, "methods": {"made = 'text'": marshal.dumps(12)}},  # no code
        {"magic": MAGIC_NUMBER, "methods": {"made = 'text'": "not bytes"}},
        {"magic": MAGIC_NUMBER, "methods": ["made = 'text'"]},
        {"magic": MAGIC_NUMBER},
        ["not", "a", "table"],
        None,
    ],
    ids=[
        "other-magic",
        "damaged-entry",
        "not-code",
        "entry-not-bytes",
        "methods-not-a-mapping",
        "no-methods",
        "not-a-mapping",
        "missing",
    ],
)
def test_dataclasscode_text_compiles_as_usual_without_a_usable_entry(
    table: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if table is None:
        monkeypatch.setattr(dataclasscode, "TABLES", tmp_path / "none")
    else:
        _write_table(tmp_path, table, monkeypatch)
    if isinstance(table, dict) and table.get("magic") != MAGIC_NUMBER:
        stored = marshal.dumps(compile("made = 'stored'", "<string>", "exec"))
        _write_table(tmp_path, {**table, "methods": {"made = 'text'": stored}}, monkeypatch)

    assert _ran("made = 'text'") == "text"


@pytest.mark.usefixtures("fresh_table")
def test_dataclasscode_unreadable_table_compiles_as_usual(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dataclasscode, "TABLES", tmp_path)
    dataclasscode.table_file().write_bytes(b"\xffnot marshal at all")

    assert _ran("made = 'text'") == "text"


def test_dataclasscode_methods_keep_their_annotations_as_dataclasses_makes_them() -> None:
    """Compiled where `annotations` is imported from `__future__`, a text's `__init__` held
    its annotations as the names of its locals (`'_type_first'`): `typing.get_type_hints`
    failed on every record defined after `import briefgen`, a plugin's too."""
    made = dataclasses.make_dataclass("Made", [("first", int), ("second", str)], frozen=True)
    init = vars(made)["__init__"]

    assert init.__annotations__ == {"first": int, "second": str, "return": None}
    assert typing.get_type_hints(init) == {
        "first": int,
        "second": str,
        "return": type(None),
    }
    # A record of briefgen's, from the table: its module's annotations are text, resolved.
    hints = typing.get_type_hints(SourcePos.__init__)
    assert hints == {"path": str, "line": int, "column": int, "return": type(None)}
