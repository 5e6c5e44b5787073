"""Which published files are as the last build wrote them, proven on the other core.

A build carries over every published file whose inputs did not change, once an `lstat` shows
it is as it was written (`files.intact_stamp`): at 10,000 briefings that is 47,000 system
calls, a fifth of a one-file edit, while the other core waits. So on a large site a forked
child loads the outputs' stamps from the cache and checks the files while the build loads
its state, reads its sources and parses what changed; it sends back only the files that are
not as recorded. The child is forked before the state is decoded: forked later, every page
of the parent's larger heap would be copied on its next write (reference counts), which cost
more than the child saved.

The answers are those of the build's own check, taken as the build starts instead of when it
carries the files over, after parsing what changed (a file damaged in between is kept as it
is, and made again by the next build, as one damaged right after the build's own `lstat`
would be), and only for the very records the build loaded (the same shards).
Where a fork is not safe or not worth it (not Linux, another thread running, as in `serve`,
a single core, a small site), or the child fails, the files are checked here as before.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import threading
from typing import TYPE_CHECKING

from briefgen import stopsignals
from briefgen.build.cache import header
from briefgen.build.records import saved_output_stamps, saved_output_tokens
from briefgen.files import intact_stamp

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from pathlib import Path

    from briefgen.files import Stamp

FORK_FROM = 40
"""The fewest output shards (about 200 files each, build/shards.py) checked by a child: below,
the fork and the child's load cost about what they save."""


class IntactFiles:
    """The stamps of the published files under `out` that still hold what `stamps` records."""

    def __init__(self, out: str, stamps: Mapping[str, Stamp]) -> None:
        self._prefix = f"{out}/"
        self._stamps = stamps
        self._changed: dict[str, Stamp | None] | None = None
        """The files whose stamp is not the recorded one, from the child; None until read,
        and when the files are checked here."""
        self._child: tuple[int, int] | None = None  # its pid, and the pipe to read it from
        self._tokens: tuple[str, ...] = ()  # the output shards the child loaded

    @classmethod
    def ahead(cls, out: str, state_file: Path) -> IntactFiles:
        """Return a check of the files the saved state names, started in a child when the
        site is large; `expect` then names the records the build carries by."""
        check = cls(out, {})
        tokens = saved_output_tokens(state_file, header())
        if len(tokens) >= FORK_FROM and _fork_is_worth_it():
            check._tokens = tokens
            try:
                check._start_child(state_file)
            except BaseException:  # a stop held back during the fork: stop the child too
                check.close()
                raise
        return check

    def expect(self, tokens: tuple[str, ...], stamps: Mapping[str, Stamp]) -> None:
        """Check the files by `stamps`, loaded from the output shards of `tokens`: the
        child's answers hold only for the very records it loaded."""
        self._stamps = stamps
        if tokens != self._tokens:
            self.close()

    def stamp(self, rel: str) -> Stamp | None:
        """Return `rel`'s stamp when the file is as recorded (`intact_stamp`), else None."""
        changed = self._answers()
        if changed is None:
            return intact_stamp(self._prefix + rel, self._stamps.get(rel))
        return changed[rel] if rel in changed else self._stamps.get(rel)

    def stamps(self, rels: Sequence[str]) -> dict[str, Stamp | None]:
        """Return the stamp of each of `rels` (`stamp`), in one pass over them (C-level
        when the child checked them: the recorded stamps, then the few it found changed)."""
        changed, recorded = self._answers(), self._stamps
        if changed is None:
            return {rel: intact_stamp(self._prefix + rel, recorded.get(rel)) for rel in rels}
        found = dict(zip(rels, map(recorded.get, rels), strict=True))
        for rel in changed.keys() & found.keys():
            found[rel] = changed[rel]
        return found

    def _answers(self) -> dict[str, Stamp | None] | None:
        """Return the child's answers (waiting for them), or None: the files are checked here."""
        if self._child is not None:
            self._changed = self._read_child()
        return self._changed

    def close(self) -> None:
        """Stop the child, if it is still checking: the build no longer needs it."""
        if self._child is not None:
            pid, pipe = self._child
            self._child = None
            os.close(pipe)
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            _reap(pid)

    def _start_child(self, state_file: Path) -> None:
        """Fork a child that checks every file and writes the ones not as recorded to a pipe;
        check here when that cannot be done."""
        try:
            read_end, write_end = os.pipe()
        except OSError:
            return
        # A stop arriving during the fork would be raised in an at-fork handler and lost (see
        # build/workers.py): held back, it is raised once the mask is restored, when the
        # child is known, so that `close` stops it.
        held = signal.pthread_sigmask(signal.SIG_BLOCK, stopsignals.EVERY_STOP)
        try:
            try:
                pid = os.fork()
            except OSError:
                pid = -1
            if pid == 0:  # the child: never returns
                _run_child(read_end, write_end, self._prefix, state_file, self._tokens)
            os.close(write_end)
            if pid > 0:
                self._child = (pid, read_end)
            else:
                os.close(read_end)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)

    def _read_child(self) -> dict[str, Stamp | None] | None:
        """Return what the child found, or None (check here) when it failed. Stopped while
        waiting (Ctrl-C, SIGTERM), the child is stopped too (`close`)."""
        assert self._child is not None
        pid, pipe = self._child
        chunks = []
        while chunk := os.read(pipe, 1 << 16):
            chunks.append(chunk)
        self._child = None
        os.close(pipe)
        if _reap(pid) != 0:
            return None
        try:
            found = json.loads(b"".join(chunks))
        except ValueError:
            return None
        return {rel: None if stamp is None else tuple(stamp) for rel, stamp in found}


def _fork_is_worth_it() -> bool:
    """Return True where a fork copies no lock another thread may hold (on Linux, as macOS's
    system libraries may run threads Python does not know of, with no other thread) and
    the child has a core of its own: on one, it would only add its own load."""
    return (
        sys.platform == "linux"
        and threading.active_count() == 1
        and len(os.sched_getaffinity(0)) > 1
    )


def _run_child(
    read_end: int, write_end: int, prefix: str, state_file: Path, tokens: tuple[str, ...]
) -> None:
    code = 1
    try:
        os.close(read_end)
        # Nothing of the build's output held open: a build killed with SIGKILL leaves a
        # child that ends on its own, and the reader of the build's output sees its end.
        null = os.open(os.devnull, os.O_RDWR)
        for descriptor in (0, 1, 2):
            os.dup2(null, descriptor)
        for stop in stopsignals.EVERY_STOP:  # a stop's default action ends it at once
            signal.signal(stop, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, stopsignals.EVERY_STOP)
        changed = []
        for rel, recorded in saved_output_stamps(state_file, tokens, header()).items():
            now = intact_stamp(prefix + rel, recorded)
            if now is not recorded:
                changed.append((rel, now))
        data = json.dumps(changed).encode()
        while data:
            data = data[os.write(write_end, data) :]
        code = 0
    finally:
        os._exit(code)


def _reap(pid: int) -> int:
    """Wait for the child; return its exit status (-1 when it was not ours to wait for)."""
    try:
        return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    except ChildProcessError:
        return -1
