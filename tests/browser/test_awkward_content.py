"""A briefing written the awkward way real ones are: long URLs and words in terms, a long code
line, repeated headings, bare tables with one header row, blank header cells, a link and its
note or two notes alone in an item or cell, notes in headings, a callout over a table, a
translation; and one nested as deep as briefgen allows.
It must not scroll sideways on a phone, must pass axe, and must print whole."""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, cast

import pytest
from pypdf import PdfReader

from tests.conftest import make_project

from .harness import DESKTOP, MOBILE, Scheme, built_and_served, open_page
from .test_accessibility import FIND_OVERFLOW, RUN_AXE, WCAG_TAGS, AxeReport, describe

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .harness import Tab


pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

LONG_URL = "https://www.example.org/reports/2026/migration/remittances-annex-tables-final.pdf"
LONG_CODE_LINE = "START-" + "0123456789-" * 12 + "END1"
BRIEFING = f"""\
---
title: Remittance corridors
date: 2026-01-02
summary: Long words, repeated headings and bare tables.
tags: [internationalhumanitarianassistancecoordinationframework]
sources:
  - title: Andes Institute
    url: https://example.org/andes
---

The lede, with a note.[^1]

## Key points

- **Source:** {LONG_URL}
- **Arbeitnehmerüberlassungsgesetzänderungsverordnungsentwurf:** a long German word.

Annex
: {LONG_URL}

```text
{LONG_CODE_LINE}
```

## Migration

### Mexico

Arrivals in Mexico.

| Year | Arrivals |
|---|---|
| 2025 | 100 |

## Trade

### Mexico

Trade with Mexico.

| Year | Arrivals |
|---|---|
| 2025 | 200 |

Table: Arrivals by year

|  | 2024 | 2025 |
|---|---|---|
| Mexico | 1 | 2 |
| | 3 | 4 |

## Further reading

- [Andes report](https://example.org/andes-report)[^1]

| Country | Source |
|---|---|
| Ecuador | [report](https://example.org/ecuador)[^1] |

## Funding[^2]

### Mali[^1]

| Country | Sources |
|---|---|
| Mali | [^1][^2] |
| Niger | [^1][^2][^3] |

- [^1][^2]
- **Chad:** [^2][^3]

> [!NOTE]
> | Displaced | Returned |
> |---|---|
> | 7 | 8 |

## Notes

Notes on method.

## Sources

How we chose sources.

[^1]: A note.
[^2]: Another note.
[^3]: A third note.
"""
TRANSLATION = """\
---
title: Corredores de remesas
date: 2026-01-02
summary: Una traducción.
---

La entradilla.

## Puntos clave

Texto.
"""

LIST_LEVELS, QUOTE_LEVELS = 9, 19
"""The deepest lists and quotes (callouts too) the parser keeps as such, without a warning."""
DEEP = (
    "---\ntitle: Deep\ndate: 2026-01-02\nsummary: Nesting as deep as it goes.\n---\n\n"
    + "Lede.\n\n## Deep\n\n"
    + "".join(f"{'  ' * i}- item at level {i + 1}\n" for i in range(LIST_LEVELS))
    + "\n"
    + "".join(f"{'   ' * i}1. step at level {i + 1}\n" for i in range(LIST_LEVELS))
    + "\n"
    + "".join(
        f"{'> ' * i}> quoted at level {i + 1}\n{'>' * (i + 1)}\n" for i in range(QUOTE_LEVELS)
    )
    + "\n"
    + "".join(
        f"{'> ' * i}> [!TIP]\n{'> ' * (i + 1)}tip at level {i + 1}\n{'>' * (i + 1)}\n"
        for i in range(QUOTE_LEVELS)
    )
)


@pytest.fixture(scope="module")
def awkward_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Build the awkward briefing and its translation; yield the briefing's URL."""
    project = make_project(
        tmp_path_factory.mktemp("awkward"),
        "-- briefgen.yaml --\ntitle: Migrationsberichterstattungsarchivsammlungsverzeichnis\n"
        f"-- content/corridors.md --\n{BRIEFING}-- content/corridors.es.md --\n{TRANSLATION}"
        f"-- content/deep.md --\n{DEEP}",
    )
    with built_and_served(project) as (base_url, stderr):
        assert "warning" not in stderr, stderr
        yield f"{base_url}corridors/"


