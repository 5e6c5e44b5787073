"""Walking a folder tree without recursion, to a bounded depth.

Python 3.11's `os.walk` recurses once per level, so a tree 1,000 folders deep (content/ may
be pasted from anywhere) ended a build with a RecursionError. Walks here keep their own
stack, and stop at `MAX_FOLDER_DEPTH`: what no project nests so deep is reported, not read,
so neither the site's folders nor any path made from them reach depths the system or
Python's recursion cannot take.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.diagnostics import Diagnostic, SourcePos, error
from briefgen.files import unreadable_folder

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

MAX_FOLDER_DEPTH = 100
"""Deepest folder a build reads below a folder of the project (`content/a/b` is 2 deep)."""


def walk_tree(
    top: str | os.PathLike[str],
    *,
    followlinks: bool = False,
    onerror: Callable[[OSError], None] | None = None,
    too_deep: Callable[[str], None] | None = None,
) -> Iterator[tuple[str, list[str], list[str]]]:
    """Yield (folder, folder names, file names) as a top-down `os.walk` does, folder names
    pruned in place by the caller; a folder more than `MAX_FOLDER_DEPTH` below `top` is
    passed to `too_deep` and not entered."""
    pending = [(os.fspath(top), 0)]
    while pending:
        folder, depth = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as problem:
            if onerror is not None:
                onerror(problem)
            continue
        names: list[str] = []
        files: list[str] = []
        links: set[str] = set()
        for entry in entries:
            try:
                is_folder = entry.is_dir()
            except OSError:
                is_folder = False
            (names if is_folder else files).append(entry.name)
            if is_folder and entry.is_symlink():
                links.add(entry.name)
        yield folder, names, files
        for name in reversed(names):  # popped in the order the caller left them
            if name in links and not followlinks:
                continue
            path = f"{folder}/{name}"
            if depth < MAX_FOLDER_DEPTH:
                pending.append((path, depth + 1))
            elif too_deep is not None:
                too_deep(path)


def nested_too_deep(rel: str) -> Diagnostic:
    """Return the error of a folder below the depth a build reads."""
    message = f"folder nested more than {MAX_FOLDER_DEPTH} deep; nothing in it is read"
    return error(SourcePos(rel, 1), message, "move what it holds into a folder nearer the top")


def path_too_long(rel: str, path: str) -> Diagnostic:
    """Return the error of a folder or file whose path the system refuses as too long
    (`File name too long`): nothing in it can be opened."""
    size = len(os.fsencode(Path(path).absolute()))
    message = f"path too long for the system ({size} bytes); nothing in it is read"
    return error(SourcePos(rel, 1), message, "shorten the names on its way, or move the project")


def unlisted_folder(rel: str, problem: OSError) -> Diagnostic:
    """Return the error of a folder a walk could not list: a path too long, or no permission."""
    if problem.errno == errno.ENAMETOOLONG and problem.filename is not None:
        return path_too_long(rel, os.fsdecode(problem.filename))
    return unreadable_folder(rel)
