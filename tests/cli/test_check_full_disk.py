"""`briefgen check` on a full disk blames a folder the user can free, not its scratch site."""

from __future__ import annotations

import errno
import os
import tempfile
from typing import TYPE_CHECKING

import pytest

from briefgen import cli
from briefgen.build import pipeline, scratch
from tests.conftest import BRIEFING, make_project

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.build.options import BuildOptions

NO_SPACE = os.strerror(errno.ENOSPC)


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every build's first page write meet a full disk."""

    def no_space(options: BuildOptions, *args: object) -> None:
        raise OSError(errno.ENOSPC, NO_SPACE, str(options.out / "a" / "index.html"))

    monkeypatch.setattr(pipeline, "_build_locked", no_space)


def test_check_on_a_full_disk_blames_the_cache_folder_it_built_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It named `.briefgen-cache/briefgen-check-<PID>-<random>/site`, gone by the time the
    error was read, and said "cannot write the output folder" of a folder nobody named."""
    root = make_project(tmp_path / "p", f"-- content/a.md --\n{BRIEFING.format(title='A')}")
    _full_disk(monkeypatch)
    assert cli.main(["check", "--source", str(root)]) == cli.EXIT_ERRORS
    err = capsys.readouterr().err
    assert err.splitlines()[:2] == [
        ".briefgen-cache:1:1: error: cannot write the site check builds to check it "
        f"(in .briefgen-cache/, removed after): {NO_SPACE}",
        "  hint: free space on its disk or check its permissions",
    ]
    assert "briefgen-check-" not in err


def test_check_on_a_full_temporary_folder_blames_it_without_an_output_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A project check may not write in builds in the system's temporary folder: the error
    blamed `--output`, which check has not, and told to pick another."""
    root = tmp_path / "no-project"
    root.mkdir()
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    _full_disk(monkeypatch)
    assert cli.main(["check", "--source", str(root)]) == cli.EXIT_ERRORS
    err = capsys.readouterr().err
    line = (
        f"{temp.as_posix()}:1:1: error: cannot write the site check builds to check it "
        f"(in {temp.as_posix()}/, removed after): {NO_SPACE}"
    )
    assert line in err.splitlines()
    assert "--output" not in err
    assert not any(p.name.startswith(scratch.PREFIX) for p in temp.iterdir())
