"""An edit that changes no entry: every list, feed and related list stays as it was.

Most edits change what a briefing says, not what a list shows of it (its title, date,
summary, tags). Then the list pages, feeds, sitemap and every briefing's related list would
come out as the last build made them, yet working that out decoded every entry in the cache:
at 10,000 briefings, a third of a one-file edit's CPU. Instead, when each briefing parsed
again has the entry key its record saved (site/entrykeys.py), the build takes each unchanged
briefing's key, the edited ones' related lists and the site-wide outputs from the cache, and
decodes only the related entries the edited pages show.

Whatever does not hold sends the build down the usual path, entries and all: a file added,
removed or waiting for its date, static/ changed, project templates (which may read every
entry), or `check` (its state may hold duplicate slugs, which a build never saves).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from briefgen.build.cache import load_entries, load_some_entries
from briefgen.content.validate import today
from briefgen.diagnostics import BriefgenError, SourcePos, error
from briefgen.site.entrykeys import entry_key

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from pathlib import Path

    from briefgen.build.cache import BuildState
    from briefgen.build.compile import Compiled
    from briefgen.build.discover import LoadedSource
    from briefgen.build.passes import Compiler
    from briefgen.build.staticfiles import StaticFile
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Entry


def may_keep_lists(
    old: BuildState,
    fingerprint: str,
    sources: Sequence[LoadedSource],
    static: Sequence[StaticFile],
    *,
    checking: bool,
    reads_entries: bool,
) -> bool:
    """Return True when, if no entry changes, every site-wide output stays as it was.

    Checked before parsing: when False, the entries are needed whatever the edit.
    """
    if checking or reads_entries or old.fingerprint != fingerprint or not old.site_outputs:
        return False
    if len(sources) != len(old.sources) or any(s.rel not in old.sources for s in sources):
        return False
    if {f.rel: f.digest for f in static} != old.static:
        return False
    # A briefing naming a day after today (its date with --future, or an `updated`) is warned
    # about at every build, from its entry: the usual path loads them.
    day = today().isoformat()
    return all(source.latest_day <= day for source in old.sources.values())


def entries_kept(old: BuildState, parsed: Sequence[Compiled]) -> bool:
    """Return True when each briefing parsed again has the entry its record saved (or, as
    then, none): every list stays as it was.

    Not when one has errors: the usual path checks the page it asks for against every other
    briefing's (content/validate.py), which needs their entries."""
    return all(
        old.sources[c.rel].entry_key == _key(c.entry) and not any(d.is_error for d in c.diagnostics)
        for c in parsed
    )


def kept_related(
    state_file: Path,
    old: BuildState,
    jobs: Sequence[LoadedSource],
    parsed: Mapping[str, Entry],
    compiler: Compiler,
    sources: Mapping[str, LoadedSource],
) -> dict[str, tuple[Entry, ...]]:
    """Return the related entries of each briefing to render, as the last build chose them.

    They come from the briefings parsed again, then from the cache, decoding only the shards
    that hold them; one the cache cannot give (a damaged shard) is parsed from its file,
    unchanged since (its entry's key says so). `sources` are the build's, by file.
    """
    wanted = {rel for job in jobs for rel in old.sources[job.rel].related}
    found = {rel: parsed[rel] for rel in wanted if rel in parsed}
    found.update(load_some_entries(state_file, old, wanted - found.keys()))
    missing = sorted(wanted - found.keys())
    for result in compiler.parse([sources[rel] for rel in missing]):
        if result.entry is None:  # its bytes were another's a moment ago
            raise BriefgenError([_changed(result.rel)])
        found[result.rel] = result.entry
    return {job.rel: tuple(found[rel] for rel in old.sources[job.rel].related) for job in jobs}


def outputs_as_before(old: BuildState, state: BuildState) -> bool:
    """Return True when every briefing made the files it made last time: then no file of a
    briefing can collide with a site-wide one now (the last build checked)."""
    return all(
        source is old.sources[rel] or set(source.outputs) == set(old.sources[rel].outputs)
        for rel, source in state.sources.items()
    )


def load_every_entry(
    state_file: Path,
    old: BuildState,
    state: BuildState,
    compiler: Compiler,
    sources: Mapping[str, LoadedSource],
) -> None:
    """Fill in the entries of a state made while keeping the lists, when it turns out they
    are needed after all (an edit that added a table makes a file the lists did not have).

    An entry the cache cannot give (a damaged shard) is parsed again from its unchanged file.
    """
    load_entries(state_file, old)
    missing = []
    for rel, source in state.sources.items():
        if source.entry is None and source.day:
            loaded = old.sources.get(rel)
            if loaded is not None and loaded.entry is not None:
                state.sources[rel] = dataclasses.replace(source, entry=loaded.entry)
            else:
                missing.append(sources[rel])
    for result in compiler.parse(missing):
        if result.entry is None:  # its bytes were another's a moment ago
            raise BriefgenError([_changed(result.rel)])
        source = state.sources[result.rel]
        state.sources[result.rel] = dataclasses.replace(source, entry=result.entry)


def _changed(rel: str) -> Diagnostic:
    return error(SourcePos(rel, 1), "the file changed during the build", "run the build again")


def _key(entry: Entry | None) -> str:
    return "" if entry is None else entry_key(entry)
