"""When a build runs without Python's cycle collector, and when it must keep it.

A build keeps the cache's records alive until it ends (tens of thousands of tuples at 10,000
briefings), and the collector walks every one of them again at each of its passes, to find
next to nothing: 40 to 50 ms of a one-file edit at 1,000 briefings, 200 to 250 ms at 10,000,
and about 6% of each compile in a worker. briefgen's own objects, its theme's pages
included, are freed by reference counting (tests/unit/test_compile.py and
tests/build/test_collector.py hold it to that, for every block kind and every hostile input
the tests know), so its builds turn the collector off.

Code briefgen does not own may leave cycles, in every page it makes: WeasyPrint leaves about
6 MB of them per PDF, a Jinja macro that reads the page's context makes a cycle of the two
(the whole context, briefing and all), and a plugin's objects are anyone's guess. A build
that prints PDFs, loads plugins or has templates of its own keeps the collector on, in the
parent and in every worker.
"""

from __future__ import annotations

import contextlib
import gc
from typing import TYPE_CHECKING

from briefgen.build.templates import has_own_templates

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from briefgen.model import SiteConfig


def needs_collector(config: SiteConfig, root: Path) -> bool:
    """Return True when the build runs code that may leave cyclic garbage: plugins, PDFs,
    the project's own templates."""
    return bool(config.plugins) or config.pdf or has_own_templates(root)


@contextlib.contextmanager
def collector_for(config: SiteConfig, root: Path) -> Iterator[None]:
    """Run a build with the collector on or off as `needs_collector` says, then restore it
    as it was (serve and the tests build in a process that goes on)."""
    was_enabled = gc.isenabled()
    _switch(on=needs_collector(config, root))
    try:
        yield
    finally:
        _switch(on=was_enabled)


def set_worker_collector(config: SiteConfig, root: Path) -> None:
    """Set a worker's collector as its build's: a worker lives one build, however started
    (forked, it would inherit the parent's; spawned, it would not)."""
    _switch(on=needs_collector(config, root))


def _switch(*, on: bool) -> None:
    if on:
        gc.enable()
    else:
        gc.disable()
