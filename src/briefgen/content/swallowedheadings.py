"""The body's headings read as YAML comments: a front matter whose `---` was forgotten.

With no `---` after its last field, the front matter runs on to the next `---` the file has,
a rule of the body. A paragraph on the way is a YAML error, but a heading is not: `## Key
points` is a comment to YAML, so the heading vanished from the page without a word. A
heading-like comment (two `#` or more, then text) after a blank line, with no field below it
in the front matter, is such a heading; a comment of the author's own (`# draft: true`, or
`## Sources` above `sources:`) is not warned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_HEADING = pattern(r"#{2,6}[ \t]+\S.*")
"""A line that is an ATX heading of level 2 or more, as the body writes its sections."""


def swallowed_heading_warnings(
    path: str, front: Token, file_lines: Sequence[str]
) -> list[Diagnostic]:
    """Return a warning at the first heading of the body that the front matter token `front`
    (its lines from line 2) holds as a comment, after a blank line and below its last field;
    the message quotes the line that closed it (`---`, or YAML's `...`), from `file_lines`."""
    lines = front.content.split("\n")
    fields = [n for n, line in enumerate(lines) if line.strip() and line.lstrip()[0] != "#"]
    tail = lines[fields[-1] + 1 if fields else 0 :]
    blank = next((n for n, line in enumerate(tail) if not line.strip()), None)
    if blank is None:
        return []
    start = len(lines) - len(tail) + blank
    for number, line in enumerate(lines[start:], start=start):
        if _HEADING.fullmatch(line.rstrip()):
            end = (front.map or (0, 0))[1]
            closing = file_lines[end - 1].strip() if 0 < end <= len(file_lines) else "---"
            shown = excerpt(line.strip(), 40)
            message = (
                f"`{shown}` in the front matter is a YAML comment, shown nowhere: "
                f"the front matter runs on to the `{closing}` on line {end}"
            )
            hint = "close the front matter with a `---` line above it"
            return [warning(SourcePos(path, number + 2, 1), message, hint=hint)]
    return []
