"""`briefgen new`: start a briefing from a skeleton that already builds."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from briefgen.commands.sourcefile import (
    briefing_rel,
    project_config,
    slug_for_title,
    write_source_file,
)
from briefgen.commands.takenpages import refuse_a_taken_page
from briefgen.content.slugs import RESERVED_SLUGS
from briefgen.content.writer import plain_text, yaml_text
from briefgen.diagnostics import BriefgenError, SourcePos, error, warning
from briefgen.project import refuse_a_folder_that_is_no_project
from briefgen.site.urls import SITE_PAGE_SLUGS

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.diagnostics import Diagnostic
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

<!--
More you can write; this comment is not shown. Copy what you need out of it.

A footnote gives a claim its source, listed under "Notes" at the end:

    Remittances rose again in 2025.[^bank]

    [^bank]: Banco de México, remittance statistics, accessed 2026-01-10.

A figure is an image alone in its paragraph, written relative to this file, with alt
text saying what it shows; the quoted title becomes its caption:

    ![Bar chart of remittances by year](img/remittances.png "Remittances, 2020-2026")

A callout is a labelled box (NOTE, TIP, IMPORTANT, WARNING or CAUTION):

    > [!NOTE]
    > What to watch: the date of the next meeting.
-->
"""


def new_briefing(
    root: Path,
    title: str,
    reporter: Reporter,
    *,
    date: dt.date | None = None,
    slug: str | None = None,
    lang: str | None = None,
) -> Path:
    """Write content/<slug>.md (content/<slug>.<lang>.md with `lang`) from the skeleton and
    return its path; never overwrite a file."""
    refuse_a_folder_that_is_no_project(root)
    day = date or dt.date.today()
    if slug is None:
        slug = slug_for_title(title, day, reporter)
    rel = briefing_rel(slug, lang)
    _validate_slug(slug, rel)
    refuse_a_taken_page(root, slug, rel)
    warnings = write_source_file(
        root,
        rel,
        render_skeleton(title, day),
        config=project_config(root),
        overwrite=False,
        forcible=False,
    )
    reporter.diagnostics(warnings)
    reporter.info(f"wrote {rel}")
    return root / rel


DRAFT_COMMENT = (
    "# A draft is built only with --drafts. Replace the placeholder text, "
    "then delete the next line."
)


def render_skeleton(title: str, date: dt.date) -> str:
    """Return the new briefing's Markdown: safely quoted front matter, then the skeleton.

    It is a draft, so a half-written briefing is never published by accident.
    """
    # Quoted always: PyYAML would write `1e3` or `0o17` plain, which briefgen reads as numbers.
    header = (
        f"title: {plain_text(title)}\ndate: {date.isoformat()}\n"
        f"summary: {yaml_text(SUMMARY_PLACEHOLDER)}\ntags: []\n"
    )
    return f"---\n{header}{DRAFT_COMMENT}\ndraft: true\n---\n\n{SKELETON_BODY}"


PLACEHOLDERS = tuple(
    line.strip() for line in (SUMMARY_PLACEHOLDER, *SKELETON_BODY.splitlines()) if "Replace" in line
)
"""Lines of the skeleton that a finished briefing no longer contains."""


def find_placeholders(rel: str, text: str) -> list[Diagnostic]:
    """Return a warning for every line that still holds placeholder text from the skeleton."""
    return [
        warning(
            SourcePos(rel, number),
            "placeholder text from `briefgen new` is still here",
            "replace it with the briefing's own text; then remove `draft: true`",
        )
        for number, line in enumerate(text.splitlines(), start=1)
        if any(placeholder in line for placeholder in PLACEHOLDERS)
    ]


def _validate_slug(slug: str, rel: str) -> None:
    """Raise BriefgenError when the slug made from the title is a name the site keeps (a
    `--slug` given is checked as the command line is read: `arguments.slug`)."""
    if slug in RESERVED_SLUGS or slug in SITE_PAGE_SLUGS:
        raise BriefgenError(
            [error(SourcePos(rel, 1), f"slug `{slug}` is reserved", "pass another --slug")]
        )
