"""The git repository a folder is in, and its current branch, read from `.git` as git finds them.

`init` asks, to write a Pages workflow that runs: GitHub runs only the workflows at a
repository's root, on the branches they name. Nothing here runs git, which need not be
installed where `init` runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

HEAD_LIMIT = 4096
"""Bytes of `HEAD` read: a branch reference is one short line, and a `HEAD` that is larger (or
a FIFO's endless stream) is not one."""
BRANCH_REF = "ref: refs/heads/"
RELOCATED_HEAD = ".invalid"
"""The branch a reftable repository's `HEAD` stub names: the real one is in the reftable."""


def find_repository(folder: Path) -> Path | None:
    """Return the nearest folder at or above the absolute `folder` that holds `.git`, or None."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def current_branch(root: Path) -> str | None:
    """Return the branch checked out in the repository at `root`; None when `HEAD` names no
    branch (detached at a commit) or cannot be read."""
    try:
        head = _git_dir(root / ".git") / "HEAD"
        with head.open("rb") as handle:
            text = handle.read(HEAD_LIMIT).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    first, _, rest = text.partition("\n")
    if not first.startswith(BRANCH_REF) or rest:
        return None
    branch = first.removeprefix(BRANCH_REF)
    return branch if branch and branch != RELOCATED_HEAD else None


def _git_dir(dot_git: Path) -> Path:
    """Return the folder with the repository's `HEAD`: `.git` itself, or where a `.git` file
    (a linked worktree's, a submodule's) points with its `gitdir:` line."""
    if not dot_git.is_file():
        return dot_git
    with dot_git.open("rb") as handle:
        pointer = handle.read(HEAD_LIMIT).decode("utf-8").strip()
    if not pointer.startswith("gitdir: "):
        raise OSError(f"{dot_git} is not a gitdir file")
    return dot_git.parent / pointer.removeprefix("gitdir: ")
