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

from operator import attrgetter
from typing import TYPE_CHECKING, cast

from briefgen.build.cachefiles import decode_document
from briefgen.build.cachejson import (
    CacheShapeError,
    diagnostic_from_json,
    diagnostic_to_json,
    entry_from_json,
    entry_to_json,
    hint_to_row,
    hints_from_columns,
    typed_list,
)
from briefgen.build.columns import ByColumn, ByRecord, Columns, Row
from briefgen.build.shards import load_shards, save_shards
from briefgen.files import digest, leaves_folder, read_regular_file
from briefgen.site.entrykeys import entry_key, remember_entry_key

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping
    from pathlib import Path

    from briefgen.build.discover import SourceHint
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

_KEY_LENGTH = len(digest())
RECORD_KINDS = ("sources", "outputs", "hints")
"""The kinds of records in the state's own shards."""


def save_records(
    path: Path,
    sources: Mapping[str, SourceRecord],
    outputs: Mapping[str, OutputRecord],
    hints: Mapping[str, SourceHint],
    header: Mapping[str, object],
) -> dict[str, tuple[str, ...]]:
    """Write the shards of sources, outputs and hints whose records changed; return each
    kind's tokens, for the state file. Raise OSError when a shard cannot be written."""
    return {
        "sources": tuple(save_shards(path, "sources", sources, header, SOURCES)),
        "outputs": tuple(save_shards(path, "outputs", outputs, header, OUTPUTS)),
        "hints": tuple(save_shards(path, "hints", hints, header, HINTS)),
    }


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
_MADE: dict[Path, tuple[dict[str, object], dict[str, SourceRecord]]] = {}
"""State file → the sources this process last loaded from its shards or saved to them (the
`CachedSource` objects, frozen), with their records."""


def remember_sources(
    path: Path, sources: Mapping[str, object], records: dict[str, SourceRecord]
) -> None:
    """Remember that `records` are the records of `sources` (the same keys), as loaded."""
    _MADE[path] = (dict(sources), records)


def source_records(path: Path, sources: Mapping[str, object]) -> dict[str, SourceRecord]:
    """Return each source's record (`CachedSource` without its entry), and remember them.

    A source that is the very object loaded or saved last (in an edit, all but the edited
    ones) has the record remembered for it: made again, it would only be equal."""
    objects, records = _MADE.get(path, ({}, {}))
    made = {
        rel: records[rel] if objects.get(rel) is source else _RECORD(source)
        for rel, source in sources.items()
    }
    remember_sources(path, sources, made)
    return made


def load_records(
    path: Path, tokens: Mapping[str, tuple[str, ...]], header: Mapping[str, object]
) -> tuple[dict[str, SourceRecord], dict[str, OutputRecord], dict[str, SourceHint]]:
    """Return the sources, outputs and hints of the shards `tokens` names. Raise
    CacheShapeError when any of them cannot be had: the state is then not trusted."""
    if any(kind not in tokens for kind in RECORD_KINDS):
        raise CacheShapeError("state shards")
    sources = load_shards(path, "sources", tokens["sources"], header, SOURCES, whole=True)
    # A related list names other sources, which an edit that keeps the lists looks up
    # (build/samelists.py): one naming no source is damage, and the build a full one.
    if any(rel not in sources for *_, related, _latest in sources.values() for rel in related):
        raise CacheShapeError("related")
    return (
        sources,
        load_output_records(path, tokens["outputs"], header),
        load_shards(path, "hints", tokens["hints"], header, HINTS, whole=True),
    )


def saved_output_tokens(path: Path, header: Mapping[str, object]) -> tuple[str, ...]:
    """Return the tokens of the output shards the state file at `path` names: none when it
    names none or cannot be read (the state's own load reports why)."""
    try:
        data = decode_document(read_regular_file(path), header)
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
HINTS = ByColumn(
    (int, int, int, int, int, str, bool, str, str, str, str, str, bool, str),
    hint_to_row,
    None,
    from_columns=hints_from_columns,
)
"""Sources' stat hints in columns (cachejson.py)."""


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
