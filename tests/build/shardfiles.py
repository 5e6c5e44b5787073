"""Read and write a cache shard's records as the tests tamper with them, whichever way the
shard holds them (build/columns.py): by record, or field by field in columns."""

from __future__ import annotations

import json
import zlib
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from pathlib import Path

Records = dict[str, object]
"""Each record under its key; a record kept in columns is the list of its fields."""


def read_records(path: Path) -> Records:
    """Return a shard's records by key."""
    held = json.loads(path.read_bytes())["value"]["records"]
    if set(held) == {"keys", "columns"}:
        keys, columns = held["keys"], held["columns"]
        return {key: [column[i] for column in columns] for i, key in enumerate(keys)}
    return cast("Records", held)


def write_records(path: Path, records: Records) -> None:
    """Write `records` into a shard in the way it holds them, its token and header kept."""
    document = json.loads(path.read_bytes())
    held = document["value"]["records"]
    if set(held) == {"keys", "columns"}:
        keys = list(records)
        rows = [cast("list[object]", records[key]) for key in keys]
        width = len(held["columns"])
        columns = [[row[i] if i < len(row) else None for row in rows] for i in range(width)]
        document["value"]["records"] = {"keys": keys, "columns": columns}
    else:
        document["value"]["records"] = records
    path.write_text(dump_document(document), encoding="utf-8")


def dump_document(document: dict[str, object]) -> str:
    """Return a cache file's text as briefgen writes it, its `sum` taken again of the value a
    test tampered with (a test of a check beyond the sum's)."""
    value = json.dumps(document["value"])
    head = {key: held for key, held in document.items() if key not in ("sum", "value")}
    return json.dumps({**head, "sum": zlib.crc32(value.encode())})[:-1] + f', "value": {value}}}'
