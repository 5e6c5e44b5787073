"""`[text][label]` links whose label has no definition, and the brackets side by side that are
no link at all.

markdown-it shows `[text][label]` as text when no `[label]: …` line defines the label, so each is
a warning at its line and column. Brackets side by side are no link when each holds a mark an
editor or a transcriber writes: note numbers pasted from Wikipedia (`[1][2]`), a cut or a `sic`
(`[...][sic]`, `[sic][emphasis added]`), or what a recording holds (`[Laughter][Crosstalk]`,
`[inaudible 00:12:03][crosstalk]`). A link's label has no use for such words, and its hint (add
a URL) none for the marks. Words that prose uses as much (`translation`, `music`, `break`) make
a mark only beside one of those: `[translated version][translation]` is a link.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, Literal

from markdown_it.common.utils import normalizeReference

from briefgen.content.linkdefs import DEFINITION_LINE
from briefgen.diagnostics import warning, wrapped_excerpt
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

log = logging.getLogger(__name__)

_LABEL = r"\[([^\[\]\n]*(?:\n[^\[\]\n]*)?)\]"
_REFERENCE_LINK = pattern(r"(?<![\\\]])\[((?!\])[^\[\]]*)\]" + _LABEL)
"""`[text][label]`, its text over as many lines as hard-wrapped prose gives it and its label
on one line or wrapped onto the next: no brackets inside, so a search from each `[` stops at
the next."""
_LINKED_IMAGE = pattern(
    r"(?<![\\\]])\[([^\[\]]*!\[[^\[\]]*\](?:\([^()]*\)|\[[^\[\]]*\])?[^\[\]]*)\]" + _LABEL
)
"""`[![alt](src)][label]` and `[![alt][img]][label]`: an image as the link's text, or in it
(`[a ![i](x.png) c][label]`), its own brackets and parentheses holding none, so the search
stays as short as `_REFERENCE_LINK`'s. Apart from it, as the image's own `[alt][img]` is
still searched for by that one."""
_EDITORIAL = pattern(r"(?i)[\d,\u2013-]+|\.\.\.|…|sic!?|emphasis (?:added|mine|in original)")
"""`[1][2]` notes as Wikipedia prints them, and `[...][sic]`, `[sic][emphasis added]`."""
_MARK_WORD = pattern(
    r"(?i)laugh\w*|chuckl\w*|giggl\w*|applau\w*|clap\w*|boo(?:s|ing)?"
    r"|cough\w*|sigh(?:s|ing)?|groan\w*|heckl\w*|cross-?talk|overlapping|overtalk"
    r"|inaudible|unintelligible|indistinct|incomprehensible|unclear|garbled|muffled|mumbl\w*"
    r"|pause[sd]?|pausing|interrupt\w*|interjection|sic"
)
"""A word naming what a recording holds (a sound, speech not caught, a stop): the word a
transcript's mark is made of, whatever else it says (`[long pause]`, `[audience laughs]`)."""
_PROSE_MARK_WORD = pattern(
    r"(?i)cheer(?:s|ing)?|music|noise|silence|break|recess"
    r"|translat\w*|interpret\w*|redacted|omitted|emphasis"
)
"""A word a mark may be made of too (`[Translated from Arabic]`, `[music]`), but one that
policy prose and so a link's text and label use as often (`[translated version][translation]`):
a mark of such words alone is one only beside a mark of `_MARK_WORD` or an editor's."""
_MARK_WORDS = 3
"""The most words a transcript's mark has, a time apart: a link's text may hold the same words
in a longer phrase (`[the music industry report]`)."""
_WORD = pattern(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*!?")
_TIME = pattern(r"\d{1,2}:\d{2}(?::\d{2})?")
"""A recording's time, as transcription services end a mark with it (`[crosstalk 00:01:02]`)."""


def reference_links(
    written: str, content: str, references: Mapping[str, object], unread: Mapping[str, int]
) -> Iterator[Found]:
    """Find each `[text][label]` and `[label][]` whose label has no definition.

    The brackets are found in `written`, where a `]` in code closes nothing; the label is
    read in `content`, code spans and all, as markdown-it reads it (`[`Buffer`][]`). `unread`
    gives the line of each label's definition written but not read (`written_definitions`).
    """
    matches = [*_REFERENCE_LINK.finditer(written), *_LINKED_IMAGE.finditer(written)]
    for match in sorted(matches, key=lambda match: match.start()):
        text, label = match.span(1), match.span(2) if match[2] else match.span(1)
        if content.startswith("^", text[0]) or _marks_side_by_side(match[1], match[2]):
            continue
        written_label = content[label[0] : label[1]]
        key = normalizeReference(written_label)
        if key not in references:
            start = match.start() - (written[match.start() - 1 : match.start()] == "!")
            shown = written[start : match.end()]
            if key in unread:
                yield start, shown, partial(_unread_definition_warning, line=unread[key])
            else:
                yield start, shown, partial(_no_definition_warning, label=written_label)


def written_definitions(text: str) -> dict[str, int]:
    """Return the 1-based line of each line of `text` that starts like a link definition
    (`[m]: img/map.png {width=50%}`), by its normalised label: the first of each."""
    lines: dict[str, int] = {}
    line, counted = 1, 0
    for match in DEFINITION_LINE.finditer(text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        lines.setdefault(normalizeReference(match[1]), line)
    return lines


def _marks_side_by_side(text: str, label: str) -> bool:
    """Whether `[text][label]` is two marks, no link: each an editorial or a transcript mark,
    one of them not of prose words alone (`[interpretation][interpreting]` is a link), and the
    label not the text's words, as a link's often is (`[the music report][music]`)."""
    if _EDITORIAL.fullmatch(text) and _EDITORIAL.fullmatch(label):
        return True  # `[...][...]` and `[sic][sic]` too: no link's label is a cut or a `sic`
    text_mark, label_mark = _mark(text), _mark(label)
    if not (text_mark and label_mark and "mark" in (text_mark, label_mark)):
        return False
    return not set(label.casefold().split()) <= set(text.casefold().split())


def _mark(text: str) -> Literal["mark", "prose", None]:
    """Return "mark" when a bracket holds an editorial mark or up to `_MARK_WORDS` words of a
    transcript's mark, with a time or without (`[Laughter]`, `[inaudible 00:12:03]`, `[long
    pause]`); "prose" when its mark words are all of `_PROSE_MARK_WORD` (`[translation]`);
    else None."""
    if _EDITORIAL.fullmatch(text):
        return "mark"
    words = text.split()
    if words and _TIME.fullmatch(words[-1]):
        words.pop()
    if not (0 < len(words) <= _MARK_WORDS and all(_WORD.fullmatch(word) for word in words)):
        return None
    if any(_MARK_WORD.fullmatch(word.rstrip("!")) for word in words):
        return "mark"
    return "prose" if any(_PROSE_MARK_WORD.fullmatch(word.rstrip("!")) for word in words) else None


def _unread_definition_warning(pos: SourcePos, shown: str, *, line: int) -> Diagnostic:
    """Warn at a link or image whose definition is written, at `line`, but not read."""
    kind = "image" if shown.startswith("!") else "link"
    return warning(
        pos,
        f"{kind} `{wrapped_excerpt(shown, 50)}` is shown as text: its definition at line "
        f"{line} is not read",
        hint=f"mend the definition at line {line}: on a line of its own, an address with no "
        "space and maybe a title, nothing after",
    )


def _no_definition_warning(pos: SourcePos, shown: str, *, label: str) -> Diagnostic:
    kind = "image" if shown.startswith("!") else "link"
    return warning(
        pos,
        f"{kind} `{wrapped_excerpt(shown, 50)}` has no definition "
        f"`[{wrapped_excerpt(label, 30)}]: …`; shown as text",
        hint=f"add a line `[{wrapped_excerpt(label, 30)}]: https://…`, "
        "or write `[text](https://…)`",
    )
