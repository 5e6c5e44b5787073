"""Records made a column at a time (build/bulkrecords.py) are the records `__init__` makes."""

from __future__ import annotations

from dataclasses import dataclass, fields

import pytest

from briefgen.build.bulkrecords import make_records
from briefgen.build.cache import CachedSource
from briefgen.build.discover import LoadedSource, SourceFile
from briefgen.content.languages import SourceLanguage


def test_make_records_equal_what_init_makes() -> None:
    rows = [
        ("a" * 64, None, (), ("a/index.html",), "k1", "2026-01-02", "", "e1", ("b.md",), ""),
        ("b" * 64, None, (), (), "", "", "2027-01-01", "", (), "2026-03-04"),
    ]
    names = [field.name for field in fields(CachedSource)]
    columns = {name: [row[at] for row in rows] for at, name in enumerate(names)}
    made = make_records(CachedSource, columns)
    assert made == [CachedSource(*row) for row in rows]
    assert [type(record) for record in made] == [CachedSource, CachedSource]
    assert made[1].listed is False and made[0].dated == "2026-01-02"
    assert hash(made[0]) == hash(CachedSource(*rows[0]))


@pytest.mark.parametrize("cls", [SourceFile, SourceLanguage, LoadedSource, CachedSource])
def test_make_records_of_no_rows(cls: type[object]) -> None:
    assert make_records(cls, {field.name: [] for field in fields(cls)}) == []  # type: ignore[arg-type]


def test_make_records_keep_records_frozen() -> None:
    (made,) = make_records(SourceFile, {"path": ["/p/a.md"], "rel": ["a.md"], "stamp": [None]})
    with pytest.raises(AttributeError):
        made.rel = "b.md"  # type: ignore[misc]


def test_make_records_want_every_field_and_rows_of_one_length() -> None:
    with pytest.raises(ValueError, match="fields"):
        make_records(SourceFile, {"path": ["/p/a.md"], "rel": ["a.md"]})  # a default too
    with pytest.raises(ValueError, match="rows"):
        make_records(SourceFile, {"path": ["/p/a.md"], "rel": ["a.md", "b.md"], "stamp": [None]})


@dataclass(frozen=True, slots=True)
class _Checked:
    value: int

    def __post_init__(self) -> None:
        if self.value < 0:
            raise ValueError("negative")


@dataclass(slots=True)
class _Mutable:
    value: int


@dataclass(frozen=True)
class _Unslotted:
    value: int


@pytest.mark.parametrize("cls", [_Checked, _Mutable, _Unslotted])
def test_make_records_refuse_a_class_init_does_more_for(cls: type[object]) -> None:
    with pytest.raises(TypeError):
        make_records(cls, {"value": [1]})
