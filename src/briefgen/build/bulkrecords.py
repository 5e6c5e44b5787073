"""Make many frozen records at once from columns of their fields: a build's per-source records.

A frozen dataclass's `__init__` sets each field through `object.__setattr__` (the class's own
`__setattr__` refuses): some 1,500 instructions a field, so the four records an edit at 10,000
briefings made for every source (the found file, its language, its key, its cached record)
were about 12% of the edit. Here a record is made bare (`object.__new__`) and each field is
set by its slot's own descriptor, mapped over a whole column in C: no Python frame per record
or per field, the same objects (`tests/build/test_bulk_records.py` compares them with what
`__init__` makes). Only for classes whose `__init__` does nothing more than set every field
(no `__post_init__`); every field must be given, defaults included.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from itertools import repeat
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

R = TypeVar("R")


def make_records(cls: type[R], columns: Mapping[str, Sequence[object]]) -> list[R]:
    """Return one `cls` per row of `columns` (a column per field, by name, all of one length),
    as `cls(**row)` would make it."""
    setters = _SETTERS.get(cls) or _SETTERS.setdefault(cls, _setters(cls))
    if columns.keys() != setters.keys():
        raise ValueError(f"{cls.__name__} has the fields {list(setters)}, not {list(columns)}")
    counts = {len(column) for column in columns.values()}
    if len(counts) > 1:
        raise ValueError(f"columns of {sorted(counts)} rows for one {cls.__name__} per row")
    made: list[R] = list(map(object.__new__, repeat(cls, counts.pop() if counts else 0)))
    for name, set_field in setters.items():
        deque(map(set_field, made, columns[name]), maxlen=0)
    return made


_SETTERS: dict[type[Any], dict[str, Callable[[Any, Any], None]]] = {}
"""Each class's slot setters, found once a process."""


def _setters(cls: type[Any]) -> dict[str, Callable[[Any, Any], None]]:
    """Return each field's slot setter, in the fields' order, for a class they may be made
    with: a frozen, slotted dataclass whose `__init__` only sets its fields."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in vars(cls):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}.__init__ does more than set its fields")
    fields = dataclasses.fields(cls)
    if not all(field.init for field in fields):
        raise TypeError(f"{cls.__name__} has a field its __init__ does not take")
    return {field.name: getattr(cls, field.name).__set__ for field in fields}
