"""One-off inline texts (a YAML table's cells, caption and column labels, an update's text)
rendered with the leftover warnings a paragraph's text gets; and those warnings alone, at
their columns, for the text a plain-text import writes and a plain-text front matter field
(plainfields.py).

They are parsed on their own, not as runs of the file's Markdown, so `leftovers.py` never
saw them: an unclosed `**`, an empty link or a `%%private note%%` was published with no
warning. Each is reported at the place of its text (its YAML key), where the other warnings
of such a text are: the text's columns are not the file's once YAML has read its quotes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from markdown_it.token import Token

from briefgen.content.codespans import without_code_or_comments
from briefgen.content.leftovers import AS_TYPED_FINDERS, MARKED, leftover_warnings
from briefgen.content.markdown import (
    defined_references,
    markdown_parser,
    plain_inline,
    render_inline,
)
from briefgen.content.noterefs import DEFINED_NOTES
from briefgen.diagnostics import counted
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from briefgen.content.markdown import InlineContext
    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import RichText

_NO_BLOCK = Token("inline_open", "", 1)
"""What `leftovers.py` reads as the block a run is in: no paragraph, heading or term."""
_DOUBLED_MARKS = pattern(r"\*\*|__|~~")
"""Marks that may be left unpaired (`**Key finding: **Budgets`), which `MARKED` leaves to the
parse."""


def render_checked_source(
    text: str, context: InlineContext, *, note_numbers: bool = True
) -> tuple[RichText, list[Diagnostic]]:
    """Render a one-off inline string, with its warnings and those of what it shows as text."""
    plain = plain_inline(text)
    if plain is not None:
        return plain, []  # words and numbers: nothing to render, nothing left over
    # The file's notes, as its own runs have them: a bare URL ends before a reference to one.
    env = defined_references(context)
    if context.notes:
        env[DEFINED_NOTES] = context.notes.defined
    run = markdown_parser(unsafe_html=context.unsafe_html).parseInline(text, env)[0]
    # A misread note (`[^a b]`) is one of the leftovers: not warned about twice.
    rich, found = render_inline(run.children or [], context, note_numbers=note_numbers)
    # Read as a one-line run in no block (not a paragraph, whose `#` or `-` before a no-break
    # space would be a heading or a list: nobreak.py), then moved to where the text is.
    run.map = [0, 1]
    left = leftover_warnings(context.pos.path, [_NO_BLOCK, run], text, env)
    return rich, [*found, *counted(replace(d, pos=context.pos) for d in left)]


def inline_leftovers(text: str, path: str) -> list[Diagnostic]:
    """Return the leftover warnings of a one-off inline string, each at its column on line 1:
    what the build will warn about in text `import` writes (`m^2^`, `{>>a comment<<}`), and
    what a plain-text field shows as written (an unclosed `**`, `{{< ref x >}}`)."""
    if MARKED.search(text) is None and _DOUBLED_MARKS.search(text) is None:
        # Most text: none of the marks looked for (and import escapes a `**` it writes).
        return []
    env: dict[str, object] = {}
    run = markdown_parser(unsafe_html=False).parseInline(text, env)[0]
    run.map = [0, 1]
    return leftover_warnings(path, [_NO_BLOCK, run], text, env)


def typed_leftovers(text: str) -> list[Found]:
    """Return what the build would warn of in a line of an article as typed (`==marks==`,
    `$$x^2$$`, `%%a private note%%`, `[[wiki]]`, `::: note`): `import` writes it escaped, so
    the page shows it as typed and the build no longer sees it. Code spans are not read."""
    if MARKED.search(text) is None:
        return []
    written = without_code_or_comments(text, "\x00")  # as `leftovers.py` reads a code span
    return [found for finder in AS_TYPED_FINDERS for found in finder(written, {})]
