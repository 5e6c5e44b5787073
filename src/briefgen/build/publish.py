"""Fill a stage with every output of a build, check its links, and swap it in as the new site.

pipeline.py comes here only when something must be rendered, so this is where the heavy
imports (markdown-it, Jinja) are paid for; a no-change build never loads them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.build.cache import (
    BuildState,
    CachedSource,
    forget_state,
    load_entries,
    load_links,
    save_state,
)
from briefgen.build.carry import carry_over, carry_over_all, keep_outputs, published_apart
from briefgen.build.collisions import check_collisions
from briefgen.build.compile import Compiled, RenderPlan
from briefgen.build.options import BuildResult, stop_on_errors
from briefgen.build.passes import Compiler
from briefgen.build.spare import Spare
from briefgen.build.stage import Stage
from briefgen.content.validate import validate_dates, validate_entries
from briefgen.diagnostics import BriefgenError, Diagnostic, SourcePos, error, warning
from briefgen.files import digest
from briefgen.model import Site
from briefgen.project import CACHE_DIR, CONFIG_NAME, STATIC_DIR, TEMPLATES_DIR
from briefgen.site.entrykeys import entries_text
from briefgen.site.links import ensure_links_resolve
from briefgen.site.outputs import Output, OutputContext, plan_site_outputs
from briefgen.site.related import related_entries
from briefgen.site.render import Renderer, TemplateProblem
from briefgen.site.urls import SEARCH_BUNDLE_DIR

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from briefgen.build.discover import LoadedSource, StaticFile
    from briefgen.build.options import BuildOptions
    from briefgen.model import Entry, SiteConfig
    from briefgen.report import Reporter

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Build:
    """One build's settings and the last build's state, as pipeline.py decided them."""

    options: BuildOptions
    config: SiteConfig
    fingerprint: str
    """Hash of everything every page depends on (version, templates, config, options)."""
    print_fingerprint: str
    """Hash of what every PDF reads besides its briefing (see pipeline.py)."""
    old: BuildState
    """The last build's state, or an empty one when it cannot be trusted."""
    state_file: Path
    reporter: Reporter
    on_disk: set[str] | None = None
    """The output folder's files, when pipeline.py walked it; else the cache's record holds."""
    swapped: Callable[[BuildResult], None] | None = None
    """Called once the new site is in place, before the cache is saved (`build_site`)."""


def publish_site(
    build: Build, sources: list[LoadedSource], static: list[StaticFile], problems: list[Diagnostic]
) -> BuildResult:
    """Compile what changed, carry over what did not, check links, then publish atomically."""
    # PDFs and search are optional: a site without them never imports their modules.
    if build.config.pdf:
        from briefgen.site.pdf import ensure_pdf_available

        ensure_pdf_available()  # before any work: a missing WeasyPrint is one clear error
    pagefind = None
    if build.config.search:
        from briefgen.build.search import ensure_search_available

        pagefind = ensure_search_available()
    renderer = Renderer(build.config, build.options.root)
    load_entries(build.state_file, build.old)
    load_links(build.state_file, build.old)
    # The cache knows what the published site holds, so no walk of it is needed.
    recorded = build.on_disk if build.on_disk is not None else build.old.published_files() or None
    stage = Stage(build.options.out, Spare(build.state_file), recorded)
    options = build.options
    try:
        with Compiler(
            build.config, options.root, renderer, drafts=options.drafts, future=options.future
        ) as compiler:
            state, compiled = _fill_stage(stage, build, compiler, sources)
            state.hints = {s.rel: s.hint for s in sources if s.hint is not None}
            diagnostics = [*problems, *(d for s in state.sources.values() for d in s.diagnostics)]
            entries = [s.entry for s in state.sources.values() if s.entry is not None]
            diagnostics += validate_entries(entries) + validate_dates(entries)
            stop_on_errors(diagnostics, options)
            site = Site(build.config, _newest_first(entries))
            reads_entries = _reads_entries(options.root)
            entries_key = digest(entries_text(site.entries)) if reads_entries else ""
            context = OutputContext(site, renderer, build.fingerprint, entries_key)
            planned = _plan_site_outputs(context)
            replaced = check_collisions(static, planned, state)
            _copy_static(stage, static, build.old, state)
            made = _site_outputs_to_make(stage, planned, build, state, skip=replaced)
            _write_site_outputs(stage, made, context, state, compiler)
        if pagefind is not None:
            # After every page is staged, before the link check: the search page loads the
            # index's script, and the index must describe exactly the pages published with it.
            state.site_warnings = _write_search_index(stage, pagefind, build, state)
            diagnostics += state.site_warnings
            stop_on_errors(diagnostics, options)  # a warning about the index fails --strict
        build.reporter.diagnostics(diagnostics)
        _check_links(stage, build, state)
        state.stamps = stage.stamps()
        static_paths = {f.rel for f in static}
        result = BuildResult(
            briefings=len(entries),
            pages=sum(1 for r in state.outputs if r.endswith(".html") and r not in static_paths),
            written=stage.changed,
            removed=stage.removed(),
            compiled=compiled,
            diagnostics=diagnostics,
        )
        # The old cache describes the old site: forget it before the swap, so a build killed
        # between the swap and the save below trusts nothing next time.
        forget_state(build.state_file)
        stage.commit()
    except BaseException:
        stage.discard()
        raise
    if build.swapped is not None:
        build.swapped(result)  # the site is whole: serve need not wait for the cache
    problem = save_state(build.state_file, state)
    if problem:
        notice = warning(SourcePos(CACHE_DIR, 1), problem, "the next build will be a full one")
        build.reporter.diagnostics([notice])
        result.diagnostics.append(notice)
    return result


