"""Titles and tags made of characters a reader cannot see, and tags holding one."""

from __future__ import annotations

import pytest

from briefgen.content.invisible import invisible_codes, shows_nothing, without_invisible
from briefgen.content.parse import parse_briefing


def _parse(front: str) -> tuple[tuple[str, ...] | None, list[str]]:
    text = f"---\n{front}date: 2026-03-14\nsummary: S.\n---\n\nText.\n"
    briefing, diagnostics = parse_briefing("content/a.md", text)
    found = [f"{d.pos}: {d.severity}: {d.message}" for d in diagnostics]
    return (briefing.meta.tags if briefing else None), found


@pytest.mark.parametrize(
    "text",
    ["\u200b", "\u200b\u200d", " \u2060 ", "\ufeff", "\u00ad", "\u3164", "\u200e\ufe0f", "\u2800"],
)
def test_shows_nothing_is_true_for_invisible_characters_and_spaces(text: str) -> None:
    assert shows_nothing(text)


@pytest.mark.parametrize("text", ["a", "\u200ba", "🎉", "\u0645\u200c\u0627", "."])
def test_shows_nothing_is_false_for_anything_seen(text: str) -> None:
    assert not shows_nothing(text)


def test_invisible_codes_names_each_character_once() -> None:
    assert invisible_codes("\u200ba\u200b\u00ad") == "U+200B, U+00AD"


@pytest.mark.parametrize(
    ("tag", "left"),
    [
        ("a\u200bb", "ab"),
        ("a\u00adb\u2060c\ufeff", "abc"),
        ("a\u200db", "ab"),
        ("x\u200c", "x"),
        # Joiners that change what is shown: Persian's non-joiner, an emoji sequence.
        ("\u0645\u06cc\u200c\u062e\u0648", "\u0645\u06cc\u200c\u062e\u0648"),
        ("\U0001f468\u200d\U0001f469", "\U0001f468\u200d\U0001f469"),
    ],
)
def test_without_invisible_drops_only_what_changes_nothing_shown(tag: str, left: str) -> None:
    assert without_invisible(tag) == left


def test_a_title_of_invisible_characters_is_an_error_like_a_blank_one() -> None:
    tags, found = _parse('title: "\\u200b\\u200d"\n')
    assert tags is None
    assert found == [
        "content/a.md:2:1: error: `title` shows nothing: it holds only invisible characters "
        "(U+200B, U+200D)"
    ]


@pytest.mark.parametrize(
    ("summary", "codes"),
    [
        ("\\u200b", "U+200B"),
        ("\\u200c\\u200d", "U+200C, U+200D"),
        ("\\u2060 \\ufeff\\u00ad", "U+2060, U+FEFF, U+00AD"),
    ],
)
def test_a_summary_of_invisible_characters_is_an_error_like_an_invisible_title(
    summary: str, codes: str
) -> None:
    # The index, the feed and link previews would have shown an empty summary.
    text = f'---\ntitle: T\ndate: 2026-03-14\nsummary: "{summary}"\n---\n\nText.\n'
    briefing, diagnostics = parse_briefing("content/a.md", text)
    assert briefing is None
    assert [f"{d.pos}: {d.severity}: {d.message}" for d in diagnostics] == [
        f"content/a.md:4:1: error: `summary` shows nothing: it holds only invisible characters "
        f"({codes})"
    ]


def test_a_tag_or_author_of_invisible_characters_is_an_error_at_its_item() -> None:
    _, found = _parse('title: T\ntags: [ok, "\\u200b"]\nauthors: ["\\ufeff "]\n')
    assert found == [
        "content/a.md:3:12: error: `tags` item 2 shows nothing: it holds only invisible "
        "characters (U+200B)",
        "content/a.md:4:11: error: `authors` item 1 shows nothing: it holds only invisible "
        "characters (U+FEFF)",
    ]


def test_a_zero_width_character_in_a_tag_is_left_out_so_look_alikes_share_a_page() -> None:
    tags, found = _parse('title: T\ntags: ["a\\u200bb", ab, "Trade \\u2060 policy"]\n')
    assert tags == ("ab", "Trade policy")
    assert found == [
        "content/a.md:3:8: warning: `tags` item 1 holds an invisible character (U+200B), "
        "left out: the tag is `ab`",
        "content/a.md:3:24: warning: `tags` item 3 holds an invisible character (U+2060), "
        "left out: the tag is `Trade policy`",
    ]


def test_a_joiner_between_letters_it_joins_is_kept_without_a_warning() -> None:
    tags, found = _parse(
        'title: T\ntags: ["\\u0645\\u06cc\\u200c\\u062e\\u0648\\u0627\\u0647\\u0645"]\n'
    )
    assert tags == ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",)
    assert found == []


def test_a_title_of_the_braille_blank_is_an_error_naming_it() -> None:
    """U+2800 is not default-ignorable, but a dot pattern with no dots: it shows nothing."""
    _, found = _parse('title: "\\u2800"\n')
    assert found == [
        "content/a.md:2:1: error: `title` shows nothing: it holds only invisible characters "
        "(U+2800)"
    ]


def _warnings(body: str) -> list[str]:
    briefing, diagnostics = parse_briefing(
        "content/a.md", f"---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n\n{body}\n"
    )
    assert briefing is not None
    return [f"{d.pos}: {d.message}" for d in diagnostics]


INVISIBLE_TEXTS = ["\u200b", "&#8203;", "\u00ad", "&shy;", "\u2060", "\u3164", "\u2800"]
"""Text a reader cannot see, as written: characters and the entities that stand for them."""


@pytest.mark.parametrize("text", ["&nbsp;", *INVISIBLE_TEXTS])
def test_a_heading_of_invisible_characters_is_an_empty_heading(text: str) -> None:
    """It made an `<h2>` and a contents link that showed nothing, with no warning."""
    assert _warnings(f"## {text}\n\nSection text.") == ["content/a.md:7:1: empty heading"]


@pytest.mark.parametrize("text", INVISIBLE_TEXTS)
def test_a_link_of_invisible_characters_is_a_link_with_no_text(text: str) -> None:
    assert _warnings(f"See [{text}](https://example.org/) here.") == [
        "content/a.md:7:5: a link with no text: readers cannot see or follow it"
    ]


@pytest.mark.parametrize(
    ("body", "warning"),
    [
        (
            "| \u200b | \u2800 |\n|---|---|\n| a | b |",
            "7:1: table header is empty: the columns have no names",
        ),
        ("- **Term:** \u3164", "7:1: term `Term` has no text"),
        ("- [ ] \u200b", "7:5: a task with no text"),
    ],
)
def test_invisible_text_is_no_text_in_a_table_header_a_term_or_a_task(
    body: str, warning: str
) -> None:
    assert _warnings(body) == [f"content/a.md:{warning}"]
