"""Character references in a plain-text front matter field, decoded as the body decodes them.

A title pasted from WordPress or a CMS export (`Rubio&#8217;s visit: AT&amp;T`) was shown as
written, `&amp;amp;` in the page's HTML and raw in its JSON and feed, with no message, while
the body decoded the same text; the tag `R&amp;D` had the page `tags/r-amp-d/`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import lxml.etree
import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.content.parse import parse_briefing
from briefgen.content.slugs import tag_slug
from briefgen.content.writer import render_front_matter
from briefgen.diagnostics import SourcePos, format_diagnostic
from briefgen.model import FrontMatter, Paragraph, Source
from briefgen.site.jsonmodel import briefing_to_json
from briefgen.site.render import Renderer
from tests.unit.sample_briefing import sample_config
from tests.unit.test_render import ATOM, site_of

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.model import Briefing

VISIT = """\
---
title: "Rubio&#8217;s visit: AT&amp;T and R&amp;D"
date: 2026-11-20
summary: "Costs &lt;5&nbsp;% &mdash; a summary pasted from a CMS."
tags: ["R&amp;D", "Caf&eacute;"]
authors: ["Mar&iacute;a L&oacute;pez", "Jo&#x2019;s desk"]
sources:
  - title: "Report &#8220;2025&#8221;"
    publisher: "Smith &amp; Co"
    url: "https://example.org/report?id=2025&amp;lang=en&#38;x=&copy"
---

Body text.
"""


def _parse(text: str) -> tuple[Briefing | None, list[str]]:
    briefing, problems = parse_briefing("content/visit.md", text)
    return briefing, [format_diagnostic(d).split("\n")[0] for d in problems]


def _body_text(written: str) -> str:
    """Return the text the body shows for `written`, a paragraph of its own."""
    briefing, problems = _parse(f"---\ntitle: T\ndate: 2026-11-20\n---\n\n{written}\n")
    assert briefing is not None, problems
    (paragraph,) = briefing.lede
    assert isinstance(paragraph, Paragraph)
    return paragraph.text.text


def test_references_in_every_plain_text_field_are_decoded() -> None:
    briefing, problems = _parse(VISIT)
    assert briefing is not None and problems == []
    meta = briefing.meta
    assert meta.title == "Rubio\u2019s visit: AT&T and R&D"
    assert meta.summary == "Costs <5\u00a0% \u2014 a summary pasted from a CMS."
    assert meta.tags == ("R&D", "Caf\u00e9")
    assert meta.authors == ("Mar\u00eda L\u00f3pez", "Jo\u2019s desk")
    assert [(s.title, s.publisher) for s in meta.sources] == [
        ("Report \u201c2025\u201d", "Smith & Co")
    ]


def test_a_source_url_reads_references_as_a_body_link_does() -> None:
    """`&amp;` in an address copied from a page's HTML was kept, so the page linked
    `?id=2025&amp;amp;lang=en`, another address than the body's `[…](…&amp;…)` links."""
    briefing, _ = _parse(VISIT)
    assert briefing is not None
    url = "https://example.org/report?id=2025&amp;lang=en&#38;x=&copy"
    body, problems = _parse(f"---\ntitle: T\ndate: 2026-11-20\n---\n\n[the report]({url})\n")
    assert body is not None and problems == []
    (paragraph,) = body.lede
    assert isinstance(paragraph, Paragraph)
    read = briefing.meta.sources[0].url
    assert read == "https://example.org/report?id=2025&lang=en&x=&copy"
    assert f'href="{read.replace("&", "&amp;")}"' in paragraph.text.html


@pytest.mark.parametrize("override", ["&#x202E;", "\u202e"], ids=["reference", "typed"])
def test_a_source_urls_override_is_left_out_with_a_warning_however_written(override: str) -> None:
    """Read as its character, `&#x202E;` put a raw override in the Sources list's link, with
    no word, where the same character typed in is left out with a warning."""
    front = f'sources:\n  - title: A\n    url: "https://example.org/a{override}b"\n'
    briefing, problems = _parse(f"---\ntitle: T\ndate: 2026-11-20\n{front}---\n\nText.\n")

    assert briefing is not None
    assert briefing.meta.sources[0].url == "https://example.org/ab"
    assert problems == [
        "content/visit.md:6:5: warning: `sources` item 1: `url` holds U+202E (an override), which "
        "would reorder the page's text after it; left out"
    ]


