"""The build state's per-file records, saved in shards like entries and links (build/shards.py).

What the last build knew of each source (its hash, key, outputs, diagnostics and stat hint) and
of each output (its key and stamp) grows with the site: at 10,000 briefings, encoding and
decoding it as one document was a quarter of a one-file edit's CPU. So the state file keeps
only what is small (the fingerprint, static files, the shards' tokens) and each kind of record
lives in shards, of which a save rewrites only those whose records changed.

A state is trusted whole or not at all: when a shard of sources, outputs or hints cannot be
had (missing, damaged, another save's), the state is damaged and the build is a full one,
as for a damaged state file. (Entries and links may be missing in part: their briefings and
pages are simply made again.)
"""

from __future__ import annotations

from itertools import chain, compress
from operator import attrgetter, is_not, itemgetter
from typing import TYPE_CHECKING, TypeVar, cast

from briefgen.build.cachefiles import decode_document, read_cache_file
from briefgen.build.cachejson import (
    CacheShapeError,
    diagnostic_from_json,
    diagnostic_to_json,
    entry_from_json,
    entry_to_json,
    typed_list,
)
from briefgen.build.columns import ByColumn, ByRecord, Columns, Row
from briefgen.build.shards import (
    by_shard,
    known_parts,
    load_shards,
    save_shards,
    shard_count,
    write_changes,
)
from briefgen.files import digest, leaves_folder
from briefgen.site.entrykeys import entry_key, remember_entry_key

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping
    from pathlib import Path

    from briefgen.build.columns import Codec
    from briefgen.build.discover import HintRow
    from briefgen.diagnostics import Diagnostic
    from briefgen.files import Stamp
    from briefgen.model import Entry

SourceRecord = tuple[
    str, str, str, tuple[str, ...], tuple["Diagnostic", ...], str, str, tuple[str, ...], str
]
"""A source as saved: digest, day, key, outputs, diagnostics, waits, entry key, related,
latest day (`CachedSource` without its entry, which is saved apart)."""
OutputRecord = tuple[str, int, int, str]
"""An output as saved: key, size, mtime_ns, hash (the last three: its stamp)."""

T = TypeVar("T")
_KEY_LENGTH = len(digest())
RECORD_KINDS = ("sources", "outputs", "hints")
"""The kinds of records in the state's own shards."""


def save_records(
    path: Path,
    sources: Mapping[str, object],
    outputs: Mapping[str, str],
    stamps: Mapping[str, Stamp],
    hints: Mapping[str, HintRow],
    header: Mapping[str, object],
) -> dict[str, tuple[str, ...]]:
    """Write the shards of sources (`CachedSource`s), outputs (their keys and `stamps`) and
    hints whose records changed; return each kind's tokens, for the state file. Raise
    OSError when a shard cannot be written.

    Where this process loaded or saved the kind's shards, the records that changed since are
    found by comparing with what it loaded (the very objects, mostly): only their shards are
    written, and no other record is made again (see `shards.save_changes`)."""
    return {
        "sources": _save_sources(path, sources, header),
        "outputs": _save_outputs(path, outputs, stamps, header),
        "hints": save_hint_records(path, hints, header),
    }


def save_hint_records(
    path: Path, hints: Mapping[str, HintRow], header: Mapping[str, object]
) -> tuple[str, ...]:
    """Write the shards of the hints that changed (see `save_records`); return their tokens."""
    since, saved = _HINTS.get(path, ((), {}))
    changes: dict[str, HintRow | None] = {rel: hints[rel] for rel in _replaced(hints, saved)}
    changes.update(dict.fromkeys(saved.keys() - hints.keys()))
    tokens = _save_changes(path, "hints", changes, since, header, HINTS)
    if tokens is None:
        tokens = tuple(save_shards(path, "hints", hints, header, HINTS))
    _HINTS[path] = (tokens, dict(hints))
    return tokens


def _save_outputs(
    path: Path,
    outputs: Mapping[str, str],
    stamps: Mapping[str, Stamp],
    header: Mapping[str, object],
) -> tuple[str, ...]:
    """Write the shards of the outputs whose key or stamp changed; return their tokens."""
    since, keys, saved = _OUTPUTS.get(path, ((), {}, {}))
    # Set operations in C: a comprehension over 47,000 outputs took three times as long.
    changed = {rel for rel, _ in outputs.items() ^ keys.items()}
    changed.update(rel for rel, _ in stamps.items() ^ saved.items())
    changes: dict[str, OutputRecord | None] = {
        rel: (outputs[rel], *stamps.get(rel, _NO_STAMP)) if rel in outputs else None
        for rel in changed
        if rel in outputs or rel in keys  # a stamp alone is no output's
    }
    tokens = _save_changes(path, "outputs", changes, since, header, OUTPUTS)
    if tokens is None:
        records = {rel: (key, *stamps.get(rel, _NO_STAMP)) for rel, key in outputs.items()}
        tokens = tuple(save_shards(path, "outputs", records, header, OUTPUTS))
    remember_outputs(path, tokens, outputs, stamps)
    return tokens


