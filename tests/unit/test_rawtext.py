"""Comments and text elements of trusted raw HTML found as a browser finds them: past tags,
whose quoted attribute values hold no markup, in linear time."""

from __future__ import annotations

import pytest

from briefgen.content.rawtext import left_open_text, readable_markup, without_comments
from briefgen.content.shown import shown_text
from tests.conftest import least_cpu_seconds_beside


@pytest.mark.parametrize(
    ("markup", "left_open", "readable"),
    [
        ('<img alt="a <!-- b" src="x.png">', None, None),
        ("<a title='<textarea>'>x</a> <b>y</b>", None, None),
        ('<p title="<script>">a <!-- b', (22, " -->"), '<p title="<script>">a ' + " " * 6),
        ("<textarea rows=3>Draft <b>", (0, "</textarea>"), "<textarea rows=3>Draft  b></textarea>"),
        (
            "<div><TEXTAREA>a </div> <!-- b</textarea ></div>",
            None,
            "<div><TEXTAREA>a  /div>  !-- b</textarea ></div>",
        ),
        ("<!--> <!---> <!-- <textarea> --> x", None, " " * 32 + " x"),  # comments show nothing
        ('<a b"c <!-- d">e', None, None),  # a quote in a name opens no value
        ('x <a title="y <!-- z', (2, '">'), 'x <a title="y <!-- z">'),  # a tag never ended
        ("x <a b=y<!-- c", (2, ">"), "x <a b=y<!-- c>"),  # an unquoted value runs to a space
        # A bogus comment shows nothing: Python's parser failed on `<![ 3` (AssertionError).
        ("<p>a <![ 3 ]]> b <!DOCTYPE html></p>", None, "<p>a           b                </p>"),
        ("a <?x b", (2, ">"), "a      "),  # never ended: the page ends it with a `>`
    ],
)
def test_raw_text_reads_attribute_values_as_the_tags(
    markup: str, left_open: tuple[int, str] | None, readable: str | None
) -> None:
    """A `<!--` or `<textarea>` in a quoted attribute value was read as a comment or an
    element never ended: a false warning, and a ` -->` or `</textarea>` added to the page."""
    assert left_open_text(markup) == left_open
    assert readable_markup(markup) == (markup if readable is None else readable)


@pytest.mark.parametrize(
    ("line", "parsed"),
    [
        ('<img alt="a <!-- b" src=x.png>', False),
        ('<a title="<!-- <textarea> ', False),
        ("<title>a<!--b</title>", False),
        ("<?x </ y ", True),  # Python's HTML parser read each to the end again
    ],
    ids=["quoted-comments", "quote-never-closed", "text-elements", "bogus-comments"],
)
def test_raw_text_reads_a_hostile_line_in_linear_time(line: str, *, parsed: bool) -> None:
    """Four times the line takes about four times as long (a quadratic scan, sixteen); and
    read by Python's HTML parser (`parsed`) too."""

    def read(count: int) -> object:
        markup = line * count
        found = left_open_text(markup), readable_markup(markup), without_comments(markup)
        return (found, shown_text(markup)) if parsed else found

    seconds, small = least_cpu_seconds_beside(
        lambda: read(8_000), lambda: read(2_000), bound=lambda small: 8 * small + 0.005
    )
    assert seconds < 8 * small + 0.005, f"took {seconds:.2f} s, a fourth {small:.2f} s"
