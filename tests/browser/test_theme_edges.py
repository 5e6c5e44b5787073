"""The theme where its rules meet: print from a dark system, code on a right-to-left page, a
callout inside a callout, a printout that opens with its title, the contents box at every
width, a note ending with a table and a transparent chart in the dark scheme."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, cast

import pytest
from pypdf import PdfReader

from tests.conftest import make_project

from .harness import DESKTOP, built_and_served, open_page

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playwright.sync_api import Browser

    from .harness import Tab

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

ICONS = {"note": "\u2139", "tip": "✓", "important": "★", "warning": "⚠", "caution": "⛔"}
"""Each callout kind's icon, as the theme draws it before the title."""


def callout(variant: str, depth: int = 1) -> str:
    """Return a callout of a variant holding a link, code and a quote, at a quote depth."""
    marker = "> " * depth
    lines = (f"[!{variant.upper()}]", f"A [link](https://example.org/{variant}) and `code`.", "")
    return "".join(f"{marker}{line}".rstrip() + "\n" for line in lines) + f"{marker}> quoted\n"


CALLOUTS = (
    "---\ntitle: Callouts\ndate: 2026-02-01\nsummary: Every callout, nested ones, notes.\n---\n\n"
    "A claim.[^t] Another.[^p]\n\n## Callouts\n\n"
    + "\n".join(callout(variant) for variant in ICONS)
    + "\n> [!CAUTION]\n> Outer caution.\n>\n"
    + callout("tip", 2)
    + "\n> [!WARNING]\n> Outer warning.\n>\n"
    + callout("note", 2)
    + "\n## Figures\n\n![Bar chart: crossings peaked at 520,000 in 2025](chart.svg)\n"
    "Figure: Crossings by year\n\n"
    "[^t]: Figures by region:\n\n    | Region | Value |\n    |---|---|\n    | North | 1 |\n\n"
    "[^p]: A plain note.\n"
)
CHART = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200">'
    '<line x1="40" y1="170" x2="390" y2="170" stroke="#000" stroke-width="2"/>'
    '<text x="100" y="190" font-size="14" fill="#000">2025</text></svg>\n'
)
LONG_LINE = "start-of-line " + "x" * 120 + " end"
RTL_CODE = f"""\
---
title: "شيفرة"
date: 2026-02-01
summary: ملخص.
lang: ar
---

نص فيه `total = price * (1 + rate);` ثم نص.

```python
total = price * (1 + rate);
```

```
{LONG_LINE}
```
"""
LANGUAGES = ("en", "es", "fr", "pt")
"""The languages the theme ships catalogs for."""


def translated(lang: str) -> str:
    """Return a short briefing in a language, with a section."""
    return f"---\ntitle: Visit {lang}\ndate: 2026-01-10\nsummary: S.\nlang: {lang}\n---\n\nT.\n"


@pytest.fixture(scope="module")
def edge_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Build the callout, right-to-left and translated briefings; yield the site's URL."""
    archive = "-- briefgen.yaml --\ntitle: Edges\n"
    archive += f"-- content/callouts.md --\n{CALLOUTS}-- content/chart.svg --\n{CHART}"
    archive += f"-- content/code.md --\n{RTL_CODE}"
    archive += "".join(f"-- content/visit-{lang}.md --\n{translated(lang)}" for lang in LANGUAGES)
    project = make_project(tmp_path_factory.mktemp("edges"), archive)
    with built_and_served(project) as (base_url, _):
        yield base_url


COLOURS = """
() => [...document.querySelectorAll('body, .callout, pre, thead th, blockquote')].map((e) => {
  const style = getComputedStyle(e);
  return [e.className || e.tagName, style.backgroundColor, style.color];
})
"""
PRINT_COLOURS = {"rgb(255, 255, 255)", "rgba(0, 0, 0, 0)", "rgb(0, 0, 0)", "rgb(51, 51, 51)"}
"""White or no fill, black or #333 text: what the print stylesheet means by black on white."""


def test_print_is_black_on_white_in_a_dark_scheme(tab: Tab, edge_site: str) -> None:
    """Chromium prints with the system's dark scheme: no callout keeps its dark fill."""
    url = f"{edge_site}callouts/"
    with open_page(tab, url, scheme="dark", media="print") as (page, _):
        colours = cast("list[list[str]]", page.evaluate(COLOURS))
    assert len([c for c in colours if "callout-" in c[0]]) == 9
    assert [c for c in colours if not {c[1], c[2]} <= PRINT_COLOURS] == []


FIRST_CHARACTERS = """
() => [...document.querySelectorAll('pre')].map((pre) => {
  const text = pre.querySelector('code').firstChild, range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, 1);
  const first = range.getBoundingClientRect(), box = pre.getBoundingClientRect();
  range.setStart(text, text.length - 2);
  range.setEnd(text, text.length - 1);
  const last = range.getBoundingClientRect();
  return {direction: getComputedStyle(pre).direction, firstShown: first.left >= box.left,
          lastAfterFirst: last.left > first.left};
})
"""


