"""Hints for a broken `#fragment` that another editor wrote for its own page: a Google Docs
heading's link, or a note's as Substack, Word, kramdown or Wikipedia writes it.

Such a link names an id of the page it was pasted from, never one briefgen writes. The hint
says what to write instead, not which of the page's ids is nearest.
"""

from __future__ import annotations

from briefgen.patterns import pattern

_GOOGLE_DOCS_HEADING = "heading=h."
"""How a Google Docs export links a heading that has no id: `#heading=h.8hei98boqjpn`."""
_NOTE_LINK = pattern(
    r"footnote-(?:anchor-)?\d+|fn(?:ref)?:?\d+|_ftn(?:ref)?\d+|sdfootnote\d+(?:sym|anc)"
    r"|cite_(?:note|ref)-.+"
)
"""A note's link, or its way back, as another editor writes it: Substack's `#footnote-1` and
`#footnote-anchor-1`, kramdown's and Pandoc's `#fn:1` and `#fn1`, Word's `#_ftn1` and
`#_ftnref1`, LibreOffice's `#sdfootnote1sym`, Wikipedia's `#cite_note-3`. Never briefgen's
own `#fn-1`, which a page that has its note holds."""


_DIGITS = pattern(r"\d+")
_WIKIPEDIA_NUMBER = pattern(r"_(\d+)-\d+$|-(\d+)$")
"""The note's number in Wikipedia's `cite_note-6` and `cite_ref-6`, and in a named note's
`cite_note-BBC2019-7` and `cite_ref-BBC2019_7-0` (its 7, not its name's 2019)."""


def pasted_fragment_hint(fragment: str) -> str | None:
    """Return what to write for a broken `#fragment` another editor wrote, or None."""
    if fragment.startswith(_GOOGLE_DOCS_HEADING):
        return (
            "Google Docs' heading links name no id of the page: link to the heading's own "
            "id, its words in lower case joined by `-` (`## Risks` is `#risks`)"
        )
    if _NOTE_LINK.fullmatch(fragment):
        number = next((part for part in _DIGITS.findall(fragment)), "1")
        if fragment.startswith("cite_") and (wiki := _WIKIPEDIA_NUMBER.search(fragment)):
            number = wiki[1] or wiki[2]
        return (
            f"`#{fragment}` is a note's link as another editor writes it: write `[^{number}]` "
            f"where the note is referred to and `[^{number}]: …` for its text, which briefgen "
            "numbers and links both ways"
        )
    return None
