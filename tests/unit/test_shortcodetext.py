"""Hugo's shortcodes are shown as written, as their warning says: no emphasis, link or HTML
is read inside one (content/shortcodetext.py)."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from briefgen.content.parse import parse_briefing
from briefgen.content.shortcodetext import keep_shortcodes_as_text
from briefgen.model import Paragraph
from tests.conftest import least_cpu_seconds_beside

FRONT = "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n\n"


def _lede_html(body: str) -> str:
    briefing, _ = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    [paragraph] = briefing.lede
    assert isinstance(paragraph, Paragraph)
    return paragraph.text.html


@pytest.mark.parametrize(
    ("body", "html"),
    [
        (
            "See {{< /* figure */ >}} and {{</* ref x */>}}.\n",
            "See {{&lt; /* figure */ &gt;}} and {{&lt;/* ref x */&gt;}}.",
        ),
        (
            '{{% note title="*Key* https://example.org" %}} and *this*.\n',
            "{{% note title=&quot;*Key* https://example.org&quot; %}} and <em>this</em>.",
        ),
    ],
)
def test_a_shortcode_is_shown_as_written(body: str, html: str) -> None:
    """The `*`s of Hugo's comment form `{{</* … */>}}` paired as emphasis across two."""
    assert _lede_html(body) == html


def test_a_shortcode_wrapped_onto_later_lines_is_shown_as_written() -> None:
    """Its lines as a paragraph's, joined by a line break; no emphasis read inside."""
    body = '{{< figure src="a.png"\n  caption="*Key* chart" >}} and *this*.\n'
    assert _lede_html(body) == (
        "{{&lt; figure src=&quot;a.png&quot;\ncaption=&quot;*Key* chart&quot; &gt;}} and "
        "<em>this</em>."
    )


def test_a_shortcode_closed_only_after_the_next_opens_is_not_taken_to_that_close() -> None:
    assert _lede_html("A {{< x *y*\n{{< z >}}\n") == "A {{&lt; x <em>y</em>\n{{&lt; z &gt;}}"


def test_an_unclosed_shortcode_leaves_the_line_read_as_before() -> None:
    assert _lede_html("A {{< x and *y*\n") == "A {{&lt; x and <em>y</em>"


def test_a_line_of_unclosed_shortcodes_is_read_in_linear_time() -> None:
    """Each `{{<` looked for its close to the line's end: eight times the line took some
    thirty-five times as long."""
    parser = MarkdownIt("commonmark").use(keep_shortcodes_as_text)
    small_text, large_text = ("{{< " * count + "\n>}}\n" for count in (4_000, 32_000))

    # In turns, so a busy neighbour's burst slows both sizes alike.
    large, small = least_cpu_seconds_beside(
        lambda: parser.parse(large_text),
        lambda: parser.parse(small_text),
        bound=lambda small: 20 * small,
    )
    assert large / small < 20, f"{small:.3f} s, then {large:.3f} s"
