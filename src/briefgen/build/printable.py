"""Tell apart the image files a briefing's PDF cannot print, so the build can say so.

WeasyPrint prints a picture it cannot load as its alt text and only logs why; these are the
ways a file the page shows still fails in the PDF, found from the file before printing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

PILLOW_PIXEL_LIMIT = 2 * 89_478_485
"""Pillow refuses to open a larger picture (a "decompression bomb"), so WeasyPrint cannot."""
_SVG_IMPORT = rb"""(?i)@import\s*(?:"[^"]*"|'[^']*'|url\(\s*[^\s"'()]*\s*\))\s*;"""
"""An `@import` WeasyPrint fetches: a lone string or unquoted `url(…)`. It skips the quoted
`url("…")` that Google Fonts' embed code writes (not a URL token to its CSS parser), and one
with media types, and then prints the SVG. A string left to `re`'s cache, as in images.py."""


def pdf_problem(real: Path, width: int | None, height: int | None) -> tuple[str, str] | None:
    """Return why the PDF would print the image's alt text instead, and what to do, or None."""
    if real.suffix.lower() == ".svg":
        try:
            svg = real.read_bytes()
        except OSError:
            return None  # image_problem has reported it
        if re.search(_SVG_IMPORT, svg):
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
