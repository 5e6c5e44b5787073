"""`[text][label]` links whose label has no definition, and the brackets side by side that are
no link at all.

markdown-it shows `[text][label]` as text when no `[label]: …` line defines the label, so each is
a warning at its line and column. Brackets side by side are no link when each holds a mark an
editor or a transcriber writes: note numbers pasted from Wikipedia (`[1][2]`), a cut or a `sic`
(`[...][sic]`, `[sic][emphasis added]`), or what a recording holds (`[Laughter][Crosstalk]`,
`[inaudible 00:12:03][crosstalk]`). A link's label has no use for such words, and its hint (add
a URL) none for the marks.
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
_MARK_WORD = re.compile(
    r"(?i)laugh\w*|chuckl\w*|giggl\w*|applau\w*|cheer(?:s|ing)?|clap\w*|boo(?:s|ing)?"
    r"|cough\w*|sigh(?:s|ing)?|groan\w*|heckl\w*|music|noise|cross-?talk|overlapping|overtalk"
    r"|inaudible|unintelligible|indistinct|incomprehensible|unclear|garbled|muffled|mumbl\w*"
    r"|pause[sd]?|pausing|silence|interrupt\w*|interjection|break|recess"
    r"|translat\w*|interpret\w*|redacted|omitted|emphasis|sic"
)
"""A word naming what a recording holds (a sound, speech not caught, a stop) or what an
editor did: the word a transcript's mark is made of, whatever else it says (`[long pause]`,
`[audience laughs]`, `[translated from Arabic]`)."""
_MARK_WORDS = 3
"""The most words a transcript's mark has, a time apart: a link's text may hold the same words
in a longer phrase (`[the music industry report]`)."""
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*!?")
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
"""A recording's time, as transcription services end a mark with it (`[crosstalk 00:01:02]`)."""


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
    """Whether `[text][label]` is two marks, no link: each an editorial or a transcript mark,
    and the label not the text's words, as a link's often is (`[the music report][music]`)."""
    if _EDITORIAL.fullmatch(text) and _EDITORIAL.fullmatch(label):
        return True  # `[...][...]` and `[sic][sic]` too: no link's label is a cut or a `sic`
    if not (_is_mark(text) and _is_mark(label)):
        return False
    return not set(label.casefold().split()) <= set(text.casefold().split())


def _is_mark(text: str) -> bool:
    """Whether a bracket holds an editorial mark or up to `_MARK_WORDS` words of a transcript's
    mark, with a time or without (`[Laughter]`, `[inaudible 00:12:03]`, `[long pause]`)."""
    if _EDITORIAL.fullmatch(text):
        return True
    words = text.split()
    if words and _TIME.fullmatch(words[-1]):
        words.pop()
    return (
        0 < len(words) <= _MARK_WORDS
        and all(_WORD.fullmatch(word) for word in words)
        and any(_MARK_WORD.fullmatch(word.rstrip("!")) for word in words)
    )


def _reference_warning(pos: SourcePos, shown: str, *, label: str) -> Diagnostic:
    return warning(
        pos,
        f"link `{wrapped_excerpt(shown, 50)}` has no definition "
        f"`[{wrapped_excerpt(label, 30)}]: …`; shown as text",
        hint=f"add a line `[{wrapped_excerpt(label, 30)}]: https://…`, "
        "or write `[text](https://…)`",
    )
