"""Web and email addresses in an article's lines: what is one (`www.bmas.de`, `press@gov.uk`),
and one a hard wrap cut at the line end; and a phone number that ends a contact's line.

An address is written in lower case, but it is no word of a sentence: a line that starts
with one carries on no wrapped line, and a line that ends on one ends as a sentence does.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from briefgen.diagnostics import warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from briefgen.diagnostics import Diagnostic, SourcePos
    from briefgen.importer.lines import Line


def is_address(word: str) -> bool:
    """Return True for a web or email address (`www.bmas.de`, `https://…`, `press@gov.uk`)."""
    return is_web_address(word) or "@" in word


def is_web_address(text: str) -> bool:
    """Return True for a web address, or a text holding one (`www.bmas.de`, `https://…`)."""
    return text.startswith("www.") or "://" in text


_PHONE_NUMBER_AT_END = pattern(
    r"(?<![^\s:])(?:\+[0-9]|\([0-9]{1,4}\)|0[0-9]|[0-9]{3}[-.][0-9]{3}[-.])[0-9 ().-]*[0-9]\Z"
)
"""A phone number that ends a line (`+44 (0)20 7946 0958`, `07700 900456`, `(202) 555-0100`,
`202-555-0100`): one that starts as an international, an area's or a trunk number does."""
_PHONE_NUMBER_DIGITS = 7
_PHONE_NUMBER_MAX_CHARS = 32
_CONTACT_LABEL_MAX_WORDS = 4
"""The most words a contact line's label has (`Out of hours media enquiries:`)."""


def ends_on_phone_number(text: str) -> bool:
    """Return True for a line that ends on a phone number (`Mobile: +44 7700 900123`): a
    contact's line, as one that ends on an address is; `Budget 2025 to 2030` does not."""
    tail = text[-_PHONE_NUMBER_MAX_CHARS:]
    number = _PHONE_NUMBER_AT_END.search(tail)
    return number is not None and sum(c.isdigit() for c in number[0]) >= _PHONE_NUMBER_DIGITS


def is_contact_line(text: str) -> bool:
    """Return True for a contact's line: a phone number or an address alone, or after a short
    label and its colon (`Phone: (202) 555-0143`, `press@example.org`, `Media enquiries:
    press@gov.uk`); a sentence that ends on one (`The report is at https://…`) is none."""
    label, _, value = text.rpartition(": ")
    if len(label.split()) > _CONTACT_LABEL_MAX_WORDS:
        return False
    value = value.strip()
    if " " not in value and is_address(value):
        return True
    number = _PHONE_NUMBER_AT_END.fullmatch(value)
    return number is not None and sum(c.isdigit() for c in value) >= _PHONE_NUMBER_DIGITS


_ADDRESS_AT_END = pattern(r"(?:https?://|www\.)\S+\Z", re.IGNORECASE)
"""A web address that ends its line, where a hard wrap may have cut it."""
_ADDRESS_GOES_ON = pattern(r"[/?&=%~]\S|\.[a-z]", re.IGNORECASE)
"""How the rest of a cut address may start the next line: its path (`/en/…`), its query
(`?q=`, `&page=2`) or its file's end (`.html`)."""
_PATH_GOES_ON = pattern(r"[\w.%~=-]+/\S*\Z")
"""The rest of a cut address's path, as the next line's first word (`abiertos/2024.html`)."""
_PATH_MARKS = pattern(r"/.*/|[\d._=%-]")
"""What tells a path from a pair of words (`and/or`, `km/h`): two slashes, or a digit, a dot,
a dash, `_`, `=` or `%` in it."""
_CUT_MESSAGE = "address `{}` looks cut at the line end: the next line goes on with it"
_CUT_HINT = "put the address on one line"


def cut_address_warnings(
    lines: Sequence[Line], place: Callable[[Line, int], SourcePos]
) -> list[Diagnostic]:
    """Return a warning at each web address a hard wrap cut, at `place` of its start: the
    line ends on it and the next goes on with the rest (`…/economy/` / `inflation/…`), with
    no space. Joining the two is never sure (`…/economy/` / `and/or`), so it is left to you."""
    found = []
    for line, after in pairwise(lines):
        address = _ADDRESS_AT_END.search(line.text)
        if address and not after.after_blank and _goes_on(address[0], after.text):
            message = _CUT_MESSAGE.format(address[0])
            found.append(warning(place(line, address.start()), message, _CUT_HINT))
    return found


def is_cut_at_end(text: str, next_text: str) -> bool:
    """Return True when `text` ends on a web address that `next_text` goes on with (`…/economy/`
    / `inflation/…`): a wrap, whose lines go on as one paragraph's, though the address ends
    the line."""
    address = _ADDRESS_AT_END.search(text)
    return address is not None and _goes_on(address[0], next_text)


def _goes_on(address: str, next_text: str) -> bool:
    """Return True when `next_text` starts with the rest of `address`, cut at the line end:
    its query or file's end, or its path, when it is marked as one or the address ends on
    a `/` (`…/economy/` / `inflation/bulletins`)."""
    if _ADDRESS_GOES_ON.match(next_text):
        return True
    first = next_text.partition(" ")[0]
    path = _PATH_GOES_ON.match(first)
    return path is not None and (address.endswith("/") or _PATH_MARKS.search(first) is not None)
