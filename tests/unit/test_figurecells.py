"""A table cell whose whole text is a figure is kept on one line in print: one test decides it,
for the browser's print (the page marks the cell) and for the PDF (site/pdftables.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.model import Site
from briefgen.site.figurecells import is_figure
from briefgen.site.render import Renderer
from tests.unit.sample_briefing import sample_config

if TYPE_CHECKING:
    from pathlib import Path

FIGURES = ["367,459", "7,209,666", "-85", "+1.9 pp", "12.4%", "3.42r", "[x]", "..", "\u22121,315"]
FIGURES += ["£12.5bn", "4,020[1]", "4,0201", "2026", " 1 234 ", "(12)", "-"]
WORDS = ["Total", "Jan 2026", "North East", "about 40", "2026 est. by ONS", "", "\u00a0", "n/a"]


@pytest.mark.parametrize("text", FIGURES)
def test_is_figure_tells_a_figure(text: str) -> None:
    assert is_figure(text)


@pytest.mark.parametrize("text", WORDS)
def test_is_figure_tells_words_and_blanks_apart(text: str) -> None:
    assert not is_figure(text)


BRIEFING = """\
---
title: Arrivals
date: 2026-01-02
summary: S.
---

| Region | Households | Change | Commentary |
|---|--:|:-:|---|
| North East | 367,459[^1] | +1.9 pp | Rose for the third quarter running. |

[^1]: Revised.
"""


def test_briefing_page_marks_a_figure_cell_num(tmp_path: Path) -> None:
    # Printed, a cell broke anywhere: a column squeezed below its figures printed `367,45`
    # over a stray `9`. The print stylesheet keeps a cell marked `num` on one line.
    briefing, _ = parse_briefing("content/a.md", BRIEFING)
    assert briefing is not None
    config = sample_config()
    page = Renderer(config, tmp_path).render_briefing(briefing, Site(config, (briefing.entry(),)))
    header = '<th scope="col">Region</th> <th scope="col" class="align-right">Households</th>'
    assert header in page
    assert '<th scope="row">North East</th><td class="align-right num">367,459<sup' in page
    assert '<td class="align-center num">+1.9 pp</td><td>Rose' in page
