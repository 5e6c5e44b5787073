"""build/strays.py's parts: the folders above a site's files, and the one `lstat` per folder
that tells which folders changed since the site's swap or have other permissions."""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

from briefgen.build.strays import _look_at_folders, folders_above, list_strays, swap_mark

if TYPE_CHECKING:
    from pathlib import Path


def _folders_above_one_by_one(paths: set[str]) -> set[str]:
    """What `folders_above` returns, made the plain way: every prefix of every path."""
    parts = [rel.split("/")[:-1] for rel in paths]
    return {"/".join(folder[:end]) for folder in parts for end in range(1, len(folder) + 1)}


def test_folders_above_names_every_folder_above_every_path_once() -> None:
    paths = {
        "index.html",
        "a/index.html",
        "a/tables/1.csv",
        "a/tables/2.csv",
        "b/c/d/e.html",
        "b/f.html",
        "tags/x/page/2/index.html",
    }
    expected = {"a", "a/tables", "b", "b/c", "b/c/d", "tags", "tags/x", "tags/x/page"}
    expected.add("tags/x/page/2")
    assert folders_above(paths) == expected == _folders_above_one_by_one(paths)
    assert folders_above(set()) == set()
    assert folders_above({"top.html", "CNAME"}) == set()


def _site(tmp_path: Path) -> tuple[Path, set[str], int]:
    site = tmp_path / "site"
    kept = {"index.html", "a/index.html", "a/tables/1.csv", "b/index.html"}
    for rel in kept:
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(rel, encoding="utf-8")
    return site, kept, stat.S_IMODE(os.lstat(site).st_mode)


def test_look_at_folders_finds_only_what_changed_since_the_mark(tmp_path: Path) -> None:
    site, kept, mode = _site(tmp_path)
    folders = folders_above(kept)
    assert _look_at_folders(site, folders, None, mode) == (None, set())
    mark = swap_mark(site)
    assert mark is not None
    later = (mark[0], mark[1], mark[2] + 10**12)  # a mark taken after every folder's change
    assert _look_at_folders(site, folders, later, mode) == (set(), set())
    (site / "a" / "tables").chmod(0o700)  # permissions by hand: a folder changed, and off
    assert _look_at_folders(site, folders, later, mode) == (set(), {"a/tables"})
    assert _look_at_folders(site, folders, later, 0o700) == (set(), {"", "a", "b"})
    earlier = (mark[0], mark[1], 0)  # every folder changed since
    assert _look_at_folders(site, folders, earlier, mode) == (folders, {"a/tables"})


def test_look_at_folders_leaves_out_what_stands_where_a_folder_belongs(tmp_path: Path) -> None:
    site, kept, mode = _site(tmp_path)
    mark = swap_mark(site)
    assert mark is not None
    later = (mark[0], mark[1], mark[2] + 10**12)
    for rel in ("a/tables/1.csv", "a/index.html"):
        (site / rel).unlink()
    (site / "a" / "tables").rmdir()
    (site / "a").rmdir()
    (site / "a").symlink_to(tmp_path)  # a link where a folder was: its target is another's
    (site / "b" / "index.html").unlink()
    (site / "b").rmdir()
    (site / "b").write_text("a file", encoding="utf-8")
    (tmp_path / "tables").mkdir(mode=0o700)  # below the link, permissions off: not ours
    folders = folders_above(kept)
    assert _look_at_folders(site, folders, later, mode) == (set(), set())
    found, blocking, off = list_strays(site, kept, set(), later, mode)
    assert (found, blocking, off) == ({"a", "b"}, {"a", "b"}, set())
