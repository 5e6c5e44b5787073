"""Direction controls that would reorder a page's own text are left out of fields, settings
and translations with a warning, and warned of in the body (content/bidicontrols.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.content.bidicontrols import contained, leaking_controls
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.site.catalogs import validate_catalogs
from briefgen.site.config import load_config
from tests.conftest import make_project

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.model import Briefing

RLO, PDF, LRE = "\u202e", "\u202c", "\u202a"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
LRM, RLM, ALM = "\u200e", "\u200f", "\u061c"
ARABIC = "\u0623\u062d\u0645\u062f"  # Ahmad
FIELD_HINT = (
    "delete it: a page lays out each name and title its own way; an isolate (U+2066 to U+2068)"
    " closed by a U+2069 within the text is kept"
)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (f"Jane {RLO}Doe", "Jane Doe"),  # the Trojan Source override
        (f"{LRE}Jane{PDF} Doe", "Jane Doe"),  # an embedding, closed or not, is no isolate
        (f"Jane {RLI}Doe", "Jane Doe"),  # an isolate never closed
        (f"Jane{PDI} Doe", "Jane Doe"),  # the end of no isolate: it would end the page's
        (f"{RLI}{ARABIC}{PDI} said", f"{RLI}{ARABIC}{PDI} said"),  # closed within: kept
        (f"{FSI}a{LRI}b{PDI}{PDI}{PDI}", f"{FSI}a{LRI}b{PDI}{PDI}"),  # nested, one PDI too many
        (f"{RLI}a{PDI}{RLI}b", f"{RLI}a{PDI}b"),
        (f"C++{RLM} {ARABIC}{ALM} {LRM}x", f"C++{RLM} {ARABIC}{ALM} {LRM}x"),  # marks: letters
    ],
)
def test_contained_leaves_out_what_would_outlast_the_text(text: str, kept: str) -> None:
    assert contained(text) == kept
    assert contained(kept) == kept
    assert bool(leaking_controls(text)) == (text != kept)


def _parsed(front: str, body: str = "Text.\n", title: str = "T") -> tuple[Briefing, list[str]]:
    text = f"---\ntitle: {title}\ndate: 2026-01-15\nsummary: S.\n{front}---\n\n{body}"
    briefing, diagnostics = parse_briefing("content/a.md", text)
    assert briefing is not None, diagnostics
    return briefing, [format_diagnostic(d) for d in diagnostics]


def test_parse_leaves_out_an_override_of_each_shown_field_with_a_warning_at_it() -> None:
    """An override in an author reversed the byline's date and reading time in Chromium."""
    front = (
        f'authors: ["Jane {RLO}Doe"]\n'
        f"sources:\n  - title: Report {RLO}x\n    publisher: P{LRE}ub\n"
        f"updates:\n  - {{date: 2026-01-16, text: 'Fixed {RLO}typo'}}\n"
        f'extra: {{note: "a{RLI}b"}}\n'
    )
    briefing, said = _parsed(front, title=f'"T{RLO}itle"')

    what = "which would reorder the page's text after it; left out"
    assert said == [
        f"content/a.md:{line}:{column}: warning: {field} holds {codes}, {what}\n"
        f"  hint: {FIELD_HINT}"
        for line, column, field, codes in [
            (2, 1, "`title`", "U+202E (an override)"),
            (5, 11, "`authors` item 1", "U+202E (an override)"),
            (7, 5, "`sources` item 1: `title`", "U+202E (an override)"),
            (8, 5, "`sources` item 1: `publisher`", "U+202A (an embedding)"),
            (10, 24, "`updates` item 1: `text`", "U+202E (an override)"),
            (11, 9, "`extra.note`", "U+2067 (an isolate never closed)"),
        ]
    ]
    meta = briefing.meta
    assert (meta.title, meta.authors, meta.extra) == ("Title", ("Jane Doe",), {"note": "ab"})
    assert (meta.sources[0].title, meta.sources[0].publisher) == ("Report x", "Pub")
    assert meta.updates[0].text.text == "Fixed typo"


