"""Every briefing's outputs in the stage: unchanged briefings carried over, the rest parsed,
then rendered once every entry (or, keeping the lists, every related entry) is known.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.build.cache import BuildState, CachedSource, load_entries
from briefgen.build.carry import carry_over, carry_over_unchanged, published_apart
from briefgen.build.claims import PathClaims, clash_problem, unnamed_clash_problem
from briefgen.build.compile import RenderPlan
from briefgen.build.samelists import entries_kept, kept_related, may_keep_lists
from briefgen.build.scans import ScanTable
from briefgen.build.templates import has_own_templates
from briefgen.diagnostics import BriefgenError, SourcePos, error
from briefgen.files import digest
from briefgen.model import Site
from briefgen.pluginguard import plugin_problem
from briefgen.site.entrykeys import entries_text, entry_key
from briefgen.site.related import related_entries
from briefgen.site.urls import holds_checked_links

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from briefgen.build.compile import Compiled
    from briefgen.build.discover import LoadedSource
    from briefgen.build.options import Build
    from briefgen.build.passes import Compiler
    from briefgen.build.stage import Stage
    from briefgen.build.staticfiles import StaticFile
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Entry

    Collisions = dict[str, tuple[str, set[str]]]
    """Each plugin output two briefings make: the plugin, and the briefings' files."""


def fill_stage(
    stage: Stage,
    build: Build,
    compiler: Compiler,
    sources: list[LoadedSource],
    static: list[StaticFile],
) -> tuple[BuildState, int, bool]:
    """Write every briefing's outputs into the stage: cached ones linked, the rest compiled.

    Return the new state, how many briefings were compiled, and whether every entry is the
    last build's, so the lists were kept (build/samelists.py): then the entries of the
    briefings not parsed again were never loaded.
    """
    old, options = build.old, build.options
    state = BuildState(fingerprint=build.fingerprint)
    state.links = ScanTable.after(old.links, filter(holds_checked_links, old.outputs))
    # The theme's templates are known (site/outputs.py keys each output by what they read);
    # a project's may read `site.entries`, so they make every listed output depend on all.
    templated = has_own_templates(options.root)
    lists_kept = may_keep_lists(
        old,
        build.fingerprint,
        sources,
        static,
        checking=options.keep_going,
        reads_entries=templated,
    )
    if not lists_kept:
        load_entries(build.state_file, old)  # drops what it cannot load: compiled again
    cached = _cached(old, sources)
    # Briefing pages show related briefings, chosen among every entry, so pages are made
    # only once every entry is known: parse what changed first, then render. (Project
    # templates may list every briefing on each briefing page: then pages are keyed by
    # every entry.)
    claims: dict[str, str] = {}
    twice: Collisions = {}  # reported once every briefing is stored: in no worker's order
    fresh = [s for s in sources if s.rel not in cached]
    parsed = _parse(compiler, fresh, stage, old, state, (claims, twice))
    if lists_kept and not entries_kept(old, parsed):
        lists_kept = False
        load_entries(build.state_file, old)
        cached = _cached(old, sources)
        done = {s.rel for s in fresh}
        more = [s for s in sources if s.rel not in cached and s.rel not in done]
        parsed += _parse(compiler, more, stage, old, state, (claims, twice))
        fresh += more
    by_rel = {source.rel: source for source in sources}
    jobs = [by_rel[p.rel] for p in parsed if p.entry is not None]
    if lists_kept:
        # Every entry as it was: so is every related list, and each key made from them.
        state.shards["entries"] = old.shards["entries"]  # saved as they are (cache.py)
        rekeyed = _carry(cached, sources, lambda previous, rel: previous.key, stage, old, state)
        jobs += rekeyed
        parsed_entries = {p.rel: p.entry for p in parsed if p.entry is not None}
        related = kept_related(build.state_file, old, jobs, parsed_entries, compiler, by_rel)
        plan = _plan(build, Site(build.config, ()), related, stage, templated=False)
    else:
        entries = [c.entry for c in cached.values() if c.entry is not None]
        entries += [p.entry for p in parsed if p.entry is not None]
        site = Site(build.config, newest_first(entries))
        related = related_entries(site)
        plan = _plan(build, site, related, stage, templated=templated)
        rekeyed = _carry(
            cached, sources, lambda p, rel: plan.key_of(p.digest, rel), stage, old, state
        )
        jobs += rekeyed
    # A plugin's briefing output may be a file where another briefing's page needs a folder.
    paths = _paths_of(state) if build.config.plugins else None
    for count, compiled in enumerate(compiler.render(jobs, plan), start=1):
        build.reporter.progress(count, len(jobs))
        if paths is not None:
            _claim_paths(compiled, paths, state, claims, build.config.plugins)
        shown = related.get(compiled.rel, ())
        state.sources[compiled.rel] = _store(compiled, stage, old, state, (claims, twice), shown)
    if twice:
        raise BriefgenError(_claimed_twice(twice))
    # Workers finish in any order: keep the sources' own, whatever the number of cores.
    state.sources = {s.rel: state.sources[s.rel] for s in sources if s.rel in state.sources}
    return state, len(fresh) + len(rekeyed), lists_kept


