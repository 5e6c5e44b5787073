"""Small helpers every stage shares: a stable hash, the files under a folder, their stamps."""

from __future__ import annotations

import hashlib
import os
from stat import S_ISREG
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def digest(*parts: bytes | str) -> str:
    """Return a short stable hash of the parts."""
    hasher = hashlib.blake2b(digest_size=16)
    for part in parts:
        hasher.update(part.encode() if isinstance(part, str) else part)
        hasher.update(b"\0")
    return hasher.hexdigest()


def files_under(folder: Path) -> set[str]:
    """Return every file below `folder` as a `/`-separated relative path (empty if missing)."""
    found: set[str] = set()
    for dirpath, _dirnames, filenames in os.walk(folder):
        prefix = os.path.relpath(dirpath, folder).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        found.update(prefix + name for name in filenames)
    return found


def file_stamp(path: Path) -> tuple[int, int] | None:
    """Return (size, mtime_ns) of a regular file, or None when it is missing or not a file."""
    try:
        stat = path.lstat()
    except OSError:
        return None
    if not S_ISREG(stat.st_mode):
        return None
    return (stat.st_size, stat.st_mtime_ns)


Stamp = tuple[int, int, str]
"""(size, mtime_ns, hash of the bytes) of a file as it was written."""


def is_intact(path: Path, recorded: Stamp | None) -> bool:
    """Return True when the file still holds what was written as `recorded`.

    Size and mtime decide cheaply; when only the mtime differs (a copy, a restore, a `touch`)
    the bytes are hashed, so a backed-up site stays usable and a damaged one is noticed.
    """
    stamp = file_stamp(path)
    if recorded is None or stamp is None or stamp[0] != recorded[0]:
        return False
    if stamp[1] == recorded[1]:
        return True
    try:
        return digest(path.read_bytes()) == recorded[2]
    except OSError:
        return False