def _save_changes(
    path: Path,
    kind: str,
    changes: Mapping[str, T | None],
    since: tuple[str, ...],
    header: Mapping[str, object],
    codec: Codec[T],
) -> tuple[str, ...] | None:
    """Write only the shards of `kind` whose records `changes` sets (or removes, with None)
    since the shards had the tokens `since`; return every token, the others as they were.
    Return None, writing nothing, unless this process knows the shards of `since` as they
    are on disk and their number still fits: then save them whole (`save_shards`, which
    hashes every record's key to its shard)."""
    parts: list[dict[str, T]] | None = known_parts(path, kind, since)
    if parts is None:
        return None
    touched = by_shard(changes, len(parts))
    size = sum(map(len, parts))  # then, with the records added less those gone
    for index, changed in touched.items():
        size += sum((record is not None) - (key in parts[index]) for key, record in changed.items())
    if shard_count(size, len(parts)) != len(parts):
        return None
    tokens = list(since)
    write_changes(path, kind, parts.__getitem__, tokens, touched, header, codec)
    return tuple(tokens)


def _replaced(now: Mapping[str, object], then: Mapping[str, object]) -> Iterator[str]:
    """Yield the keys of `now` whose values are not the very objects `then` holds."""
    return compress(now, map(is_not, now.values(), map(then.get, now)))


def _save_sources(
    path: Path, sources: Mapping[str, object], header: Mapping[str, object]
) -> tuple[str, ...]:
    """Write the shards of the sources that are not the objects loaded or saved last; return
    their tokens."""
    since, (objects, records) = _MADE.get(path, ((), ({}, {})))
    changes: dict[str, SourceRecord | None] = {
        rel: _RECORD(sources[rel]) for rel in _replaced(sources, objects)
    }
    changes.update(dict.fromkeys(objects.keys() - sources.keys()))
    tokens = _save_changes(path, "sources", changes, since, header, SOURCES)
    if tokens is not None:
        made = dict(records)  # in C, then the few changes
        for rel, record in changes.items():
            if record is None:
                del made[rel]
            else:
                made[rel] = record
    else:
        made = source_records(path, sources)
        tokens = tuple(save_shards(path, "sources", made, header, SOURCES))
    remember_sources(path, tokens, sources, made)
    return tokens


_RECORD = cast(
    "Callable[[object], SourceRecord]",
    attrgetter(
        "digest",
        "dated",
        "key",
        "outputs",
        "diagnostics",
        "waits",
        "entry_key",
        "related",
        "latest_day",
    ),
)
"""A `CachedSource`'s record (build/cache.py), in one C-level call."""
_RELATED = itemgetter(7)
"""A source record's related list."""
_NO_STAMP = (-1, -1, "")
"""The stamp of an output without one: never taken as intact."""
_MADE: dict[Path, tuple[tuple[str, ...], tuple[dict[str, object], dict[str, SourceRecord]]]] = {}
"""State file → the sources this process last loaded from its shards or saved to them (the
`CachedSource` objects, frozen), with their records, and the tokens those shards had then."""
_OUTPUTS: dict[Path, tuple[tuple[str, ...], dict[str, str], dict[str, Stamp]]] = {}
"""State file → the outputs' keys and stamps this process last loaded or saved, likewise."""
_HINTS: dict[Path, tuple[tuple[str, ...], dict[str, HintRow]]] = {}
"""State file → the stat hints this process last loaded or saved, likewise."""


def remember_sources(
    path: Path,
    tokens: tuple[str, ...],
    sources: Mapping[str, object],
    records: dict[str, SourceRecord],
) -> None:
    """Remember that `records` are the records of `sources` (the same keys), as loaded from
    the shards of `tokens`."""
    _MADE[path] = (tokens, (dict(sources), records))


def remember_outputs(
    path: Path, tokens: tuple[str, ...], outputs: Mapping[str, str], stamps: Mapping[str, Stamp]
) -> None:
    """Remember the outputs' keys and stamps the shards of `tokens` hold (copies: a build
    changes the state's own)."""
    _OUTPUTS[path] = (tokens, dict(outputs), dict(stamps))


def source_records(path: Path, sources: Mapping[str, object]) -> dict[str, SourceRecord]:
    """Return each source's record (`CachedSource` without its entry).

    A source that is the very object loaded or saved last (in an edit, all but the edited
    ones) has the record remembered for it: made again, it would only be equal."""
    _, (objects, records) = _MADE.get(path, ((), ({}, {})))
    return {
        rel: records[rel] if objects.get(rel) is source else _RECORD(source)
        for rel, source in sources.items()
    }