def _reads_entries(root: Path) -> bool:
    """Return True when the project has templates of its own, which may read `site.entries`.

    The theme's templates are known (site/outputs.py keys each output by what they read); a
    project's are not, so any of them makes every template-made output depend on every entry.
    """
    folder = root / TEMPLATES_DIR
    return folder.is_dir() and any(p.is_file() for p in folder.rglob("*"))


def _fill_stage(
    stage: Stage, build: Build, compiler: Compiler, sources: list[LoadedSource]
) -> tuple[BuildState, int]:
    """Write every briefing's outputs into the stage: cached ones linked, the rest compiled.

    Return the new state and how many briefings were compiled.
    """
    old, options = build.old, build.options
    state = BuildState(fingerprint=build.fingerprint)
    cached = {
        s.rel: old.sources[s.rel]
        for s in sources
        if s.rel in old.sources and old.sources[s.rel].digest == s.digest
    }
    fresh = [s for s in sources if s.rel not in cached]
    # Briefing pages show related briefings, chosen among every entry, so pages are made
    # only once every entry is known: parse what changed first, then render. (Project
    # templates may list every briefing on each briefing page: then pages are keyed by
    # every entry.)
    entries = [c.entry for c in cached.values() if c.entry is not None]
    jobs = []
    by_rel = {source.rel: source for source in fresh}
    claims: dict[str, str] = {}
    for parsed in compiler.parse(fresh):
        if parsed.entry is None:  # errors, or a draft or future briefing left out
            state.sources[parsed.rel] = _store(parsed, stage, old, state, claims)
        else:
            entries.append(parsed.entry)
            jobs.append(by_rel[parsed.rel])
    site = Site(build.config, _newest_first(entries))
    related = related_entries(site)
    # Workers need no other entry than the related ones (without project templates):
    # keep what is sent to them small.
    reads_entries = _reads_entries(options.root)
    plan = RenderPlan(
        site if reads_entries else Site(build.config, ()),
        build.fingerprint,
        digest(entries_text(site.entries)) if reads_entries else "",
        related,
        build.print_fingerprint,
        published_apart(stage, old),
    )
    rekeyed = 0
    for source in sources:
        previous = cached.get(source.rel)
        if previous is None:
            continue
        key = plan.key_of(previous.digest, source.rel)
        if carry_over_all(previous, key, stage, old, state):
            state.sources[source.rel] = previous
        else:
            jobs.append(source)
            rekeyed += 1
    for count, compiled in enumerate(compiler.render(jobs, plan), start=1):
        build.reporter.progress(count, len(jobs))
        state.sources[compiled.rel] = _store(compiled, stage, old, state, claims)
    # Workers finish in any order: keep the sources' own, whatever the number of cores.
    state.sources = {s.rel: state.sources[s.rel] for s in sources if s.rel in state.sources}
    return state, len(fresh) + rekeyed


def _store(
    compiled: Compiled, stage: Stage, old: BuildState, state: BuildState, claims: dict[str, str]
) -> CachedSource:
    """Write a compiled briefing's outputs into the stage (kept ones linked) and record them.

    `claims` maps each page written so far to the briefing file it came from.
    """
    keys = dict(compiled.keys)
    records = dict(compiled.records)
    for rel in compiled.kept:
        if rel not in state.outputs and not carry_over(rel, keys[rel], stage, old, state):
            # Its page was made from the cached figures of a file that is now gone.
            message = f"the published {rel} disappeared during the build"
            at = SourcePos(compiled.rel, 1)
            raise BriefgenError([error(at, message, "run the build again")])
    links = dict(compiled.links)
    for rel, data in compiled.pages:
        if rel in state.outputs:
            # Two files claim one page (validate_entries reports the duplicate slug; `check`
            # goes on): the first file by path keeps it, whichever worker finished first.
            claimant = claims.get(rel)
            if claimant is None or claimant < compiled.rel:
                continue
            stage.forget(rel)
        stage.write(rel, data)
        claims[rel] = compiled.rel
        state.outputs[rel] = keys.get(rel, compiled.key)
        if rel in keys:
            state.keyed_apart[rel] = records.get(rel, "")
        if rel in links:
            state.links[rel] = links[rel]
    outputs = (*compiled.kept, *(rel for rel, _ in compiled.pages))
    return CachedSource(
        compiled.digest,
        compiled.entry,
        compiled.diagnostics,
        outputs,
        compiled.key,
        waits=compiled.waits,
    )


def _plan_site_outputs(context: OutputContext) -> list[Output]:
    try:
        return list(plan_site_outputs(context))
    except TemplateProblem as problem:
        raise BriefgenError([problem.diagnostic]) from None


