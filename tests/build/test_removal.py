"""Removing a build's own folders beside the output, read-only ones too (build/removal.py)."""

from __future__ import annotations

import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from briefgen.build import removal
from briefgen.build.lock import build_lock
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.diagnostics import SourcePos, warning
from briefgen.report import RecordingReporter
from tests.conftest import BRIEFING, leftovers, make_project

AT = SourcePos("--output", 1)


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _refuse(path: Any, *args: Any, **kwargs: Any) -> None:
    raise PermissionError(13, "Permission denied", str(path))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_removal_opens_up_read_only_folders_of_the_tree_but_never_through_a_link(
    tmp_path: Path,
) -> None:
    tree, outside = tmp_path / ".site.stage-1", tmp_path / "outside"
    (tree / "a" / "b").mkdir(parents=True)
    outside.mkdir()
    (tree / "a" / "linked").symlink_to(outside, target_is_directory=True)
    for folder in (tree / "a" / "b", tree / "a", tree, outside):
        folder.chmod(0o555)
    try:
        removal._open_up(tree)  # what `remove_tree` does once rmtree is refused
        assert [_mode(f) for f in (tree, tree / "a", tree / "a" / "b")] == [0o755] * 3
        assert _mode(outside) == 0o555  # the link's target, which is not the tree's
        assert removal.remove_tree(tree) is None
        assert not tree.exists()
        assert outside.is_dir()
    finally:
        outside.chmod(0o755)


def test_removal_says_why_a_tree_could_not_be_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    monkeypatch.setattr(shutil, "rmtree", _refuse)
    assert removal.remove_tree(tree) == "Permission denied"
    monkeypatch.undo()
    assert removal.remove_tree(tmp_path / "gone") is None  # nothing there: nothing to say


def test_removal_failed_at_the_lock_is_a_warning_and_the_next_build_tries_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    left = tmp_path / f".site.stage-{_dead_pid()}"
    (left / "page").mkdir(parents=True)
    monkeypatch.setattr(shutil, "rmtree", _refuse)
    with build_lock(out, AT) as found:
        assert found == [
            warning(
                AT,
                f"cannot remove `{left.name}` beside the output folder (left by an earlier "
                "build): Permission denied",
                f"delete it, after `chmod -R u+w {left}` if need be; until then every build "
                "tries again",
            )
        ]
    assert left.is_dir()
    monkeypatch.undo()
    with build_lock(out, AT) as found:
        assert found == []
    assert not left.exists()


def test_removal_failed_after_the_swap_warns_naming_the_old_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path / "p", "-- content/a.md --\n" + BRIEFING.format(title="A"))
    options = BuildOptions(root, root / "site")
    build_site(options, RecordingReporter())
    (root / "content" / "a.md").write_text(BRIEFING.format(title="B"), encoding="utf-8")
    monkeypatch.setattr(shutil, "rmtree", _refuse)
    # Kept nothing (and no folder lacked a permission).
    monkeypatch.setattr("briefgen.build.spare.Spare.retire", lambda *_: (set(), set()))
    reporter = RecordingReporter()
    result = build_site(options, reporter)
    (stage,) = leftovers(root)
    said = [d.message for d in reporter.problems]
    assert said == [
        f"cannot remove `{stage}` beside the output folder (the site this build replaced): "
        "Permission denied"
    ]
    assert [d.message for d in result.diagnostics] == said
    monkeypatch.undo()
    reporter = RecordingReporter()
    build_site(options, reporter)  # another build: the folder goes, without a word
    assert (leftovers(root), reporter.problems) == ([], [])
