"""Turn one briefing file into its pages: decode → parse → render, in-process or in a pool.

A briefing's pages depend only on its own file, the config and the templates, never on other
briefings. That is what lets the pipeline cache them per file and compile them in parallel.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.build.images import image_settings
from briefgen.content.parse import decode_source, parse_briefing
from briefgen.content.validate import validate_briefing
from briefgen.diagnostics import SourcePos, error
from briefgen.model import Site
from briefgen.site.jsonmodel import briefing_to_json, render_json
from briefgen.site.links import LinkBase, scan_page
from briefgen.site.render import Renderer, TemplateProblem

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from pathlib import Path

    from briefgen.build.discover import LoadedSource
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Entry, SiteConfig
    from briefgen.site.links import PageLinks

PARALLEL_THRESHOLD = 48
"""Below this many briefings a process pool costs more to start than it saves."""


@dataclass(frozen=True, slots=True)
class Compiled:
    """What one briefing file produced."""

    rel: str
    digest: str
    entry: Entry | None
    """None when the file had errors or is an unpublished draft."""
    diagnostics: tuple[Diagnostic, ...]
    pages: tuple[tuple[str, bytes], ...]
    """(output path, bytes) pairs: the briefing page and its JSON."""
    links: tuple[tuple[str, PageLinks], ...] = ()
    """The page's links, scanned here so the link check runs in parallel too."""


def compile_briefing(job: LoadedSource, renderer: Renderer, *, drafts: bool) -> Compiled:
    """Decode, parse and render one briefing; problems come back as diagnostics."""
    try:
        data = job.path.read_bytes()
    except OSError as exc:
        problem = error(SourcePos(job.rel, 1), f"cannot read the file: {exc.strerror or exc}")
        return Compiled(job.rel, job.digest, None, (problem,), ())
    text, diagnostics = decode_source(job.rel, data)
    briefing = None
    images, image_files = image_settings(renderer.project_root, renderer.config.image_hosts)
    if text is not None:
        briefing, parse_problems = parse_briefing(
            job.rel, text, unsafe_html=renderer.config.unsafe_html, images=images
        )
        diagnostics += parse_problems
    if briefing is None or any(d.is_error for d in diagnostics):
        return Compiled(job.rel, job.digest, None, tuple(diagnostics), ())
    diagnostics += validate_briefing(briefing)
    if briefing.meta.draft and not drafts:
        return Compiled(job.rel, job.digest, None, tuple(diagnostics), ())
    try:
        html = renderer.render_briefing(briefing, Site(renderer.config, ()))
    except TemplateProblem as problem:
        return Compiled(job.rel, job.digest, None, (*diagnostics, problem.diagnostic), ())
    page = f"{briefing.slug}/index.html"
    pages = (
        (page, html.encode()),
        (f"{briefing.slug}/briefing.json", render_json(briefing_to_json(briefing)).encode()),
        *image_files.pages(),
    )
    config = renderer.config
    links = ((page, scan_page(page, html, LinkBase.of(config.base_path, config.base_url))),)
    return Compiled(job.rel, job.digest, briefing.entry(), tuple(diagnostics), pages, links)


def compile_all(
    jobs: Sequence[LoadedSource],
    config: SiteConfig,
    root: Path,
    *,
    drafts: bool,
    renderer: Renderer,
) -> Iterator[Compiled]:
    """Yield each job's result in order, using every core when there are enough jobs."""
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < PARALLEL_THRESHOLD or workers < 2:
        for job in jobs:
            yield compile_briefing(job, renderer, drafts=drafts)
        return
    # Imported here: multiprocessing costs start-up time that a small build does not need.
    from concurrent.futures import Future, ProcessPoolExecutor

    size = max(4, min(64, len(jobs) // (workers * 8)))
    batches = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    pool = ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(config, root, drafts)
    )
    # At most two batches per worker are in flight, so finished pages wait in memory only
    # briefly however large the site is: memory stays flat as the site grows.
    in_flight: deque[Future[list[Compiled]]] = deque()
    try:
        for batch in batches:
            in_flight.append(pool.submit(_compile_in_worker, batch))
            if len(in_flight) > 2 * workers:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()
    finally:
        # On Ctrl-C or an error, drop the queued briefings instead of compiling them first.
        pool.shutdown(wait=True, cancel_futures=True)


_worker: tuple[Renderer, bool] | None = None


def _start_worker(config: SiteConfig, root: Path, drafts: bool) -> None:
    """Build the worker's own Renderer once, so templates compile once per process."""
    global _worker
    # Ctrl-C and a service stop reach the whole process group. Only the parent reacts: it
    # cancels the queue and cleans up its stage. A worker that raised KeyboardInterrupt would
    # print a traceback, and one that died would hang the pool's shutdown.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if config.plugins:
        # A worker started by spawn (not fork) has not seen the parent register them.
        from briefgen.plugins import load_plugins

        load_plugins(config.plugins, root)
    _worker = (Renderer(config, root), drafts)


def _compile_in_worker(batch: Sequence[LoadedSource]) -> list[Compiled]:
    assert _worker is not None, "worker used before _start_worker"
    renderer, drafts = _worker
    return [compile_briefing(job, renderer, drafts=drafts) for job in batch]
