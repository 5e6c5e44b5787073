"""Retiring a site lists only the folders changed since its swap (build/strays.py `swap_mark`),
and still finds whatever was added to the site, however its folders' times were hidden."""

from __future__ import annotations

import os
import shutil
from typing import TYPE_CHECKING

import pytest

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site, prepare_next_build
from briefgen.report import RecordingReporter
from tests.build.test_spare import _build, _clean, _edit, _project
from tests.conftest import snapshot

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

LONG_AGO = (1_000_000_000, 1_000_000_000)
"""Times set back on folders (2001), as a restore or `touch -d` would."""


def _hide_stray(root: Path, tmp_path: Path, how: str) -> Path:
    """Put a file no build wrote into the site; return where it stands."""
    site = root / "site"
    if how == "backdated":  # written, then its folders' mtimes set back
        stray = site / "b" / "tables" / "notes.txt"
        stray.write_text("mine", encoding="utf-8")
        for folder in (stray.parent, site / "b", site):
            os.utime(folder, LONG_AGO)
    elif how == "restored folder":  # a copy of a page's folder with the stray, mtimes kept
        stray = site / "b" / "notes.txt"
        copy = tmp_path / "copy"
        shutil.copytree(site / "b", copy)
        (copy / "notes.txt").write_text("mine", encoding="utf-8")
        os.utime(copy, LONG_AGO)
        shutil.rmtree(site / "b")
        copy.rename(site / "b")
    elif how == "folder moved in":  # `mv` gives the folder a new ctime, not what it holds
        stray = site / "b" / "tables" / "notes.txt"
        shutil.rmtree(site / "b")
        (tmp_path / "before").rename(site / "b")
    elif how == "restored site":  # the whole site put back from a copy, mtimes kept
        stray = site / "c" / "tables" / "notes.txt"
        copy = tmp_path / "copy"
        shutil.copytree(site, copy)
        (copy / "c" / "tables" / "notes.txt").write_text("mine", encoding="utf-8")
        for folder in (copy / "c" / "tables", copy / "c", copy):
            os.utime(folder, LONG_AGO)
        shutil.rmtree(site)
        copy.rename(site)
    elif how == "older copy":  # a copy taken before the last build, put back after it
        stray = site / "c" / "tables" / "notes.txt"
        shutil.rmtree(site)
        (tmp_path / "before").rename(site)
    else:  # "removed briefing": the stray's folder is no longer built
        stray = site / "b" / "notes.txt"
        stray.write_text("mine", encoding="utf-8")
        (root / "content" / "b.md").unlink()
    return stray


@pytest.mark.parametrize(
    "how",
    [
        "backdated",
        "restored folder",
        "folder moved in",
        "restored site",
        "older copy",
        "removed briefing",
    ],
)
def test_spare_marks_a_stray_hidden_from_mtimes_never_comes_back(tmp_path: Path, how: str) -> None:
    """A folder's ctime changes with any file added to it, and no one can set it back: a
    stray is found whatever happened to the mtimes; a site put back from a copy is another
    folder, so all of it is listed."""
    root = _project(tmp_path / "p")
    _build(root)
    if how == "older copy":  # its folders are older than the next swap: only its inode tells
        shutil.copytree(root / "site", tmp_path / "before")
        (tmp_path / "before" / "c" / "tables" / "notes.txt").write_text("mine", "utf-8")
    elif how == "folder moved in":  # a page's folder copied before the next swap
        shutil.copytree(root / "site" / "b", tmp_path / "before")
        (tmp_path / "before" / "tables" / "notes.txt").write_text("mine", "utf-8")
    _edit(root, "a.md", "Edit.")
    _build(root)
    stray = _hide_stray(root, tmp_path, how)
    for number in range(3):
        _edit(root, "c.md", f"Edit {number}.")
        _build(root)
        assert snapshot(root / "site") == _clean(root, tmp_path / str(number))
        assert not os.path.lexists(stray)
        assert not os.path.lexists(root / "site" / "b") or how != "removed briefing"


