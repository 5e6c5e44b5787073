"""What the last build made from what: the incremental cache in `.briefgen-cache/`.

For each output file the cache keeps the key of everything it was made from and the size and
mtime it was written with; for each source it keeps the parse result, so an unchanged briefing
is neither parsed nor rendered again. The cache is JSON (see cachejson.py): loading it runs no
code. It is keyed by briefgen's version, a hash of its source files and the versions of the
libraries that shape the output, so it is never trusted across versions; a corrupt or foreign
file only costs one full build. Keys hold content hashes and project-relative paths only, so a
cache restored into another folder or machine still gives an incremental build.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, cast

from briefgen.build.bulkrecords import make_records
from briefgen.build.cachefiles import decode_document, read_cache_file, write_document
from briefgen.build.cachejson import (
    CacheShapeError,
    diagnostic_from_json,
    diagnostic_to_json,
    typed_list,
)
from briefgen.build.fingerprint import code_version
from briefgen.build.records import (
    ENTRIES,
    load_records,
    remember_outputs,
    remember_sources,
    save_hint_records,
    save_records,
)
from briefgen.build.scans import LINKS, ScanTable
from briefgen.build.shards import (
    LazyShards,
    UntrustedShardError,
    load_shards,
    load_some_records,
    save_changed_shards,
    save_shards,
)
from briefgen.files import digest, leaves_folder

if TYPE_CHECKING:
    from collections.abc import Collection
    from pathlib import Path

    from briefgen.build.discover import HintRow
    from briefgen.build.records import SourceRecord
    from briefgen.build.strays import SwapMark
    from briefgen.diagnostics import Diagnostic
    from briefgen.files import Stamp
    from briefgen.model import Entry

log = logging.getLogger(__name__)

FORMAT = 11
"""The shape of the cache files; bump it when the shape changes."""
_DAMAGED = "ignoring a damaged build cache ({}/{}); building everything"
"""The notice for a cache file that is there but cannot be used, named in its folder."""


@dataclass(frozen=True, slots=True)
class CachedSource:
    """A briefing as the last build saw it."""

    digest: str
    """Hash of the file's path, its bytes and the build fingerprint."""
    entry: Entry | None
    """None when the briefing had errors or is a draft that was not built, and until
    `load_entries` when it was loaded from a file."""
    diagnostics: tuple[Diagnostic, ...]
    """What compiling it reported, except date-dependent warnings (made at every build)."""
    outputs: tuple[str, ...]
    """Files this briefing produced, relative to the output folder."""
    key: str = ""
    """The key its outputs were made with (`briefing_key`); some have a key of their own."""
    day: str = ""
    """The entry's date (ISO), empty when it has none: known without loading the entries."""
    waits: str = ""
    """The date (ISO) of a briefing left out until then (no `--future`): from that day on the
    record no longer holds, so the day itself need not be in every page's key."""
    entry_key: str = ""
    """Its entry's key (site/entrykeys.py), empty when it has none: an edit that leaves every
    key as it was changes no list (build/samelists.py), which is known without the entries."""
    related: tuple[str, ...] = ()
    """The source files of the related briefings its page shows, best first."""
    latest: str = ""
    """The latest day (ISO) its entry names (`FrontMatter.latest_day`), empty when it has none:
    a build with nothing to do warns of one after today without loading the entries."""

    @property
    def dated(self) -> str:
        """Return the entry's date (ISO), loaded or not; empty when it has no entry."""
        return self.entry.meta.date.isoformat() if self.entry is not None else self.day

    @property
    def latest_day(self) -> str:
        """Return the latest day (ISO) its entry names, loaded or not; empty without one."""
        return self.entry.meta.latest_day.isoformat() if self.entry is not None else self.latest

    @property
    def listed(self) -> bool:
        """Return True when the briefing has an entry (loaded or not): it is published."""
        return self.entry is not None or bool(self.day)


