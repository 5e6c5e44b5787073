"""Links, images and link definitions whose destination markdown-it cannot read, and
definitions it did not read as such below a paragraph's text: found in the text they are
left as, each a warning at its place.

Word and Google Docs turn a title's `"` into `“ ”`, and dragged files have spaces in their
names: `[the report](https://… “IOM 2025”)`, `![Chart](my chart.png)` and `[iom]: https://…
“IOM 2025”` are then no link, image or definition, and the page shows their Markdown (an image
is gone). markdown-it's own helpers read each `](` again, so what it made a link is never
warned about. An autolink with a space or with no scheme (`<https://example.org/a b>`,
`<www.example.org>`) leaves its `<` and `>` on the page. Brackets before prose in parentheses
(`[ ](see the form)`) are no link anyone meant: a link or definition is warned only when its
address starts like one (`https://`, `/`, `#`, `<`) or ends with a file's extension (`(annex
2.pdf)`), a title after it aside; an image always. So `[Editor's note]: The figures…` stays
prose. A paragraph's `[label]:` with no address at all (`[ref1]:` alone) is no prose anyone
writes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from markdown_it.common.utils import normalizeReference
from markdown_it.helpers import parseLinkTitle

from briefgen.content.attributeblocks import is_attribute_block
from briefgen.content.destinations import destination_at
from briefgen.content.linkdefs import DEFINITION_LINE
from briefgen.content.linkslips import (
    autolink_warning,
    doubled_warning,
    inside_paragraph_warning,
    link_warning,
    nested_warning,
    no_address_warning,
    other_space_warning,
    spaced_warning,
    trailing_warning,
    unbracketed_warning,
    unclosed_warning,
    unopened_warning,
)
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from briefgen.content.othersyntax import Found

_INLINE = pattern(r"(?<![\\\]])(!?)\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]\(")
"""A `[text](` or `![alt](`, not a label's `][` nor an escaped `\\[`. Its text may hold
brackets (`![Map [2025]](…)`) and wrap onto the paragraph's next lines, as hard-wrapped
prose puts it."""
_INNER = pattern(r"\[([^\[\]]*)\]")
"""A bracketed text inside a link's text, which `_INLINE` lets it hold one level deep."""
_REFERENCED = pattern(r"(?<![\\\]!])\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)+\]\[([^\[\]]*)\]")
"""A reference link's `[text][label]` or `[text][]` whose text holds brackets, as `_INLINE`
reads one."""
_LINKED_IMAGE_INSIDE = pattern(
    r"(?<![\\\]])\[[^\[\]]*\[!\[[^\[\]]*\]\([^()\n]*\)\]\(([^()\n]*)\)[^\[\]]*\]\("
)
"""A link whose text holds a linked image (`[a [![i](x.png)](u)](`), deeper than `_INLINE`
reads: the inner link is made, the outer one's brackets and address are left as text. The
inner link's address is the group."""
_SPACES = "[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+"
"""Spaces: a tab, a no-break space (U+00A0, U+202F, as Word or French typing puts one), a
thin or an ideographic space (U+2009, U+3000)."""
_SPACED = pattern(r"(?<![\\\]])(!?)\[([^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*)\](" + _SPACES + r")\(")
"""A `[text] (` or `![alt] (`, a space before its `(`: `_INLINE` with spaces at its end."""
_SPACE_AFTER_BRACKET = pattern(r"\]" + _SPACES)
"""A `]` and a space: where `_SPACED` may match."""
_BRACKET = pattern(r"\\.|[\[\]]", re.DOTALL)
"""A bracket, or an escaped character (`\\]` is no bracket)."""
_UNBRACKETED_IMAGE = pattern(r"(?<!\\)!\[[^\[\]\n]*?\([^()\s]*\)")
"""An image's `![alt(file.png)` with no `]`: checked for one nowhere after it in the run."""
_ADDRESS = pattern(r"[ \t]*(?:<|[A-Za-z][A-Za-z0-9+.-]*://|mailto:|tel:|www\.|\.{0,2}/|#)")
"""An address's start: a `<`, which opens one wherever it leads (`<docs/report.pdf`), or a
scheme (`tel:` too, whose number is often typed with spaces), `/`, `./`, `../` or `#`. Only
its spaces come before, never in a title."""
_FILE = pattern(r"\S\.[A-Za-z][A-Za-z0-9]{1,4}$")
"""Parentheses' text ending with a file's extension: `annex 2.pdf`. Searched in the last
`_FILE_AT_MOST` characters only: from every character of a long text, its search cost as
much as markdown-it's whole parse of a line of `[a](` left as text."""
_FILE_AT_MOST = 7
"""The longest text `_FILE` matches: a character, the dot and five of the extension."""
_TOO_DEEP = pattern(r"[^\x00-\x20\x7f()\\]*(?:\([^\x00-\x20\x7f()\\]*){33}")
"""A destination markdown-it's `parseLinkDestination` gives up on: 33 `(` (its limit is 32
levels) with no `)`, escape, space or control character among them. Matched in C, as that
helper reads a character a call in Python: at each `](` of a line of `](` and `[`, as long
as markdown-it's own parse of the line."""
_SHOWN_AT_MOST = 1_000
"""How far past its `(` a link left as text is read for its address, to show and judge it."""
AUTOLINK_START = r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}://|[Ww][Ww][Ww]\.|mailto:)"
"""How an autolink starts: `<https://`, `<www.`, `<mailto:` (`leftovers.py` looks for it)."""
_AUTOLINK = pattern(rf"(?<!\\){AUTOLINK_START}[^<>\n]*>")
"""An autolink as written, on one line: `<https://example.org/a b>`."""
_TITLE = pattern("[ \t][\"'(\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb]")
"""Where a title starts after an address: a space, then a quote or a `(` (the spaces before
that one are the address's end, stripped). Two characters, the first of a set, so the search
skips to each space in C; spaces any longer, or one looked behind, made the search try every
character (a line of spaces read to its end once per space, or each `[a](` of a long line
read a thousand characters on)."""


