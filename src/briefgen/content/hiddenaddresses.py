"""Invisible characters pasted into a link's address: another address than the one shown.

A zero-width space, a word joiner, a byte order mark or a soft hyphen copied with an address
(`https://example.org/x<U+200B>y`, or in its host, `exa<U+200B>mple.org`) is drawn as nothing,
but markdown-it keeps it, percent-encoded in a path (`%E2%80%8B`) and in punycode in a host
(`xn--example-2z6c.org`): the link leads to an address no server has, or another host. So is
a zero-width joiner or non-joiner beside an ASCII character. A link, a bare address and a
source's `url:` holding one are warned of (`safeurls.py`, `sources.py`); a Persian word's
non-joiner between its letters is part of its address, and silent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.invisible import LOOSE_JOINERS, code_points
from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic, SourcePos

_ENCODED_HIDDEN = ("%E2%80%8", "%E2%81%A0", "%EF%BB%BF", "%C2%AD", "xn--")
"""How markdown-it writes the characters of `_HIDDEN` in an address: percent-encoded, or in
a host, in punycode; an address holding none of these holds none of them."""
_HIDDEN = pattern(f"[\u00ad\u200b\u2060\ufeff]|{LOOSE_JOINERS}")
"""A soft hyphen, zero-width space, word joiner or byte order mark; a zero-width joiner or
non-joiner beside an ASCII character, where it joins nothing (a Persian word's non-joiner
between its letters is part of its address)."""


def hidden_in_address(url: str) -> str | None:
    """Return the invisible characters an address holds as code points (`U+200B`), pasted
    with it, which make it another address than the one a reader sees; else None."""
    if url.isascii() and not any(mark in url for mark in _ENCODED_HIDDEN):
        return None
    from markdown_it.common.normalize_url import normalizeLinkText

    return code_points("".join(_HIDDEN.findall(normalizeLinkText(url)))) or None


def hidden_address_warning(pos: SourcePos, url: str, codes: str) -> Diagnostic:
    """Return the warning for an address holding the invisible characters `codes`."""
    return warning(
        pos,
        f"link `{excerpt(url, 60)}` holds an invisible character ({codes}): it leads to "
        "another address than the one a reader sees",
        hint="delete it: type the address again, or copy it from the browser's address bar",
    )
