"""Find the blocks of one kind anywhere in a briefing's model, in reading order.

A block may hold blocks (a quote, a callout, a note, a list item, a plugin's container), so
outputs that need every table or every list walk the model's fields rather than known kinds:
a plugin's container block is searched like a built-in one.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

from briefgen.diagnostics import SourcePos
from briefgen.model import RichText

BlockT = TypeVar("BlockT")


def find_blocks(value: object, kind: type[BlockT]) -> list[BlockT]:
    """Return the blocks of `kind` in `value`, in reading order; not those inside one found."""
    found: list[BlockT] = []
    _collect(value, kind, found)
    return found


def _collect(value: object, kind: type[BlockT], found: list[BlockT]) -> None:
    if isinstance(value, kind):
        found.append(value)
        return
    items = value if isinstance(value, tuple) else _field_values(value)
    for item in items:
        # Most fields are text, numbers and positions: passed over without a call each,
        # which made the walk three times faster.
        if type(item) not in _LEAVES:
            _collect(item, kind, found)


def _field_values(value: object) -> list[object]:
    return [getattr(value, name) for name in _container_fields(type(value))]


_LEAVES = frozenset({str, int, float, bool, type(None), RichText, SourcePos})
"""Types that hold no block: asking `_collect` about them would find none."""


_FIELDS: dict[type, tuple[str, ...]] = {}
"""Per class, the fields that may hold blocks (see `_container_fields`)."""


def _container_fields(cls: type) -> tuple[str, ...]:
    """Return the fields to look into for blocks: a dataclass's, except rich text's."""
    # Cached per class: asking `dataclasses` about every string and number of a briefing,
    # three times per briefing, cost more than the tables' CSV.
    names = _FIELDS.get(cls)
    if names is None:
        is_container = dataclasses.is_dataclass(cls) and not issubclass(cls, RichText)
        names = tuple(f.name for f in dataclasses.fields(cls)) if is_container else ()
        _FIELDS[cls] = names
    return names
