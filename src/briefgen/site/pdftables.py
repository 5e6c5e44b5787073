"""Lay a print page out so that no table runs past the paper's edge.

The print page lets a cell break a word only where it must (`overflow-wrap: break-word`), so a
short column keeps "Country" whole beside a column of prose. By CSS that does not narrow a
column below its longest word: a table of long words (file names, a hash, compound nouns) was
laid out as wide as its longest words side by side, past the paper's edge, where its last
columns were cut off. So the page is laid out once, and when a table runs past the text's
edges, again with the cells of its widest columns breaking anywhere (those wider than their
share of the paper), so the others keep their words whole.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

BREAK_ANYWHERE = "overflow-wrap: anywhere"
"""The style given to the cells of a column that must break its words to fit the paper."""

log = logging.getLogger(__name__)


def _render(html: Any) -> Any:
    """Return WeasyPrint's layout of a parsed page."""
    return html.render()


def lay_out(parse: Callable[[], Any], render: Callable[[Any], Any] = _render) -> Any:
    """Return the WeasyPrint document `render` makes of the page `parse` returns (a
    `weasyprint.HTML`), laid out again, from a fresh parse, with the cells of
    `columns_to_break` breaking anywhere when a table runs past the text's edges.

    The caller may wrap `parse` and `render`, WeasyPrint's own calls, to tell their failures
    from a bug of this module's."""
    html = parse()
    document = render(html)
    try:
        cells = columns_to_break(document)
        # The same text parses to the same tree: a cell is found again by its place in it.
        place = {element: n for n, element in enumerate(html.etree_element.iter())}
    except AttributeError:
        # Boxes are WeasyPrint's internals, which any version (`weasyprint>=70`) may rename:
        # the table then prints as first laid out, as it did before this module.
        log.debug("WeasyPrint's boxes read otherwise: tables are laid out once", exc_info=True)
        return document
    if not cells:
        return document
    again = parse()
    elements = list(again.etree_element.iter())
    for cell in cells:
        element = elements[place[cell]]
        style = element.get("style")
        element.set("style", f"{style}; {BREAK_ANYWHERE}" if style else BREAK_ANYWHERE)
    return render(again)


def columns_to_break(document: Any) -> list[Any]:
    """Return the cell elements of the columns that must break their words, in each table
    that runs past its page's text: those wider than their share of the width that keeps the
    table inside (that width over the number of columns). The others, together narrower than
    that width, leave the broken ones at least their share: the table fits."""
    tables: dict[Any, tuple[float, dict[int, list[Any]]]] = {}
    for page in document.pages:
        area = page._page_box  # WeasyPrint's laid-out page: no public API gives boxes
        left, right = area.content_box_x(), area.content_box_x() + area.width
        for table in _tables(area):
            start, end = table.position_x, table.position_x + table.margin_width()
            over = max(0.0, end - right) + max(0.0, left - start)
            if over > 0.5:  # half a pixel: rounding, not a column off the paper
                fits, columns = tables.get(table.element, (float("inf"), {}))
                for cell in _cells(table):
                    columns.setdefault(cell.grid_x, []).append(cell)
                tables[table.element] = (min(fits, table.margin_width() - over), columns)
    found: list[Any] = []
    for fits, columns in tables.values():
        if not columns:
            continue  # a table of no cells (`<table style="width: 3000px">`): nothing breaks
        share = fits / len(columns)
        for cells in columns.values():
            if _width(cells) > share:
                found.extend(dict.fromkeys(cell.element for cell in cells))
    return found


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