def raw_links(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    """Find each `[text](…)`, `![alt](…)` and `[label]: …` line left as text because its
    destination or title does not parse."""
    if "](" in written:
        for match in _INLINE.finditer(written):
            after = match.end()
            if _link_parses(written, after, ")"):
                if not match[1] and _holds_a_link(written, match.start(), after - 2, references):
                    inside, closed = _parenthesised(written, after)
                    shown = written[match.start() : after + len(inside) + closed]
                    yield match.start(), shown, nested_warning
                continue
            inside, closed = _parenthesised(written, after)
            is_image = bool(match[1])
            if not is_image and not _looks_like_address(inside):
                if not inside and not closed:  # `[text](` at its line's end: a slip
                    yield match.start(), written[match.start() : after], trailing_warning
                continue
            shown = written[match.start() : after + len(inside) + closed]
            yield match.start(), shown, link_warning if closed else unclosed_warning
        yield from _unopened(written)
        if "[![" in written:
            yield from _linked_images_inside(written)
        if "][" in written:
            yield from _nested_references(written, references)
    if "] " in written or "]\t" in written or _SPACE_AFTER_BRACKET.search(written):
        yield from _spaced(written, references)
    if "![" in written:
        last_bracket = written.rfind("]")
        for match in _UNBRACKETED_IMAGE.finditer(written):
            if match.end() > last_bracket:
                yield match.start(), match.group(), unbracketed_warning
    if "<" in written:
        yield from raw_autolinks(written)
    if "]:" in written:
        for match in DEFINITION_LINE.finditer(written):
            if (start := _address_start(written, match.end())) is None:
                continue  # a paragraph's are found by `addressless_definitions`
            line_end = _line_end(written, start)
            address = written[start : min(line_end, start + _SHOWN_AT_MOST)]
            if not _looks_like_address(address):
                continue
            shown = written[match.start() : line_end].strip()
            at = match.start() + len(match[0]) - len(match[0].lstrip())
            read = _read_to(written, match.end())
            if is_attribute_block(written[read:line_end].rstrip()):
                continue  # Pandoc's `{width=50%}` ends it: `attributeblocks.py` warns
            if read < line_end:
                yield at, shown, link_warning
            elif match.start() > 0 and not _unread_definition_above(written, match.start()):
                # One that reads whole: markdown-it reads none below a paragraph's first line.
                yield at, shown, inside_paragraph_warning


def _linked_images_inside(written: str) -> Iterator[Found]:
    """Find each link whose text holds a linked image (`[a [![i](x.png)](u)](v)`): shown as
    text but for the linked image, as links may not hold links."""
    for match in _LINKED_IMAGE_INSIDE.finditer(written):
        inner = _link_parses(written, match.start(1), ")")
        if inner and _link_parses(written, match.end(), ")"):
            inside, closed = _parenthesised(written, match.end())
            shown = written[match.start() : match.end() + len(inside) + closed]
            yield match.start(), shown, nested_warning


def _nested_references(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    """Find each `[text][label]` whose text holds a link (`[a [b](x)][r]`): shown as text, as
    `_holds_a_link` says, its `[r]` a link of its own when defined, else text too."""
    for match in _REFERENCED.finditer(written):
        if _holds_a_link(written, match.start(), match.start(1) - 2, references):
            yield match.start(), match[0], nested_warning


def _holds_a_link(
    written: str, start: int, text_end: int, references: Mapping[str, object]
) -> bool:
    """Whether the text of the link whose `[` is at `start` and whose `]` is at `text_end`
    (`[a [b](x)](`) holds a link markdown-it
    reads, inline or by a definition: links may not hold links, so the inner one is made and
    the outer one's brackets and address are left as text. An image (`[![Map](m.png)](…)`,
    `[![Map][m]](…)`, whose `[m]` follows a `]`) or a note's reference (warned of in
    `noterefs.py`) is no link."""
    for inner in _INNER.finditer(written, start + 1, text_end):
        if written[inner.start() - 1] in "!\\]" or inner[1].startswith("^"):
            continue
        after = inner.end()
        if written.startswith("(", after):
            if _link_parses(written, after + 1, ")"):
                return True
            continue
        label = inner[1]
        if written.startswith("[", after) and 0 < (close := written.find("]", after)) < text_end:
            label = written[after + 1 : close] or label
        if normalizeReference(label) in references:
            return True
    return False


def _unopened(written: str) -> Iterator[Found]:
    """Find each `](` whose `]` closes no `[` (`[text]](url)`, `text](url)`), left as text
    when its parentheses hold an address, or nothing to its line's end, or the `]` is doubled:
    read bracket by bracket, once (an escaped one is none)."""
    depth = 0
    for match in _BRACKET.finditer(written):
        if match[0] == "[":
            depth += 1
        elif match[0] != "]":
            continue  # an escaped character
        elif depth:
            depth -= 1
        elif written.startswith("(", match.end()):
            at, after = match.start(), match.end() + 1
            inside, closed = _parenthesised(written, after)
            doubled = at > 0 and written[at - 1] == "]" and written[at - 2 : at - 1] != "\\"
            if doubled or (not inside and not closed) or _looks_like_address(inside):
                shown = written[at : after + len(inside) + closed]
                yield at, shown, doubled_warning if doubled else unopened_warning


def _spaced(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    """Find each `[text] (address)` and `![alt] (file)`, a space between its `]` and `(`: no
    link or image, unless its `[text]` is a link by a definition (or a note's, or a task's box)."""
    for match in _SPACED.finditer(written):
        label = match[2]
        if label.strip() in ("", "x", "X") or label.startswith("^"):
            continue  # a task's box or a note, not a link's text
        if normalizeReference(label) in references:
            continue  # a link by its definition: the parentheses are text after it
        after = match.end()
        inside, closed = _parenthesised(written, after)
        if match[1] or _looks_like_address(inside):
            shown = written[match.start() : after + len(inside) + closed]
            odd = match[3].strip(" \t")
            yield match.start(), shown, other_space_warning(odd[0]) if odd else spaced_warning


def _unread_definition_above(written: str, start: int) -> bool:
    """Whether the line above the one at `start` is a definition that is warned as unread:
    it put this one in a paragraph, and mending it mends both."""
    above = written.rfind("\n", 0, start - 1) + 1
    match = DEFINITION_LINE.match(written, above)
    if match is None or (address := _address_start(written, match.end())) is None:
        return match is not None  # `[ref1]:` alone: warned by `addressless_definitions`
    line_end = _line_end(written, address)
    read = _read_to(written, match.end())
    if is_attribute_block(written[read:line_end].rstrip()):
        return True
    return read < line_end and _looks_like_address(written[address:line_end])


def raw_autolinks(written: str) -> Iterator[Found]:
    """Find each `<…>` autolink markdown-it cannot read: one with a space (it links the part
    before it) or with no scheme (`<www.example.org>`), its `<` and `>` left as text."""
    for match in _AUTOLINK.finditer(written):
        address = match[0][1:-1]
        if address[:4].lower() == "www." or any(char.isspace() for char in address):
            yield match.start(), match[0], autolink_warning


def addressless_definitions(written: str) -> Iterator[Found]:
    """Find each `[label]:` line of a paragraph's text with no address after it, on its line
    or the next (where a definition may have it): the end of the paragraph or another
    definition's line is there. In a heading or a table's cell, no definition was meant."""
    if "]:" in written:
        for match in DEFINITION_LINE.finditer(written):
            if _address_start(written, match.end()) is None:
                at = match.start() + len(match[0]) - len(match[0].lstrip())
                yield at, match[0].strip(), no_address_warning


def _address_start(written: str, start: int) -> int | None:
    """Return where the address of a definition whose `[label]:` and spaces end at `start`
    begins, on its line or on the next; None when it has none."""
    if written.startswith("\n", start):
        start = _skip_spaces(written, start + 1, " \t")
    if start == len(written) or DEFINITION_LINE.match(written, start):
        return None
    return start


def _line_end(written: str, start: int) -> int:
    end = written.find("\n", start)
    return len(written) if end == -1 else end


def _link_parses(written: str, start: int, closing: str) -> bool:
    """Whether markdown-it reads a destination, maybe a title, then `closing` at `start`."""
    return written.startswith(closing, _read_to(written, start))


def _read_to(written: str, start: int) -> int:
    """Return where a destination and maybe a title that start at `start` end, spaces after
    them and all: `start` itself when no destination does."""
    pos = _skip_spaces(written, start)
    if not written.startswith("<", pos) and _TOO_DEEP.match(written, pos):
        return pos
    destination = destination_at(written, pos)
    if destination.ok:
        pos = _skip_spaces(written, destination.pos)
        title = parseLinkTitle(written, pos, len(written))
        if title.ok:
            pos = _skip_spaces(written, title.pos)
    return pos


def _skip_spaces(written: str, pos: int, spaces: str = " \t\n") -> int:
    while pos < len(written) and written[pos] in spaces:
        pos += 1
    return pos


def _parenthesised(written: str, start: int) -> tuple[str, bool]:
    """Return the text from `start` to the `)` that closes the `(` before it, and True; or
    to the line's end, and False, when none does. At most `_SHOWN_AT_MOST` characters,
    searched with `str.find` and `str.count`, so a line of ten thousand `](` is not read once
    for each of them: its end too is looked for no further (the rest of a line of 160,000
    links, searched from each, took 1.2 s)."""
    end = min(len(written), start + _SHOWN_AT_MOST)
    if (line_end := written.find("\n", start, end)) != -1:
        end = line_end
    depth, read = 1, start
    while (close := written.find(")", read, end)) != -1:
        depth += written.count("(", read, close) - 1
        if depth == 0:
            return written[start:close], True
        read = close + 1
    return written[start:end].rstrip(), False


def _looks_like_address(text: str) -> bool:
    """Whether `text`, a title after it aside, starts like an address or ends with a file's
    extension."""
    if _ADDRESS.match(text):
        return True
    if "." not in text:  # no file's extension, wherever a title starts
        return False
    address = text[: title.start()] if (title := _TITLE.search(text)) else text
    return _FILE.search(address.strip()[-_FILE_AT_MOST:]) is not None
