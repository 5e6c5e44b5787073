"""Small helpers every stage shares: a stable hash, and the files under a folder."""

from __future__ import annotations

import hashlib
import os
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