def _copy_static(
    stage: Stage, static: list[StaticFile], old: BuildState, state: BuildState
) -> None:
    """Copy the project's static/ as it is, keeping published copies of unchanged files."""
    for file in static:
        key = f"static:{file.digest}"
        if not carry_over(file.rel, key, stage, old, state):
            stage.copy(file.path, file.rel)
            state.outputs[file.rel] = key
        state.static[file.rel] = file.digest


def _site_outputs_to_make(
    stage: Stage, planned: list[Output], build: Build, state: BuildState, *, skip: set[str]
) -> list[Output]:
    """Carry over the site-wide outputs whose inputs did not change; return the others."""
    made = []
    for output in planned:
        rel = output.rel_path
        if rel not in skip and not carry_over(rel, output.cache_key, stage, build.old, state):
            made.append(output)
    return made


def _write_site_outputs(
    stage: Stage, made: list[Output], context: OutputContext, state: BuildState, compiler: Compiler
) -> None:
    """Make the site-wide outputs whose inputs changed, in the pool when there are many."""
    keys = {output.rel_path: output.cache_key for output in made}
    fingerprint, entries_key = context.fingerprint, context.entries_key
    try:
        for rel, data, links in compiler.make_site_outputs(
            made, context.site, fingerprint, entries_key
        ):
            stage.write(rel, data)
            state.outputs[rel] = keys[rel]
            if links is not None:
                state.links[rel] = links
    except TemplateProblem as problem:
        raise BriefgenError([problem.diagnostic]) from None


def _write_search_index(
    stage: Stage, pagefind: Path, build: Build, state: BuildState
) -> list[Diagnostic]:
    """Index the staged pages with Pagefind, or keep the last index when no page changed;
    return a warning when the pages mark nothing for the index."""
    from briefgen.build.search import index_key, make_index, unmarked_pages_warning

    folder = f"{SEARCH_BUNDLE_DIR}/"
    files = sorted(stage.files())
    for rel in (rel for rel in files if rel.startswith(folder)):
        at = SourcePos(_made_from(rel, state), 1)
        message = f"`{rel}` is inside `{folder}`, the folder of the search index"
        raise BriefgenError([error(at, message, "rename or move it, or set `search: false`")])
    pages = [rel for rel in files if rel.endswith(".html")]
    key = index_key(pagefind, {rel: stage.hash_of(rel) for rel in pages})
    has_briefings = any(source.entry is not None for source in state.sources.values())
    unmarked = has_briefings and unmarked_pages_warning(stage.path, pages, build.options.root)
    previous = [rel for rel in build.old.outputs if rel.startswith(folder)]
    made_with_key = all(build.old.outputs[rel] == key for rel in previous)
    if not (previous and made_with_key and keep_outputs(previous, stage, build.old, state)):
        stage.prune()  # Pagefind indexes the folder: only this build's pages may be in it
        for rel, data in make_index(pagefind, stage.path).items():
            stage.write(rel, data)
            state.outputs[rel] = key
    return [unmarked] if unmarked else []


def _made_from(rel: str, state: BuildState) -> str:
    """Return the project file an output comes from: a briefing, or a file in static/."""
    if rel in state.static:
        return f"{STATIC_DIR}/{rel}"
    return next((src for src, s in state.sources.items() if rel in s.outputs), CONFIG_NAME)


def _check_links(stage: Stage, build: Build, state: BuildState) -> None:
    """Fail the build, leaving the old site in place, when any internal link is broken."""
    ensure_links_resolve(
        stage.path,
        build.config,
        published_dir=build.options.out,
        project_root=build.options.root,
        sources={page: rel for rel, src in state.sources.items() for page in src.outputs},
        scans=state.links,
        files=stage.files(),
        only=_pages_to_check(stage, build.old, state),
    )


def _pages_to_check(stage: Stage, old: BuildState, state: BuildState) -> set[str] | None:
    """Return the pages whose links may have broken since the last build, or None for all.

    The published site passed this check. A page carried over unchanged links where it did;
    its links can break only when a file it may point to went away, or a page it may point
    into lost ids. When neither happened (an edit that keeps its headings), only the pages
    made again are checked: not every link of the site at every edit.
    """
    if not old.links or not old.outputs:
        return None  # no record of the last check's pages
    fresh = {page for page, scan in state.links.items() if old.links.get(page) is not scan}
    if any(rel not in state.outputs for rel in old.outputs):
        return None  # a file went away: any page may have pointed to it
    for page in fresh:
        before = old.links.get(page)
        if before is not None and not before.ids <= state.links[page].ids:
            return None  # a page lost an id that another page may point to
    return fresh | (stage.files() - state.links.keys())


def _newest_first(entries: list[Entry]) -> tuple[Entry, ...]:
    # Translations share a slug and often a date: the language folder and the file break the
    # tie, so cached and freshly parsed entries come out in one order, as a cold build's.
    return tuple(
        sorted(entries, key=lambda e: (e.meta.date, e.slug, e.lang_dir, e.source), reverse=True)
    )
