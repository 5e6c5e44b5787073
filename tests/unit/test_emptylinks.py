"""A link with no text: an invisible, unnamed `<a>` on the page, so a warning at its place."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.model import Paragraph
from tests.conftest import uncapped
from tests.cpubound import cpu_seconds_within

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1
EMPTY = "a link with no text: readers cannot see or follow it"


def _messages(body: str) -> list[tuple[int, int, str]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [(d.pos.line - FIRST_LINE, d.pos.column, d.message) for d in diagnostics]


def _empty_links(body: str) -> list[tuple[int, int]]:
    return [(line, column) for line, column, message in _messages(body) if message == EMPTY]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        ("Read the full report [](https://example.org/report.pdf) first.\n", [(0, 22)]),
        ("See also [ ](https://example.org/annex).\n", [(0, 10)]),
        ("Two [](a.pdf) and [](b.pdf) here.\n", [(0, 5), (0, 19)]),
        ("Fine [text](a.pdf), then [](b.pdf).\n", [(0, 26)]),
        ("- An item [](https://example.org/)\n", [(0, 11)]),
        ("> A quote\n> with [](https://example.org/).\n", [(1, 8)]),
        ("| a | b |\n|---|---|\n| x [](https://example.org/) | y |\n", [(2, 5)]),
        ("See [][annex].\n\n[annex]: https://example.org/annex\n", [(0, 5)]),
        ("## Funding [](https://example.org/)\n", [(0, 12)]),
        ("Code `[](x)` then [](https://example.org/).\n", [(0, 19)]),
        ("Tick [ ](see the form) then open [](https://example.org/form).\n", [(0, 34)]),
        ("Also [ ][nothing] before [](https://example.org/b).\n", [(0, 26)]),
        ("An image ![a [ ](x)](c.png) then [](https://example.org/).\n", [(0, 34)]),
        ('Titled [a](x "[ ](y)") then [](https://example.org/).\n', [(0, 29)]),
        ("See <https://e.org/a`b> and [ ](https://e.org) and `x`.\n", [(0, 29)]),
        ("See [<!-- TODO: name it -->](https://e.org) here.\n", [(0, 5)]),
        ("Then [&nbsp;](https://e.org).\n", [(0, 6)]),
        ("[&#32;](https://e.org) and [&ensp;](https://e.org)\n", [(0, 1), (0, 28)]),
        ("A [&#8203;](https://e.org) and a [\u200b](https://e.org)\n", [(0, 3), (0, 34)]),
        ("A [<!-- x -->\n&nbsp;](https://e.org)\n", [(0, 3)]),
    ],
)
def test_a_link_with_no_text_is_warned_at_its_column(
    body: str, places: list[tuple[int, int]]
) -> None:
    assert _empty_links(body) == places


def test_the_hint_says_what_to_write() -> None:
    _, diagnostics = parse_briefing("content/a.md", FRONT + "See [](https://example.org/).\n")
    assert [d.hint for d in diagnostics] == [
        "write what it links to between the brackets: `[the full report](https://…)`"
    ]


def test_an_empty_heading_of_a_link_is_only_an_empty_heading() -> None:
    assert [m for _, _, m in _messages("## [](https://example.org)\n")] == ["empty heading"]


@pytest.mark.parametrize(
    "body",
    [
        "Read [the report](https://example.org/) and [**this**](a.pdf).\n",
        "A collapsed [annex][] link.\n\n[annex]: https://example.org/annex\n",
        "Escaped \\[](https://example.org/) brackets.\n",
        "Code `[](https://example.org/)` stays code.\n",
        "- [ ] an open task\n- [x] a done one\n",
        "Not a link: [ ](a b c) nor [].\n",
        "An array `x[]` and a[] in prose.\n",
        "[![Chart of flows](https://example.org/c.png)](https://example.org/)\n",
        "Read [the report <!-- check the year -->](https://example.org/).\n",
        "Read [<!-- the 2025 one -->the report](https://example.org/) and [&amp;](a.pdf).\n",
        "Read [&nbsp;A&nbsp;B](https://example.org/) too.\n",
    ],
)
def test_links_with_text_and_brackets_of_prose_get_no_warning(body: str) -> None:
    assert _empty_links(body) == []


def test_text_that_is_no_link_gets_only_its_own_warning() -> None:
    body = "Also [ ][nothing] before [](https://example.org/b).\n"
    assert [(line, column) for line, column, _ in _messages(body)] == [(0, 6), (0, 26)]
    assert [message for _, _, message in _messages(body)] == [
        "link `[ ][nothing]` has no definition `[nothing]: …`; shown as text",
        EMPTY,
    ]


def test_many_empty_links_are_placed_in_linear_time() -> None:
    body = "[](a.pdf) " * 14_000 + "\n"
    found, seconds, bound = cpu_seconds_within(lambda: _messages(body), 4)
    assert uncapped(message for *_, message in found).count(EMPTY) == 14_000
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


def test_autolinks_and_code_spans_of_ordinary_text_get_no_warning() -> None:
    body = "See <https://e.org/a`b>, <a@e.org>, `<https://x.org/>` and `code` here.\n"
    assert _messages(body) == []


IMAGE_ONLY = "a link whose only content is a decorative image: screen readers cannot name it"


@pytest.mark.parametrize(
    ("body", "places"),
    [
        ('[![](img/divider.svg "decorative")](https://example.org)\n', [(0, 1)]),
        ('Inline [![](d.svg "decorative")](https://example.org) too.\n', [(0, 8)]),
        ('See [ ![](d.svg "decorative") ](https://example.org).\n', [(0, 5)]),
        ('See [![Logo](d.svg "decorative")](https://example.org).\n', [(0, 5)]),
        ('- [![](d.svg "decorative")][annex]\n\n[annex]: https://example.org/annex\n', [(0, 3)]),
    ],
)
def test_a_link_showing_only_a_decorative_image_is_warned_at_its_column(
    body: str, places: list[tuple[int, int]]
) -> None:
    assert [(line, column) for line, column, m in _messages(body) if m == IMAGE_ONLY] == places


def test_a_link_showing_only_a_decorative_image_hints_at_alt_or_link_text() -> None:
    body = '[![](d.svg "decorative")](https://example.org/report)\n'
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert [d.hint for d in diagnostics] == [
        'say where it goes in the image\'s alt text, without the `"decorative"` title: '
        "`[![The full report](cover.png)](https://…)`, or in link text beside the image"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "[![Chart of flows](c.png)](https://example.org/)\n",
        '[![](d.svg "decorative") The full report](https://example.org/)\n',
        '[The full report ![](d.svg "decorative")](https://example.org/)\n',
        '[![](d.svg "decorative") `report.pdf`](https://example.org/)\n',
        '![](d.svg "decorative") and [the report](https://example.org/) beside it.\n',
        '[![Cover](c.png "The 2026 report")](https://example.org/)\n',
    ],
)
def test_links_showing_text_or_an_image_with_alt_text_get_no_warning(body: str) -> None:
    assert [m for _, _, m in _messages(body)] == []


def test_a_link_with_no_address_keeps_its_text_and_is_warned_at_its_place() -> None:
    """`[the report]()` made `<a href="">`, a link back to the page itself, silently: a link
    left to add later, an address lost in a paste, or a definition left empty."""
    body = "See [the report]() and [the annex](<>),\nthen [the data]( ) and [it][r].\n\n[r]: <>\n"
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    (paragraph,) = briefing.lede
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text.html == ("See the report and the annex,\nthen the data and it.")
    said = "a link with no address: its text is shown, not linked"
    assert [(d.pos.line - FIRST_LINE, d.pos.column, d.message) for d in diagnostics] == [
        (0, 5, said),
        (0, 24, said),
        (1, 6, said),
        (1, 24, said),
    ]


@pytest.mark.parametrize(
    ("body", "column"),
    [("See ![A chart]() here.\n", 5), ("See ![A chart](<>) and ![B](b.png).\n", 5)],
)
def test_an_image_with_no_address_is_an_error_at_its_mark(body: str, column: int) -> None:
    """`![A chart]()` was an error at the paragraph's start, saying it was outside content/."""
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    found = [d for d in diagnostics if d.severity == "error"]
    assert [(d.pos.line - FIRST_LINE, d.pos.column, d.message) for d in found][:1] == [
        (0, column, "an image with no address: there is nothing to show")
    ]


