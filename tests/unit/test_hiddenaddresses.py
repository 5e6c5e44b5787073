"""Invisible characters pasted into a link's address are warned of at the link."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing

FRONT = "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n\n"
SAID = (
    "holds an invisible character (U+200B): it leads to another address than the one a reader sees"
)


def _warned(text: str) -> list[tuple[str, str]]:
    _, diagnostics = parse_briefing("content/a.md", text)
    return [(str(d.pos), d.message) for d in diagnostics]


@pytest.mark.parametrize(
    ("body", "place", "url"),
    [
        ("See [a](https://example.org/x\u200by) now.\n", "7:5", "https://example.org/x%E2%80%8By"),
        ("See [b](https://exa\u200bmple.org/) now.\n", "7:5", "https://xn--example-2z6c.org/"),
        ("A bare https://example.org/c\u200bd link.\n", "7:8", "https://example.org/c%E2%80%8Bd"),
        ("See [d](https://example.org/&#8203;e).\n", "7:5", "https://example.org/%E2%80%8Be"),
    ],
)
def test_an_invisible_character_in_a_links_address_is_warned_at_the_link(
    body: str, place: str, url: str
) -> None:
    """`[a](https://example.org/x<U+200B>y)` linked `…/x%E2%80%8By`, an address no server
    has, and one in the host linked another host, in punycode, without a word."""
    assert _warned(FRONT + body) == [(f"content/a.md:{place}", f"link `{url}` {SAID}")]


def test_an_invisible_character_in_a_sources_url_is_warned_at_it() -> None:
    front = FRONT.replace(
        "summary: S.\n",
        'summary: S.\nsources:\n  - title: R\n    url: "https://example.org/a\u200bb"\n',
    )
    assert _warned(front + "Text.\n") == [
        ("content/a.md:7:5", f"link `https://example.org/a\u200bb` {SAID}")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "See [fa](https://fa.wikipedia.org/wiki/\u0686\u0634\u0645\u200c\u0627\u0646\u062f\u0627\u0632).\n",
        "See [de](https://xn--mnchen-3ya.de/) and [m](https://example.org/M%C3%BCnchen).\n",
    ],
)
def test_an_address_whose_characters_are_all_shown_is_no_warning(body: str) -> None:
    assert _warned(FRONT + body) == []
