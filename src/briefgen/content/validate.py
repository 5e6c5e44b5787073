"""Semantic checks on parsed briefings, beyond what the parser sees token by token.

`validate_briefing` looks at one briefing (cached with it, so an unchanged file is not checked
again); `validate_entries` looks across all of them; `validate_dates` compares them with today
at every build, as its answer changes with the calendar and must never be cached. Duplicate
slugs are errors (two files would write one page); the rest are warnings about content a
reader would find empty.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from briefgen.diagnostics import Diagnostic, error, warning

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from briefgen.model import Briefing, Entry, Section

log = logging.getLogger(__name__)


def validate_briefing(briefing: Briefing) -> list[Diagnostic]:
    """Return warnings about one briefing that depend on its file only: no summary, empty
    sections."""
    return _briefing_warnings(briefing)


def validate_dates(entries: Sequence[Entry], *, today: dt.date | None = None) -> list[Diagnostic]:
    """Return a warning for each briefing dated after `today` (default: the real today)."""
    today = today or _today()
    return [
        warning(
            entry.meta.pos,
            f"`date` {entry.meta.date} is in the future",
            hint="it is published anyway; check the year",
        )
        for entry in entries
        if entry.meta.date > today
    ]


def is_future(briefing: Briefing, today: dt.date | None = None) -> bool:
    """Return True when the briefing is dated after today: it waits for its day unless --future."""
    return briefing.meta.date > (today or _today())


def left_out_until_its_date(briefing: Briefing) -> Diagnostic:
    """Return the notice for a briefing that is not published yet because of its date."""
    return warning(
        briefing.meta.pos,
        f"left out: `date` {briefing.meta.date} is in the future",
        hint="it is published on that day; build with --future to include it now",
    )


def validate_entries(entries: Sequence[Entry]) -> list[Diagnostic]:
    """Report each file whose slug another file also produces, including case-only renames."""
    by_slug: dict[str, list[Entry]] = {}
    for entry in entries:
        # Translations may share a slug: `es/rubio-visit/` is not `rubio-visit/`.
        by_slug.setdefault(f"{entry.lang_dir}{entry.slug}".casefold(), []).append(entry)
    diagnostics: list[Diagnostic] = []
    for group in by_slug.values():
        for entry in group:
            others = ", ".join(other.source for other in group if other is not entry)
            if others:
                diagnostics.append(
                    error(
                        entry.meta.pos,
                        f"slug `{entry.slug}` is also used by {others}",
                        hint="rename one file or set a different `slug:` in its front matter",
                    )
                )
    return diagnostics


def today() -> dt.date:
    """Return the day dates are checked against (`validate_dates`)."""
    return _today()


def _today() -> dt.date:
    return dt.date.today()


def _briefing_warnings(briefing: Briefing) -> list[Diagnostic]:
    meta = briefing.meta
    diagnostics: list[Diagnostic] = []
    if not meta.summary:
        diagnostics.append(
            warning(
                meta.pos,
                "missing `summary`",
                hint="add `summary:`; it is shown on the index, in the feed and in link previews",
            )
        )
    for section in _all_sections(briefing.sections):
        if not section.blocks and not section.subsections:
            diagnostics.append(
                warning(
                    section.pos,
                    f"section `{section.heading.text}` is empty",
                    hint="write its text or remove the heading",
                )
            )
    return diagnostics


def _all_sections(sections: Sequence[Section]) -> Iterator[Section]:
    pending = list(reversed(sections))
    while pending:
        section = pending.pop()
        yield section
        pending.extend(reversed(section.subsections))
