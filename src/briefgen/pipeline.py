"""The build, as a recipe: config → discover → compile (parse + render) → validate → publish."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen import __version__
from briefgen.compile import Compiled, Job, compile_all
from briefgen.config import CONFIG_NAME, load_config
from briefgen.discover import SourceFile, discover_sources
from briefgen.errors import BriefgenError, Diagnostic
from briefgen.linkcheck import LinkBase, ensure_links_resolve, is_checked, scan_page
from briefgen.model import Site, SourcePos
from briefgen.output import Stage, build_lock, validate_output_dir
from briefgen.pages import plan_site_pages
from briefgen.render import Renderer, TemplateProblem
from briefgen.state import (
    CACHE_DIR,
    BuildState,
    CachedSource,
    digest,
    load_state,
    save_state,
    state_path,
    tree_fingerprint,
)
from briefgen.validate import validate_entries

if TYPE_CHECKING:
    from collections.abc import Iterable

    from briefgen.model import Entry, SiteConfig
    from briefgen.report import Reporter

log = logging.getLogger(__name__)

STATIC_DIR = "static"
TEMPLATES_DIR = "templates"


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """What `briefgen build` was asked to do."""

    root: Path
    out: Path
    base_url: str | None = None
    drafts: bool = False
    force: bool = False
    strict: bool = False
    cache_dir: Path | None = None
    """Where the incremental cache lives; default `.briefgen-cache/` in the project."""


@dataclass
class BuildResult:
    """What a build did, for the summary line and for tests."""

    briefings: int = 0
    pages: int = 0
    written: list[str] = field(default_factory=list)
    """Files whose bytes changed (or are new), relative to the output folder."""
    removed: list[str] = field(default_factory=list)
    compiled: int = 0
    """Briefings parsed and rendered this time (the rest came from the cache)."""
    milliseconds: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)


def build_site(options: BuildOptions, reporter: Reporter) -> BuildResult:
    """Build the project into the output folder, or raise BriefgenError and leave it untouched."""
    started = time.perf_counter()
    config, problems = load_config(options.root, base_url_override=options.base_url)
    _stop_on_errors(problems, options, reporter)
    reporter.diagnostics(problems)  # Only warnings get here; a successful build still shows them.
    at_config = SourcePos(CONFIG_NAME, 1)
    _stop_on_errors(
        validate_output_dir(options.root, options.out, force=options.force, at=at_config),
        options,
        reporter,
    )
    with build_lock(options.out, at_config):
        result = _build_locked(options, config, reporter)
    result.diagnostics = [*problems, *result.diagnostics]
    result.milliseconds = round((time.perf_counter() - started) * 1000)
    return result


def _build_locked(options: BuildOptions, config: SiteConfig, reporter: Reporter) -> BuildResult:
    renderer = Renderer(config, options.root)
    fingerprint = _fingerprint(options, config)
    cache_file = state_path(options.cache_dir or options.root / CACHE_DIR, options.out)
    old_state = load_state(cache_file)
    if old_state.fingerprint != fingerprint:
        old_state = BuildState()
    sources, problems = discover_sources(options.root)
    jobs, cached = _split_cached(_read_sources(sources), old_state, options.out, fingerprint)
    unchanged = old_state.fingerprint == fingerprint and set(cached) == set(old_state.sources)
    if unchanged and not jobs and _static_unchanged(options, old_state):
        # Nothing changed since the last build: not one file is read twice or written.
        pages = sum(1 for rel in old_state.outputs if rel.endswith(".html"))
        result = BuildResult(briefings=sum(1 for c in cached.values() if c.entry), pages=pages)
        result.diagnostics = [*problems, *(d for c in cached.values() for d in c.diagnostics)]
        _stop_on_errors(result.diagnostics, options, reporter)  # --strict holds for cached warnings
        reporter.diagnostics(result.diagnostics)
        return result
    stage = Stage(options.out)
    try:
        work = _Work(options, renderer, fingerprint, old_state, reporter)
        result, new_state = _fill_stage(stage, work, jobs, cached, problems)
        new_state.fingerprint = fingerprint
        result.removed = stage.removed()
        # Last gate before publishing: a broken link fails the build and the old site stays.
        ensure_links_resolve(
            stage.path,
            config,
            published_dir=options.out,
            project_root=options.root,
            sources={page: rel for rel, src in new_state.sources.items() for page in src.outputs},
            scans=new_state.links,
        )
        stage.commit()
    except BaseException:
        stage.discard()
        raise
    save_state(cache_file, new_state)
    return result


@dataclass(frozen=True, slots=True)
class _Work:
    """What every step of one build needs: its options, the renderer, the last build's state."""

    options: BuildOptions
    renderer: Renderer
    fingerprint: str
    old: BuildState
    """The last build's state, or an empty one when it cannot be trusted."""
    reporter: Reporter


