"""Table cells on a briefing page: a blank cell is never an empty header (axe's
`empty-table-header`), which screen readers would announce for every cell of its row or column."""

from __future__ import annotations

from typing import TYPE_CHECKING

import lxml.html

from briefgen.content.parse import parse_briefing
from briefgen.site.render import Renderer
from tests.unit.sample_briefing import sample_config
from tests.unit.test_render import site_of

if TYPE_CHECKING:
    from pathlib import Path

    from lxml.html import HtmlElement

CROSS_TAB = "|  | 2024 | 2025 |\n|---|---|---|\n| Mexico | 1 | 2 |\n| Ecuador | 3 | 4 |\n"
GROUPED = "| Country | Year | Value |\n|---|---|---|\n| Mexico | 2024 | 1 |\n| | 2025 | 2 |\n"
YAML_TABLE = '```table\ncolumns: ["", "2025"]\nrows:\n  - [Mexico, 1]\n```\n'


def table_of(tmp_path: Path, body: str) -> HtmlElement:
    """Return the `<table>` of a briefing whose body is `body`."""
    text = f"---\ntitle: T\ndate: 2026-01-01\n---\n\n## Data\n\n{body}"
    briefing, diagnostics = parse_briefing("content/t.md", text)
    assert briefing is not None, diagnostics
    assert diagnostics == []
    html = Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
    tables: list[HtmlElement] = lxml.html.document_fromstring(html).xpath("//table")
    return tables[0]


def empty_headers(table: HtmlElement) -> list[str]:
    return [
        lxml.html.tostring(th, encoding="unicode")
        for th in table.iter("th")
        if not th.text_content().strip()
    ]


def test_render_table_blank_corner_cell_is_no_header(tmp_path: Path) -> None:
    table = table_of(tmp_path, CROSS_TAB)
    assert empty_headers(table) == []
    corner = table.xpath("thead/tr/*[1]")[0]
    assert (corner.tag, corner.get("scope")) == ("td", None)
    assert table.xpath("thead/tr/th/@scope") == ["col", "col"]
    assert table.xpath("tbody/tr/th/text()") == ["Mexico", "Ecuador"]


def test_render_table_blank_first_cell_of_a_row_is_no_row_header(tmp_path: Path) -> None:
    table = table_of(tmp_path, GROUPED)
    assert empty_headers(table) == []
    assert [row[0].tag for row in table.xpath("tbody/tr")] == ["th", "td"]


def test_render_yaml_table_with_a_blank_column_label_has_no_empty_header(tmp_path: Path) -> None:
    assert empty_headers(table_of(tmp_path, YAML_TABLE)) == []


def test_render_table_with_every_cell_written_keeps_its_headers(tmp_path: Path) -> None:
    table = table_of(tmp_path, "| A | B |\n|---|---|\n| x | y |\n")
    assert table.xpath("thead/tr/th/@scope") == ["col", "col"]
    assert table.xpath("tbody/tr/th/@scope") == ["row"]


def test_render_table_cell_of_invisible_characters_is_blank_as_a_space_entity(
    tmp_path: Path,
) -> None:
    """A zero-width space alone (`&#8203;`, a soft hyphen, a word joiner) was a `<th>` a
    screen reader announced as nothing, where `&nbsp;` made a blank `<td>`."""
    for corner in ("&#8203;", "\u200b", "&shy;", "\u2060", "&nbsp;"):
        body = f"| {corner} | Country |\n|---|---|\n| {corner} | Bolivia |\n"
        table = table_of(tmp_path, body)
        assert [cell.tag for cell in table.xpath("thead/tr/*")] == ["td", "th"], corner
        assert [cell.tag for cell in table.xpath("tbody/tr/*")] == ["td", "td"], corner
        assert table.xpath("caption/text()") == ["Country"], corner
