"""The signals that end a command as Ctrl-C does, caught by the entry point and the CLI alike."""

from __future__ import annotations

import _thread
import signal
import sys
import time

# Loaded before the entry point catches Ctrl-C: `typing` (9 ms, with `re`) is not imported.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from signal import Handlers
    from sys import UnraisableHookArgs
    from types import FrameType
    from typing import Any

STOP_SIGNALS = (signal.SIGTERM, *((signal.SIGHUP,) if hasattr(signal, "SIGHUP") else ()))
"""A service manager's stop, and a terminal or ssh session closed (SIGHUP, which Windows does
not have): they end a command with exit code 130, as Ctrl-C does."""
EVERY_STOP = frozenset({signal.SIGINT, *STOP_SIGNALS})
"""Ctrl-C and the stop signals: what a step that must not be cut in two holds back."""


def catch_stop_signals(handler: Callable[[int, FrameType | None], Any] | Handlers) -> None:
    """Install `handler` for each stop signal the process does not ignore: run under `nohup`
    (SIGHUP ignored), a command goes on when its terminal closes, as the user asked."""
    for stop in STOP_SIGNALS:
        if signal.getsignal(stop) is not signal.SIG_IGN:
            signal.signal(stop, handler)


def raise_stops_again() -> None:
    """Have a stop that lands in a finalizer raised again, where the command can stop.

    Python runs a signal's handler wherever the code is: in a `__del__`, a generator's
    `finally` run as it is freed, or a weakref's callback, its KeyboardInterrupt cannot be
    raised, so Python prints "Exception ignored in…" with a traceback and goes on, and the
    command ran to its end, exit 0, as if never stopped (a random walk of builds killed at
    random times hit it). The stop is sent to the main thread again from a thread of its own,
    a few milliseconds on, once the finalizer has ended (sent from here, it would be raised
    here); it waits while the main thread holds stops back (`EVERY_STOP`). A stop that lands
    in another finalizer comes back here, and is sent again.
    """
    sys.unraisablehook = _raise_again


def _raise_again(unraisable: UnraisableHookArgs) -> None:
    """Send the stop a finalizer could not raise again; leave anything else to Python."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt) and hasattr(signal, "pthread_kill"):
        # Not a signal the process ignores (`nohup`), nor one left to the system's default.
        caught = [
            stop for stop in (signal.SIGINT, *STOP_SIGNALS) if callable(signal.getsignal(stop))
        ]
        if caught:
            # To this thread, the main one (a handler runs there); from a bare thread, as
            # `threading`'s `start` waits for its thread to run, and a stop sent meanwhile,
            # on a busy machine, was raised here and lost.
            _thread.start_new_thread(_send_later, (_thread.get_ident(), caught[0]))
            return
    sys.__unraisablehook__(unraisable)


def _send_later(thread: int, stop: int) -> None:
    """Send `stop` to the main thread once it has left the finalizer and this module."""
    time.sleep(0.005)
    signal.pthread_kill(thread, stop)


def is_a_stop(error: BaseException) -> bool:
    """Whether `error` is a stop (Ctrl-C, or a stop signal raised as it) that Python raised
    as another exception: Python 3.11 raises whatever a `__set_name__` raises (a dataclass's
    fields have one) as `RuntimeError("Error calling __set_name__ …")` from it, so a stop
    that lands while a module defines its records, as a build loads one, came out as an
    internal error (exit 70), or as a plugin's failure. Only an explicit cause counts (as
    `raise … from`): an exception raised while handling a stop is no stop."""
    seen = error
    for _ in range(8):  # a cycle of causes cannot hold it here
        if isinstance(seen, KeyboardInterrupt):
            return True
        if seen.__cause__ is None:
            return False
        seen = seen.__cause__
    return False
