"""An SVG's size in CSS pixels, read from its `<svg>` tag as a browser reads it for an `<img>`.

Drawing tools write the size in the unit their users draw in: Inkscape in `mm`, matplotlib
and Graphviz in `pt`. CSS fixes every absolute unit in pixels (96 to the inch), so the page's
`width` and `height` are those of the browser's own sizing. A unit only a layout resolves
(`100%`, `20em`, `50vw`) has no size in pixels before the page is laid out.
"""

from __future__ import annotations

import re

from briefgen.build.brokenimages import MAX_SIDE

SVG_HEAD_BYTES = 16 * 1024
"""How much of an SVG is read for its `<svg>` tag."""
# The SVG patterns are strings left to `re`'s cache, compiled when a build first reads an SVG:
# compiling them costs 3 M instructions, and most sites have none.
SVG_TAG = rb"(?i)<svg\b[^>]*>"
_VIEW_BOX = rb"""\sviewBox\s*=\s*["']\s*[-\d.eE]+[\s,]+[-\d.eE]+[\s,]+([\d.eE]+)[\s,]+([\d.eE]+)"""
_LENGTH = (
    rb"""\s%s\s*=\s*(["'])\s*([+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*([a-zA-Z%%]*)\s*\1"""
)
_PX_PER_UNIT = {
    "": 1.0,
    "px": 1.0,
    "in": 96.0,
    "cm": 96 / 2.54,
    "mm": 96 / 25.4,
    "q": 96 / 101.6,  # a quarter of a millimetre
    "pt": 96 / 72,
    "pc": 16.0,
}
"""CSS pixels in one of each absolute unit (CSS Values 4, §6.2), by the unit in lower case."""

Side = float | str | None
"""A side of the `<svg>` tag: in pixels (-1 when it is no number), as written in a unit only a
layout sizes (`width="100%"`), or None when the tag leaves it out."""


def svg_size(data: bytes) -> tuple[tuple[float, float], str | None]:
    """Return an SVG's width and height in CSS pixels (-1 for none), and the side written in
    a unit only a layout sizes (`width="100%"`) when the viewBox gives the size in its stead.

    Both sides in absolute units are the size; one left out follows from the other and the
    viewBox's shape; else the viewBox is the size. Only the `<svg ...>` tag is read, with a
    regular expression: no XML parser, so no entity expansion or external fetch can be
    triggered by the file. (imagesize reads width= from any element, a <rect>'s too.)
    """
    tag = re.search(SVG_TAG, data[:SVG_HEAD_BYTES])
    if tag is None:
        return (-1, -1), None
    width, height = _side(tag[0], "width"), _side(tag[0], "height")
    if isinstance(width, float) and isinstance(height, float) and _readable(width, height):
        return (width, height), None
    box = _view_box(tag[0])
    if box is None:
        return (-1, -1), None
    box_width, box_height = box
    if _readable(box_width, box_height):
        if isinstance(width, float) and height is None and _readable(width):
            return (width, width * box_height / box_width), None
        if isinstance(height, float) and width is None and _readable(height):
            return (height * box_width / box_height, height), None
    relative = next((f'{name}="{side}"' for name, side in _named(width, height) if side), None)
    return (box_width, box_height), relative


def _named(width: Side, height: Side) -> tuple[tuple[str, str], ...]:
    """Return the sides written in a unit only a layout sizes, by attribute name."""
    sides = (("width", width), ("height", height))
    return tuple((name, side) for name, side in sides if isinstance(side, str))


def _side(tag: bytes, name: str) -> Side:
    """Return the attribute `name` of the svg tag in pixels, as written when its unit is not
    absolute, or None when the tag has no such attribute."""
    found = re.search(_LENGTH % name.encode(), tag)
    if found is None:
        return -1.0 if re.search(rb"\s" + name.encode() + rb"\s*=", tag) else None
    number, unit = found[2].decode(), found[3].decode()
    scale = _PX_PER_UNIT.get(unit.lower())
    if scale is None:
        return number + unit
    return float(number) * scale


def _view_box(tag: bytes) -> tuple[float, float] | None:
    """Return the viewBox's width and height (-1 for one that is no number), or None."""
    box = re.search(_VIEW_BOX, tag)
    if box is None:
        return None
    try:
        return float(box[1]), float(box[2])
    except ValueError:
        return -1, -1


def _readable(*sides: float) -> bool:
    """Whether every side is a size a page can use: more than 0, at most MAX_SIDE."""
    return all(0 < side <= MAX_SIDE for side in sides)  # False for NaN too
