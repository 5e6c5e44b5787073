"""How a shard's records are written: each under its key, or field by field in columns.

Records of one flat shape (an output's key and stamp, a source's stat hint) are kept in
columns, a JSON list per field: `json` then makes a few lists per shard instead of one per
record, and each column's types are checked in one C-level pass, where a list per record
took a Python call each. At 10,000 briefings a one-file edit decodes 47,000 outputs, 10,000
sources and 10,000 hints this way. Records of varied shape (entries, links) keep one JSON
value each, under their key.
"""

from __future__ import annotations

from itertools import chain
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, cast

from briefgen.build.cachejson import CacheShapeError, strings

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

T = TypeVar("T")
Row = tuple[object, ...]
Columns = list[list[object]]
"""A shard's fields, a list each, checked: each item of exactly its field's type."""
Lists = list[list[object]]
_STR = frozenset({str})


class Codec(Protocol[T]):
    """How the records of one shard are written as one JSON value, and read back."""

    def encode(self, part: Mapping[str, T]) -> object:
        """Return the JSON value of a shard's records, in the order of their keys."""
        ...

    def keys(self, value: object) -> Sequence[str]:
        """Return the keys of the records a value holds, decoding none of them; raise
        CacheShapeError when it is not what `encode` writes."""
        ...

    def decode(self, value: object, only: Collection[str] | None = None) -> dict[str, T]:
        """Return the records of a value (those of `only`, if given); raise CacheShapeError
        when it, or a record, is not what `encode` writes."""
        ...


class ByRecord(Generic[T]):
    """Each record as its own JSON value, in an object under its key."""

    def __init__(self, encode: Callable[[T], object], decode: Callable[[object], T]) -> None:
        self._encode, self._decode = encode, decode

    def encode(self, part: Mapping[str, T]) -> object:
        return {key: self._encode(part[key]) for key in sorted(part)}

    def keys(self, value: object) -> Sequence[str]:
        if type(value) is not dict:
            raise CacheShapeError("records")
        return list(cast("dict[str, object]", value))

    def decode(self, value: object, only: Collection[str] | None = None) -> dict[str, T]:
        if type(value) is not dict:
            raise CacheShapeError("records")
        found = cast("dict[str, object]", value)
        decode = self._decode
        return {key: decode(data) for key, data in found.items() if only is None or key in only}


class ByColumn(Generic[T]):
    """Records of one flat shape as `{"keys": [...], "columns": [[...], ...]}`: a list per
    field, each field of exactly its type (`bool` is no `int` here).

    The fields at `strings` are lists of strings, read back as tuples, checked in one C-level
    pass per column (a call per record took a fifth of a 10,000-briefing state's decoding).
    `from_columns`, when given, makes the records from the checked columns at once (each in
    the order of the keys) instead of `from_row` per record (then None).
    """

    def __init__(
        self,
        types: tuple[type, ...],
        to_row: Callable[[T], Sequence[object]],
        from_row: Callable[[Row], T] | None,
        *,
        strings: tuple[int, ...] = (),
        from_columns: Callable[[Columns], Iterable[T]] | None = None,
    ) -> None:
        self._types = tuple(frozenset({kind}) for kind in types)
        self._to_row, self._from_row = to_row, from_row
        self._strings, self._from_columns = strings, from_columns
        if (from_row is None) == (from_columns is None):
            raise TypeError("give from_row or from_columns")

    def encode(self, part: Mapping[str, T]) -> object:
        keys = sorted(part)
        to_row = self._to_row
        rows = [to_row(part[key]) for key in keys]
        columns = [list(column) for column in zip(*rows, strict=True)] if rows else []
        return {"keys": keys, "columns": columns or [[] for _ in self._types]}

    def keys(self, value: object) -> Sequence[str]:
        return strings(value.get("keys") if type(value) is dict else None)

    def decode(self, value: object, only: Collection[str] | None = None) -> dict[str, T]:
        keys = self.keys(value)
        columns = cast("dict[str, object]", value).get("columns")
        if type(columns) is not list or len(columns) != len(self._types):
            raise CacheShapeError("columns")
        for column, kind in zip(columns, self._types, strict=True):
            # One C-level pass per column: every item is of exactly the field's type.
            if type(column) is not list or len(column) != len(keys):
                raise CacheShapeError("column")
            if not kind.issuperset(map(type, column)):
                raise CacheShapeError("column type")
        checked = list(cast("Columns", columns))
        for index in self._strings:
            if not _STR.issuperset(map(type, chain.from_iterable(cast("Lists", checked[index])))):
                raise CacheShapeError("column type")
            checked[index] = list(map(tuple, cast("Lists", checked[index])))
        made = (
            self._from_columns(checked)
            if self._from_columns is not None
            else map(cast("Callable[[Row], T]", self._from_row), zip(*checked, strict=True))
        )
        records = dict(zip(keys, made, strict=True))
        if len(records) != len(keys):
            raise CacheShapeError("repeated key")
        if only is not None:
            return {key: records[key] for key in only if key in records}
        return records
