"""A YAML value as a message shows it: a list or mapping in YAML's flow style, as YAML reads it;
a quoted scalar, as a hint suggests writing one.

Python's text of a list is its repr, `['a']`: a hint built from it (`title: "['a']"`) taught a
syntax YAML does not have. Each item is shown as written where the source says (`0x1F`, not
31), as plain text where YAML reads that back as the same text, else in double quotes.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Hashable, Mapping

_PLAIN_ITEM = pattern(r"[^\W\d_](?:[\w .'\u2019-]*[\w.'\u2019])?")
"""A list item YAML reads as text unquoted: a letter first, no `,`, `#`, `:` nor bracket."""
HINT_LIMIT = 120
"""The longest line a hint shows quoted."""


def flow_item(text: str) -> str:
    """Return `text` as an item of a YAML `[…]` list: as written when YAML reads it back as
    this text, else in double quotes (`"Smith, J."`, `"true"`)."""
    if _PLAIN_ITEM.fullmatch(text) and text.lower() not in ("true", "false", "null"):
        return text
    return json.dumps(text, ensure_ascii=False)


def flow_text(
    value: object, path: tuple[Hashable, ...], written: Mapping[tuple[Hashable, ...], str]
) -> str:
    """Return `value`, found at `path`, in YAML's flow style; `written` holds the source text of
    each number, boolean and null by its path (keys as text, list indexes)."""
    if isinstance(value, list):
        items = (flow_text(item, (*path, index), written) for index, item in enumerate(value))
        return f"[{', '.join(items)}]"
    if isinstance(value, dict):
        pairs = (
            f"{flow_item(str(key))}: {flow_text(item, (*path, str(key)), written)}"
            for key, item in value.items()
        )
        return f"{{{', '.join(pairs)}}}"
    if path in written:
        return written[path]
    return flow_item(value) if isinstance(value, str) else str(value)


def quoted_scalar(text: str) -> str:
    """Return `text` as a quoted YAML scalar, in single quotes when it holds `"` or `\\`."""
    if '"' in text or "\\" in text:
        return "'" + text.replace("'", "''") + "'"
    return f'"{text}"'


def value_line(path: tuple[Hashable, ...], written: str) -> str:
    """Return the YAML line that writes `written` at `path`: `title: …` for a key's value,
    `- …` for a list's item."""
    step = path[-1] if path else ""
    return f"- {written}" if isinstance(step, int) else f"{step}: {written}"


def quoted_line(path: tuple[Hashable, ...], text: str) -> str:
    """Return the YAML line that writes `text`, quoted, at `path`: `title: "#1 in Europe"`."""
    return value_line(path, quoted_scalar(text))
