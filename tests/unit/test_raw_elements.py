"""Trusted raw HTML around Markdown: a heading inside an open `<div>` or `<details>` is no
section, so a page never closes the author's element with its own end tags."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import pytest
from markdown_it.token import Token

from briefgen.content.inlinetags import InlineTags
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import SourcePos
from briefgen.model import BulletList, Paragraph, RawHtml
from briefgen.site.render import Renderer
from tests.conftest import cpu_seconds
from tests.cpubound import cpu_seconds_within
from tests.unit.sample_briefing import sample_config
from tests.unit.test_render import site_of

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.model import Briefing

FRONT = "---\ntitle: Div\ndate: 2026-01-10\nsummary: s.\n---\n\nLede.\n\n"
DIV = '<div class="box">\n\n## Heading in div\n\nText in div.\n\n</div>\n'
DETAILS = "<details><summary>More</summary>\n\n## FAQ\n\nAnswer.\n\n</details>\n"
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"})


def parse(body: str, *, unsafe_html: bool = True) -> tuple[Briefing, list[str]]:
    """Return the briefing of `body` and its warnings as `line:col: message`."""
    briefing, diagnostics = parse_briefing("content/d.md", FRONT + body, unsafe_html=unsafe_html)
    assert briefing is not None, diagnostics
    return briefing, [f"{d.pos.line}:{d.pos.column}: {d.message}" for d in diagnostics]


class _Nesting(HTMLParser):
    """Records each end tag that does not close the innermost open element."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            line = self.getpos()[0]
            self.problems.append(f"line {line}: </{tag}> closes <{self.open[-1:]}>")


def nesting_problems(tmp_path: Path, briefing: Briefing) -> list[str]:
    """Return the end tags of the briefing's page that close another element than theirs."""
    html = Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
    nesting = _Nesting()
    nesting.feed(html)
    nesting.close()
    return [*nesting.problems, *(f"<{tag}> never closed" for tag in nesting.open)]


@pytest.mark.parametrize(("body", "name"), [(DIV, "div"), (DETAILS, "details")])
def test_heading_inside_raw_html_is_a_paragraph_with_a_warning(
    tmp_path: Path, body: str, name: str
) -> None:
    """It opened a section inside the author's element: the page's `</div>` closed the
    element, and the author's end tag the section (vnu: "Unclosed element section")."""
    briefing, warnings = parse(body)
    assert briefing.sections == ()
    kinds = [type(block) for block in briefing.lede]
    assert kinds == [Paragraph, RawHtml, Paragraph, Paragraph, RawHtml]
    assert warnings == [
        f"11:1: heading inside the raw HTML `<{name}>` opened on line 9 is shown as a paragraph"
    ]
    assert nesting_problems(tmp_path, briefing) == []


def test_heading_after_a_closed_raw_element_starts_a_section(tmp_path: Path) -> None:
    body = '<div class="box">\n\nText.\n\n</div>\n\n## Next\n\n<svg><path d=""/></svg>\n\n## Last\n'
    briefing, warnings = parse(body)
    assert [section.anchor for section in briefing.sections] == ["next", "last"]
    assert warnings == []
    assert nesting_problems(tmp_path, briefing) == []


def test_heading_inside_nested_raw_elements_names_the_innermost() -> None:
    body = "<section>\n<div>\n\nText.\n\n</div>\n\n### Inside\n\n</section>\n"
    briefing, warnings = parse(body)
    assert briefing.sections == ()
    assert warnings == [
        "16:1: heading inside the raw HTML `<section>` opened on line 9 is shown as a paragraph"
    ]


def test_raw_element_never_closed_is_a_warning_at_its_start_tag() -> None:
    body = "Text.\n\n  <div class='a'><p>Open\n\n## Heading\n"
    briefing, warnings = parse(body)
    assert briefing.sections == ()
    assert warnings == [
        "13:1: heading inside the raw HTML `<div>` opened on line 11 is shown as a paragraph",
        "11:3: raw HTML `<div>` is never closed",
    ]


def test_untrusted_raw_html_leaves_the_sections_alone() -> None:
    """Shown as text, `<div>` opens nothing: the heading still starts a section."""
    briefing, _ = parse(DIV, unsafe_html=False)
    assert [section.anchor for section in briefing.sections] == ["heading-in-div"]


def test_raw_elements_never_closed_are_one_warning_at_the_outermost() -> None:
    body = "<div>\n<details>\n<section>\n\n## Heading\n"
    _, warnings = parse(body)
    assert warnings[1:] == ["9:1: raw HTML `<div>` is never closed"]


