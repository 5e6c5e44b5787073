"""Syntax a briefing brings from MkDocs, Pelican, Jekyll or Quarto that CommonMark reads as
text: each a warning at its place (`leftovers.py` places it; code never warns).

Python-Markdown and kramdown read `##Background` as a heading; CommonMark needs a space after
the hashes, so the section and its Contents entry would be gone, its `##` shown. A single `#`
before a word (`#housing`, `#1`) is a hashtag or a number and stays silent.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.diagnostics import excerpt, warning

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

MARKS = r"##"
"""What a run holds for `migrated_syntax` to read it: a regular expression, for `leftovers.py`."""

_UNSPACED_HEADING = re.compile(r"^(#{2,6})(?=[^\W\d_])", re.MULTILINE)
"""`##Background`: two to six hashes at a line's start, right before a letter."""


def migrated_syntax(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    """Find headings with no space after their hashes in the run, in order."""
    for match in _UNSPACED_HEADING.finditer(written):
        yield match.start(), written[match.start() :].split("\n", 1)[0], _heading_warning


def _heading_warning(pos: SourcePos, shown: str) -> Diagnostic:
    hashes = shown[: len(shown) - len(shown.lstrip("#"))]
    return warning(
        pos,
        f"`{excerpt(shown, 40)}` is not a heading (no space after `{hashes}`); shown as text",
        hint=f"put a space after `{hashes}`",
    )
