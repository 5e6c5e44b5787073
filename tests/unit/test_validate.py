"""Semantic checks: shared slugs are errors naming both files; the rest warn."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from briefgen.commands.init import render_scaffold
from briefgen.content.languages import peek_language
from briefgen.content.parse import parse_briefing
from briefgen.content.validate import (
    EXAMPLE_TITLE,
    left_out_until_its_date,
    slug_claim,
    validate_briefing,
    validate_dates,
    validate_entries,
)
from briefgen.diagnostics import SourcePos, error, format_diagnostic
from briefgen.model import Briefing

TODAY = dt.date(2026, 6, 1)


def briefing(path: str, front: str = "summary: S\n", body: str = "Lede.\n") -> Briefing:
    text = f"---\ntitle: T\ndate: 2026-03-14\n{front}---\n\n{body}"
    parsed, diagnostics = parse_briefing(path, text)
    assert parsed is not None, diagnostics
    return parsed


def lines(briefings: list[Briefing]) -> list[str]:
    diagnostics = validate_entries([b.entry() for b in briefings])
    diagnostics += validate_dates([b.entry() for b in briefings], today=TODAY)
    for one in briefings:
        diagnostics += validate_briefing(one)
    return [f"{d.pos}: {d.severity}: {d.message}" for d in diagnostics]


def test_validate_accepts_distinct_complete_briefings() -> None:
    assert lines([briefing("content/a.md"), briefing("content/b.md")]) == []


def test_validate_reports_a_shared_slug_at_each_file() -> None:
    assert lines([briefing("content/a.md", "summary: S\nslug: x\n"), briefing("content/x.md")]) == [
        "content/a.md:1:1: error: slug `x` is also used by content/x.md",
        "content/x.md:1:1: error: slug `x` is also used by content/a.md",
    ]


def test_validate_reports_file_names_differing_only_in_case() -> None:
    assert lines([briefing("content/Mexico.md"), briefing("content/mexico.md")]) == [
        "content/Mexico.md:1:1: error: slug `mexico` is also used by content/mexico.md",
        "content/mexico.md:1:1: error: slug `mexico` is also used by content/Mexico.md",
    ]


def test_validate_names_a_file_differing_by_a_character_no_one_sees_so() -> None:
    """Named as typed, `content/a<U+200B>b.md` and `content/ab.md` looked like one file."""
    hidden = briefing("content/a\u200bb.md")
    assert validate_entries([briefing("content/ab.md").entry(), hidden.entry()]) == [
        error(
            SourcePos("content/ab.md", 1),
            "slug `ab` is also used by content/a\\u200bb.md, the same name with a character "
            "no one sees (U+200B)",
            "rename the file whose name holds the character no one sees, or delete it",
        ),
        error(
            SourcePos("content/a\u200bb.md", 1),
            "slug `ab` is also used by content/ab.md, the same name; this file's holds one no "
            "one sees (U+200B)",
            "rename the file whose name holds the character no one sees, or delete it",
        ),
    ]


def test_validate_warns_about_future_dates_missing_summaries_and_empty_sections() -> None:
    future = briefing("content/f.md", "summary: S\n").meta
    late = briefing("content/f.md")
    late = Briefing(
        late.slug,
        late.source,
        type(future)(
            title="T",
            date=dt.date(2027, 1, 1),
            updated=None,
            summary="S",
            tags=(),
            draft=False,
            pos=future.pos,
        ),
        late.lede,
        late.sections,
        late.pos,
    )
    empty = briefing("content/e.md", "", "## Empty\n\n## Full\n\ntext\n\n## Parent\n\n### Void\n")
    assert lines([late, empty]) == [
        "content/f.md:1:1: warning: `date` 2027-01-01 is in the future",
        "content/e.md:1:1: warning: missing `summary`",
        "content/e.md:6:1: warning: section `Empty` is empty",
        "content/e.md:14:1: warning: section `Void` is empty",
    ]


def test_validate_warns_of_an_empty_section_beside_a_body_error() -> None:
    """A body's error leaves no briefing to validate; its empty sections are still warned of,
    so a second run does not find what the first could have said."""
    text = "---\ntitle: T\ndate: 2026-03-14\nsummary: S\n---\n\nA &#0; b\n\n## Empty\n"
    parsed, diagnostics = parse_briefing("content/e.md", text)
    assert parsed is None
    assert [f"{d.pos}: {d.severity}" for d in diagnostics] == [
        "content/e.md:7:3: error",
        "content/e.md:9:1: warning",
    ]
    assert diagnostics[1].message == "section `Empty` is empty"


def test_validate_a_section_holding_a_block_in_error_is_not_called_empty() -> None:
    """The block in error is left out of its section, which was then warned of as empty
    ("write its text"), beside the error in the text written under its heading."""
    body = "\n## Broken\n\n```table\n- [a, b]\n```\n\n## Empty\n\n### Deep\n\n## Last\n"
    text = f"---\ntitle: T\ndate: 2026-03-14\nsummary: S\n---\n\nLede.\n{body}"
    parsed, diagnostics = parse_briefing("content/e.md", text)
    assert parsed is None
    assert [f"{d.pos}: {d.severity}: {d.message.split(' ', 2)[1]}" for d in diagnostics] == [
        "content/e.md:11:1: error: `table`",
        "content/e.md:17:1: warning: `Deep`",
        "content/e.md:19:1: warning: `Last`",
    ]


def test_validate_an_empty_section_under_an_empty_heading_is_warned_about_once() -> None:
    """Its heading is warned about when parsed ("empty heading"): a lone `##` also got
    "section `` is empty", quoting nothing. A section under a heading is still warned about."""
    empty = briefing("content/e.md", body="Lede.\n\n##\n\n## Named\n\n## \u200b\n")
    assert lines([empty]) == ["content/e.md:11:1: warning: section `Named` is empty"]


def test_validate_warns_about_later_days_of_updates_and_sources_at_their_lines() -> None:
    """A mistyped year in `updated` reads "Updated 1 January 2099" on the page and in feeds."""
    front = (
        "summary: S\nupdated: 2099-01-01\nupdates:\n  - {date: 2098-05-01, text: x}\n"
        "  - {date: 2026-04-01, text: y}\nsources:\n  - title: A\n    accessed: 2026-05-01\n"
        "  - title: B\n    accessed: 9999-12-31\n  - title: C\n    published: 9000-01-01\n"
    )
    assert lines([briefing("content/u.md", front)]) == [
        "content/u.md:5:1: warning: `updated` 2099-01-01 is in the future",
        "content/u.md:7:5: warning: update of 2098-05-01 is in the future",
        "content/u.md:13:5: warning: `sources` item 2: `accessed` 9999-12-31 is in the future",
        "content/u.md:15:5: warning: `sources` item 3: `published` 9000-01-01 is in the future",
    ]


def test_validate_warns_of_a_future_date_at_its_line() -> None:
    """Not at the file's first line: every other day after today is warned about at its own."""
    text = "---\ntitle: T\nsummary: S\n'date' : 2027-01-01\n---\n\nLede.\n"
    parsed, diagnostics = parse_briefing("content/f.md", text)
    assert parsed is not None, diagnostics
    assert lines([parsed]) == ["content/f.md:4:1: warning: `date` 2027-01-01 is in the future"]
    left_out = left_out_until_its_date(parsed)
    assert (str(left_out.pos), left_out.message) == (
        "content/f.md:4:1",
        "left out: `date` 2027-01-01 is in the future",
    )