@pytest.mark.parametrize(
    ("body", "html", "warning"),
    [
        ("Text with <b>bold.\n", "Text with <b>bold.</b>", "9:11: raw HTML `<b>`"),
        (
            'See <a href="https://x.org">the <i>report</i>.\n',
            'See <a href="https://x.org">the <i>report</i>.</a>',
            "9:5: raw HTML `<a>`",
        ),
        ("- A <span>x <em>y\n", "A <span>x <em>y</em></span>", "9:5: raw HTML `<span>`"),
        ("Fine <b>x</b>, <br>, <abbr>A</abbr>.\n", "Fine <b>x</b>, <br>, <abbr>A</abbr>.", None),
        (  # placed on its own line, past a tag written over two lines
            '<span\nclass="a">x</span> and <b>y\n',
            '<span\nclass="a">x</span> and <b>y</b>',
            "10:24: raw HTML `<b>`",
        ),
    ],
)
def test_inline_raw_element_never_closed_is_ended_with_its_text(
    body: str, html: str, warning: str | None
) -> None:
    """A browser carried an unclosed `<b>` (or `<a>`) on through every later block to the
    page's end, the theme's notes and footer too, with no warning."""
    briefing, warnings = parse(body)
    block = briefing.lede[1]
    if isinstance(block, BulletList):
        assert block.items[0].text.html == html
    else:
        assert isinstance(block, Paragraph)
        assert block.text.html == html
    expected = [f"{warning} is never closed: the page ends it where its text ends"]
    assert warnings == (expected if warning else [])


@pytest.mark.parametrize(
    ("body", "warning"),
    [
        (
            '<div class="box">\n<b>Key finding\n</div>\n\n## Next\n',
            "10:1: raw HTML `<b>` is never closed: a browser carries it on past the `</div>` "
            "around it, to the page's end",
        ),
        (
            "<details><summary>More <a href='#x'>here</summary>Text.</details>\n",
            "9:24: raw HTML `<a>` is never closed: a browser carries it on past the "
            "`</summary>` around it, to the page's end",
        ),
        (
            "<div><span>x</div>\n",
            "9:6: raw HTML `<span>` is never closed: the `</div>` around it ends it, which makes "
            "the page invalid HTML",
        ),
        (  # a browser's table cell stops a formatting element: it is carried no further
            "<table><tr><td><b>x</table>\n",
            "9:16: raw HTML `<b>` is never closed: the `</table>` around it ends it, which makes "
            "the page invalid HTML",
        ),
        (
            "<table><tr><td><div><b>x</div>y</td></tr></table>\n",
            "9:21: raw HTML `<b>` is never closed: a browser carries it on past the `</div>` "
            "around it, to its table cell's end",
        ),
    ],
)
def test_raw_element_an_outer_end_tag_closes_is_a_warning(body: str, warning: str) -> None:
    """`</div>` closed the `<b>` inside it silently: a browser opens a formatting element
    again in every block after it, so the rest of the page was bold."""
    _, warnings = parse(body)
    assert warnings == [warning]


def _nesting_of(html: str) -> list[str]:
    """Return the end tags of `html` that close another element than theirs, and what it
    leaves open."""
    nesting = _Nesting()
    nesting.feed(html)
    nesting.close()
    return [*nesting.problems, *(f"<{tag}> never closed" for tag in nesting.open)]


@pytest.mark.parametrize(
    ("body", "html"),
    [
        (
            "See [a <b>bold](https://x.org) here.\n",
            'See <a href="https://x.org">a <b>bold</b></a> here.',
        ),
        (  # its own end tag after the link would stray: it is left out
            "[a <b>bold](https://x.org) here</b>, <b>x</b>.\n",
            '<a href="https://x.org">a <b>bold</b></a> here, <b>x</b>.',
        ),
    ],
)
def test_inline_raw_element_left_open_in_a_link_ends_with_the_link(body: str, html: str) -> None:
    """It was ended with the paragraph, after the link's `</a>`: `<a>a <b>bold</a></b>`."""
    briefing, warnings = parse(body)
    block = briefing.lede[1]
    assert isinstance(block, Paragraph)
    assert block.text.html == html
    assert _nesting_of(block.text.html) == []
    column = body.index("<b>") + 1
    assert warnings == [
        f"9:{column}: raw HTML `<b>` opened in a link's text is not closed in it: the page ends "
        "it where the link ends"
    ]


def test_inline_raw_element_from_a_term_into_its_text_ends_with_the_term() -> None:
    """The term's run ended it, and its end tag strayed into the `<dd>` (invalid HTML)."""
    body = "- **<span>Refugee:** A <i>person</span> here</i>\n- **Asylum:** A claim\n"
    briefing, warnings = parse(body)
    block = briefing.lede[1]
    assert isinstance(block, BulletList)
    term, text = block.items[0].term, block.items[0].text
    assert term is not None
    assert (term.html, text.html) == ("<span>Refugee</span>", "A <i>person here</i>")
    assert _nesting_of(term.html) == _nesting_of(text.html) == []
    assert warnings == [
        "9:5: raw HTML `<span>` opened in the term is closed in its text: the page ends it with "
        "the term, shown apart from its text"
    ]


