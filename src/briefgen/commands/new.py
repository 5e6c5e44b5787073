"""`briefgen new`: start a briefing from a skeleton that already builds."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import yaml

from briefgen.content.slugs import RESERVED_SLUGS, SLUG_PATTERN, dated_slug, slug_from_stem
from briefgen.diagnostics import BriefgenError, SourcePos, error
from briefgen.project import BRIEFING_SUFFIX, CONTENT_DIR

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.report import Reporter

SUMMARY_PLACEHOLDER = (
    "Replace this with one or two sentences saying what happened and why it matters; "
    "it is shown on the index, in the feed and in link previews."
)

SKELETON_BODY = """\
Replace this lede with the news in one paragraph: who did what, when, and what it changes.

## Key points

- **What happened:** Replace with the decision, visit or announcement, in one sentence.
- **Why it matters:** Replace with the consequence for the reader's policy area.
- **What comes next:** Replace with the next date, vote or deadline to watch.

## Figures

Table: Replace with a caption that says what the table shows

| Measure | Value | Source |
|---|---|---|
| Replace with a measure | 0 | Replace with the source |
"""


def new_briefing(
    root: Path,
    title: str,
    reporter: Reporter,
    *,
    date: dt.date | None = None,
    slug: str | None = None,
) -> Path:
    """Write content/<slug>.md from the skeleton and return its path; never overwrite a file."""
    day = date or dt.date.today()
    if slug is None:
        slug = slug_from_stem(title)
        if not slug:
            slug = dated_slug(day)
            reporter.info(f"the title has no letters to spell a slug with; using {slug}")
    rel = f"{CONTENT_DIR}/{slug}{BRIEFING_SUFFIX}"
    _validate_slug(slug, rel)
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(render_skeleton(title, day))
    except FileExistsError:
        raise BriefgenError(
            [
                error(
                    SourcePos(rel, 1),
                    f"{rel} already exists; not overwriting it",
                    "edit that file, or pass --slug to choose another name",
                )
            ]
        ) from None
    reporter.info(f"wrote {rel}")
    return path


def render_skeleton(title: str, date: dt.date) -> str:
    """Return the new briefing's Markdown: safely quoted front matter, then the skeleton."""
    front_matter = {"title": title, "date": date, "summary": SUMMARY_PLACEHOLDER, "tags": []}
    header = yaml.safe_dump(front_matter, sort_keys=False, allow_unicode=True, width=10_000)
    return f"---\n{header}---\n\n{SKELETON_BODY}"


def _validate_slug(slug: str, rel: str) -> None:
    """Raise BriefgenError when the slug cannot name a briefing."""
    if not SLUG_PATTERN.fullmatch(slug):
        problem = "the title has no letters or digits to make a slug from"
        if slug:
            problem = f"invalid slug `{slug}`"
        raise BriefgenError(
            [
                error(
                    SourcePos(rel, 1),
                    problem,
                    "pass --slug with lowercase letters, digits and single hyphens",
                )
            ]
        )
    if slug in RESERVED_SLUGS:
        raise BriefgenError(
            [error(SourcePos(rel, 1), f"slug `{slug}` is reserved", "pass another --slug")]
        )
