"""reStructuredText's directives, notes, roles and fields left as text, as a page moved from
Pelican or Sphinx brings them (`.. image:: chart.png`, `.. note::`, `.. [1] Source.`,
`` :ref:`intro` ``, `:date: 2026-03-01`): each a warning at its line (`leftovers.py` places it).
A role and a field look like an emoji shortcode (`:smile:`): `migratedsyntax.py` leaves them to
this module, by `rest_role`.

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
_ROLE = pattern(r":(?:[A-Za-z][\w-]*:)?[A-Za-z][\w-]*:(?=\x00)")
"""`` :ref:`intro` ``, `` :py:func:`send` ``: a role, right before its code span (`leftovers.py`
reads each of a code span's characters as a NUL)."""
_FIELD = pattern(
    r"(?:^|(?<=\n))[ \t]*:(?:title|date|modified|tags|category|slug|authors?|summary|lang"
    r"|status|translation|alt|width|height|scale|align|target|class|name|caption|linenos"
    r"|language):(?=[ \t]+\S)",
    re.IGNORECASE,
)
"""A field at a line's start before its value: Pelican's metadata (`:date: 2026-03-01`,
`:tags: trade, eu`) or a directive's option (`:alt: A chart`), never an emoji's name."""
_UNDERLINE = pattern(r"(?<=\n)(#{7,}|\^{3,}|\"{3,}|'{3,}|\+{3,})[ \t]*(?=\n|$)")
"""A line of one of reStructuredText's section adornments under a line of a paragraph: one
Markdown reads as text (`=`, `-` underline a heading in CommonMark too; `*`, `_` and `~` make a
rule or a code fence, and `#` up to six a heading of its own)."""
UNDERLINE_MARKERS = ('"""', "'''")
"""The adornments `leftovers.py` looks for to read a run with `rest_syntax`, besides its own
(`#`, `^` and `+` runs are marked already)."""
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


def rest_role(written: str, start: int) -> bool:
    """Return whether the `:name:` at `start` in the run is a role's or a field's, not an
    emoji shortcode's."""
    if _ROLE.match(written, start):
        return True
    field = _FIELD.match(written, written.rfind("\n", 0, start) + 1)
    return field is not None and field.end() - len(field[0].lstrip(" \t")) == start


def rest_syntax(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    """Find each directive's, footnote's, role's and field's line in the run, in order."""
    found: list[Found] = []
    if ":" in written:
        found += [(m.start(), m[0], _role_warning) for m in _ROLE.finditer(written)]
        for match in _FIELD.finditer(written):
            field = match[0].lstrip(" \t")
            found.append((match.end() - len(field), field, _field_warning))
    if "\n" in written:
        found += _underlines(written)
    if ".." not in written:
        yield from sorted(found, key=lambda item: item[0])
        return
    for match in _DIRECTIVE.finditer(written):
        name, argument = match[2].lower(), match[3].strip()
        make = partial(_directive_warning, name=name, argument=argument)
        found.append((match.start(1), match[1].rstrip(), make))
    for match in _NOTE.finditer(written):
        found.append((match.start(1), match[1], partial(_note_warning, label=match[2])))
    yield from sorted(found, key=lambda item: item[0])


def _underlines(written: str) -> list[Found]:
    """Return each adornment as long as the short line above it, a title's."""
    found: list[Found] = []
    for match in _UNDERLINE.finditer(written):
        above = written[written.rfind("\n", 0, match.start() - 1) + 1 : match.start() - 1]
        title = above.strip()
        if title and len(title) <= min(len(match[1]), 80) and "\x00" not in title:
            found.append((match.start(1), match[1], partial(_underline_warning, title=title)))
    return found


def _underline_warning(pos: SourcePos, shown: str, *, title: str) -> Diagnostic:
    return warning(
        pos,
        f"`{excerpt(shown, 12)}` under `{excerpt(title, 40)}` underlines a heading in "
        "reStructuredText, not in Markdown: both lines are shown as text",
        f"write `## {excerpt(title, 40)}` (or `### ` for a subsection), and delete the underline",
    )


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


def _role_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"reStructuredText role `{shown}` is not read; shown as text",
        "write a Markdown link (`[its text](../page/)`), or the text alone",
    )


def _field_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"reStructuredText field `{shown}` is not read; shown as text",
        "write a briefing's `date:`, `tags:` and `summary:` in its front matter, between the "
        "`---` lines; remove a directive's options with it",
    )
