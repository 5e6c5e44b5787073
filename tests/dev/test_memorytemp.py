"""The test run's temporary folders go to memory only where there is room (README,
"Developing briefgen")."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest

from tests import memorytemp
from tests.memorytemp import MEMORY, ROOM, ROOT_VARIABLE, has_room, use_memory

_STATVFS_FIELDS = (
    *("f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail"),
    *("f_files", "f_ffree", "f_favail", "f_flag", "f_namemax"),
)


def _statvfs_with(monkeypatch: pytest.MonkeyPatch, folder: Path, **changed: int) -> None:
    """Have `os.statvfs` answer as for `folder`, with `changed` fields."""
    real = os.statvfs(folder)
    fields = [changed.get(name, getattr(real, name)) for name in _STATVFS_FIELDS]
    monkeypatch.setattr(os, "statvfs", lambda path: os.statvfs_result(fields))


def test_a_writable_folder_with_room_has_room(tmp_path: Path) -> None:
    assert has_room(tmp_path, room=0)


@pytest.mark.parametrize("where", ["missing", "a-file"])
def test_no_room_where_there_is_no_folder(tmp_path: Path, where: str) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    assert not has_room(tmp_path / where, room=0)


def test_no_room_where_there_is_less_free_than_asked(tmp_path: Path) -> None:
    assert not has_room(tmp_path, room=1 << 62)


def test_no_room_where_programs_may_not_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests run stand-ins they write (`fc-list`, Pagefind): not from a `noexec` mount."""
    flag = os.statvfs(tmp_path).f_flag | os.ST_NOEXEC
    _statvfs_with(monkeypatch, tmp_path, f_flag=flag)
    assert not has_room(tmp_path, room=0)


def test_this_run_is_in_memory_where_the_machine_has_room(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """So the suite's folders are where the README says, in pytest's numbered folders, on a
    machine like this project's (under the folder a run chose, if it chose one)."""
    workerinput = getattr(request.config, "workerinput", {})
    arguments = workerinput.get("mainargv", sys.argv)
    if not has_room(MEMORY, ROOM) or any(a.startswith("--basetemp") for a in arguments):
        pytest.skip(f"{MEMORY} has no {ROOM >> 30} GiB free here, or --basetemp was given")
    root = os.environ.get(ROOT_VARIABLE)
    assert root is not None
    assert tmp_path.is_relative_to(Path(root).resolve())


@pytest.mark.parametrize(
    ("basetemp", "chosen", "expected"),
    [
        (None, None, str(MEMORY)),
        ("/tmp/mine", None, None),  # `--basetemp` keeps its choice
        (None, "/tmp/mine", "/tmp/mine"),  # so does `PYTEST_DEBUG_TEMPROOT`
    ],
)
def test_a_run_that_chose_its_folder_keeps_its_choice(
    monkeypatch: pytest.MonkeyPatch, basetemp: str | None, chosen: str | None, expected: str | None
) -> None:
    """The README: a run given `--basetemp` or `PYTEST_DEBUG_TEMPROOT` keeps its choice."""
    monkeypatch.setattr(memorytemp, "has_room", lambda *_: True)
    if chosen is None:
        monkeypatch.delenv(ROOT_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(ROOT_VARIABLE, chosen)
    config = SimpleNamespace(option=SimpleNamespace(basetemp=basetemp))
    use_memory(cast("pytest.Config", config))
    assert os.environ.get(ROOT_VARIABLE) == expected
