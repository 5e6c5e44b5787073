"""Checks across parsed briefings that no single file can see on its own.

Duplicate slugs are errors (two files would write one page); the rest are warnings that
point at content a reader would find broken or empty.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from briefgen.errors import Diagnostic, error, warning

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from briefgen.model import Briefing, Section

log = logging.getLogger(__name__)


def validate_briefings(
    briefings: Sequence[Briefing], *, today: dt.date | None = None
) -> list[Diagnostic]:
    """Return problems across briefings: shared slugs, future dates, no summary, empty sections."""
    diagnostics = _duplicate_slugs(briefings)
    for briefing in briefings:
        diagnostics += _briefing_warnings(briefing, today or dt.date.today())
    return diagnostics


def _duplicate_slugs(briefings: Sequence[Briefing]) -> list[Diagnostic]:
    """Report each file whose slug another file also produces, including case-only renames."""
    by_slug: dict[str, list[Briefing]] = {}
    for briefing in briefings:
        by_slug.setdefault(briefing.slug.casefold(), []).append(briefing)
    diagnostics: list[Diagnostic] = []
    for group in by_slug.values():
        for briefing in group:
            others = ", ".join(other.source for other in group if other is not briefing)
            if others:
                diagnostics.append(
                    error(
                        briefing.pos,
                        f"slug `{briefing.slug}` is also used by {others}",
                        hint="rename one file or set a different `slug:` in its front matter",
                    )
                )
    return diagnostics


def _briefing_warnings(briefing: Briefing, today: dt.date) -> list[Diagnostic]:
    meta = briefing.meta
    diagnostics: list[Diagnostic] = []
    if meta.date > today:
        diagnostics.append(
            warning(
                meta.pos,
                f"`date` {meta.date} is in the future",
                hint="it is published anyway; check the year",
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
