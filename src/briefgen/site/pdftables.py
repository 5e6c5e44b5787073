"""Lay a print page out so that no table runs past the paper's edge and no figure is split.

The print page lets a cell break a word only where it must (`overflow-wrap: break-word`), so a
short column keeps "Country" whole beside a column of prose. By CSS that does not narrow a
column below its longest word: a table of long words (file names, a hash, compound nouns) was
laid out as wide as its longest words side by side, past the paper's edge, where its last
columns were cut off. So the page is laid out once, and while a table runs past the text's
edges, again: with the word cells of its widest columns breaking anywhere (those wider than
their share of the paper), so the others keep their words whole, or, when no word is left to
break, in a smaller font. A figure (`367,459`, `+1.9 pp`) is never broken: a reader would
read `367,45` and a stray `9`.

WeasyPrint finds the least width of a cell that breaks anywhere by laying out the rest of its
text once per letter: a cell's word of 900 letters took 2 s. So that layout is made with its
words cut short (a `<wbr>` every `SIZING_RUN` characters: the least width is a letter's
either way, and its columns as wide), and the page is laid out once more at its columns'
widths (`table-layout: fixed`), its words whole, its lines as full as before.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from briefgen.site.figurecells import is_figure

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

BREAK_ANYWHERE = "overflow-wrap: anywhere"
"""The style given to the word cells of a column that must break its words to fit the paper."""

KEEP_WHOLE = "white-space: nowrap"
"""The style given to a figure's cell: not even wrapped at a space (`+1.9 pp`, `1 234`)."""

ROUNDS = 5
"""How many times a page is laid out at most: a table's font shrinks at most twice or so."""

FEWEST_LETTERS = 6
"""The width of text, in ems of a table's font (some ten letters), below which its words would
break a few letters a line (`Yorks/hire`): the font shrinks instead."""

SHRINK = 0.98
"""A shade more than the width a table is over asks, as text narrows a little less than its
font: the table fits the next time it is laid out."""

SMALLEST_FONT = 4 * 96 / 72
"""The smallest font a table shrinks to, in CSS pixels (4pt): a wider one breaks its figures
and narrows its cells' padding."""

SIZING_RUN = 50
"""Characters of a word between two `<wbr>`s in a cell breaking anywhere, while the page is
laid out to size its columns."""

log = logging.getLogger(__name__)


def _render(html: Any) -> Any:
    """Return WeasyPrint's layout of a parsed page."""
    return html.render()


def lay_out(parse: Callable[[], Any], render: Callable[[Any], Any] = _render) -> Any:
    """Return the WeasyPrint document `render` makes of the page `parse` returns (a
    `weasyprint.HTML`), its figures kept whole, laid out again from a fresh parse with the
    styles of `styles_to_fit` while a table runs past the text's edges.

    The caller may wrap `parse` and `render`, WeasyPrint's own calls, to tell their failures
    from a bug of this module's."""
    styles: dict[int, list[str]] = {}
    for _ in range(ROUNDS):
        html = parse()
        try:
            # The same text parses to the same tree: an element is found again by its place.
            elements = list(html.etree_element.iter())
        except AttributeError:
            log.debug("WeasyPrint's tree reads otherwise: tables are laid out once", exc_info=True)
            return render(html)
        _keep_figures_whole(elements)
        for place, added in styles.items():
            _add_style(elements[place], *added)
        sizing = _cut_words_breaking_anywhere(elements)
        document = render(html)
        try:
            more = styles_to_fit(document)
            if not more and sizing:
                return _laid_out_in_its_columns(parse, render, styles, _columns(document, elements))
        except AttributeError:
            # Boxes are WeasyPrint's internals, which any version (`weasyprint>=70`) may rename:
            # the table then prints as first laid out, as it did before this module.
            log.debug("WeasyPrint's boxes read otherwise: tables are laid out once", exc_info=True)
            return document
        if not more:
            return document
        places = {element: n for n, element in enumerate(elements)}
        for element, style in more:
            styles.setdefault(places[element], []).append(style)
    return document


def _cut_words_breaking_anywhere(elements: list[Any]) -> bool:
    """Put a `<wbr>` every `SIZING_RUN` characters of the words of each cell that breaks
    anywhere; tell whether there was one. WeasyPrint finds the least width of such a cell by
    laying out the rest of its text once per letter: with these breaks that work is linear,
    and its columns as wide (a letter a line is the least width either way)."""
    cells = [e for e in elements if e.tag in ("td", "th") and "anywhere" in (e.get("style") or "")]
    for cell in cells:
        for element in list(cell.iter()):
            children = list(element)
            element.text = _cut(element, element.text, 0)
            for child in reversed(children):  # from the last: the places before it stay
                child.tail = _cut(element, child.tail, list(element).index(child) + 1)
    return bool(cells)


