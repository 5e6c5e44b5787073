"""The test run's temporary folders go to memory only where there is room (README,
"Developing briefgen")."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.memorytemp import MEMORY, ROOM, has_room, memory_folder


def test_a_folder_with_room_gets_a_new_folder_of_the_runs_own(tmp_path: Path) -> None:
    first, second = memory_folder(tmp_path, room=0), memory_folder(tmp_path, room=0)
    assert first is not None and second is not None
    assert first.parent == second.parent == tmp_path and first != second
    assert first.name.startswith("briefgen-tests.")


@pytest.mark.parametrize("where", ["missing", "a-file"])
def test_no_folder_where_there_is_no_folder(tmp_path: Path, where: str) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    assert memory_folder(tmp_path / where, room=0) is None


def test_no_folder_where_there_is_less_room_than_asked(tmp_path: Path) -> None:
    assert memory_folder(tmp_path, room=1 << 62) is None
    assert list(tmp_path.iterdir()) == []


def test_no_folder_where_programs_may_not_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests run stand-ins they write (`fc-list`, Pagefind): not from a `noexec` mount."""
    real = os.statvfs(tmp_path)
    fields = [getattr(real, name) for name in _STATVFS_FIELDS]
    fields[_STATVFS_FIELDS.index("f_flag")] |= os.ST_NOEXEC
    monkeypatch.setattr(os, "statvfs", lambda path: os.statvfs_result(fields))
    assert memory_folder(tmp_path, room=0) is None


_STATVFS_FIELDS = (
    *("f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail"),
    *("f_files", "f_ffree", "f_favail", "f_flag", "f_namemax"),
)


def test_this_run_is_in_memory_where_the_machine_has_room(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """So the suite's folders are where the README says, on a machine like this project's."""
    workerinput = getattr(request.config, "workerinput", {})
    arguments = workerinput.get("mainargv", sys.argv)
    if not has_room(MEMORY, ROOM) or any(a.startswith("--basetemp") for a in arguments):
        pytest.skip(f"{MEMORY} has no {ROOM >> 30} GiB free here, or --basetemp was given")
    assert tmp_path.is_relative_to(MEMORY)
