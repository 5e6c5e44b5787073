"""YAML values written in curly quotes, which YAML does not read as quotes.

Word and Google Docs turn `"` into `“` and `”`: `title: “Heat”` is the text `“Heat”`, quotes
and all, and in a flow list `[“Natarajan, Priya”, DHSC]` is split at its comma, into `“Natarajan`
and `Priya”`, which moves every later item a place. Both are valid YAML, so the loader records
each unquoted value that opens with a curly quote and closes with its partner, in one item or
over the items of a flow list, for front matter and `table` fences to warn about. A curly quote
inside the text (`The “deal” failed`) is the author's, and so is one in straight quotes
(`'“Heat”'`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import yaml

from briefgen.content.yamltext import quoted_scalar
from briefgen.diagnostics import excerpt, listed, warning

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Iterator, Sequence

    from briefgen.content.yamlsource import YamlSource
    from briefgen.diagnostics import Diagnostic, SourcePos

_CLOSERS = {"\u201c": "\u201d", "\u2018": "\u2019", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb"}
"""Each opening quote Word and Docs type for `"` or `'` (English `“…”` and `‘…’`, German and
Polish `„…“` and `„…”`, French `«…»`), with the closing quotes that pair with it."""
OPENERS = "".join(_CLOSERS)
_QUOTED = 60
"""The most characters of a value a message quotes."""
_LISTED = 3
"""The most items a message names: the rest are counted."""


@dataclass(frozen=True, slots=True)
class CurlyQuoted:
    """An unquoted value that opens with a curly quote and closes with its partner."""

    path: tuple[Hashable, ...]
    """The value's path, or the path of the first flow list item YAML split it into."""
    pos: SourcePos
    """Where it starts, at its opening quote."""
    written: str
    """The value as written, from its opening to its closing quote."""
    parts: tuple[str, ...]
    """The items YAML read it as: one, or more for a value split at its commas."""


