"""Run a build's two compile passes, in this process or in a pool of worker processes.

Related briefings are chosen among every entry, so no page can be rendered before every
changed briefing is parsed: the parse pass returns each briefing's entry, then the render pass
makes its pages. Each process keeps the models it parsed, and the render pass sends every
briefing back to the process that parsed it, so a briefing is parsed once per build. The
site-wide pages (lists, tags, feeds) are then made by the same workers, when there are many.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from typing import TYPE_CHECKING, TypeVar

from briefgen.build.compile import Compiled, entry_of, parse_job, render_parsed
from briefgen.diagnostics import Diagnostic
from briefgen.site.links import LinkBase, PageLinks, is_checked, scan_page
from briefgen.site.outputs import OutputContext, plan_site_outputs
from briefgen.site.render import Renderer, TemplateProblem

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from concurrent.futures import Future, ProcessPoolExecutor
    from pathlib import Path
    from types import TracebackType

    from briefgen.build.compile import Parsed, RenderPlan
    from briefgen.build.discover import LoadedSource
    from briefgen.model import Site, SiteConfig
    from briefgen.site.outputs import Output

T = TypeVar("T")
Job = TypeVar("Job")
Made = tuple[str, bytes, PageLinks | None]
"""A site-wide output made: its path, its bytes and, for a page, its scanned links."""

PARALLEL_THRESHOLD = 48
"""Below this many briefings a process pool costs more to start than it saves."""

SITE_PARALLEL_THRESHOLD = 16
"""Fewer site-wide outputs than this are made in this process, even when the pool runs."""

KEPT_MODELS = 5000
"""Parsed models one process keeps for the render pass, about 28 KB each: past this many a
briefing is parsed again to render, so memory stays bounded however large the site is."""


class Session:
    """One process's share of a build: its renderer, and the models it parsed, until rendered."""

    def __init__(self, renderer: Renderer, *, drafts: bool, future: bool) -> None:
        self.renderer = renderer
        self.drafts = drafts
        self.future = future
        self.kept: dict[str, Parsed] = {}
        self.plan: RenderPlan | None = None
        """The render pass's plan, sent once to each worker rather than with every batch."""
        self.site_outputs: dict[str, Output] = {}
        """The site-wide outputs by path, planned once per worker from the site's entries."""

    def parse(self, job: LoadedSource) -> Compiled:
        """Parse a briefing and return its entry; keep its model for the render pass."""
        parsed = parse_job(job, self.renderer, drafts=self.drafts, future=self.future)
        if isinstance(parsed, Compiled):
            return parsed
        if len(self.kept) < KEPT_MODELS:
            self.kept[job.rel] = parsed
        return entry_of(job, parsed)

    def render(self, job: LoadedSource) -> Compiled:
        """Render a briefing's outputs with the plan, from its kept model if it has one."""
        assert self.plan is not None, "render pass without a plan"
        parsed = self.kept.pop(job.rel, None)
        if parsed is None or parsed.digest != job.digest:
            again = parse_job(job, self.renderer, drafts=self.drafts, future=self.future)
            if isinstance(again, Compiled):
                return again
            parsed = again
        return render_parsed(job, parsed, self.renderer, self.plan)

    def make(self, output: Output) -> Made:
        """Make a site-wide output and scan its links when it is a page."""
        data = output.make()
        if not is_checked(output.rel_path):
            return output.rel_path, data, None
        config = self.renderer.config
        base = LinkBase.of(config.base_path, config.base_url)
        return output.rel_path, data, scan_page(output.rel_path, data.decode(), base)


