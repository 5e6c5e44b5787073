"""Code spans blanked out of Markdown text, so what is shown as code is not read as syntax.

A link or a marker written in a code span (`` `[c](../x.html)` ``) is shown as code: no
warning may fire at it and no broken link may be blamed on it. Spans are found as CommonMark
finds them, and replaced by spaces (line breaks kept) so every offset, line and column holds.
An inline HTML comment (`<!-- TODO :smile: -->`) is never published, so it can be blanked too;
so can the comments of raw HTML and of a built page, which a browser never shows.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from markdown_it.common.html_re import comment, open_tag

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator

_BACKTICKS = pattern(r"`+")
_AUTOLINK = pattern(
    r"<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\x00-\x20]*>"
    r"|<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>"
)
"""A CommonMark autolink, `<https://…>` or `<name@example.org>`: a backtick in it opens no
code span, as the autolink starts first."""
_COMMENT = pattern(comment)
"""An inline HTML comment as markdown-it reads one (`<!-->` and `<!--->` are whole ones)."""
_COMMENT_OR_TAG = pattern(rf"<!--|{open_tag}")
"""A comment's start, or a start tag as markdown-it reads one: a `<!--` in its quoted
attribute value (`<img alt="a <!-- b">`) is the tag's."""


def without_code_or_comments(text: str, filler: str) -> str:
    """Return one inline run with its code spans, and then its HTML comments (which the page
    drops), as `filler` characters, line breaks kept."""
    if "`" in text:
        text = without_code_spans(text, filler)
    return blank_comments(text, filler, in_markdown=True)


def blank_comments(text: str, filler: str = " ", *, in_markdown: bool) -> str:
    """Return `text` with its HTML comments as `filler` characters, line breaks kept.

    A comment ends at the first `-->` after its `<!--` (`<!-->` and `<!--->` are whole, empty
    ones), as a browser reads it. In Markdown (`in_markdown`) a `\\<!--` is text, and so is a
    comment markdown-it does not read as one (`<!-- a --->`). A `<!--` with no end is left as
    it is. Each stretch is read once, so a run of `<!--` with no end takes linear time.
    """
    parts: list[str] = []
    done = position = end = 0
    while (start := text.find("<!--", position)) != -1:
        if end < start + 2:  # the next `-->` is looked for once per `-->`, not per `<!--`
            end = text.find("-->", start + 2)
        if end == -1:
            break
        if in_markdown and is_escaped(text, start):  # `\<!--` is text; a later `<!--` may start one
            position = start + 4
            continue
        position = end + 3
        if not in_markdown or _COMMENT.fullmatch(text, start, position):
            parts += [text[done:start], re.sub(r"[^\n]", filler, text[start:position])]
            done = position
    return "".join([*parts, text[done:]])


def unclosed_comment(text: str) -> int | None:
    """Return where the first `<!--` of a Markdown run that no `-->` ends starts, as
    markdown-it reads the run; None if there is none.

    A `\\<!--` is text, `<!-->` and `<!--->` are whole (empty) comments, and a `<!--` in a
    tag's quoted attribute value is no comment. Each `<!--` is looked past once; a tag is read
    as markdown-it reads it, at each `<`."""
    at = 0
    while (found := _COMMENT_OR_TAG.search(text, at)) is not None:
        start = found.start()
        if is_escaped(text, start):  # `\<img …>` is text: a `<!--` in it may open a comment
            at = start + 1
        elif found[0] != "<!--":
            at = found.end()
        elif text.startswith((">", "->"), start + 4):
            at = start + 4
        elif (end := text.find("-->", start + 4)) == -1:
            return start
        else:
            at = end + 3
    return None


def without_code_spans(text: str, filler: str = " ") -> str:
    """Return `text` (one inline run or paragraph) with its code spans as spaces, or as
    `filler` (one character) where a span must still count as text written on its line."""
    parts: list[str] = []
    done = 0
    for start, end, _ in code_spans(text):
        parts += [text[done:start], re.sub(r"[^\n]", filler, text[start:end])]
        done = end
    return "".join([*parts, text[done:]])


def span_delimiters(text: str) -> set[int]:
    """Return where each run of backticks that opens or closes a code span of `text` starts."""
    return {at for start, end, size in code_spans(text) for at in (start, end - size)}


def code_spans(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield where each code span of `text` starts and ends, its backticks included, and how
    many backticks open it.

    A run of N backticks opens a span that the next run of exactly N closes; a backslash
    before a run escapes its first backtick, but inside a span a backslash is text, and
    inside an autolink that starts before it a run opens nothing. Each length's runs are
    visited once, so a line of lone backticks takes linear time.
    """
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    autolinks = _autolinks(text) if "<" in text else []
    by_length: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    seen = dict.fromkeys(by_length, 0)
    done = index = 0
    while index < len(runs):
        start, end = runs[index]
        if is_escaped(text, start):
            start += 1  # that backtick is text: the rest of the run may still open a span
        if autolinks and _in_autolink(autolinks, start, done):
            index += 1
            continue
        length = end - start
        later = by_length.get(length, [])
        while later and seen[length] < len(later) and later[seen[length]] <= index:
            seen[length] += 1
        if not later or seen[length] == len(later):
            index += 1
            continue
        closer = later[seen[length]]
        yield start, runs[closer][1], length
        done, index = runs[closer][1], closer + 1


def unpaired_backticks(text: str) -> Iterator[tuple[int, int]]:
    """Yield where each run of backticks of `text` that is shown as text starts and ends: one
    that opens no code span, as no later run of as many closes it. A run inside a span, or
    inside an autolink, is none; an escaped first backtick is text as written, not a slip."""
    spans = [(start, end) for start, end, _ in code_spans(text)]
    autolinks = _autolinks(text) if "<" in text else []
    for run in _BACKTICKS.finditer(text):
        start, end = run.span()
        start += is_escaped(text, start)
        inside = bisect.bisect_right(spans, (start, len(text))) - 1  # the last span before
        if start == end or (inside >= 0 and start < spans[inside][1]):
            continue
        if not (autolinks and _in_autolink(autolinks, start, 0)):
            yield start, end


def is_escaped(text: str, at: int) -> bool:
    """Return True when an odd number of backslashes stands right before `text[at]`."""
    before = at
    while before and text[before - 1] == "\\":
        before -= 1
    return (at - before) % 2 == 1


def _autolinks(text: str) -> list[tuple[int, int]]:
    """Return where each autolink-shaped stretch of `text` that holds a backtick starts and
    ends; not one whose `<` is escaped."""
    return [
        found.span()
        for found in _AUTOLINK.finditer(text)
        if "`" in found.group() and not is_escaped(text, found.start())
    ]


def _in_autolink(autolinks: list[tuple[int, int]], at: int, after: int) -> bool:
    """Return True when `text[at]` lies inside an autolink starting at or after `after` (one
    starting before is inside a code span, and no autolink)."""
    index = bisect.bisect_right(autolinks, (at, at)) - 1
    return index >= 0 and autolinks[index][0] >= after and at < autolinks[index][1]
