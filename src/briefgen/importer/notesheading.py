"""The line that names a plain article's notes right above them: `Notes`, `Endnotes`,
`References`, `Anmerkungen`, `Notas`.

When `import` turns the article's notes written in brackets into Markdown's
(`bracketnotes.py`), the page lists them at its foot under a heading of its own ("Notes", in
the briefing's language). The article's own line above them would then be a paragraph of one
word right over it, the page saying "Notes" twice. So that line is left out, with a warning
that names it; only that line, where it is all that stands between the text and the notes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.notesheadings import names_notes
from briefgen.diagnostics import SourcePos, warning
from briefgen.importer.headings import carries_on

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic
    from briefgen.importer.lines import Line


def drop_notes_heading(
    path: str, body: list[Line], first_note: int
) -> tuple[list[Line], list[Diagnostic]]:
    """Return the article's `body` lines without the last one when it names the notes whose
    first line is `first_note` (a line number), right above them with nothing but notes
    below it, and a warning that names it; else `body` as it is, and no warning."""
    if len(body) < 2 or not names_notes((last := body[-1]).text) or last.number > first_note:
        return body, []
    if not last.after_blank and carries_on(body[-2].text, last.text):
        return body, []  # `…see the` / `Notes`: the end of a sentence
    dropped = warning(
        SourcePos(path, last.number, last.indent + 1),
        f"line `{last.text.strip()}` right above the notes is left out: the page lists them "
        "under a heading of its own",
        hint="nothing to do; write the line into the briefing again if it says more",
    )
    return body[:-1], [dropped]
