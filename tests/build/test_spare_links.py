"""A folder in the spare tree swapped for a symlink is never written through (build/spare.py,
build/stage.py): a cache restored with its links, or a hand edit, must not make a build write
outside the project. One at the spare's top, or one the build writes into, is never published
either; one deeper down that the build writes nothing into is published once, as that link,
and the next build publishes the clean site again."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

import pytest

from tests.build.test_spare import _build, _clean, _edit, _project, _spares
from tests.conftest import snapshot

if TYPE_CHECKING:
    from pathlib import Path


def _digests(folder: Path) -> dict[str, str]:
    """Return the hash of every file under `folder`, to tell it was never written."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _links(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_symlink())


@pytest.mark.parametrize(
    ("folder", "at_once"),
    [
        ("b", True),  # the edited briefing's folder, at the spare's top
        ("tags", True),  # at the top, a folder the edit does not write into
        ("b/tables", True),  # deep down, written into
        ("tags/migration", False),  # deep down, not written into: published once
    ],
)
def test_spare_links_a_folder_swapped_for_a_link_is_never_written_through(
    tmp_path: Path, folder: str, at_once: bool
) -> None:
    """The spare's folder moved out of the project and linked back: the edit that takes the
    spare writes nothing behind the link, and the site it publishes (or, where the build
    wrote nothing into that folder, the next one) is the clean build's, without a link."""
    root = _project(tmp_path / "p")
    _build(root)
    _edit(root, "a.md", "Edit.")
    _build(root)
    (spare,) = _spares(root)
    outside = tmp_path / "outside"
    (spare / folder).rename(outside)
    (spare / folder).symlink_to(outside)
    before = _digests(outside)
    table = root / "content" / "b.md"
    table.write_text(table.read_text("utf-8").replace("| 1 | 2 |", "| 1 | 3 |"), "utf-8")
    _build(root)
    assert _digests(outside) == before
    if at_once:
        assert _links(root / "site") == []
        assert snapshot(root / "site") == _clean(root, tmp_path / "clean")
    _edit(root, "c.md", "Edit.")
    _build(root)
    assert _digests(outside) == before
    assert _links(root / "site") == []
    assert snapshot(root / "site") == _clean(root, tmp_path / "again")
    _edit(root, "b.md", "Edit again.")
    _build(root)
    assert _digests(outside) == before
    assert snapshot(root / "site") == _clean(root, tmp_path / "last")
