"""`import` of notes written in brackets, as Google Docs' plain-text download writes them
(`…sittings.[1]` and a line `[1] HC Deb…`): Markdown's notes when each marker has its line
(importer/bracketnotes.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.content.writer import render_markdown
from briefgen.diagnostics import SourcePos, format_diagnostic
from briefgen.importer.proposals import propose_summary
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


def test_import_keeps_a_judgments_numbered_paragraphs_in_the_text() -> None:
    """A range `at [3]-[4]` and `([3])` are no markers: no paragraph leaves (h106 #1)."""
    text = (
        "Smith v Jones: Judgment\n\n[1] For the reasons at [3]-[4] below, it fails.\n\n"
        "[2] The background is below ([3]).\n\n[3] The facts.\n\n[4] The law.\n"
    )
    body, warnings = _imported(text)
    assert "\\[3\\] The facts.\n\n\\[4\\] The law.\n" in body
    assert ("[^" in body, warnings) == (False, [])


def test_import_keeps_a_marker_in_doubt_and_every_note_as_text() -> None:
    """A numbered paragraph a marker does not cite is no note: none is turned (h106 #1)."""
    body, warnings = _imported("As held.[2]\n\n[1] The claimant.\n\n[2] The law.\n")
    assert "[^" not in body and "\\[1\\] The claimant." in body
    assert warnings == [
        "a.txt:3:1: warning: line starts with `[1]` as a note's does, but no `[1]` above it "
        "reads as its marker: the article's notes are kept as text\n"
        "  hint: if it is a note, write `[1]` right after the word or the stop it notes "
        "(`…sittings.[1]`), and import again; numbered paragraphs (a judgment's `[1] The "
        "claimant…`) need nothing"
    ]


def test_import_leaves_urls_and_links_holding_a_bracketed_number_whole() -> None:
    """A marker is looked for in what Markdown shows as text (h106 #2)."""
    text = (
        "Met.[1] See https://example.org/?ids[1]=5 and [see here.[1]](https://example.org) "
        "too.\n\n[1] HC Deb, col. 3.\n"
    )
    body, warnings = _imported(text)
    assert body == (
        "\nMet.[^1] See [https://example.org/?ids\\[1\\]=5](https://example.org/?ids%5B1%5D=5) "
        "and [see here.\\[1\\]](https://example.org) too.\n\n[^1]: HC Deb, col. 3.\n"
    )
    assert warnings == []


def test_import_turns_notes_side_by_side() -> None:
    """Google Docs writes two notes at one place as `.[1][2]` (h106 #4)."""
    body, _ = _imported("Met.[1][2] Heard.[3]\n\n[1] A.\n[2] B.\n[3] C.\n")
    assert body == "\nMet.[^1][^2] Heard.[^3]\n\n[^1]: A.\n\n[^2]: B.\n\n[^3]: C.\n"


def test_import_keeps_a_notes_lines_together() -> None:
    """A note over two lines keeps its second (h106 #6); one that does not carry on its
    sentence is in doubt, so nothing is turned."""
    body, _ = _imported("Rose.[1]\n\nMore.\n\n[1] Treasury, Budget 2026,\ncontinued here.\n")
    assert body == "\nRose.[^1]\n\nMore.\n\n[^1]: Treasury, Budget 2026, continued here.\n"
    body, warnings = _imported("Rose.[1]\n\n[1] Treasury.\nContact: Ana.\n")
    assert "[^" not in body
    assert [w.split(": warning: ")[0] for w in warnings] == ["a.txt:4:1"]


def test_import_keeps_notes_as_text_when_the_title_holds_a_marker() -> None:
    """A title shows no note (h106 #7)."""
    article, warnings = parse_article(
        "a.txt", "Budget Rises Again[1]\n\nIt rose.[2] It did.\n\n[1] Title.\n[2] Body.\n"
    )
    assert (article.headline, article.notes) == ("Budget Rises Again[1]", ())
    assert [format_diagnostic(w) for w in warnings] == [
        "a.txt:1:19: warning: `[1]` on the title reads as a note's marker, and a title shows "
        "no note: the article's notes are kept as text\n"
        "  hint: delete `[1]` from the title, or move it into the text, and import again"
    ]


def test_import_proposes_a_summary_without_notes_markers() -> None:
    """A marker mid-sentence is a note's, shown in no summary (h106 #8)."""
    article, _ = parse_article("a.txt", "Title Here\n\nIt rose 4 per cent[1] in 2026.\n\n[1] T.\n")
    assert propose_summary(article) == "It rose 4 per cent in 2026."


def test_import_keeps_notes_as_text_when_two_lines_start_with_one_number() -> None:
    body, warnings = _imported("Met.[1]\n\n[1] A.\n\n[1] B.\n")
    assert "[^" not in body
    assert warnings == [
        "a.txt:5:1: warning: a second line starts with `[1]`: the article's notes are kept as "
        "text\n  hint: number each note once (the first `[1]` is line 3)"
    ]


def test_import_reads_a_line_that_starts_with_a_citation_as_no_notes_line() -> None:
    """A wrapped line (`[2023] EWCA Civ 745, …`, `…said at` / `[1] of its ruling`), a
    paragraph that starts with a citation and a note's line that goes on with one are text:
    no marker cites a `[2023]` (rev32 #2)."""
    text = (
        "The Rwanda judgment\n\n"
        "The court held the policy unlawful, as the Court of Appeal had found in AAA v SSHD\n"
        "[2023] EWCA Civ 745, and it rejected the appeal.[1] A Bill followed.[2] As it said at\n"
        "[1] of its ruling, the Bill stands.\n\n"
        "[2019] UKSC 5 is cited too.\n\n"
        "[1] R (AAA) v SSHD, decided in\n[2023] UKSC 42.\n[2] The Bill 2023.\n"
    )
    body, warnings = _imported(text)
    assert "appeal.[^1] A Bill followed.[^2] As it said at \\[1\\] of its ruling" in body
    assert "\n\\[2019\\] UKSC 5 is cited too.\n" in body
    assert body.endswith(
        "[^1]: R (AAA) v SSHD, decided in \\[2023\\] UKSC 42.\n\n[^2]: The Bill 2023.\n"
    )
    assert warnings == []


def test_import_proposes_a_summary_that_keeps_bracketed_numbers_of_no_marker() -> None:
    """Only the markers turned into notes leave it, where they were (rev32 #3)."""
    text = "The `arr[1]` value of https://example.org/?id[1]=5 is read.[1] See.\n\n[1] A note.\n"
    article, _ = parse_article("a.txt", text)
    assert propose_summary(article) == "The arr[1] value of https://example.org/?id[1]=5 is read."


NOTES = "[1] HC Deb, col. 3.\n[2] Standing Order No. 84A(4).\n"
TURNED = "\n[^1]: HC Deb, col. 3.\n\n[^2]: Standing Order No. 84A(4).\n"


@pytest.mark.parametrize(
    ("named", "line", "at"),
    [
        ("\n\nNotes\n\n", "Notes", 3),
        ("\n\nFUSSNOTEN:\n", "FUSSNOTEN:", 3),  # German, in capitals, a colon after it
        ("\nNotes de bas de page :\n\n", "Notes de bas de page :", 2),  # no blank line above
        ("\n\nFuentes\n\n", "Fuentes", 3),  # a name `check` knows too (one list)
    ],
)
def test_import_drops_the_line_naming_notes_it_turns_with_a_warning(
    named: str, line: str, at: int
) -> None:
    body, warnings = _imported(f"Intro.[1] Text.[2]{named}{NOTES}")

    assert body == f"\nIntro.[^1] Text.[^2]\n{TURNED}"
    assert warnings == [
        f"a.txt:{at}:1: warning: line `{line}` right above the notes is left out: the page "
        "lists them under a heading of its own\n"
        "  hint: nothing to do; write the line into the briefing again if it says more"
    ]


RULE = "________________"
"""The line Google Docs' plain-text download writes above its footnotes."""


@pytest.mark.parametrize(
    ("above", "lines"),
    [
        (f"\n\n{RULE}\n", [(3, RULE)]),
        ("\n\n---\n\n", [(3, "---")]),  # a rule as Markdown writes one
        ("\n\n* * *\n", [(3, "* * *")]),
        (f"\n\n{RULE}\nNotes\n\n", [(3, RULE), (4, "Notes")]),
        ("\n\nNotes\n-----\n", [(3, "Notes"), (4, "-----")]),  # the name underlined
        ("\n\n-----\nNOTES\n-----\n", [(3, "-----"), (4, "NOTES"), (5, "-----")]),  # boxed
    ],
    ids=["google-docs", "dashes", "stars", "rule-then-name", "underlined-name", "boxed-name"],
)
def test_import_drops_the_rule_over_notes_it_turns_with_a_warning(
    above: str, lines: list[tuple[int, str]]
) -> None:
    body, warnings = _imported(f"Intro.[1] Text.[2]{above}{NOTES}")

    assert body == f"\nIntro.[^1] Text.[^2]\n{TURNED}"
    assert warnings == [
        f"a.txt:{at}:1: warning: line `{line}` right above the notes is left out: the page "
        "lists them under a heading of its own\n"
        "  hint: nothing to do; write the line into the briefing again if it says more"
        for at, line in lines
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"Intro.[1]\n\n{RULE}\n\nText.[2]\n\n{NOTES}",  # text between it and the notes
        f"Intro.[1] Text.[3]\n\n{RULE}\n\n{NOTES}",  # in doubt: the notes stay text
        f"Intro.\n\n{RULE}\n\nText.\n",  # no notes
    ],
)
def test_import_keeps_a_rule_anywhere_else(text: str) -> None:
    body, warnings = _imported(text)

    assert "\\_" * 16 in body
    assert not any("left out" in warning for warning in warnings)


@pytest.mark.parametrize(
    "text",
    [
        f"Intro.[1] Text.[2]\n\nNotes\n\n{NOTES}\nPublished by the Library.\n",  # text below
        f"Intro.[1] Text.[2]\n\nNotes on method\n\n{NOTES}",  # names more than notes
        f"Intro.[1] Text.[3]\n\nNotes\n\n{NOTES}",  # in doubt: the notes stay text
        f"Intro.[1] Text.[2] See the\nNotes\n{NOTES}",  # the sentence goes on into it
    ],
)
def test_import_keeps_a_line_naming_notes_anywhere_else(text: str) -> None:
    body, warnings = _imported(text)

    assert "Notes" in body
    assert not any("left out" in warning for warning in warnings)