def test_validate_is_silent_on_an_update_set_by_its_days_when_none_is_later() -> None:
    front = "summary: S\nupdates:\n  - {date: 2026-05-31, text: x}\n"
    assert lines([briefing("content/u.md", front)]) == []


def test_validate_reports_a_shared_slug_with_a_file_that_failed_to_parse() -> None:
    text = "---\ntitle: D\ndate: 2026-01-01\nslug: d\ntags: x\n---\n"
    failed = peek_language("content/b.md", text, "en")
    claim = slug_claim(failed, "en")
    assert claim is not None
    found = validate_entries([briefing("content/d.md").entry()], [claim])
    assert [f"{d.pos}: {d.message}" for d in found] == [
        "content/d.md:1:1: slug `d` is also used by content/b.md",
        "content/b.md:1:1: slug `d` is also used by content/d.md",
    ]


@pytest.mark.parametrize("front", ["slug: Not A Slug\n", "slug: con\n", "lang: nul\n"])
def test_a_file_whose_slug_or_language_is_wrong_claims_no_page(front: str) -> None:
    text = f"---\ntitle: D\ndate: 2026-01-01\n{front}---\n"
    assert slug_claim(peek_language("content/d.md", text, "en"), "en") is None


def test_validate_tells_a_file_from_its_twin_in_another_unicode_form() -> None:
    """`Café.md` in NFC and in NFD look alike: "also used by `Café.md`" named itself."""
    composed, decomposed = "content/Caf\u00e9.md", "content/Cafe\u0301.md"
    problems = validate_entries([briefing(composed).entry(), briefing(decomposed).entry()])
    assert [(d.pos.path, d.message, d.hint) for d in problems] == [
        (
            composed,
            f"slug `cafe` is also used by {decomposed}, the same name with its accents "
            "decomposed (NFD)",
            "delete one of them: they look alike, and macOS keeps them as one file",
        ),
        (
            decomposed,
            f"slug `cafe` is also used by {composed}, the same name; this file's accents are "
            "decomposed (NFD)",
            "delete one of them: they look alike, and macOS keeps them as one file",
        ),
    ]