def _plan(
    build: Build,
    site: Site,
    related: dict[str, tuple[Entry, ...]],
    stage: Stage,
    *,
    templated: bool,
) -> RenderPlan:
    """Return what the briefings are rendered with. Workers need no other entry than the
    related ones (without project templates): keep what is sent to them small."""
    return RenderPlan(
        site if templated else Site(build.config, ()),
        build.fingerprint,
        digest(entries_text(site.entries)) if templated else "",
        related,
        build.print_fingerprint,
        published_apart(stage, build.old),
    )


def _carry(
    cached: dict[str, CachedSource],
    sources: list[LoadedSource],
    key_of: Callable[[CachedSource, str], str],
    stage: Stage,
    old: BuildState,
    state: BuildState,
) -> list[LoadedSource]:
    """Carry over every output of each unchanged briefing whose key (`key_of`) still holds;
    return the briefings that must be rendered again."""
    keyed: list[tuple[str, CachedSource]] = []
    again: set[str] = set()
    for source in sources:
        previous = cached.get(source.rel)
        if previous is not None and previous.key == key_of(previous, source.rel):
            keyed.append((source.rel, previous))
        elif previous is not None:
            again.add(source.rel)
    again |= carry_over_unchanged(keyed, stage, old, state)
    return [source for source in sources if source.rel in again]


def _cached(old: BuildState, sources: list[LoadedSource]) -> dict[str, CachedSource]:
    """Return the last build's record of each source whose file is as it was then."""
    return {
        s.rel: old.sources[s.rel]
        for s in sources
        if s.rel in old.sources and old.sources[s.rel].digest == s.digest
    }


def _parse(
    compiler: Compiler,
    jobs: list[LoadedSource],
    stage: Stage,
    old: BuildState,
    state: BuildState,
    claims: tuple[dict[str, str], Collisions],
) -> list[Compiled]:
    """Parse the jobs; store those with no pages (errors, or a draft or future briefing left
    out) at once, and return every result."""
    parsed = list(compiler.parse(jobs))
    for result in parsed:
        if result.entry is None:
            state.sources[result.rel] = _store(result, stage, old, state, claims)
    return parsed


def _store(
    compiled: Compiled,
    stage: Stage,
    old: BuildState,
    state: BuildState,
    claiming: tuple[dict[str, str], Collisions],
    related: tuple[Entry, ...] = (),
) -> CachedSource:
    """Write a compiled briefing's outputs into the stage (kept ones linked) and record them,
    with the related entries its page shows.

    `claiming` maps each page written so far to the briefing file it came from, and each
    plugin output two briefings make to the plugin and the briefings (left unwritten).
    """
    claims, twice = claiming
    keys = dict(compiled.keys)
    records = dict(compiled.records)
    plugins = dict(compiled.plugins)
    for rel in compiled.kept:
        if rel in state.outputs and rel in plugins:
            _claim_twice(twice, rel, plugins[rel], compiled.rel, state, claims)
            continue
        if rel not in state.outputs and not carry_over(rel, keys[rel], stage, old, state):
            # Its page was made from the cached figures of a file that is now gone.
            message = f"the published {rel} disappeared during the build"
            at = SourcePos(compiled.rel, 1)
            raise BriefgenError([error(at, message, "run the build again")])
    links = dict(compiled.links)
    for rel, data in compiled.pages:
        if rel in state.outputs:
            if rel in plugins:
                _claim_twice(twice, rel, plugins[rel], compiled.rel, state, claims)
                continue
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
            state.links.add(rel, links[rel])
    outputs = (*compiled.kept, *(rel for rel, _ in compiled.pages))
    return CachedSource(
        compiled.digest,
        compiled.entry,
        compiled.diagnostics,
        outputs,
        compiled.key,
        waits=compiled.waits,
        entry_key="" if compiled.entry is None else entry_key(compiled.entry),
        related=tuple(entry.source for entry in related),
    )


