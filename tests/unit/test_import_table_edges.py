"""What import makes of the lines around a plain article's tables: a source line right under
one, pipe rows without outer pipes or a delimiter row, and a grid table's borders."""

from __future__ import annotations

import pytest

from briefgen.importer.article import Article
from briefgen.importer.recognise import parse_article
from briefgen.model import Paragraph, Table


def _read(text: str, language: str = "en") -> tuple[Article, list[str]]:
    article, warnings = parse_article("a.txt", text, language=language)
    return article, [f"{w.pos.line}: {w.message}" for w in warnings]


TABLE = "| Indicator | Value |\n|---|---|\n| Reserve | 5 |\n"


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Source: OCHA", "en"),
        ("Source: OCHA, 2025", "en"),
        ("Source: Office for National Statistics", "en"),
        ("Sources: IMF, World Bank", "en"),
        ("Note: Figures are provisional", "en"),
        ("Fuente: OSE y Ministerio de Ambiente", "es"),
    ],
)
def test_parse_article_keeps_a_source_line_under_a_table_a_paragraph(
    line: str, language: str
) -> None:
    article, warnings = _read(
        f"Drought in Uruguay\nThe reservoir is almost empty.\n{TABLE}{line}\n"
        "The government announced new measures on Monday.\n",
        language,
    )
    assert (article.sections, warnings) == ((), [])
    assert [type(block) for block in article.lede] == [Paragraph, Table, Paragraph, Paragraph]
    source = article.lede[2]
    assert isinstance(source, Paragraph)
    assert source.text.text == line


@pytest.mark.parametrize(
    ("above", "line", "below"),
    [
        (TABLE + "\n", "Source: OCHA", "\n"),  # the blank line Word puts under a table
        (TABLE + "\n", "Note: Figures are provisional", "\n"),
        (TABLE + "\n", "Source: OCHA, 2025", ""),
        ("The figures are from its survey.\n\n", "Source: OCHA", "\n"),  # no table at all
        (TABLE + "\n", "Source: OCHA", "\n\n"),  # the last line of the text
    ],
    ids=["blank-line", "note", "close-under", "between-paragraphs", "at-end"],
)
def test_parse_article_never_reads_a_source_line_as_a_heading(
    above: str, line: str, below: str
) -> None:
    """`Source: OCHA` a blank line under a table (or between paragraphs) was a `## ` section
    that took the prose under it, silently: a source's or note's line heads nothing."""
    after = "" if below == "\n\n" else "The government announced new measures on Monday.\n"
    article, warnings = _read(
        f"Drought in Uruguay\nThe reservoir is almost empty.\n{above}{line}\n{below}{after}"
    )
    assert (article.sections, warnings) == ((), [])
    assert line in [block.text.text for block in article.lede if isinstance(block, Paragraph)]


def test_parse_article_reads_a_heading_after_a_blank_line_under_a_table() -> None:
    article, _ = _read(
        f"Drought in Uruguay\nThe reservoir is almost empty.\n{TABLE}\nSection 3: What Happens "
        "Next\nThe government announced new measures on Monday.\n"
    )
    assert [section.heading.text for section in article.sections] == [
        "Section 3: What Happens Next"
    ]


def test_parse_article_reads_a_labelled_heading_under_a_table_as_a_heading() -> None:
    """The source article's `Strengthening Regional Collaboration: Key Insights…` heading."""
    article, _ = _read(
        f"Drought in Uruguay\nThe reservoir is almost empty.\n{TABLE}Regional Collaboration: "
        "Key Insights\nThe government announced new measures on Monday.\n"
    )
    assert [section.heading.text for section in article.sections] == [
        "Regional Collaboration: Key Insights"
    ]


