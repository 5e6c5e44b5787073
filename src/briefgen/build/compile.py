"""Turn one briefing file into its pages: decode → parse → render, in-process or in a pool.

A briefing's pages depend on its own file, the config and the templates, on its related
briefings' entries, and on every entry when a project template may read them; so they are
rendered after every entry is known (see site/outputs.py). Their keys name exactly those
inputs, which lets the pipeline cache them per file and compile them in parallel.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from briefgen.build.images import image_settings
from briefgen.content.languages import lang_dir
from briefgen.content.parse import MAX_FILE_BYTES, decode_source, parse_briefing, too_large
from briefgen.content.validate import is_future, left_out_until_its_date, validate_briefing
from briefgen.diagnostics import SourcePos, error
from briefgen.files import FileTooLargeError, read_regular_file
from briefgen.model import Translation
from briefgen.site import urls
from briefgen.site.feeds import render_feed_content
from briefgen.site.links import LinkBase, is_checked, scan_page
from briefgen.site.outputs import OutputContext, briefing_key, plan_briefing_outputs
from briefgen.site.render import Renderer, TemplateProblem

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence
    from pathlib import Path

    from briefgen.build.discover import LoadedSource
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Briefing, Entry, Site, SiteConfig
    from briefgen.site.outputs import Published
from briefgen.site.links import PageLinks

PARALLEL_THRESHOLD = 48
"""Below this many briefings a process pool costs more to start than it saves."""


@dataclass(frozen=True, slots=True)
class RenderPlan:
    """What a briefing's outputs are made with, besides its own file (sent to pool workers)."""

    site: Site
    fingerprint: str
    entries_key: str = ""
    """Hash of every entry when project templates may read them (see site/outputs.py)."""
    related: Mapping[str, tuple[Entry, ...]] = field(default_factory=dict)
    """Each briefing's related entries, by source file (site/related.py)."""
    print_fingerprint: str = ""
    """Hash of what every PDF reads besides its briefing (`OutputContext.print_fingerprint`)."""
    published: Mapping[str, Published] = field(default_factory=dict)
    """Files of the last build that outputs may carry over when their key is unchanged."""

    def key_of(self, source_digest: str, rel: str) -> str:
        """Return the key of the outputs of the briefing in `rel`, whose digest is given."""
        return briefing_key(source_digest, self.entries_key, self.related.get(rel))


@dataclass(frozen=True, slots=True)
class Compiled:
    """What one briefing file produced."""

    rel: str
    digest: str
    entry: Entry | None
    """None when the file had errors or is an unpublished draft."""
    diagnostics: tuple[Diagnostic, ...]
    pages: tuple[tuple[str, bytes], ...]
    """(output path, bytes) pairs: every registered output of the briefing."""
    key: str = ""
    """The key its outputs were made with (`briefing_key`)."""
    keys: tuple[tuple[str, str], ...] = ()
    """(output path, key) of the outputs keyed apart from the briefing (its PDF)."""
    kept: tuple[str, ...] = ()
    """Published outputs whose key did not change: carried over, not in `pages`."""
    records: tuple[tuple[str, str], ...] = ()
    """(output path, record) of the outputs that keep one in the cache (`Output.record`)."""
    links: tuple[tuple[str, PageLinks], ...] = ()
    """The pages' links, scanned here so the link check runs in parallel too."""


