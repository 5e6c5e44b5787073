"""The branch `.git/HEAD` names, read as git reads it; whatever else is in `HEAD`'s place
(a FIFO, a device, a folder, a huge file) names none, and is never waited on."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

from briefgen.commands.gitrepo import current_branch

if TYPE_CHECKING:
    from pathlib import Path


def _head(tmp_path: Path, text: bytes) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_bytes(text)
    return tmp_path


@pytest.mark.parametrize(
    "text",
    [
        b"ref: refs/heads/main\n",
        b"ref: refs/heads/main\r\n",
        b"ref: refs/heads/main",
        b"ref:refs/heads/main\n",
        b"ref: \t refs/heads/main \t\r\n\n",
    ],
)
def test_current_branch_trims_the_reference_as_git_does(tmp_path: Path, text: bytes) -> None:
    assert current_branch(_head(tmp_path, text)) == "main"


@pytest.mark.parametrize(
    "text",
    [
        b"0123456789abcdef0123456789abcdef01234567\n",  # detached at a commit
        b"ref: refs/heads/main\nref: refs/heads/other\n",
        b"ref: refs/heads/\n",
        b"ref: refs/tags/v1\n",
        b"ref: refs/heads/" + b"x" * 5000 + b"\n",  # no HEAD is that long: not cut to a name
        b"ref: refs/heads/" + b"x" * 5000,
        b"\xff\xfe",
    ],
)
def test_current_branch_is_none_when_head_names_no_branch(tmp_path: Path, text: bytes) -> None:
    assert current_branch(_head(tmp_path, text)) is None


def test_current_branch_never_waits_on_a_fifo(tmp_path: Path) -> None:
    """Opening a FIFO to read waits for a writer: `check` and `init` hung for ever."""
    (tmp_path / ".git").mkdir()
    os.mkfifo(tmp_path / ".git" / "HEAD")
    assert current_branch(tmp_path) is None


def test_current_branch_never_waits_on_a_fifo_a_git_file_names(tmp_path: Path) -> None:
    (tmp_path / "gitdir").mkdir()
    os.mkfifo(tmp_path / "gitdir" / "HEAD")
    (tmp_path / ".git").write_text("gitdir: gitdir\n", encoding="utf-8")
    assert current_branch(tmp_path) is None
    (tmp_path / ".git").unlink()
    os.mkfifo(tmp_path / ".git")
    assert current_branch(tmp_path) is None


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/null", "folder"])
def test_current_branch_is_none_when_head_is_no_file(tmp_path: Path, target: str) -> None:
    (tmp_path / ".git" / "folder").mkdir(parents=True)
    (tmp_path / ".git" / "HEAD").symlink_to(target)
    assert current_branch(tmp_path) is None


def test_current_branch_reads_a_head_that_links_to_a_file(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "head").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (tmp_path / ".git" / "HEAD").symlink_to(tmp_path / "head")
    assert current_branch(tmp_path) == "main"


@pytest.mark.parametrize(
    "pointer",
    [
        b"gitdir: a\0b\n",  # no path holds a NUL: os.open says ValueError, not OSError
        b"gitdir: " + b"x" * 300 + b"\n",  # longer than a file name may be
        b"gitdir: " + b"x/" * 2000 + b"\n",  # with the folder it is in, longer than a path may be
        b"gitdir: HEAD\n",  # a file, not a folder
        b"gitdir: \xff\n",
    ],
)
def test_current_branch_is_none_when_a_git_file_points_nowhere(
    tmp_path: Path, pointer: bytes
) -> None:
    (tmp_path / "HEAD").write_bytes(b"ref: refs/heads/main\n")
    (tmp_path / ".git").write_bytes(pointer)
    assert current_branch(tmp_path) is None


@pytest.mark.parametrize("char", ["\0", "\x1b", "\x7f", "\t"])
def test_current_branch_is_none_when_head_names_a_control_character(
    tmp_path: Path, char: str
) -> None:
    """git check-ref-format refuses a control character in a branch's name."""
    assert current_branch(_head(tmp_path, f"ref: refs/heads/ma{char}in\n".encode())) is None