def curly_quoted(root: yaml.Node, text: str, source: YamlSource) -> tuple[CurlyQuoted, ...]:
    """Return each unquoted value of `text`, whose node is `root`, written in curly quotes,
    in document order."""
    found: list[CurlyQuoted] = []
    pending: list[tuple[tuple[Hashable, ...], yaml.Node]] = [((), root)]
    while pending:  # iterative: a deeply nested document must not exhaust the stack
        path, node = pending.pop()
        if isinstance(node, yaml.MappingNode):
            pending.extend(((*path, str(key.value)), value) for key, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            items = [((*path, index), item) for index, item in enumerate(node.value)]
            pending.extend(items)
            if node.flow_style:
                found += _split(items, text, source)
        elif (parts := _plain(node)) and _wrapped(parts):
            found.append(_found(path, [node], text, source))
    return tuple(sorted(found, key=lambda quoted: quoted.pos))


def _split(
    items: Sequence[tuple[tuple[Hashable, ...], yaml.Node]], text: str, source: YamlSource
) -> Iterator[CurlyQuoted]:
    """Yield each value a flow list's `items` hold split at its commas: an item that opens
    with a curly quote and does not close it, through the next item that does."""
    first = 0
    while first < len(items):
        opening, end = _plain(items[first][1]), first + 1
        if opening[:1] in _CLOSERS and not _wrapped(opening):
            closers = _CLOSERS[opening[0]]
            while end < len(items) and (item := _plain(items[end][1])) and item[0] not in OPENERS:
                end += 1
                if item[-1] in closers:
                    nodes = [node for _, node in items[first:end]]
                    yield _found(items[first][0], nodes, text, source)
                    break
        first = end


def _plain(node: yaml.Node) -> str:
    """Return the text of an unquoted scalar, or "" for any other node."""
    # A plain scalar's style is None in PyYAML and "" in its C loader.
    plain = isinstance(node, yaml.ScalarNode) and not node.style
    return str(node.value) if plain else ""


def _wrapped(text: str) -> bool:
    """Whether `text` opens with a curly quote and closes with its partner, quoting no other
    text on the way (`“Deal” failed, says the “minister”` quotes two)."""
    closers = _CLOSERS.get(text[:1], "")
    inner = text[1:-1]
    if len(text) < 2 or text[-1] not in closers or text[0] in inner:
        return False
    # A `’` inside is an apostrophe (`‘Heat’s toll’`); a `”` closes the quote early.
    return closers == "\u2019" or not any(closer in inner for closer in closers)


def _found(
    path: tuple[Hashable, ...], nodes: Sequence[yaml.Node], text: str, source: YamlSource
) -> CurlyQuoted:
    start, end = nodes[0].start_mark, nodes[-1].end_mark
    written = " ".join(text[start.index : end.index].split())
    parts = tuple(str(node.value) for node in nodes)
    return CurlyQuoted(path, source.pos(start.line, start.column), written, parts)


def curly_quote_warnings(
    found: Sequence[CurlyQuoted],
    name: Callable[[tuple[Hashable, ...]], tuple[str, str]],
    *,
    split_only: bool = False,
) -> list[Diagnostic]:
    """Return a warning for each value of `found`; `name(path)` says how a message names the
    value or list at `path`, and what a list's parts are (`("row 2", "cells")`). With
    `split_only`, a value whole in its curly quotes is text as meant: a table cell may quote
    what someone said."""
    warnings: list[Diagnostic] = []
    for quoted in found:
        opener, closer = quoted.written[0], quoted.written[-1]
        straight = quoted_scalar(excerpt(quoted.written[1:-1].strip(), _QUOTED))
        marks = f"`{opener}` and `{closer}` are no YAML quotes"
        written = excerpt(quoted.written, _QUOTED)
        if len(quoted.parts) > 1:
            subject, items = name(quoted.path[:-1])
            parts = [f"`{excerpt(part, _QUOTED)}`" for part in quoted.parts[:_LISTED]]
            if len(quoted.parts) > _LISTED:
                parts.append(f"{len(quoted.parts) - _LISTED} more")
            message = (
                f"{subject} reads `{written}` as {len(quoted.parts)} {items}, "
                f"{listed(parts)}: {marks}, and YAML splits a list at every comma"
            )
            hint = f"write {straight} in straight quotes to keep it one value"
        elif split_only:
            continue
        else:
            subject = name(quoted.path)[0]
            message = f"{subject} `{written}` is in curly quotes, which YAML keeps as text: {marks}"
            # Single quotes: `"“` would be hard to tell from `““`.
            kept = "'" + written.replace("'", "''") + "'"
            hint = f"write {straight} in straight quotes, or {kept} to show the curly ones"
        warnings.append(warning(quoted.pos, message, hint))
    return warnings


_VALUE = re.compile(r"\s*(?:-\s+)*(?P<key>[^\s#:][^:]*):\s+(?P<value>.*?)\s*$")
"""A `key: value` line, perhaps a block list's item: YAML's trouble with `:` is in its value."""


def curly_colon_hint(text: str, line: int) -> tuple[int, str] | None:
    """Return the column and hint for YAML's "mapping values are not allowed" on `line` of
    `text`, 0-based, when the value there is in curly quotes: its author quoted the `:` in
    it, with quotes YAML does not read."""
    rows = text.splitlines()  # at YAML's line breaks, as its marks count them
    found = _VALUE.match(rows[line]) if line < len(rows) else None
    value = found["value"] if found else ""
    if found is None or len(value) < 2 or value[-1] not in _CLOSERS.get(value[0], ""):
        return None
    hint = (
        f"`{value[0]}` and `{value[-1]}` are no YAML quotes: write "
        f"{excerpt(found['key'], _QUOTED)}: {quoted_scalar(excerpt(value[1:-1].strip(), _QUOTED))} "
        "in straight quotes"
    )
    return found.start("value"), hint