@dataclass
class BuildState:
    """The cache of one output folder: source results and output keys."""

    fingerprint: str = ""
    """Hash of briefgen's version, the templates, the config and the build options."""
    sources: dict[str, CachedSource] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    """Output path → key of the inputs it was made from."""
    stamps: dict[str, Stamp] = field(default_factory=dict)
    """Output path → (size, mtime_ns, hash) of the published file, to notice damaged ones."""
    static: dict[str, str] = field(default_factory=dict)
    """Static file → hash of its bytes when it was copied."""
    keyed_apart: dict[str, str] = field(default_factory=dict)
    """Output keyed apart from its briefing (a PDF) → what it recorded for the page that
    describes it (`Output.record`: the PDF's number of pages)."""
    links: ScanTable = field(default_factory=ScanTable)
    """Output page → its scanned links, so unchanged pages are not read again to check them.
    Saved in shards of their own, decoded when asked for (build/scans.py): a build with
    nothing to do never reads them."""
    hints: dict[str, HintRow] = field(default_factory=dict)
    """Source → what reading it gave, with its stat then (build/discover.py `HintRow`)."""
    shards: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Kind ("entries", "links") → the token of each of its shard files, as saved with this
    state (build/shards.py): a shard with another token is never trusted."""
    site_warnings: list[Diagnostic] = field(default_factory=list)
    """Warnings about the site as a whole (no page marked for search), which a build with
    nothing to do shows again."""
    entry_warnings: list[Diagnostic] = field(default_factory=list)
    """Warnings about the entries together (two tags that share a page), kept with the lists."""
    site_outputs: tuple[str, ...] = ()
    """The site-wide outputs made from the entries (list pages, feeds, the sitemap), which
    an edit that changes no entry carries over as they are (build/samelists.py)."""
    published: frozenset[str] | None = None
    """Every file the last build published, when `outputs` names only some of them (see
    `keyed_apart_only`); None when `outputs` names them all."""
    swap_mark: SwapMark | None = None
    """The published site's `swap_mark` (build/strays.py), None when unknown."""

    def published_files(self) -> Collection[str]:
        """Return every file the last build published (the stage prunes what it no longer
        makes by this list)."""
        return self.outputs.keys() if self.published is None else self.published

    def keyed_apart_only(self) -> BuildState:
        """Return the state of the outputs keyed apart alone, for a build whose fingerprint
        changed: their keys do not lean on it (a PDF's covers what it reads), so they stay
        reusable when another template or the day changes."""
        kept = {rel: key for rel, key in self.outputs.items() if rel in self.keyed_apart}
        stamps = {rel: self.stamps[rel] for rel in kept if rel in self.stamps}
        apart = dict(self.keyed_apart)
        # Hints describe the files alone (the site's language is checked where they are used).
        state = BuildState(outputs=kept, stamps=stamps, keyed_apart=apart, hints=self.hints)
        state.published, state.swap_mark = frozenset(self.published_files()), self.swap_mark
        return state


def state_path(cache_dir: Path, out: Path, root: Path) -> Path:
    """Return the cache file for building into `out` (one per output folder).

    The name comes from the output's path relative to the project when it is inside it, so a
    project moved elsewhere with its cache keeps using it.
    """
    out, root = out.resolve(), root.resolve()
    where = out.relative_to(root).as_posix() if out.is_relative_to(root) else str(out)
    return cache_dir / f"state-{digest(where)[:16]}.json"


_SAVED: dict[Path, tuple[str, BuildState]] = {}
"""What this process last saved to each state file, as the hash of its bytes and the state
itself: a long-running process (serve) that finds its own bytes on disk skips decoding them."""


def load_state(path: Path) -> tuple[BuildState, str | None]:
    """Return the saved state without its entries and links (see `load_entries`), or an empty
    one when it is missing, of another version, or damaged (with a notice naming the file)."""
    try:
        raw = read_cache_file(path)
    except (FileNotFoundError, NotADirectoryError):
        return BuildState(), None  # no cache yet: the first build
    except OSError as failed:  # there, but unreadable, or a FIFO (reading it would wait)
        why = f"{path.name}: {failed.strerror or failed}"
        return BuildState(), _DAMAGED.format(path.parent.name, why)
    saved = _SAVED.get(path)
    if saved is not None and saved[0] == digest(raw):
        return _unloaded(saved[1]), None
    try:
        data = decode_document(raw, header())  # None: another version's, ignored quietly
        return (BuildState() if data is None else _state_from_json(path, data)), None
    except CacheShapeError as damaged:  # named by a shard's own name, or the state's
        named = str(damaged) if isinstance(damaged, UntrustedShardError) else path.name
        return BuildState(), _DAMAGED.format(path.parent.name, named)