def _fill_stage(
    stage: Stage,
    work: _Work,
    jobs: list[Job],
    cached: dict[str, CachedSource],
    problems: list[Diagnostic],
) -> tuple[BuildResult, BuildState]:
    """Write every output into the stage: briefings first, then the pages that list them."""
    state = BuildState(sources=dict(cached))
    for source in cached.values():
        for page in source.outputs:
            _carry_over(page, source.digest, stage, work.old, state)
    options, renderer = work.options, work.renderer
    compiled_all = compile_all(
        jobs, renderer.config, options.root, drafts=options.drafts, renderer=renderer
    )
    for done, compiled in enumerate(compiled_all, start=1):
        work.reporter.progress(done, len(jobs))
        state.sources[compiled.rel] = _store(compiled, stage, state)
    diagnostics = [*problems, *(d for s in state.sources.values() for d in s.diagnostics)]
    entries = [s.entry for s in state.sources.values() if s.entry is not None]
    diagnostics += validate_entries(entries)
    _stop_on_errors(diagnostics, options, work.reporter)
    site = Site(renderer.config, _newest_first(entries))
    static_outputs = _copy_static(stage, options.root, state)
    _write_site_pages(stage, site, work, state, skip=static_outputs)
    work.reporter.diagnostics(diagnostics)
    pages = sum(1 for rel in state.outputs if rel.endswith(".html"))
    result = BuildResult(
        briefings=len(entries),
        pages=pages,
        written=stage.changed,
        compiled=len(jobs),
        diagnostics=diagnostics,
    )
    return result, state


def _carry_over(page: str, key: str, stage: Stage, old: BuildState, state: BuildState) -> bool:
    """Keep a published page whose inputs did not change, with its scanned links."""
    if not stage.keep(page):
        return False
    state.outputs[page] = key
    if page in old.links:
        state.links[page] = old.links[page]
    return True


def _store(compiled: Compiled, stage: Stage, state: BuildState) -> CachedSource:
    for rel, data in compiled.pages:
        if rel in state.outputs:
            continue  # Two files claim one page: validate_entries reports the duplicate slug.
        stage.write(rel, data)
        state.outputs[rel] = compiled.digest
    state.links.update(compiled.links)
    outputs = tuple(rel for rel, _ in compiled.pages)
    return CachedSource(compiled.digest, compiled.entry, compiled.diagnostics, outputs)


def _write_site_pages(
    stage: Stage, site: Site, work: _Work, state: BuildState, *, skip: set[str]
) -> None:
    """Render the list pages whose inputs changed; carry the others over."""
    base = LinkBase.of(site.config.base_path, site.config.base_url)
    try:
        for page in plan_site_pages(site, work.renderer, work.fingerprint):
            if page.rel in skip:
                continue
            if work.old.outputs.get(page.rel) == page.key and _carry_over(
                page.rel, page.key, stage, work.old, state
            ):
                continue
            data = page.make()
            stage.write(page.rel, data)
            state.outputs[page.rel] = page.key
            if is_checked(page.rel):
                state.links[page.rel] = scan_page(page.rel, data.decode(), base)
    except TemplateProblem as problem:
        raise BriefgenError([problem.diagnostic]) from None


def _copy_static(stage: Stage, root: Path, state: BuildState) -> set[str]:
    """Copy the project's static/ as it is; return the output paths it took."""
    static = root / STATIC_DIR
    taken: set[str] = set()
    if not static.is_dir():
        return taken
    real_root = root.resolve()
    for path in sorted(static.rglob("*")):
        if path.name.startswith(".") or not path.is_file():
            continue
        if not path.resolve().is_relative_to(real_root):
            raise BriefgenError(
                [
                    Diagnostic(
                        "error",
                        SourcePos(path.relative_to(root).as_posix(), 1),
                        "symlink leaves the project; its target is not read",
                    )
                ]
            )
        rel = path.relative_to(static).as_posix()
        stat = path.stat()
        stamp = (stat.st_size, stat.st_mtime_ns)
        if not (state.static.get(rel) == stamp and stage.keep(rel)):
            stage.copy(path, rel)
        state.static[rel] = stamp
        taken.add(rel)
    return taken


def _static_unchanged(options: BuildOptions, state: BuildState) -> bool:
    static = options.root / STATIC_DIR
    now: dict[str, tuple[int, int]] = {}
    if static.is_dir():
        for path in static.rglob("*"):
            if path.is_file() and not path.name.startswith("."):
                stat = path.stat()
                now[path.relative_to(static).as_posix()] = (stat.st_size, stat.st_mtime_ns)
    if now != state.static:
        return False
    return all((options.out / rel).exists() for rel in state.outputs)


def _read_sources(sources: Iterable[SourceFile]) -> list[tuple[str, bytes]]:
    """Read every source file's bytes once (the cache key and the parser both need them)."""
    return [(source.rel, source.path.read_bytes()) for source in sources]


def _split_cached(
    files: list[tuple[str, bytes]], state: BuildState, out: Path, fingerprint: str
) -> tuple[list[Job], dict[str, CachedSource]]:
    """Return the files to compile and the cached results that are still good."""
    jobs: list[Job] = []
    cached: dict[str, CachedSource] = {}
    for rel, data in files:
        key = digest(fingerprint, rel, data)
        previous = state.sources.get(rel)
        if (
            previous
            and previous.digest == key
            and all((out / o).exists() for o in previous.outputs)
        ):
            cached[rel] = previous
        else:
            jobs.append(Job(rel, data, key))
    return jobs, cached


def _fingerprint(options: BuildOptions, config: SiteConfig) -> str:
    """Return the hash of everything every page depends on."""
    theme = Path(str(resources.files("briefgen") / "theme"))
    templates = tree_fingerprint(options.root / TEMPLATES_DIR, theme)
    return digest(__version__, templates, repr(config), str(options.drafts))


def _newest_first(entries: list[Entry]) -> tuple[Entry, ...]:
    return tuple(sorted(entries, key=lambda e: (e.meta.date, e.slug), reverse=True))


def _stop_on_errors(
    diagnostics: list[Diagnostic], options: BuildOptions, reporter: Reporter
) -> None:
    if any(d.is_error or options.strict for d in diagnostics):
        raise BriefgenError(diagnostics)
