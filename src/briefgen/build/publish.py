"""Fill a stage with every output of a build, check its links, and swap it in as the new site.

pipeline.py comes here only when something must be rendered, so this is where the heavy
imports (markdown-it, Jinja) are paid for; a no-change build never loads them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.build.cache import BuildState, CachedSource, load_links, save_state
from briefgen.build.compile import Compiled, compile_all
from briefgen.build.options import BuildResult, stop_on_errors
from briefgen.build.stage import Stage
from briefgen.content.validate import validate_entries
from briefgen.diagnostics import BriefgenError, Diagnostic, SourcePos
from briefgen.model import Site
from briefgen.project import STATIC_DIR
from briefgen.site.links import LinkBase, ensure_links_resolve, is_checked, scan_page
from briefgen.site.outputs import plan_site_pages
from briefgen.site.render import Renderer, TemplateProblem

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.build.discover import LoadedSource
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
    old: BuildState
    """The last build's state, or an empty one when it cannot be trusted."""
    state_file: Path
    reporter: Reporter


def publish_site(
    build: Build,
    jobs: list[LoadedSource],
    cached: dict[str, CachedSource],
    problems: list[Diagnostic],
) -> BuildResult:
    """Compile what changed, carry over what did not, check links, then publish atomically."""
    renderer = Renderer(build.config, build.options.root)
    load_links(build.state_file, build.old)
    stage = Stage(build.options.out)
    try:
        state = _fill_stage(stage, build, renderer, jobs, cached)
        diagnostics = [*problems, *(d for s in state.sources.values() for d in s.diagnostics)]
        entries = [s.entry for s in state.sources.values() if s.entry is not None]
        diagnostics += validate_entries(entries)
        stop_on_errors(diagnostics, build.options)
        site = Site(build.config, _newest_first(entries))
        static_outputs = _copy_static(stage, build.options.root, state)
        _write_site_pages(stage, site, build, renderer, state, skip=static_outputs)
        build.reporter.diagnostics(diagnostics)
        _check_links(stage, build, state)
        result = BuildResult(
            briefings=len(entries),
            pages=sum(1 for rel in state.outputs if rel.endswith(".html")),
            written=stage.changed,
            removed=stage.removed(),
            compiled=len(jobs),
            diagnostics=diagnostics,
        )
        stage.commit()
    except BaseException:
        stage.discard()
        raise
    save_state(build.state_file, state)
    return result


def _fill_stage(
    stage: Stage,
    build: Build,
    renderer: Renderer,
    jobs: list[LoadedSource],
    cached: dict[str, CachedSource],
) -> BuildState:
    """Write every briefing's outputs into the stage: cached ones linked, the rest compiled."""
    state = BuildState(fingerprint=build.fingerprint, sources=dict(cached))
    for source in cached.values():
        for page in source.outputs:
            _carry_over(page, source.digest, stage, build.old, state)
    compiled_all = compile_all(
        jobs,
        build.config,
        build.options.root,
        drafts=build.options.drafts,
        renderer=renderer,
        future=build.options.future,
    )
    for done, compiled in enumerate(compiled_all, start=1):
        build.reporter.progress(done, len(jobs))
        state.sources[compiled.rel] = _store(compiled, stage, state)
    return state


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
    )


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
    stage: Stage, site: Site, build: Build, renderer: Renderer, state: BuildState, *, skip: set[str]
) -> None:
    """Render the list pages whose inputs changed; carry the others over."""
    base = LinkBase.of(site.config.base_path, site.config.base_url)
    try:
        for page in plan_site_pages(site, renderer, build.fingerprint):
            if page.rel in skip:
                continue
            if build.old.outputs.get(page.rel) == page.key and _carry_over(
                page.rel, page.key, stage, build.old, state
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


def _newest_first(entries: list[Entry]) -> tuple[Entry, ...]:
    return tuple(sorted(entries, key=lambda e: (e.meta.date, e.slug), reverse=True))
