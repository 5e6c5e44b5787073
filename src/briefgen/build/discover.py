"""Find the briefings in `content/`, in a stable order, without leaving the project."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.diagnostics import Diagnostic, SourcePos, error, warning
from briefgen.files import digest
from briefgen.project import BRIEFING_SUFFIX, CONTENT_DIR, IMAGE_SUFFIXES, STATIC_DIR

if TYPE_CHECKING:
    from collections.abc import Iterable


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A briefing file found in content/."""

    path: Path
    """Absolute path, symlinks resolved."""
    rel: str
    """Path relative to the project root with `/` separators, as diagnostics show it."""


@dataclass(frozen=True, slots=True)
class LoadedSource:
    """A briefing file with the cache key of its bytes.

    The bytes are not kept: compiling reads the file again, so a large site's sources are
    never all in memory at once. A file edited in between only gets a stale key, which the
    next build sees as a change.
    """

    rel: str
    path: Path
    digest: str
    """Hash of the path, the bytes and the build fingerprint: the file's cache key."""


def load_sources(
    sources: Iterable[SourceFile], fingerprint: str, root: Path | None = None
) -> list[LoadedSource]:
    """Key every source by its bytes and everything else its pages depend on.

    A source that may show an image (it contains `![`) also depends on the project's image
    files: any image added, removed or changed recompiles it. That is coarser than tracking
    which image each briefing shows, but needs no parsing to decide.
    """
    loaded: list[LoadedSource] = []
    images_key: str | None = None
    for source in sources:
        data = _bytes(source.path)
        key = digest(fingerprint, source.rel, data)
        if root is not None and b"![" in data:
            images_key = images_key if images_key is not None else image_stamps(root)
            key = digest(key, images_key)
        loaded.append(LoadedSource(source.rel, source.path, key))
    return loaded


def image_stamps(root: Path) -> str:
    """Return a hash of the size and modification time of every image in content/ and static/."""
    stamps: list[str] = []
    for folder in (CONTENT_DIR, STATIC_DIR):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file():
                stat = path.stat()
                stamps.append(
                    f"{path.relative_to(root).as_posix()}:{stat.st_size}:{stat.st_mtime_ns}"
                )
    return digest(*stamps)


def _bytes(path: Path) -> bytes:
    """Return the file's bytes; an unreadable file gets empty ones (compiling reports it)."""
    try:
        return path.read_bytes()
    except OSError:
        return b""


def discover_sources(root: Path) -> tuple[list[SourceFile], list[Diagnostic]]:
    """Return every `content/**/*.md` in sorted order, skipping dotfiles and `_`-prefixed folders.

    A symlink that points outside content/, or a loop, is an error, and its target is never read.
    """
    content = root / CONTENT_DIR
    if not content.is_dir():
        return [], [
            error(
                SourcePos(CONTENT_DIR, 1),
                "content/ folder not found",
                "create content/ and put one Markdown file per briefing in it",
            )
        ]
    real_content = content.resolve()
    sources: list[SourceFile] = []
    diagnostics: list[Diagnostic] = []
    for dirpath, dirnames, filenames in os.walk(content):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
        for dirname in list(dirnames):
            if (Path(dirpath) / dirname).is_symlink():
                dirnames.remove(dirname)
                diagnostics.extend(_check_link(root, Path(dirpath) / dirname, real_content))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                link_problems = _check_link(root, path, real_content)
                if link_problems:
                    diagnostics.extend(link_problems)
                    continue
            if name.endswith(BRIEFING_SUFFIX):
                sources.append(SourceFile(path.resolve(), rel))
            elif path.suffix.lower() not in IMAGE_SUFFIXES:  # images are shown by briefings
                diagnostics.append(
                    warning(
                        SourcePos(rel, 1),
                        "not a briefing (not .md) or an image; ignored",
                        "put PDFs and other files in static/",
                    )
                )
    return sources, diagnostics


def _check_link(root: Path, link: Path, real_content: Path) -> list[Diagnostic]:
    """Return an error when a symlink loops or leaves content/."""
    rel = link.relative_to(root).as_posix()
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        return [error(SourcePos(rel, 1), "symlink is broken or loops")]
    if not target.is_relative_to(real_content):
        return [
            error(
                SourcePos(rel, 1),
                "symlink leaves content/; its target is not read",
                "copy the file into content/ instead of linking to it",
            )
        ]
    if target.is_dir():
        return [warning(SourcePos(rel, 1), "symlinked folder inside content/ is not followed")]
    return []
