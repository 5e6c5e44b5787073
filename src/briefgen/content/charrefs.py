"""Numeric character references to characters no page may hold: `&#0;`, `&#x1F;`, `&#xFFFE;`.

Written raw, a control character or a noncharacter is an error at its column (parse.py), and so
is one a YAML escape makes (yamldocument.py). Written as a reference, markdown-it shows it as
`�` in text, as CommonMark says, and keeps it as written in an address or a title, where its
`#` starts a fragment: silently, either way. So a reference to one is the same error, where it
is written; so is one to a surrogate (half of a character) or past U+10FFFF (none at all). A
catalog's markup label is read by browsers, which decode such a reference with a parse error
(site/catalogtext.py).

A reference to a tab or a line break (`&#10;`, `&#x9;`, `&#13;`, `&#8232;`) is text a page may
hold, but inside a link's or an image's address, where no such character belongs, markdown-it
decodes it and percent-encodes it again: the link went to `…%0A…`, silently, an address no
server has (a slip of a CMS export or a copied mail link). So it is a warning there, at it.
"""

from __future__ import annotations

import bisect
import urllib.parse
from functools import partial
from typing import TYPE_CHECKING

from briefgen.content.codespans import is_escaped
from briefgen.content.noncharacters import CONTROL_CHARACTERS, is_noncharacter
from briefgen.diagnostics import SourcePos, error, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from briefgen.content.noncharacters import CharacterClass
    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic

_IN_MARKDOWN = pattern(r"&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));")
"""A numeric reference as markdown-it reads one in text: at most 6 hex or 7 decimal digits (a
longer one is text, shown as typed) and its `;`."""
_IN_HTML = pattern(r"&#(?:[xX]([0-9A-Fa-f]+)|([0-9]+));?")
"""A numeric reference as a browser reads one: any number of digits, the `;` optional."""
_LAST = 0x10FFFF
_BREAKS = {0x09: "a tab", 0x0A: "a line break", 0x0D: "a line break", 0x2028: "a line break"}
_BREAKS[0x2029] = "a paragraph break"
"""What a reference in an address may stand for that is no control character but breaks it:
a tab, a line feed, a carriage return, U+2028 and U+2029."""


def refused_references(
    text: str, refused: CharacterClass, *, html: bool = False
) -> Iterator[tuple[int, str, str]]:
    """Yield where each numeric reference of `text` (as Markdown reads one, or `html`) stands
    for a character of `refused`, a surrogate or none at all; as written, and what it names."""
    if "&#" not in text:
        return
    for found in (_IN_HTML if html else _IN_MARKDOWN).finditer(text):
        digits = (found[1] or found[2]).lstrip("0")
        # More than 7 digits are past U+10FFFF whatever they are, and may be too many for `int`.
        code = int(digits or "0", 16 if found[1] else 10) if len(digits) <= 7 else _LAST + 1
        if (what := _refused(code, refused)) is not None:
            yield found.start(), found.group(), what


def _refused(code: int, refused: CharacterClass) -> str | None:
    """Return what the character `code` is and why no page may hold it; None when one may."""
    if code > _LAST:
        return "no character: Unicode ends at U+10FFFF"
    named = f"U+{code:04X}"
    if 0xD800 <= code <= 0xDFFF:
        return f"{named}, a surrogate, which no page may hold alone"
    if refused.search(chr(code)) is None:
        return None
    kind = "noncharacter" if is_noncharacter(chr(code)) else "control character"
    return f"{named}, a {kind}, which no page may hold"


def run_references(written: str, shown_as_text: Sequence[str] = ()) -> Iterator[Found]:
    """Find the references of one inline run, as written (code spans blanked), to a character
    no page may hold, for `leftovers.py` to place; not an escaped one (`\\&#0;`), nor one in the
    raw HTML tags `shown_as_text` (escaped, as without `unsafe_html`: shown as typed)."""
    tags = _spans(written, shown_as_text)
    starts = [start for start, _ in tags]
    for offset, reference, what in refused_references(written, CONTROL_CHARACTERS):
        # The tags are in order and apart: the one starting last at or before it is the one
        # it may be in (a scan of them all for each was quadratic in a line of both).
        last = bisect.bisect_right(starts, offset) - 1
        in_tag = last >= 0 and offset < tags[last][1]
        if not is_escaped(written, offset) and not in_tag:
            yield offset, reference, partial(reference_error, what)


