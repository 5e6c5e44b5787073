"""CSV per table: every table's file equals the model's rows, safe for spreadsheets."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import cast

from briefgen.build.compile import RenderPlan, compile_briefing
from briefgen.build.discover import LoadedSource
from briefgen.content.parse import parse_briefing
from briefgen.model import Site, Table
from briefgen.site.config import load_config
from briefgen.site.jsonmodel import briefing_to_json
from briefgen.site.render import Renderer
from briefgen.site.tablecsv import (
    TableFile,
    csv_path_of,
    render_csv,
    safe_cell,
    table_files,
)
from tests.conftest import REPO, cpu_seconds

TABLES = """\
---
title: Tables
date: 2026-03-14
summary: Tables of every kind.
---

Table: Costs, "quoted", and more

| Item | Cost |
|---|--:|
| **Bold** item, with comma | =1+1 |
| Line "two" | -5 |

## Data

```table
columns: [Who, Note]
rows:
  - [Ana, "@handle"]
  - [Bo, "+33 1 23"]
```

> | Q | A |
> |---|---|
> | in | quote |
"""


def _compile(tmp_path: Path) -> dict[str, bytes]:
    source = tmp_path / "tables.md"
    source.write_text(TABLES, encoding="utf-8")
    config, _ = load_config(REPO)
    job = LoadedSource("content/tables.md", str(source), "k")
    renderer = Renderer(config, REPO)
    plan = RenderPlan(Site(config, ()), "fingerprint")
    compiled = compile_briefing(job, renderer, drafts=False, plan=plan)
    assert not [d for d in compiled.diagnostics if d.is_error]
    return dict(compiled.pages)


def _rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for Excel"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_table_csv_files_equal_the_model_rows(tmp_path: Path) -> None:
    pages = _compile(tmp_path)
    briefing, _ = parse_briefing("content/tables.md", TABLES, unsafe_html=False)
    assert briefing is not None
    files = table_files(briefing)
    assert [f.path for f in files] == [
        "tables/tables/1-costs-quoted-and-more.csv",
        "tables/tables/2-who-note.csv",
        "tables/tables/3-q-a.csv",
    ]
    for file in files:
        expected = [
            [safe_cell(cell.text) for cell in row] for row in (file.table.header, *file.table.rows)
        ]
        assert _rows(pages[file.path]) == expected


def test_table_csv_quotes_per_rfc4180_and_neutralises_formulas(tmp_path: Path) -> None:
    data = _compile(tmp_path)["tables/tables/1-costs-quoted-and-more.csv"]
    assert data.decode("utf-8-sig") == (
        'Item,Cost\r\n"Bold item, with comma",\'=1+1\r\n"Line ""two""",\'-5\r\n'
    )
    who = _rows(_compile(tmp_path)["tables/tables/2-who-note.csv"])
    assert who[1:] == [["Ana", "'@handle"], ["Bo", "'+33 1 23"]]


def test_safe_cell_prefixes_every_formula_start() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert safe_cell(f"{start}x") == f"'{start}x"
    assert safe_cell("plain =x") == "plain =x"


def test_table_csv_is_linked_under_each_table_and_listed_in_json(tmp_path: Path) -> None:
    pages = _compile(tmp_path)
    html = pages["tables/index.html"].decode()
    data = json.loads(pages["tables/briefing.json"])
    for number, name in enumerate(("costs-quoted-and-more", "who-note", "q-a"), start=1):
        assert f'href="../tables/tables/{number}-{name}.csv" type="text/csv"' in html
    assert html.count(">Download CSV<") == 3
    first, second = data["lede"][0], data["sections"][0]["blocks"][0]
    assert first["csv"] == "tables/tables/1-costs-quoted-and-more.csv"
    assert second["csv"] == "tables/tables/2-who-note.csv"
    assert data["sections"][0]["blocks"][1]["blocks"][0]["csv"] == "tables/tables/3-q-a.csv"


def test_render_csv_of_an_empty_table_is_its_header() -> None:
    briefing, _ = parse_briefing(
        "content/x.md", "---\ntitle: X\ndate: 2026-01-01\n---\n\n| A |\n|---|\n", unsafe_html=False
    )
    assert briefing is not None
    (file,) = table_files(briefing)
    assert render_csv(file.table) == "\ufeffA\r\n".encode()


NESTED = """\
---
title: Nested
date: 2026-01-01
---

- An item holding a table:

  | In item | B |
  |---|---|
  | 1 | 2 |

> [!NOTE]
> | In callout | B |
> |---|---|
> | 3 | 4 |

## Section

> > | In nested quote | B |
> > |---|---|
> > | 5 | 6 |

A claim.[^1]

[^1]: A note holding a table:

    | In note | B |
    |---|---|
    | 7 | 8 |
"""


def test_table_files_finds_tables_in_every_container_in_reading_order() -> None:
    briefing, diagnostics = parse_briefing("content/nested.md", NESTED)
    assert briefing is not None, diagnostics
    names = [file.table.header[0].text for file in table_files(briefing)]
    assert names == ["In item", "In callout", "In nested quote", "In note"]


def test_a_note_in_a_caption_is_not_one_of_the_tables_words() -> None:
    """A note added above renumbers it: the CSV's name, a public URL, must not change."""
    text = (
        "---\ntitle: T\ndate: 2026-03-14\n---\n\nSee[^a].\n\n"
        "Table: Access[^b] by *country*\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n"
        "```table\ncaption: Funding[^b]\nrows:\n  - {A: 1}\n```\n\n[^a]: A.\n\n[^b]: B.\n"
    )
    briefing, diagnostics = parse_briefing("content/t.md", text)
    assert briefing is not None, diagnostics
    first, second = table_files(briefing)
    assert (first.path, second.path) == (
        "t/tables/1-access-by-country.csv",
        "t/tables/2-funding.csv",
    )
    assert first.table.caption is not None and first.table.caption.text == "Access by country"
    assert 'href="#fn-2"' in first.table.caption.html


