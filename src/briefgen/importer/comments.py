"""Google Docs' comments in a plain-text download: a letter in brackets where each comment is
anchored in the text (`…overnight.[a] Evacuations…`) and, at the foot, a line of its text
led by that letter (`[a]Can we confirm this with the district office?`).

A reviewer's comment is no text of the article, but `import` cannot tell one resolved from
one still open, so it keeps them as written and warns at each, as the build warns of a
`%%private note%%`. Only when anchors and lines match one for one: each line led by a letter
in brackets with no space after it has its anchor above it, and each anchor its line. A
contract's `[a] Payment…` clauses (a space after the bracket), or lines with no anchors, are
text and warned of by nothing here. A comment's line ends a note's line above it, whose
text it does not carry on (`[1] DoDMA…` / `[a]Can we…`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.diagnostics import Diagnostic
    from briefgen.importer.lines import Line

_ANCHOR = pattern(r"(?<=[^\s\[(])\[(?P<key>[a-z]{1,2})\]")
"""A comment's anchor: a letter or two in brackets right after a word or a stop (`…m.[a]`)."""
_COMMENT = pattern(r"\[(?P<key>[a-z]{1,2})\](?=\S)")
"""A comment's line: its letters in brackets, then its text with no space (`[a]Can we…`)."""


@dataclass(frozen=True, slots=True)
class Comments:
    """An article's lines and which of them are Google Docs comments (`find_comments`)."""

    lines: tuple[Line, ...]
    """All the article's lines."""
    comments: dict[str, Line] = field(default_factory=dict)
    """Each comment's line, by its letters."""
    anchors: dict[str, int] = field(default_factory=dict)
    """Each comment's first anchor's 1-based line, by its letters."""

    def apart(self) -> list[Line]:
        """Return the article's lines but the comments': a note's line over them ends there."""
        numbers = {line.number for line in self.comments.values()}
        return [line for line in self.lines if line.number not in numbers]

    def back(self, body: Sequence[Line]) -> list[Line]:
        """Return `body`, lines of `apart`, with the comments' lines back in their places,
        each a paragraph of its own, as after a blank line."""
        lines = [*body, *(replace(line, after_blank=True) for line in self.comments.values())]
        return sorted(lines, key=lambda line: line.number)

    def warnings(self, path: str) -> list[Diagnostic]:
        """Return a warning at each comment's line."""
        return [
            warning(
                SourcePos(path, line.number),
                f"line reads as a Google Docs comment, anchored at `[{key}]` on line "
                f"{self.anchors[key]}: a reviewer's comment would be published",
                f"delete this line and the `[{key}]` on line {self.anchors[key]}, or resolve "
                "the comments in Google Docs and download the text again",
            )
            for key, line in self.comments.items()
        ]


def find_comments(lines: Sequence[Line]) -> Comments:
    """Return the article's `lines` and its Google Docs comments, when the comments' lines
    and their anchors match one for one; else none."""
    anchors: dict[str, int] = {}
    comments: dict[str, Line] = {}
    for line in lines:
        if (comment := _COMMENT.match(line.text)) and not line.indent:
            if comment["key"] in comments:
                return Comments(tuple(lines))  # a letter two lines start with: no comments
            comments[comment["key"]] = line
        else:
            for anchor in _ANCHOR.finditer(line.text):
                anchors.setdefault(anchor["key"], line.number)
    if not comments or comments.keys() != anchors.keys():
        return Comments(tuple(lines))
    if any(anchors[key] > line.number for key, line in comments.items()):
        return Comments(tuple(lines))
    return Comments(tuple(lines), comments, anchors)
