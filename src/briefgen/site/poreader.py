"""A `.po` read as Babel's `read_po` does, refused when it has more plural forms than a
language has.

Babel's reader gives each plural entry a list of `nplurals` translations, and compiling the
catalog joins them all: `nplurals=10000000` took 2.8 GB and never finished, before any page
was built. No language has more than 6 forms (CLDR's Arabic and Welsh), so the count is
checked each time Babel asks for it, before it makes a list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileParser

if TYPE_CHECKING:
    from collections.abc import Iterable

MOST_PLURAL_FORMS = 6
"""The most plural forms a language has (CLDR's Arabic and Welsh)."""
TOO_MANY_FORMS = (
    f"`nplurals` is more than {MOST_PLURAL_FORMS}, the most plural forms a language has"
)


class PluralFormsError(ValueError):
    """Raised when a catalog's `nplurals` is more than `MOST_PLURAL_FORMS`."""


class _BoundedCatalog(Catalog):
    """A catalog that refuses to say it has more plural forms than a language has."""

    @property
    def num_plurals(self) -> int:
        count = super().num_plurals
        if count > MOST_PLURAL_FORMS:
            raise PluralFormsError(TOO_MANY_FORMS)
        return count


def read_po_lines(lines: Iterable[str]) -> Catalog:
    """Return the catalog of a `.po`'s lines, as `read_po(lines, abort_invalid=True)` would.

    Raise PluralFormsError for an `nplurals` above `MOST_PLURAL_FORMS`, with plural entries
    or without.
    """
    catalog = _BoundedCatalog()
    PoFileParser(catalog, abort_invalid=True).parse(lines)
    _ = catalog.num_plurals  # raises too when no plural entry has asked for it
    return catalog
