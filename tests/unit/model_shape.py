"""Compare briefing models by structure: the same blocks and text, wherever they came from."""

from __future__ import annotations

import dataclasses

from briefgen.diagnostics import SourcePos


def strip_positions(value: object) -> object:
    """Return the value as nested tuples and dicts, with every SourcePos left out."""
    if isinstance(value, SourcePos):
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {
            field.name: strip_positions(getattr(value, field.name))
            for field in dataclasses.fields(value)
            if not isinstance(getattr(value, field.name), SourcePos)
        }
        return (type(value).__name__, fields)
    if isinstance(value, tuple | list):
        return tuple(strip_positions(item) for item in value)
    return value
