"""An SVG's size in CSS pixels, read from its `<svg>` tag as a browser reads it for an `<img>`,
and why that size is none a page can show it at.

Drawing tools write the size in the unit their users draw in: Inkscape in `mm`, matplotlib
and Graphviz in `pt`. CSS fixes every absolute unit in pixels (96 to the inch), so the page's
`width` and `height` are those of the browser's own sizing. A unit only a layout resolves
(`100%`, `20em`, `50vw`) has no size in pixels before the page is laid out, nor has a keyword
(`auto`, `inherit`) or a value browsers ignore, which leaves the side to the layout too.
`100%` is the one such size asked for on purpose (Mermaid and D3 write it): fill the column,
at the viewBox's shape, as the page shows it. The size shown and its checks are one reading,
so no spelling of a size escapes the checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.build.brokenimages import MAX_SIDE
from briefgen.diagnostics import excerpt

SVG_HEAD_BYTES = 16 * 1024
"""How much of an SVG is read for its `<svg>` tag."""
# The SVG patterns are strings left to `re`'s cache, compiled when a build first reads an SVG:
# compiling them costs 3 M instructions, and most sites have none.
_SVG_START = rb"(?i)<svg\b"
_SVG_TAG = rb"""(?i)<svg\b(?:[^>"']++|"[^"]*+"|'[^']*+')*+>"""
"""The `<svg ...>` tag: a `>` inside a quoted value (`aria-label="a > b"`) does not end it.
Possessive, and tried at the first `<svg` only: tried at each, a head of `<svg` with no `>`
was read to its end from each one, in quadratic time."""
_COMMENT = rb"(?s)<!--.*?(?:-->|\Z)"
"""A comment, or one never closed, to its file's end: each `<!--` is read past once."""
_ATTRIBUTE = rb"""\s%s\s*=\s*(?:"([^"]*)"|'([^']*)')"""
# The ASCII digits browsers read (`float` reads any script's); NaN and infinity as numbers, so
# `width="NaN"` is told it gives no size rather than left to the layout.
_NUMBER = (
    r"(?ai)\s*([-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:e[-+]?[0-9]+)?|[-+]?(?:nan|inf(?:inity)?))"
)
_LENGTH = _NUMBER + r"\s*([a-z%]*)\s*"
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


@dataclass(frozen=True, slots=True)
class SvgSize:
    """What an SVG's `<svg>` tag says of its size."""

    size: tuple[float, float]
    """Width and height in CSS pixels, -1 for none."""
    relative: LayoutSide | None
    """The side written in a unit only a layout sizes (`height="50vh"`), but `100%`, when the
    viewBox gives the size, or its shape, in its stead, or None."""
    problem: str | None
    """Why a side or the viewBox gives no size to show the image at (`says it is `0mm` wide,
    no size a page can show it at`), or None."""
    sized_by: str | None = None
    """What gives the size when the tag's `width` and `height` do not: `its viewBox's size`,
    or its other side's with the viewBox's shape."""


@dataclass(frozen=True, slots=True)
class LayoutSide:
    """A side of the `<svg>` tag that only a layout sizes, and what sizes the image instead."""

    written: str
    """The attribute as written, `height="50vh"`."""
    sized_by: str
    """What gives the size shown: `its viewBox's size`, or its other side's with the
    viewBox's shape."""


@dataclass(frozen=True, slots=True)
class _Side:
    """The `width` or `height` of the `<svg>` tag."""

    written: str
    """The attribute's value, as written."""
    pixels: float | None
    """In CSS pixels (0, below 0, infinite or NaN too), or None when only a layout sizes it."""
    fills: bool
    """Whether it is `100%`: the whole column, which the page gives it at the viewBox's shape."""


def svg_tag(data: bytes) -> re.Match[bytes] | None:
    """Return the `<svg ...>` tag in an SVG's first bytes, none in a comment: an editor's
    commented-out `<!-- <svg width="1mm"> -->` above the real tag is no size of it. The root
    element is the first, so a first `<svg` that is no tag leaves the file with none."""
    head = re.sub(_COMMENT, b"", data[:SVG_HEAD_BYTES])
    start = re.search(_SVG_START, head)
    return None if start is None else re.compile(_SVG_TAG).match(head, start.start())


def missing_svg_tag(data: bytes, path: str) -> str:
    """Return why `svg_tag` found no `<svg ...>` tag in the SVG at `path`: none begins in its
    first bytes, or one begins but runs past them, or one begins but is never closed. The
    last two were "no `<svg>` tag", which sent the owner of a tag with a 20 KB `style` looking
    for a tag that is there."""
    head = re.sub(_COMMENT, b"", data[:SVG_HEAD_BYTES])
    read = f"{SVG_HEAD_BYTES // 1024} KB"
    if re.search(_SVG_START, head) is None:
        return f"`{path}` is not an SVG image: no `<svg>` tag in its first {read}"
    if len(data) > SVG_HEAD_BYTES:
        return (
            f"`{path}` has an `<svg>` tag that runs past the file's first {read}, all briefgen"
            " reads of it: shorten the tag (a long `style` can be a `<style>` element inside it)"
        )
    return f"`{path}` is not a whole SVG image: its `<svg>` tag is never closed (a `>` or a quote)"


def svg_size(data: bytes) -> SvgSize:
    """Return an SVG's size in CSS pixels, the side in a unit only a layout sizes when the
    viewBox gives the size in its stead, and why a size it gives cannot be shown.

    Both sides in absolute units are the size; one left out, or giving no size, follows from
    the other and the viewBox's shape; else the viewBox is the size. Only the `<svg ...>` tag
    is read, with a regular expression: no XML parser, so no entity expansion or external
    fetch can be triggered by the file. (imagesize reads width= from any element, a <rect>'s too.)
    """
    tag = svg_tag(data)
    if tag is None:
        return SvgSize((-1, -1), None, None)
    width, height = _side(tag[0], b"width"), _side(tag[0], b"height")
    box = _view_box(tag[0])
    problem = _side_problem(width, "wide") or _side_problem(height, "high")
    if problem is None and box is not None and not _readable(*box[1:]):
        problem = f'has `viewBox="{excerpt(box[0], 40)}"`, no size a page can show it at'
    size, sized_by, layout = _size(width, height, None if box is None else box[1:])
    relative = None if layout is None or sized_by is None else LayoutSide(layout, sized_by)
    return SvgSize(size, relative, problem, sized_by)


def _size(
    width: _Side | None, height: _Side | None, box: tuple[float, float] | None
) -> tuple[tuple[float, float], str | None, str | None]:
    """Return the size the sides and the viewBox give, what gives it when the sides do not,
    and the side in a unit only a layout sizes, but `100%`, as written.

    A side left out, only a layout sizes, or that gives no size (`height="0"`, `-5`, past a
    million pixels) follows from the other, in pixels, and the viewBox's shape, as a browser
    shows one left out or unreadable (`width="400" height="100%" viewBox="0 0 800 600"` is
    400 by 300); with no side in pixels, the viewBox is the size."""
    across, down = _pixels(width), _pixels(height)
    if across is not None and down is not None:
        return (across, down), None, None
    if box is None:
        return (-1, -1), None, None
    if not _readable(*box):
        return box, None, None
    layout = next(
        (
            f'{name}="{side.written.strip()}"'
            for name, side in (("width", width), ("height", height))
            if side is not None and side.pixels is None and not side.fills
        ),
        None,
    )
    box_width, box_height = box
    scaled = "its other side's size and its viewBox's shape"
    if across is not None:
        return (across, across * box_height / box_width), scaled, layout
    if down is not None:
        return (down * box_width / box_height, down), scaled, layout
    return box, "its viewBox's size", layout


def _pixels(side: _Side | None) -> float | None:
    """Return a side's size in pixels, or None when it gives none a page can use."""
    return side.pixels if side and side.pixels is not None and _readable(side.pixels) else None


def _attribute(tag: bytes, name: bytes) -> str | None:
    """Return the value of the attribute `name` of the svg tag, or None when it has none."""
    found = re.search(_ATTRIBUTE % name, tag)
    if found is None:
        return None
    return (found[1] if found[1] is not None else found[2]).decode("utf-8", "replace")


def _side(tag: bytes, name: bytes) -> _Side | None:
    """Return the side `name` of the svg tag, or None when the tag leaves it out."""
    written = _attribute(tag, name)
    if written is None:
        return None
    length = re.fullmatch(_LENGTH, written)
    scale = _PX_PER_UNIT.get(length[2].lower()) if length else None
    pixels = None if length is None or scale is None else float(length[1]) * scale
    fills = length is not None and length[2] == "%" and float(length[1]) == 100
    return _Side(written, pixels, fills)


def _side_problem(side: _Side | None, extent: str) -> str | None:
    """Return why a side in pixels is none to show the image at, saying it is `extent`."""
    if side is None or side.pixels is None or _readable(side.pixels):
        return None
    said = f"says it is `{excerpt(side.written, 20)}` {extent}"
    if side.pixels > MAX_SIDE:  # drawn, scaled down, but its size is not read
        return f"{said}, past the {MAX_SIDE:,} a side briefgen reads"
    return f"{said}, no size a page can show it at"


def _view_box(tag: bytes) -> tuple[str, float, float] | None:
    """Return the viewBox as written (its values spaced) with its width and height (NaN for
    one that is no number), or None when it has not four values."""
    value = _attribute(tag, b"viewBox")
    if value is None:
        return None
    numbers = re.split(r"[\s,]+", value.strip())
    if len(numbers) != 4:
        return None
    width, height = (re.fullmatch(_NUMBER + r"\s*", side) for side in numbers[2:])
    return (
        " ".join(numbers),
        float(width[1]) if width else float("nan"),
        float(height[1]) if height else float("nan"),
    )


def _readable(*sides: float) -> bool:
    """Whether every side is a size a page can use: more than 0, at most MAX_SIDE."""
    return all(0 < side <= MAX_SIDE for side in sides)  # False for NaN too