def load_entries(path: Path, state: BuildState) -> None:
    """Fill in the entries saved with `state`; a briefing whose entry cannot be had (a shard
    of another save, or damaged) is dropped from the state, so it is compiled again."""
    if all(s.entry is not None or not s.day for s in state.sources.values()):
        return  # none to load: the state came from this process (serve), entries and all
    tokens = state.shards.get("entries", ())
    entries = load_shards(path, "entries", tokens, header(), ENTRIES)
    for rel, source in list(state.sources.items()):
        if source.entry is None and source.day:
            entry = entries.get(rel)
            if entry is None:
                del state.sources[rel]
            else:
                state.sources[rel] = dataclasses.replace(source, entry=entry)


def load_some_entries(path: Path, state: BuildState, rels: Collection[str]) -> dict[str, Entry]:
    """Return the saved entries of the sources in `rels`, decoding no other entry; one that
    cannot be had (a shard of another save, or damaged) is missing."""
    tokens = state.shards.get("entries", ())
    return load_some_records(path, "entries", tokens, header(), ENTRIES, rels)


def load_links(path: Path, state: BuildState) -> None:
    """Fill in the scanned links saved with `state`, those of shards of another save aside
    (their pages are scanned again)."""
    tokens = state.shards.get("links", ())
    state.links = ScanTable(LazyShards(path, "links", tokens, header(), LINKS))


def save_state(path: Path, state: BuildState) -> str | None:
    """Write the state with its entries and links, each file atomically, the state last (it
    names the shards it was saved with), so a killed build leaves a cache that is trusted
    only as far as it is whole.

    Return a one-line problem instead of raising when the cache cannot be written: the build
    has succeeded, and the next one will simply be a full one.
    """
    entries = {rel: s.entry for rel, s in state.sources.items() if s.entry is not None}
    # Entries a build never loaded are those it saved last time (build/samelists.py): so are
    # their shards, and the tokens that name them.
    unloaded = any(s.entry is None and s.day for s in state.sources.values())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        ignore = path.parent / ".gitignore"
        if not ignore.exists():
            ignore.write_text("*\n", encoding="utf-8")
        state.shards = {
            **_save_records(path, state),
            "entries": state.shards["entries"]
            if unloaded
            else tuple(save_shards(path, "entries", entries, header(), ENTRIES)),
            "links": tuple(_save_links(path, state.links)),
        }
        _SAVED[path] = (digest(write_document(path, header(), _state_to_json(state))), state)
    except OSError as exc:
        forget_state(path)
        # The warning is placed at the cache folder: its path (absolute) would only repeat it.
        return f"cannot write the build cache: {exc.strerror or exc}"
    return None


def save_hints(path: Path, state: BuildState, hints: dict[str, HintRow]) -> None:
    """Write a build's stat hints when they are all it changed: after a checkout, a restored
    cache or a `touch`, each build with nothing to do would read every source again."""
    try:
        tokens = save_hint_records(path, hints, header())
        state.hints, state.shards = hints, {**state.shards, "hints": tokens}
        _SAVED[path] = (digest(write_document(path, header(), _state_to_json(state))), state)
    except OSError:  # the next build is a full one, whose save_state says why it cannot save
        forget_state(path)


def _save_links(path: Path, links: ScanTable) -> list[str]:
    """Write the shards of the pages' scans: only those of the pages made or gone, when the
    others are carried over from the shards this state was loaded with."""
    saved = links.incremental()
    if saved is not None and saved.state_file == path:
        return save_changed_shards(saved, links.changes(), header())
    return save_shards(path, "links", dict(links), header(), LINKS)


def forget_state(path: Path) -> None:
    """Delete the saved state: done before a swap, so a build killed after it trusts nothing.

    The shards may stay: without the state that names their tokens, none is trusted. The
    single entries and links files of earlier versions go.
    """
    _SAVED.pop(path, None)
    legacy = [path.with_name(path.name.replace("state-", f"{k}-", 1)) for k in ("links", "entries")]
    for stale in (path, *legacy):
        try:
            stale.unlink(missing_ok=True)
        except OSError as exc:
            log.debug("cannot delete %s: %s", stale, exc)


