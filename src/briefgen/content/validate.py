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


def validate_briefing(briefing: Briefing, *, today: dt.date | None = None) -> list[Diagnostic]:
    """Return warnings about one briefing: a future date, no summary, empty sections."""
    return _briefing_warnings(briefing, today or dt.date.today())


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
