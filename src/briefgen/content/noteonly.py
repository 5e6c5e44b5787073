"""Captions and terms that are only a note reference: `Figure: [^a]`, `- **[^a]:** text`.

A note's number is not one of the words that name a figure or a table (its region, its CSV
link), so a caption of only a note names its block by nothing a reader can read: screen
readers call the figure "1", the number its reference shows. A term of only a note shows the
number alone. Each is warned of at the reference, as a heading of only a note is ("empty
heading"); the page keeps it as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.inline_html import plain_text
from briefgen.content.invisible import shows_nothing
from briefgen.content.markdown import markdown_parser
from briefgen.diagnostics import warning

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.diagnostics import Diagnostic, SourcePos


def only_note(tokens: Sequence[Token]) -> str | None:
    """Return the first note reference, as written (`[^a]`), of inline tokens that show
    nothing but note references; None when they show words, or hold no reference."""
    label = next((t.meta["label"] for t in tokens if t.type == "footnote_ref"), None)
    if label is None or not shows_nothing(plain_text(tokens, notes=False)):
        return None
    return f"[^{label}]"


def only_note_in(text: str) -> str | None:
    """Return the first note reference of a one-off inline text (an image's title, a YAML
    caption) that shows nothing but note references; else None."""
    if "[^" not in text:
        return None  # most texts: no second parse
    runs = markdown_parser(unsafe_html=False).parseInline(text)
    return only_note(runs[0].children or []) if runs else None


def note_caption_warning(pos: SourcePos, kind: str, note: str) -> Diagnostic:
    """Warn of a caption of the `kind` of block (`figure`) that is only the note `note`."""
    return warning(
        pos,
        f"the {kind}'s caption is only a note reference, `{note}`: the {kind} is named by the "
        "note's number",
        hint=f"write the caption's words before `{note}`",
    )


def note_term_warning(pos: SourcePos, note: str) -> Diagnostic:
    """Warn of a term (of a term list or a definition list) that is only the note `note`."""
    return warning(
        pos,
        f"the term is only a note reference, `{note}`: it shows the note's number alone",
        hint=f"write the term's words before `{note}`, or delete the item",
    )


def only_definitions_label(nodes: Sequence[SyntaxTreeNode]) -> str | None:
    """Return the first note's label, as written (`[^a]`), of block nodes that are all note
    definitions (`- [^a]: text`, `> [^a]: text`); None when they hold anything else."""
    if not nodes or any(node.type != "footnote_reference" for node in nodes):
        return None
    return f"[^{nodes[0].meta['label']}]"


def definition_only_warning(pos: SourcePos, box: str, note: str, marker: str) -> Diagnostic:
    """Warn of a `box` (`list item`) that holds only the definition of `note`, typed after its
    `marker`: the note is listed under Notes, as every definition is, and the box shows empty."""
    return warning(
        pos,
        f"{box} holds only the definition of the note `{note}`, listed under Notes: it shows empty",
        hint=f"write `{note}: …` on a line of its own, without the `{marker}` before it",
    )
