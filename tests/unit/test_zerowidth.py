"""Zero-width characters in a title, a summary, an author or a source's title or publisher:
left out, with a warning at the field."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.model import Briefing

BODY = "\nText.\n"
HINT = "delete it: no reader sees it; the page's title, feed and search would hold it"


def _parse(front: str) -> tuple[Briefing | None, list[str]]:
    briefing, diagnostics = parse_briefing("content/a.md", f"---\n{front}---\n{BODY}")
    return briefing, [f"{d.pos}: {d.severity}: {d.message}" for d in diagnostics]


def test_a_zero_width_space_in_a_title_is_left_out_with_a_warning_at_it() -> None:
    """`Budget<U+200B>cuts` was published as typed: in `<title>`, the feed and the search
    index, where it matches no search for the words."""
    briefing, found = _parse('title: "Budget\u200bcuts"\ndate: 2026-03-14\nsummary: S.\n')
    assert found == [
        "content/a.md:2:1: warning: `title` holds an invisible character (U+200B), left out"
    ]
    assert briefing is not None
    assert briefing.meta.title == "Budgetcuts"
    text = f'---\ntitle: "a\u200bb"\ndate: 2026-03-14\nsummary: S.\n---\n{BODY}'
    (warned,) = parse_briefing("content/a.md", text)[1]
    assert warned.hint == HINT


@pytest.mark.parametrize(
    ("front", "expected", "kept"),
    [
        (
            'title: T\ndate: 2026-03-14\nsummary: "A\ufeffsum\u2060mary \u200c."\n',
            "content/a.md:4:1: warning: `summary` holds invisible characters "
            "(U+FEFF, U+2060, U+200C), left out",
            ("summary", "Asummary ."),
        ),
        (
            'title: T\ndate: 2026-03-14\nsummary: S.\nauthors: [Ana, "Jane\u200d Doe"]\n',
            "content/a.md:5:16: warning: `authors` item 2 holds an invisible character "
            "(U+200D), left out",
            ("authors", ("Ana", "Jane Doe")),
        ),
        (
            "title: T\ndate: 2026-03-14\nsummary: S.\nsources:\n"
            '  - title: Report\n    publisher: "Ministry\u200b"\n',
            "content/a.md:7:5: warning: `sources` item 1: `publisher` holds an invisible "
            "character (U+200B), left out",
            ("publisher", "Ministry"),
        ),
        (  # as a character reference, as a CMS export writes it
            "title: T &#8203;x\ndate: 2026-03-14\nsummary: S.\n",
            "content/a.md:2:1: warning: `title` holds an invisible character (U+200B), left out",
            ("title", "T x"),
        ),
    ],
)
def test_zero_width_characters_in_plain_text_fields_are_left_out_with_a_warning(
    front: str, expected: str, kept: tuple[str, object]
) -> None:
    briefing, found = _parse(front)
    assert found == [expected]
    assert briefing is not None
    field, value = kept
    shown = (
        briefing.meta.sources[0].publisher
        if field == "publisher"
        else getattr(briefing.meta, field)
    )
    assert shown == value


@pytest.mark.parametrize(
    "text",
    [
        "\u0e01\u0e32\u0e23\u200b\u0e40\u0e21\u0e37\u0e2d\u0e07",  # Thai: a place to break
        "\u5927\u962a\u200b\u5e9c",  # Chinese
        "\u0645\u06cc\u200c\u062e\u0648",  # Persian's non-joiner
        "\U0001f469\u200d\U0001f4bb team",  # an emoji sequence
        "Donau\u00addampf\u00adschiff",  # soft hyphens: a word's places to break
    ],
)
def test_zero_width_characters_that_do_something_are_kept_silently(text: str) -> None:
    briefing, found = _parse(f'title: "{text}"\ndate: 2026-03-14\nsummary: S.\n')
    assert found == []
    assert briefing is not None
    assert briefing.meta.title == text


def test_a_title_of_only_zero_width_characters_keeps_its_one_error() -> None:
    _, found = _parse('title: "\u200b\u2060"\ndate: 2026-03-14\nsummary: S.\n')
    assert found == [
        "content/a.md:2:1: error: `title` shows nothing: it holds only invisible characters "
        "(U+200B, U+2060)"
    ]


def test_a_tag_is_warned_once_by_its_own_check() -> None:
    _, found = _parse('title: T\ndate: 2026-03-14\nsummary: S.\ntags: ["a\u200bb"]\n')
    assert found == [
        "content/a.md:5:8: warning: `tags` item 1 holds an invisible character (U+200B), "
        "left out: the tag is `ab`"
    ]


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("bud\u200bget", "an invisible character (U+200B)"),
        ("re\u00adform\u2060", "invisible characters (U+2060, U+00AD)"),
        # Each was left out of the address in silence: a direction override (the name shows
        # reversed after it), an isolate, a mark, a Hangul filler, a selector after ASCII.
        ("gpj\u202eexe", "an invisible character (U+202E)"),
        ("vis\u2066it\u2069", "invisible characters (U+2066, U+2069)"),
        ("visit\u200f", "an invisible character (U+200F)"),
        ("vi\u3164sit", "an invisible character (U+3164)"),
        ("visit\ufe0f", "an invisible character (U+FE0F)"),
        ("vi\u034fsit", "an invisible character (U+034F)"),
    ],
)
def test_a_zero_width_character_in_a_file_name_is_warned_at_the_file(name: str, codes: str) -> None:
    """`bud<U+200B>get.md` was published at `budget/` with no word: the name on disk and the
    page's address differ by a character no one sees."""
    path = f"content/{name}.md"
    briefing, diagnostics = parse_briefing(
        path, "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n" + BODY
    )
    assert briefing is not None
    assert briefing.slug == "".join(char for char in name if char.isascii())
    assert [(str(d.pos), d.message, d.hint) for d in diagnostics] == [
        (
            f"{path}:1:1",
            f"the file's name holds {codes}, which its page's address leaves out",
            "rename the file without it",
        )
    ]


@pytest.mark.parametrize(
    "name",
    ["\u0645\u06cc\u200c\u062e\u0648", "\u2764\ufe0f", "\u845b\U000e0100-visit"],
    ids=["persian-non-joiner", "emoji-selector", "ideograph-selector"],
)
def test_a_joiner_or_selector_that_shows_in_a_file_name_is_no_warning(name: str) -> None:
    path = f"content/{name}.md"
    _, diagnostics = parse_briefing(
        path, "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n" + BODY
    )
    assert diagnostics == []


@pytest.mark.parametrize(
    ("name", "slug", "codes"),
    [
        ("a\x01b", "a-b", "a control character (U+0001)"),
        ("a\tb\n", "a-b", "control characters (U+0009, U+000A)"),
        ("a\x85b\x7f", "ab", "control characters (U+0085, U+007F)"),
    ],
)
def test_a_control_character_in_a_file_name_is_warned_at_the_file(
    name: str, slug: str, codes: str
) -> None:
    """`a<U+0001>b.md` was published at `a-b/`, `a<U+0085>b.md` at `ab/`, without a word."""
    path = f"content/{name}.md"
    briefing, diagnostics = parse_briefing(
        path, "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n" + BODY
    )
    assert briefing is not None
    assert briefing.slug == slug
    assert [(str(d.pos), d.message, d.hint) for d in diagnostics] == [
        (
            f"{path}:1:1",
            f"the file's name holds {codes}, which its page's address drops or makes `-`",
            "rename the file without it",
        )
    ]
