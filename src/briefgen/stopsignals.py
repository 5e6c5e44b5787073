"""The signals that end a command as Ctrl-C does, caught by the entry point and the CLI alike."""

from __future__ import annotations

import signal

# Loaded before the entry point catches Ctrl-C: `typing` (9 ms, with `re`) is not imported.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from signal import Handlers
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
