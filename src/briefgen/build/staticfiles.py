"""The files of `static/`, each keyed by its bytes: published as they are, at the same path."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.diagnostics import BriefgenError, SourcePos, error, warning
from briefgen.files import (
    FileTooLargeError,
    digest,
    link_to_nothing,
    not_a_folder,
    read_regular_file,
    unreadable_file,
)
from briefgen.project import STATIC_DIR
from briefgen.projectwalk import irregular_file, walk_project_folder
from briefgen.site.urls import CNAME_PATH

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from briefgen.diagnostics import Diagnostic


MAX_STATIC_BYTES = 100 * 1024 * 1024
"""Largest file of `static/` (100 MB, past which GitHub refuses a pushed file): read whole, to
hash and to copy, so a larger one (a sparse file of 3 GB) would take all the memory."""
_TOO_LARGE_HINT = "publish a file this large elsewhere (a release's download) and link to it"


@dataclass(frozen=True, slots=True)
class StaticFile:
    """A file of static/, with the hash of its bytes: what decides whether to copy it again."""

    path: Path
    rel: str
    """Path relative to static/ (and so to the output folder), `/`-separated."""
    digest: str


def discover_static(
    root: Path, avoid: Sequence[Path] = ()
) -> tuple[list[StaticFile], list[Diagnostic]]:
    """Return every file of `static/` (not dotfiles) with its hash, in sorted order.

    Keyed by content, not by size and mtime: a file replaced by another of equal size and
    mtime (`cp -p`, `rsync -t`) is still published. Walked as the templates are
    (`projectwalk.walk_project_folder`): a linked folder inside the project is published at the
    link's path, unless it is published already at its own, holds `static/` itself, or is
    one of `avoid` (the output and cache folders); a symlink that leaves the project is an
    error, and its target is never read.
    """
    static = root / STATIC_DIR
    if not static.is_dir():
        if static.is_symlink() and not static.exists():  # a link to nothing, as for templates/
            return [], [link_to_nothing(STATIC_DIR)]
        return [], [not_a_folder(STATIC_DIR, static)] if static.exists() else []
    walked = walk_project_folder(root, static, avoid)
    # A FIFO would block the copy; a dangling link has no bytes.
    problems = walked.refusals(
        lambda rel: warning(SourcePos(rel, 1), f"{irregular_file(root, rel)}; not published")
    )
    problems += [
        warning(SourcePos(link, 1), f"{why}; not published", "copy the files you need instead")
        for link, why in walked.repeated + walked.written
    ]
    found: list[StaticFile] = []
    real_root = os.path.realpath(root)
    for path, rel in walked.files:
        try:  # as it is now: a FIFO, or a link out, swapped in since the walk is refused
            data = read_regular_file(path, MAX_STATIC_BYTES, inside=real_root)
        except OSError as exc:
            hint = _TOO_LARGE_HINT if isinstance(exc, FileTooLargeError) else None
            problems.append(error(SourcePos(rel, 1), f"cannot read: {exc.strerror or exc}", hint))
            continue
        found.append(StaticFile(path, rel.removeprefix(f"{STATIC_DIR}/"), digest(data)))
    return found, sorted(problems, key=lambda d: d.pos.path)


def read_static(file: StaticFile, root: str) -> bytes:
    """Return a static file's bytes as they are now, within the real `root`; raise
    BriefgenError at the file when it cannot be read (swapped since the walk for a FIFO, a
    link out), never for a failure to write its copy, which is the output folder's."""
    try:
        return read_regular_file(file.path, MAX_STATIC_BYTES, inside=root)
    except OSError as exc:
        raise BriefgenError([unreadable_file(f"{STATIC_DIR}/{file.rel}", exc)]) from None


def replaced_cname(static: list[StaticFile], cname: str | None) -> list[Diagnostic]:
    """Warn of a `static/CNAME` that replaces the `CNAME` the `cname` setting writes with other
    text: Pages serves the file's domain, and the setting would say another in silence."""
    if cname is None or not any(file.rel == CNAME_PATH for file in static):
        return []
    written = cname.strip()
    file = next(file for file in static if file.rel == CNAME_PATH)
    if file.digest in (digest(written), digest(f"{written}\n")) or _names(file, written):
        return []
    message = f"replaces the `CNAME` that `cname: {written}` writes, with other text"
    hint = "keep one of the two: delete this file, or the `cname` setting"
    return [warning(SourcePos(f"{STATIC_DIR}/{CNAME_PATH}", 1), message, hint)]


_CNAME_LIMIT = 4096
"""Most bytes of a `static/CNAME` read to compare its domain: one host name is far fewer."""


def _names(file: StaticFile, domain: str) -> bool:
    """Return whether `file` names `domain` in other bytes: a line end of Windows (`\\r\\n`, as
    `git` checks it out with `core.autocrlf`), blank lines, or other capitals, none of which
    change the domain a host name is."""
    try:
        text = read_regular_file(file.path, _CNAME_LIMIT).decode("utf-8")
    except (OSError, ValueError):  # unreadable, too long, not UTF-8: another text
        return False
    return text.strip().lower() == domain.lower()