def address_references(written: str) -> Iterator[Found]:
    """Find the references of one inline run, as written (code spans blanked), inside an
    inline link's or image's address (`[a](https://x.org/a&#10;b)`) that stand for a tab or a
    line break, for `leftovers.py` to place; not in an unsafe one, which is dropped."""
    # Here, not at the top: a catalog's text is checked without markdown-it (catalogtext.py).
    from briefgen.content.destinations import inline_destinations
    from briefgen.content.safeurls import is_unsafe_url

    for start, address in inline_destinations(written):
        if "&#" not in address or is_unsafe_url(address):
            continue  # an unsafe link (`java&#x09;script:`) is dropped, with its own warning
        for offset, reference, what in _breaking_references(address):
            if not is_escaped(written, start + offset):
                yield start + offset, reference, partial(_address_warning, what)


def _breaking_references(address: str) -> Iterator[tuple[int, str, str]]:
    """Yield where each reference in `address` to a tab or line break is, as written, and
    what it stands for (`a line break (U+000A)`)."""
    for found in _IN_MARKDOWN.finditer(address) if "&#" in address else ():
        digits = (found[1] or found[2]).lstrip("0")[:7]
        code = int(digits or "0", 16 if found[1] else 10)
        if code in _BREAKS:
            encoded = urllib.parse.quote(chr(code))
            what = f"{_BREAKS[code]} (U+{code:04X}): the address holds it, as `{encoded}`"
            yield found.start(), found.group(), what


def _address_warning(what: str, pos: SourcePos, reference: str) -> Diagnostic:
    return warning(
        pos,
        f"character reference `{reference}` in an address stands for {what}",
        "delete it: no address holds a tab or a line break",
    )


def definition_references(
    path: str, lines: Sequence[str], env: Mapping[str, object]
) -> list[Diagnostic]:
    """Return an error at each reference, in the link reference definitions markdown-it read
    (`[r]: x&#0;.png "a &#x1F; title"`), to a character no page may hold."""
    references = env.get("references")
    found: list[Diagnostic] = []
    for definition in references.values() if isinstance(references, dict) else ():
        span = definition.get("map") if isinstance(definition, dict) else None
        if not isinstance(span, list) or len(span) != 2:
            continue
        for number in range(span[0], min(span[1], len(lines))):
            for offset, reference, what in refused_references(lines[number], CONTROL_CHARACTERS):
                if not is_escaped(lines[number], offset):
                    at = SourcePos(path, number + 1, offset + 1)
                    found.append(reference_error(what, at, reference))
        found += _definition_address_references(path, lines, span[0], span[1])
    return found


def _definition_address_references(
    path: str, lines: Sequence[str], first: int, end: int
) -> list[Diagnostic]:
    """Return a warning at each reference to a tab or line break in the address of the
    definition on `lines[first:end]` (`[r]: https://x.org/&#10;a`), on its label's line or the
    next."""
    from briefgen.content.destinations import definition_destination

    if (found := definition_destination(lines, first, end)) is None:
        return []
    number, start, address = found
    return [
        _address_warning(what, SourcePos(path, number + 1, start + offset + 1), reference)
        for offset, reference, what in _breaking_references(address)
        if not is_escaped(lines[number], start + offset)
    ]


def _spans(written: str, tags: Sequence[str]) -> list[tuple[int, int]]:
    """Return where each of `tags` is in `written`, in order."""
    spans, at = [], 0
    for tag in tags:
        start = written.find(tag, at)
        if start >= 0:
            spans.append((start, start + len(tag)))
            at = start + len(tag)
    return spans


def reference_error(what: str, pos: SourcePos, reference: str) -> Diagnostic:
    """Return the error for `reference`, written at `pos`, to a character no page may hold."""
    return error(
        pos,
        f"character reference `{reference}` stands for {what}",
        f"delete it; to show the reference itself, write `&amp;{reference[1:]}`",
    )
