"""Web and email addresses in an article's lines: what is one (`www.bmas.de`, `press@gov.uk`).

An address is written in lower case, but it is no word of a sentence: a line that starts
with one carries on no wrapped line, and a line that ends on one ends as a sentence does.
"""

from __future__ import annotations


def is_address(word: str) -> bool:
    """Return True for a web or email address (`www.bmas.de`, `https://…`, `press@gov.uk`)."""
    return word.startswith("www.") or "://" in word or "@" in word
