"""What a killed build leaves beside the output folder is briefgen's to remove, but a name of
its (`.site.old-N`, `.site.stage-N`) may hold a symlink committed to the repository: once put
back as `site/`, the folder it pointed at lost its files and its `.git` was published."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BRIEFING, leftovers, make_project, run_briefgen

_OUTSIDE = "-- notes.txt --\nprecious\n-- .git/HEAD --\nref: refs/heads/main\n"
"""The folder outside the project a planted link points at: it must come out unchanged."""


def _state(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Return every entry under `folder` (itself included) with its mode and bytes, seen
    with `lstat`: a folder emptied, a file moved or a link made all show."""
    found: dict[str, tuple[int, bytes]] = {}
    for path in (folder, *folder.rglob("*")):
        info = path.lstat()
        data = path.read_bytes() if path.is_file() and not path.is_symlink() else b""
        found[path.relative_to(folder).as_posix()] = (info.st_mode, data)
    return found


def _dead_pid() -> int:
    """Return the id of a process that has exited."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the project, holding a file and a repository."""
    return make_project(tmp_path / "outside", _OUTSIDE)


def _project(tmp_path: Path, *, built: bool) -> Path:
    root = make_project(tmp_path / "project", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    if built:
        run = run_briefgen("build", cwd=root)
        assert run.code == 0, run.stderr
    return root


def _build_leaves_outside_alone(root: Path, outside: Path) -> None:
    """Build twice; the folder outside is as it was, and the site is a folder of its own."""
    before = _state(outside)
    for _ in range(2):
        run = run_briefgen("build", cwd=root)
        assert (run.code, run.stderr) == (0, "")
        assert _state(outside) == before
        site = root / "site"
        assert site.is_dir() and not site.is_symlink()
        assert not os.path.lexists(site / ".git")
        assert (site / "a" / "index.html").is_file()
        assert leftovers(root) == []


@pytest.mark.parametrize("built", [False, True])
@pytest.mark.parametrize("name", [".site.old-1", "stage"])
def test_a_leftover_that_is_a_symlink_is_unlinked_never_put_back_or_emptied(
    tmp_path: Path, outside: Path, name: str, built: bool
) -> None:
    """Without a site, `.site.old-1 -> ../outside` was once renamed to `site` (the build then
    deleted `outside/notes.txt` and published `outside/.git`); with one, the outside `.git`
    was moved into `site/.git`, and the link warned at every build after."""
    root = _project(tmp_path, built=built)
    if name == "stage":
        name = f".site.stage-{_dead_pid()}"
    (root / name).symlink_to(Path("..") / "outside")
    _build_leaves_outside_alone(root, outside)


@pytest.mark.parametrize("kind", ["file", "fifo"])
def test_a_leftover_that_is_no_folder_is_removed(tmp_path: Path, kind: str) -> None:
    root = _project(tmp_path, built=True)
    leftover = root / ".site.old-1"
    if kind == "fifo":
        os.mkfifo(leftover)
    else:
        leftover.write_text("not a site\n", encoding="utf-8")
    run = run_briefgen("build", cwd=root)
    assert (run.code, run.stderr) == (0, "")
    assert leftovers(root) == []


@pytest.mark.parametrize("built", [False, True])
def test_a_leftover_folder_holding_a_linked_git_brings_no_link_into_the_site(
    tmp_path: Path, outside: Path, built: bool
) -> None:
    """A site moved aside by a killed build is put back (or its `.git` moved back into the
    site): a `.git` in it that is a link is not, or the published site's repository would be
    the folder outside the project, for `git` in `site/` to write."""
    root = _project(tmp_path, built=built)
    leftover = root / ".site.old-1"
    leftover.mkdir()
    (leftover / "page.html").write_text("<p>old</p>\n", encoding="utf-8")
    (leftover / ".git").symlink_to(Path("..") / ".." / "outside" / ".git")
    (leftover / "notes").symlink_to(Path("..") / ".." / "outside")
    _build_leaves_outside_alone(root, outside)
