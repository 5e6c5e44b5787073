"""YAML values written in curly quotes, which YAML does not read as quotes.

Word and Google Docs turn `"` into `“` and `”`: `title: “Heat”` is the text `“Heat”`, quotes
and all, and in a flow list `[“Natarajan, Priya”, DHSC]` is split at its comma, into `“Natarajan`
and `Priya”`, which moves every later item a place. Both are valid YAML, so the loader records
each unquoted value that opens with a curly quote and closes with its partner, in one item or
over the items of a flow list, for front matter and `table` fences to warn about. A curly quote
inside the text (`The “deal” failed`) is the author's, and so is one in straight quotes
(`'“Heat”'`); so is a value wholly in another language's quotes (`« Nous agirons »`, a title
that is a quotation), unless a list split it. A list item `“Heat: the facts”` is valid YAML
too, a key and its value: the loader records it for the hint of the error that follows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import yaml

from briefgen.content.yamltext import quoted_scalar
from briefgen.diagnostics import excerpt, listed, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Iterator, Sequence

    from briefgen.content.yamlsource import YamlSource
    from briefgen.diagnostics import Diagnostic, SourcePos

_CLOSERS = {
    "\u201c": "\u201d",
    "\u2018": "\u2019",
    "\u201e": "\u201c\u201d",
    "\u00ab": "\u00bb",
    "\u00bb": "\u00ab",
    "\u201d": "\u201d",
    "\u201a": "\u2018\u2019",
    "\u2039": "\u203a",
    "\u300c": "\u300d",
    "\u300e": "\u300f",
}
"""Each opening quote a keyboard or a word processor types for `"` or `'`, with the closing
quotes that pair with it: English `“…”` and `‘…’`, German and Polish `„…“`, `„…”` and `‚…‘`,
French `«…»` and `‹…›`, German and Danish `»…«`, Swedish and Finnish `”…”`, CJK `「…」`, `『…』`."""
OPENERS = "".join(_CLOSERS)
_WHOLE = "\u201c\u2018"
"""The openers of the quotes Word and Docs type for straight ones: a value wholly in another
language's quotes is a quotation typed on purpose, and warned only where a list splits it."""
_MARKS = "".join(sorted(set(OPENERS + "".join(_CLOSERS.values())) - {"\u2019"}))
_QUOTE_MARK = pattern(f"[{_MARKS}]|\u2019(?!\\w)")
"""Any quote of `_CLOSERS`; a `’` before a letter is an apostrophe (`O’Neill`)."""
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
    colon: bool = False
    """Whether it is a list item YAML read as a key and its value, at the `:` inside it."""


def curly_quoted(root: yaml.Node, text: str, source: YamlSource) -> tuple[CurlyQuoted, ...]:
    """Return each unquoted value of `text`, whose node is `root`, written in curly quotes,
    in document order."""
    found: list[CurlyQuoted] = []
    pending: list[tuple[tuple[Hashable, ...], yaml.Node]] = [((), root)]
    while pending:  # iterative: a deeply nested document must not exhaust the stack
        path, node = pending.pop()
        if isinstance(node, yaml.MappingNode):
            pending.extend(((*path, str(key.value)), value) for key, value in node.value)
            if path and isinstance(path[-1], int) and _colon_inside(node):
                found.append(replace(_found(path, [node], text, source), colon=True))
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
    with a curly quote and holds no other, through the next item that closes it, with no
    other quote in between. An item that closes its own quotes (`“Rwanda” scheme`) is text."""
    first = 0
    while first < len(items):
        opening, end = _plain(items[first][1]), first + 1
        closers = _CLOSERS.get(opening[:1], "")
        if closers and not _QUOTE_MARK.search(opening, 1):
            while end < len(items) and (item := _plain(items[end][1])):
                if item[-1] in closers and not _QUOTE_MARK.search(item, 0, len(item) - 1):
                    nodes = [node for _, node in items[first : end + 1]]
                    yield _found(items[first][0], nodes, text, source)
                    end += 1
                    break
                if _QUOTE_MARK.search(item):
                    break  # it may open a split of its own
                end += 1
        first = end


def _plain(node: yaml.Node) -> str:
    """Return the text of an unquoted scalar, or "" for any other node."""
    # A plain scalar's style is None in PyYAML and "" in its C loader.
    plain = isinstance(node, yaml.ScalarNode) and not node.style
    return str(node.value) if plain else ""


def _wrapped(text: str) -> bool:
    """Whether `text` opens with Word's curly quote and closes with its partner, quoting no
    other text on the way (`“Deal” failed, says the “minister”` quotes two)."""
    closers = _CLOSERS.get(text[:1], "") if text[:1] in _WHOLE else ""
    inner = text[1:-1]
    if len(text) < 2 or text[-1] not in closers or text[0] in inner:
        return False
    # A `’` inside is an apostrophe (`‘Heat’s toll’`); a `”` closes the quote early.
    return closers == "\u2019" or not any(closer in inner for closer in closers)


def _colon_inside(node: yaml.MappingNode) -> bool:
    """Whether `node` is one key and its value on one line that open with a curly quote and
    close with its partner: `“Heat: the facts”`, a list item meant as text."""
    if len(node.value) != 1:
        return False
    key_node, value_node = node.value[0]
    key, value = _plain(key_node), _plain(value_node)
    same_line = key_node.start_mark.line == value_node.end_mark.line
    return same_line and bool(key and value) and value[-1] in _CLOSERS.get(key[0], "")


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
        if quoted.colon:
            continue  # not text: the error at its type takes `colon_hints`
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
            if not quoted.written[1:-1].strip():
                hint = "they quote nothing: write the text between straight quotes"
        warnings.append(warning(quoted.pos, message, hint))
    return warnings


_VALUE = pattern(r"\s*(?:-\s+)*(?P<key>(?:[^\s#:-]|-(?!\s))[^:]*):\s+(?P<value>.*)")
"""A `key: value` line, perhaps a block list's item: YAML's trouble with `:` is in its value.
A key starts with no `- `, and the value's trailing spaces are stripped after the match, so a
line of many `- ` or spaces is read in linear time."""


def curly_colon_hint(text: str, line: int) -> tuple[int, str] | None:
    """Return the column and hint for YAML's "mapping values are not allowed" on `line` of
    `text`, 0-based, when the value there is in curly quotes: its author quoted the `:` in
    it, with quotes YAML does not read."""
    rows = text.splitlines()  # at YAML's line breaks, as its marks count them
    found = _VALUE.match(rows[line]) if line < len(rows) else None
    value = found["value"].rstrip() if found else ""
    if found is None or len(value) < 2 or value[-1] not in _CLOSERS.get(value[0], ""):
        return None
    return found.start("value"), _straight_hint(value, f"{excerpt(found['key'], _QUOTED)}: ")


def colon_hints(found: Sequence[CurlyQuoted]) -> dict[tuple[Hashable, ...], str]:
    """Return the hint for each list item of `found` that YAML read as a key and its value
    (`- “Heat: the facts”`), by its path: the author quoted its `:`, with quotes YAML does
    not read, so "quote it" would send them in a circle."""
    return {quoted.path: _straight_hint(quoted.written, "") for quoted in found if quoted.colon}


def _straight_hint(written: str, key: str) -> str:
    """Return the hint to write `written`, in curly quotes, after `key` in straight ones."""
    return (
        f"`{written[0]}` and `{written[-1]}` are no YAML quotes: write "
        f"{key}{quoted_scalar(excerpt(written[1:-1].strip(), _QUOTED))} in straight quotes"
    )
