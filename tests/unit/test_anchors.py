"""Heading ids: unique, never a theme id, handed out in linear time."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest

import briefgen
from briefgen.content.markdown import link_destination
from briefgen.content.parse import parse_briefing
from briefgen.content.slugs import RESERVED_ANCHORS, Anchors, anchor_of, fragment_of, tag_slug
from tests.conftest import cpu_seconds


def test_anchors_never_take_a_theme_id() -> None:
    anchors = Anchors()
    claimed = [anchors.claim(text) for text in ("main", "Glance title", "Table 3", "table 3")]
    assert claimed == ["main-1", "glance-title-1", "table-3-1", "table-3-2"]
    assert not RESERVED_ANCHORS & set(claimed)


def test_anchors_are_unique_when_a_heading_looks_like_a_numbered_one() -> None:
    anchors = Anchors()
    claimed = [anchors.claim(text) for text in ("a", "a", "a-1", "a")]
    assert claimed == ["a", "a-1", "a-1-1", "a-2"]


def test_anchors_for_20000_identical_headings_are_linear() -> None:
    anchors = Anchors()
    started = cpu_seconds()
    claimed = [anchors.claim("a") for _ in range(20_000)]
    assert cpu_seconds() - started < 2
    assert len(set(claimed)) == 20_000


def test_a_heading_named_like_a_note_reference_gets_an_id_of_its_own() -> None:
    anchors = Anchors()
    claimed = [anchors.claim(text) for text in ("fnref-1", "fnref 1", "fnref-1-2", "fn-1")]
    assert claimed == ["fnref-1-heading", "fnref-1-heading-1", "fnref-1-2-1", "fn-1-1"]


def test_every_id_the_theme_writes_is_reserved() -> None:
    """A heading taking one of them would give a page two elements with one id."""
    theme = Path(briefgen.__file__).parent / "theme"
    written = {
        found
        for template in theme.rglob("*.html")
        for found in re.findall(r'\bid="([^"{]+)"', template.read_text(encoding="utf-8"))
    }
    assert written
    assert written <= RESERVED_ANCHORS


BODY_WITH_IDS = """\
## Funding {#funding}

## Reworded heading {#funding}

## Custom {#custom-id .wide}

## A set {a, b}

## Escaped \\{#not-an-id}

## Conclusiones {#conclusions .takeaways}

## Main {#main}
"""


def test_headings_take_the_ids_their_authors_give() -> None:
    text = f"---\ntitle: X\ndate: 2026-01-02\nsummary: S.\n---\n\n{BODY_WITH_IDS}"
    briefing, diagnostics = parse_briefing("content/x.md", text)
    assert briefing is not None
    assert [(s.heading.text, s.anchor, s.takeaways) for s in briefing.sections] == [
        ("Funding", "funding", False),
        ("Reworded heading", "funding-1", False),
        ("Custom", "custom-id", False),
        ("A set {a, b}", "a-set-a-b", False),
        ("Escaped {#not-an-id}", "escaped-not-an-id", False),
        ("Conclusiones", "conclusions", True),
        ("Main", "main-1", False),
    ]
    assert [(d.pos.line, d.message) for d in diagnostics] == [
        (9, "heading id `funding` is taken on this page; this heading has `funding-1`"),
        (11, "heading attribute `.wide` is not read"),
        (19, "heading id `main` is taken on this page; this heading has `main-1`"),
    ]


@pytest.mark.parametrize(
    ("heading", "shown"),
    [
        ("## Next steps ## {#next}", "Next steps"),
        ("## Sub ###   {#next .takeaways}", "Sub"),
        ("## Trailing #\t{#next}", "Trailing"),
        ("## *Key* ## {#next}", "Key"),
        ("## Scope ## []{#next}", "Scope"),
        ("## C# {#next}", "C#"),
        ("## Issue #12 {#next}", "Issue #12"),
        ("## Escaped \\## {#next}", "Escaped ##"),
        ("## *Key*## {#next}", "Key##"),
        ("Underlined ## {#next}\n---", "Underlined ##"),
    ],
)
def test_a_headings_closing_hashes_go_before_its_attribute_block(heading: str, shown: str) -> None:
    """Pandoc's `## My heading ##    {#foo}`: the `#`s after a blank close the heading, as
    they do at its end (CommonMark); they showed as `My heading ##`, in the contents too."""
    text = f"---\ntitle: X\ndate: 2026-01-02\nsummary: S.\n---\n\n{heading}\n\nText.\n"
    briefing, diagnostics = parse_briefing("content/x.md", text)
    assert briefing is not None and diagnostics == []
    assert [(s.heading.text, s.anchor) for s in briefing.sections] == [(shown, "next")]


def test_tags_of_symbols_alone_get_pages_of_their_own() -> None:
    """Once they all fell back to `tag`, the page of a real tag "Tag"."""
    slugs = [tag_slug(tag) for tag in ("Tag", "🎉", "]]>", "-", "!!!")]
    assert slugs == ["tag", "tag--1f389", "tag--5d-5d-3e", "tag--2d", "tag--21-21-21"]


@pytest.mark.parametrize("named", ["tag-1f389", "Tag 1f389", "tag--1f389", "TAG_1F389"])
def test_a_tag_named_like_a_symbol_tags_page_is_never_given_that_page(named: str) -> None:
    """A tag of letters never has two hyphens in a row; a tag of symbols always has."""
    assert tag_slug(named) == "tag-1f389"
    assert tag_slug("🎉") == "tag--1f389"


@pytest.mark.parametrize(
    ("tag", "slug"),
    [("CON", "con--tag"), ("aux", "aux--tag"), ("Nul", "nul--tag"), ("COM¹", "com1--tag")],
)
def test_a_tag_named_like_a_windows_device_gets_a_page_windows_can_hold(
    tag: str, slug: str
) -> None:
    """`tags/con/` could not be checked out on Windows; `con--tag` is no other tag's page."""
    assert tag_slug(tag) == slug
    assert tag_slug("Con Tag") == "con-tag"