def load_records(
    path: Path, tokens: Mapping[str, tuple[str, ...]], header: Mapping[str, object]
) -> tuple[dict[str, SourceRecord], dict[str, OutputRecord], dict[str, HintRow]]:
    """Return the sources, outputs and hints of the shards `tokens` names. Raise
    CacheShapeError when any of them cannot be had: the state is then not trusted."""
    if any(kind not in tokens for kind in RECORD_KINDS):
        raise CacheShapeError("state shards")
    sources = load_shards(path, "sources", tokens["sources"], header, SOURCES, whole=True)
    # A related list names other sources, which an edit that keeps the lists looks up
    # (build/samelists.py): one naming no source is damage, and the build a full one.
    # In C-level passes: a generator over 30,000 names was 1% of a one-file edit.
    if not sources.keys() >= set(chain.from_iterable(map(_RELATED, sources.values()))):
        raise CacheShapeError("related")
    hints = load_shards(path, "hints", tokens["hints"], header, HINTS, whole=True)
    _HINTS[path] = (tokens["hints"], dict(hints))
    return sources, load_output_records(path, tokens["outputs"], header), hints


def saved_output_tokens(path: Path, header: Mapping[str, object]) -> tuple[str, ...]:
    """Return the tokens of the output shards the state file at `path` names: none when it
    names none or cannot be read (the state's own load reports why)."""
    try:
        data = decode_document(read_cache_file(path), header)
    except (OSError, CacheShapeError):
        return ()
    shards = data.get("shards") if isinstance(data, dict) else None
    tokens = shards.get("outputs") if isinstance(shards, dict) else None
    if not isinstance(tokens, list) or not all(isinstance(token, str) for token in tokens):
        return ()
    return tuple(tokens)


def saved_output_stamps(
    path: Path, tokens: tuple[str, ...], header: Mapping[str, object]
) -> dict[str, Stamp]:
    """Return every output's stamp from the shards of `tokens`, decoding nothing else: what a
    check of the published files on the other core needs (build/intactfiles.py). Raise
    CacheShapeError when a shard cannot be had or names a path outside the site."""
    outputs = load_output_records(path, tokens, header)
    if leaves_folder(outputs):  # refused as `load_state` refuses it: never read outside
        raise CacheShapeError("path")
    return {rel: record[1:] for rel, record in outputs.items()}


def load_output_records(
    path: Path, tokens: tuple[str, ...], header: Mapping[str, object]
) -> dict[str, OutputRecord]:
    """Return the outputs of the shards `tokens` names; raise CacheShapeError when any of
    them cannot be had."""
    return load_shards(path, "outputs", tokens, header, OUTPUTS, whole=True)


def _source_row(record: SourceRecord) -> Row:
    digest_, day, key, outputs, diagnostics, waits, entry, related, latest = record
    found = [diagnostic_to_json(d) for d in diagnostics]
    return (digest_, day, key, list(outputs), found, waits, entry, list(related), latest)


def _sources_from_columns(columns: Columns) -> Iterable[SourceRecord]:
    # The outputs and related lists are tuples already (`strings` below). Most sources have
    # no diagnostics: no call made for them.
    columns[4] = [
        tuple(map(diagnostic_from_json, cast("list[object]", found))) if found else ()
        for found in columns[4]
    ]
    return cast("Iterable[SourceRecord]", zip(*columns, strict=True))


SOURCES = ByColumn(
    (str, str, str, list, list, str, str, list, str),
    _source_row,
    None,
    strings=(3, 7),
    from_columns=_sources_from_columns,
)
"""Sources' records in columns (their entries are saved apart, by record)."""
OUTPUTS = cast("ByColumn[OutputRecord]", ByColumn((str, int, int, str), tuple, tuple))
"""Outputs' records in columns: the row is the record."""
HINTS = cast(
    "ByColumn[HintRow]",
    ByColumn(
        (int, int, int, int, int, str, bool, str, str, str, str, str, bool, str),
        tuple,
        None,
        from_columns=lambda columns: zip(*columns, strict=True),
    ),
)
"""Sources' stat hints in columns: the rows are the records (discover.HintRow), made in C
with no object or call of ours per source (10,000 at every edit at 10,000 briefings)."""


def entry_record(entry: Entry) -> object:
    """Return an entry's record: its key (site/entrykeys.py), then the entry."""
    return [entry_key(entry), entry_to_json(entry)]


def entry_from_record(data: object) -> Entry:
    """Return the entry of a record, knowing again the key it was saved with."""
    key, value = typed_list(data, (str, dict))
    if len(cast("str", key)) != _KEY_LENGTH:
        raise CacheShapeError("entry key")
    entry = entry_from_json(value)
    remember_entry_key(entry, cast("str", key))
    return entry


ENTRIES = ByRecord(entry_record, entry_from_record)
"""Entries by record: each is decoded only when its briefing's lists need it."""
