"""Text direction of a page's language: its script's, else that of its language's script."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from babel import Locale
from babel.localedata import locale_identifiers

from briefgen.content.parse import parse_briefing
from briefgen.model import Briefing, Paragraph, Site
from briefgen.site.i18n import text_direction
from briefgen.site.render import Renderer
from tests.unit.sample_briefing import sample_config


@pytest.mark.parametrize(
    ("lang", "direction"),
    [("ar", "rtl"), ("he", "rtl"), ("fa", "rtl"), ("ar-EG", "rtl"), ("en", "ltr"), ("es", "ltr"),
     ("pt-BR", "ltr"), ("de", "ltr"), ("zh-Hant-TW", "ltr"), ("sr-Latn-RS", "ltr"),
     ("pa-Arab", "rtl"), ("az-Arab", "rtl"), ("uz-Arab", "rtl"), ("ms-Arab", "rtl"),
     ("pa-PK", "rtl"), ("pa", "ltr"), ("ks", "rtl"), ("syr", "rtl"), ("nqo", "rtl"),
     ("ar-Latn", "ltr"), ("he-Latn", "ltr"), ("sd-Deva", "ltr"), ("tlh", "ltr"), ("xx", "ltr"),
     ("xx-Arab", "rtl"), ("en-arab", "rtl")],
)  # fmt: skip
def test_a_tags_direction_follows_its_script(lang: str, direction: str) -> None:
    """`pa-Arab` pages were left to right, `ar-Latn` ones right to left."""
    assert text_direction(lang) == direction


def test_every_script_babel_has_a_locale_for_has_babels_direction() -> None:
    with_script = [name for name in locale_identifiers() if Locale.parse(name).script]
    assert len(with_script) > 20
    for name in with_script:
        babel = Locale.parse(name).text_direction  # `ttb` for Mongolian: HTML has no such dir
        assert text_direction(name.replace("_", "-")) == ("rtl" if babel == "rtl" else "ltr"), name


BARE_LINKS = """\
---
title: T
date: 2026-01-01
summary: S.
lang: {lang}
sources:
  - title: https://example.org/source/
    url: https://example.org/source/
  - title: A report
    url: https://example.org/report/
---

Text https://example.org/a/b.html?x=1&y=2 and <https://example.org/p/> and [words](https://example.org/w/).

Code [`https://example.org/code/`](https://example.org/c/) and [`words`](https://example.org/cw/).

- Item https://example.org/list/

| A | B |
|---|---|
| https://example.org/cell/ | 2 |
"""


def _page(lang: str, tmp_path: Path) -> tuple[Briefing, str]:
    """Return a briefing in `lang` holding web addresses, and its page."""
    briefing, _ = parse_briefing("content/a.md", BARE_LINKS.format(lang=lang))
    assert briefing is not None
    config = sample_config()
    site = Site(config, (briefing.entry(),))
    return briefing, Renderer(config, tmp_path).render_briefing(briefing, site)


def _links(page: str) -> list[tuple[str, str | None]]:
    """Return the text and `dir` of each link to example.org on `page`."""
    body = lxml.html.document_fromstring(page).get_element_by_id("main")
    links = (a for a in body.iter("a") if "example.org" in a.get("href", ""))
    return [(a.text_content(), a.get("dir")) for a in links]


@pytest.mark.parametrize("lang", ["ar", "he", "fa", "ur"])
def test_a_web_address_in_a_right_to_left_body_is_isolated_left_to_right(
    lang: str, tmp_path: Path
) -> None:
    # Its slashes and dots took the page's direction: `example.org/a/` read `/a/example.org`.
    # A source's Latin title is isolated left to right too, as any name of the other direction.
    assert _links(_page(lang, tmp_path)[1]) == [
        ("https://example.org/a/b.html?x=1&y=2", "ltr"),
        ("https://example.org/p/", "ltr"),
        ("words", None),
        ("https://example.org/code/", "ltr"),
        ("words", None),
        ("https://example.org/list/", "ltr"),
        ("https://example.org/cell/", "ltr"),
        ("https://example.org/source/", "ltr"),
        ("A report", "ltr"),
    ]


def test_a_web_address_in_a_left_to_right_body_is_left_as_written(tmp_path: Path) -> None:
    briefing, page = _page("en", tmp_path)
    paragraph = briefing.lede[0]
    assert isinstance(paragraph, Paragraph)
    assert f"<p>{paragraph.text.html}</p>" in page
    assert [dir_ for _, dir_ in _links(page)] == [None] * 9
