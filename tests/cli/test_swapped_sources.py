"""Briefings swapped for other files of equal size, mtime and ctime: a `content` link switched
between releases, a folder moved in with `mv`. The next build shows the new files, as a clean
build does, while a copy of the project with its cache restored still builds nothing again."""

from __future__ import annotations

import shutil
import time
from typing import TYPE_CHECKING

from briefgen.build.discover import _RACY_NS
from tests.conftest import BRIEFING, make_project, run_briefgen, snapshot, write_twins

if TYPE_CHECKING:
    from pathlib import Path

VERSIONS = (BRIEFING.format(title="Version A"), BRIEFING.format(title="Version B"))


def _settle() -> None:
    """Wait until files changed now are old enough for the cache to remember their stat."""
    time.sleep(_RACY_NS / 10**9 + 0.2)


def _build(root: Path, *args: str) -> str:
    run = run_briefgen("build", *args, cwd=root)
    assert run.code == 0, run.stderr
    return run.stdout


def _clean(root: Path, out: Path) -> dict[str, bytes]:
    """Return the site a build from nothing makes (an output folder of its own has no state)."""
    _build(root, "--output", str(out))
    return snapshot(out)


def _title(root: Path) -> str:
    page = (root / "site" / "x" / "index.html").read_text(encoding="utf-8")
    return "Version B" if "Version B" in page else "Version A"


def test_build_shows_the_release_a_switched_content_link_points_to(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", "-- briefgen.yaml --\ntitle: Briefings\n")
    write_twins(root / "releases" / "v1" / "x.md", root / "releases" / "v2" / "x.md", VERSIONS)
    (root / "content").symlink_to("releases/v1")
    _settle()
    _build(root)
    assert _title(root) == "Version A"
    (root / "content").unlink()
    (root / "content").symlink_to("releases/v2")
    assert "(nothing changed)" not in _build(root)
    assert _title(root) == "Version B"
    assert snapshot(root / "site") == _clean(root, tmp_path / "clean")
    assert "(nothing changed)" in _build(root)


def test_build_shows_the_files_of_a_folder_moved_into_content(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    write_twins(root / "content" / "sub" / "x.md", tmp_path / "alt" / "sub" / "x.md", VERSIONS)
    _settle()
    _build(root)
    (root / "content" / "sub").rename(tmp_path / "old-sub")
    (tmp_path / "alt" / "sub").rename(root / "content" / "sub")  # its files keep their ctime
    _build(root)
    assert _title(root) == "Version B"
    assert snapshot(root / "site") == _clean(root, tmp_path / "clean")


def test_cache_restored_into_a_copy_of_the_project_builds_nothing_again(tmp_path: Path) -> None:
    """Every file of the copy is another file (another inode, a new ctime): each briefing is
    read and hashed, and found as it was."""
    root = make_project(
        tmp_path / "p",
        "".join(f"-- content/{name}.md --\n" + BRIEFING.format(title=name) for name in "abc"),
    )
    _settle()
    _build(root)
    copy = tmp_path / "elsewhere" / "p"
    shutil.copytree(root, copy, symlinks=True)
    shutil.rmtree(root)
    assert "(nothing changed)" in _build(copy)
    assert snapshot(copy / "site") == _clean(copy, tmp_path / "clean")
    (copy / "content" / "b.md").write_text(BRIEFING.format(title="B2"), encoding="utf-8")
    assert "(nothing changed)" not in _build(copy)
    assert "B2" in (copy / "site" / "b" / "index.html").read_text(encoding="utf-8")
    assert snapshot(copy / "site") == _clean(copy, tmp_path / "clean-again")
