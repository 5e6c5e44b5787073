"""A `#x` link to a theme id that a heading of the page would have had: a warning at it."""

from __future__ import annotations

from briefgen.content.parse import parse_briefing
from briefgen.content.slugs import RESERVED_ANCHORS
from briefgen.content.themelinks import SEARCH_PAGE_IDS, THEME_PARTS, theme_part

FRONT = "---\ntitle: X\ndate: 2026-01-02\nsummary: S.\n---\n\n"
MAIN = (
    "link `#main` goes to the theme's `<main>` (the page's main content), not to the heading "
    "`Main` on line {line}, whose id is `main-1`"
)


def _warnings(body: str) -> list[tuple[str, str, str | None]]:
    briefing, diagnostics = parse_briefing("content/x.md", FRONT + body)
    assert briefing is not None
    return [(str(d.pos), d.message, d.hint) for d in diagnostics]


def test_a_link_to_a_theme_id_a_heading_lost_is_warned_at_the_link() -> None:
    body = (
        "See [below](#main), `[x](#main)`, [it](#main-1) and [again](#main).\n"  # line 7
        "Also [ref][m] and [ref too][m].\n\n"
        "[m]: #main\n\n"  # line 10
        "## Main\n\n"  # line 12
        "| a |\n|---|\n| [cell](#main) |\n\n"  # the cell: line 16
        "> [quoted](<#main>)\n\n"  # line 18
        "Into [the notes](#notes-title), and [the notes heading][n].\n\n"  # line 20
        "[n]: #notes-title\n\n"
        "## Notes title\n"  # line 24
    )
    main = MAIN.format(line=12)
    notes = (
        "link `#notes-title` goes to the theme's Notes heading, not to the heading "
        "`Notes title` on line 24, whose id is `notes-title-1`"
    )
    assert sorted(_warnings(body)) == [
        ("content/x.md:10:6", main, "write `#main-1` to link the heading, or rename the heading"),
        ("content/x.md:16:3", main, "write `#main-1` to link the heading, or rename the heading"),
        ("content/x.md:18:3", main, "write `#main-1` to link the heading, or rename the heading"),
        (
            "content/x.md:20:6",
            notes,
            "write `#notes-title-1` to link the heading, or rename the heading",
        ),
        (
            "content/x.md:22:6",
            notes,
            "write `#notes-title-1` to link the heading, or rename the heading",
        ),
        ("content/x.md:7:5", main, "write `#main-1` to link the heading, or rename the heading"),
        ("content/x.md:7:53", main, "write `#main-1` to link the heading, or rename the heading"),
    ]


def test_a_link_to_a_theme_id_no_heading_would_have_had_is_left_alone() -> None:
    """A skip link means the theme's `<main>`; the search page's ids are on no briefing page,
    so a link to one is a broken link, which the link check reports."""
    body = "[Skip to content](#main) and [search](#search-query).\n\n## Search query\n\nText.\n"
    assert _warnings(body) == []


def test_a_link_to_a_heading_given_a_theme_id_is_warned_beside_the_heading() -> None:
    body = "## Intro {#fn-2}\n\nSee [the intro](#fn-2).\n"
    assert _warnings(body) == [
        (
            "content/x.md:7:10",
            "heading id `fn-2` is taken on this page; this heading has `fn-2-1`",
            "give each heading its own id",
        ),
        (
            "content/x.md:9:5",
            "link `#fn-2` goes to the theme's note 2, not to the heading `Intro` on line 7, "
            "whose id is `fn-2-1`",
            "write `#fn-2-1` to link the heading, or rename the heading",
        ),
    ]


def test_every_reserved_id_says_what_it_is_on_a_briefing_page() -> None:
    """A new id the theme reserves needs its part named here, or the warning names none."""
    assert set(THEME_PARTS) | SEARCH_PAGE_IDS == RESERVED_ANCHORS
    assert not set(THEME_PARTS) & SEARCH_PAGE_IDS
    assert [theme_part(name) for name in ("fn-3", "fnref-3-2", "table-14", "search-hint")] == [
        "the theme's note 3",
        "the theme's reference to note 3",
        "the theme's table written on line 14",
        None,
    ]