def test_formatting_element_never_closed_inside_another_is_a_warning_too() -> None:
    """Only the outermost element left open was warned of: an `<em>` inside it, which a
    browser carries on through the rest of the page, the notes and footer too, went unsaid."""
    _, warnings = parse("<details><summary>More</summary>\n<p>Text <em>stressed\n")
    assert warnings == [
        "9:1: raw HTML `<details>` is never closed",
        "10:9: raw HTML `<em>` is never closed: a browser carries it on to the page's end, its "
        "notes and footer too",
    ]


def test_raw_end_tag_that_ends_no_element_of_the_briefing_is_a_warning() -> None:
    """A `</div>` left behind when its `<div>` was deleted ended the page's own `<div>` around
    the text, so the theme's end tags closed the wrong elements, with no warning."""
    _, warnings = parse("Text.\n\n  </div></b>\n\n## Next\n")
    assert warnings == [
        "11:3: raw HTML `</div>` ends no element this briefing opened: it would end one of the "
        "page's own, breaking its layout"
    ]  # not the `</b>`, which a browser ignores


def test_inline_end_tag_that_ends_nothing_its_text_opened_is_a_warning() -> None:
    """The README's promise held for a `</div>` on a line of its own only: one inside a
    paragraph, an item or a link's text (`Text </div> more`) ended the page's own `<div>`
    around the text as well, silently."""
    body = (
        "More </div> text, a </b> and a </span>.\n\n- item </section>\n\n"
        "A [link </ul> text](https://example.org/) and <div>x</div>.\n\n"
        "[a <div>b](https://example.org/) then </div>.\n\n| a |\n|---|\n| x </div> |\n"
    )
    _, warnings = parse(body)
    said = "ends no element its text opened: a browser ends the page's"
    cell = "around it with it (in a table's cell, drops it as invalid HTML)"
    assert warnings == [
        f"9:6: raw HTML `</div>` {said} `<div>` {cell}",
        f"11:8: raw HTML `</section>` {said} `<section>` {cell}",
        f"13:9: raw HTML `</ul>` {said} `<ul>` {cell}",
        "15:4: raw HTML `<div>` opened in a link's text is not closed in it: the page ends it "
        "where the link ends",
        f"19:5: raw HTML `</div>` {said} `<div>` {cell}",
    ]  # not the `</b>` or `</span>`, which a browser ignores, nor the `</div>` left out


def test_raw_html_of_many_open_elements_is_read_in_linear_time() -> None:
    """Each stray end tag, and each `/>`, once looked through every open element."""
    body = "<div>\n" + "<span>" * 15_000 + "</b>" * 15_000 + "<x-icon/>" * 15_000 + "\n\n## H\n"
    (_, warnings), seconds, bound = cpu_seconds_within(lambda: parse(body), 2)
    assert len(warnings) == 2
    # Each end tag looking through the open elements again would take 5e-8 * 15_000**2 = 11 s.
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


def test_inline_end_tags_of_no_open_element_are_read_in_linear_time() -> None:
    """Each inline end tag that closes nothing (a line of `<b>` then of `</i>`) looked through
    every element the run held open: 20,000 of each took 24 s to parse."""
    tags, at = InlineTags(), SourcePos("content/d.md", 9, 1)
    started = cpu_seconds()
    for tag in ["<b>"] * 15_000 + ["</i>"] * 15_000 + ["</b>"]:
        tags.read(Token("html_inline", "", 0, content=tag), at)
    seconds = cpu_seconds() - started
    assert [name for name, _ in tags.open] == ["b"] * 14_999
    # Looked through again for each, 15,000 end tags walk 15,000 open elements: 5 s.
    assert seconds < 0.5, f"took {seconds:.1f} s"


def test_raw_html_comment_never_ended_hides_the_rest_in_linear_time() -> None:
    """A browser reads a `<!--` no `-->` ends as a comment to the end; Python's HTML parser
    read each such `<!--` to the end again: 20,000 of them took 12 s."""
    body = "<div>Shown <!-- hidden <section>" + " <!--" * 20_000 + "</div>\n\n## H\n"
    (briefing, warnings), seconds, bound = cpu_seconds_within(lambda: parse(body), 2)
    block = briefing.lede[1]
    assert isinstance(block, RawHtml)
    assert block.text.text == "Shown"
    assert warnings[0].startswith("9:12: unclosed HTML comment `<!--` hides everything after")
    assert warnings[2:] == ["9:1: raw HTML `<div>` is never closed"]  # no `<section>`
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


