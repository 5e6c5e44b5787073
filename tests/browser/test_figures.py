"""A briefing with a 1200 px image and a wide table: no sideways scroll at 375 px, axe clean."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import pytest

from tests.conftest import make_project
from tests.unit.test_figures import png

from .harness import MOBILE, Scheme, built_and_served, open_page
from .test_accessibility import FIND_OVERFLOW, RUN_AXE, WCAG_TAGS, AxeReport, describe

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .harness import Tab


pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

WIDE_ROW = "| " + " | ".join(f"Column heading number {n}" for n in range(8)) + " |"
BRIEFING = f"""\
---
title: Remittance flows
date: 2026-01-02
summary: A wide chart and a wide table.
---

Remittances rose again last year.

## The chart

![Bar chart: remittances rose every year from 2020 to 2026](flows/chart.png)
Figure: Remittances, 2020-2026, *billion USD*

Inline ![small logo](flows/chart.png) in a sentence.

## The table

{WIDE_ROW}
|{"---|" * 8}
{WIDE_ROW}
"""


@pytest.fixture(scope="module")
def figure_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Build a one-briefing site with a wide image and table; yield the briefing's URL."""
    project = make_project(
        tmp_path_factory.mktemp("figures"),
        f"-- briefgen.yaml --\ntitle: Figures\n-- content/flows.md --\n{BRIEFING}",
    )
    (project / "content" / "flows").mkdir()
    (project / "content" / "flows" / "chart.png").write_bytes(png(1200, 400))
    with built_and_served(project) as (base_url, _):
        yield f"{base_url}flows/"


def test_wide_figure_and_table_do_not_overflow_at_375px(tab: Tab, figure_site: str) -> None:
    with open_page(tab, figure_site, width=MOBILE) as (page, record):
        found = cast("dict[str, object]", page.evaluate(FIND_OVERFLOW))
        image = cast(
            "dict[str, float]",
            page.evaluate(
                "() => { const r = document.querySelector('figure img').getBoundingClientRect();"
                " return {width: r.width, height: r.height}; }"
            ),
        )
    assert cast("int", found["scrollWidth"]) <= cast("int", found["innerWidth"]), found
    assert image["width"] < 375
    assert image["height"] == pytest.approx(image["width"] / 3, abs=1)
    assert record.failed_responses() == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_figure_page_has_no_axe_violations(
    axe_source: str, tab: Tab, figure_site: str, scheme: Scheme
) -> None:
    with open_page(tab, figure_site, width=MOBILE, scheme=scheme) as (page, _):
        page.evaluate(axe_source)
        report = cast("AxeReport", page.evaluate(RUN_AXE, WCAG_TAGS))
    problems = [describe("flows/", result) for result in report["violations"]]
    assert not problems, "\n".join(problems)
