"""Each entry's key: a hash of everything a page may show of a briefing it lists.

List pages, feeds, the sitemap and each briefing's related list are keyed by the entries they
show (site/outputs.py). Hashing every entry's whole text into each of those keys at every
build made them a sixth of a one-file edit's CPU; instead each entry is hashed once, and a
page's key hashes its entries' keys. The cache saves each entry's key with it (build/cache.py),
so a new process does not hash the entries it decodes again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.files import digest

if TYPE_CHECKING:
    from collections.abc import Iterable

    from briefgen.model import Entry

_KEYS: dict[int, tuple[Entry, str]] = {}
"""Keys of entries met so far, by identity (the entry is kept, so its id is not reused)."""
_LIMIT = 1 << 16
"""At most this many keys are kept: serve runs for hours, over a few sites' entries."""


def entry_key(entry: Entry) -> str:
    """Return the hash of repr(entry): every field, so any change a page could show changes it.

    Worked out once per entry object, by identity, not equality: `1 == True`, but their reprs
    (and what a template prints of them) differ.
    """
    found = _KEYS.get(id(entry))
    if found is not None and found[0] is entry:
        return found[1]
    key = digest(repr(entry))
    remember_entry_key(entry, key)
    return key


def remember_entry_key(entry: Entry, key: str) -> None:
    """Record the key an entry was saved with (build/cache.py): `entry_key` of the entry as it
    was made, which the cache turns back into an equal entry."""
    if len(_KEYS) >= _LIMIT:
        _KEYS.clear()
    _KEYS[id(entry)] = (entry, key)


def entries_text(entries: Iterable[Entry]) -> str:
    """Return the entries' keys, in order, as text for a page's key."""
    return "\n".join(map(entry_key, entries))
