"""A content/ SVG that could run script opened on its own is refused, however it hides it."""

from __future__ import annotations

import pytest

from briefgen.build.svgscript import script_problem

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40">'
HIDDEN_BY_DECLARATIONS = {
    "entity in a link": b'<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY j "javascript">]>\n'
    + SVG
    + b'<a href="&j;:alert(document.domain)"><text x="5" y="20">click</text></a></svg>',
    "entity splitting the word": b'<!DOCTYPE svg [<!ENTITY s "script">]>\n'
    + SVG
    + b'<a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="java&s;:alert(1)">'
    b"<text>x</text></a></svg>",
    "parameter entity writing a script element": b'<?xml version="1.0"?>\n<!DOCTYPE svg [\n'
    b"<!ENTITY % p \"&#60;!ENTITY x '&#38;#60;script&#38;#62;alert(document.domain)"
    b"&#38;#60;/script&#38;#62;'&#62;\">\n%p;\n]>\n" + SVG + b"&x;<text>hi</text></svg>",
    "odd spacing and case": b'<!DOCTYPE svg [<! entity\tj "javascript">]>' + SVG + b"</svg>",
    "external parameter entity": b'<!DOCTYPE svg [<!ENTITY % e SYSTEM "e.dtd"> %e;]>'
    + SVG
    + b"</svg>",
    "default handler attribute": b"<!DOCTYPE svg [<!ATTLIST svg onload CDATA \"alert('x')\">]>"
    + SVG
    + b"</svg>",
}


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


PLAIN = {
    "svg 1.1 doctype": b'<?xml version="1.0" standalone="no"?>\n<!DOCTYPE svg PUBLIC '
    b'"-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
    + SVG
    + b"<text>hi</text></svg>",
    # Browsers load no external DTD, so what it declares never reaches the SVG.
    "external dtd": b'<!DOCTYPE svg SYSTEM "chart.dtd">\n' + SVG + b"<text>hi</text></svg>",
    "words in the text": SVG + b"<text>ENTITY, ATTLIST and DOCTYPE</text></svg>",
}


@pytest.mark.parametrize("svg", PLAIN.values(), ids=PLAIN)
def test_script_problem_accepts_an_svg_without_declarations(svg: bytes) -> None:
    assert script_problem(svg, "content/c.svg") is None
