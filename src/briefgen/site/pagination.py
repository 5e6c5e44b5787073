"""Split a list page's briefings into numbered pages, and choose which pages each one links.

A list of N pages links, from every page, the first and last page, every `stride`-th page and
the pages within half a stride of itself, where the stride is about √N. So a page carries
O(√N) links, and any page is two clicks from the first: to the nearest stride page, then on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.site import urls

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.model import Entry


@dataclass(frozen=True, slots=True)
class Pager:
    """One page of a paginated list: its entries and its place among the list's pages."""

    base: str
    """Site path of the list's first page (`""`, `tags/migration/`, `es/`)."""
    number: int
    """This page's number, 1-based."""
    count: int
    """How many pages the list has (at least 1, even for an empty list)."""
    entries: tuple[Entry, ...]
    """The briefings shown on this page, newest first."""

    @property
    def path(self) -> str:
        """Return this page's site path."""
        return urls.list_page_path(self.base, self.number)

    @property
    def previous(self) -> str | None:
        """Return the site path of the page before (newer briefings), or None on the first."""
        return urls.list_page_path(self.base, self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        """Return the site path of the page after (older briefings), or None on the last."""
        has_next = self.number < self.count
        return urls.list_page_path(self.base, self.number + 1) if has_next else None

    @property
    def links(self) -> tuple[tuple[int, str] | None, ...]:
        """Return the numbered links to show, as (number, site path); None marks a gap."""
        shown = linked_pages(self.number, self.count)
        items: list[tuple[int, str] | None] = []
        for number in shown:
            if items and (last := items[-1]) is not None and number > last[0] + 1:
                items.append(None)
            items.append((number, urls.list_page_path(self.base, number)))
        return tuple(items)


def paginate(base: str, entries: Sequence[Entry], per_page: int) -> list[Pager]:
    """Return the pages of a list of briefings, `per_page` to a page; one page when empty."""
    count = max(1, math.ceil(len(entries) / per_page))
    return [
        Pager(base, n, count, tuple(entries[(n - 1) * per_page : n * per_page]))
        for n in range(1, count + 1)
    ]


def linked_pages(number: int, count: int) -> list[int]:
    """Return the page numbers page `number` of `count` links, itself included, ascending."""
    stride = max(2, math.isqrt(count - 1) + 1) if count > 1 else 1
    half = stride // 2
    near = range(max(1, number - half), min(count, number + half) + 1)
    strides = range(stride, count + 1, stride)
    return sorted({1, count, *near, *strides})