def test_validate_names_a_few_of_many_files_of_one_slug_and_counts_the_rest() -> None:
    """Hugo's page bundles: every `<post>/index.md` has the slug `index`. Naming every other
    file at each one made 1,000 of them 26 MB of errors."""
    bundles = [briefing(f"content/post{n}/index.md").entry() for n in range(1, 7)]
    first = validate_entries(bundles)[0]
    assert (str(first.pos), first.message, first.hint) == (
        "content/post1/index.md:1:1",
        "slug `index` is also used by content/post2/index.md, content/post3/index.md,"
        " content/post4/index.md and 2 more",
        "set `slug: post1` in its front matter, or rename it `post1.md`: unlike in Hugo's page"
        " bundles, a file's slug comes from its own name, not its folder's",
    )
    # The README: "The error names up to four other files of the slug".
    assert validate_entries(bundles[:5])[0].message == (
        "slug `index` is also used by content/post2/index.md, content/post3/index.md,"
        " content/post4/index.md, content/post5/index.md"
    )


@pytest.mark.parametrize(
    ("path", "front", "expected"),
    [
        (
            "content/tariffs-2027/index.md",
            "",
            [
                "content/tariffs-2027/index.md:1:1: warning: the page is named `index`, after the "
                "file, not `tariffs-2027`, after its folder\n  hint: set `slug: tariffs-2027` in "
                "its front matter, or rename it `tariffs-2027.md`: unlike in Hugo's page bundles, "
                "a file's slug comes from its own name, not its folder's"
            ],
        ),
        ("content/tariffs-2027/index.md", "slug: tariffs-2027\n", []),
        (
            # MkDocs' home page: a briefing here, with no folder to name it after.
            "content/index.md",
            "",
            [
                "content/index.md:1:1: warning: `index.md` makes a briefing published at "
                "`index/`, not the home page's text\n  hint: name the file after its subject, or "
                "set `slug:`; the home page lists briefings (its template is `index.html`)"
            ],
        ),
        ("content/index.md", "slug: welcome\n", []),
        ("content/posts/index.es.md", "slug: posts\n", []),
    ],
)
def test_parse_warns_of_a_page_bundle_alone_named_index(
    path: str, front: str, expected: list[str]
) -> None:
    """A single Hugo page bundle was published at `index/`, silently: only a second one
    was told, as a duplicate slug."""
    text = f"---\ntitle: T\ndate: 2026-03-14\nsummary: S\n{front}---\n\nLede.\n"
    _, diagnostics = parse_briefing(path, text)
    assert [format_diagnostic(d) for d in diagnostics] == expected


