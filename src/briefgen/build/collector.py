"""When a build runs without Python's cycle collector, and when it must keep it.

A build keeps the cache's records alive until it ends (tens of thousands of tuples at 10,000
briefings), and the collector walks every one of them again at each of its passes, to find
next to nothing: 40 to 50 ms of a one-file edit at 1,000 briefings, 200 to 250 ms at 10,000, and
about 6% of each compile in a worker. briefgen's own objects are freed by reference counting
(tests/unit/test_compile.py and tests/build/test_collector.py hold it to that, for every
block kind and every hostile input the tests know), so its builds turn the collector off.

Code briefgen does not own may leave cycles: WeasyPrint's box trees leave about 6 MB of
them per PDF, and a plugin's objects are anyone's guess. A build that prints PDFs or loads
plugins keeps the collector on, in the parent and in every worker.
"""

from __future__ import annotations

import contextlib
import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from briefgen.model import SiteConfig


def needs_collector(config: SiteConfig) -> bool:
    """Return True when the build runs code that may leave cyclic garbage: plugins, PDFs."""
    return bool(config.plugins) or config.pdf


@contextlib.contextmanager
def collector_for(config: SiteConfig) -> Iterator[None]:
    """Run a build with the cycle collector off unless `needs_collector`; restore it after
    (serve and the tests build in a process that goes on)."""
    was_enabled = gc.isenabled()
    if not needs_collector(config):
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def set_worker_collector(config: SiteConfig) -> None:
    """Set a worker's collector as its build's: a worker lives one build, however started
    (forked, it would inherit the parent's; spawned, it would not)."""
    if needs_collector(config):
        gc.enable()
    else:
        gc.disable()
