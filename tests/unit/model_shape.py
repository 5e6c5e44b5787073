"""Compare briefing models by structure: the same blocks and text, wherever they came from."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos
from briefgen.model import Callout

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.model import Section


def strip_positions(value: object) -> object:
    """Return the value as nested tuples and dicts, with every SourcePos left out, and every
    field of them (`tag_positions`, or `date_pos`, which a model `import` makes has none of)."""
    if isinstance(value, SourcePos):
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {
            field.name: strip_positions(getattr(value, field.name))
            for field in dataclasses.fields(value)
            if not isinstance(getattr(value, field.name), SourcePos)
            and not field.name.endswith(("_positions", "_pos"))
        }
        return (type(value).__name__, fields)
    if isinstance(value, tuple | list):
        return tuple(strip_positions(item) for item in value)
    return value


# The default briefing is the shared source article plus what an editor adds by hand and plain
# text cannot say: front matter `sources:` and callouts. Comparisons with the imported article
# leave out exactly these.


def without_callouts(sections: Sequence[Section]) -> tuple[Section, ...]:
    """Return the sections with their callout blocks removed, at every depth."""
    return tuple(
        dataclasses.replace(
            section,
            blocks=tuple(block for block in section.blocks if not isinstance(block, Callout)),
            subsections=without_callouts(section.subsections),
        )
        for section in sections
    )


def callouts(sections: Sequence[Section]) -> list[Callout]:
    """Return every callout block of the sections, in order."""
    found: list[Callout] = []
    for section in sections:
        found += [block for block in section.blocks if isinstance(block, Callout)]
        found += callouts(section.subsections)
    return found
