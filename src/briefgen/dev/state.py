"""What the dev server shows now: its options and the state builds publish to requests."""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from briefgen.diagnostics import Diagnostic


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """What `briefgen serve` was asked to do."""

    root: Path
    out: Path
    """Private output folder; the project's site/ is never touched."""
    bind: str = "127.0.0.1"
    port: int = 8000
    """0 picks a free port."""
    base_url: str | None = None
    drafts: bool = False
    future: bool = False
    debug: bool = False
    """Print the traceback of an internal error in a rebuild, which serve survives."""


class SiteState:
    """What the server shows now: the build epoch, the last build's problems, the base path.

    The build thread publishes; request threads read and wait. Pages are read under
    `build_lock`, which a build holds while it swaps folders, so no response mixes two builds.
    """

    def __init__(self, base_path: str) -> None:
        self.base_path = base_path
        self.epoch = secrets.randbelow(2**52)
        """Counts builds from anywhere: a tab open on a page of an earlier run of serve (then
        restarted, maybe after an edit) holds an epoch this run never announces, so it reloads."""
        self.problems: tuple[Diagnostic, ...] = ()
        self.stopping = False
        self.build_lock = threading.Lock()
        self._changed = threading.Condition()

    def publish(self, problems: Sequence[Diagnostic], *, site_changed: bool) -> bool:
        """Start a new epoch when the site or its problems changed; return whether it did."""
        with self._changed:
            if not site_changed and tuple(problems) == self.problems:
                return False
            self.problems = tuple(problems)
            self.epoch += 1
            self._changed.notify_all()
            return True

    def wait_for_epoch_after(self, epoch: int, timeout: float) -> int:
        """Block until the epoch moves past `epoch`, the server stops, or the timeout ends."""
        with self._changed:
            self._changed.wait_for(lambda: self.epoch != epoch or self.stopping, timeout)
            return self.epoch

    def stop(self) -> None:
        """Wake every waiting event stream so it can end."""
        with self._changed:
            self.stopping = True
            self._changed.notify_all()
