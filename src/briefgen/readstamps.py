"""The stat of each file a build keys by its bytes, taken before the file is read.

A template, a catalog or a plugin is read once for a key and again when it is used: by
Jinja, gettext, the import system. A file saved in between (`cp`, `cat >` and many editors
truncate, then write) may be used half-written under the key of the bytes it had, and ends
with those bytes again, so no later key would differ. Stat it before the key's read and again
before the key is saved: where the two differ the file may have changed while it was used,
and the key is not kept (the next build does the work again), as a briefing's stat comes
before its read (build/discover.py). Any write changes the ctime, which nothing sets back;
another file put in the path's place (a folder moved in, a link switched) has another
identity (device and inode), even with the same size, mtime and ctime.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

FileStat = tuple[int, int, int, int, int]
"""(size, mtime_ns, ctime_ns, device, inode) of a file."""
RACY_NS = 2 * 10**9
"""A file modified this recently may change again within the same mtime tick: not remembered."""


def file_stat(path: Path | str) -> FileStat | None:
    """Return the stat of the file `path` reaches, or None when there is none."""
    try:
        info = os.stat(path)  # noqa: PTH116 (a string path too: no Path made for it)
    except OSError:
        return None
    return stat_of(info)


def stat_of(info: os.stat_result) -> FileStat:
    """Return what tells a file's state from a `stat`: equal ones mean no write since, and
    the same file (a swapped-in one of equal size and times is another device or inode)."""
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_dev, info.st_ino)


class ReadStamps:
    """The stat of every file read for a key, as it was before its first read."""

    def __init__(self) -> None:
        self._stats: dict[Path, FileStat | None] = {}

    def before_read(self, path: Path) -> None:
        """Remember the file's stat now, unless an earlier read of it was remembered."""
        if path not in self._stats:
            self._stats[path] = file_stat(path)

    def add(self, other: ReadStamps) -> None:
        """Take the stats `other` remembered, where this one has none."""
        for path, stat in other._stats.items():
            self._stats.setdefault(path, stat)

    def remembered(self) -> dict[Path, FileStat | None]:
        """Return each file's stat as it was before its first read."""
        return dict(self._stats)

    def changed(self) -> list[Path]:
        """Return the files whose stat is no longer the one remembered."""
        return [path for path, stat in self._stats.items() if file_stat(path) != stat]
