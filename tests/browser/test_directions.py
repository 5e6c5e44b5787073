"""Text of the other direction than its page's, as Chromium lays it out: an Arabic author and
source on an English page and Latin ones on an Arabic page keep a date whole beside them, a
quote or list item of the other direction has its quotation marks and full stop at its own ends,
and notes whose back links stand on a line of their own pass axe's target size."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import pytest

from tests.conftest import make_project

from .harness import DESKTOP, Scheme, built_and_served, open_page
from .test_accessibility import FIND_OVERFLOW, RUN_AXE, WCAG_TAGS, AxeReport, describe

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playwright.sync_api import Page

    from .harness import Tab

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

ENGLISH = """\
---
title: An English briefing
date: 2026-01-10
summary: An English briefing with an Arabic author.
authors: [أحمد علي]
sources:
  - title: تقرير الهجرة
    url: https://example.org/r
    publisher: وزارة الداخلية
    published: 2025-12-01
---

> «السلام عليكم» قال الوزير.

- "שלום" אמר השר.
- An item.
"""
ARABIC = """\
---
title: زيارة إلى المكسيك
lang: ar
date: 2026-01-10
summary: ملخص.
authors: [John Smith]
sources:
  - title: World Migration Report
    url: https://example.org/r
    publisher: IOM
    published: 2025-12-01
---

> "Alea iacta est" — Julius Caesar, 49 BC.

- عنصر.
- "Veni, vidi, vici" (Caesar).
"""
CATALOG = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgid "By %(authors)s"
msgstr "بقلم %(authors)s"

msgid "%(num)s min read"
msgid_plural "%(num)s min read"
msgstr[0] "%(num)s دقيقة قراءة"
msgstr[1] "%(num)s دقائق قراءة"
"""
NOTES = """\
---
title: Notes
date: 2026-01-10
summary: Notes that end with a table, a callout or a list.
---

One.[^1] Two.[^2] Again.[^1] Three.[^3] Four.[^4] Again.[^3] Five.[^5] Six.[^6] Again.[^5] End.[^7]

[^1]: Ctx.

    | Year | N |
    |---|---|
    | 2024 | 1 |

[^2]: Ibid.[^3]
[^3]: Ctx.

    > [!NOTE]
    > A callout.

[^4]: Ibid.[^5]
[^5]: Ctx.

    - a list

[^6]: Ibid.[^7]
[^7]: Third.
"""
HEBREW = """\
---
title: ביקור במקסיקו
lang: he
date: 2026-01-10
updated: 2026-01-12
summary: תקציר.
---

פסקה.

> [!NOTE]
> הערה.
"""
PAGES = ("english/", "ar/arabic/", "notes/")


@pytest.fixture(scope="module")
def bidi_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Build the briefings of each direction with the other's names and quotes; yield the
    site's URL."""
    archive = f"-- content/english.md --\n{ENGLISH}-- content/arabic.md --\n{ARABIC}"
    archive += f"-- locales/ar/LC_MESSAGES/messages.po --\n{CATALOG}"
    archive += f"-- content/notes.md --\n{NOTES}-- content/hebrew.md --\n{HEBREW}"
    project = make_project(tmp_path_factory.mktemp("bidi"), archive)
    with built_and_served(project) as (base_url, _):
        yield base_url


CHARACTERS = """
(selector) => {
  const chars = [];
  for (const element of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.length; i++) {
        if (/\\s/.test(node.data[i])) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        chars.push([node.data[i], box.left + box.width / 2]);
      }
    }
  }
  return chars;
}
"""


def centres(page: Page, selector: str) -> list[tuple[str, float]]:
    """Return each visible character of the elements `selector` finds, in the order written,
    with the x of its centre on the page."""
    found = cast("list[tuple[str, float]]", page.evaluate(CHARACTERS, selector))
    return [(char, x) for char, x in found]


def xs(chars: list[tuple[str, float]]) -> list[float]:
    return [x for _, x in chars]


def arabic(chars: list[tuple[str, float]]) -> list[float]:
    """Return the x of the Arabic letters among `chars`."""
    return [x for c, x in chars if "\u0600" <= c <= "\u06ff"]


def latin(chars: list[tuple[str, float]]) -> list[float]:
    """Return the x of the Latin letters among `chars`."""
    return [x for c, x in chars if c.isascii() and c.isalpha()]


def test_a_date_stays_whole_beside_a_name_of_the_other_direction(tab: Tab, bidi_site: str) -> None:
    """The byline read `By 10 · أحمد علي January 2026`, a source `1. 1 ,…, تقرير الهجرة December
    2025`: the day number was joined to the name before it."""
    with open_page(tab, f"{bidi_site}english/", width=DESKTOP) as (page, _):
        name, date = centres(page, ".byline .authors"), centres(page, ".byline time")
        source, published = centres(page, ".sources-list li"), centres(page, ".sources-list time")
    # Left to right: the name, then the date, its day first.
    assert max(arabic(name)) < min(xs(date))
    assert xs(date) == sorted(xs(date))
    assert max(arabic(source)) < min(xs(published))
    assert xs(published) == sorted(xs(published))
    with open_page(tab, f"{bidi_site}ar/arabic/", width=DESKTOP) as (page, _):
        name, date = centres(page, ".byline .authors"), centres(page, ".byline time")
        source, published = centres(page, ".sources-list li"), centres(page, ".sources-list time")
    # Right to left: the name, then the date, its day ("10 يناير 2026") rightmost.
    assert min(latin(name)) > max(xs(date))
    assert min(xs(date[:2])) > max(xs(date[2:]))
    assert min(latin(source)) > max(xs(published))
    assert min(xs(published[:1])) > max(xs(published[1:]))