def test_validate_reports_a_large_group_of_one_slug_in_linear_size() -> None:
    entry = briefing("content/a/index.md").entry()
    bundles = [dataclasses.replace(entry, source=f"content/p{n}/index.md") for n in range(3000)]
    problems = validate_entries(bundles)
    assert len(problems) == 3000
    assert max(len(d.message) + len(d.hint or "") for d in problems) < 300


def test_validate_names_the_look_alike_among_many_files_of_one_slug() -> None:
    composed, decomposed = "content/Caf\u00e9.md", "content/Cafe\u0301.md"
    others = [briefing(f"content/x{n}.md", "summary: S\nslug: cafe\n") for n in range(5)]
    found = validate_entries(
        [b.entry() for b in (*others, briefing(composed), briefing(decomposed))]
    )
    assert found[-1].message == (
        f"slug `cafe` is also used by {composed}, the same name; this file's accents are"
        " decomposed (NFD), content/x0.md, content/x1.md and 3 more"
    )
    assert found[-1].hint == "delete one of them: they look alike, and macOS keeps them as one file"


def test_validate_asks_for_a_slug_of_an_index_file_in_a_folder_named_no_slug() -> None:
    pair = [briefing(f"content/{folder}/index.md").entry() for folder in ("tags", "other")]
    assert validate_entries(pair)[0].hint == (
        "set `slug:` in its front matter: unlike in Hugo's page bundles, a file's slug comes"
        " from its own name, not its folder's"
    )


@pytest.mark.parametrize(
    ("published", "accessed", "warned"),
    [
        ("2025-06-01", "2024-06-02", True),
        ("2025-06-01", "2025-06-01", False),
        ("", "2024-06-02", False),
    ],
)
def test_a_source_read_before_it_was_published_is_warned_at_accessed(
    published: str, accessed: str, warned: bool
) -> None:
    published_line = f"    published: {published}\n" if published else ""
    _, problems = parse_briefing(
        "content/a.md",
        "---\ntitle: A\ndate: 2026-01-01\nsummary: S.\nsources:\n  - title: OECD report\n"
        f"{published_line}    accessed: {accessed}\n---\n\nText.\n",
    )

    expected = (
        "content/a.md:8:5: warning: `sources` item 1: `accessed` 2024-06-02 is before "
        "`published` 2025-06-01\n  hint: check both days: a work is read on or after the day "
        "it is published"
    )
    assert [format_diagnostic(p) for p in problems] == ([expected] if warned else [])


@pytest.mark.parametrize(
    ("default", "front", "published"),
    [("es", "", "es"), ("pt-BR", "", "pt-BR"), ("en", "lang: fr\n", "fr")],
)
def test_inits_english_example_published_in_another_language_is_warned(
    default: str, front: str, published: str
) -> None:
    """leftovers45: switched to `language: es` after `init`, a site published the English
    example as Spanish, saying nothing."""
    text = render_scaffold("briefing.md").replace("\ndate: ", f"\n{front}date: ", 1)
    parsed, _ = parse_briefing("content/example.md", text, default_language=default)
    assert parsed is not None
    assert [(d.pos.line, d.message, d.hint) for d in validate_briefing(parsed)] == [
        (
            1,
            "the example briefing `briefgen init` wrote is in English, but its page is "
            f"published as `{published}`",
            "delete it or replace it with your first briefing; to keep it as an English page, "
            "write `lang: en` in its front matter",
        )
    ]


@pytest.mark.parametrize(
    ("default", "front"),
    [("en", ""), ("en-GB", ""), ("es", "lang: en\n"), ("es", "lang: EN-us\n")],
)
def test_inits_example_in_english_and_other_briefings_are_quiet(default: str, front: str) -> None:
    text = render_scaffold("briefing.md").replace("\ndate: ", f"\n{front}date: ", 1)
    parsed, _ = parse_briefing("content/example.md", text, default_language=default)
    assert parsed is not None
    assert validate_briefing(parsed) == []
    own = text.replace(f'title: "{EXAMPLE_TITLE}"', "title: Visita de Rubio", 1)
    assert own != text
    parsed, _ = parse_briefing("content/visita.md", own, default_language="es")
    assert parsed is not None
    assert validate_briefing(parsed) == []
