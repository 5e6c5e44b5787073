"""A table cell whose whole text is a figure is kept on one line in print: one test decides it,
for the browser's print (the page marks the cell) and for the PDF (site/pdftables.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.model import Site
from briefgen.site.figurecells import SQUEEZED_FROM, is_figure, split_in_print
from briefgen.site.render import Renderer
from tests.unit.sample_briefing import sample_config

if TYPE_CHECKING:
    from pathlib import Path

FIGURES = ["367,459", "7,209,666", "-85", "+1.9 pp", "12.4%", "3.42r", "[x]", "..", "\u22121,315"]
FIGURES += ["£12.5bn", "4,020[1]", "4,0201", "2026", " 1 234 ", "(12)", "-"]
# A currency or a unit after the figure, as German, French, Italian and Portuguese write them,
# with a space, a no-break space or a narrow one (U+202F) or none.
FIGURES += ["2 500 000 000 €", "12,50 €", "\u22121 350 000 000 €", "1\u00a0234,5\u00a0€"]
FIGURES += ["12,5\u202f%"]
FIGURES += ["€ 12,50", "R$ 1.234,56", "US$ 12", "CHF 1'234.50", "12 M€", "33 618 M€", "5 Md€"]
FIGURES += ["3,4 Mrd.", "14,1 Mrd. €", "1,2 Mio.", "2,5 Mio. t", "1,2 mil milhões", "\u22123,2 Pp."]
FIGURES += ["+1,9 p.p.", "10 000 m²", "1 250 ha", "12 500 t", "1 234 kWh", "12,5 °C"]
FIGURES += ["1 234 567 km²", "2 500 km", "3 400 MW", "12 €/t", "1.234 EUR"]
FIGURES += ["12k", "45°", "80 km/h", "3,5 GWh", "12 kg/ha", "20 min", "5 h", "1 200 l", "1,5 ‰"]
WORDS = ["Total", "Jan 2026", "North East", "about 40", "2026 est. by ONS", "", "\u00a0", "n/a"]
WORDS += ["k. A.", "ca. 400", "n.s.", "1er janvier", "12 à 15 jours", "2,5 Mio. Menschen"]
WORDS += ["€", "Mio."]
# rev31b: a number and a short word that is no unit (a month, an article, a conjunction).
WORDS += ["12 Jan", "3 May", "3 ans", "2 the", "3 and", "5 to", "12 or", "1 a", "2 und"]
WORDS += ["2026 neu", "2026 new", "2 no", "1 yes", "12 abc", "1 Tab.", "3 km and", "5 t/and"]


@pytest.mark.parametrize("text", FIGURES)
def test_is_figure_tells_a_figure(text: str) -> None:
    assert is_figure(text)


@pytest.mark.parametrize("text", WORDS)
def test_is_figure_tells_words_and_blanks_apart(text: str) -> None:
    assert not is_figure(text)


def test_split_in_print_is_a_long_figure_or_any_in_a_wide_table() -> None:
    # Below ten columns every printed column keeps 6em, which holds `367,459`: marking it too
    # only weighs the page.
    assert not split_in_print("367,459", SQUEEZED_FROM - 1)
    assert split_in_print("367,459", SQUEEZED_FROM)
    assert split_in_print("7,209,666", 2)
    assert not split_in_print("Total", SQUEEZED_FROM)
    assert not split_in_print("Yorkshire and The Humber", 2)


def _table(columns: int) -> str:
    header = "| Region | " + " | ".join(f"M{n}" for n in range(1, columns)) + " |"
    rule = "|---|" + "--:|" * (columns - 1)
    row = "| North East | 367,459 | +1.9 pp | 7,209,666[^1] |" + " 5 |" * (columns - 4)
    return f"{header}\n{rule}\n{row}\n\n[^1]: Revised.\n"


def _page(tmp_path: Path, columns: int) -> str:
    text = f"---\ntitle: Arrivals\ndate: 2026-01-02\nsummary: S.\n---\n\n{_table(columns)}"
    briefing, _ = parse_briefing("content/a.md", text)
    assert briefing is not None
    config = sample_config()
    return Renderer(config, tmp_path).render_briefing(briefing, Site(config, (briefing.entry(),)))


def test_briefing_page_marks_the_figures_print_could_split(tmp_path: Path) -> None:
    # Printed, a cell broke anywhere: a column squeezed below its figures printed `367,45`
    # over a stray `9`. The print stylesheet keeps a cell marked `num` on one line.
    narrow = _page(tmp_path, 4)
    assert '<th scope="row">North East</th><td class="align-right">367,459</td>' in narrow
    assert '<td class="align-right">+1.9 pp</td><td class="align-right num">7,209,666<sup' in narrow
    wide = _page(tmp_path, SQUEEZED_FROM)
    assert '<th scope="row">North East</th><td class="align-right num">367,459</td>' in wide
    assert '<td class="align-right num">+1.9 pp</td>' in wide
    assert '<th scope="col" class="align-right">M1</th>' in wide
