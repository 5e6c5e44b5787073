"""`[text][label]` links whose label has no definition, and the brackets side by side that are
no link at all.

markdown-it shows `[text][label]` as text when no `[label]: …` line defines the label, so each is
a warning at its line and column. Brackets side by side are no link when each holds a mark an
editor writes: note numbers pasted from Wikipedia (`[1][2]`), or a cut or a `sic` (`[...][sic]`,
`[sic][emphasis added]`).
"""

from __future__ import annotations

import logging
import re
from functools import partial
from typing import TYPE_CHECKING

from markdown_it.common.utils import normalizeReference

from briefgen.diagnostics import warning, wrapped_excerpt

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

log = logging.getLogger(__name__)

_REFERENCE_LINK = re.compile(r"(?<![\\\]])\[((?!\])[^\[\]]*)\]\[([^\[\]\n]*(?:\n[^\[\]\n]*)?)\]")
"""`[text][label]`, its text over as many lines as hard-wrapped prose gives it and its label
on one line or wrapped onto the next: no brackets inside, so a search from each `[` stops at
the next."""
_EDITORIAL = re.compile(r"(?i)[\d,\u2013-]+|\.\.\.|…|sic!?|emphasis (?:added|mine|in original)")
"""`[1][2]` notes as Wikipedia prints them, and `[...][sic]`, `[sic][emphasis added]`."""


def reference_links(
    written: str, content: str, references: Mapping[str, object]
) -> Iterator[Found]:
    """Find each `[text][label]` and `[label][]` whose label has no definition.

    The brackets are found in `written`, where a `]` in code closes nothing; the label is
    read in `content`, code spans and all, as markdown-it reads it (`[`Buffer`][]`).
    """
    for match in _REFERENCE_LINK.finditer(written):
        text, label = match.span(1), match.span(2) if match[2] else match.span(1)
        if content.startswith("^", text[0]) or _marks_side_by_side(match[1], match[2]):
            continue
        written_label = content[label[0] : label[1]]
        if normalizeReference(written_label) not in references:
            yield match.start(), match.group(), partial(_reference_warning, label=written_label)


def _marks_side_by_side(text: str, label: str) -> bool:
    """Whether `[text][label]` is two editorial marks, no link."""
    return bool(_EDITORIAL.fullmatch(text) and _EDITORIAL.fullmatch(label))


def _reference_warning(pos: SourcePos, shown: str, *, label: str) -> Diagnostic:
    return warning(
        pos,
        f"link `{wrapped_excerpt(shown, 50)}` has no definition "
        f"`[{wrapped_excerpt(label, 30)}]: …`; shown as text",
        hint=f"add a line `[{wrapped_excerpt(label, 30)}]: https://…`, "
        "or write `[text](https://…)`",
    )
