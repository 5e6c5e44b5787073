"""Run a build's two compile passes, in this process or in a pool of worker processes.

Related briefings are chosen among every entry, so no page can be rendered before every
changed briefing is parsed: the parse pass returns each briefing's entry, then the render pass
makes its pages. Each process keeps the models it parsed, and the render pass sends every
briefing back to the process that parsed it, so a briefing is parsed once per build. The
site-wide pages (lists, tags, feeds) are then made by the same workers, when there are many.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from briefgen.build.collector import set_worker_collector
from briefgen.build.compile import Compiled, entry_of, parse_job, render_parsed
from briefgen.diagnostics import Diagnostic, ProjectCodeProblem
from briefgen.site.links import LinkBase, PageLinks, scan_page
from briefgen.site.outputs import OutputContext, plan_site_outputs
from briefgen.site.render import Renderer
from briefgen.site.urls import holds_checked_links

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from pathlib import Path
    from types import TracebackType

    from briefgen.build.compile import Parsed, RenderPlan
    from briefgen.build.discover import LoadedSource
    from briefgen.build.workers import Pool
    from briefgen.model import Site, SiteConfig
    from briefgen.site.outputs import Output

Made = tuple[str, bytes, PageLinks | None]
"""A site-wide output made: its path, its bytes and, for a page, its scanned links."""

PARALLEL_THRESHOLD = 48
"""Below this many briefings a process pool costs more to start than it saves."""

SITE_PARALLEL_THRESHOLD = 16
"""Fewer site-wide outputs than this are made in this process, even when the pool runs."""

KEPT_SOURCE_BYTES = 40 * 1024 * 1024
"""Source bytes whose models one process keeps for the render pass (a model takes about four
times its file's size): past this a briefing is parsed again to render, so memory stays
bounded however large the site is."""


class Session:
    """One process's share of a build: its renderer, and the models it parsed, until rendered."""

    def __init__(self, renderer: Renderer, *, drafts: bool, future: bool) -> None:
        self.renderer = renderer
        self.drafts = drafts
        self.future = future
        self.kept: dict[str, Parsed] = {}
        self.kept_bytes = 0
        self.plan: RenderPlan | None = None
        """The render pass's plan, sent once to each worker rather than with every batch."""
        self.site_outputs: dict[str, Output] = {}
        """The site-wide outputs by path, planned once per worker from the site's entries."""

    def parse(self, job: LoadedSource) -> Compiled:
        """Parse a briefing and return its entry; keep its model for the render pass."""
        parsed = parse_job(job, self.renderer, drafts=self.drafts, future=self.future)
        if isinstance(parsed, Compiled):
            return parsed
        if self.kept_bytes + parsed.size <= KEPT_SOURCE_BYTES:
            self.kept[job.rel] = parsed
            self.kept_bytes += parsed.size
        return entry_of(job, parsed)

    def render(self, job: LoadedSource) -> Compiled:
        """Render a briefing's outputs with the plan, from its kept model if it has one."""
        assert self.plan is not None, "render pass without a plan"
        parsed = self.kept.pop(job.rel, None)
        if parsed is not None:
            self.kept_bytes -= parsed.size
        if parsed is None or parsed.digest != job.digest:
            again = parse_job(job, self.renderer, drafts=self.drafts, future=self.future)
            if isinstance(again, Compiled):
                return again
            parsed = again
        return render_parsed(job, parsed, self.renderer, self.plan)

    def make(self, output: Output) -> Made:
        """Make a site-wide output and scan its links when it is a page."""
        data = output.make()
        if not holds_checked_links(output.rel_path):
            return output.rel_path, data, None
        config = self.renderer.config
        base = LinkBase.of(config.base_path, config.base_url)
        return output.rel_path, data, scan_page(output.rel_path, data.decode(), base)


class Compiler:
    """The compile passes of one build; a context manager that stops its workers on exit."""

    def __init__(
        self, config: SiteConfig, root: Path, renderer: Renderer, *, drafts: bool, future: bool
    ) -> None:
        self._settings = (config, root, renderer.refused_files, drafts, future)
        self._local = Session(renderer, drafts=drafts, future=future)
        self._pool: Pool[Any] | None = None
        self._pool_refused = False
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
        if self._pool is not None:
            # On Ctrl-C or an error the workers are killed: their batches are not wanted.
            self._pool.close(kill=kind is not None)
            self._pool = None

    def parse(self, jobs: Sequence[LoadedSource]) -> Iterator[Compiled]:
        """Yield each job's entry-only result, as the workers finish them."""
        pool = self._start_pool() if len(jobs) >= PARALLEL_THRESHOLD else None
        if pool is None:
            for job in jobs:
                yield self._local.parse(job)
            return
        batches = _batches(jobs, len(pool))
        for number, worker, results in pool.run(_parse_in_worker, [(None, b) for b in batches]):
            self._owner.update((job.rel, worker) for job in batches[number])
            yield from results

    def render(self, jobs: Sequence[LoadedSource], plan: RenderPlan) -> Iterator[Compiled]:
        """Yield each job's outputs: models kept here first, then the workers' results."""
        self._local.plan = plan
        here = [job for job in jobs if job.rel in self._local.kept]
        away = [job for job in jobs if job.rel not in self._local.kept]
        pool = self._pool
        if pool is None and len(away) >= PARALLEL_THRESHOLD:
            pool = self._start_pool()
        if pool is None:
            here, away = list(jobs), []
        for job in here:
            yield self._local.render(job)
        if pool is None or not away:
            return
        pool.broadcast(_set_plan, plan)
        shares: list[list[LoadedSource]] = [[] for _ in range(len(pool))]
        unowned: list[LoadedSource] = []
        for job in away:
            owner = self._owner.get(job.rel)
            (unowned if owner is None else shares[owner]).append(job)
        tasks: list[tuple[int | None, Sequence[LoadedSource]]] = [
            (worker, batch)
            for worker, share in enumerate(shares)
            for batch in _batches(share, len(pool))
        ]
        tasks += [(None, batch) for batch in _batches(unowned, len(pool))]
        for _number, _worker, results in pool.run(_render_in_worker, tasks):
            yield from results

    def make_site_outputs(
        self, outputs: Sequence[Output], site: Site, fingerprint: str, entries_key: str
    ) -> Iterator[Made]:
        """Yield each site-wide output made; the workers make them when the pool runs and
        there are many. Raise ProjectCodeProblem for the first whose template or plugin fails."""
        if self._pool is None or len(outputs) < SITE_PARALLEL_THRESHOLD:
            for output in outputs:
                yield self._local.make(output)
            return
        self._pool.broadcast(_set_site, (site, fingerprint, entries_key))
        paths = [output.rel_path for output in outputs]
        size = max(1, min(16, len(paths) // (len(self._pool) * 4)))
        tasks = [(None, paths[i : i + size]) for i in range(0, len(paths), size)]
        failures: dict[int, Diagnostic] = {}
        for number, _worker, made in self._pool.run(_make_in_worker, tasks):
            if isinstance(made, Diagnostic):
                failures[number] = made
            else:
                yield from made
        if failures:
            raise ProjectCodeProblem(failures[min(failures)])

    def _start_pool(self) -> Pool[Any] | None:
        """Start a worker per core (at most 8), or return None on a single core or where the
        machine's limits leave no room for them (`start_pool`)."""
        if self._pool is None and not self._pool_refused:
            workers = min(os.cpu_count() or 1, 8)
            if workers >= 2:
                # Imported here: multiprocessing costs start-up time a small build does not need.
                from briefgen.build.workers import start_pool

                self._pool = start_pool(workers, _start_worker, self._settings)
                self._pool_refused = self._pool is None  # not tried again in the render pass
        return self._pool


def _batches(jobs: Sequence[LoadedSource], workers: int) -> list[Sequence[LoadedSource]]:
    """Cut jobs into batches: big enough to pay for the trip, small enough to share out."""
    size = max(4, min(64, len(jobs) // (workers * 8)))
    return [jobs[i : i + size] for i in range(0, len(jobs), size)]


_session: Session | None = None


def _start_worker(
    config: SiteConfig, root: Path, refused_files: frozenset[str], drafts: bool, future: bool
) -> None:
    """Build the worker's own Renderer once, so templates compile once per process."""
    global _session
    set_worker_collector(config, root)
    if config.plugins:
        # A worker started by spawn (not fork) has not seen the parent register them.
        from briefgen.plugins import load_plugins

        load_plugins(config.plugins, root)
    _session = Session(Renderer(config, root, refused_files), drafts=drafts, future=future)


def _parse_in_worker(batch: Sequence[LoadedSource]) -> list[Compiled]:
    assert _session is not None, "worker used before _start_worker"
    return [_session.parse(job) for job in batch]


def _set_plan(plan: RenderPlan) -> None:
    assert _session is not None, "worker used before _start_worker"
    _session.plan = plan


def _render_in_worker(batch: Sequence[LoadedSource]) -> list[Compiled]:
    assert _session is not None, "worker used before _start_worker"
    return [_session.render(job) for job in batch]


def _set_site(settings: tuple[Site, str, str]) -> None:
    """Plan the site-wide outputs in the worker, as the parent planned them."""
    assert _session is not None, "worker used before _start_worker"
    site, fingerprint, entries_key = settings
    context = OutputContext(site, _session.renderer, fingerprint, entries_key)
    _session.site_outputs = {output.rel_path: output for output in plan_site_outputs(context)}


def _make_in_worker(paths: Sequence[str]) -> list[Made] | Diagnostic:
    """Make the site-wide outputs at `paths`; a template's or a plugin's failure comes back
    as its diagnostic (the exception itself does not survive the trip back)."""
    assert _session is not None, "worker used before _start_worker"
    try:
        return [_session.make(_session.site_outputs[path]) for path in paths]
    except ProjectCodeProblem as problem:
        return problem.diagnostic