@pytest.mark.parametrize(
    ("body", "html", "message", "hint"),
    [
        (
            "Email [the team](mailto:) today.\n",
            "Email the team today.",
            "a `mailto:` link with no address: its text is shown, not linked",
            "write the address after it (`mailto:press@example.org`), or remove the link",
        ),
        (
            "Call [the desk](tel:?) today.\n",
            "Call the desk today.",
            "a `tel:` link with no address: its text is shown, not linked",
            "write the address after it (`tel:+442079460000`), or remove the link",
        ),
        (
            "Email [us][r].\n\n[r]: MAILTO:\n",
            "Email us.",
            "a `MAILTO:` link with no address: its text is shown, not linked",
            "write the address after it (`mailto:press@example.org`), or remove the link",
        ),
    ],
)
def test_a_mailto_or_tel_link_with_no_address_keeps_its_text_and_is_warned(
    body: str, html: str, message: str, hint: str
) -> None:
    """`[the team](mailto:)`, an address left to fill in, made a link that opened a mail
    program with no one to write to, silently."""
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    paragraph = briefing.lede[0]
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text.html == html
    assert [(d.message, d.hint) for d in diagnostics] == [(message, hint)]


@pytest.mark.parametrize(
    "body",
    [
        "Share [by email](mailto:?subject=Brief) now.\n",
        "Email [us](mailto:press@example.org) or [call](tel:+442079460000).\n",
        "A [tele](telephone/) page and [mail](mailto/).\n",
        "Email [us](mailto:press%40example.org?subject=Hi).\n",
    ],
)
def test_mailto_and_tel_links_with_an_address_or_subject_are_kept(body: str) -> None:
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    paragraph = briefing.lede[0]
    assert isinstance(paragraph, Paragraph)
    assert "<a href=" in paragraph.text.html
    assert diagnostics == []


@pytest.mark.parametrize(
    ("body", "column", "shown"),
    [
        ("Email [the desk](mailto:press.example.org) today.\n", 7, "mailto:press.example.org"),
        ("Email <MAILTO:press?subject=Hi> today.\n", 7, "MAILTO:press?subject=Hi"),
        ("Email [us][r].\n\n[r]: mailto:press\n", 6, "mailto:press"),  # at its address
    ],
)
def test_a_mailto_link_with_no_at_sign_is_linked_and_warned(
    body: str, column: int, shown: str
) -> None:
    """`mailto:press.example.org`, an `@` typed as a `.`, was linked without a word: a
    reader's mail program opened with no one it could write to."""
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    paragraph = briefing.lede[0]
    assert isinstance(paragraph, Paragraph)
    assert "<a href=" in paragraph.text.html
    assert [(d.pos.column, d.message, d.hint) for d in diagnostics][:1] == [
        (
            column,
            f"`{shown}` has no `@`: a mail program opened from it has no one to write to",
            "write the whole address after `mailto:` (`mailto:press@example.org`)",
        )
    ]
