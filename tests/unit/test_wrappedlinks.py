"""Links through Google's redirect or Outlook's Safe Links are warned at their place, with the
address they lead to as the hint; links that go where they say are not."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.content.wrappedlinks import wrapped_link

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
SAFE_LINK = (
    "https://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.gov.uk%2Fnews%2Fa"
    "&data=05%7C02%7Cjane.doe%40example.org%7Cabc&sdata=xyz&reserved=0"
)
GOOGLE = "https://www.google.com/url?q=https://ec.europa.eu/social/main.jsp?catId%3D1079&sa=D"


def _warnings(text: str) -> list[tuple[int, int, str, str]]:
    briefing, diagnostics = parse_briefing("content/a.md", text)
    assert briefing is not None
    return [
        (d.pos.line, d.pos.column, d.message.split("` ", 1)[-1], d.hint or "") for d in diagnostics
    ]


@pytest.mark.parametrize(
    ("body", "column", "service", "target"),
    [
        (f"See the [guidance]({GOOGLE}) now.", 9, "Google's redirect", "catId=1079"),
        (f"Read [it]({SAFE_LINK}).", 6, "Outlook Safe Links", "https://www.gov.uk/news/a"),
        (f"Bare: {GOOGLE} here.", 7, "Google's redirect", "catId=1079"),
        (f"[![A chart](c.png)]({GOOGLE})", 1, "Google's redirect", "catId=1079"),  # a figure
        (
            "## A [heading link](https://www.google.co.uk/url?url=https://example.org/c)",
            6,
            "Google's redirect",
            "https://example.org/c",
        ),
        # Copied from a post: silent before (hunt12).
        (
            "See [the report](https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2Fr&h=AT0)",
            5,
            "Facebook's redirect",
            "https://example.org/r`",
        ),
        (
            "See [the report](https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fexample"
            ".org%2Fr&urlhash=Ab1)",
            5,
            "LinkedIn's redirect",
            "https://example.org/r`",
        ),
    ],
)
def test_parse_warns_of_a_link_through_a_redirect_at_its_place(
    body: str, column: int, service: str, target: str
) -> None:
    ((line, col, message, hint),) = _warnings(FRONT + body + "\n")
    assert (line, col) == (6, column)
    assert message.startswith(f"goes through {service}, not straight to its page")
    assert hint.startswith("link to the page itself: `https://")
    assert target in hint


@pytest.mark.parametrize(
    ("body", "places"),
    [
        (f"Text and [the guidance][g] here.\n\n[g]: {GOOGLE}\n", [(8, 6)]),
        (f"A [g] and [g][] and [x][g].\n\nMore [g].\n\n[g]:\n   <{GOOGLE}>\n", [(11, 5)]),
        (
            f"See [a][s] and [b][g].\n\n[s]: {SAFE_LINK}\n  [g]: {GOOGLE} 'T'\n",
            [(8, 6), (9, 8)],
        ),
    ],
)
def test_parse_warns_of_a_reference_link_through_a_redirect_at_its_definition(
    body: str, places: list[tuple[int, int]]
) -> None:
    """`[x][ref]` with `[ref]: https://www.google.com/url?q=…` was warned at column 1 of the
    line using it: its address, the one to edit, is the definition's; once however often used."""
    assert [(line, col) for line, col, _, _ in _warnings(FRONT + body)] == places


def test_parse_warns_of_an_unsafe_reference_link_once_at_its_definition() -> None:
    body = "Text [x][bad] then [bad].\n\nAgain [bad].\n\n[bad]: javascript:alert(1)\n"
    ((line, col, message, _),) = _warnings(FRONT + body)
    assert (line, col, message) == (10, 8, "removed; the link text is kept")


def test_parse_warns_of_a_source_url_through_safe_links_at_its_key() -> None:
    front = f"---\ntitle: T\ndate: 2026-03-14\nsources:\n  - title: A\n    url: {SAFE_LINK}\n---\n"
    ((line, col, message, hint),) = _warnings(front + "\nText.\n")
    assert (line, col) == (6, 5)
    assert "mailbox" in message
    assert hint == "link to the page itself: `https://www.gov.uk/news/a`"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.google.com/search?q=https://example.org",
        "https://www.google.com/maps/place/Nairobi",
        "https://www.google.com/url?q=javascript:alert(1)",
        "https://www.google.com/url?sa=D",
        "https://example.org/url?q=https://example.org",
        "https://docs.google.com/url?q=https://example.org",
        "https://safelinks.example.org/?url=https://example.org",
        "https://urldefense.com/v3/__javascript:alert(1)__;!!A$",
        "https://urldefense.com/about-us",
        "https://urldefense.example.org/v3/__https://example.org__;!!A$",
        "https://www.facebook.com/l.php?u=https://example.org",  # not the link shim's host
        "https://www.linkedin.com/redir/other?url=https://example.org",
        "https://www.linkedin.com/company/example",
    ],
)
def test_wrapped_link_leaves_links_that_go_where_they_say(url: str) -> None:
    assert wrapped_link(url) is None
    assert _warnings(f"{FRONT}[x]({url})\n") == []


@pytest.mark.parametrize(
    ("url", "target"),
    [
        (
            "https://urldefense.com/v3/__https://www.gov.uk/guidance/heat?a=1__;!!ACWV5N9M2RV99hQ!Lx$",
            "https://www.gov.uk/guidance/heat?a=1",
        ),
        (
            "https://urldefense.proofpoint.com/v2/url?u=https-3A__www.ons.gov.uk_economy-3Fa-3D1"
            "&d=DwMFaQ&c=abc&r=jane&m=x&s=y&e=",
            "https://www.ons.gov.uk/economy?a=1",
        ),
    ],
)
def test_parse_warns_of_a_link_through_url_defense_with_the_page_it_leads_to(
    url: str, target: str
) -> None:
    """Proofpoint rewrites a link in an e-mail as Outlook's Safe Links do; copied out of
    one, it went on the page silently, the recipient's mailbox in its address."""
    ((line, col, message, hint),) = _warnings(f"{FRONT}See [the guidance]({url}).\n")
    assert (line, col) == (6, 5)
    assert message == (
        "goes through Proofpoint URL Defense, not straight to its page: its address holds the "
        "mailbox it was sent to, and readers are sent through Proofpoint"
    )
    assert hint == f"link to the page itself: `{target}`"
