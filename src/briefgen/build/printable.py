"""Tell apart the image files a briefing's PDF cannot print, so the build can say so.

WeasyPrint prints a picture it cannot load as its alt text and only logs why; these are the
ways a file the page shows still fails in the PDF, found from the file before printing.
"""

from __future__ import annotations

import re

PILLOW_PIXEL_LIMIT = 2 * 89_478_485
"""Pillow refuses to open a larger picture (a "decompression bomb"), so WeasyPrint cannot."""
_SVG_STYLE = "{http://www.w3.org/2000/svg}style"
"""The only `<style>` WeasyPrint reads: an element of the SVG namespace."""


def pdf_problem(svg: bytes | None, width: int | None, height: int | None) -> tuple[str, str] | None:
    """Return why the PDF would print the image's alt text instead, and what to do, or None;
    `svg` is the file's bytes when it is an SVG, None for a raster picture."""
    if svg is not None:
        if re.search(rb"(?i)@import", svg) and _fetches_a_stylesheet(svg):
            return (
                "its `@import` is never fetched, and WeasyPrint then leaves out the whole SVG",
                "remove the `@import` from the SVG's `<style>` (export it with the text outlined)",
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
