"""`check`'s scratch folder: in the project, removed after a killed check (build/scratch.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from briefgen.build.scratch import PREFIX, scratch_folder
from briefgen.project import CACHE_DIR
from tests.conftest import BRIEFING, make_project


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return the system's temporary folder as this test sees it: a folder of its own."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_scratch_is_in_the_project_cache_and_goes_with_checks_that_ended(
    tmp_path: Path, system_temp: Path
) -> None:
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    cache = root / CACHE_DIR
    ended = cache / f"{PREFIX}{_dead_pid()}-x1y2z3"
    running = cache / f"{PREFIX}{os.getppid()}-a1b2c3"  # this test's parent: alive
    older = cache / f"{PREFIX}a1b2c3d4"  # an older briefgen's: no PID to ask about
    for folder in (ended / "site" / "a", running, older):
        folder.mkdir(parents=True)
    with scratch_folder(root) as scratch:
        assert scratch.parent == cache
        assert scratch.name.startswith(f"{PREFIX}{os.getpid()}-")
        assert sorted(p.name for p in cache.iterdir()) == sorted(
            p.name for p in (running, older, scratch)
        )
    assert not scratch.exists()
    assert list(system_temp.iterdir()) == []


def test_scratch_of_a_project_never_built_leaves_no_cache_folder(
    tmp_path: Path, system_temp: Path
) -> None:
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    with scratch_folder(root) as scratch:
        assert scratch.parent == root / CACHE_DIR
    assert sorted(p.name for p in root.iterdir()) == ["content"]


@pytest.mark.parametrize("where", ["cache is a file", "cache is a link"])
def test_scratch_is_hidden_in_the_project_where_its_cache_folder_cannot_have_it(
    tmp_path: Path, system_temp: Path, where: str
) -> None:
    """It went to the system's temporary folder: the one thing `check` wrote outside the
    project. The project's own folder has it now, hidden, and sweeps an ended check's."""
    root = tmp_path / "p"
    (root / "content").mkdir(parents=True)
    cache = root / CACHE_DIR
    if where == "cache is a file":
        cache.write_text("mine\n")
    else:
        (tmp_path / "elsewhere").mkdir()
        cache.symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    ended = root / f".{PREFIX}{_dead_pid()}-x1y2z3"
    (ended / "site").mkdir(parents=True)
    with scratch_folder(root) as scratch:
        assert scratch.parent == root
        assert scratch.name.startswith(f".{PREFIX}{os.getpid()}-")
        assert not ended.exists()
    assert sorted(p.name for p in root.iterdir()) == [CACHE_DIR, "content"]
    assert list(system_temp.iterdir()) == []
    assert list((tmp_path / "elsewhere").glob("*")) == []


def test_scratch_of_no_project_goes_to_the_system_temp_folder(
    tmp_path: Path, system_temp: Path
) -> None:
    """A folder with no `content/` is no project: check reports that, and makes no folder in
    it (nor a cache folder)."""
    root = tmp_path / "p"
    root.mkdir()
    ended = system_temp / f"{PREFIX}{_dead_pid()}-x1y2z3"
    ended.mkdir()
    with scratch_folder(root) as scratch:
        assert scratch.parent == system_temp
        assert [p.name for p in system_temp.iterdir()] == [scratch.name]
    assert list(system_temp.iterdir()) == []
    assert list(root.iterdir()) == []


def test_scratch_of_a_project_only_a_killed_check_cached_leaves_no_cache_folder(
    tmp_path: Path, system_temp: Path
) -> None:
    """The killed check's folder was swept, but the cache folder it made was left, empty."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    (root / CACHE_DIR / f"{PREFIX}{_dead_pid()}-x1y2z3").mkdir(parents=True)
    with scratch_folder(root):
        pass
    assert sorted(p.name for p in root.iterdir()) == ["content"]


_STOPPED_AS_MADE = """
import os, signal, sys
from pathlib import Path
from briefgen.build import scratch

class StoppedError(Exception):
    pass

def stop(signum, frame):
    raise StoppedError

made = scratch._fresh_folder

def made_then_stopped(place):
    folder = made(place)
    os.kill(os.getpid(), signal.SIGTERM)  # delivered now, unless held back
    return folder

scratch._fresh_folder = made_then_stopped
signal.signal(signal.SIGTERM, stop)
try:
    with scratch.scratch_folder(Path(sys.argv[1])):
        pass
except StoppedError:
    print("stopped")
"""
"""Run in a process of its own: one thread, as `briefgen check` is (under xdist, another
thread of the test process could take the signal while the main thread holds it back)."""


def test_a_stop_the_moment_the_scratch_is_made_still_removes_it(tmp_path: Path) -> None:
    """A closed terminal right as the folder was made (before the `try` that removes it was
    entered) left it in the project: check's SIGHUP test saw it once in CI."""
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    done = subprocess.run(
        [sys.executable, "-c", _STOPPED_AS_MADE, str(root)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.stdout.strip() == "stopped", done.stderr
    assert sorted(p.name for p in root.iterdir()) == ["content"]