def test_raw_html_comment_never_ended_hides_no_more_than_its_block(tmp_path: Path) -> None:
    """Written out as it was, it hid the rest of the page in a browser, the next section, the
    notes and the footer, with no warning."""
    body = "<p>Shown</p>\n  <!-- TODO: check the figures\n\n## Next\n\nText.\n"
    briefing, warnings = parse(body)
    assert warnings == ["10:3: unclosed HTML comment `<!--` hides everything after it, to line 10"]
    html = Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
    browser_reads = re.sub(r"<!--.*?(?:-->|\Z)", "", html, flags=re.DOTALL)
    assert 'id="next"' in browser_reads
    assert browser_reads.rstrip().endswith("</html>")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("<textarea rows='3'>Draft wording\n", "textarea"),
        ('<iframe src="https://datawrapper.dwcdn.net/x/" width="600">\n', "iframe"),
        ("<p>A <title>Half</p>\n", "title"),
    ],
)
def test_raw_element_read_as_text_and_never_ended_ends_with_its_block(
    tmp_path: Path, body: str, name: str
) -> None:
    """A browser reads what follows a `<textarea>` or `<iframe>` as its text up to its end tag:
    never ended, it took in the rest of the page, the theme's notes and footer too."""
    briefing, _ = parse(body + "\nText.\n")
    html = Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
    _, opened, rest = html.partition("<main")[2].partition(f"<{name}")
    assert opened
    _, ended, browser_reads = rest.partition(f"</{name}>")
    assert ended
    assert "</main>" in browser_reads


def test_raw_element_read_as_text_ended_with_its_block_holds_no_heading_below() -> None:
    """The page ends a never-ended `<iframe>` with its block, so the heading after it starts a
    section, as it does in a browser, and is not a paragraph inside the element."""
    briefing, warnings = parse('<iframe src="https://x.org/e">\n\n## Next\n\nText.\n')
    assert [section.heading.text for section in briefing.sections] == ["Next"]
    assert [found for found in warnings if "never closed" in found or "heading" in found] == [
        "9:1: raw HTML `<iframe>` is never closed: the page ends it where its block ends"
    ]


@pytest.mark.parametrize(
    "block",
    [
        '<img alt="a <!-- b" src="x.png">',
        '<p title="<textarea>">x</p>',
        '<div title="<script>"><textarea>a </div> <!-- b</textarea></div>',
        "<div><textarea>a </div> b</textarea></div>",  # read as markup by Python 3.11 alone
        "<p>Scores <![ 3 ]]> here.</p>",  # a bogus comment: Python's parser failed on it
        "<div><!--> </div> -->",  # an empty comment: Python's parser read one to the `-->`
    ],
)
def test_raw_html_in_an_attribute_or_a_text_element_opens_nothing(block: str) -> None:
    """A `<!--` or `<textarea>` in a quoted attribute value was taken for a comment or an
    element never ended, a ` -->` or `</textarea>` added to the page; and Python 3.11's
    parser read a `<textarea>`'s text as markup, its `</div>` ending the `<div>`."""
    briefing, warnings = parse(f"{block}\n\n## Next\n")
    assert warnings == []
    block_html = briefing.lede[1]
    assert isinstance(block_html, RawHtml)
    assert block_html.text.html == block
    assert [section.anchor for section in briefing.sections] == ["next"]


@pytest.mark.parametrize(
    ("block", "ended", "warned"),
    [
        ('<p class="note', '<p class="note">', "9:1: raw HTML tag `<p`"),
        ("<div>\nText.\n</div", "<div>\nText.\n</div>", "11:1: raw HTML tag `</div`"),  # not `<`
        ("<p>A <?x", "<p>A <?x>", "9:6: raw HTML tag `<?x`"),  # a bogus comment: its text
    ],
)
def test_raw_tag_never_ended_ends_with_its_block(block: str, ended: str, warned: str) -> None:
    """A browser read the page after `<p class="note` as its attributes, up to a quote in the
    theme's markup (after `<?x`, as a comment up to a `>`): the next section and the notes were
    lost, with no warning."""
    briefing, diagnostics = parse_briefing(
        "content/d.md", f"{FRONT}{block}\n\n## Next\n", unsafe_html=True
    )
    assert briefing is not None
    html = briefing.lede[1]
    assert isinstance(html, RawHtml)
    assert html.text.html == ended
    assert [section.anchor for section in briefing.sections] == ["next"]
    taken = "comment" if "?" in block else "attributes"
    assert [(f"{d.pos.line}:{d.pos.column}: {d.message}", d.hint) for d in diagnostics] == [
        (
            f"{warned} has no `>`: the page ends it where its block ends",
            f"end it with `{ended.removeprefix(block)}`: a browser would read the rest of the "
            f"page as its {taken}",
        )
    ]
