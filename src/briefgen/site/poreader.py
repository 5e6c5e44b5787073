"""A `.po` read as Babel's `read_po` does, refused when it has more plural forms than a
language has, or none.

Babel's reader gives each plural entry a list of `nplurals` translations, and compiling the
catalog joins them all: `nplurals=10000000` took 2.8 GB and never finished, before any page
was built. No language has more than 6 forms (CLDR's Arabic and Welsh), or fewer than 1, so
the count is checked each time Babel asks for it, before it makes a list: `nplurals=0` was
otherwise Babel's own "msg has more translations than num_plurals of catalog" at an entry.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from babel.messages.catalog import Catalog, parse_separated_header
from babel.messages.pofile import PoFileParser

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterable

MOST_PLURAL_FORMS = 6
"""The most plural forms a language has (CLDR's Arabic and Welsh)."""
_TOO_MANY_FORMS = (
    f"`nplurals` is more than {MOST_PLURAL_FORMS}, the most plural forms a language has"
)
_TOO_FEW_FORMS = "`nplurals` is less than 1, the fewest plural forms a language has"
_WHOLE_NUMBER = pattern(r"\s*(?P<sign>[+-]?)0*(?P<digits>[0-9]*)\s*")


class PluralFormsError(ValueError):
    """Raised when a catalog's `nplurals` is more than `MOST_PLURAL_FORMS`, or less than 1."""


class _BoundedCatalog(Catalog):
    """A catalog that refuses to say it has more plural forms than a language has, or none."""

    @property
    def num_plurals(self) -> int:
        count = super().num_plurals
        _check_plural_forms(count)
        return count

    def _set_mime_headers(self, headers: Iterable[tuple[str, str]]) -> None:
        headers = list(headers)
        for name, value in headers:
            if name.lower() == "plural-forms":
                _check_long_count(parse_separated_header(f" ;{value}").get("nplurals", ""))
        super()._set_mime_headers(headers)


def plural_forms_problem(count: int) -> str | None:
    """Return why no language has `count` plural forms (a catalog's `nplurals`); None when
    one can."""
    if count > MOST_PLURAL_FORMS:
        return _TOO_MANY_FORMS
    return _TOO_FEW_FORMS if count < 1 else None


def _check_plural_forms(count: int) -> None:
    if problem := plural_forms_problem(count):
        raise PluralFormsError(problem)


def _check_long_count(written: str) -> None:
    """Check an `nplurals` of more digits than Python reads as a number by its sign and first
    digits: `int()` would raise, with advice to a programmer, not to a translator."""
    limit = sys.get_int_max_str_digits()
    found = _WHOLE_NUMBER.fullmatch(written)
    if found and limit and len(written) > limit:
        _check_plural_forms(int(found["sign"] + (found["digits"][:2] or "0")))


def read_po_lines(lines: Iterable[str]) -> Catalog:
    """Return the catalog of a `.po`'s lines, as `read_po(lines, abort_invalid=True)` would.

    Raise PluralFormsError for an `nplurals` above `MOST_PLURAL_FORMS` or below 1, with
    plural entries or without.
    """
    catalog = _BoundedCatalog()
    PoFileParser(catalog, abort_invalid=True).parse(lines)
    _ = catalog.num_plurals  # raises too when no plural entry has asked for it
    return catalog
