"""A catalog's plural formula tried for every count, as GNU msgfmt does: one that divides by
zero would fail the page that asks it for a form, so the check reports it
(site/catalogtext.py), and pages never read that catalog (site/i18n.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

COUNTS = range(1001)
"""The counts a plural formula is tried with: GNU msgfmt's."""


def formula_failure(formula: Callable[[int], int]) -> str | None:
    """Return how a compiled plural formula fails for a count of `COUNTS` (`/` or `%` by
    zero); None when it never does."""
    for count in COUNTS:
        try:
            formula(count)
        except ArithmeticError as exc:
            return f"the plural formula fails for n = {count} ({exc})"
    return None