def test_a_note_in_a_header_cell_is_not_one_of_the_columns_words() -> None:
    """Header cells name a table that has no caption (its CSV file, its accessible name):
    a note added above, renumbering theirs, must not rename it."""
    text = (
        "---\ntitle: T\ndate: 2026-03-14\n---\n\nSee[^a].\n\n"
        "| Access[^b] | B |\n|---|---|\n| 1 | 2 |\n\n"
        "```table\ncolumns: ['Funding[^b]', C]\nrows:\n  - [1, 2]\n```\n\n[^a]: A.\n\n[^b]: B.\n"
    )
    briefing, diagnostics = parse_briefing("content/t.md", text)
    assert briefing is not None, diagnostics
    first, second = table_files(briefing)
    assert (first.path, second.path) == ("t/tables/1-access-b.csv", "t/tables/2-funding-c.csv")
    assert [cell.text for cell in first.table.header] == ["Access", "B"]
    assert 'href="#fn-2"' in first.table.header[0].html
    assert [cell.text for cell in second.table.header] == ["Funding", "C"]


def test_each_tables_csv_path_is_found_in_constant_time() -> None:
    """The page asks for each table's CSV link: a search through all the page's tables for
    each made a briefing of 12,000 tables spend 3 s on it."""
    tables = [cast("Table", object()) for _ in range(60_000)]
    files = tuple(TableFile(n, table, f"t/{n}.csv") for n, table in enumerate(tables, start=1))
    started = cpu_seconds()
    paths = [csv_path_of(files, table) for table in tables]
    seconds = cpu_seconds() - started
    assert paths == [f"t/{n}.csv" for n in range(1, 60_001)]
    assert csv_path_of(files, object()) is None
    assert seconds < 5, f"took {seconds:.1f} s"


def test_a_note_in_a_body_cell_is_left_out_of_its_csv_value() -> None:
    """A body cell's mark was written as `[1]` (`'+1.5%[1]`, no number to a spreadsheet),
    while the header's and the caption's were left out: each cell now holds its value alone,
    and a `[2]` written as text stays."""
    text = (
        "---\ntitle: T\ndate: 2026-03-14\n---\n\nSee[^a].\n\n"
        "| Region[^b] | Change |\n|---|---|\n| North | +1.5%[^b] |\n"
        "| \\[2] [^a][^b] | 3[^a] [1] |\n\n"
        "```table\ncolumns: [A, B]\nrows:\n  - ['4.2[^a]', 'x']\n```\n\n[^a]: A.\n\n[^b]: B.\n"
    )
    briefing, diagnostics = parse_briefing("content/t.md", text)
    assert briefing is not None, diagnostics
    first, second = (render_csv(file.table).decode("utf-8-sig") for file in table_files(briefing))
    assert list(csv.reader(io.StringIO(first))) == [
        ["Region", "Change"],
        ["North", "'+1.5%"],
        ["[2]", "3 [1]"],
    ]
    assert list(csv.reader(io.StringIO(second))) == [["A", "B"], ["4.2", "x"]]
    # The marks are in briefing.json: the header's too, which its `header` leaves out.
    table = cast("list[dict[str, list[str]]]", briefing_to_json(briefing)["lede"])[1]
    assert table["header"] == ["Region", "Change"]
    assert 'href="#fn-2"' in table["header_html"][0]


def test_a_link_in_a_cell_is_its_text_in_the_csv() -> None:
    """As the README says: a cell is plain text, a link its words; its address is in
    `briefing.json`'s `rows_html`."""
    text = (
        "---\ntitle: T\ndate: 2026-03-14\n---\n\n| Source | Note |\n|---|---|\n"
        "| [IOM report](https://iom.int/r) | <https://un.org/x> and **bold** |\n"
    )
    briefing, diagnostics = parse_briefing("content/t.md", text)
    assert briefing is not None, diagnostics
    (file,) = table_files(briefing)
    assert list(csv.reader(io.StringIO(render_csv(file.table).decode("utf-8-sig")))) == [
        ["Source", "Note"],
        ["IOM report", "https://un.org/x and bold"],
    ]
    rows_html = cast("list[dict[str, list[list[str]]]]", briefing_to_json(briefing)["lede"])[0][
        "rows_html"
    ]
    assert 'href="https://iom.int/r"' in rows_html[0][0]


def test_struck_text_in_a_cell_keeps_its_tildes_in_the_csv() -> None:
    """`~~abolished~~` was written `abolished`: the file said the opposite of the page. The
    other marks are dropped, as the README says; a note's mark in struck text too."""
    text = (
        "---\ntitle: T\ndate: 2026-03-14\n---\n\n| ~~Old~~ fee | Status |\n|---|---|\n"
        "| ~~£50~~ £40 | ~~abolished~~ in force |\n"
        "| ~~a **b**~~ c | **x** ~~y[^n]~~ z & ~~w~~ |\n| ~~ no strike ~~ | a~b~c |\n\n[^n]: N.\n"
    )
    briefing, diagnostics = parse_briefing("content/t.md", text)
    assert briefing is not None, diagnostics
    (file,) = table_files(briefing)
    assert list(csv.reader(io.StringIO(render_csv(file.table).decode("utf-8-sig")))) == [
        ["~~Old~~ fee", "Status"],
        ["~~£50~~ £40", "~~abolished~~ in force"],
        ["~~a b~~ c", "x ~~y~~ z & ~~w~~"],
        ["~~ no strike ~~", "a~b~c"],
    ]