def _state_to_json(state: BuildState) -> dict[str, object]:
    """Return the state file's own value: what stays small (its records are in shards)."""
    return {
        "shards": {kind: list(tokens) for kind, tokens in sorted(state.shards.items())},
        "fingerprint": state.fingerprint,
        "static": dict(sorted(state.static.items())),
        "keyed_apart": dict(sorted(state.keyed_apart.items())),
        "site_outputs": sorted(state.site_outputs),
        "site_warnings": [diagnostic_to_json(d) for d in state.site_warnings],
        "entry_warnings": [diagnostic_to_json(d) for d in state.entry_warnings],
        "swap_mark": list(state.swap_mark) if state.swap_mark is not None else None,
    }


def _save_records(path: Path, state: BuildState) -> dict[str, tuple[str, ...]]:
    """Write the shards of the state's sources, outputs and hints; return their tokens."""
    return save_records(path, state.sources, state.outputs, state.stamps, state.hints, header())


def _state_from_json(path: Path, data: object) -> BuildState:
    fields = _mapping(data)
    state = BuildState(fingerprint=_text(fields.get("fingerprint")))
    for kind, tokens in _mapping(fields.get("shards")).items():
        if not isinstance(tokens, list):
            raise CacheShapeError("shards")
        state.shards[kind] = tuple(_text(token) for token in tokens)
    sources, outputs, state.hints = load_records(path, state.shards, header())
    state.sources = dict(zip(sources, _cached_sources(list(sources.values())), strict=True))
    remember_sources(path, state.shards["sources"], state.sources, sources)
    # Split in C-level passes: a large site has some 50,000 outputs.
    rels, records = list(outputs), list(outputs.values())
    state.outputs = dict(zip(rels, map(itemgetter(0), records), strict=True))
    state.stamps = dict(zip(rels, map(itemgetter(slice(1, None)), records), strict=True))
    remember_outputs(path, state.shards["outputs"], state.outputs, state.stamps)
    state.static = {rel: _text(h) for rel, h in _mapping(fields.get("static")).items()}
    apart = _mapping(fields.get("keyed_apart"))
    state.keyed_apart = {rel: _text(note) for rel, note in apart.items()}
    site_outputs = fields.get("site_outputs")
    if not isinstance(site_outputs, list):
        raise CacheShapeError("site_outputs")
    state.site_outputs = tuple(_text(rel) for rel in site_outputs)
    for name in ("site_warnings", "entry_warnings"):
        warnings = fields.get(name, [])
        if not isinstance(warnings, list):
            raise CacheShapeError(name)
        setattr(state, name, [diagnostic_from_json(d) for d in warnings])
    mark = fields.get("swap_mark")
    state.swap_mark = cast("SwapMark", tuple(typed_list(mark, (int,) * 3))) if mark else None
    theirs = set().union(*(source.outputs for source in state.sources.values()))
    named = [*state.outputs, *state.static, *state.keyed_apart, *state.site_outputs]
    named += theirs.difference(state.outputs)  # the sources' others (most are outputs)
    if leaves_folder(named):  # a poisoned cache must not make a build delete or read outside
        raise CacheShapeError("path")
    return state


def _cached_sources(rows: list[SourceRecord]) -> list[CachedSource]:
    """Return each source's record as saved, made a column at a time: a record apiece through
    `__init__` was 4% of an edit at 10,000 briefings."""
    saved = ("digest", "day", "key", "outputs", "diagnostics", "waits", "entry_key", "related")
    columns = zip((*saved, "latest"), zip(*rows, strict=True) if rows else [()] * 9, strict=True)
    return make_records(CachedSource, {**dict(columns), "entry": [None] * len(rows)})


def _mapping(data: object) -> dict[str, object]:
    if not isinstance(data, dict):
        raise CacheShapeError("object")
    return cast("dict[str, object]", data)


def _text(data: object) -> str:
    if not isinstance(data, str):
        raise CacheShapeError("string")
    return data


def _unloaded(state: BuildState) -> BuildState:
    """Return a copy of a state this process saved as `load_state` gives it: links are loaded
    apart (`load_links`); its entries are already here, so `load_entries` has none to load.

    Every field is copied but the links, so a field added to `BuildState` is never dropped.
    """
    return dataclasses.replace(
        state,
        sources=dict(state.sources),
        outputs=dict(state.outputs),
        stamps=dict(state.stamps),
        static=dict(state.static),
        keyed_apart=dict(state.keyed_apart),
        links=ScanTable(),
        hints=dict(state.hints),
        shards=dict(state.shards),
    )


def header() -> dict[str, object]:
    """Return what every cache file starts with: data of another shape or code is not used."""
    return {"format": FORMAT, "code": code_version()}
