"""A socket pair that ends a `select` at once, from another thread or a signal: a byte sent
into one end makes the other readable. serve's HTTP loop and its main thread's wait for an
edit both wait so, instead of polling."""

from __future__ import annotations

import contextlib
import socket


class Wakeup:
    """The two ends: `readable` to select on, and one to write to (`wake`, or a signal's
    handler through `signal.set_wakeup_fd(wakeup.writer_fileno())`)."""

    def __init__(self) -> None:
        self.readable, self._writer = socket.socketpair()
        for end in (self.readable, self._writer):  # a full one wakes too: no wait on either
            end.setblocking(False)

    def wake(self) -> None:
        """End the wait, if any: one byte written (a full pair wakes already; a closed one
        has no wait to end)."""
        with contextlib.suppress(OSError):
            self._writer.send(b"\0")

    def drain(self) -> None:
        """Read what woke the wait, so the next one blocks again."""
        with contextlib.suppress(BlockingIOError):
            self.readable.recv(4096)

    def writer_fileno(self) -> int:
        """Return the end a byte is written to, as `signal.set_wakeup_fd` takes it."""
        return self._writer.fileno()

    def close(self) -> None:
        """Close both ends."""
        self.readable.close()
        self._writer.close()
