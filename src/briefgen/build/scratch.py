"""`check`'s scratch folder: in the project's cache folder, removed after a check that was killed.

`check` builds the whole site into a folder it then deletes. In the system's temporary folder
that was the one thing briefgen wrote outside the project, and a check killed there (SIGKILL,
or a closed terminal before SIGHUP was handled) left it for good, under a random name no
later run knew. So it is `.briefgen-cache/briefgen-check-<pid>-<random>/`, and each check
first removes the folders there whose process is gone.

A project whose cache folder cannot have it (a file in its place, a symlink, a folder that
cannot be written) gets it in the project's own folder instead, hidden:
`.briefgen-check-<pid>-<random>/`, named and swept the same way. Only where the project has no
folder briefgen may write (a read-only checkout), or is no project at all (no `content/`,
which check then reports, and where no folder is made), does it go to the system's temporary
folder: check builds the site to check it, as a build would (one pipeline, no second way to
validate), and a site needs somewhere on disk.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen import stopsignals
from briefgen.build.lock import process_alive
from briefgen.build.removal import remove_tree
from briefgen.project import CACHE_DIR, CONTENT_DIR

if TYPE_CHECKING:
    from collections.abc import Iterator

PREFIX = "briefgen-check-"
"""Start of a scratch folder's name; the PID of the check that made it follows."""


@contextlib.contextmanager
def scratch_folder(root: Path) -> Iterator[Path]:
    """Make a folder for `check` to build the project at `root` into; remove it when done.

    A Ctrl-C or a closed terminal between making the folder and the `try` that removes it
    left it behind: they are held back until that `try` is entered, and raised in it."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, stopsignals.EVERY_STOP)
    try:
        folder = _new_folder(root)
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        raise
    cache = root / CACHE_DIR
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        yield folder
    finally:
        remove_tree(folder)
        if folder.parent == cache:  # a project never built, or only checked by a killed check
            with contextlib.suppress(OSError):
                cache.rmdir()  # only when empty: no build's cache is


def _new_folder(root: Path) -> Path:
    """Make the scratch folder: in the project's cache folder, else hidden in the project's
    own, else in the system's."""
    cache = root / CACHE_DIR
    if (root / CONTENT_DIR).is_dir():
        if not cache.is_symlink():
            with contextlib.suppress(OSError):  # a file there, or not writable: below
                cache.mkdir(exist_ok=True)
                return _fresh_folder(cache)
        with contextlib.suppress(OSError):  # a read-only checkout: the system's, below
            return _fresh_folder(root, hidden=True)
    return _fresh_folder(Path(tempfile.gettempdir()))


def _fresh_folder(place: Path, *, hidden: bool = False) -> Path:
    """Remove the scratch folders of checks that ended in `place`, and make this check's
    (named with a `.` first where it is `hidden`, in the project's own folder)."""
    prefix = f".{PREFIX}" if hidden else PREFIX
    for left in place.glob(f"{prefix}*"):
        if _abandoned(left, prefix):
            remove_tree(left)
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=place))


def _abandoned(folder: Path, prefix: str) -> bool:
    """Return True for a scratch folder of this user's whose check has ended: no process has
    its PID now (an older briefgen's, named without one, is never taken for one)."""
    pid, dash, _ = folder.name.removeprefix(prefix).partition("-")
    try:
        info = folder.lstat()
    except OSError:
        return False
    ours = not hasattr(os, "geteuid") or info.st_uid == os.geteuid()
    made = stat.S_ISDIR(info.st_mode) and ours and dash and pid.isdigit()
    return bool(made) and not process_alive(int(pid))