def test_a_key_takeaways_heading_with_an_id_of_its_own_is_still_the_takeaways() -> None:
    """The English rule reads the heading's words, not the id the author chose."""
    body = "## Key Takeaways {#kt}\n\nText.\n\n## Takeaways[^n] {#end}\n\nText.\n\n[^n]: N.\n"
    text = f"---\ntitle: X\ndate: 2026-01-02\nsummary: S.\n---\n\n{body}"
    briefing, diagnostics = parse_briefing("content/x.md", text)
    assert briefing is not None, diagnostics
    assert [(s.anchor, s.takeaways) for s in briefing.sections] == [("kt", True), ("end", True)]


def test_pandocs_short_unnumbered_attribute_is_taken_off_with_a_warning() -> None:
    """`{-}` is Pandoc's short form of `{.unnumbered}`: read and warned about alike."""
    body = (
        "## Preface {-}\n\n## Methods {.unnumbered}\n\n## Annex {#annex -}\n\n"
        "## Change {+/-}\n\n## Range {-1}\n"
    )
    text = f"---\ntitle: X\ndate: 2026-01-02\nsummary: S.\n---\n\n{body}"
    briefing, diagnostics = parse_briefing("content/x.md", text)
    assert briefing is not None
    assert [(s.heading.text, s.anchor) for s in briefing.sections] == [
        ("Preface", "preface"),
        ("Methods", "methods"),
        ("Annex", "annex"),
        ("Change {+/-}", "change"),
        ("Range {-1}", "range--1"),
    ]
    assert [(d.pos.line, d.message) for d in diagnostics] == [
        (7, "heading attribute `-` is not read"),
        (9, "heading attribute `.unnumbered` is not read"),
        (11, "heading attribute `-` is not read"),
    ]
    unnumbered = (
        "Pandoc's `{-}`, short for `{.unnumbered}`, leaves a heading out of its numbered "
        "sections; briefgen numbers no heading, so delete it"
    )
    assert [d.hint for d in diagnostics] == [unnumbered] * 3


def test_unnumbered_beside_another_unread_attribute_gets_both_hints() -> None:
    """`{.wide -}`: the general hint for `.wide`, Pandoc's meaning of `-` for the `-`."""
    text = "---\ntitle: X\ndate: 2026-01-02\nsummary: S.\n---\n\n## Intro {.wide -}\n"
    _, diagnostics = parse_briefing("content/x.md", text)
    assert [(d.message, d.hint) for d in diagnostics] == [
        (
            "heading attribute `.wide` `-` is not read",
            "a heading takes `{#its-id}` and `{.takeaways}`; Pandoc's `{-}`, short for "
            "`{.unnumbered}`, leaves a heading out of its numbered sections; briefgen numbers "
            "no heading, so delete it",
        )
    ]


ZWNJ, ZWJ = "\u200c", "\u200d"
"""The zero-width non-joiner and joiner, by name: they are invisible in a test's text."""


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("چشم" + ZWNJ + "انداز", "چشمانداز"),  # as GitHub's id, and as a build before had it
        ("جمع" + ZWNJ + "بندی و نتیجه", "جمعبندی-و-نتیجه"),
        ("क्" + ZWJ + "ष", "क्ष"),  # Devanagari: a joiner after the virama
        (ZWNJ + "چشم" + ZWNJ, "چشم"),
        ("Budget" + ZWNJ + " outlook", "budget-outlook"),
        (ZWJ.join("👨👩👧") + " Family", "family"),
        ("I\u015f\u0131k t\u00fcketimi", "i\u015f\u0131k-t\u00fcketimi"),  # as GitHub's ids
    ],
)
def test_a_heading_id_drops_the_joiners_as_githubs_ids_do(heading: str, anchor: str) -> None:
    """The id kept a Persian word's zero-width non-joiner, so a link typed without it, which
    found the heading a build before (and on GitHub), was a broken link."""
    assert anchor_of(heading) == anchor


