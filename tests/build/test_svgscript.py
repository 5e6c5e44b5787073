"""A content/ SVG that could run script opened on its own is refused, however it hides it."""

from __future__ import annotations

import pytest

from briefgen.build.svgscript import script_problem
from tests.build.hostile_svgs import (
    HIDDEN_BY_DECLARATIONS,
    HIDDEN_BY_ENCODING,
    HIDDEN_BY_QUOTING,
    HIDDEN_BY_XSLT,
    PLAIN,
)
from tests.cpubound import cpu_seconds_within


@pytest.mark.parametrize("svg", HIDDEN_BY_DECLARATIONS.values(), ids=HIDDEN_BY_DECLARATIONS)
def test_script_problem_refuses_declarations_in_the_doctype(svg: bytes) -> None:
    """A browser expands the DOCTYPE's entities and applies its attribute defaults: all three
    repros of round 23 ran in Chromium, one with no click, though no script showed in the text."""
    problem = script_problem(svg, "content/c.svg")
    assert problem is not None
    assert problem.startswith("`content/c.svg` declares ")
    assert "are refused, as they can hide script that would run on your site" in problem


def test_script_problem_names_the_declaration_it_refuses() -> None:
    entity = script_problem(HIDDEN_BY_DECLARATIONS["entity in a link"], "c.svg")
    assert entity == (
        "`c.svg` declares an entity in its DOCTYPE (`<!ENTITY`): entity declarations are "
        "refused, as they can hide script that would run on your site; export it without "
        "them, or as PNG"
    )
    attributes = script_problem(HIDDEN_BY_DECLARATIONS["default handler attribute"], "c.svg")
    assert attributes is not None
    assert attributes.startswith(
        "`c.svg` declares attributes in its DOCTYPE (`<!ATTLIST`): attribute declarations"
    )


@pytest.mark.parametrize("svg", HIDDEN_BY_XSLT.values(), ids=HIDDEN_BY_XSLT)
def test_script_problem_refuses_a_linked_stylesheet(svg: bytes) -> None:
    """XSLT writes what it likes, `concat('scr', 'ipt')` too: Chromium ran it from a `data:`
    URL and from another SVG of the site, which the check had let through as plain."""
    assert script_problem(svg, "c.svg") == (
        "`c.svg` links a stylesheet (`<?xml-stylesheet`), which can be XSLT that writes script "
        "that would run on your site; put its CSS in a `<style>` element, or export it as PNG"
    )


@pytest.mark.parametrize("svg", HIDDEN_BY_ENCODING.values(), ids=HIDDEN_BY_ENCODING)
def test_script_problem_refuses_an_encoding_that_hides_markup(svg: bytes) -> None:
    """Chromium ran the `<script>` of a UTF-16 and an ISO-2022-JP SVG, which the check read
    as UTF-8 and found none in."""
    problem = script_problem(svg, "c.svg")
    assert problem is not None
    assert problem.startswith("`c.svg` holds a control byte (0x")
    assert problem.endswith(
        "as UTF-16 and ISO-2022-JP text do, which can hide script that would run on your site; "
        "save it as UTF-8 without control characters, or export it as PNG"
    )


def test_script_problem_names_the_control_byte() -> None:
    problem = script_problem(PLAIN["words in the text"][:-6] + b"\x0c</svg>", "c.svg")
    assert problem is not None
    assert problem.startswith("`c.svg` holds a control byte (0x0C), ")


@pytest.mark.parametrize("svg", HIDDEN_BY_QUOTING.values(), ids=HIDDEN_BY_QUOTING)
def test_script_problem_finds_a_handler_after_a_quoted_greater_than(svg: bytes) -> None:
    """The search for handlers stopped at the first `>`, one in a quoted value too."""
    problem = script_problem(svg, "c.svg")
    assert problem is not None
    assert problem.startswith("`c.svg` holds an `onclick=` handler at its line 1: ")


def test_script_problem_takes_linear_time_on_unclosed_tags() -> None:
    """60 KB of `<a ` took 18 s: the handler search started again at every `<`."""
    problem, seconds, bound = cpu_seconds_within(
        lambda: script_problem(PLAIN["words in the text"] + b"<a " * 20_000, "c.svg"), 3
    )
    assert problem is None
    # CPU time, not the wall clock's, which a loaded machine stretches many times over.
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


@pytest.mark.parametrize("svg", PLAIN.values(), ids=PLAIN)
def test_script_problem_accepts_an_svg_without_declarations(svg: bytes) -> None:
    assert script_problem(svg, "content/c.svg") is None


_RUNS = ": opened on its own, the file could run script with it on your site"


@pytest.mark.parametrize(
    ("markup", "found"),
    [
        ("<script>alert(1)</script>", "a `<script>` element"),
        ("<s:script xmlns:s='x'/>", "a `<script>` element"),
        (
            "<foreignObject width='10' height='10'/>",
            "a `<foreignObject>` (HTML inside the SVG, as some charting tools write labels)",
        ),
        ("<IFRAME src='x'/>", "an `<iframe>` (a page inside the SVG)"),
        ("<embed src='x'/>", "an `<embed>` (a file inside the SVG)"),
        ("<object data='x'/>", "an `<object>` (a file inside the SVG)"),
        ("<rect onLoad='f()'/>", "an `onload=` handler"),
        ("<a href='java&#9;script:f()'>x</a>", "a `javascript:` link"),
    ],
)
def test_script_problem_names_what_it_found_and_its_line(markup: str, found: str) -> None:
    """A `<foreignObject>` was refused as holding "script (`<script>`, an `on…=` handler or a
    `javascript:` link)": a newsroom searched its chart for `<script>` and found none."""
    svg = f'<svg xmlns="http://www.w3.org/2000/svg">\n<text>Turnout</text>\n{markup}</svg>'
    assert script_problem(svg.encode(), "c.svg") == (
        f"`c.svg` holds {found} at its line 3{_RUNS}; export it without, or as PNG"
    )


def test_script_problem_counts_lines_in_the_file_as_written() -> None:
    """Each `&#10;` before the culprit, decoded, added a line to the one the message named."""
    svg = b"<svg>\n<text>a&#10;b&#10;c&#10;d</text>\n<foreignObject/>\n"
    svg += b"<a\n href='&#10;javascript:f()'/>"
    problem = script_problem(svg, "c.svg")
    assert problem is not None and " at its line 3: " in problem
    problem = script_problem(svg.replace(b"<foreignObject/>", b""), "c.svg")
    assert problem is not None and "a `javascript:` link at its line 5: " in problem


@pytest.mark.parametrize(
    "text",
    ["&lt;script&gt; tags run code", "&lt;rect onload=f()&gt;", "javascript: links are refused"],
)
def test_script_problem_accepts_markup_written_as_text(text: str) -> None:
    """`&lt;script&gt;` in a label was refused as "a `<script>` element": none was there."""
    svg = f'<svg xmlns="http://www.w3.org/2000/svg">\n<text>{text}</text></svg>'
    assert script_problem(svg.encode(), "c.svg") is None
