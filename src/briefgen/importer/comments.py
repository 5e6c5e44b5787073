"""Google Docs' comments in a plain-text download: a letter in brackets where each comment is
anchored in the text (`…overnight.[a] Evacuations…`) and, at the foot, a line of its text
led by that letter (`[a]Can we confirm this with the district office?`).

A reviewer's comment is no text of the article, but `import` cannot tell one resolved from
one still open, so it keeps them as written and warns at each, as the build warns of a
`%%private note%%`. Only when anchors and lines match one for one: each line led by a letter
in brackets with no space after it has its anchor above it, and each anchor its line. A
contract's `[a] Payment…` clauses (a space after the bracket), or lines with no anchors, are
text and warned of by nothing here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, warning

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.diagnostics import Diagnostic
    from briefgen.importer.lines import Line

_ANCHOR = re.compile(r"(?<=[^\s\[(])\[(?P<key>[a-z]{1,2})\]")
"""A comment's anchor: a letter or two in brackets right after a word or a stop (`…m.[a]`)."""
_COMMENT = re.compile(r"\[(?P<key>[a-z]{1,2})\](?=\S)")
"""A comment's line: its letters in brackets, then its text with no space (`[a]Can we…`)."""


def comment_warnings(path: str, lines: Sequence[Line]) -> list[Diagnostic]:
    """Return a warning at each of the article's lines that is a Google Docs comment, when
    the comments' lines and their anchors match one for one; else none."""
    anchors: dict[str, int] = {}  # each letter's first anchor's line
    comments: dict[str, Line] = {}
    for line in lines:
        if (comment := _COMMENT.match(line.text)) and not line.indent:
            if comment["key"] in comments:
                return []  # a letter two lines start with: no comments' foot
            comments[comment["key"]] = line
        else:
            for anchor in _ANCHOR.finditer(line.text):
                anchors.setdefault(anchor["key"], line.number)
    if not comments or comments.keys() != anchors.keys():
        return []
    if any(anchors[key] > line.number for key, line in comments.items()):
        return []
    return [
        warning(
            SourcePos(path, line.number),
            f"line reads as a Google Docs comment, anchored at `[{key}]` on line "
            f"{anchors[key]}: a reviewer's comment would be published",
            f"delete this line and the `[{key}]` on line {anchors[key]}, or resolve the "
            "comments in Google Docs and download the text again",
        )
        for key, line in comments.items()
    ]
