"""Rows of a CSV file pasted into a briefing: Markdown runs them into one paragraph, so each
run is a warning at its header's line; `briefgen import` reads them as a table."""

from __future__ import annotations

from typing import SupportsIndex

import pytest
from markdown_it.token import Token

from briefgen.content.csvrows import csv_row_warnings
from briefgen.diagnostics import format_diagnostic
from briefgen.importer.recognise import parse_article
from briefgen.model import Paragraph, Table
from tests.unit.briefing_problems import problems

HEAD = "---\ntitle: T\ndate: 2026-11-01\nsummary: S.\n---\n\n"
"""Front matter: the body starts at line 7."""
CSV = (
    "Region,Employment rate (%),Claimant count\n"
    'North East,71.2,"79,100"\n'
    '"Yorkshire and The Humber",73.9,"142,200"\n'
)


def test_csv_rows_are_a_warning_at_the_header() -> None:
    """Three columns ran into one line of text, silently, under --strict too."""
    assert problems(f"## Data\n\n{CSV}", HEAD) == [
        "content/a.md:9:1: warning: 3 lines of values parted by commas, as a CSV file holds a "
        "table, are not read as a table: they run into one paragraph\n"
        "  hint: write them as a pipe table (`| Region | Employment rate (%) | Claimant count "
        "|`, then `|---|---|---|` below it), or import them with `briefgen import`, which "
        "reads them as one"
    ]


@pytest.mark.parametrize(
    ("body", "at", "said"),
    [
        # A CSV written with decimal commas parts its values with semicolons: no second
        # warning that short lines run into one.
        (
            "Land;Quote 2025;Quote 2026;Änderung\nBayern;3,1;2,9;-0,2\nBerlin;9,2;9,5;+0,3\n",
            "7:1",
            "3 lines of values parted by semicolons",
        ),
        ("Intro text here.\n> Region,2024,2025,2026\n> North,12,15,18\n", "8:3", "2 lines"),
        (",Q1,Q2,Q3\nNorth,1,2,3\n", "7:1", "2 lines"),  # a corner left empty
        ("地区,就业率,人数\n北部,71.2,79100\n", "7:1", "2 lines"),  # no sentence: a table
    ],
)
def test_csv_rows_are_warned_wherever_their_header_stands(body: str, at: str, said: str) -> None:
    [problem] = problems(body, HEAD)
    assert problem.startswith(f"content/a.md:{at}: warning: {said}")


@pytest.mark.parametrize(
    "body",
    [
        "Region,Rate,Count\n\nNorth,12,15\n",  # one line each: no run of rows
        "Up to 1,146,200 people fled and\nanother 2,300,400 were displaced,in total.\n",
        "Words, as prose writes them, with, spaces\nafter, every, comma, here\n",
        "Region,Rate,Count\nNorth,12\n",  # a row of other width
        "```\nRegion,Rate,Count\nNorth,12,15\n```\n",
        "See [a,b,c](https://x.org/a,b,c) and\n[d,e,f](https://x.org/d,e,f) here.\n",
        # No-break spaces written as the README says, a hard break after each line: were
        # warned as values parted by semicolons.
        "Dr.&nbsp;Ana&nbsp;Torres  \nHead&nbsp;of&nbsp;Unit  \n",
        "Fig.&nbsp;2&nbsp;shows\nrents&#x2014;then&#x2014;wages\n",
        # Chinese prose typed with ASCII commas, no space after them, wrapped: was warned.
        "中国经济增长放缓,出口下降,投资减少\n消费者信心不足,房地产市场低迷,就业压力增大。\n",
    ],
)
def test_lines_that_are_no_csv_table_are_silent(body: str) -> None:
    assert [p for p in problems(body, HEAD) if "parted by" in p] == []


def test_import_reads_csv_rows_as_a_table() -> None:
    """Each row was a paragraph of its own, warned to read like a heading, its hint to end
    it with a period."""
    article, warnings = parse_article("a.txt", f"CSV Data\n\nFigures by region.\n\n{CSV}\nEnd.\n")
    assert [format_diagnostic(w) for w in warnings] == []
    table = article.lede[1]
    assert isinstance(table, Table)
    assert [cell.text for cell in table.header] == [
        "Region",
        "Employment rate (%)",
        "Claimant count",
    ]
    assert [[cell.text for cell in row] for row in table.rows] == [
        ["North East", "71.2", "79,100"],
        ["Yorkshire and The Humber", "73.9", "142,200"],
    ]
    assert table.align == ("", "right", "right")
    assert isinstance(article.lede[2], Paragraph)


def test_import_keeps_prose_with_grouped_figures_a_paragraph() -> None:
    text = "Flows\n\nUp to 1,146,200 people fled and\nanother 2,300,400 were displaced,in total.\n"
    article, _ = parse_article("a.txt", text)
    assert [type(block).__name__ for block in article.lede] == ["Paragraph"]


LABELLED = "Tags: EU,UK,US\nRegions: North,South,East\n"
"""A record's fields, each after its label: `labelledlines.py` warns that they run on."""


def test_labelled_lines_of_values_are_no_csv_table() -> None:
    """Were warned as a CSV table too, over the label's own warning."""
    assert [p.split("\n")[0] for p in problems(LABELLED, HEAD)] == [
        "content/a.md:8:1: warning: line starts with the label `Regions:` but runs on from the "
        "line above, in one paragraph"
    ]


def test_import_keeps_labelled_lines_of_values_no_table() -> None:
    """Were imported as a table headed `Tags: EU | UK | US`."""
    article, _ = parse_article("a.txt", f"Notes\n\n{LABELLED}\nText follows here.\n")
    assert not any(isinstance(block, Table) for block in article.lede)


class _CountingText(str):
    """A paragraph's text that counts how often it is split into lines."""

    splits = 0

    def split(self, sep: str | None = None, maxsplit: SupportsIndex = -1) -> list[str]:
        type(self).splits += 1
        return super().split(sep, maxsplit)


def test_a_paragraph_of_many_csv_runs_is_split_into_lines_once() -> None:
    """Split again for each run's column: 32,000 lines of 8,000 runs took 18 s."""
    runs = "a,b,c\n1,2,3\nw,x,y,z\n1,2,3,4\n" * 1_000
    inline = Token("inline", "", 0, content=_CountingText(runs.rstrip("\n")), map=[0, 4_000])
    tokens = [Token("paragraph_open", "p", 1), inline, Token("paragraph_close", "p", -1)]

    found = csv_row_warnings("content/a.md", tokens, runs.split("\n"))

    assert len(found) == 2_000
    assert _CountingText.splits == 1