def test_parse_article_reads_three_pipe_rows_without_outer_pipes_as_a_table() -> None:
    article, warnings = _read(
        "Budget Outlook\nSpending rises in most departments.\n"
        "Department | 2026 | 2027\nHealth | 180 | 192\nEducation | 90 | 95\n"
        "The figures are in billions.\n"
    )
    assert warnings == []
    assert [type(block) for block in article.lede] == [Paragraph, Table, Paragraph]
    table = article.lede[1]
    assert isinstance(table, Table)
    assert [cell.text for cell in table.header] == ["Department", "2026", "2027"]
    assert [[cell.text for cell in row] for row in table.rows] == [
        ["Health", "180", "192"],
        ["Education", "90", "95"],
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # two lines: a byline and a dateline, as a newsroom writes them
        "By Ana Torres | Reuters\nUpdated 3 November | 14:00 GMT\n",
        # three lines: a byline, a dateline and a section, no figures in them
        "By Jane Doe | Reuters\nUpdated 3 March 2026 | 14:00 GMT\nPolitics | Americas\n",
        # three lines, but not as many cells in each
        "Health | 180 | 192\nEducation | 90\nDefence | 40 | 41\n",
    ],
)
def test_parse_article_keeps_pipe_lines_that_make_no_table_paragraphs(lines: str) -> None:
    article, _ = _read(f"Budget Outlook\nSpending rises in most departments.\n{lines}Text.\n")
    assert all(isinstance(block, Paragraph) for block in article.lede)


def test_parse_article_keeps_a_headlines_byline_block_paragraphs() -> None:
    """A scraped article's byline, dateline and section under its headline make no table."""
    article, warnings = _read(
        "Ports strike enters second week\nBy Jane Doe | Reuters\n"
        "Updated 3 March 2026 | 14:00 GMT\nPolitics | Americas\n"
        "Dockworkers stayed off the job for a seventh day on Tuesday.\n"
    )
    assert warnings == []
    assert not any(isinstance(block, Table) for block in article.lede)


@pytest.mark.parametrize("under_header", ["+=========+=========+", "+---------+---------+"])
def test_parse_article_reads_a_simple_grid_table_as_a_table(under_header: str) -> None:
    article, warnings = _read(
        "Trade Figures\nExports rose in the third quarter.\n"
        "+---------+---------+\n| Country | Exports |\n"
        f"{under_header}\n| Chile   | 12      |\n+---------+---------+\n"
        "| Peru    | 9       |\n+---------+---------+\nImports fell.\n"
    )
    assert warnings == []
    assert [type(block) for block in article.lede] == [Paragraph, Table, Paragraph]
    table = article.lede[1]
    assert isinstance(table, Table)
    assert [cell.text for cell in table.header] == ["Country", "Exports"]
    assert [[cell.text for cell in row] for row in table.rows] == [["Chile", "12"], ["Peru", "9"]]


def test_parse_article_warns_at_a_grid_table_with_a_cell_over_two_lines() -> None:
    article, warnings = _read(
        "Trade Figures\nExports rose in the third quarter.\n"
        "+---------+-----------+\n| Country | Exports   |\n+=========+===========+\n"
        "| Chile   | 12, up    |\n|         | from 10   |\n+---------+-----------+\n"
        "Imports fell.\n"
    )
    assert warnings == [
        "3: grid table with a cell over several lines is not read; its lines are kept as paragraphs"
    ]
    assert all(isinstance(block, Paragraph) for block in article.lede)


@pytest.mark.parametrize(("row", "count"), [("| Total |", "1 cell"), ("| a | b | c |", "3 cells")])
def test_parse_article_counts_a_rows_cells_in_its_width_warning(row: str, count: str) -> None:
    _, warnings = _read(f"Budget Outlook\nSpending rises.\n| A | B |\n|---|---|\n{row}\nText.\n")
    assert warnings == [f"5: table row has {count}, header has 2"]


@pytest.mark.parametrize(
    "rows",
    [
        " region | uptake\n--------+--------\n North  |     76\n London |     68\n(2 rows)\n",
        "| region | uptake |\n|--------+--------|\n| North  | 76     |\n| London | 68     |\n",
    ],
    ids=["psql", "org-mode"],
)
def test_parse_article_reads_a_delimiter_row_joined_by_plus_signs(rows: str) -> None:
    """psql's output and an org-mode table join their delimiter row's cells with `+`: read as
    one, not as a row of one cell (org-mode), nor as lines of text under a header that was
    lost while the rows below made a table of their own (psql)."""
    article, warnings = _read(f"Meals\nUptake rose again.\n\n{rows}\nIt rose most in London.\n")
    assert warnings == []
    table = next(block for block in article.lede if isinstance(block, Table))
    assert [cell.text for cell in table.header] == ["region", "uptake"]
    rows_shown = [[cell.text for cell in row] for row in table.rows]
    assert rows_shown == [["North", "76"], ["London", "68"]]
