"""The images a build's pages may show, keyed by their bytes (a source showing one depends on
them all: discover.load_sources)."""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from briefgen.build.brokenimages import MAX_IMAGE_BYTES
from briefgen.files import digest, read_regular_file
from briefgen.project import CONTENT_DIR, IMAGE_SUFFIXES, STATIC_DIR
from briefgen.projectwalk import walk_project_folder
from briefgen.readstamps import RACY_NS, FileStat, file_stat

if TYPE_CHECKING:
    from pathlib import Path


def image_stamps(root: Path) -> str:
    """Return a hash of the path and bytes of every image in content/ and static/.

    Bytes, not size and mtime: a cache restored on another machine (where every file has a
    new mtime) still carries pages with images over, and an image replaced by another of equal
    size and mtime (`cp -p`) is noticed. Walked as the image loader reads them: through
    symlinked folders inside the project. A long-running process (serve) reads again only the
    images whose stat changed.
    """
    parts: list[str] = []
    real_root = os.path.realpath(root)
    for folder in (CONTENT_DIR, STATIC_DIR):
        for path, rel in walk_project_folder(root, root / folder).files:
            if path.suffix.lower() in IMAGE_SUFFIXES:
                parts += [rel, _image_hash(path, real_root)]
    return digest(*parts)


_IMAGE_SEEN: dict[Path, tuple[FileStat, str]] = {}
"""In a long-running process: each image's hash, with its full stat when it was read."""


def _image_hash(path: Path, real_root: str) -> str:
    stamp = file_stat(path)
    seen = _IMAGE_SEEN.get(path)
    if stamp is not None and seen is not None and seen[0] == stamp:
        return seen[1]
    try:  # as it is now, and no more of it than a page may show: past that, an error
        hashed = digest(read_regular_file(path, MAX_IMAGE_BYTES, inside=real_root))
    except OSError:
        return ""  # the loader reports it, at the line that shows it
    if stamp is not None and time.time_ns() - max(stamp[1], stamp[2]) > RACY_NS:
        _IMAGE_SEEN[path] = (stamp, hashed)
    return hashed