def test_spare_marks_a_link_deep_in_a_folder_moved_in_is_never_written_through(
    tmp_path: Path,
) -> None:
    """A folder put back with `mv` whose subfolder is now a link out of the project: the
    build that retires it must not keep the link, or a later build writes through it."""
    root = _project(tmp_path / "p")
    (root / "static" / "d1" / "d2" / "d3").mkdir(parents=True)
    (root / "static" / "d1" / "d2" / "d3" / "f.txt").write_text("one\n", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "f.txt").write_text("precious\n", encoding="utf-8")
    _build(root)
    backup = tmp_path / "backup"
    shutil.copytree(root / "site" / "d1", backup)
    shutil.rmtree(backup / "d2" / "d3")
    (backup / "d2" / "d3").symlink_to(outside)
    _edit(root, "a.md", "Edit.")
    _build(root)
    shutil.rmtree(root / "site" / "d1")
    backup.rename(root / "site" / "d1")
    for number in range(3):
        _edit(root, "c.md", f"Edit {number}.")
        _build(root)
        (root / "static" / "d1" / "d2" / "d3" / "f.txt").write_text(f"{number}\n", "utf-8")
        _build(root)
        assert (outside / "f.txt").read_text(encoding="utf-8") == "precious\n"
        assert snapshot(root / "site") == _clean(root, tmp_path / str(number))


def test_spare_marks_a_stray_added_before_a_spare_is_made_is_published_never_again(
    tmp_path: Path,
) -> None:
    """Serve makes a spare from the site after its first build: a file put in the site
    before that is not linked into the spare (only the files the cache names are), so the
    site that spare becomes never holds it."""
    root = _project(tmp_path / "p")
    with_spare = BuildOptions(root, root / "site", spare_after_first_build=False)
    build_site(with_spare, RecordingReporter())
    stray = root / "site" / "b" / "notes.txt"
    stray.write_text("mine", encoding="utf-8")
    assert prepare_next_build(with_spare)
    for number in range(4):
        _edit(root, "c.md", f"Edit {number}.")
        _build(root)
        assert not stray.exists()
        assert snapshot(root / "site") == _clean(root, tmp_path / str(number))


@pytest.fixture
def listed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Record every folder the spare lists, relative to the tree it lists."""
    folders: list[str] = []
    real = os.scandir

    def scandir(path: str) -> os._ScandirIterator[str]:
        folders.append(os.fspath(path))
        return real(path)

    monkeypatch.setattr("briefgen.build.spare.os.scandir", scandir)
    yield folders


def _retired(listed: list[str]) -> set[str]:
    """Return the folders of the retired site that were listed, relative to it."""
    found = set()
    for path in listed:
        name, _, rel = path.rpartition(os.sep + ".site.")[2].partition(os.sep)
        if name.startswith(("stage-", "old-")):
            found.add(rel)
    return found


def test_spare_marks_an_edit_lists_none_of_the_retired_site_folders_it_left_alone(
    tmp_path: Path, listed: list[str]
) -> None:
    """The retired site's top folder changed (the swap renamed it), and so may have the folders
    the last build wrote in the clock tick of its swap; the folders of briefings no build
    touched since are never listed, where a site of 10,000 briefings has 20,000."""
    root = _project(tmp_path / "p")
    _build(root)
    for number in range(3):
        listed.clear()
        _edit(root, "c.md", f"Edit {number}.")
        _build(root)
        retired = _retired(listed)
        assert "" in retired
        if number:  # the first build wrote `a/` and `b/`, maybe in its swap's tick (above)
            assert not retired & {"a", "a/tables", "b", "b/tables"}


def test_spare_marks_a_build_without_a_mark_lists_every_folder(
    tmp_path: Path, listed: list[str]
) -> None:
    """A cache without the site's mark (an older briefgen's, or lost) says nothing of when
    the site's folders last changed: each one is listed."""
    root = _project(tmp_path / "p")
    _build(root)
    for state in (root / ".briefgen-cache").glob("state-*.json"):
        state.write_text(state.read_text("utf-8").replace('"swap_mark"', '"unused"'), "utf-8")
    _edit(root, "c.md", "Edit.")
    listed.clear()
    _build(root)
    folders = {p.relative_to(root / "site").as_posix() for p in (root / "site").rglob("*")}
    assert _retired(listed) == {"", *(rel for rel in folders if (root / "site" / rel).is_dir())}
