"""serve's main thread: the rebuilds the watcher asks for, and its waits, which heed Ctrl-C.

Python runs a signal's handler on the main thread only, between bytecodes, and a wait on a lock
or an event ends early only for a signal that lands while the thread is blocked in it. One that
lands just before (the thread busy handing over the GIL on a loaded machine), or that another
thread catches, only trips Python's flag, which the thread looks at once its wait ends. So no
wait of the main thread is left to end on its own: the wait for an edit is woken by the signal
itself (`signal.set_wakeup_fd`), the few others look for one every `SIGNAL_SLICE_SECONDS`.
"""

from __future__ import annotations

import contextlib
import selectors
import signal
import threading
import time
from typing import TYPE_CHECKING

from briefgen.dev.wakeup import Wakeup

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

SIGNAL_SLICE_SECONDS = 0.05
"""How long the main thread blocks at a time in a wait no signal wakes: a Ctrl-C caught
meanwhile off it is raised within this long, not once the wait ends."""


def acquire_heeding_signals(lock: threading.Lock) -> None:
    """Take `lock`, raising a signal's exception (Ctrl-C) caught meanwhile within a slice."""
    while not lock.acquire(timeout=SIGNAL_SLICE_SECONDS):
        pass  # each slice ends in bytecode, where a tripped signal's handler runs


def wait_heeding_signals(event: threading.Event, seconds: float) -> bool:
    """Return whether `event` is set within `seconds`, as `event.wait`, heeding signals."""
    deadline = time.monotonic() + seconds
    while not event.wait(SIGNAL_SLICE_SECONDS):
        if time.monotonic() >= deadline:
            return False
    return True


class Rebuilds:
    """The rebuilds the watcher asks for, run on the main thread, where Ctrl-C (and SIGTERM
    or SIGHUP, which cli.py turns into it) lands: it stops a rebuild at once, as it stops
    `briefgen build`, the stage removed. On the watcher's thread, which no signal reaches,
    serve waited up to 5 s for the rebuild, then exited in the middle of it.

    Between rebuilds it waits in `select` on a socket each ask and each signal caught write
    to: on a Condition, a Ctrl-C caught just before the wait or off the main thread was
    raised at the next edit, and serve went on serving until then."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._asked = False
        """A rebuild is asked for and not done yet."""
        self._closed = False
        self._wakeup: Wakeup | None = None  # wakes `run`'s wait while it runs

    def ask(self) -> None:
        """Ask for a rebuild and wait until it is done or serve stops (the watcher's
        `on_change`: it looks again only once the rebuild read what it saw)."""
        with self._changed:
            self._asked = True
            self._wake()
            self._changed.wait_for(lambda: not self._asked or self._closed)

    def run(self, rebuild: Callable[[], None]) -> None:
        """Run each rebuild asked for, until `close` or an exception (Ctrl-C)."""
        wakeup = Wakeup()
        with self._changed:
            self._wakeup = wakeup
        try:
            with selectors.DefaultSelector() as selector, _signals_writing_to(wakeup):
                selector.register(wakeup.readable, selectors.EVENT_READ)
                while True:
                    with self._changed:
                        if self._closed:
                            return
                        asked = self._asked
                    if not asked:
                        selector.select()  # until an ask, `close` or a signal (then raised)
                        wakeup.drain()
                        continue
                    rebuild()
                    with self._changed:
                        self._asked = False
                        self._changed.notify_all()
        finally:
            with self._changed:
                self._wakeup = None
            wakeup.close()

    def close(self) -> None:
        """Run no more rebuilds, and let the watcher's wait end."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()
            self._wake()

    def _wake(self) -> None:
        """End `run`'s wait, if it waits; call with `_changed` held."""
        if self._wakeup is not None:
            self._wakeup.wake()


@contextlib.contextmanager
def _signals_writing_to(wakeup: Wakeup) -> Iterator[None]:
    """Have each signal caught meanwhile wake `wakeup` (on the main thread, the
    only one whose waits a signal's handler interrupts)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.set_wakeup_fd(wakeup.writer_fileno(), warn_on_full_buffer=False)
    try:
        yield
    finally:
        signal.set_wakeup_fd(previous)
