"""The lines that head a plain article's notes right above them: one that names them
(`Notes`, `Endnotes`, `References`, `Anmerkungen`, `Notas`) and a rule (the
`________________` Google Docs' plain-text download writes above its footnotes, `---`).

When `import` turns the article's notes written in brackets into Markdown's
(`bracketnotes.py`), the page lists them at its foot under a heading of its own ("Notes", in
the briefing's language). The article's own line above them would then be a paragraph of one
word right over it, the page saying "Notes" twice, and a rule a stray line between the text
and that heading. So those lines are left out, with a warning that names each; only those,
where they are all that stands between the text and the notes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from briefgen.content.notesheadings import names_notes
from briefgen.diagnostics import SourcePos, excerpt, warning
from briefgen.importer.headings import carries_on
from briefgen.importer.lines import is_rule

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic
    from briefgen.importer.lines import Line

_Head = Literal["name", "rule"]
"""What heads an article's notes: a line that names them, or a rule."""
_HEADINGS: frozenset[tuple[_Head, ...]] = frozenset(
    {("rule",), ("name",), ("rule", "name"), ("name", "rule"), ("rule", "name", "rule")}
)
"""The runs of those lines, read upwards from the notes, that head them: a name, a rule, or
both in either order, and a name boxed between two rules (`-----` / `NOTES` / `-----`)."""


def drop_notes_heading(
    path: str, body: list[Line], first_note: int
) -> tuple[list[Line], list[Diagnostic]]:
    """Return the article's `body` lines without the last ones when they head the notes whose
    first line is `first_note` (a line number), right above them with nothing but notes below
    them: a line that names them and a rule (`________________`), one of each in either order,
    or the name between two rules, with a warning that names each; else `body` as it is, and
    no warning."""
    kept = list(body)
    dropped: list[Diagnostic] = []
    heads: tuple[_Head, ...] = ()
    while (head := _heads_notes(kept, first_note)) and (*heads, head) in _HEADINGS:
        heads = (*heads, head)
        last = kept.pop()
        dropped.append(
            warning(
                SourcePos(path, last.number, last.indent + 1),
                f"line `{excerpt(last.text.strip(), 40)}` right above the notes is left out: "
                "the page lists them under a heading of its own",
                hint="nothing to do; write the line into the briefing again if it says more",
            )
        )
    return kept, dropped[::-1]


def _heads_notes(body: list[Line], first_note: int) -> _Head | None:
    """Return what the last of the article's `body` lines is when it heads the notes whose
    first line is `first_note`, with text above it: `name` or `rule`; else None."""
    if len(body) < 2 or (last := body[-1]).number > first_note:
        return None
    if is_rule(last.text):
        return "rule"
    if not names_notes(last.text):
        return None
    if not last.after_blank and carries_on(body[-2].text, last.text):
        return None  # `…see the` / `Notes`: the end of a sentence
    return "name"