def test_code_stays_left_to_right_on_a_right_to_left_page(tab: Tab, edge_site: str) -> None:
    """Code reads left to right: `;` ends its line, a long line shows its start first."""
    with open_page(tab, f"{edge_site}ar/code/", width=360) as (page, _):
        assert page.locator("html").get_attribute("dir") == "rtl"
        blocks = page.evaluate(FIRST_CHARACTERS)
        inline = page.evaluate(
            "() => { const s = getComputedStyle(document.querySelector('p > code'));"
            " return [s.direction, s.unicodeBidi]; }"
        )
    shown = {"direction": "ltr", "firstShown": True, "lastAfterFirst": True}
    assert blocks == [shown, shown]
    assert inline == ["ltr", "isolate"]


TITLE_ICONS = """
() => [...document.querySelectorAll('.callout-title')].map((title) => [
  title.parentElement.className.replace('callout callout-', ''),
  getComputedStyle(title, '::before').content,
  getComputedStyle(title.parentElement).backgroundColor,
])
"""


def test_a_nested_callout_shows_its_own_icon(tab: Tab, edge_site: str) -> None:
    """A tip inside a caution has the tip's icon and fill, not the caution's."""
    with open_page(tab, f"{edge_site}callouts/") as (page, _):
        titles = cast("list[list[str]]", page.evaluate(TITLE_ICONS))
    assert [variant for variant, _, _ in titles][-4:] == ["caution", "tip", "warning", "note"]
    assert [icon for _, icon, _ in titles] == [f'"{ICONS[v]}" / ""' for v, _, _ in titles]
    fills = {variant: fill for variant, _, fill in titles[:5]}
    assert [fill for _, _, fill in titles[5:]] == [fills[v] for v, _, _ in titles[5:]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_printout_opens_with_the_title_in_every_language(
    tab: Tab, edge_site: str, lang: str
) -> None:
    """No label in English above the title: a Spanish printout opened with "BRIEFING"."""
    prefix = "" if lang == "en" else f"{lang}/"
    with open_page(tab, f"{edge_site}{prefix}visit-{lang}/", media="print") as (page, _):
        pdf = page.pdf(format="A4")
    first_line = PdfReader(io.BytesIO(pdf)).pages[0].extract_text().splitlines()[0]
    assert first_line.strip() == f"Visit {lang}"


TOC_STATE = """
() => {
  const toc = document.querySelector('details.toc'), summary = toc.querySelector('summary');
  const style = getComputedStyle(summary);
  return {open: toc.open, marker: style.display === 'list-item' && style.listStyleType !== 'none'};
}
"""


@pytest.mark.parametrize("width", [DESKTOP, 800])
def test_contents_box_opens_and_closes_at_every_width(
    browser: Browser, edge_site: str, width: int
) -> None:
    """Closed by a click or a key, the contents box opens again the same way, marker shown.
    In a fresh context: the clicks leave the mouse over the summary."""
    with open_page(browser, f"{edge_site}callouts/", width=width) as (page, _):
        summary = page.locator("details.toc > summary")
        box = summary.bounding_box()
        assert box is not None
        states = [page.evaluate(TOC_STATE)]
        for _ in range(2):  # The mouse, where the reader sees the summary (no actionability check).
            page.mouse.click(box["x"] + 8, box["y"] + box["height"] / 2)
            states.append(page.evaluate(TOC_STATE))
        for key in ("Enter", "Space"):
            summary.press(key)
            states.append(page.evaluate(TOC_STATE))
    opens = [True, False, True, False, True]
    assert states == [{"open": is_open, "marker": True} for is_open in opens]


BACK_LINKS = """
() => [...document.querySelectorAll('.notes-list > li')].map((note) => {
  const back = note.querySelector('.note-back').getBoundingClientRect();
  const text = note.querySelector('p').getBoundingClientRect();
  const download = note.querySelector('.table-download');
  return {
    afterText: Math.abs(back.bottom - text.bottom) < 4 && back.left >= text.left,
    belowDownload: download ? back.top >= download.getBoundingClientRect().bottom : null,
  };
})
"""


def test_note_back_link_is_not_glued_to_a_download_link(tab: Tab, edge_site: str) -> None:
    """A note ending with a table has its back link on a line after the table's CSV link."""
    with open_page(tab, f"{edge_site}callouts/") as (page, _):
        notes = page.evaluate(BACK_LINKS)
    assert notes == [
        {"afterText": False, "belowDownload": True},
        {"afterText": True, "belowDownload": None},
    ]


def test_figure_images_sit_on_white_in_the_dark_scheme(tab: Tab, edge_site: str) -> None:
    """A transparent chart's black text stays readable on the dark page."""
    backdrop = "() => getComputedStyle(document.querySelector('.figure img')).backgroundColor"
    with open_page(tab, f"{edge_site}callouts/", scheme="dark") as (page, _):
        assert page.evaluate(backdrop) == "rgb(255, 255, 255)"


LONG_MENU = """
() => {
  const list = document.querySelector('.site-nav ul');
  for (const label of ['Rechercher', 'Thématiques', 'Abonnements']) {
    const item = list.lastElementChild.cloneNode(true);
    item.querySelector('a').textContent = label;
    list.append(item);
  }
  return document.scrollingElement.scrollWidth;
}
"""


def test_a_long_menu_wraps_on_a_phone_instead_of_widening_the_page(
    tab: Tab, edge_site: str
) -> None:
    """French labels with search on needed 355 px: the menu could not wrap, so a 320 px
    phone scrolled sideways and cut "Rechercher" off."""
    with open_page(tab, f"{edge_site}fr/visit-fr/", width=320) as (page, _):
        assert page.evaluate(LONG_MENU) <= 320
