"""A table's word in a language briefgen has no keyword for, unnumbered (`Tabelle: …`,
`جدول: …`), right by a table: an author's caption, warned about as `Tabelle 1:` is."""

from __future__ import annotations

import pytest

from briefgen.content.captionwords import caption_start, unknown_label
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Table

HEAD = "---\ntitle: Kosten\ndate: 2026-03-01\n---\n\n"
TABLE = "| Betreiber | Summe |\n|---|--:|\n| OGE | 5.520,7 |\n"
ARABIC_TABLE = "\u062c\u062f\u0648\u0644"


def _parse(body: str) -> tuple[list[Table], list[str]]:
    briefing, problems = parse_briefing("content/a.md", HEAD + body)
    assert briefing is not None, problems
    blocks = [*briefing.lede, *(b for s in briefing.sections for b in s.blocks)]
    return [b for b in blocks if isinstance(b, Table)], [format_diagnostic(d) for d in problems]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Tabelle: Investitionen nach Betreiber", "Tabelle:"),
        (
            f"{ARABIC_TABLE}: \u062d\u0635\u0635 \u0627\u0644\u0645\u064a\u0627\u0647",
            f"{ARABIC_TABLE}:",
        ),
        ("Cuadro: Personas por región", "Cuadro:"),
        ("Tabell : Kostnader", "Tabell :"),
        ("\u8868\uff1a\u5404\u7701", "\u8868\uff1a"),  # Chinese, a full-width colon
    ],
)
def test_unnumbered_table_word_above_a_table_is_warned(line: str, label: str) -> None:
    """The line was a paragraph above an uncaptioned table, silently."""
    tables, problems = _parse(f"{line}\n\n{TABLE}")
    assert problems == [
        f"content/a.md:6:1: warning: `{label}` line is not read as the table's caption; "
        "shown as text\n  hint: write it as `Table: …` to caption the table"
    ]
    assert [table.caption for table in tables] == [None]


def test_unnumbered_table_word_below_a_table_is_warned() -> None:
    _, problems = _parse(f"{TABLE}\nTabelle: Investitionen\n")
    assert problems == [
        "content/a.md:10:1: warning: `Tabelle:` line below a table is not read as its "
        "caption; shown as text\n  hint: write it as `Table: …` on the line right before the "
        "table"
    ]


@pytest.mark.parametrize(
    "body",
    [
        f"Tab: Kosten\n\n{TABLE}",  # a short form is one only before a number
        f"Tav.: Costi\n\n{TABLE}",
        f"tabelle: klein geschrieben\n\n{TABLE}",  # lower case: a sentence going on
        f"Tabelle der Kosten: 2025\n\n{TABLE}",  # more words than the table's
        f"Quelle: BNetzA\n\n{TABLE}",
        f"Tabla: Personas\n\n{TABLE}",  # a keyword: the caption
        f"Tabelle: Kosten\n\nMehr Text.\n\n{TABLE}",  # not right above the table
    ],
)
def test_other_lines_by_a_table_are_not_warned_as_table_words(body: str) -> None:
    _, problems = _parse(body)
    assert problems == []


def test_unknown_label_keeps_numbered_labels_and_hints_unnumbered_ones_bare() -> None:
    assert unknown_label("Tabelle 1: Kosten") == "Tabelle 1:"
    assert unknown_label("Tabelle: Kosten") == "Tabelle:"
    assert unknown_label("Option: Kosten") is None
    assert caption_start("Tabelle 1:", "Table: ") == "Table: Tabelle 1:"
    assert caption_start("Tabelle:", "Table: ") == "Table:"
    assert caption_start("Figure:", "Table: ") == "Table:"
