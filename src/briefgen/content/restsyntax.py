"""reStructuredText's directives and notes left as text, as a page moved from Pelican or
Sphinx brings them (`.. image:: chart.png`, `.. note::`, `.. [1] Source.`): each a warning at
its line (`leftovers.py` places it).

CommonMark reads a directive as a paragraph's text: the page shows its `..` and `::`, and an
image or a figure so written is not shown at all. A line of prose never starts with two dots,
a space and one word right before `::`, nor with `..` before a bracketed label.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

MARKER = "::"
"""What a run holds for `rest_syntax` to read it (a note's `[` is a marker already)."""
_DIRECTIVE = pattern(
    r"^[ \t]*(\.\.[ \t]+([A-Za-z][\w-]*(?::[\w-]+)?)::(?=[ \t]|$)[ \t]*([^\n]*))", re.MULTILINE
)
"""`.. image:: chart.png`, `.. note::`, Sphinx's `.. py:function:: f()`: a directive's line."""
_NOTE = pattern(r"^[ \t]*(\.\.[ \t]+\[(#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)\])(?=[ \t]|$)", re.MULTILINE)
"""`.. [1] …`, `.. [#] …`, `.. [Smith2020] …`: a footnote's or a citation's line."""
_CALLOUTS = {
    "note": "NOTE",
    "seealso": "NOTE",
    "tip": "TIP",
    "hint": "TIP",
    "important": "IMPORTANT",
    "warning": "WARNING",
    "attention": "WARNING",
    "caution": "CAUTION",
    "danger": "CAUTION",
    "error": "CAUTION",
}
"""reStructuredText's admonitions, each with the callout that shows it."""
_CODE = frozenset({"code", "code-block", "sourcecode", "literalinclude"})
_IMAGES = frozenset({"image", "figure"})


def rest_syntax(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    """Find each directive's and each footnote's line in the run, in order."""
    if ".." not in written:
        return
    found: list[Found] = []
    for match in _DIRECTIVE.finditer(written):
        name, argument = match[2].lower(), match[3].strip()
        make = partial(_directive_warning, name=name, argument=argument)
        found.append((match.start(1), match[1].rstrip(), make))
    for match in _NOTE.finditer(written):
        found.append((match.start(1), match[1], partial(_note_warning, label=match[2])))
    yield from sorted(found, key=lambda item: item[0])


def _directive_warning(pos: SourcePos, shown: str, *, name: str, argument: str) -> Diagnostic:
    message = f"reStructuredText directive `{excerpt(shown, 40)}` is not read"
    if name in _IMAGES:
        image = excerpt(argument, 40) if argument else "chart.png"
        return warning(
            pos,
            f"{message}: the image is not shown, and the line is shown as text",
            f"write the image in Markdown: `![what it shows]({image})`",
        )
    if kind := _CALLOUTS.get(name):
        hint = f"write a callout: `> [!{kind}]` on its own line, then the text in `> ` lines"
    elif name in _CODE:
        hint = "put the code between ```` ``` ```` fences, its language after the first"
    else:
        hint = "write it in Markdown: briefgen reads Markdown, not reStructuredText"
    return warning(pos, f"{message}; shown as text", hint)


def _note_warning(pos: SourcePos, shown: str, *, label: str) -> Diagnostic:
    label = "1" if label.startswith(("#", "*")) else label
    return warning(
        pos,
        f"reStructuredText note `{excerpt(shown, 40)}` is not read; shown as text",
        f"write `[^{label}]:` for it, and `[^{label}]` where the text refers to it",
    )
