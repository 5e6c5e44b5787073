"""`briefgen new`'s skeletons: one per language, laid out alike, each one's placeholders found
by `check`, and a site's own language choosing its skeleton."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import pytest

from briefgen.commands.new import DRAFT_NOTE, new_briefing
from briefgen.commands.skeletons import (
    ENGLISH,
    FRENCH,
    PORTUGUESE,
    SKELETONS,
    SPANISH,
    find_placeholders,
    render_skeleton,
    skeleton_in,
)
from briefgen.content.parse import parse_briefing
from briefgen.content.slugs import anchor_of
from briefgen.model import BulletList, Paragraph, Table
from briefgen.report import RecordingReporter
from tests.conftest import REPO, make_project

if TYPE_CHECKING:
    from pathlib import Path

DAY = dt.date(2026, 3, 1)
README = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
LANGUAGES = sorted(SKELETONS)


def _readme_lines() -> list[int]:
    """Return the placeholder lines the README names: "lines 4, 10, … and 24"."""
    found = re.search(r"seven in a new file \(lines ([\d, ]+) and (\d+):", README)
    assert found, "the README names the placeholder lines of a new file"
    return [*map(int, found[1].split(", ")), int(found[2])]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_skeleton_placeholders_are_at_the_lines_the_readme_names(lang: str) -> None:
    text = render_skeleton("Visita de Rubio", DAY, SKELETONS[lang])
    warned = find_placeholders("content/a.md", text)
    assert [found.pos.line for found in warned] == _readme_lines()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_skeleton_placeholders_are_found_with_plain_spaces_for_no_break_ones(lang: str) -> None:
    """An editor or a paste turns French typography's no-break spaces into spaces: the summary
    and the lede were then no placeholders any more."""
    text = render_skeleton("Visite", DAY, SKELETONS[lang]).replace("\u00a0", " ")
    warned = find_placeholders("content/a.md", text)
    assert [found.pos.line for found in warned] == _readme_lines()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_skeleton_builds_in_its_language_without_a_warning(lang: str) -> None:
    """Spanish headings get their ids by the slug rules, the terms and the caption keyword in
    the language are read as English's are, and the examples stay hidden."""
    skeleton = SKELETONS[lang]
    text = render_skeleton("Visita de Rubio", DAY, skeleton)
    briefing, diagnostics = parse_briefing(f"content/a.{lang}.md", text)
    assert diagnostics == []
    assert briefing is not None
    assert briefing.lang == lang
    assert briefing.meta.summary == skeleton.summary
    (lede,) = briefing.lede
    assert isinstance(lede, Paragraph) and lede.text.text == skeleton.lede
    (points,), (table,) = (section.blocks for section in briefing.sections)
    assert [(s.heading.text, s.anchor) for s in briefing.sections] == [
        (heading, anchor_of(heading)) for heading in (skeleton.key_points, skeleton.figures)
    ]
    assert isinstance(points, BulletList)
    assert [(item.term and item.term.text, item.text.text) for item in points.items] == [
        (term.removesuffix(":").rstrip("\u00a0"), text) for term, text in skeleton.points
    ]
    assert isinstance(table, Table) and table.caption is not None
    assert table.caption.text == skeleton.caption
    assert briefing.notes == ()  # the examples' footnote is in the comment, not the page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_skeleton_with_its_placeholders_replaced_has_no_warning(lang: str) -> None:
    text = render_skeleton("Visita de Rubio", DAY, SKELETONS[lang])
    for placeholder in SKELETONS[lang].placeholders():
        text = text.replace(placeholder, "Written.")
    assert find_placeholders("content/a.md", text) == []


def test_skeletons_are_written_in_their_own_language() -> None:
    """Each language's placeholders are its own: none is left in English."""
    english = set(ENGLISH.placeholders())
    for skeleton, verb in (
        (SPANISH, "Sustituya"),
        (FRENCH, "Remplacez"),
        (PORTUGUESE, "Substitua"),
    ):
        assert not english & set(skeleton.placeholders())
        assert skeleton.lede.startswith(verb)
        assert "Replace" not in render_skeleton("T", DAY, skeleton)


@pytest.mark.parametrize(
    ("lang", "skeleton"),
    [("es-MX", SPANISH), ("pt-BR", PORTUGUESE), ("fr-CA", FRENCH), ("en-GB", ENGLISH)],
)
def test_skeleton_of_a_regional_variant_is_its_languages(lang: str, skeleton: object) -> None:
    assert skeleton_in(lang) is skeleton


def test_find_placeholders_leaves_real_briefings_alone() -> None:
    """Placeholders are whole sentences: the repository's briefings and the fixture projects'
    (in English, Spanish and Hebrew) hold none."""
    sources = [*(REPO / "content").rglob("*.md"), *(REPO / "tests" / "projects").rglob("*.md")]
    assert len(sources) > 5
    for path in sources:
        assert find_placeholders(path.name, path.read_text(encoding="utf-8")) == [], path


@pytest.mark.parametrize(
    ("language", "lang", "written", "note"),
    [
        ("es", None, "Sustituya esta entradilla", None),
        ("en", "fr", "Remplacez ce chapeau", None),
        ("de", None, "Replace this lede", "`de`"),
    ],
    ids=["site-language", "--lang", "no-skeleton"],
)
def test_new_writes_the_skeleton_of_the_briefings_language(
    tmp_path: Path, language: str, lang: str | None, written: str, note: str | None
) -> None:
    """It was English whatever the briefing's language; a language with none gets English
    with a note saying so."""
    root = make_project(tmp_path / "p", f"-- briefgen.yaml --\ntitle: T\nlanguage: {language}\n")
    reporter = RecordingReporter()
    path = new_briefing(root, "Visita", reporter, date=DAY, slug="visita", lang=lang)
    assert path.name == ("visita.md" if lang is None else f"visita.{lang}.md")
    assert path.read_text(encoding="utf-8").splitlines()[9].startswith(written)
    said = f"note: the skeleton is in English: briefgen has no {note} skeleton (only es, fr and pt)"
    assert reporter.problems == []  # `new` checks the file as the build will read it
    assert not note or said in README
    assert reporter.infos == [*([said] if note else []), f"wrote content/{path.name}", DRAFT_NOTE]


@pytest.mark.parametrize(
    ("draft", "hint"),
    [
        ("draft: true\n", "replace it with the briefing's own text; then remove `draft: true`"),
        ("draft: True  # still\n", "replace it with the briefing's own text; then remove `draft"),
        ("", "replace it with the briefing's own text: `build` publishes it as it is"),
        ("draft: false\n", "replace it with the briefing's own text: `build` publishes it as"),
    ],
)
def test_placeholder_hint_asks_to_remove_draft_only_from_a_draft(draft: str, hint: str) -> None:
    """The hint said to remove `draft: true` from a briefing that had none left, which `build`
    was publishing with its placeholder text."""
    text = render_skeleton("Visit", DAY, ENGLISH).replace("draft: true\n", draft)
    warned = find_placeholders("content/a.md", text)
    assert warned
    assert all(found.hint is not None and found.hint.startswith(hint) for found in warned)
