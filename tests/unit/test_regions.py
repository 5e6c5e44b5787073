"""Region landmarks of a briefing page: each one's name is its own on the page (axe's
`landmark-unique`), so screen-reader users can tell regions apart in the landmarks list."""

from __future__ import annotations

from typing import TYPE_CHECKING

import lxml.html
import pytest

from briefgen.content.parse import parse_briefing
from briefgen.site.regions import RegionNames
from briefgen.site.render import Renderer
from tests.unit.sample_briefing import sample_config
from tests.unit.test_render import site_of

if TYPE_CHECKING:
    from pathlib import Path

    from lxml.html import HtmlElement

FRONT = """\
---
title: T
date: 2026-01-01
sources:
  - title: Andes Institute
    url: https://example.org/andes
---

The lede.[^1]

"""
ARRIVALS = "| Year | Arrivals |\n|---|---|\n| 2025 | 100 |\n"


def region_names(
    page: HtmlElement,
    regions: str = "//section[@aria-label or @aria-labelledby] | //*[@role='region']",
) -> list[str]:
    """Return the accessible name of every region landmark of the page (or of `regions`), in
    page order."""
    names = []
    for region in page.xpath(regions):
        label = region.get("aria-label")
        if label is None:
            ids = region.get("aria-labelledby").split()
            label = " ".join(page.get_element_by_id(i).text_content() for i in ids)
        names.append(" ".join(label.split()))
    return names


def render(tmp_path: Path, body: str) -> HtmlElement:
    """Return the page of a briefing with the given body, after a lede with a note."""
    briefing, diagnostics = parse_briefing("content/t.md", FRONT + body + "\n[^1]: A note.\n")
    assert briefing is not None, diagnostics
    html = Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
    return lxml.html.document_fromstring(html)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "## Migration\n\n### Mexico\n\nA.\n\n## Trade\n\n### Mexico\n\nB.\n",
            ["Migration", "Migration Mexico", "Trade", "Trade Mexico", "Notes", "Sources"],
            id="a subsection is named by its section too",
        ),
        pytest.param(
            f"## Mexico\n\n{ARRIVALS}\n## Ecuador\n\n{ARRIVALS}",
            [
                "Mexico",
                "Mexico Year and Arrivals",
                "Ecuador",
                "Ecuador Year and Arrivals",
                "Notes",
                "Sources",
            ],
            id="a table named by its header is named by its section too",
        ),
        pytest.param(
            f"## Data\n\n{ARRIVALS}\nText.\n\n{ARRIVALS}",
            ["Data", "Data Year and Arrivals", "Data Year and Arrivals (2)", "Notes", "Sources"],
            id="a repeated table name is numbered",
        ),
        pytest.param(
            f"## A\n\nTable: Arrivals\n\n{ARRIVALS}\n## B\n\nTable: Arrivals\n\n{ARRIVALS}",
            ["A", "Arrivals", "B", "Arrivals (2)", "Notes", "Sources"],
            id="a repeated caption is numbered",
        ),
        pytest.param(
            "## Overview\n\nA.\n\n## Overview\n\nB.\n",
            ["Overview", "Overview (2)", "Notes", "Sources"],
            id="a repeated section heading is numbered",
        ),
        pytest.param(
            "## Notes\n\nOn method.\n\n## Sources\n\nHow we chose.\n",
            ["Notes", "Sources", "Notes (2)", "Sources (2)"],
            id="the theme's notes and sources beside sections of those names",
        ),
        pytest.param(
            "## Funding[^1]\n\nA.\n\n### Mali[^1] *now*\n\nB.\n",
            ["Funding", "Funding Mali now", "Notes", "Sources"],
            id="a note in a heading is none of its words",
        ),
        pytest.param(
            f"## Mexico[^1]\n\n{ARRIVALS}\n## Ecuador\n\nTable: Arrivals[^1]\n\n{ARRIVALS}"
            f"\n{ARRIVALS}",
            [
                "Mexico",
                "Mexico Year and Arrivals",
                "Ecuador",
                "Arrivals",
                "Ecuador Year and Arrivals",
                "Notes",
                "Sources",
            ],
            id="a note in a heading or caption is none of a table's words",
        ),
    ],
)
def test_render_briefing_names_every_region_uniquely(
    tmp_path: Path, body: str, expected: list[str]
) -> None:
    names = region_names(render(tmp_path, body))
    assert names == expected
    assert len({n.casefold() for n in names}) == len(names)


def test_render_briefing_labels_regions_by_their_headings_when_names_differ(
    tmp_path: Path,
) -> None:
    """Ordinary briefings keep names made from their headings, read from the page itself."""
    page = render(tmp_path, f"## Migration\n\n### Mexico\n\n{ARRIVALS}")
    labelled = page.xpath("//*[@aria-labelledby]/@aria-labelledby")
    assert "migration mexico" in labelled
    assert page.xpath("//*[@aria-label and (self::section or @role='region')]") == []


def test_region_names_number_repeats_without_regard_to_case_or_spacing() -> None:
    regions = RegionNames()
    assert [regions.unique(n) for n in ("Notes", "notes", "Notes ", "Sources")] == [
        "Notes",
        "notes (2)",
        "Notes (3)",
        "Sources",
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(f"## Mexico\n\n{ARRIVALS}\n## Ecuador\n\n{ARRIVALS}", id="shared header"),
        pytest.param(f"## Data\n\n{ARRIVALS}\nText.\n\n{ARRIVALS}", id="repeated name"),
        pytest.param(
            f"## A\n\nTable: Arrivals\n\n{ARRIVALS}\nTable: Arrivals\n\n{ARRIVALS}",
            id="repeated caption",
        ),
        pytest.param(f"## Data\n\n{ARRIVALS}\n## Other\n\nTable: Trade\n\n{ARRIVALS}", id="apart"),
    ],
)
def test_render_briefing_names_each_csv_link_as_its_table_is_named(
    tmp_path: Path, body: str
) -> None:
    """Two tables the regions told apart ("Mexico Year and Arrivals", "Arrivals (2)") had two
    links both named "Download CSV: Year and Arrivals", to different files."""
    page = render(tmp_path, body)
    tables = region_names(page, "//div[@class='table-wrap']")
    links = page.xpath("//a[@download]")
    assert [" ".join(a.text_content().split()) for a in links] == [
        f"Download CSV: {name}" for name in tables
    ]
    assert [a.xpath("string(text())") for a in links] == ["Download CSV"] * len(tables)
    assert len({a.text_content().casefold() for a in links}) == len(links)
