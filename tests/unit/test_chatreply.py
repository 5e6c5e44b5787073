"""A chat assistant's opening and closing words, left around a briefing pasted from a chat."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing

HEAD = "---\ntitle: T\ndate: 2026-01-01\nsummary: s\n---\n\n"
HINT = "delete it: it is the chat's words to you, not the briefing's to its readers"
BODY = "The AI Act applies from August.\n\n## Scope\n\nMost uses are low-risk.\n"


def _warnings(text: str) -> list[tuple[int, str, str | None]]:
    _, diagnostics = parse_briefing("content/a.md", HEAD + text)
    return [(d.pos.line, d.message, d.hint) for d in diagnostics]


@pytest.mark.parametrize(
    "opening",
    [
        "Sure! Here's a comprehensive policy briefing on the EU AI Act.",
        "Certainly! Here is a briefing for SMEs.",
        "Of course. Below is a draft.",
        "Absolutely! I\u2019ve structured it with key takeaways.",
        # As chats write it now: a dash after the yes, or `Sure thing`.
        "Absolutely \u2014 here's a draft briefing on the AI Act:",
        "Sure \u2013 here is a concise version.",
        "Certainly - below is a briefing.",
        "Sure thing! Here's the briefing.",
    ],
)
def test_a_chats_opening_before_the_lede_is_warned(opening: str) -> None:
    """`Sure! Here's a comprehensive policy briefing…` was published as the lede's first
    words, with no warning."""
    assert _warnings(f"{opening}\n\n{BODY}") == [
        (
            7,
            f"`{opening[:57]}...` opens as a chat assistant's reply: it is published as written"
            if len(opening) > 60
            else f"`{opening}` opens as a chat assistant's reply: it is published as written",
            HINT,
        )
    ]


@pytest.mark.parametrize(
    "offer",
    [
        "Would you like me to also prepare a one-page summary?",
        "Do you want me to add a checklist?",
        "If you\u2019d like, I can turn this into slides.",
        "Let me know if you'd like me to shorten it.",
        "I hope this helps!",
        "I hope this helps",
        "I hope this helps with your presentation.",
        "I hope this helps you prepare for Thursday.",
        # Offers and hopes that were published without a word.
        "Let me know if you'd like a shorter version.",
        "Let me know if you\u2019d like a template policy! \U0001f60a",
        "Let me know if you want me to adjust the tone.",
        "If you want, I can also draft a one-pager.",
        "Hope this helps!",
    ],
)
def test_a_chats_offer_after_the_last_section_is_warned(offer: str) -> None:
    assert _warnings(f"{BODY}\n{offer}\n") == [
        (13, f"`{offer}` is a chat assistant's offer to you: it is published as written", HINT)
    ]


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        # The words of a briefing's own, not addressed to whoever asked for it.
        "Sure enough, claims rose again.\n\n" + BODY,
        "Here's what we know so far.\n\n" + BODY,
        "Sure, here's the thing: councils were never asked.\n\n" + BODY,
        "Of course, here is the catch: the fund ends in May.\n\n" + BODY,
        BODY + "\nShall the council vote again? Not before May.\n",
        BODY + "\nWe would like the ministry to publish its data.\n",
        BODY + "\nI hope this helps the committee in its deliberations next week.\n",
        BODY + "\nI hope this helps ministers weigh the options.\n",
        BODY + "\nHope this helps explain why rents rose.\n",
        BODY + "\nIf you want to know more, I can be reached at the address below.\n",
        "Sure-footed reforms are rare.\n\n" + BODY,
        # Quoted, or not at the body's start or end.
        "> Sure! Here's the list you asked for.\n\n" + BODY,
        BODY + "\n> Would you like me to add more?\n\nThe vote is in May.\n",
        "Intro.\n\nWould you like me to add more?\n\n" + BODY,
    ],
)
def test_a_briefings_own_words_are_not_warned(text: str) -> None:
    assert _warnings(text) == []
