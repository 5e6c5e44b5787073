"""One `briefgen serve` per project: a second would build into the first's folder.

Both build into `.briefgen-cache/serve-site/`, so the first would serve what the second built
(its drafts, its base URL), and a save would rebuild in both, one of them failing with `build
lock held` over every page. The lock is held for as long as `serve` runs; a killed serve's lock
goes with its process.
"""

from __future__ import annotations

import contextlib
import errno
import os
from typing import TYPE_CHECKING

from briefgen.diagnostics import BriefgenError, SourcePos, error
from briefgen.files import make_folders
from briefgen.project import CACHE_DIR, SERVE_OUTPUT

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

SERVE_LOCK = "serve.lock"
"""The lock's name in the cache folder."""

_HELD: list[int] = []
"""The descriptor of the lock this process holds, if it does."""


def _let_go_in_child() -> None:
    """In a forked build worker, let go of the lock (see build/lock.py): it is the serve's."""
    if _HELD:
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, _HELD.pop())
        os.close(null)


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_let_go_in_child)


@contextlib.contextmanager
def serve_lock(root: Path) -> Iterator[None]:
    """Hold the project's serve lock while the body runs; raise BriefgenError naming the PID
    of the serve that holds it. Where no lock can be taken (no `fcntl`, a cache folder that
    cannot be written, whose build then reports it), serve goes on without one."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    path = root / CACHE_DIR / SERVE_LOCK
    try:
        make_folders(path.parent)
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        descriptor = os.open(path, flags, 0o644)
    except OSError:
        yield
        return
    with os.fdopen(descriptor, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
                yield  # a file system without locks
                return
            handle.seek(0)
            holder = handle.read().strip() or "?"
            raise BriefgenError(
                [
                    error(
                        SourcePos(f"{CACHE_DIR}/{SERVE_LOCK}", 1),
                        f"`briefgen serve` is already running in this project (PID {holder})",
                        "open the preview it serves, or stop it (Ctrl-C) before starting "
                        f"another: both would build into {CACHE_DIR}/{SERVE_OUTPUT}/",
                    )
                ]
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        _HELD.append(handle.fileno())
        try:
            yield
        finally:
            _HELD.clear()
            handle.truncate(0)