@pytest.mark.parametrize(
    "given",
    ["financiación", "annex-a.-tables", "数据", "mục-lục", "chương-i.-tổng-quan.", "हिन्दी", "a_b"],
)
def test_a_heading_takes_an_id_of_any_script_and_dots(given: str) -> None:
    """Google Docs writes such ids (`{#introducción}`), and its contents list links to them."""
    text = f"---\ntitle: X\ndate: 2026-01-02\nsummary: S.\n---\n\n## Heading {{#{given}}}\n"
    briefing, diagnostics = parse_briefing("content/x.md", text)
    assert briefing is not None
    assert (briefing.sections[0].anchor, diagnostics) == (given, [])


@pytest.mark.parametrize(
    ("given", "fault"),
    [
        ("#_Toc2", "an id starts with a letter, and `#_Toc2` starts with `_`"),
        ("#1-intro", "an id starts with a letter, and `#1-intro` starts with `1`"),
        ("#a/b", "an id holds letters, digits, `-`, `_` and `.`, and `#a/b` has `/`"),
        ('#say"hi"', 'an id holds letters, digits, `-`, `_` and `.`, and `#say"hi"` has `"`'),
        ("#", "`#` needs an id after it"),
    ],
)
def test_a_refused_heading_id_is_hinted_with_what_is_wrong(given: str, fault: str) -> None:
    """The hint said "a bad id starts with a letter" of ids that did."""
    text = f"---\ntitle: X\ndate: 2026-01-02\nsummary: S.\n---\n\n## Heading {{{given}}}\n"
    briefing, diagnostics = parse_briefing("content/x.md", text)
    assert briefing is not None
    assert briefing.sections[0].anchor == "heading"
    assert [(d.message, d.hint) for d in diagnostics] == [
        (
            f"heading attribute `{given}` is not read",
            f"a heading takes `{{#its-id}}` and `{{.takeaways}}`; {fault}",
        )
    ]


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("#چشم" + ZWNJ + "انداز", "#چشمانداز"),  # copied from the heading
        ("#چشمانداز", "#چشمانداز"),  # typed without the non-joiner
        ("other.md#क्" + ZWJ + "ष", "other.md#क्ष"),
        ("#\u200f" + "چشم" + "\u00ad" + "انداز", "#چشمانداز"),  # a direction mark, a soft hyphen
        ("#cafe\u0301", "#caf\u00e9"),  # NFC, as ids are
        # Another site's ids are its own: the fragment is only in NFC.
        (
            "https://fa.example.org/#چشم" + ZWNJ + "انداز",
            "https://fa.example.org/#چشم" + ZWNJ + "انداز",
        ),
        ("//fa.example.org/#a" + ZWNJ + "ب", "//fa.example.org/#a" + ZWNJ + "ب"),
    ],
)
def test_a_links_fragment_within_the_site_is_spelled_as_ids_are(url: str, href: str) -> None:
    """A link with the non-joiner, copied from the heading, and one without it lead to the
    heading alike: its id has none, as GitHub's ids have none."""
    assert unquote(link_destination(url)) == href


def test_a_links_fragment_drops_only_what_no_heading_id_holds() -> None:
    """A character dropped from a link's fragment but kept in an id would break the link."""
    dropped = [chr(code) for code in range(0x10000) if fragment_of("ب" + chr(code)) == "ب"]
    assert "\u200c" in dropped
    assert [ch for ch in dropped if anchor_of(f"ب{ch}ب") != "بب"] == []


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("Key\u00a0Points", "key-points"),  # a no-break space, as word processors paste one
        ("Note\u00a0: budget", "note--budget"),  # French spacing: as `Note : budget` is
        ("移民\u3000政策", "移民-政策"),  # an ideographic space
        ("Café\u202fcrème", "café-crème"),  # a narrow no-break space
        ("Break\u2028here", "break-here"),  # a line separator
        ("Pourquoi\u00a0?", "pourquoi"),
    ],
)
def test_anchor_of_reads_any_space_as_a_space(heading: str, anchor: str) -> None:
    """`## Key<U+00A0>Points` had the id `keypoints`: the no-break space was dropped as
    punctuation is, and the words ran together."""
    assert anchor_of(heading) == anchor


def test_anchors_note_the_theme_ids_headings_would_have_had() -> None:
    """Read by `themelinks.py`: a `#main` link written for `## Main` goes to the theme's."""
    anchors = Anchors()
    claimed = [anchors.claim(text) for text in ("Main", "Main", "Intro", "fnref 1", "Table 3")]
    claimed.append(anchors.claim_given("notes-title"))
    assert claimed == ["main-1", "main-2", "intro", "fnref-1-heading", "table-3-1", "notes-title-1"]
    assert anchors.displaced == {
        "main": "main-1",
        "fnref-1": "fnref-1-heading",
        "table-3": "table-3-1",
        "notes-title": "notes-title-1",
    }