@pytest.mark.parametrize(
    ("page_path", "selector", "first_is"),
    [
        ("ar/arabic/", ".lede blockquote p", "leftmost"),
        ("ar/arabic/", ".lede li:nth-child(2)", "leftmost"),
        ("english/", ".lede blockquote p", "rightmost"),
        ("english/", ".lede li:first-child", "rightmost"),
    ],
)
def test_a_block_of_the_other_direction_has_its_punctuation_at_its_own_ends(
    tab: Tab, bidi_site: str, page_path: str, selector: str, first_is: str
) -> None:
    """`.Alea iacta est" — Julius Caesar, 49 BC"`: the opening quotation mark was at the
    right of an Arabic page and the full stop at the left."""
    with open_page(tab, f"{bidi_site}{page_path}", width=DESKTOP) as (page, _):
        chars = centres(page, selector)
    first, last = chars[0][1], chars[-1][1]
    assert (chars[0][0], chars[-1][0]) in {('"', "."), ("«", ".")}
    if first_is == "leftmost":
        assert (first, last) == (min(xs(chars)), max(xs(chars))), chars
    else:
        assert (first, last) == (max(xs(chars)), min(xs(chars))), chars


@pytest.mark.parametrize(("width", "scheme"), [(DESKTOP, "light"), (320, "dark")])
def test_pages_of_both_directions_and_notes_after_blocks_pass_axe(
    axe_source: str, tab: Tab, bidi_site: str, width: int, scheme: Scheme
) -> None:
    """A note's back links after a table or callout sat 3 px above the next note's reference:
    axe's target-size failed. No page scrolls sideways either."""
    problems = []
    for name in PAGES:
        with open_page(tab, f"{bidi_site}{name}", width=width, scheme=scheme) as (page, _):
            page.evaluate(axe_source)
            report = cast("AxeReport", page.evaluate(RUN_AXE, WCAG_TAGS))
            found = cast("dict[str, object]", page.evaluate(FIND_OVERFLOW))
        problems += [describe(name, result) for result in report["violations"]]
        if cast("int", found["scrollWidth"]) > cast("int", found["innerWidth"]):
            problems.append(f"{name} scrolls sideways at {width} px: {found}")
    assert not problems, "\n".join(problems)


def test_a_reading_time_keeps_its_number_before_its_words(tab: Tab, bidi_site: str) -> None:
    """A right-to-left page whose language has no catalog shows the English "1 min read": laid
    out the page's way, it read "min read 1". Translated, the number stands at the right."""
    with open_page(tab, f"{bidi_site}he/hebrew/", width=DESKTOP) as (page, _):
        english = centres(page, ".byline .reading-time")
    assert "".join(char for char, _ in english) == "1minread"
    assert xs(english) == sorted(xs(english)), english
    with open_page(tab, f"{bidi_site}ar/arabic/", width=DESKTOP) as (page, _):
        translated = centres(page, ".byline .reading-time")
    assert translated[0][0] == "1"
    assert translated[0][1] == max(xs(translated)), translated


def test_a_callouts_english_label_keeps_its_icon_at_the_boxs_start(
    tab: Tab, bidi_site: str
) -> None:
    """On a right-to-left page without a catalog, the callout's English "Note" and its icon
    (U+2139, a letter to bidi) ran into one left-to-right "(i)Note", the icon at its end."""
    with open_page(tab, f"{bidi_site}he/hebrew/", width=DESKTOP) as (page, _):
        label = centres(page, ".callout-title")
        start = cast(
            "float",
            page.evaluate(
                "() => document.querySelector('.callout-title').getBoundingClientRect().right"
            ),
        )
    assert "".join(char for char, _ in label) == "Note"
    assert xs(label) == sorted(xs(label))
    # The icon and its margin stand between the box's start (its right) and the label.
    assert start - max(xs(label)) > 16, (start, label)


def test_an_english_updated_label_keeps_its_date_whole(tab: Tab, bidi_site: str) -> None:
    """On a right-to-left page without a catalog, the day of "Updated 12 בינואר 2026" ran into
    the English word before it, the month and year apart at its left."""
    with open_page(tab, f"{bidi_site}he/hebrew/", width=DESKTOP) as (page, _):
        label = centres(page, ".byline .updated")
        date = centres(page, ".byline .updated time")
    words = [x for char, x in label if char.isascii() and char.isalpha()]
    # Right to left: the label, then the whole date, its day rightmost.
    assert min(words) > max(xs(date)), (label, date)
    assert min(xs(date[:2])) > max(xs(date[2:])), date
