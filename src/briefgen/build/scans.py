"""Each page's scanned links as a build knows them: those it made, and those of the pages it
carried over, which are decoded from the cache only when asked for.

At 10,000 briefings the cache holds the scans of 12,000 pages (18 MB of JSON); decoding them
all was a sixth of a one-file edit. Yet an edit checks only the pages it made (and reads the
ids of the pages they point into), and carries every other page over with its links as they
were. So the last build's scans stay in their shards (`LazyShards`), a carried page is only
named, and a save writes again just the shards of the pages made or gone (cache.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from briefgen.build.cachejson import links_from_json, links_to_json
from briefgen.build.columns import ByRecord
from briefgen.build.shards import LazyShards, shard_count

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from collections.abc import Set as AbstractSet

    from briefgen.site.links import PageLinks


LINKS = ByRecord(links_to_json, links_from_json)
"""How a shard holds pages' scans: one record each, as a few are decoded at an edit."""


class ScanTable(Mapping[str, "PageLinks"]):
    """The scanned links of a build's pages, by page."""

    def __init__(self, saved: Mapping[str, PageLinks] | None = None) -> None:
        """A table of every page in `saved` (the last build's, as the cache holds them)."""
        self.saved: Mapping[str, PageLinks] = saved if saved is not None else {}
        self.made: dict[str, PageLinks] = {}
        """The pages scanned by this build."""
        self._carried: set[str] | None = None
        """The last build's pages this one carried over; None: all of them (a loaded table)."""
        self._earlier: frozenset[str] = frozenset()

    @classmethod
    def after(cls, last: ScanTable, pages: Iterable[str]) -> ScanTable:
        """Return an empty table for the build after the one `last` describes, whose checked
        pages (site/urls.py `holds_checked_links`) were `pages`: each is carried over or made again,
        or it is gone."""
        table = cls(last.saved if last._carried is None and not last.made else last)
        table._carried = set()
        table._earlier = frozenset(pages)
        return table

    def carry(self, page: str) -> None:
        """Keep the last build's scan of a page carried over, without decoding it."""
        if self._carried is not None and page in self._earlier and page not in self.made:
            self._carried.add(page)

    def carry_all(self, pages: Iterable[str]) -> None:
        """Keep the last build's scans of every one of `pages` carried over (`carry`)."""
        if self._carried is not None:
            self._carried.update(self._earlier.intersection(pages).difference(self.made))

    def add(self, page: str, links: PageLinks) -> None:
        """Record the scan of a page this build made."""
        self.made[page] = links
        if self._carried is not None:
            self._carried.discard(page)

    def drop(self, page: str) -> None:
        """Forget a page carried over or made after all (its briefing is made again)."""
        self.made.pop(page, None)
        if self._carried is not None:
            self._carried.discard(page)

    def carries(self, page: str) -> bool:
        """Return True when the page was carried over with the last build's scan of it."""
        return self._carried is None or page in self._carried

    def not_carried(self, pages: AbstractSet[str]) -> AbstractSet[str]:
        """Return those of `pages` not carried over with the last build's scan (`carries`),
        in set operations: an edit carries nearly every page of a large site."""
        if self._carried is None:
            return frozenset()
        return pages - self._carried

    def incremental(self) -> LazyShards[PageLinks] | None:
        """Return the shards this table's carried scans are in, when a save may write only the
        shards of the pages made or gone (`changes`); None when every scan must be written
        (the table was not made `after` a loaded one, or the site grew or shrank so much
        that it takes another number of shards)."""
        if self._carried is None or not isinstance(self.saved, LazyShards):
            return None
        size = len(self._carried) + len(self.made)
        count = len(self.saved.tokens)
        return self.saved if shard_count(size, count) == count else None

    def changes(self) -> dict[str, PageLinks | None]:
        """Return the scans made, and None for each earlier page neither carried nor made."""
        carried = self._carried or set()
        gone = (page for page in self._earlier if page not in carried and page not in self.made)
        return {**dict.fromkeys(gone), **self.made}

    def __getitem__(self, page: str) -> PageLinks:
        found = self.made.get(page)
        if found is not None:
            return found
        if self._carried is None or page in self._carried:
            return self.saved[page]
        raise KeyError(page)

    def __iter__(self) -> Iterator[str]:
        yield from self.made
        carried = self.saved if self._carried is None else self._carried
        yield from (page for page in carried if page not in self.made and page in self.saved)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        if self.made:
            return True
        return bool(self.saved) if self._carried is None else bool(self._carried)


class _Source(Protocol):
    """A source's record as the cache keeps it (cache.py `CachedSource`, which imports this
    module): the files it made."""

    @property
    def outputs(self) -> tuple[str, ...]: ...


class SourcesOfPages(Mapping[str, str]):
    """The source of each page, for the messages of a broken link: made when the first is
    asked for, as a site whose links resolve needs none (an edit made some 47,000 at 10,000
    briefings, to check a few pages)."""

    def __init__(self, sources: Mapping[str, _Source]) -> None:
        self._sources = sources
        self._found: dict[str, str] | None = None

    def _pages(self) -> dict[str, str]:
        if self._found is None:
            sources = self._sources.items()
            self._found = {page: rel for rel, src in sources for page in src.outputs}
        return self._found

    def __getitem__(self, page: str) -> str:
        return self._pages()[page]

    def __iter__(self) -> Iterator[str]:
        return iter(self._pages())

    def __len__(self) -> int:
        return len(self._pages())

    def __bool__(self) -> bool:
        return any(source.outputs for source in self._sources.values())
