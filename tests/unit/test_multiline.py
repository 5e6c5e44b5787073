"""Pandoc's multiline tables: shown as text with one warning, and no section made of a row."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Briefing, Paragraph, Rule

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
# The multiline table of Pandoc's manual, as `pandoc -t markdown` writes a table with long cells.
MULTILINE = """\
-------------------------------------------------------------
 Centered   Default           Right Left
  Header    Aligned         Aligned Aligned
----------- ------- --------------- -------------------------
   First    row                12.0 Example of a row that
                                    spans multiple lines.

  Second    row                 5.0 Here's another one. Note
                                    the blank line between
                                    rows.
-------------------------------------------------------------
"""


def parse(body: str) -> tuple[Briefing, list[str]]:
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None, diagnostics
    return briefing, [format_diagnostic(d).split("\n")[0] for d in diagnostics]


def test_a_multiline_tables_last_row_is_no_section() -> None:
    body = "## Pledges\n\n" + MULTILINE + "\nTable: Pledges by donor\n\n## Next steps\n\nText.\n"
    briefing, _ = parse(body)
    assert [section.heading.text for section in briefing.sections] == ["Pledges", "Next steps"]
    blocks = briefing.sections[0].blocks
    assert [type(block) for block in blocks] == [
        Rule,
        Paragraph,
        Rule,
        Paragraph,
        Paragraph,
        Rule,
        Paragraph,
    ]
    last_row = blocks[4]
    assert isinstance(last_row, Paragraph)
    assert last_row.text.text.startswith("Second")


def test_a_multiline_table_is_one_warning_at_its_first_line() -> None:
    _, problems = parse("Lede.\n\n" + MULTILINE)
    assert problems == [
        "content/a.md:8:1: warning: a multiline table (columns lined up with spaces between "
        "lines of dashes) is not read: its rows are shown as text and its lines of dashes as rules"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Lede.\n\n---\n\nA heading\n---------\n\nText.\n",
        "Lede.\n\n-------\n\nText.\n\n  a   b\n\nA heading\n---------\n",
    ],
)
def test_a_heading_underlined_with_dashes_after_a_rule_stays_a_heading(body: str) -> None:
    briefing, problems = parse(body)
    assert [section.heading.text for section in briefing.sections] == ["A heading"]
    assert problems == []
