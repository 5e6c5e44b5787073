"""`import` of notes written in brackets, as Google Docs' plain-text download writes them
(`…sittings.[1]` and a line `[1] HC Deb…`): Markdown's notes when each marker has its line
(importer/bracketnotes.py)."""

from __future__ import annotations

import datetime as dt

from briefgen.content.writer import render_markdown
from briefgen.diagnostics import SourcePos, format_diagnostic
from briefgen.importer.recognise import parse_article
from briefgen.model import Briefing, FrontMatter


def _imported(text: str) -> tuple[str, list[str]]:
    """Return the body import writes of `text`, and its warnings."""
    article, warnings = parse_article("a.txt", text)
    pos = SourcePos("content/a.md", 1)
    meta = FrontMatter("T", dt.date(2026, 11, 30), None, None, (), False, pos)
    briefing = Briefing(
        "a", "content/a.md", meta, article.lede, article.sections, pos, notes=article.notes
    )
    body = render_markdown(briefing).split("---\n", 2)[2]
    return body, [format_diagnostic(w) for w in warnings]


def test_import_turns_bracketed_notes_into_markdowns() -> None:
    text = (
        "Intro.[2] Text, `a[1]`.[1] **x\n\nMore.[1]\n\n"
        "[1] HC Deb, col. 3.\n[2] Standing Order No. 84A(4).\n"
    )
    body, warnings = _imported(text)
    assert body == (
        "\nIntro.[^2] Text, `a[1]`.[^1] \\*\\*x\n\nMore.[^1]\n\n"
        "[^2]: Standing Order No. 84A(4).\n\n[^1]: HC Deb, col. 3.\n"
    )
    # The `^` added to each marker moves no column: the `**` is where it was typed.
    assert [w.split(": warning")[0] for w in warnings] == ["a.txt:1:28"]


def test_import_keeps_bracketed_notes_as_text_when_a_marker_has_no_line() -> None:
    body, warnings = _imported("Intro.[1] Then.[3]\n\n[1] HC Deb, col. 3.\n")
    assert body.startswith("\nIntro.\\[1\\] Then.\\[3\\]\n\n\\[1\\] HC Deb")
    assert warnings == [
        "a.txt:1:16: warning: `[3]` reads as a note's marker, as the article's other notes are "
        "written, but no line below starts with `[3]`: its notes are kept as text\n"
        "  hint: add the note's line, `[3] …`, below the text, and import again"
    ]


def test_import_keeps_a_citation_with_no_notes_line_as_text() -> None:
    body, warnings = _imported("As held in [1], and see.[2]\n\nText.\n")
    assert (body, warnings) == ("\nAs held in \\[1\\], and see.\\[2\\]\n\nText.\n", [])
