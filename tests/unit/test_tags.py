"""Tags whose page names are alike: one tag spelt two ways, or two tags sharing a page."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.content.slugs import tag_slug, tag_words
from briefgen.content.tags import shared_tag_warnings
from briefgen.model import Briefing, Entry


def _text(tags: str) -> str:
    return f"---\ntitle: T\ndate: 2026-03-14\nsummary: S.\ntags: {tags}\n---\n\nText.\n"


def _briefing(tags: str, path: str = "content/a.md") -> tuple[Briefing, list[str]]:
    briefing, diagnostics = parse_briefing(path, _text(tags))
    assert briefing is not None, diagnostics
    return briefing, [f"{d.pos}: {d.severity}: {d.message}" for d in diagnostics]


def _entry(tags: str, path: str, lang_dir: str = "") -> Entry:
    entry = _briefing(tags, path)[0].entry()
    return Entry(entry.slug, entry.source, entry.meta, 1, lang_dir=lang_dir)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Trade", "trade"),
        ("Latin America", "latin-america"),
        ("a b", "A_B"),
        ("Políticas", "politicas"),
    ],
)
def test_tag_words_are_alike_for_one_tag_spelt_two_ways(one: str, other: str) -> None:
    assert tag_slug(one) == tag_slug(other)
    assert tag_words(one) == tag_words(other)


@pytest.mark.parametrize(
    ("one", "other"), [("C++", "C#"), ("C", "C++"), ("a.b", "a b"), ("Q&A", "Q A")]
)
def test_tag_words_differ_for_tags_whose_page_names_are_alike_by_chance(
    one: str, other: str
) -> None:
    assert tag_slug(one) == tag_slug(other)
    assert tag_words(one) != tag_words(other)


def test_a_tag_sharing_the_page_of_an_earlier_one_in_a_briefing_is_warned_about() -> None:
    briefing, found = _briefing("[C++, Trade, trade, 'C#', a b, a.b]")
    assert briefing.meta.tags == ("C++", "Trade", "a b")
    assert found == [
        "content/a.md:5:20: warning: `tags` item 3, `trade`, is item 2, `Trade`, spelt "
        "otherwise: shown once, as `Trade`",
        "content/a.md:5:27: warning: `tags` item 4, `C#`, shares its page with item 1, `C++`: "
        "only `C++` is shown",
        "content/a.md:5:38: warning: `tags` item 6, `a.b`, shares its page with item 5, `a b`: "
        "only `a b` is shown",
    ]


def test_a_tag_folded_into_an_earlier_one_by_its_accents_is_warned_about() -> None:
    """`año` ("year") and `ano` share a page, as vowelled `مُحَمَّد` and `محمد` do: never silently."""
    briefing, found = _briefing("[año, ano, مُحَمَّد, محمد, Trade, trade]")
    assert briefing.meta.tags == ("año", "مُحَمَّد", "Trade")
    hint = "a tag's page name has no accents or vowel points"
    assert [line.split(": only")[0] for line in found] == [
        "content/a.md:5:13: warning: `tags` item 2, `ano`, shares its page with item 1, `año`",
        "content/a.md:5:28: warning: `tags` item 4, `محمد`, shares its page with item 3, `مُحَمَّد`",
        "content/a.md:5:41: warning: `tags` item 6, `trade`, is item 5, `Trade`, spelt otherwise"
        ": shown once, as `Trade`",
    ]
    diagnostics = parse_briefing("content/a.md", _text("[año, ano]"))[1]
    assert [(d.hint or "").split(":")[0] for d in diagnostics] == [hint]


@pytest.mark.parametrize(
    ("tags", "item", "other"),
    [
        ("[Trade, trade]", "`tags` item 2, `trade`, is item 1, `Trade`", "`Trade`"),
        (
            "[Latin America, latin_america]",
            "`tags` item 2, `latin_america`, is item 1, `Latin America`",
            "`Latin America`",
        ),
        ("[año, AÑO]", "`tags` item 2, `AÑO`, is item 1, `año`", "`año`"),
    ],
)
def test_a_second_spelling_of_a_tag_in_a_briefing_is_warned_about(
    tags: str, item: str, other: str
) -> None:
    """`tags: [Trade, trade]` showed `Trade` alone with no word, where `[trade, trade]` was
    warned: the second spelling was left out silently."""
    _, diagnostics = parse_briefing("content/a.md", _text(tags))
    assert [(d.severity, d.message, d.hint) for d in diagnostics] == [
        (
            "warning",
            f"{item}, spelt otherwise: shown once, as {other}",
            "delete one of them: tags that differ only in case or in the spaces, hyphens and "
            "underscores between their words are one tag",
        )
    ]


def test_the_tags_of_a_briefing_keep_where_each_is_written() -> None:
    briefing, _ = _briefing("[one, One, two]")
    assert [str(pos) for pos in briefing.meta.tag_positions] == [
        "content/a.md:5:8",
        "content/a.md:5:18",
    ]


def test_shared_tag_warnings_name_every_other_spelling_at_its_first_item() -> None:
    entries = [
        _entry("[C]", "content/c.md"),
        _entry("[C++, x]", "content/b.md"),
        _entry("[x, 'C#']", "content/a.md"),
        _entry("[C++]", "content/d.md"),
    ]
    assert [f"{d.pos}: {d.message}" for d in shared_tag_warnings(entries)] == [
        "content/a.md:5:11: tag `C#` shares its page with `C++` (content/b.md:5:8) and `C` "
        "(content/c.md:5:8), which lists them under one name",
        "content/b.md:5:8: tag `C++` shares its page with `C#` (content/a.md:5:11) and `C` "
        "(content/c.md:5:8), which lists them under one name",
        "content/c.md:5:8: tag `C` shares its page with `C#` (content/a.md:5:11) and `C++` "
        "(content/b.md:5:8), which lists them under one name",
    ]


def test_shared_tag_warnings_leave_one_tag_spelt_two_ways_and_other_languages_alone() -> None:
    entries = [
        _entry("[Trade, Latin America]", "content/a.md"),
        _entry("[trade, latin-america]", "content/b.md"),
        _entry("[C++]", "content/c.md"),
        _entry("['C#']", "content/c.es.md", lang_dir="es/"),
    ]
    assert shared_tag_warnings(entries) == []
