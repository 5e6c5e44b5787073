"""Removing the folders a build leaves beside its output: its stage, the site a swap retired.

`shutil.rmtree` stops at the first folder its owner may not write, and the site a swap moves
out is whatever the user made of `site/`: after `chmod 555 site` the old site stayed beside
the new one for good, found by `git add -A`. So a folder briefgen removes is made writable
first, where its owner may do that, and one that still cannot be removed is named in a warning.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.diagnostics import warning

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic, SourcePos


def remove_tree(tree: Path) -> str | None:
    """Delete the folder `tree` with everything in it; return why it could not be, or None.

    Folders in it that lack their owner's write permission get it back first: only folders
    this process owns, each looked at with `lstat`, so no symlink is followed (a link is
    removed, never what it points at). A `tree` that is no folder (a link to one, a file, a
    FIFO, put where a build leaves its folders) is unlinked itself.
    """
    try:
        if not stat.S_ISDIR(os.lstat(tree).st_mode):
            tree.unlink()
            return None
        shutil.rmtree(tree)
        return None
    except FileNotFoundError:
        return None
    except OSError:
        pass  # a folder without write permission, most likely: open them up and try again
    _open_up(tree)
    try:
        shutil.rmtree(tree)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def not_removed(tree: Path, reason: str, what: str, at: SourcePos) -> Diagnostic:
    """Return the warning for a folder `remove_tree` could not remove (`what` it holds)."""
    return warning(
        at,
        f"cannot remove `{tree.name}` beside the output folder ({what}): {reason}",
        f"delete it, after `chmod -R u+w {tree}` if need be; until then every build tries again",
    )


def _open_up(tree: Path) -> None:
    """Give the owner read, write and search permission on each folder of `tree` (itself
    included) that this process owns and that lacks one of them."""
    if not hasattr(os, "geteuid"):  # Windows, where a folder's permissions never stop this
        return
    owner = os.geteuid()
    pending = [os.fspath(tree)]
    while pending:
        folder = pending.pop()
        try:
            info = os.lstat(folder)
            if not stat.S_ISDIR(info.st_mode) or info.st_uid != owner:
                continue
            if info.st_mode & stat.S_IRWXU != stat.S_IRWXU:
                Path(folder).chmod(stat.S_IMODE(info.st_mode) | stat.S_IRWXU)
            with os.scandir(folder) as listing:
                pending += [entry.path for entry in listing if entry.is_dir(follow_symlinks=False)]
        except OSError:
            continue  # removed meanwhile, or not ours to open: rmtree names what is left