def _cut(parent: Any, text: str | None, place: int) -> str | None:
    """Return the part of `text` before its first break, the rest of it put into `parent` at
    `place` as `<wbr>` elements each followed by a piece of `SIZING_RUN` characters."""
    if not text or len(text) <= SIZING_RUN:
        return text
    pieces = [text[n : n + SIZING_RUN] for n in range(0, len(text), SIZING_RUN)]
    for offset, piece in enumerate(pieces[1:]):
        wbr = parent.makeelement("wbr", {})
        wbr.tail = piece
        parent.insert(place + offset, wbr)
    return pieces[0]


def _laid_out_in_its_columns(
    parse: Callable[[], Any],
    render: Callable[[Any], Any],
    styles: dict[int, list[str]],
    columns: dict[int, Any],
) -> Any:
    """Return the page laid out again with `styles`, and without the sizing layout's
    `<wbr>`s: each table with a cell breaking anywhere at its `columns` there (by place:
    `table-layout: fixed`), so WeasyPrint does not size those cells once more."""
    html = parse()
    elements = list(html.etree_element.iter())
    _keep_figures_whole(elements)
    for place, added in styles.items():
        _add_style(elements[place], *added)
    for place, element in enumerate(elements):
        table = columns.get(place)
        if table is None or not _breaks_anywhere(element):
            continue
        _add_style(element, f"table-layout: fixed; width: {table.width!r}px")
        group = element.makeelement("colgroup", {})
        for width in table.column_widths:
            group.append(element.makeelement("col", {"style": f"width: {width!r}px"}))
        element.insert(0, group)
    return render(html)


def _breaks_anywhere(table: Any) -> bool:
    """Tell whether a table element has a cell that breaks anywhere, and no columns of its own
    (raw HTML's `<col>`, which are sized again, as before, rather than counted twice)."""
    if any(child.tag in ("col", "colgroup") for child in table):
        return False
    cells = (e for e in table.iter() if e.tag in ("td", "th"))
    return any("anywhere" in (cell.get("style") or "") for cell in cells)


def _columns(document: Any, elements: list[Any]) -> dict[int, Any]:
    """Return the table boxes of a layout by their elements' places in `elements`."""
    places = {element: n for n, element in enumerate(elements)}
    tables = (table for page in document.pages for table in _tables(page._page_box))
    return {places[table.element]: table for table in tables if table.element in places}


def _keep_figures_whole(elements: list[Any]) -> None:
    """Give each table cell whose text is a figure the style that keeps it on one line."""
    for element in elements:
        if element.tag in ("td", "th") and _is_figure(element):
            _add_style(element, KEEP_WHOLE)


def _is_figure(element: Any) -> bool:
    """Tell whether a cell element's text is a figure."""
    return is_figure("".join(element.itertext()))


def _add_style(element: Any, *added: str) -> None:
    """Add declarations to an element's `style` attribute, after its own."""
    style = element.get("style")
    element.set("style", "; ".join([style, *added] if style else added))


def styles_to_fit(document: Any) -> list[tuple[Any, str]]:
    """Return the elements and the styles that bring each table running past its page's text
    inside (`_table_styles`)."""
    found: list[tuple[Any, str]] = []
    for element, (fits, table, columns) in _tables_past_the_text(document).items():
        if columns:  # a table of no cells (`<table style="width: 3000px">`): nothing breaks
            found.extend(_table_styles(element, table, fits, columns))
    return found


