"""Shard codecs (build/columns.py): what is written is read back; anything else is refused."""

from __future__ import annotations

import json
from typing import cast

import pytest

from briefgen.build.cachejson import CacheShapeError
from briefgen.build.columns import ByColumn, ByRecord, Row
from briefgen.build.records import HINTS, OUTPUTS, SOURCES

Pair = tuple[str, int]
PAIRS: ByColumn[Pair] = ByColumn((str, int), tuple, lambda row: cast("Pair", row))


def _through_json(value: object) -> object:
    return json.loads(json.dumps(value))


def _decoded(codec: ByColumn[Pair], value: object) -> dict[str, Pair]:
    codec.keys(value)
    return codec.decode(value)


def test_columns_round_trip_through_json_in_key_order() -> None:
    part = {"b": ("two", 2), "a": ("one", 1), "c": ("three", 3)}
    value = _through_json(PAIRS.encode(part))
    assert value == {"keys": ["a", "b", "c"], "columns": [["one", "two", "three"], [1, 2, 3]]}
    assert list(PAIRS.keys(value)) == ["a", "b", "c"]
    assert PAIRS.decode(value) == part
    assert PAIRS.decode(value, only={"b", "z"}) == {"b": ("two", 2)}


def test_an_empty_shard_keeps_a_column_per_field() -> None:
    value = _through_json(PAIRS.encode({}))
    assert value == {"keys": [], "columns": [[], []]}
    assert _decoded(PAIRS, value) == {}


@pytest.mark.parametrize(
    "value",
    [
        None,
        [],
        {"keys": "a"},
        {"keys": [1], "columns": [["x"], [1]]},
        {"keys": ["a"]},
        {"keys": ["a"], "columns": [["x"]]},
        {"keys": ["a"], "columns": [["x"], [1], [2]]},
        {"keys": ["a"], "columns": [["x"], 1]},
        {"keys": ["a"], "columns": [["x"], [1, 2]]},
        {"keys": ["a", "b"], "columns": [["x"], [1]]},
        {"keys": ["a"], "columns": [[1], [1]]},
        {"keys": ["a"], "columns": [["x"], [True]]},  # a bool is no int here
        {"keys": ["a"], "columns": [["x"], [1.0]]},
        {"keys": ["a"], "columns": [["x"], [None]]},
        {"keys": ["a", "a"], "columns": [["x", "y"], [1, 2]]},
    ],
)
def test_a_value_not_written_by_encode_is_refused(value: object) -> None:
    with pytest.raises(CacheShapeError):
        _decoded(PAIRS, value)


def test_by_record_round_trips_and_refuses_a_non_object() -> None:
    codec = ByRecord(lambda n: [n], lambda data: cast("list[int]", data)[0])
    value = _through_json(codec.encode({"b": 2, "a": 1}))
    assert list(cast("dict[str, object]", value)) == ["a", "b"]
    assert list(codec.keys(value)) == ["a", "b"]
    assert codec.decode(value) == {"a": 1, "b": 2}
    assert codec.decode(value, only={"a"}) == {"a": 1}
    with pytest.raises(CacheShapeError):
        codec.keys([["a", [1]]])


def _row_of(codec: ByColumn[object], record: object) -> Row:
    value = cast("dict[str, list[list[object]]]", codec.encode({"k": record}))
    return tuple(column[0] for column in value["columns"])


def test_the_state_records_round_trip_and_refuse_a_field_of_another_type() -> None:
    """Sources, outputs and hints as a build saves them: each field of a wrong type is
    refused, the list fields' items too."""
    from briefgen.diagnostics import SourcePos, warning

    found = (warning(SourcePos("content/a.md", 3, 1), "a warning", "a hint"),)
    source = ("d" * 32, "2026-01-02", "k" * 32, ("a/index.html",), found, "", "e", ("b",), "")
    hint = (10, 20, 30, 40, 50, "h", False, "en", "content/a.md", "en", "a", "a", False, "")
    cases: list[tuple[ByColumn[object], object]] = [
        (cast("ByColumn[object]", SOURCES), source),
        (cast("ByColumn[object]", OUTPUTS), ("k" * 32, 1, 2, "h" * 32)),
        (cast("ByColumn[object]", HINTS), hint),
    ]
    for codec, record in cases:
        value = _through_json(codec.encode({"k": record}))
        codec.keys(value)
        assert codec.decode(value) == {"k": record}
        row = _row_of(codec, record)
        for index in range(len(row)):
            columns = [[_wrong(item) if i == index else item] for i, item in enumerate(row)]
            with pytest.raises(CacheShapeError):
                codec.decode(_through_json({"keys": ["k"], "columns": columns}))


def _wrong(field: object) -> object:
    """Return a value of another type than `field` (for a list, one holding another type)."""
    if isinstance(field, list):
        return [1.5]
    return 1 if isinstance(field, bool) else 1.5