def compile_briefing(
    job: LoadedSource,
    renderer: Renderer,
    *,
    drafts: bool,
    plan: RenderPlan | None,
    future: bool = False,
) -> Compiled:
    """Decode, parse and render one briefing; problems come back as diagnostics.

    Without a plan the briefing is only parsed: its entry is all the caller needs. A draft is
    left out unless `drafts`, a briefing dated after today unless `future`.
    """
    try:
        data = read_regular_file(job.path, MAX_FILE_BYTES)
    except FileTooLargeError as exc:
        return Compiled(job.rel, job.digest, None, (too_large(job.rel, exc.size),), ())
    except OSError as exc:
        problem = error(SourcePos(job.rel, 1), f"cannot read the file: {exc.strerror or exc}")
        return Compiled(job.rel, job.digest, None, (problem,), ())
    text, diagnostics = decode_source(job.rel, data)
    briefing = None
    config = renderer.config
    lang = job.language.lang if job.language else config.language
    # Images are linked relative to the page, which sits one folder deeper in a translation.
    page = urls.output_file(urls.briefing_path("x", lang_dir(lang, config.language)))
    images, image_files = image_settings(
        renderer.project_root, config.image_hosts, urls.root_prefix(page)
    )
    if text is not None:
        briefing, parse_problems = parse_briefing(
            job.rel,
            text,
            unsafe_html=renderer.config.unsafe_html,
            default_language=renderer.config.language,
            images=images,
        )
        diagnostics += parse_problems
    if briefing is None or any(d.is_error for d in diagnostics):
        return Compiled(job.rel, job.digest, None, tuple(diagnostics), ())
    if job.translations:
        versions = tuple(Translation(*version) for version in job.translations)
        briefing = replace(briefing, translations=versions)
    diagnostics += validate_briefing(briefing)
    if briefing.meta.draft and not drafts:
        return Compiled(job.rel, job.digest, None, tuple(diagnostics), ())
    if not future and is_future(briefing):
        # The build's key holds the day, so this notice is never replayed on a later day.
        diagnostics.append(left_out_until_its_date(briefing))
        return Compiled(job.rel, job.digest, None, tuple(diagnostics), ())
    try:
        if plan is None:
            entry = _entry(briefing, renderer)
            return Compiled(job.rel, job.digest, entry, tuple(diagnostics), ())
        shown = image_files.files() if config.pdf else {}
        context = OutputContext(
            plan.site,
            renderer,
            plan.fingerprint,
            plan.entries_key,
            plan.related,
            plan.print_fingerprint,
            plan.published,
            shown,
        )
        return _render(job, briefing, tuple(diagnostics), context, plan, image_files.pages())
    except TemplateProblem as problem:
        return Compiled(job.rel, job.digest, None, (*diagnostics, problem.diagnostic), ())


def _render(
    job: LoadedSource,
    briefing: Briefing,
    diagnostics: tuple[Diagnostic, ...],
    context: OutputContext,
    plan: RenderPlan,
    images: tuple[tuple[str, bytes], ...],
) -> Compiled:
    """Make every registered output of the briefing, plus the images it shows, and scan the
    links of its pages. An output whose published file has its key is not made again."""
    key = plan.key_of(job.digest, job.rel)
    pages: list[tuple[str, bytes]] = []
    kept: list[str] = []
    keys: list[tuple[str, str]] = []
    records: list[tuple[str, str]] = []
    for output in plan_briefing_outputs(briefing, context, key):
        rel = output.rel_path
        if output.cache_key != key:
            keys.append((rel, output.cache_key))
        published = context.published.get(rel)
        if published is not None and published.key == output.cache_key:
            kept.append(rel)
            records.append((rel, published.record))
            continue
        pages.append((rel, output.make()))
        if output.record is not None:
            records.append((rel, output.record()))
    pages += images
    config = context.renderer.config
    base = LinkBase.of(config.base_path, config.base_url)
    links = tuple(
        (rel, scan_page(rel, data.decode(), base)) for rel, data in pages if is_checked(rel)
    )
    entry = _entry(briefing, context.renderer)
    return Compiled(
        job.rel,
        job.digest,
        entry,
        diagnostics,
        tuple(pages),
        key,
        keys=tuple(keys),
        kept=tuple(kept),
        records=tuple(records),
        links=links,
    )


def _entry(briefing: Briefing, renderer: Renderer) -> Entry:
    """Return the briefing's entry, with its body for the feeds when they carry it."""
    entry = briefing.entry()
    if renderer.config.feed_full_content:
        entry = replace(entry, feed_html=render_feed_content(renderer, briefing))
    return entry


def compile_all(
    jobs: Sequence[LoadedSource],
    config: SiteConfig,
    root: Path,
    *,
    drafts: bool,
    renderer: Renderer,
    plan: RenderPlan | None,
    future: bool = False,
) -> Iterator[Compiled]:
    """Yield each job's result in order, using every core when there are enough jobs."""
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < PARALLEL_THRESHOLD or workers < 2:
        for job in jobs:
            yield compile_briefing(job, renderer, drafts=drafts, plan=plan, future=future)
        return
    # Imported here: multiprocessing costs start-up time that a small build does not need.
    from concurrent.futures import Future, ProcessPoolExecutor

    size = max(4, min(64, len(jobs) // (workers * 8)))
    batches = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    pool = ProcessPoolExecutor(
        max_workers=workers,
        initializer=_start_worker,
        initargs=(config, root, drafts, plan, future),
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


_worker: tuple[Renderer, bool, RenderPlan | None, bool] | None = None


def _start_worker(
    config: SiteConfig, root: Path, drafts: bool, plan: RenderPlan | None, future: bool
) -> None:
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
    _worker = (Renderer(config, root), drafts, plan, future)


def _compile_in_worker(batch: Sequence[LoadedSource]) -> list[Compiled]:
    assert _worker is not None, "worker used before _start_worker"
    renderer, drafts, plan, future = _worker
    return [
        compile_briefing(job, renderer, drafts=drafts, plan=plan, future=future) for job in batch
    ]