def test_a_tag_written_with_a_reference_has_the_page_of_its_decoded_text() -> None:
    briefing, _ = _parse(VISIT)
    assert briefing is not None
    assert [tag_slug(tag) for tag in briefing.meta.tags] == ["r-d", "cafe"]


@pytest.mark.parametrize(
    "written",
    [
        "AT&T, R&D and &copy 2025",  # no `;`: text, as in the body
        "&unknown; &#xZZ; &#12345678; &#x1234567;",  # no such entity, too many digits
        "To show one: &amp;#8217; and &amp;amp;",
        "&#x41;&#66; &quot;q&quot; &AMP; &Eacute;",
    ],
)
def test_a_field_shows_a_reference_as_the_body_shows_it(written: str) -> None:
    briefing, problems = _parse(f'---\ntitle: "{written}"\ndate: 2026-11-20\n---\n\nText.\n')
    assert briefing is not None and problems == []
    assert briefing.meta.title == _body_text(written)


def test_the_page_its_head_the_feed_and_the_json_show_the_decoded_text(tmp_path: Path) -> None:
    briefing, _ = _parse(VISIT)
    assert briefing is not None
    renderer = Renderer(sample_config(), tmp_path)
    site = site_of(briefing)
    page = lxml.html.document_fromstring(renderer.render_briefing(briefing, site))
    title = "Rubio\u2019s visit: AT&T and R&D"
    assert page.xpath("string(//h1)") == title
    assert page.xpath("string(//title)").startswith(title)
    assert page.xpath("string(//*[@class='authors'])") == (
        "By Mar\u00eda L\u00f3pez and Jo\u2019s desk"
    )
    assert page.xpath("//a[@rel='tag']/@href")[0].endswith("tags/r-d/")
    assert "&amp;amp;" not in renderer.render_briefing(briefing, site)
    feed = lxml.etree.fromstring(renderer.render_feed(site).encode())
    assert [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")] == [title]
    data = briefing_to_json(briefing)
    assert (data["title"], data["tags"]) == (title, ["R&D", "Caf\u00e9"])


@pytest.mark.parametrize(
    ("field", "reference", "at", "what"),
    [
        ("title", "&#0;", "2:1", "U+0000, a control character, which no page may hold"),
        ("summary", "&#x1F;", "4:1", "U+001F, a control character, which no page may hold"),
        # A raw carriage return is refused in a field (yamldocument.py): written as one, too.
        ("summary", "&#13;", "4:1", "U+000D, a control character, which no page may hold"),
        ("authors", "&#xFFFE;", "5:11", "U+FFFE, a noncharacter, which no page may hold"),
        ("tags", "&#xD800;", "6:8", "U+D800, a surrogate, which no page may hold alone"),
        ("sources", "&#x110000;", "8:5", "no character: Unicode ends at U+10FFFF"),
    ],
)
def test_a_reference_no_page_may_hold_is_an_error_at_its_field(
    field: str, reference: str, at: str, what: str
) -> None:
    values = {"title": "T", "summary": "S", "authors": "A", "tags": "t", "sources": "R"}
    values[field] = f"a {reference} b"
    text = (
        f'---\ntitle: "{values["title"]}"\ndate: 2026-11-20\nsummary: "{values["summary"]}"\n'
        f'authors: ["{values["authors"]}"]\ntags: ["{values["tags"]}"]\nsources:\n'
        f'  - title: "{values["sources"]}"\n---\n\nText.\n'
    )
    briefing, problems = _parse(text)
    assert briefing is None
    assert problems == [
        f"content/visit.md:{at}: error: character reference `{reference}` stands for {what}"
    ]


def test_markdown_written_as_references_is_no_warning_and_markdown_still_is() -> None:
    """`&#42;` is how the body writes a `*` that is no emphasis: the field shows `*Quoted*`,
    as it was asked to; the warning is for Markdown as written."""
    text = (
        '---\ntitle: "&#42;Quoted&#42; &#91;2026&#93;&#40;x&#41;"\ndate: 2026-11-20\n'
        'summary: "**Key** &amp; more"\n---\n\nText.\n'
    )
    briefing, problems = _parse(text)
    assert briefing is not None
    assert briefing.meta.title == "*Quoted* [2026](x)"
    assert problems == [
        "content/visit.md:4:1: warning: `summary` is plain text: `**Key**` is shown as written"
    ]


def test_a_title_of_references_to_invisible_characters_shows_nothing() -> None:
    _, problems = _parse('---\ntitle: "&#8203;&shy;"\ndate: 2026-11-20\n---\n\nText.\n')
    assert problems == [
        "content/visit.md:2:1: error: `title` is `&#8203;&shy;`, which shows nothing "
        "(U+200B ZERO WIDTH SPACE, U+00AD SOFT HYPHEN)"
    ]


_FIELD_TEXT = st.lists(
    st.sampled_from([*"ab &#;x1", "&amp;", "&#8217;", "&#x41;", "&eacute;", "&nope;", "&#0;"]),
    min_size=1,
    max_size=12,
).map("".join)


@given(_FIELD_TEXT, _FIELD_TEXT)
def test_written_front_matter_reads_back_as_the_text_it_was_given(title: str, tag: str) -> None:
    """`import` and `new` write a title as the page must show it: an `&amp;` in it, or a
    `&#0;` typed as text, stays text."""
    pos = SourcePos("content/a.md", 1)
    meta = FrontMatter(
        f"T {title}",
        dt.date(2026, 1, 2),
        None,
        f"S {title}",
        (f"t {tag}",),
        False,
        pos,
        authors=(f"A {tag}",),
        sources=(Source(f"R {title}", None, f"P {tag}", None, None),),
    )
    briefing, problems = _parse(render_front_matter(meta) + "\n\nText.\n")
    assert briefing is not None, problems
    read = briefing.meta
    assert (read.title, read.summary, read.tags, read.authors) == (
        meta.title.strip(),
        f"S {title}".strip(),
        tuple(" ".join(t.split()) for t in meta.tags),
        tuple(" ".join(a.split()) for a in meta.authors),
    )
    assert [(s.title, s.publisher) for s in read.sources] == [
        (" ".join(f"R {title}".split()), " ".join(f"P {tag}".split()))
    ]


def _problems(front: str) -> list[str]:
    text = f"---\ntitle: T\ndate: 2026-11-20\nsummary: s\n{front}\n---\n\nText.\n"
    return [format_diagnostic(d) for d in parse_briefing("content/visit.md", text)[1]]


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        (
            'tags: ["&nbsp;", trade]',
            "content/visit.md:5:8: error: `tags` item 1 is `&nbsp;`, which shows nothing "
            "(U+00A0 NO-BREAK SPACE)\n  hint: write the tag's words, or remove it",
        ),
        (
            'authors: ["&nbsp;&#8203;"]',
            "content/visit.md:5:11: error: `authors` item 1 is `&nbsp;&#8203;`, which shows "
            "nothing (U+00A0 NO-BREAK SPACE, U+200B ZERO WIDTH SPACE)\n"
            "  hint: write the author's words, or remove it",
        ),
        (
            'sources:\n  - title: "&nbsp;"\n    url: https://example.org/',
            "content/visit.md:6:5: error: `sources` item 1: `title` is `&nbsp;`, which shows "
            "nothing (U+00A0 NO-BREAK SPACE)\n  hint: write the title's words",
        ),
    ],
)
def test_a_field_of_references_that_show_nothing_is_named_as_typed(
    front: str, expected: str
) -> None:
    """It was "item 1 is ` `; expected non-empty text / hint: quote it", of a quoted value."""
    assert _problems(front) == [expected]


@pytest.mark.parametrize(
    ("field", "reference", "what"),
    [("title", "&#9;", "a tab (U+0009)"), ("summary", "&#10;", "a line break (U+000A)")],
)
def test_a_tab_or_line_break_written_as_a_reference_is_named_as_typed(
    field: str, reference: str, what: str
) -> None:
    """The hint was to write the field on one line, which it is."""
    fields = {"title": "T", "summary": "s", field: f'"a{reference}b"'}
    front = "".join(f"{key}: {value}\n" for key, value in fields.items())
    text = f"---\n{front}date: 2026-11-20\n---\n\nT.\n"
    problems = [format_diagnostic(d) for d in parse_briefing("content/visit.md", text)[1]]
    line = 2 if field == "title" else 3
    assert any(
        p.startswith(
            f"content/visit.md:{line}:1: warning: `{field}` holds `{reference}`, {what}, "
            f"shown as a space\n  hint: write a space in place of `{reference}`"
        )
        for p in problems
    ), problems
