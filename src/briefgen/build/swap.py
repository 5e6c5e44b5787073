"""Swapping two sibling folders in one step, and carrying a site's `.git` across a swap."""

from __future__ import annotations

import errno
import os
from typing import TYPE_CHECKING

from briefgen.files import is_real_folder
from briefgen.project import KEPT

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path


def move_kept(source: Path, target: Path, names: Iterable[str] = KEPT) -> list[str]:
    """Move each of `names` that `source` holds (and `target` does not) into `target`; return
    the names moved. Siblings on one file system: each is a rename, never a copy.

    Nothing is moved from a `source` that is no folder: through a link in its place (a
    leftover's name committed as `.site.old-1 -> ../elsewhere`) it would move what is
    outside the project.
    """
    if not is_real_folder(os.fspath(source)):
        return []
    moved = []
    for name in names:
        if os.path.lexists(source / name) and not os.path.lexists(target / name):
            (source / name).rename(target / name)
            moved.append(name)
    return moved


def exchange(first: Path, second: Path) -> bool:
    """Swap two folders atomically with Linux's renameat2; return False where it is missing."""
    try:
        import ctypes

        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    done = renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange)
    if done == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False  # an old kernel or a file system without exchange: use two renames
    raise OSError(code, os.strerror(code), str(second))
