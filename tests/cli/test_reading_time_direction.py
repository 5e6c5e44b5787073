"""The byline's reading time on a page of the other direction than its label's words."""

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
"""


def _briefing(lang: str, title: str) -> str:
    return f"---\ntitle: {title}\nlang: {lang}\ndate: 2026-01-10\nsummary: S.\n---\n\nText.\n"


def test_reading_time_in_english_on_a_right_to_left_page_is_isolated(tmp_path: Path) -> None:
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

    def reading_time(rel: str) -> tuple[str, list[tuple[str | None, str]]]:
        page = lxml.html.fromstring((root / "site" / rel / "index.html").read_bytes())
        (span,) = page.xpath("//p[@class='byline']/span[@class='reading-time']")
        return span.text_content(), [(e.get("dir"), e.text_content()) for e in span]

    assert reading_time("he/b") == ("1 min read", [("ltr", "1 min read")])
    assert reading_time("ar/c") == ("1 دقيقة قراءة", [])
    assert reading_time("a") == ("1 min read", [])
    assert reading_time("es/d") == ("1 min de lectura", [])
