"""Choose each briefing's related briefings: most shared tags first, then the newest.

Only briefings in the same language are related, and only those sharing at least one tag
(tags compare by their URL slug, as tag pages do). Ties in shared tags go to the newer briefing,
then to the slug, so the choice is deterministic.

Each tag is a bit set over the site's briefings, newest at bit 0. The briefings sharing at least
`c` of a briefing's tags are the union, over every `c` of its tags, of their intersection; the
lowest bits of that set are the newest of them. A briefing with many tags falls back to counting.
"""

from __future__ import annotations

import heapq
import itertools
from collections import Counter
from typing import TYPE_CHECKING

from briefgen.content.slugs import tag_slug

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.model import Entry, Site

RELATED_COUNT = 3
"""How many related briefings a briefing page shows, at most."""
_MAX_COMBINED_TAGS = 6
"""Above this many tags a briefing's related list is found by counting, not by bit sets."""


def related_entries(site: Site) -> dict[str, tuple[Entry, ...]]:
    """Return, for each entry's source file, its related entries (best first)."""
    related: dict[str, tuple[Entry, ...]] = {}
    for lang in site.languages:
        related.update(_related_in(site.in_language(lang).entries, RELATED_COUNT))
    return related


def _related_in(entries: Sequence[Entry], limit: int) -> dict[str, tuple[Entry, ...]]:
    """Return the related entries among `entries`, which are newest first."""
    members: dict[str, int] = {}
    tags_of: list[list[str]] = []
    for index, entry in enumerate(entries):
        tags = list(dict.fromkeys(tag_slug(tag) for tag in entry.meta.tags))
        tags_of.append(tags)
        for tag in tags:
            members[tag] = members.get(tag, 0) | (1 << index)
    result: dict[str, tuple[Entry, ...]] = {}
    for index, entry in enumerate(entries):
        masks = [members[tag] for tag in tags_of[index]]
        if len(masks) > _MAX_COMBINED_TAGS:
            chosen = _by_counting(index, tags_of, limit)
        else:
            chosen = _by_bit_sets(index, masks, limit)
        result[entry.source] = tuple(entries[i] for i in chosen)
    return result


def _by_bit_sets(index: int, masks: Sequence[int], limit: int) -> list[int]:
    """Return up to `limit` indexes sharing the most of `masks`, lowest (newest) first."""
    chosen: list[int] = []
    taken = 1 << index
    for shared in range(len(masks), 0, -1):
        candidates = 0
        for group in itertools.combinations(masks, shared):
            both = group[0]
            for mask in group[1:]:
                both &= mask
            candidates |= both
        candidates &= ~taken
        while candidates and len(chosen) < limit:
            lowest = candidates & -candidates
            chosen.append(lowest.bit_length() - 1)
            taken |= lowest
            candidates ^= lowest
        if len(chosen) == limit:
            break
    return chosen


def _by_counting(index: int, tags_of: Sequence[Sequence[str]], limit: int) -> list[int]:
    """Return what `_by_bit_sets` returns, by counting shared tags against every entry."""
    mine = set(tags_of[index])
    shared = Counter(
        {i: len(mine.intersection(tags)) for i, tags in enumerate(tags_of) if i != index}
    )
    ranked = ((-count, i) for i, count in shared.items() if count)
    return [i for _, i in heapq.nsmallest(limit, ranked)]