@pytest.mark.parametrize("width", [MOBILE, 320])
def test_long_words_do_not_make_a_phone_page_scroll_sideways(
    tab: Tab, awkward_site: str, width: int
) -> None:
    """A URL in a term bullet or a definition, a long term, tag or site title all wrap."""
    with open_page(tab, awkward_site, width=width) as (page, _):
        found = cast("dict[str, object]", page.evaluate(FIND_OVERFLOW))
    assert cast("int", found["scrollWidth"]) <= cast("int", found["innerWidth"]), found


NARROWEST_TEXT = """
() => Math.min(...[...document.querySelectorAll('.briefing-body :is(li, blockquote > p, aside p)')]
  .map((e) => {
    const style = getComputedStyle(e);
    const width = e.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return width / parseFloat(style.fontSize);
  }))
"""


@pytest.mark.parametrize("width", [MOBILE, 320])
def test_deep_nesting_neither_widens_a_phone_page_nor_breaks_words(
    tab: Tab, awkward_site: str, width: int
) -> None:
    """Nine levels of lists and 19 of quotes or callouts scrolled a 320 px phone sideways and
    wrapped "level" a letter to a line: every level stepped in as far as the first."""
    deep = awkward_site.replace("corridors/", "deep/")
    with open_page(tab, deep, width=width) as (page, _):
        found = cast("dict[str, object]", page.evaluate(FIND_OVERFLOW))
        narrowest = cast("float", page.evaluate(NARROWEST_TEXT))
    assert cast("int", found["scrollWidth"]) <= cast("int", found["innerWidth"]), found
    assert narrowest >= 8, f"the narrowest list item, quote or callout text is {narrowest:.1f}em"


def print_text(tab: Tab, url: str) -> str:
    """Print url to an A4 PDF with Chromium; return the PDF's text without whitespace."""
    with open_page(tab, url, media="print") as (page, _):
        pdf = page.pdf(format="A4")
    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_long_code_lines_print_whole(tab: Tab, awkward_site: str) -> None:
    """A code line wider than the paper wraps rather than being cut off at the paper's edge."""
    assert LONG_CODE_LINE in print_text(tab, awkward_site)


def test_language_switcher_is_not_printed(tab: Tab, awkward_site: str) -> None:
    """The switcher is navigation: on paper its links do nothing, like the masthead's."""
    assert "Readin" not in print_text(tab, awkward_site)


@pytest.mark.parametrize(("width", "scheme"), [(DESKTOP, "light"), (MOBILE, "dark")])
def test_awkward_briefing_has_no_axe_violations(
    axe_source: str, tab: Tab, awkward_site: str, width: int, scheme: Scheme
) -> None:
    """Repeated headings, same-header tables, blank header cells, a link with its note or two
    notes alone in a list item or table cell (small targets side by side) and a callout whose
    bold title stands over a table (axe's `p-as-heading`) pass axe."""
    with open_page(tab, awkward_site, width=width, scheme=scheme) as (page, _):
        page.evaluate(axe_source)
        report = cast("AxeReport", page.evaluate(RUN_AXE, WCAG_TAGS))
    problems = [describe("corridors/", result) for result in report["violations"]]
    assert not problems, "\n".join(problems)


def test_a_note_in_a_heading_is_no_word_of_its_region_name(tab: Tab, awkward_site: str) -> None:
    """`## Funding[^2]` named its region "Funding2" (its subsection "Funding2 Mali1") in the
    browser's accessibility tree, where the contents read "Funding"."""
    with open_page(tab, awkward_site) as (page, _):
        tree = page.locator("main").aria_snapshot()
    regions = re.findall(r'- region "(Funding[^"]*)"', tree)
    assert regions == ["Funding", "Funding Mali"]
