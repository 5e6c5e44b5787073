"""CPU-time bounds that hold on a loaded machine, for the tests that prove hostile input is
read in linear time.

A bound in seconds of CPU is set on an idle machine, but a loaded one (CI's 2 cores running three
test workers, or two CI runs at once) stretches CPU time too: a busy neighbour shares the caches,
a virtual machine's stolen time is charged to whatever ran, and the cycle collector's passes
walk a test worker's whole heap. Round 47's CI failed a test that wanted 8,000 task items
parsed in under 1 s of CPU (1.1 s there); here, with two workers and other processes on the 2
cores (a load of 15), a line of spaced `**` that takes 1.5 s idle took 5.8 s against a bound of
4, and a line of CJK marks 4.3 s.

So the work runs without the cycle collector, as a build's parsing does, in turns with a
reference parse (markdown-it reading a fixed, ordinary page), and the bound stretches by as
much as the reference is slower than on an idle machine (`REFERENCE_SECONDS`), never shrinking
below the idle bound; a run over it is tried again, once. Under the same load the same
tests took at most 1.0 s so, a quarter of their bounds or less. Slowed by a burst or a busy
machine, the work and the reference slow alike; a quadratic scan still takes several times the
stretched bound, as it took several times the bound on an idle machine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from markdown_it import MarkdownIt

from tests.conftest import least_cpu_seconds_beside

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")

REFERENCE_SECONDS = 0.07
"""The least CPU time of `_reference` on an idle machine here (the least of 40 runs at a load
of 12 was 0.069 s)."""

_PAGE = (
    "A paragraph with *stress*, `code`, a [link](https://example.org/) and more words.\n\n"
    "- an item\n- another item\n\n"
) * 400
_PARSER = MarkdownIt("commonmark")


def _reference() -> None:
    _PARSER.parse(_PAGE)


def stretch(reference_seconds: float) -> float:
    """Return how many times slower than on an idle machine the reference ran, at least 1."""
    return max(1.0, reference_seconds / REFERENCE_SECONDS)


def cpu_seconds_within(work: Callable[[], T], idle_bound: float) -> tuple[T, float, float]:
    """Run `work` in turns with the reference (see `least_cpu_seconds_beside`), at most
    twice, until its least CPU time is under `idle_bound` stretched by the load; return
    what its last run returned, that least CPU time, and the stretched bound.

    `work` must do the same work each run (a build into a fresh folder, not a rebuild)."""
    results: list[T] = []
    spent, reference = least_cpu_seconds_beside(
        lambda: results.append(work()),
        _reference,
        lambda reference: idle_bound * stretch(reference),
        most_runs=2,
    )
    return results[-1], spent, idle_bound * stretch(reference)
