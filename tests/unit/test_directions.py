"""Text of the other direction than its page's: blocks get its `dir`, names an isolate."""

from __future__ import annotations

import sys
import unicodedata
from typing import TYPE_CHECKING, cast

import jinja2
import lxml.html
import pytest
from markupsafe import Markup

from briefgen.content.parse import parse_briefing
from briefgen.model import RichText, Site
from briefgen.site.directions import word_directions, written_direction
from briefgen.site.environment import theme_environment
from briefgen.site.filters import rich
from briefgen.site.render import Renderer
from tests.unit.sample_briefing import sample_briefing, sample_config

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.site.directions import Direction


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Ana Torres", "||Ana Torres|ltr"),
        ("عبد الله", ' dir="rtl"| dir="rtl"|<bdi dir="rtl">عبد الله</bdi>|rtl'),
    ],
)
def test_direction_filters_give_what_the_readme_says(text: str, said: str) -> None:
    """`block_dir` and `inline_dir` give nothing, and `isolate` the bare name, for text of the
    page's direction alone; `written_dir` always names a direction (the README said nothing)."""
    filters = ("block_dir", "inline_dir", "isolate", "written_dir")
    source = "|".join(f"{{{{ text | {name} }}}}" for name in filters)
    assert theme_environment().from_string(source).render(text=text, dir="ltr") == said


def test_every_right_to_left_letter_is_found_on_a_left_to_right_page() -> None:
    """The quick test for right-to-left letters must miss none of Unicode's R and AL."""
    letters = map(chr, range(sys.maxunicode + 1))
    rtl = [ch for ch in letters if unicodedata.bidirectional(ch) in ("R", "AL")]
    assert len(rtl) > 1000
    assert [ch for ch in rtl if word_directions([ch], "ltr") != ["rtl"]] == []


@pytest.mark.parametrize(
    ("text", "around", "written"),
    [
        ('"Alea iacta est" — Julius Caesar, 49 BC.', "rtl", "ltr"),
        ("«السلام عليكم» قال الوزير.", "ltr", "rtl"),
        ('"שלום" אמר השר.', "ltr", "rtl"),
        ("UNHCR تقول إن الأرقام ارتفعت.", "rtl", "rtl"),
        ("He said «السلام عليكم ورحمة الله»", "ltr", "ltr"),
        ("2024 — 12,5 %", "rtl", "rtl"),
        ("John Smith", "rtl", "ltr"),
        ("أحمد علي", "ltr", "rtl"),
        ("عبد الله بن الحسين الثاني (King of Jordan) spoke.", "ltr", "ltr"),
        ('"السلام عليكم ورحمة الله وبركاته" said the prince warmly.', "ltr", "ltr"),
        ("محمد بن سلمان آل سعود, Saudi Arabia", "ltr", "ltr"),
        ("قالت المفوضية في تقريرها السنوي إن الأرقام ارتفعت حسب UNHCR.", "ltr", "rtl"),
        ("UNHCR Global Trends Report تقرير.", "rtl", "rtl"),
        ("UNHCR WFP UNICEF WHO تقول.", "rtl", "rtl"),
    ],
)
def test_a_text_runs_the_other_way_when_it_starts_and_ends_so_or_nearly_all_words_do(
    text: str, around: Direction, written: Direction
) -> None:
    """A paragraph of Arabic that opens with a Latin acronym stays right to left; a sentence
    of the page's language that opens with a long name of the other way keeps the page's."""
    assert written_direction(word_directions([text], around), around) == written


BIDI = """\
---
title: {title}
date: 2026-01-10
summary: {summary}
lang: {lang}
authors: [{authors}]
tags: [{tag}]
updates:
  - date: 2026-01-12
    text: {update}
sources:
  - title: {source}
    url: https://example.org/r
    publisher: {publisher}
    published: 2025-12-01
  - title: {source}
    publisher: {publisher}
---

{quote}

- {item}
- {item}

* {page_item}
* {item}
  - {page_item}

| {page_item} | {page_item} |
|---|---|
| {item} | {page_item} |
"""
ENGLISH_PAGE = {
    "lang": "en",
    "title": "An English briefing",
    "summary": "About a report.",
    "authors": "Tom & أحمد علي, Jane Roe",
    "tag": "هجرة",
    "update": "أرقام جديدة.",
    "source": "تقرير الهجرة",
    "publisher": "وزارة الداخلية",
    "quote": "> «السلام عليكم» قال الوزير.",
    "item": '"שלום" אמר השר.',
    "page_item": "An item.",
}
ARABIC_PAGE = {
    "lang": "ar",
    "title": "زيارة",
    "summary": "ملخص.",
    "authors": "John Smith, أحمد علي",
    "tag": "C++",
    "update": "New figures.",
    "source": "World Migration Report",
    "publisher": "IOM",
    "quote": '> "Alea iacta est" — Julius Caesar, 49 BC.',
    "item": '"Veni, vidi, vici" (Caesar).',
    "page_item": "عنصر.",
}


def _main(fields: dict[str, str], tmp_path: Path) -> str:
    """Return the `<main>` of the page of a briefing made of `fields`, as its HTML."""
    briefing, _ = parse_briefing("content/a.md", BIDI.format(**fields))
    assert briefing is not None
    config = sample_config()
    page = Renderer(config, tmp_path).render_briefing(briefing, Site(config, (briefing.entry(),)))
    return page[page.index("<main") : page.index("</main>")]


