"""Records saved beside the cache's state in shards, so an edit rewrites only a few of them.

The entries of every briefing and the scanned links of every page would make two files of
tens of megabytes at 10,000 briefings, encoded and written whole at every build although an
edit changes a handful of records. Instead each kind is split by a hash of the record's path
into shards; a build rewrites only the shards whose records changed. Each shard holds a token
that the state file names: a shard with another token (another save's, or damaged) is not
trusted, and its records are made again, never guessed.

Within one process (serve, or the save after a load) a shard file still as it was read or
written (same size, mtime and ctime) is neither decoded nor encoded again.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar, cast

from briefgen.build.cachefiles import read_document, write_document
from briefgen.build.cachejson import CacheShapeError

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
    from pathlib import Path

    from briefgen.build.columns import Codec

T = TypeVar("T")

RECORDS_PER_SHARD = 200
"""About how many records a shard holds; there are at most MAX_SHARDS of them."""
MAX_SHARDS = 64

_Stat = tuple[int, int, int]
_KNOWN: dict[Path, tuple[str, _Stat, dict[str, object]]] = {}
"""Shard file → its token, its stat, and its records as objects: what this process last read
from it or wrote to it."""
_UNCHECKED: set[Path] = set()
"""Shard files in `_KNOWN` as read whole, where each record lies not yet checked."""
_COUNTS: dict[tuple[Path, str], int] = {}
"""(State file, kind) → how many shards of that kind this process last read or wrote."""


class UntrustedShardError(CacheShapeError):
    """A shard needed whole cannot be trusted (missing, damaged, another save's); the argument
    is its file name, which the notice names rather than the state file's."""


def shard_count(records: int, previous: int = 0) -> int:
    """Return how many shards hold `records` records: one for a small site.

    `previous` is how many there were (as this process last read or wrote them): kept while
    the count that fits is within an eighth of it, so a site on the edge between two counts
    (10,000 sources, of which one edited in the last two seconds is saved without its stat
    hint) does not rewrite every shard of a kind at each save, each record moving elsewhere.
    """
    fits = min(MAX_SHARDS, max(1, records // RECORDS_PER_SHARD))
    if 0 < previous <= MAX_SHARDS and abs(fits - previous) <= previous // 8:
        return previous
    return fits


def shard_of(key: str, count: int) -> int:
    """Return the shard of a record: a hash of its key, the same on every machine."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % count


def shard_path(state_file: Path, kind: str, index: int) -> Path:
    """Return the file of one shard of `kind` ("entries", "links") beside the state file."""
    return state_file.with_name(_shard_name(state_file, kind, index))


def _shard_name(state_file: Path, kind: str, index: int) -> str:
    """Return the file name of one shard of `kind`."""
    return f"{state_file.stem.replace('state-', kind + '-', 1)}-{index}.json"


def load_shards(
    state_file: Path,
    kind: str,
    tokens: Sequence[str],
    header: Mapping[str, object],
    codec: Codec[T],
    *,
    whole: bool = False,
) -> dict[str, T]:
    """Return the records of every shard whose token is the one the state names.

    `header` is what each file must start with (the cache's format and code version). With
    `whole`, raise CacheShapeError when any shard cannot be had, instead of leaving it out;
    its records are then never looked up by shard, so where each one lies is not checked
    (a save puts every record of such a kind in its own shard again: `save_shards`).
    """
    _COUNTS[state_file, kind] = len(tokens)
    records: dict[str, T] = {}
    for index in range(len(tokens)):
        part = _load_shard(state_file, kind, tokens, index, header, codec, placed=not whole)
        if part is not None:
            records.update(part)
        elif whole:
            raise UntrustedShardError(shard_path(state_file, kind, index).name)
    return records


def _load_shard(
    state_file: Path,
    kind: str,
    tokens: Sequence[str],
    index: int,
    header: Mapping[str, object],
    codec: Codec[T],
    *,
    placed: bool = True,
) -> dict[str, T] | None:
    """Return one shard's records, from this process's memory when the file is as it was
    read or written here; None when it cannot be trusted (with `placed`, also when a record
    lies in another shard than its key's)."""
    path = shard_path(state_file, kind, index)
    known: dict[str, T] | None = _known_part(path, tokens[index])
    if known is not None:
        return known
    count = len(tokens) if placed else None
    part = _read_shard(path, tokens[index], header, codec, index, count)
    if part is not None:
        _remember(path, tokens[index], part)
        if not placed:  # checked by a save of the changes alone, if one comes (the cost)
            _UNCHECKED.add(path)
    return part


class LazyShards(Mapping[str, T]):
    """The records of one kind's shards, each shard decoded when a record in it is first asked
    for: a build that needs a few pages' links reads a few shards, not all of them.

    Iterating (or `len`) decodes every shard; a shard that cannot be trusted holds nothing.
    """

    def __init__(
        self,
        state_file: Path,
        kind: str,
        tokens: Sequence[str],
        header: Mapping[str, object],
        codec: Codec[T],
    ) -> None:
        self.state_file, self.kind, self.tokens = state_file, kind, tuple(tokens)
        _COUNTS[state_file, kind] = len(self.tokens)
        self._header, self.codec = header, codec
        self._parts: dict[int, dict[str, T]] = {}

    def part(self, index: int) -> dict[str, T]:
        """Return the records of shard `index`: none when it cannot be trusted."""
        found = self._parts.get(index)
        if found is None:
            loaded = _load_shard(
                self.state_file, self.kind, self.tokens, index, self._header, self.codec
            )
            found = self._parts[index] = loaded or {}
        return found

    def shard_of(self, key: str) -> int:
        """Return the index of the shard that holds `key`, if any does."""
        return shard_of(key, len(self.tokens))

    def __getitem__(self, key: str) -> T:
        if not self.tokens:
            raise KeyError(key)
        return self.part(self.shard_of(key))[key]

    def __iter__(self) -> Iterator[str]:
        for index in range(len(self.tokens)):
            yield from self.part(index)

    def __len__(self) -> int:
        return sum(len(self.part(index)) for index in range(len(self.tokens)))

    def __bool__(self) -> bool:
        return bool(self.tokens)


def save_changed_shards(
    saved: LazyShards[T],
    changes: Mapping[str, T | None],
    header: Mapping[str, object],
) -> list[str]:
    """Write again only the shards of `saved` whose records `changes` sets (or removes, with
    None); return every shard's token (see `save_changes`)."""
    tokens = list(saved.tokens)
    touched = by_shard(changes, len(tokens))
    write_changes(saved.state_file, saved.kind, saved.part, tokens, touched, header, saved.codec)
    _COUNTS[saved.state_file, saved.kind] = len(tokens)
    return tokens


def write_changes(
    state_file: Path,
    kind: str,
    part_of: Callable[[int], dict[str, T]],
    tokens: list[str],
    touched: Mapping[int, Mapping[str, T | None]],
    header: Mapping[str, object],
    codec: Codec[T],
) -> None:
    """Write the shards (`part_of` gives each one's records) whose records `touched` sets or
    removes, by shard, each with a new token in `tokens`; the others are left as they are."""
    for index, changed in sorted(touched.items()):
        before = part_of(index)
        part = dict(before)
        for key, record in changed.items():
            if record is None:
                part.pop(key, None)
            else:
                part[key] = record
        if _same(before, part):
            continue
        token = os.urandom(8).hex()
        path = shard_path(state_file, kind, index)
        write_document(path, header, {"token": token, "records": codec.encode(part)})
        _remember(path, token, part)
        tokens[index] = token


def by_shard(changes: Mapping[str, T | None], count: int) -> dict[int, dict[str, T | None]]:
    touched: dict[int, dict[str, T | None]] = {}  # by the shard of each key
    for key, record in changes.items():
        touched.setdefault(shard_of(key, count), {})[key] = record
    return touched


def load_some_records(
    state_file: Path,
    kind: str,
    tokens: Sequence[str],
    header: Mapping[str, object],
    codec: Codec[T],
    keys: Collection[str],
) -> dict[str, T]:
    """Return the records of `keys` that the trusted shards hold, reading no other shard
    (and, kept by record, decoding no other record): a few entries out of thousands cost a
    few shards' JSON, not every entry's objects."""
    _COUNTS[state_file, kind] = len(tokens)
    wanted: dict[int, set[str]] = {}
    for key in keys if tokens else ():
        wanted.setdefault(shard_of(key, len(tokens)), set()).add(key)
    records: dict[str, T] = {}
    for index, shard_keys in wanted.items():
        path = shard_path(state_file, kind, index)
        part: dict[str, T] | None = _known_part(path, tokens[index])
        if part is None:
            part = _read_shard(path, tokens[index], header, codec, index, len(tokens), shard_keys)
        records.update((key, part[key]) for key in shard_keys if part is not None and key in part)
    return records


def _read_shard(
    path: Path,
    token: str,
    header: Mapping[str, object],
    codec: Codec[T],
    index: int,
    count: int | None,
    only: Collection[str] | None = None,
) -> dict[str, T] | None:
    """Return a shard's records (those in `only`, if given), or None when it is not trusted.
    `count` is the number of shards, to check that each record lies in its key's; None
    leaves that unchecked."""
    data = read_document(path, header)
    if not isinstance(data, dict) or data.get("token") != token:
        return None
    found = data.get("records")
    try:
        keys = codec.keys(found)
        # A record in the wrong shard was not written by this code: the shard is not trusted.
        if count is not None and not _placed(keys, index, count):
            return None
        return codec.decode(found, only)
    except CacheShapeError:
        return None


def save_shards(
    state_file: Path,
    kind: str,
    records: Mapping[str, T],
    header: Mapping[str, object],
    codec: Codec[T],
) -> list[str]:
    """Write the shards whose records changed since this process read or wrote them; return
    every shard's token, for the state file. Raise OSError when a shard cannot be written.
    Their number is the one this process last read or wrote, while it fits (`shard_count`)."""
    count = shard_count(len(records), _COUNTS.get((state_file, kind), 0))
    _COUNTS[state_file, kind] = count
    parts: list[dict[str, T]] = [{} for _ in range(count)]
    for key, record in records.items():  # sorted below, in the shards written only
        parts[shard_of(key, count)][key] = record
    tokens: list[str] = []
    for index, part in enumerate(parts):
        path = shard_path(state_file, kind, index)
        known = _KNOWN.get(path)
        if known is not None and known[1] == _stat(path) and _same(known[2], part):
            tokens.append(known[0])
            _UNCHECKED.discard(path)  # its records are those placed here
            continue
        token = os.urandom(8).hex()
        write_document(path, header, {"token": token, "records": codec.encode(part)})
        _remember(path, token, part)
        tokens.append(token)
    _drop_stale_shards(state_file, kind, count)
    return tokens


def known_parts(state_file: Path, kind: str, tokens: Sequence[str]) -> list[dict[str, T]] | None:
    """Return each shard's records, when this process knows every shard of `kind` as it is on
    disk with its token in `tokens`, each record in its own shard (read or written here): a
    save of the changes alone may then write only the shards they touch (`write_changes`)."""
    parts: list[dict[str, T]] = []
    for index, token in enumerate(tokens):
        path = shard_path(state_file, kind, index)
        part: dict[str, T] | None = _known_part(path, token)
        if part is None:
            return None
        if path in _UNCHECKED:
            # A record in another shard would stay there: saved whole, it goes back.
            if not _placed(part, index, len(tokens)):
                return None
            _UNCHECKED.discard(path)
        parts.append(part)
    return parts or None


def _known_part(path: Path, token: str) -> dict[str, T] | None:
    """Return the records of a shard with `token` as this process last read or wrote them,
    when its file is still as it was then; else None."""
    known = _KNOWN.get(path)
    if known is None or known[0] != token or known[1] != _stat(path):
        return None
    return cast("dict[str, T]", known[2])


def _placed(keys: Iterable[str], index: int, count: int) -> bool:
    """Return True when every one of `keys` belongs in shard `index` of `count` (`shard_of`),
    hashed in C-level passes: a call per key is twice as slow."""
    try:
        found = {code % count for code in map(zlib.crc32, map(str.encode, keys))}
    except UnicodeEncodeError:  # a name with a lone surrogate: `shard_of` encodes those
        found = {shard_of(key, count) for key in keys}
    return found <= {index}


def _drop_stale_shards(state_file: Path, kind: str, count: int) -> None:
    """Delete the shards of `kind` from index `count` on, left by a save of a larger site.

    The folder is listed once: most of the MAX_SHARDS names are not there, and a path and a
    failed `unlink` per name, at every save, cost more than the listing. A shard this process
    knew that is no longer there needs no forgetting: its stat can never match again.
    """
    try:
        present: set[str] | None = {p.name for p in state_file.parent.iterdir()}
    except OSError:
        present = None  # then try every name, as the listing would have
    for index in range(count, MAX_SHARDS):
        if present is None or _shard_name(state_file, kind, index) in present:
            stale = shard_path(state_file, kind, index)
            _KNOWN.pop(stale, None)
            stale.unlink(missing_ok=True)


def _same(known: Mapping[str, object], part: Mapping[str, T]) -> bool:
    """Return True when a shard's records are those it holds: the same objects, mostly (a
    carried-over entry is the very one that was loaded), else equal ones. A dict comparison
    in C compares each value by identity first: a loop in Python took 10 ms more at 10,000."""
    return known == part


def _remember(path: Path, token: str, part: Mapping[str, T]) -> None:
    stat = _stat(path)
    _UNCHECKED.discard(path)
    if stat is not None:
        _KNOWN[path] = (token, stat, dict(part))


def _stat(path: Path) -> _Stat | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns)
