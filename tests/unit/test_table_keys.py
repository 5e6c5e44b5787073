"""A table's key line (`* Provisional figure.`) that Markdown reads as a bullet: warned."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.model import BulletList, Paragraph, Quote

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1
TABLE = "| Country | Growth |\n|---|--:|\n| Chile | 2.1* |\n| Peru | 3.0 |\n"
FENCE = "```table\ncolumns: [Country, Growth]\nrows:\n  - [Chile, 2.1*]\n  - [Peru, 3.0]\n```\n"


def _warnings(body: str) -> list[tuple[int, int, str, str | None]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [(d.pos.line - FIRST_LINE, d.pos.column, d.message, d.hint) for d in diagnostics]


def _key(cell: str, key: str, mark: str = "*", bullets: str = "-") -> tuple[str, str]:
    bullet = f"`{mark}` at a line's start makes a bullet"
    message = f"{bullet}: the key to the table's `{cell}` loses its `{mark}`"
    hint = (
        f"escape the `{mark}` to keep the key as written: `\\{mark} {key}`; "
        f"for a bulleted list, write `{bullets}` bullets"
    )
    return message, hint


@pytest.mark.parametrize(
    ("body", "line", "column", "cell", "key"),
    [
        (TABLE + "\n* Provisional figure.\n", 5, 1, "2.1*", "Provisional figure."),
        (TABLE + "* Provisional figure.\n", 4, 1, "2.1*", "Provisional figure."),
        (TABLE + "\n\n\n*  Estimate.\n", 7, 1, "2.1*", "Estimate."),
        # The second line of a key runs into the first item; the first line is named.
        (TABLE + "\n* Provisional figure.\n** Estimate.\n", 5, 1, "2.1*", "Provisional figure."),
        (
            "| Country | Growth* |\n|---|--:|\n| Chile | 2.1 |\n\n* Provisional.\n",
            4,
            1,
            "Growth*",
            "Provisional.",
        ),
        (
            "| Country | Growth |\n|---|--:|\n| Chile | * |\n\n* Too few cases.\n",
            4,
            1,
            "*",
            "Too few cases.",
        ),
        (
            "| Country | Growth |\n|---|--:|\n| Peru\\* | 2 |\n\n* Estimated.\n",
            4,
            1,
            "Peru*",
            "Estimated.",
        ),
        (
            "| Country | Growth |\n|---|--:|\n| **Peru** * | 2 |\n\n* Estimated.\n",
            4,
            1,
            "Peru *",
            "Estimated.",
        ),
        (FENCE + "\n* Provisional figure.\n", 7, 1, "2.1*", "Provisional figure."),
        (
            '```table\ncolumns: [Country, "Growth*"]\nrows:\n  - [Chile, 2.1]\n```\n'
            "\n* Provisional.\n",
            6,
            1,
            "Growth*",
            "Provisional.",
        ),
        # In a quote, a callout and a list item, at the `*`'s column.
        (
            "> " + TABLE.replace("\n", "\n> ") + "\n> * Provisional figure.\n",
            5,
            3,
            "2.1*",
            "Provisional figure.",
        ),
        (
            "> [!NOTE]\n> " + TABLE.replace("\n", "\n> ") + "\n> * Provisional figure.\n",
            6,
            3,
            "2.1*",
            "Provisional figure.",
        ),
        (
            "- Growth:\n\n  " + TABLE.replace("\n", "\n  ") + "\n  * Provisional figure.\n",
            7,
            3,
            "2.1*",
            "Provisional figure.",
        ),
    ],
)
def test_table_key_warns_at_its_star(
    body: str, line: int, column: int, cell: str, key: str
) -> None:
    assert _warnings(body) == [(line, column, *_key(cell, key))]


def test_table_key_stays_a_bullet_list_as_commonmark_reads_it() -> None:
    briefing, _ = parse_briefing("content/a.md", FRONT + "## Growth\n\n" + TABLE + "\n* Key.\n")
    assert briefing is not None
    assert isinstance(briefing.sections[0].blocks[-1], BulletList)


def test_table_key_of_plus_marks_warns_when_cells_end_in_plus() -> None:
    table = "| Age | Share |\n|---|--:|\n| 18\u201364 | 60 |\n| 65+ | 40 |\n"
    message, hint = _key("65+", "Aged 65 and over.", "+")
    assert _warnings(table + "\n+ Aged 65 and over.\n") == [(5, 1, message, hint)]


def test_table_key_of_dashes_warns_only_at_a_cell_that_ends_in_one() -> None:
    table = "| Year | Change |\n|---|--:|\n| 2020- | -2.4% |\n"
    message, hint = _key("2020-", "Open-ended.", "-", bullets="*")
    assert _warnings(table + "\n- Open-ended.\n") == [(4, 1, message, hint)]


@pytest.mark.parametrize(
    "body",
    [
        # Ordinary lists after tables whose cells hold no such mark.
        "| Country | Growth |\n|---|--:|\n| Chile | 2.1 |\n\n* Chile grew.\n* Peru did not.\n",
        "| Country | Growth |\n|---|--:|\n| *Chile* | **2.1** |\n\n* Chile grew.\n",
        "| Item | Change |\n|---|--:|\n| Tax | -2.4% |\n| Duty | - |\n| Fees | \u2013 |\n"
        "\n- Falls.\n",
        "| Item | Change |\n|---|--:|\n| Tax | +4.2% |\n| Duty | + |\n\n+ Rises.\n",
        "| Country | Growth |\n|---|--:|\n| Chile | 2.1* |\n\n- A dashed list.\n",
        "| Country | Growth |\n|---|--:|\n| Chile | 2.1* |\n\n1. A numbered list.\n",
        # Something between the table and the list: a paragraph, a heading.
        TABLE + "\nSource: INE.\n\n* Provisional figure.\n",
        TABLE + "\n## Next\n\n* Provisional figure.\n",
        # Keys the author kept: escaped, or marked with a dagger (no list marker).
        TABLE + "\n\\* Provisional figure.\n",
        "| Country | Growth |\n|---|--:|\n| Chile | 2.1† |\n\n† Provisional figure.\n",
        "| Country | Growth |\n|---|--:|\n| Chile | 2.1‡ |\n\n‡ Provisional figure.\n",
    ],
)
def test_table_key_is_silent_for_other_lists(body: str) -> None:
    assert _warnings(body) == []


def test_table_key_of_daggers_stays_a_paragraph() -> None:
    table = "| Country | Growth |\n|---|--:|\n| Chile | 2.1† |\n"
    briefing, _ = parse_briefing("content/a.md", FRONT + "## Growth\n\n" + table + "\n† Key.\n")
    assert briefing is not None
    last = briefing.sections[0].blocks[-1]
    assert isinstance(last, Paragraph)
    assert last.text.text == "† Key."


def test_table_key_in_a_quote_is_kept_in_the_quote() -> None:
    body = "> " + TABLE.replace("\n", "\n> ") + "\n> * Key.\n"
    briefing, _ = parse_briefing("content/a.md", FRONT + "## Growth\n\n" + body)
    assert briefing is not None
    quote = briefing.sections[0].blocks[0]
    assert isinstance(quote, Quote)
    assert isinstance(quote.blocks[-1], BulletList)