class Compiler:
    """Both compile passes of one build; a context manager that stops its workers on exit."""

    def __init__(
        self, config: SiteConfig, root: Path, renderer: Renderer, *, drafts: bool, future: bool
    ) -> None:
        self._config = config
        self._root = root
        self._drafts = drafts
        self._future = future
        self._local = Session(renderer, drafts=drafts, future=future)
        self._pool: list[ProcessPoolExecutor] = []
        self._owner: dict[str, int] = {}
        """Which worker keeps each briefing's model between the passes."""

    def __enter__(self) -> Compiler:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # On Ctrl-C or an error, drop the queued briefings instead of compiling them first.
        for worker in self._pool:
            worker.shutdown(wait=True, cancel_futures=True)
        self._pool.clear()

    def parse(self, jobs: Sequence[LoadedSource]) -> Iterator[Compiled]:
        """Yield each job's entry-only result, in order."""
        if len(jobs) < PARALLEL_THRESHOLD or not self._start_pool():
            for job in jobs:
                yield self._local.parse(job)
            return
        tasks = []
        for number, batch in enumerate(_batches(jobs, len(self._pool))):
            worker = number % len(self._pool)
            self._owner.update((job.rel, worker) for job in batch)
            tasks.append((worker, batch))
        yield from self._run(tasks, _parse_in_worker)

    def render(self, jobs: Sequence[LoadedSource], plan: RenderPlan) -> Iterator[Compiled]:
        """Yield each job's outputs: models kept here first, then the workers' results."""
        self._local.plan = plan
        here = [job for job in jobs if job.rel in self._local.kept]
        away = [job for job in jobs if job.rel not in self._local.kept]
        parallel = bool(self._pool) or len(away) >= PARALLEL_THRESHOLD
        if not parallel or not self._start_pool():
            here, away = list(jobs), []
        for job in here:
            yield self._local.render(job)
        if not away:
            return
        for setting in [worker.submit(_set_plan, plan) for worker in self._pool]:
            setting.result()
        shares: list[list[LoadedSource]] = [[] for _ in self._pool]
        for job in away:
            owner = self._owner.get(job.rel)
            shares[owner if owner is not None else _smallest(shares)].append(job)
        per_worker = [_batches(share, len(self._pool)) for share in shares]
        tasks = [
            (worker, batches[turn])
            for turn in range(max(len(batches) for batches in per_worker))
            for worker, batches in enumerate(per_worker)
            if turn < len(batches)
        ]
        yield from self._run(tasks, _render_in_worker)

    def make_site_outputs(
        self, outputs: Sequence[Output], site: Site, fingerprint: str, entries_key: str
    ) -> Iterator[Made]:
        """Yield each site-wide output made, in order; the workers make them when the pool
        runs and there are many. Raise TemplateProblem when a template fails."""
        if not self._pool or len(outputs) < SITE_PARALLEL_THRESHOLD:
            for output in outputs:
                yield self._local.make(output)
            return
        site_settings = (site, fingerprint, entries_key)
        for setting in [worker.submit(_set_site, *site_settings) for worker in self._pool]:
            setting.result()
        paths = [output.rel_path for output in outputs]
        size = max(1, min(16, len(paths) // (len(self._pool) * 4)))
        batches = [paths[i : i + size] for i in range(0, len(paths), size)]
        tasks = [(number % len(self._pool), batch) for number, batch in enumerate(batches)]
        for made in self._run(tasks, _make_in_worker):
            if isinstance(made, Diagnostic):
                raise TemplateProblem(made)
            yield made

    def _start_pool(self) -> bool:
        """Start one single-process executor per core, each with a queue of its own, so a
        batch can be sent to the worker that keeps its models; False on a single core."""
        if self._pool:
            return True
        workers = min(os.cpu_count() or 1, 8)
        if workers < 2:
            return False
        # Imported here: multiprocessing costs start-up time that a small build does not need.
        from concurrent.futures import ProcessPoolExecutor

        settings = (self._config, self._root, self._drafts, self._future)
        self._pool = [
            ProcessPoolExecutor(max_workers=1, initializer=_start_worker, initargs=settings)
            for _ in range(workers)
        ]
        return True

    def _run(
        self,
        tasks: Sequence[tuple[int, Sequence[Job]]],
        work: Callable[[Sequence[Job]], list[T]],
    ) -> Iterator[T]:
        """Send each batch to its worker and yield the results in the tasks' order."""
        # At most two batches per worker are in flight, so finished pages wait in memory only
        # briefly however large the site is: memory stays flat as the site grows.
        in_flight: deque[Future[list[T]]] = deque()
        for worker, batch in tasks:
            in_flight.append(self._pool[worker].submit(work, batch))
            if len(in_flight) > 2 * len(self._pool):
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()


def _batches(jobs: Sequence[LoadedSource], workers: int) -> list[Sequence[LoadedSource]]:
    """Cut jobs into batches: big enough to pay for the trip, small enough to share out."""
    size = max(4, min(64, len(jobs) // (workers * 8)))
    return [jobs[i : i + size] for i in range(0, len(jobs), size)]


def _smallest(shares: list[list[LoadedSource]]) -> int:
    return min(range(len(shares)), key=lambda worker: len(shares[worker]))


_session: Session | None = None


def _start_worker(config: SiteConfig, root: Path, drafts: bool, future: bool) -> None:
    """Build the worker's own Renderer once, so templates compile once per process."""
    global _session
    # Ctrl-C and a service stop reach the whole process group. Only the parent reacts: it
    # cancels the queue and cleans up its stage. A worker that raised KeyboardInterrupt would
    # print a traceback, and one that died would hang the pool's shutdown.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if config.plugins:
        # A worker started by spawn (not fork) has not seen the parent register them.
        from briefgen.plugins import load_plugins

        load_plugins(config.plugins, root)
    _session = Session(Renderer(config, root), drafts=drafts, future=future)


def _parse_in_worker(batch: Sequence[LoadedSource]) -> list[Compiled]:
    assert _session is not None, "worker used before _start_worker"
    return [_session.parse(job) for job in batch]


def _set_plan(plan: RenderPlan) -> None:
    assert _session is not None, "worker used before _start_worker"
    _session.plan = plan


def _render_in_worker(batch: Sequence[LoadedSource]) -> list[Compiled]:
    assert _session is not None, "worker used before _start_worker"
    return [_session.render(job) for job in batch]


def _set_site(site: Site, fingerprint: str, entries_key: str) -> None:
    """Plan the site-wide outputs in the worker, as the parent planned them."""
    assert _session is not None, "worker used before _start_worker"
    context = OutputContext(site, _session.renderer, fingerprint, entries_key)
    _session.site_outputs = {output.rel_path: output for output in plan_site_outputs(context)}


def _make_in_worker(paths: Sequence[str]) -> list[Made | Diagnostic]:
    """Make the site-wide outputs at `paths`; a template's failure comes back as its
    diagnostic (the exception itself does not survive the trip back)."""
    assert _session is not None, "worker used before _start_worker"
    try:
        return [_session.make(_session.site_outputs[path]) for path in paths]
    except TemplateProblem as problem:
        return [problem.diagnostic]
