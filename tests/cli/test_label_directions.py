"""The theme's labels on a page of the other direction than their words: the byline's reading
time and a callout's title, in English on a right-to-left page of a language without a catalog."""

from __future__ import annotations

from typing import TYPE_CHECKING

import lxml.html

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from tests.conftest import make_project

if TYPE_CHECKING:
    from pathlib import Path

CATALOG = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgid "%(num)s min read"
msgid_plural "%(num)s min read"
msgstr[0] "%(num)s دقيقة قراءة"
msgstr[1] "%(num)s دقائق قراءة"

msgid "Updated %(date)s"
msgstr "حُدّث في %(date)s"
"""


def _briefing(lang: str, title: str) -> str:
    return (
        f"---\ntitle: {title}\nlang: {lang}\ndate: 2026-01-10\nupdated: 2026-01-12\n"
        "summary: S.\n---\n\n"
        "Text.\n\n> [!NOTE]\n> Body.\n"
    )


def test_english_labels_on_a_right_to_left_page_are_isolated(tmp_path: Path) -> None:
    """A right-to-left language without a catalog shows the English "1 min read": laid out
    the page's way, it read "min read 1"."""
    root = make_project(
        tmp_path / "p",
        "-- content/a.md --\n"
        + _briefing("en", "English")
        + "-- content/b.md --\n"
        + _briefing("he", "עברית")
        + "-- content/c.md --\n"
        + _briefing("ar", "عربي")
        + "-- content/d.md --\n"
        + _briefing("es", "Español")
        + f"-- locales/ar/LC_MESSAGES/messages.po --\n{CATALOG}",
    )
    build_site(BuildOptions(root, root / "site"), RecordingReporter())

    def label(rel: str, path: str) -> tuple[str, list[tuple[str | None, str]]]:
        page = lxml.html.fromstring((root / "site" / rel / "index.html").read_bytes())
        (element,) = page.xpath(path)
        return element.text_content(), [(e.get("dir"), e.text_content()) for e in element]

    def reading_time(rel: str) -> tuple[str, list[tuple[str | None, str]]]:
        return label(rel, "//p[@class='byline']/span[@class='reading-time']")

    def updated(rel: str) -> list[str | None]:
        page = lxml.html.fromstring((root / "site" / rel / "index.html").read_bytes())
        return [
            e.get("dir") for e in page.xpath("//p[@class='byline']/span[@class='updated']/time")
        ]

    def callout_title(rel: str) -> tuple[str, list[tuple[str | None, str]]]:
        return label(rel, "//aside[@role='note']/div[@class='callout-title']")

    assert reading_time("he/b") == ("1 min read", [("ltr", "1 min read")])
    assert reading_time("ar/c") == ("1 دقيقة قراءة", [])
    assert reading_time("a") == ("1 min read", [])
    assert reading_time("es/d") == ("1 min de lectura", [])
    # The callout's icon (U+2139, a letter to bidi) ran into the English "Note": "(i)Note".
    assert callout_title("he/b") == ("Note", [("ltr", "Note")])
    assert callout_title("a") == ("Note", [])
    assert callout_title("es/d") == ("Nota", [])
    # The day of the English "Updated …" ran into it on a right-to-left page: "Updated 12"
    # then the month and year, the date cut in two.
    assert updated("he/b") == ["rtl"]
    assert updated("ar/c") == [None]
    assert updated("a") == [None]
    assert updated("es/d") == [None]
