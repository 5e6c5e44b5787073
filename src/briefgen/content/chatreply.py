"""A chat assistant's words to the person it wrote for, left around a briefing pasted from a
chat: its reply's opening (`Sure! Here's a policy briefing on…`) before the lede, and its offer
(`Would you like me to prepare a one-page summary?`) after the last section.

Both are prose markdown-it reads as any other paragraph, so the page would publish them to the
briefing's readers without a word. Only the body's first and last paragraphs are read, and only
their openings: a briefing that quotes such words elsewhere is not warned about.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_APOSTROPHE = "['\u2019]"
_OPENING = pattern(
    rf"(?:sure(?: thing)?|certainly|of course|absolutely)\s*[!,.\u2014\u2013-]\s*"
    rf"(?:here{_APOSTROPHE}s|here is|here are|below is|below are|I{_APOSTROPHE}ve|I have)\s"
    r"(?!\s*the\s+(?:thing|catch|rub|deal|kicker|truth|point)\b)",
    re.IGNORECASE,
)
"""How a chat assistant's reply opens: a yes, then what it made (`Certainly! Here is…`,
`Absolutely — here's…`); not a writer's own idiom (`Sure, here's the thing: …`)."""
_OFFER = pattern(
    rf"(?:would you like me to|do you want me to|shall I|"
    rf"if you{_APOSTROPHE}d like,? I can|if you want,? I can|let me know if you{_APOSTROPHE}d like|"
    rf"let me know if you (?:want|would like) me to|"
    rf"(?:I )?hope this helps(?=[!.,]|[ \t\n]+(?:you|with your)\b|[ \t\n]*$))\b",
    re.IGNORECASE,
)
"""How a chat assistant's reply ends: an offer of more to the one it wrote for (`Let me know
if you'd like a shorter version`), or its hope that it helps (`I hope this helps!`, `Hope this
helps!`, `…helps you prepare`): a memo's own hope that it helps someone named (`I hope this
helps the committee…`) is the briefing's words."""
_HINT = "delete it: it is the chat's words to you, not the briefing's to its readers"


def chat_reply_warnings(path: str, tokens: Sequence[Token]) -> list[Diagnostic]:
    """Warn at the body's first paragraph when it opens as a chat's reply, and at its last
    when it is a chat's offer of more, each published as written."""
    found: list[Diagnostic] = []
    for inline, words, what in (
        (_paragraph(tokens, range(len(tokens))), _OPENING, "opens as a chat assistant's reply"),
        (_paragraph(tokens, range(len(tokens) - 1, -1, -1)), _OFFER, _OFFERED),
    ):
        # A first letter test first: most paragraphs start with none of these words.
        if inline and inline.content[:1] in _FIRST_LETTERS and words.match(inline.content):
            shown = excerpt(inline.content.split("\n", 1)[0], 60)
            message = f"`{shown}` {what}: it is published as written"
            line = (inline.map or (0, 0))[0] + 1
            found.append(warning(SourcePos(path, line, 1), message, _HINT))
    return found


_OFFERED = "is a chat assistant's offer to you"
_FIRST_LETTERS = frozenset("SCOAWDILHscoawdilh")
"""The letters the words of `_OPENING` and `_OFFER` start with."""


def _paragraph(tokens: Sequence[Token], order: range) -> Token | None:
    """Return the inline token of the first paragraph of the body's own (not a quote's or a
    list's) met in `order`, or None."""
    for at in order:
        if tokens[at].type == "paragraph_open" and tokens[at].level == 0:
            return tokens[at + 1] if at + 1 < len(tokens) and tokens[at + 1].map else None
    return None
