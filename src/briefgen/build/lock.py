"""The output folder's build lock: one build at a time, and what a killed one left put right.

Two builds into one folder would swap stages over each other, so the second fails fast naming
the first's PID. Under the lock, a site that a killed build had moved aside is put back and its
abandoned stages are removed; one that cannot be is named in a warning, and tried again by
every build after.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from typing import TYPE_CHECKING

from briefgen.build.options import OUTPUT_FLAG
from briefgen.build.removal import not_removed, remove_tree
from briefgen.build.swap import move_kept
from briefgen.diagnostics import BriefgenError, SourcePos, error
from briefgen.files import is_real_folder, make_folders
from briefgen.project import KEPT, LOCK, OLD, STAGE, beside_name

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path
    from typing import IO

    from briefgen.diagnostics import Diagnostic


_HELD: set[int] = set()
"""Descriptors of the build locks this process holds."""


def _let_go_in_child() -> None:
    """In a forked worker, let go of the parent's locks: the lock belongs to the build, and
    a build killed with SIGKILL would otherwise leave it held by workers still finishing a
    task. The descriptor is pointed at the null device, not closed, so its number is never
    handed to another file while the parent's objects still name it."""
    if _HELD:
        null = os.open(os.devnull, os.O_RDWR)
        for descriptor in _HELD:
            os.dup2(null, descriptor)
        os.close(null)
        _HELD.clear()


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_let_go_in_child)


@contextlib.contextmanager
def build_lock(
    out: Path, at: SourcePos, lock_at: SourcePos | None = None
) -> Iterator[list[Diagnostic]]:
    """Hold an exclusive lock for building into `out`; fail fast when another build has it.

    A problem with the output folder is blamed on `at`, one with the lock file on `lock_at`
    (`at` when not given): the file itself, named as the project holds it (`.site.lock`), or
    `--output`, where the message names the lock by its whole path. Yield a warning for each
    folder a killed build left beside `out` that cannot be removed.
    """
    lock_path = out.with_name(beside_name(out.name, LOCK))
    lock_at = lock_at or at
    itself = lock_at.path != OUTPUT_FLAG  # blamed on the lock file, which the message need not name
    try:
        make_folders(out.parent)
        handle = _open_lock(lock_path)
    except _BadLockError as bad:
        message = f"the build lock {bad}" if itself else f"`{lock_path.name}` {bad}"
        hint = f"delete {lock_at.path if itself else lock_path}; the next build makes a new one"
        raise BriefgenError([error(lock_at, message, hint)]) from None
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM) and lock_path.is_file():
            # The lock is there: it is the file, not the folder, that may not be written.
            named = lock_at.path if itself else lock_path
            message = f"cannot write the build lock{'' if itself else f' {lock_path}'}: "
            message += str(exc.strerror)
            hint = f"give it back write permission (`chmod u+w {named}`), or delete it"
            raise BriefgenError([error(lock_at, message, hint)]) from None
        # Not a bug but the machine: a read-only folder, a file where a folder should be.
        message = f"cannot write the output folder in {out.parent}: {exc.strerror or exc}"
        hint = "check its permissions"
        if at.path == OUTPUT_FLAG:  # not serve's folder, which no option names
            hint += " or pick another --output"
        raise BriefgenError([error(at, message, hint)]) from None
    with handle:
        try:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            exclusive = True
        except ImportError:
            exclusive = False
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "?"
            hint = "wait for the other build to finish"
            held = error(lock_at, f"build lock held by PID {holder}", hint)
            raise BriefgenError([held]) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        # Only under the lock: another build may be in the middle of its own swap.
        left = _recover_interrupted_swap(out, exclusive=exclusive)
        _HELD.add(handle.fileno())
        try:
            yield [
                not_removed(tree, reason, "left by an earlier build", at) for tree, reason in left
            ]
        finally:
            _HELD.discard(handle.fileno())
            handle.truncate(0)


class _BadLockError(Exception):
    """What is in the lock file's place is not a file briefgen may write."""


_LINKED = "is a symlink; briefgen does not write through it"
"""Opening it would write the PID into, and then empty, whatever it points at."""


def _open_lock(lock_path: Path) -> IO[str]:
    """Open (or make) the lock file itself, never a file a symlink in its place points at."""
    if lock_path.is_symlink():
        raise _BadLockError(_LINKED)
    if lock_path.exists() and not lock_path.is_file():
        raise _BadLockError("is not a file (a folder, FIFO or device); the build lock goes there")
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(lock_path, flags, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # made a symlink since the check
            raise _BadLockError(_LINKED) from None
        raise
    return os.fdopen(descriptor, "a+", encoding="utf-8")


def _recover_interrupted_swap(out: Path, *, exclusive: bool) -> list[tuple[Path, str]]:
    """Put back a site that a killed build had moved aside, and drop abandoned stages.

    A build killed between carrying the site's `.git` into its stage and the swap leaves the
    repository in that stage: it goes back into the site before the stage is dropped.
    A leftover's name may hold what no build made (a symlink committed to the repository as
    `.site.old-1 -> ../elsewhere`, a file): it is unlinked, never put back as the site, listed
    or moved from. Nor is a `.git` in one that is a link: the site's repository would be
    whatever it points at. Only the lock's holder stages, so with the lock `exclusive` every
    stage is a leftover, whatever process its PID names now (`.site.stage-1` restored from a
    CI cache); without it (no `fcntl`), one whose process lives is kept. Return each folder
    that could not be dropped, with the reason.
    """
    dropped: list[tuple[Path, str | None]] = []
    for leftover in sorted(out.parent.glob(beside_name(out.name, OLD, "*"))):
        if is_real_folder(os.fspath(leftover)) and _unlink_odd_kept(leftover) and not out.exists():
            leftover.rename(out)
        else:
            dropped.append((leftover, _drop(leftover, out)))
    for stage in sorted(out.parent.glob(beside_name(out.name, STAGE, "*"))):
        pid = stage.name.rsplit("-", 1)[-1]
        if exclusive or not pid.isdigit() or not process_alive(int(pid)):
            dropped.append((stage, _drop(stage, out)))
    return [(tree, reason) for tree, reason in dropped if reason is not None]


def _drop(tree: Path, out: Path) -> str | None:
    """Delete a tree a killed build left, after moving back a `.git` the site lacks; return
    why it could not be deleted, or None."""
    if out.is_dir():
        with contextlib.suppress(OSError):
            move_kept(tree, out, [name for name in KEPT if _plain(tree / name)])
    return remove_tree(tree)


def _unlink_odd_kept(tree: Path) -> bool:
    """Unlink each of the names a site keeps (`.git`) that `tree` holds as no plain folder or
    file; return True when none is left."""
    for name in KEPT:
        path = tree / name
        if os.path.lexists(path) and not _plain(path):
            with contextlib.suppress(OSError):
                path.unlink()
    return not any(os.path.lexists(tree / name) and not _plain(tree / name) for name in KEPT)


def _plain(path: Path) -> bool:
    """Return True when `path` is a folder or a regular file, not a link to one (a git
    worktree's `.git` is a file)."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return False
    return stat.S_ISDIR(mode) or stat.S_ISREG(mode)


def process_alive(pid: int) -> bool:
    """Return True when another process has the id `pid` (this one's own is a predecessor's,
    which is gone: what it left is not this process's)."""
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # OverflowError: past what a PID can be
        return False
    except PermissionError:
        return True
    return True
