"""Tell apart the image files a briefing's PDF cannot print, so the build can say so.

WeasyPrint prints a picture it cannot load as its alt text and only logs why; these are the
ways a file the page shows still fails in the PDF, found from the file before printing.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

PILLOW_PIXEL_LIMIT = 2 * 89_478_485
"""Pillow refuses to open a larger picture (a "decompression bomb"), so WeasyPrint cannot."""
_STYLE = rb"<style\b([^>]*)>"
"""A `<style>` start tag (XML: lower case); its element ends at the next `</style`."""
_CSS_TYPE = rb"""(?i)\btype\s*=\s*["']\s*text/css\s*["']"""
_ANY_TYPE = rb"(?i)\btype\s*="
# Strings left to `re`'s cache, as in images.py: most sites have no SVG to read them on.


def pdf_problem(real: Path, width: int | None, height: int | None) -> tuple[str, str] | None:
    """Return why the PDF would print the image's alt text instead, and what to do, or None."""
    if real.suffix.lower() == ".svg":
        try:
            svg = real.read_bytes()
        except OSError:
            return None  # image_problem has reported it
        if re.search(rb"(?i)@import", svg) and _fetches_a_stylesheet(svg):
            return (
                "its `@import` is never fetched, and WeasyPrint then leaves out the whole SVG",
                "remove the `@import` from the SVG's `<style>` (export it with the text outlined)",
            )
        return None
    if width is not None and height is not None and width * height > PILLOW_PIXEL_LIMIT:
        return (
            f"its {width:,} by {height:,} pixels are more than the "
            f"{round(PILLOW_PIXEL_LIMIT / 1_000_000)} million WeasyPrint can load",
            "save a smaller copy for the briefing (4,000 pixels wide prints sharp on A4)",
        )
    return None


def _fetches_a_stylesheet(svg: bytes) -> bool:
    """Whether a `<style>` of the SVG has an `@import` WeasyPrint fetches, read as it reads
    it (`weasyprint/svg/css.py`): a rule whose prelude is one string or unquoted `url(…)`,
    with or without its `;`. It skips the quoted `url("…")` of Google Fonts' embed code and
    one with media types, and prints the SVG."""
    import tinycss2  # WeasyPrint's own CSS parser, there whenever PDFs are

    for style in re.finditer(_STYLE, svg):
        end = svg.find(b"</style", style.end())
        if end == -1:
            return False  # no style closes after this one: no XML parser reads the SVG
        attributes, body = style[1], svg[style.end() : end]
        if re.search(_ANY_TYPE, attributes) and not re.search(_CSS_TYPE, attributes):
            continue  # WeasyPrint reads only `text/css` styles
        rules = tinycss2.parse_stylesheet(
            _element_text(body.decode("utf-8", "replace")), skip_comments=True, skip_whitespace=True
        )
        # `@import x;` has no block (`content`); one with a block is no import WeasyPrint reads.
        imports = [
            r.prelude
            for r in rules
            if r.type == "at-rule" and r.lower_at_keyword == "import" and r.content is None
        ]
        if any(tinycss2.parse_one_component_value(p).type in ("string", "url") for p in imports):
            return True
    return False


def _element_text(body: str) -> str:
    """Return the text an XML parser gives a `<style>` element: its characters up to its
    first child element, entities decoded and CDATA sections read as text."""
    parts: list[str] = []
    at = 0
    while (tag := body.find("<", at)) != -1:
        parts.append(html.unescape(body[at:tag]))
        if body.startswith("<![CDATA[", tag):
            end = body.find("]]>", tag)
            end = len(body) if end == -1 else end
            parts.append(body[tag + 9 : end])
            at = end + 3
        elif body.startswith("<!--", tag):
            end = body.find("-->", tag)
            at = len(body) if end == -1 else end + 3
        else:
            return "".join(parts)  # a child element: the element's text ends here
    parts.append(html.unescape(body[at:]))
    return "".join(parts)
