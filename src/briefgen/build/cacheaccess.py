"""Whether the cache folder can be used at all, asked once before a build reads any of it.

The cache is disposable: a build without it is a full one, with the same site. So a cache
folder this user may not list, enter or write (`chmod 000`, another user's, a file in its
place) is one warning, and the build goes on without it, reading and writing none of it.
Asked file by file instead, each cache file would give its own notice, and a spare tree
that cannot even be looked at failed the build after its swap.
"""

from __future__ import annotations

import errno
import os
from typing import TYPE_CHECKING

from briefgen.diagnostics import BriefgenError, SourcePos, error, warning

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.diagnostics import Diagnostic


def unusable_cache(cache_dir: Path, root: Path) -> Diagnostic | None:
    """Return the warning for a cache folder that is there but cannot be used, which a build
    goes without; None when it is missing (a first build makes it) or usable."""
    found = _refusal(cache_dir, root)
    if found is None:
        return None
    shown, message, fix = found
    return warning(SourcePos(shown, 1), message, f"building everything without it; {fix}")


def refuse_unusable_cache(cache_dir: Path, root: Path) -> None:
    """Raise BriefgenError when the cache folder is there but cannot be used: serve builds
    its preview in it, and has no way around it."""
    found = _refusal(cache_dir, root)
    if found is not None:
        shown, message, fix = found
        raise BriefgenError([error(SourcePos(shown, 1), message, f"serve builds in it; {fix}")])


def _refusal(cache_dir: Path, root: Path) -> tuple[str, str, str] | None:
    """Return the cache folder as shown, what is wrong with it and the fix; None when it is
    missing or usable. A symlink is refused before (cache.py)."""
    shown = _shown(cache_dir, root)
    delete = f"delete `{shown}` (briefgen makes it again)"
    given_back = f"give it back (`chmod -R u+rwX {shown}`) or {delete}"
    try:
        with os.scandir(cache_dir) as listing:
            next(listing, None)
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        return shown, "the build cache is not a folder", delete
    except OSError as exc:
        return shown, f"cannot use the build cache: {exc.strerror or exc}", given_back
    if not os.access(cache_dir, os.W_OK | os.X_OK):
        return shown, f"cannot use the build cache: {_write_refusal(cache_dir)}", given_back
    return None


def _write_refusal(folder: Path) -> str:
    """Return why `folder` cannot be written: a read-only file system, else a permission."""
    try:
        read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        read_only = False
    return os.strerror(errno.EROFS if read_only else errno.EACCES)


def _shown(cache_dir: Path, root: Path) -> str:
    """Return the cache folder as messages name it: relative to the project when inside."""
    if cache_dir.is_relative_to(root):
        return cache_dir.relative_to(root).as_posix()
    return str(cache_dir)


def refuse_linked_cache(cache_dir: Path) -> None:
    """Raise BriefgenError when the cache folder is a symlink: every cache file, and serve's
    site, would be written (and trusted when read) wherever it points."""
    if cache_dir.is_symlink():
        shown = cache_dir.name
        message = f"`{shown}` is a symlink; briefgen does not write through it"
        hint = f"delete {cache_dir}; the next build makes the folder again"
        raise BriefgenError([error(SourcePos(shown, 1), message, hint)])
