"""The test files go to the workers longest first, as recorded, each file's tests together."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from tests import longestfirst

if TYPE_CHECKING:
    import pytest

REPO = Path(__file__).resolve().parents[2]


@dataclass
class _Item:
    nodeid: str


@dataclass
class _Report:
    nodeid: str
    duration: float


def _ordered(nodeids: list[str], seconds: dict[str, float]) -> list[str]:
    items = [_Item(nodeid) for nodeid in nodeids]
    longestfirst.order_longest_first(cast("list[pytest.Item]", items), seconds)
    return [item.nodeid for item in items]


def test_longest_file_goes_first_with_its_tests_together_in_their_order() -> None:
    nodeids = [
        "tests/a.py::test_1",
        "tests/a.py::test_2[x]",
        "tests/b.py::test_1",
        "tests/new.py::test_1",
        "tests/c.py::Test::test_1",
        "tests/c.py::test_2",
        "tests/b.py::test_2",
    ]
    seconds = {"tests/a.py": 1.5, "tests/b.py": 0.2, "tests/c.py": 9.0, "tests/gone.py": 50.0}

    assert _ordered(nodeids, seconds) == [
        "tests/c.py::Test::test_1",
        "tests/c.py::test_2",
        "tests/a.py::test_1",
        "tests/a.py::test_2[x]",
        "tests/b.py::test_1",
        "tests/b.py::test_2",
        "tests/new.py::test_1",
    ]


def test_files_of_equal_or_unknown_seconds_keep_the_order_collected() -> None:
    nodeids = ["tests/z.py::t", "tests/y.py::t", "tests/x.py::t", "tests/w.py::t"]

    assert _ordered(nodeids, {"tests/y.py": 2.0, "tests/w.py": 2.0}) == [
        "tests/y.py::t",
        "tests/w.py::t",
        "tests/z.py::t",
        "tests/x.py::t",
    ]


def test_recorder_adds_up_each_files_phases_and_writes_them_longest_first(tmp_path: Path) -> None:
    record = tmp_path / "tests" / "seconds.json"
    record.parent.mkdir()
    recorder = longestfirst.Recorder(record)
    for nodeid, duration in [
        ("tests/a.py::test_1", 0.25),
        ("tests/a.py::test_1", 1.0),
        ("tests/b.py::test_1[p::q]", 3.0),
        ("tests/a.py::test_2", 0.5),
    ]:
        recorder.pytest_runtest_logreport(cast("pytest.TestReport", _Report(nodeid, duration)))
    recorder.pytest_sessionfinish()

    assert list(json.loads(record.read_text(encoding="utf-8")).items()) == [
        ("tests/b.py", 3.0),
        ("tests/a.py", 1.8),
    ]
    assert longestfirst.recorded_seconds(record) == {"tests/b.py": 3.0, "tests/a.py": 1.8}
    assert longestfirst.recorded_seconds(tmp_path / "none.json") == {}


def test_recorder_keeps_the_files_a_run_left_out_while_they_exist(tmp_path: Path) -> None:
    """A run of a few files wrote a record of those alone, and the next full run handed every
    other file out last."""
    record = tmp_path / "tests" / "seconds.json"
    record.parent.mkdir()
    for name in ("a.py", "b.py"):
        (record.parent / name).touch()
    record.write_text(
        json.dumps({"tests/gone.py": 9.0, "tests/a.py": 5.0, "tests/b.py": 2.0}), encoding="utf-8"
    )
    recorder = longestfirst.Recorder(record)
    recorder.pytest_runtest_logreport(cast("pytest.TestReport", _Report("tests/b.py::t", 7.0)))
    recorder.pytest_sessionfinish()

    assert longestfirst.recorded_seconds(record) == {"tests/b.py": 7.0, "tests/a.py": 5.0}
    assert list(longestfirst.recorded_seconds(record)) == ["tests/b.py", "tests/a.py"]


def test_record_names_test_files_that_exist() -> None:
    """A file renamed or removed leaves the record to be written again (`--record-file-seconds`)."""
    recorded = longestfirst.recorded_seconds()

    assert recorded, "tests/file-seconds.json is missing"
    assert [file for file in recorded if not (REPO / file).is_file()] == []


def test_test_script_keeps_the_order_of_the_files() -> None:
    """xdist hands out the files with the most tests first unless told not to reorder."""
    script = (REPO / "scripts" / "test.sh").read_text(encoding="utf-8")

    pytest_line = re.search(r"^exec .*-m pytest (.*)$", script, re.MULTILINE)
    assert pytest_line is not None
    assert "--dist loadfile --no-loadscope-reorder" in pytest_line[1]
