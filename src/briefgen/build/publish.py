"""Fill a stage with every output of a build, check its links, and swap it in as the new site.

pipeline.py comes here only when something must be rendered, so this is where the heavy
imports (markdown-it, Jinja) are paid for; a no-change build never loads them.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from briefgen.build.briefings import fill_stage, newest_first
from briefgen.build.cache import BuildState, forget_state, load_links, save_state
from briefgen.build.carry import carry_over, keep_outputs
from briefgen.build.claims import PathClaims, claim_path
from briefgen.build.collisions import check_collisions
from briefgen.build.options import BuildResult, stop_on_errors
from briefgen.build.passes import Compiler
from briefgen.build.removal import not_removed
from briefgen.build.samelists import (
    load_every_entry,
    outputs_as_before,
)
from briefgen.build.scans import SourcesOfPages
from briefgen.build.spare import Spare
from briefgen.build.stage import Stage
from briefgen.build.staticfiles import StaticFile, read_static
from briefgen.build.templates import has_own_templates
from briefgen.build.unpublished import failed_claims, left_out_pages
from briefgen.content.namesakes import namesake_warnings
from briefgen.content.tags import shared_tag_warnings
from briefgen.content.validate import (
    SlugClaim,
    validate_dates,
    validate_entries,
)
from briefgen.diagnostics import (
    BriefgenError,
    Diagnostic,
    ProjectCodeProblem,
    SourcePos,
    error,
    warning,
)
from briefgen.files import digest
from briefgen.model import Site
from briefgen.project import CACHE_DIR, CONFIG_NAME, STATIC_DIR
from briefgen.site.entrykeys import entries_text
from briefgen.site.links import ensure_links_resolve
from briefgen.site.outputs import Output, OutputContext, plan_site_outputs
from briefgen.site.render import Renderer
from briefgen.site.urls import SEARCH_BUNDLE_DIR, briefing_path, holds_checked_links

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.build.discover import LoadedSource
    from briefgen.build.options import Build
    from briefgen.model.briefing import Entry

log = logging.getLogger(__name__)


def publish_site(
    build: Build, sources: list[LoadedSource], static: list[StaticFile], problems: list[Diagnostic]
) -> BuildResult:
    """Compile what changed, carry over what did not, check links, then publish atomically."""
    # PDFs and search are optional: a site without them never imports their modules.
    if build.config.pdf:
        from briefgen.site.pdf import ensure_pdf_available
        from briefgen.site.pdffonts import forget_fonts

        forget_fonts()  # fontconfig is asked once per build: `serve` sees a font installed since
        # Before any work: a missing WeasyPrint is one clear error, naming what asked for PDFs.
        ensure_pdf_available(by_flag=build.options.pdf)
    pagefind = None
    if build.config.search:
        from briefgen.build.search import ensure_search_available

        pagefind = ensure_search_available(by_flag=build.options.search)
    renderer = Renderer(build.config, build.options.root, build.refused_files)
    load_links(build.state_file, build.old)
    # The cache knows what the published site holds, so no walk of it is needed.
    old, on_disk = build.old, build.on_disk
    recorded = on_disk if on_disk is not None else old.published_files() or None
    options = build.options
    spare = None if options.cache_off else Spare(build.state_file)
    stage = Stage(options.out, build.intact, spare, recorded, old.swap_mark)
    try:
        with Compiler(
            build.config, options.root, renderer, drafts=options.drafts, future=options.future
        ) as compiler:
            state, compiled, lists_kept = fill_stage(stage, build, compiler, sources, static)
            state.hints = {s.rel: s.hint for s in sources if s.hint is not None}
            diagnostics = [*problems, *(d for s in state.sources.values() for d in s.diagnostics)]
            # Keeping the lists, only the entries parsed again are here: the others are the
            # last build's, which had no duplicate slug and none dated after today.
            entries = [s.entry for s in state.sources.values() if s.entry is not None]
            if not lists_kept:
                diagnostics += validate_entries(entries, failed_claims(sources, state, build))
            # Kept lists come from the same entries as the last build's, and so its warnings.
            state.entry_warnings = (
                build.old.entry_warnings
                if lists_kept
                else [
                    *shared_tag_warnings(entries),
                    *namesake_warnings(entries),
                    *_font_warnings(build, entries),
                ]
            )
            diagnostics += state.entry_warnings
            if options.warn_future:
                diagnostics += validate_dates(entries)
            stop_on_errors(diagnostics, options)
            if not (
                lists_kept
                and outputs_as_before(old, state)
                and keep_outputs(old.site_outputs, stage, old, state)
            ):
                if lists_kept:
                    by_rel = {source.rel: source for source in sources}
                    load_every_entry(build.state_file, old, state, compiler, by_rel)
                try:
                    _make_site_outputs(stage, build, state, compiler, renderer, static)
                except BriefgenError as failed:
                    # A collision or a template's error stops the build: with everything
                    # found so far (`check` goes on past the files' errors to get here).
                    raise BriefgenError([*diagnostics, *failed.diagnostics]) from None
            else:
                state.site_outputs = old.site_outputs
            _copy_static(stage, static, old, state, os.path.realpath(build.options.root))
        if in_search_folder := _search_folder_problems(stage, state):
            raise BriefgenError([*diagnostics, *in_search_folder])
        if pagefind is not None:
            # After every page is staged, before the link check: the search page loads the
            # index's script, and the index must describe exactly the pages published with it.
            state.site_warnings = _write_search_index(stage, pagefind, build, state)
            diagnostics += state.site_warnings
            stop_on_errors(diagnostics, options)  # a warning about the index fails --strict
        build.reporter.diagnostics(diagnostics)
        _check_links(stage, build, state, failed_claims(sources, state, build), sources)
        state.stamps = stage.stamps()
        static_paths = {f.rel for f in static}
        result = BuildResult(
            briefings=sum(1 for s in state.sources.values() if s.listed),
            pages=sum(1 for r in state.outputs if r.endswith(".html") and r not in static_paths),
            written=stage.changed,
            removed=stage.removed(),
            compiled=compiled,
            diagnostics=diagnostics,
        )
        # The old cache describes the old site: forget it before the swap, so a build killed
        # between the swap and the save below trusts nothing next time.
        if not options.cache_off:
            forget_state(build.state_file)
        first_site = not options.out.exists()
        # Not swapped (nothing changed): the published site is still the old build's.
        state.swap_mark = stage.mark if stage.commit() else build.old.swap_mark
    except BaseException:
        stage.discard()
        raise
    # Counted as a file written again is: the site has them as a build makes them now.
    result.written = [*result.written, *stage.repaired]
    if build.swapped is not None:
        build.swapped(result)  # the site is whole: serve need not wait for the cache
    notices: list[Diagnostic] = []
    if stage.not_removed is not None:
        tree, reason = stage.not_removed
        notices.append(
            not_removed(tree, reason, "the site this build replaced", options.output_pos)
        )
    if build.read.changed():
        # A template, catalog or plugin saved while pages used it: none of its keys is kept.
        state.fingerprint, state.keyed_apart = "", {}
    problem = None if options.cache_off else save_state(build.state_file, state)
    if problem:
        notices.append(
            warning(SourcePos(CACHE_DIR, 1), problem, "the next build will be a full one")
        )
    if notices:
        build.reporter.diagnostics(notices)
        result.diagnostics += notices
    if first_site and options.spare_after_first_build and not options.cache_off:
        # No old site for the next build's stage (build/spare.py): link one from this site,
        # once the site and the cache are saved, so an interrupted link loses neither.
        Spare(build.state_file).make(options.out, state.published_files())
    return result


def _font_warnings(build: Build, entries: list[Entry]) -> list[Diagnostic]:
    """Return a warning for each language whose PDFs would show empty boxes, for want of a
    font on this machine (site/pdffonts.py); none without PDFs."""
    if not build.config.pdf:
        return []
    from briefgen.site.pdffonts import font_warnings

    return font_warnings(entries)


def _make_site_outputs(
    stage: Stage,
    build: Build,
    state: BuildState,
    compiler: Compiler,
    renderer: Renderer,
    static: list[StaticFile],
) -> None:
    """Plan the site-wide outputs from every entry; make those whose inputs changed."""
    entries = [s.entry for s in state.sources.values() if s.entry is not None]
    site = Site(build.config, newest_first(entries))
    templated = has_own_templates(build.options.root)
    entries_key = digest(entries_text(site.entries)) if templated else ""
    context = OutputContext(site, renderer, build.fingerprint, entries_key)
    planned, claimed = _plan_site_outputs(context)
    replaced = check_collisions(static, planned, state, claimed, build.config.plugins)
    made = _site_outputs_to_make(stage, planned, build, state, skip=replaced)
    _write_site_outputs(stage, made, context, state, compiler)
    state.site_outputs = tuple(o.rel_path for o in planned if o.rel_path not in replaced)


def _plan_site_outputs(context: OutputContext) -> tuple[list[Output], PathClaims]:
    """Return every site-wide output and the paths they claim; a plugin's failure, or two
    outputs of one path (or of a file and a folder of one name), is an error."""
    claimed = PathClaims()
    try:
        planned = list(plan_site_outputs(context))
        for output in planned:
            claim_path(claimed, output)
    except ProjectCodeProblem as problem:
        raise BriefgenError([problem.diagnostic]) from None
    return planned, claimed


def _copy_static(
    stage: Stage, static: list[StaticFile], old: BuildState, state: BuildState, root: str
) -> None:
    """Copy the project's static/ as it is, keeping published copies of unchanged files.

    A copy is keyed by the bytes copied, not by those hashed when static/ was walked: a file
    rewritten in between is copied again by the next build unless it still holds them. One
    swapped since for what cannot be read (within the real `root`) is an error at it."""
    for file in static:
        hashed = file.digest
        if not carry_over(file.rel, f"static:{hashed}", stage, old, state):
            # Read, then written apart: a full disk is the output folder's, as for a page.
            stage.write(file.rel, data := read_static(file, root))
            hashed = digest(data)
            state.outputs[file.rel] = f"static:{hashed}"
        state.static[file.rel] = hashed


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
                state.links.add(rel, links)
    except ProjectCodeProblem as problem:
        raise BriefgenError([problem.diagnostic]) from None


def _write_search_index(
    stage: Stage, pagefind: Path, build: Build, state: BuildState
) -> list[Diagnostic]:
    """Index the staged pages with Pagefind, or keep the last index when no page changed;
    return a warning when the pages mark nothing for the index."""
    from briefgen.build.search import index_key, make_index, unmarked_pages_warning

    folder = f"{SEARCH_BUNDLE_DIR}/"
    files = sorted(stage.files())
    pages = [rel for rel in files if rel.endswith(".html")]
    key = index_key(pagefind, {rel: stage.hash_of(rel) for rel in pages})
    has_briefings = any(source.listed for source in state.sources.values())
    unmarked = has_briefings and unmarked_pages_warning(stage.path, pages, build.options.root)
    previous = [rel for rel in build.old.outputs if rel.startswith(folder)]
    made_with_key = all(build.old.outputs[rel] == key for rel in previous)
    if not (previous and made_with_key and keep_outputs(previous, stage, build.old, state)):
        for rel, data in make_index(pagefind, stage.path, pages).items():
            stage.write(rel, data)
            state.outputs[rel] = key
    return [unmarked] if unmarked else []


def _search_folder_problems(stage: Stage, state: BuildState) -> list[Diagnostic]:
    """Return an error for each file that would be published in the search index's folder,
    search on or off: a site should not break when search is turned on."""
    folder = f"{SEARCH_BUNDLE_DIR}/"
    files = stage.files()
    if f"\0{folder}" not in "\0" + "\0".join(files):  # one search in C, not one per file
        return []
    hint = "rename or move it: search (`search: true`) writes its index there"
    return [
        error(
            SourcePos(_made_from(rel, state), 1),
            f"`{rel}` is inside `{folder}`, the folder of the search index",
            hint,
        )
        for rel in sorted(rel for rel in files if rel.startswith(folder))
    ]


def _made_from(rel: str, state: BuildState) -> str:
    """Return the project file an output comes from: a briefing, or a file in static/."""
    if rel in state.static:
        return f"{STATIC_DIR}/{rel}"
    return next((src for src, s in state.sources.items() if rel in s.outputs), CONFIG_NAME)


def _check_links(
    stage: Stage,
    build: Build,
    state: BuildState,
    failed: list[SlugClaim],
    sources: list[LoadedSource],
) -> None:
    """Fail the build, leaving the old site in place, when any internal link is broken.

    Links into the page of a file with errors (`failed`; only `check` gets here with any)
    are left out: it is missing for those errors, which are reported already."""
    files = stage.files()
    unmade = (briefing_path(c.slug, c.lang_dir) for c in failed)
    ensure_links_resolve(
        stage.path,
        build.config,
        published_dir=build.options.out,
        project_root=build.options.root,
        sources=SourcesOfPages(state.sources),
        scans=state.links,
        files=files,
        only=_pages_to_check(stage, build.old, state),
        unmade=tuple(folder for folder in unmade if f"{folder}index.html" not in files),
        throwaway=build.options.keep_going,  # only `check` goes on past errors
        left_out=left_out_pages(sources, state, build),
    )


def _pages_to_check(stage: Stage, old: BuildState, state: BuildState) -> set[str] | None:
    """Return the pages whose links may have broken since the last build, or None for all.

    The published site passed this check. A page carried over unchanged links where it did;
    its links can break only when a file it may point to went away, or a page it may point
    into lost ids. When neither happened (an edit that keeps its headings), only the pages
    made again are checked, and those without a scan (static/'s): not every link of the
    site at every edit, nor every page's scan read from the cache.
    """
    if not old.links or not old.outputs:
        return None  # no record of the last check's pages
    if not old.outputs.keys() <= state.outputs.keys():
        return None  # a file went away: any page may have pointed to it
    fresh = set(state.links.made)
    for page in fresh:
        before = old.links.get(page)
        if before is None and page in old.outputs:
            return None  # published, with ids not known: a static page's, a damaged cache's
        if before is not None and not before.ids <= state.links.made[page].ids:
            return None  # a page lost an id that another page may point to
    if any(
        holds_checked_links(rel) and old.static.get(rel) != hashed
        for rel, hashed in state.static.items()
    ):
        return None  # a page of static/ is never scanned: it may have lost an id
    # Only the files not carried with their scan are tested, in a set difference first:
    # an edit carries the scans of nearly every page of a large site.
    not_carried = state.links.not_carried(stage.files())
    return fresh.union(p for p in not_carried if holds_checked_links(p))
