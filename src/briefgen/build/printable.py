"""Tell apart the image files a briefing's PDF cannot print, so the build can say so.

WeasyPrint prints a picture it cannot load as its alt text and only logs why; these are the
ways a file the page shows still fails in the PDF, found from the file before printing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from xml.etree import ElementTree

PILLOW_PIXEL_LIMIT = 2 * 89_478_485
"""Pillow refuses to open a larger picture (a "decompression bomb"), so WeasyPrint cannot."""
_SVG_STYLE = "{http://www.w3.org/2000/svg}style"
"""The only `<style>` WeasyPrint reads: an element of the SVG namespace."""
MOST_REPEATED = 100_000
"""How many elements an SVG's `<use>` elements may draw over those the file writes: WeasyPrint
draws each repeat as an element of its own, 100,000 of them in about 25 s of CPU, and ten
`<use>` of ten `<use>`… eight deep, 2 KB, draw 100 million (hours: the build hung)."""
_REPEATS = rb"<(?:[^\s<>/!?:=\"']+:)?use[\s/>]|url\("
"""A `<use>` start tag, with a namespace prefix or not, or a `url(`: the cheap test before
parsing."""
_HREFS = ("{http://www.w3.org/1999/xlink}href", "href")
"""Where WeasyPrint reads a `<use>`'s reference, in this order."""
_DRAWN_AGAIN = ("clip-path", "mask", "marker", "marker-start", "marker-mid", "marker-end", "style")
"""Attributes whose `url(#id)` has WeasyPrint draw that element's contents once more, for the
element they are on: ten shapes each clipped by ten shapes each clipped… nest as `<use>`s do."""
_URL_ID = pattern(r"url\(\s*['\"]?#([^)'\"\s]+)")
_STYLE_DRAWN_AGAIN = pattern(
    r"(?:^|;)\s*(?:clip-path|mask|marker(?:-start|-mid|-end)?)\s*:([^;]*)", re.IGNORECASE
)
"""A `style` attribute's declaration of one of `_DRAWN_AGAIN`, its value: a `fill:url(#g)`
beside it paints a gradient, and draws no element again."""


def pdf_problem(svg: bytes | None, width: int | None, height: int | None) -> tuple[str, str] | None:
    """Return why the PDF would print the image's alt text instead, and what to do, or None;
    `svg` is the file's bytes when it is an SVG, None for a raster picture."""
    if svg is not None:
        if re.search(rb"(?i)@import", svg) and _fetches_a_stylesheet(svg):
            return (
                "its `@import` is never fetched, and WeasyPrint then leaves out the whole SVG",
                "remove the `@import` from the SVG's `<style>` (export it with the text outlined)",
            )
        if re.search(_REPEATS, svg) and (repeated := _repeated_elements(svg)) > MOST_REPEATED:
            many = f"{repeated:,}" if repeated <= 10 * MOST_REPEATED else "over 1,000,000"
            return (
                f"its `<use>` elements, clip paths, masks or markers repeat others into {many} "
                "more elements to draw, past "
                f"the {MOST_REPEATED:,} WeasyPrint prints in a minute",
                "draw the repeated shapes once, or export the drawing as PNG",
            )
        return None
    return pixels_problem(width, height)


def pixels_problem(width: int | None, height: int | None) -> tuple[str, str] | None:
    """Return why the PDF would print a raster picture of this size (a file's or a `data:`
    image's) as its alt text, and what to do, or None."""
    if width is not None and height is not None and width * height > PILLOW_PIXEL_LIMIT:
        return (
            f"its {width:,} by {height:,} pixels are more than the "
            f"{round(PILLOW_PIXEL_LIMIT / 1_000_000)} million WeasyPrint can load",
            "save a smaller copy for the briefing (4,000 pixels wide prints sharp on A4)",
        )
    return None


def _fetches_a_stylesheet(svg: bytes) -> bool:
    """Whether a `<style>` of the SVG has an `@import` WeasyPrint fetches, read as WeasyPrint
    reads it (`weasyprint/svg/css.py`): the SVG parsed by ElementTree, each `text/css` style's
    text by tinycss2, and an `@import` with no block whose prelude is one string or unquoted
    `url(…)`, with or without its `;`. It skips the quoted `url("…")` of Google Fonts' embed
    code and one with media types, and prints the SVG."""
    from xml.etree import ElementTree

    import tinycss2  # WeasyPrint's own CSS parser, there whenever PDFs are

    try:
        tree = ElementTree.fromstring(svg)
    except ElementTree.ParseError:
        return False  # WeasyPrint cannot read the SVG at all, whatever it imports
    for style in tree.iter(_SVG_STYLE):
        if style.get("type", "text/css") != "text/css" or not style.text:
            continue
        rules = tinycss2.parse_stylesheet(style.text, skip_comments=True, skip_whitespace=True)
        imports = [
            r.prelude
            for r in rules
            if r.type == "at-rule" and r.lower_at_keyword == "import" and r.content is None
        ]
        if any(tinycss2.parse_one_component_value(p).type in ("string", "url") for p in imports):
            return True
    return False


def _repeated_elements(svg: bytes) -> int:
    """Return how many more elements WeasyPrint draws for the SVG than it writes, each `<use>`
    drawing a copy of the element its `href` names (`#id`, in the file; the first with that
    id) and all it holds, `<use>` elements in the copy too; a `<defs>` is drawn only through
    a `<use>`. Counted without recursion, each element once, and at most to past the limit,
    so a deep, looping or exponential file is read in time linear in its size."""
    from xml.etree import ElementTree

    try:
        root = ElementTree.fromstring(svg)
    except ElementTree.ParseError:
        return 0  # WeasyPrint cannot read the SVG at all
    elements = list(root.iter())
    ids: dict[str, ElementTree.Element] = {}
    for element in elements:
        if (name := element.get("id")) is not None:
            ids.setdefault(name, element)
    parts: dict[int, list[ElementTree.Element]] = {}
    """What each element draws, by its `id()`: a `<use>` its target, any other its children
    but a `<defs>` (WeasyPrint reads names in any namespace)."""
    for element in elements:
        if str(element.tag).rpartition("}")[2] == "use":
            href = element.get(_HREFS[0]) or element.get(_HREFS[1]) or ""
            drawn_too = [ids.get(href[1:])] if href[:1] == "#" else []
        else:
            drawn_too = [c for c in element if str(c.tag).rpartition("}")[2] != "defs"]
        for name in _DRAWN_AGAIN:
            if (value := element.get(name)) and "url(" in value:
                if name == "style":  # only its clip paths, masks and markers
                    value = ";".join(v[1] for v in _STYLE_DRAWN_AGAIN.finditer(value))
                drawn_too += [ids.get(found[1]) for found in _URL_ID.finditer(value)]
        parts[id(element)] = [part for part in drawn_too if part is not None]
    cap = 10 * MOST_REPEATED + len(elements) + 1
    drawn: dict[int, int] = {}
    """Elements drawn for an element and all it draws: 0 while it is being counted, so that a
    `<use>` reaching an element it is inside (WeasyPrint stops there) counts nothing more."""
    stack = [(root, False)]
    while stack:
        element, ready = stack.pop()
        key = id(element)
        if ready:
            drawn[key] = min(cap, 1 + sum(drawn[id(part)] for part in parts[key]))
        elif key not in drawn:
            drawn[key] = 0
            stack.append((element, True))
            stack.extend((part, False) for part in parts[key] if id(part) not in drawn)
    return max(0, drawn[id(root)] - len(elements))