def _table_styles(
    element: Any, table: Any, fits: float, columns: dict[int, list[Any]]
) -> list[tuple[Any, str]]:
    """Return the styles that bring a table nearer to `fits` wide. Its columns wider than a
    level break their words anywhere, the level set so that the others, at their widths, and
    the broken ones, at the level or their widest figure, fill `fits`: the narrower columns
    keep their words whole. With a level under a few letters, or no word left to break, its
    font shrinks; at the smallest font its figures break too, and its cells' padding narrows
    to leave each column a letter's width, rather than be cut off."""
    size = table.style["font_size"]
    widths = {
        x: (_width(cells), _width([c for c in cells if _is_figure(c.element)]))
        for x, cells in columns.items()
    }
    level = _level(list(widths.values()), fits)
    # A table over two pages has its rows in two boxes: `columns` holds the cells of both.
    cells = dict.fromkeys(c.element for cells in columns.values() for c in cells)
    unbroken = [cell for cell in cells if "anywhere" not in (cell.get("style") or "")]
    # Padding and borders do not shrink with the font: only the text's width is scaled.
    pads = {x: max(c.border_width() - c.width for c in cells) for x, cells in columns.items()}
    if level is not None and level - max(pads.values()) >= FEWEST_LETTERS * size:
        wide = {x for x, (width, whole) in widths.items() if width > max(level, whole) + 0.5}
        words = [c for cells in (columns[x] for x in wide) for c in cells]
        words = [c.element for c in words if c.element in unbroken and not _is_figure(c.element)]
        if words:
            return [(cell, BREAK_ANYWHERE) for cell in dict.fromkeys(words)]
    if size > SMALLEST_FONT and getattr(table.style["width"], "unit", "%") == "%":
        fixed = sum(pads.values())
        least = FEWEST_LETTERS * size
        needed = sum(max(whole, min(width, least)) for width, whole in widths.values())
        over = needed if needed > fits else table.margin_width()
        smaller = size * SHRINK * (fits - fixed) / max(over - fixed, 1.0)
        return [(element, f"font-size: {max(SMALLEST_FONT, smaller):.2f}px")]
    broken = [(cell, f"white-space: normal; {BREAK_ANYWHERE}") for cell in unbroken]
    return broken + _narrower_padding(list(cells), max(pads.values()), fits / len(pads), size)


def _narrower_padding(
    cells: list[Any], padding: float, share: float, size: float
) -> list[tuple[Any, str]]:
    """Return the padding that leaves a column of its `share` of the paper a letter of the
    `size` font (padding that did not shrink with the font filled A4 past some 47 columns),
    or none where its `padding` does already."""
    across = max(0.0, min(padding, share - size))
    if across > padding - 0.5:  # half a pixel: no narrower
        return []
    return [(cell, f"padding: {across / 4:.2f}px {across / 2:.2f}px") for cell in cells]


def _level(widths: list[tuple[float, float]], fits: float) -> float | None:
    """Return the widest level at which the columns, each of (width, widest figure), fill no
    more than `fits`: each at its width, or at the level or its figure when wider; None when
    the figures alone are wider."""
    if sum(whole for _, whole in widths) > fits:
        return None
    low, high = 0.0, max(width for width, _ in widths)
    for _ in range(30):  # to a hundred-millionth of the widest column: far below a pixel
        middle = (low + high) / 2
        filled = sum(min(width, max(middle, whole)) for width, whole in widths)
        low, high = (middle, high) if filled <= fits else (low, middle)
    return low


def _tables_past_the_text(document: Any) -> dict[Any, tuple[float, Any, dict[int, list[Any]]]]:
    """Return, by element, each table that runs past its page's text: the width that keeps
    it inside, its widest box and the cells of its columns."""
    tables: dict[Any, tuple[float, Any, dict[int, list[Any]]]] = {}
    for page in document.pages:
        area = page._page_box  # WeasyPrint's laid-out page: no public API gives boxes
        left, right = area.content_box_x(), area.content_box_x() + area.width
        for table in _tables(area):
            start, end = table.position_x, table.position_x + table.margin_width()
            over = max(0.0, end - right) + max(0.0, left - start)
            if over > 0.5:  # half a pixel: rounding, not a column off the paper
                fits, _, columns = tables.get(table.element, (float("inf"), table, {}))
                for cell in _cells(table):
                    columns.setdefault(cell.grid_x, []).append(cell)
                tables[table.element] = (min(fits, table.margin_width() - over), table, columns)
    return tables


def _width(cells: list[Any]) -> float:
    """Return a column's width: that of its widest cell spanning it alone."""
    return max((cell.border_width() for cell in cells if cell.colspan == 1), default=0.0)


def _tables(box: Any) -> Iterator[Any]:
    """Yield the table boxes in `box`, nested ones too."""
    for child in getattr(box, "children", None) or ():
        if type(child).__name__ == "TableBox":
            yield child
        yield from _tables(child)


def _cells(table: Any) -> Iterator[Any]:
    """Yield the cells of a table box's own rows (not those of a table nested in a cell)."""
    for group in table.children:
        for row in group.children:
            yield from row.children
