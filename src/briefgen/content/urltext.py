"""Which characters a URL may hold as written, and how to write the others.

A source's `url:`, `base_url` and `source_url` go into pages and feeds as written, where no
page may hold a space or `|` in an address (vnu). Their errors name the characters found, each
with its percent-encoding: a fixed "write a space as %20" did not help with `|` or `{`.
"""

from __future__ import annotations

import re
import urllib.parse

from briefgen.diagnostics import listed

_URL_CHARACTERS = r"A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%"
"""The ASCII a URL may hold as written: RFC 3986's unreserved and reserved characters, and
`%` for the escapes themselves."""
URL_SAFE = re.compile(f"[{_URL_CHARACTERS}]*")
"""A URL as written: anything else must be percent-encoded."""
IRI_SAFE = re.compile(rf"(?:[{_URL_CHARACTERS}]|[^\x00-\x7f\s])*")
"""A URL that may hold letters of any script (an IRI, as HTML allows): any other ASCII, and
any space, must be percent-encoded."""
_NAMED = 5
"""How many characters a hint names: the rest are said to follow."""
_CALLED = {" ": "a space", "`": "a backtick"}
"""Characters a message cannot show between backticks."""


def percent_encoding_hint(url: str, *, iri: bool = False) -> str:
    """Return how to write the characters of `url` that must be percent-encoded, in the
    order found: "write `|` as %7C and a space as %20"."""
    allowed = IRI_SAFE if iri else URL_SAFE
    found = list(dict.fromkeys(c for c in url if not allowed.fullmatch(c)))
    named = [f"{_name(c)} as {urllib.parse.quote(c, safe='')}" for c in found[:_NAMED]]
    if len(found) > _NAMED:
        more = len(found) - _NAMED
        named.append(f"{more} more character{'s' if more > 1 else ''} the same way")
    return f"write {listed(named)}"


def _name(character: str) -> str:
    if character in _CALLED:
        return _CALLED[character]
    if not character.isprintable() or character.isspace():
        return f"U+{ord(character):04X}"
    return f"`{character}`"