def test_names_titles_and_publishers_of_the_other_direction_are_isolated(tmp_path: Path) -> None:
    """`By 10 · أحمد علي January 2026`: the date's day was joined to an Arabic name."""
    main = _main(ENGLISH_PAGE, tmp_path)
    assert (
        '<span class="authors">By <bdi dir="ltr">Tom &amp; أحمد علي</bdi> and Jane Roe</span>'
        in main
    )
    source = '<a href="https://example.org/r" dir="rtl">تقرير الهجرة</a>'
    assert f'{source}, <bdi dir="rtl">وزارة الداخلية</bdi>, <time' in main
    assert '<cite dir="rtl">تقرير الهجرة</cite>' in main
    assert 'rel="tag" dir="rtl">هجرة</a>' in main
    assert '</time> <bdi dir="rtl">أرقام جديدة.</bdi></li>' in main
    arabic = _main(ARABIC_PAGE, tmp_path)
    assert '<span class="authors">By <bdi dir="ltr">John Smith</bdi> and أحمد علي</span>' in arabic
    source = '<a href="https://example.org/r" dir="ltr">World Migration Report</a>'
    assert f'{source}, <bdi dir="ltr">IOM</bdi>, <time' in arabic
    assert 'rel="tag" dir="ltr">C++</a>' in arabic
    assert '</time> <bdi dir="ltr">New figures.</bdi></li>' in arabic


def test_blocks_of_the_other_direction_get_its_dir(tmp_path: Path) -> None:
    """A Latin quote in an Arabic briefing showed `.Alea iacta est" — …, 49 BC"`."""
    main = _main(ARABIC_PAGE, tmp_path)
    assert (
        '<blockquote>\n<p dir="ltr">&quot;Alea iacta est&quot; — Julius Caesar, 49 BC.</p>' in main
    )
    # A list written the other way runs so as a whole; an item of the other way than its list
    # has its words isolated, its bullet kept on the list's side; what is nested in it runs the
    # list's way.
    veni = "&quot;Veni, vidi, vici&quot; (Caesar)."
    assert f'<ul dir="ltr">\n<li>{veni}</li>\n<li>{veni}</li>\n</ul>' in main
    assert f'<ul>\n<li>عنصر.</li>\n<li><bdi dir="ltr">{veni}</bdi><ul>\n<li>عنصر.</li>' in main
    # A cell keeps its column's alignment: its words are isolated, not the cell turned.
    assert f'<th scope="row"><bdi dir="ltr">{veni}</bdi></th><td>عنصر.</td>' in main
    assert "<h1>زيارة</h1>" in main
    english = _main(ENGLISH_PAGE, tmp_path)
    assert '<blockquote>\n<p dir="rtl">«السلام عليكم» قال الوزير.</p>' in english


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_page_in_one_direction_alone_has_no_dir_nor_isolate(lang: str, tmp_path: Path) -> None:
    """Pages without text of the other direction are as they were, byte for byte."""
    fields = {**(ENGLISH_PAGE if lang == "en" else ARABIC_PAGE)}
    same = {k: v for k, v in fields.items() if k in ("lang", "title", "summary", "page_item")}
    same |= {k: fields["page_item"].rstrip(".") for k in fields if k not in same}
    same["quote"] = "> " + fields["page_item"]
    main = _main(same, tmp_path)
    page = lxml.html.fragment_fromstring(main + "</main>")
    marked = [
        (element.tag, element.get("dir"), element.text_content())
        for element in page.iter()
        if element.get("dir") or element.tag == "bdi"
    ]
    # No catalog translates the theme's labels into `ar` here: its page shows them in
    # English, text of the other direction, isolated as such (tests/cli/test_label_directions.py).
    labels = [("time", "rtl", "12 يناير 2026"), ("bdi", "ltr", "1 min read")]
    assert marked == (labels if lang == "ar" else [])
    assert main.count(" dir=") == len(marked)


def test_the_default_briefing_page_has_no_dir_nor_isolate(tmp_path: Path) -> None:
    briefing = sample_briefing()
    config = sample_config()
    page = Renderer(config, tmp_path).render_briefing(briefing, Site(config, (briefing.entry(),)))
    assert (" dir=" in page, "<bdi" in page) == (False, False)
    assert lxml.html.document_fromstring(page).find(".//main") is not None


@pytest.mark.parametrize(
    ("html", "direction", "shown", "asked"),
    [
        ("plain <em>text</em>", "rtl", "plain <em>text</em>", []),
        ('<a href="https://a.example/">https://a.example/</a>', "ltr", None, ["dir"]),
        (
            '<a href="https://a.example/">https://a.example/</a>',
            "rtl",
            '<a href="https://a.example/" dir="ltr">https://a.example/</a>',
            ["dir"],
        ),
    ],
)
def test_rich_reads_the_page_direction_only_for_a_text_with_a_link(
    html: str, direction: str, shown: str | None, asked: list[str]
) -> None:
    read: list[str] = []

    class Page:
        """The page's context, as far as `rich` reads it."""

        def get(self, name: str) -> str:
            read.append(name)
            return direction

    written = rich(cast("jinja2.runtime.Context", Page()), RichText(html, "text"))
    assert (written, type(written), read) == (Markup(shown or html), Markup, asked)
