"""Briefings swapped for other files of equal size, mtime and ctime: a `content` link switched
between releases, a folder moved in with `mv`. The next build shows the new files, as a clean
build does, while a copy of the project with its cache restored still builds nothing again."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

from briefgen.readstamps import RACY_NS
from tests.conftest import BRIEFING, make_project, run_briefgen, snapshot, write_twins

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

VERSIONS = (BRIEFING.format(title="Version A"), BRIEFING.format(title="Version B"))


def _linked_releases(folder: Path) -> None:
    root = make_project(folder / "p", "-- briefgen.yaml --\ntitle: Briefings\n")
    write_twins(root / "releases" / "v1" / "x.md", root / "releases" / "v2" / "x.md", VERSIONS)
    (root / "content").symlink_to("releases/v1")


def _a_folder_and_its_twin(folder: Path) -> None:
    root = make_project(folder / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    write_twins(root / "content" / "sub" / "x.md", folder / "alt" / "sub" / "x.md", VERSIONS)


def _three_briefings(folder: Path) -> None:
    make_project(
        folder / "p",
        "".join(f"-- content/{name}.md --\n" + BRIEFING.format(title=name) for name in "abc"),
    )


@dataclass(frozen=True)
class Settled:
    """The tests' folders, their files written long enough ago for the cache to remember
    their stat; or why one could not be written (`write_twins` skips)."""

    folders: dict[Callable[[Path], None], Path]
    skipped: dict[Callable[[Path], None], str]

    def __getitem__(self, write: Callable[[Path], None]) -> Path:
        """Return the folder `write` wrote, or skip the test as `write` skipped."""
        if write in self.skipped:
            pytest.skip(self.skipped[write])
        return self.folders[write]


@pytest.fixture(scope="module")
def settled(tmp_path_factory: pytest.TempPathFactory) -> Settled:
    """Write each test's files, then wait until they are old enough for the cache to remember
    their stat: written together, they wait out that time once, not once a test."""
    folders: dict[Callable[[Path], None], Path] = {}
    skipped: dict[Callable[[Path], None], str] = {}
    for write in (_linked_releases, _a_folder_and_its_twin, _three_briefings):
        folders[write] = tmp_path_factory.mktemp(write.__name__.strip("_"))
        try:
            write(folders[write])
        except pytest.skip.Exception as skip:
            skipped[write] = str(skip)
    time.sleep(RACY_NS / 10**9 + 0.2)
    return Settled(folders, skipped)


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


def test_build_shows_the_release_a_switched_content_link_points_to(
    settled: Settled,
) -> None:
    folder = settled[_linked_releases]
    root = folder / "p"
    _build(root)
    assert _title(root) == "Version A"
    (root / "content").unlink()
    (root / "content").symlink_to("releases/v2")
    assert "(nothing changed)" not in _build(root)
    assert _title(root) == "Version B"
    assert snapshot(root / "site") == _clean(root, folder / "clean")
    assert "(nothing changed)" in _build(root)


def test_build_shows_the_files_of_a_folder_moved_into_content(settled: Settled) -> None:
    folder = settled[_a_folder_and_its_twin]
    root = folder / "p"
    _build(root)
    (root / "content" / "sub").rename(folder / "old-sub")
    (folder / "alt" / "sub").rename(root / "content" / "sub")  # its files keep their ctime
    _build(root)
    assert _title(root) == "Version B"
    assert snapshot(root / "site") == _clean(root, folder / "clean")


def test_cache_restored_into_a_copy_of_the_project_builds_nothing_again(
    settled: Settled,
) -> None:
    """Every file of the copy is another file (another inode, a new ctime): each briefing is
    read and hashed, and found as it was."""
    folder = settled[_three_briefings]
    root = folder / "p"
    _build(root)
    copy = folder / "elsewhere" / "p"
    shutil.copytree(root, copy, symlinks=True)
    shutil.rmtree(root)
    assert "(nothing changed)" in _build(copy)
    assert snapshot(copy / "site") == _clean(copy, folder / "clean")
    (copy / "content" / "b.md").write_text(BRIEFING.format(title="B2"), encoding="utf-8")
    assert "(nothing changed)" not in _build(copy)
    assert "B2" in (copy / "site" / "b" / "index.html").read_text(encoding="utf-8")
    assert snapshot(copy / "site") == _clean(copy, folder / "clean-again")
