"""serve's watcher: which edits rebuild, by the build's own rule of what it reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import watchfiles

from briefgen.dev.watch import read_by_build
from tests.unit.test_devserver import _Watcher

if TYPE_CHECKING:
    from pathlib import Path

PUBLISHED = [
    "notes.txt~",
    "movie.swf",
    "a.pyc",
    "flycheck_x.txt",
    "plain.txt",
    "node_modules/lib.js",
    "__pycache__/x.txt",
    ".idea/x.txt",
    ".hypothesis/x.txt",
    ".venv/x.txt",
    ".well-known/security.txt",
]
"""Files `briefgen build` publishes from static/ that watchfiles' default filter ignores."""


@pytest.mark.parametrize("rel", PUBLISHED)
def test_read_by_build_passes_every_file_a_build_publishes(tmp_path: Path, rel: str) -> None:
    static = tmp_path / "node_modules" / "proj" / "static"  # the project's place is no rule
    (static / rel).parent.mkdir(parents=True, exist_ok=True)
    (static / rel).write_text("x", encoding="utf-8")
    passes = read_by_build([static])
    for change in watchfiles.Change:
        assert passes(change, str(static / rel)), change


@pytest.mark.parametrize("rel", [".DS_Store", ".a.md.swp", ".git/config", "sub/.hg/store/x"])
def test_read_by_build_drops_what_no_build_reads(tmp_path: Path, rel: str) -> None:
    content = tmp_path / "content"
    (content / rel).parent.mkdir(parents=True, exist_ok=True)
    (content / rel).write_text("x", encoding="utf-8")
    passes = read_by_build([content])
    assert not passes(watchfiles.Change.modified, str(content / rel))


def test_read_by_build_counts_a_dot_name_gone_as_a_folder_gone(tmp_path: Path) -> None:
    """`mv static/.well-known ..` is one event, for a folder that no longer is one."""
    passes = read_by_build([tmp_path / "static"])
    assert passes(watchfiles.Change.deleted, str(tmp_path / "static" / ".well-known"))
    assert not passes(watchfiles.Change.deleted, str(tmp_path / "static" / ".git"))


def test_watch_sources_rebuilds_a_project_below_node_modules(tmp_path: Path) -> None:
    root = tmp_path / "node_modules" / "proj"
    (root / "static" / "node_modules").mkdir(parents=True)
    (root / "content").mkdir()
    watcher = _Watcher(root)
    try:
        (root / "content" / "a.md").write_text("x", encoding="utf-8")
        watcher.expect_change()
        (root / "static" / "node_modules" / "lib.js").write_text("x", encoding="utf-8")
        watcher.expect_change()
        (root / "static" / "movie.swf").write_text("x", encoding="utf-8")
        watcher.expect_change()
    finally:
        watcher.stop.set()
        watcher.thread.join(timeout=5)
