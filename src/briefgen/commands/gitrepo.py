"""The git repository a folder is in, and its current branch, read from `.git` as git finds them.

`init` asks, to write a Pages workflow that runs: GitHub runs only the workflows at a
repository's root, on the branches they name. Nothing here runs git, which need not be
installed where `init` runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.files import read_regular_file

if TYPE_CHECKING:
    from pathlib import Path

HEAD_LIMIT = 4096
"""Most bytes of a `HEAD` read: a branch reference is one short line, and a larger `HEAD` is
not one (nor is a FIFO, a device or a folder, which are never read)."""
SYMBOLIC_REF = "ref:"
BRANCHES = "refs/heads/"
_GIT_SPACE = " \t\n\r"
"""What git trims around a `HEAD`'s reference (its `isspace`): a `HEAD` saved with CRLF names
the same branch."""
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
        text = _read_small(_git_dir(root / ".git") / "HEAD")
    except (OSError, ValueError):  # ValueError: a `gitdir:` with a NUL, or bytes not UTF-8
        return None
    text = text.rstrip(_GIT_SPACE)
    if not text.startswith(SYMBOLIC_REF):
        return None
    ref = text.removeprefix(SYMBOLIC_REF).lstrip(_GIT_SPACE)
    if not ref.startswith(BRANCHES):
        return None
    branch = ref.removeprefix(BRANCHES)
    # A space, line break or control character is in no branch's name (git
    # check-ref-format): two lines, say, or bytes that are no name at all.
    if branch in ("", RELOCATED_HEAD) or any(_not_in_a_name(char) for char in branch):
        return None
    return branch


def _not_in_a_name(char: str) -> bool:
    """Return whether git refuses `char` in a branch's name: a space or a control character."""
    return char.isspace() or char < " " or char == "\x7f"


def _git_dir(dot_git: Path) -> Path:
    """Return the folder with the repository's `HEAD`: `.git` itself, or where a `.git` file
    (a linked worktree's, a submodule's) points with its `gitdir:` line."""
    if not dot_git.is_file():
        return dot_git
    pointer = _read_small(dot_git).strip()
    if not pointer.startswith("gitdir: "):
        raise OSError(f"{dot_git} is not a gitdir file")
    return dot_git.parent / pointer.removeprefix("gitdir: ")


def _read_small(path: Path) -> str:
    """Return the text of a file of git's that holds one short line; OSError for anything
    else in its place (a FIFO is never opened to wait for a writer)."""
    return read_regular_file(path, HEAD_LIMIT).decode("utf-8")
