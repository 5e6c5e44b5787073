"""Semantic checks on parsed briefings, beyond what the parser sees token by token.

`validate_briefing` looks at one briefing (cached with it, so an unchanged file is not checked
again); `validate_entries` looks across all of them. Duplicate slugs are errors (two files
would write one page); the rest are warnings about content a reader would find empty.
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


def validate_briefing(
    briefing: Briefing, *, today: dt.date | None = None, future: bool = False
) -> list[Diagnostic]:
    """Return warnings about one briefing: a future date, no summary, empty sections.

    `future` says whether a briefing dated after today is published (`--future`) or left out.
    """
    return _briefing_warnings(briefing, today or dt.date.today(), future=future)


def is_future(briefing: Briefing, today: dt.date | None = None) -> bool:
    """Return True when the briefing is dated after today: it waits for its day unless --future."""
    return briefing.meta.date > (today or dt.date.today())


def validate_entries(entries: Sequence[Entry]) -> list[Diagnostic]:
    """Report each file whose slug another file also produces, including case-only renames."""
    by_slug: dict[str, list[Entry]] = {}
    for entry in entries:
        by_slug.setdefault(entry.slug.casefold(), []).append(entry)
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


def _briefing_warnings(briefing: Briefing, today: dt.date, *, future: bool) -> list[Diagnostic]:
    meta = briefing.meta
    diagnostics: list[Diagnostic] = []
    if is_future(briefing, today):
        diagnostics.append(
            warning(meta.pos, f"`date` {meta.date} is in the future", hint="check the year")
            if future
            else warning(
                meta.pos,
                f"left out: `date` {meta.date} is in the future",
                hint="it is published on that day; build with --future to include it now",
            )
        )
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