def _paths_of(state: BuildState) -> PathClaims:
    """Return the paths of the briefings' outputs carried over so far (by whom, unknown)."""
    paths = PathClaims()
    for rel in state.outputs:
        paths.add(rel, "")
    return paths


def _claim_paths(
    compiled: Compiled,
    paths: PathClaims,
    state: BuildState,
    claims: dict[str, str],
    plugin_names: Sequence[str],
) -> None:
    """Add a briefing's outputs to `paths`, before any is written; raise BriefgenError for one
    that is a file where another briefing's output needs a folder, or a folder where it is a
    file. Two outputs of one path are `_store`'s to judge."""
    plugins = dict(compiled.plugins)
    outputs = (*compiled.kept, *(rel for rel, _ in compiled.pages))
    for rel in outputs:
        other = paths.clash(rel)
        if other is None or other == rel:
            continue
        mine, theirs = plugins.get(rel, ""), paths.files[other]
        source = claims.get(other) or _source_of(other, state)
        if mine:
            problem = clash_problem(rel, mine, other, theirs, source)
        elif theirs:
            problem = clash_problem(other, theirs, rel, "", compiled.rel)
        else:  # carried over from a build that made it: which plugin made it is not recorded
            problem = unnamed_clash_problem(other, source, rel, plugin_names)
        raise BriefgenError([problem.diagnostic])
    for rel in outputs:
        paths.add(rel, plugins.get(rel, ""))


def _source_of(rel: str, state: BuildState) -> str:
    """Return the briefing file whose outputs hold `rel`, "?" when none does."""
    return next((src for src, record in state.sources.items() if rel in record.outputs), "?")


def _claim_twice(
    twice: Collisions,
    rel: str,
    plugin: str,
    source: str,
    state: BuildState,
    claims: dict[str, str],
) -> None:
    """Note a plugin's briefing output whose path another briefing's output has (a path not
    made from the briefing's slug): one would silently replace the other."""
    other = claims.get(rel) or _source_of(rel, state)
    twice.setdefault(rel, (plugin, set()))[1].update((source, other))


def _claimed_twice(twice: Collisions) -> list[Diagnostic]:
    """Return the errors of the plugin outputs two briefings make: each briefing after the
    first by path, against it, so which ones a build compiled or carried over, and in which
    order its workers finished, never changes what is said."""
    found: list[Diagnostic] = []
    hint = 'put it in the briefing\'s own folder: `f"{briefing.folder}name"`'
    for rel, (plugin, sources) in sorted(twice.items()):
        first, *others = sorted(sources)
        for second in others:
            message = f"plugin `{plugin}` makes `{rel}` for {first}, and {second} makes it too"
            found.append(plugin_problem([plugin], message, hint).diagnostic)
    return found


def newest_first(entries: list[Entry]) -> tuple[Entry, ...]:
    """Return `entries` newest first, and those of one day A to Z by slug, as Hugo lists them.

    Translations share a slug and often a date: the language folder and the file break the
    tie, so cached and freshly parsed entries come out in one order, as a cold build's.
    """
    by_name = sorted(entries, key=lambda e: (e.slug, e.lang_dir, e.source))
    return tuple(sorted(by_name, key=lambda e: e.meta.date, reverse=True))  # sort is stable