def test_parse_keeps_marks_and_isolates_closed_within_a_field_silently() -> None:
    front = f'authors: ["{RLI}{ARABIC}{PDI} (UNHCR){RLM}"]\n'
    briefing, said = _parsed(front, title=f'"{FSI}{ARABIC}{PDI}: a visit{LRM}"')

    assert said == []
    assert briefing.meta.authors == (f"{RLI}{ARABIC}{PDI} (UNHCR){RLM}",)


def test_parse_makes_one_tag_of_tags_that_differ_by_direction_controls() -> None:
    """`ab` and `a<U+202E>b` looked alike but had two pages, `tags/ab/` and `tags/a-b/`."""
    briefing, said = _parsed(f'tags: ["ab", "a{RLO}b", "a{RLI}b{PDI}"]\n')

    assert briefing.meta.tags == ("ab",)
    assert [line.split("\n")[0] for line in said] == [
        "content/a.md:5:14: warning: `tags` item 2 holds U+202E (an override), which would "
        "reorder the page's text after it; left out",
        "content/a.md:5:14: warning: `tags` item 2 repeats item 1: shown once",
        "content/a.md:5:21: warning: `tags` item 3 holds an invisible character (U+2067, U+2069),"
        " left out: the tag is `ab`",
    ]


def test_parse_warns_of_an_override_in_the_body_at_its_line_and_column() -> None:
    body = f"Body {RLO}evil{PDF} text, {RLI}{ARABIC}{PDI}.\n\n- item {LRE}one\n\n"
    body += f"```\nx = 1{RLO}\n```\n"
    _, said = _parsed("", body)

    assert said == [
        f"content/a.md:{at}: warning: U+{code} ({name} of direction) shows the text after it, to"
        " the end of its paragraph, in another order than it is written\n"
        "  hint: delete it unless that is meant: a reader sees what the text does not say"
        for at, code, name in [
            ("7:6", "202E", "an override"),
            ("9:8", "202A", "an embedding"),
            ("12:6", "202E", "an override"),  # code shows what it is not, as in Trojan Source
        ]
    ]


def test_parse_counts_the_overrides_of_a_body_past_twenty_in_one_warning() -> None:
    _, said = _parsed("", "".join(f"Line {RLO}{n}.\n\n" for n in range(25)))

    assert len(said) == 21
    assert said[-1].startswith(
        "content/a.md:47:6: warning: 5 more direction embeddings or overrides, the first of them"
    )


def test_settings_leave_out_an_override_of_the_site_title(tmp_path: Path) -> None:
    """The site's title reversed `<title>`, `og:site_name` and the masthead after it."""
    (tmp_path / "briefgen.yaml").write_text(
        f'title: "Site {RLO}name"\ndescription: "a{LRE}b"\n', encoding="utf-8"
    )
    config, problems = load_config(tmp_path)

    assert (config.title, config.description) == ("Site name", "ab")
    assert [format_diagnostic(p).split("\n")[0] for p in problems] == [
        "briefgen.yaml:1:1: warning: `title` holds U+202E (an override), which would reorder the"
        " page's text after it; left out",
        "briefgen.yaml:2:1: warning: `description` holds U+202A (an embedding), which would"
        " reorder the page's text after it; left out",
    ]


def test_a_catalog_translation_holding_an_override_is_a_warning_at_its_column(
    tmp_path: Path,
) -> None:
    root = make_project(
        tmp_path,
        "-- locales/es/LC_MESSAGES/messages.po --\n"
        f'msgid "By %(authors)s"\nmsgstr "Por {RLO}%(authors)s"\n',
    )
    assert [format_diagnostic(p) for p in validate_catalogs(root)] == [
        "locales/es/LC_MESSAGES/messages.po:2:13: warning: 'By %(authors)s': the translation"
        " holds U+202E (an override), which would reorder the page's text after it; left out\n"
        "  hint: delete it; an isolate (U+2066 to U+2068) closed by a U+2069 within the"
        " translation is kept"
    ]
