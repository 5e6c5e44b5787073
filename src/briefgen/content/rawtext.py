"""Where trusted raw HTML's comments and text elements are, found as a browser finds them.

A browser reads markup a tag at a time: a quoted attribute value is the tag's, so
`<img alt="a <!-- b">` opens no comment and `<a title="<textarea>">` no element whose content
is text. A comment runs to its `-->`, and an element a browser reads as text up to its end
tag (`<textarea>`, `<script>`, `<iframe>`…) to that end tag, tags and `<!--` in it included.
Every character is read once, quotes left open included, so any input takes linear time.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator

TEXT_ELEMENTS = "script|style|textarea|title|xmp|iframe|noembed|noframes|noscript"
"""Elements whose content a browser reads as text up to their end tag, tags included."""
_TEXT_NAMES = frozenset(TEXT_ELEMENTS.split("|"))
_TEXT_ENDS = pattern(rf"</({TEXT_ELEMENTS})(?=[\t\n\f\r />])", re.IGNORECASE)
_TAG_NAME = pattern(r"</?([A-Za-z][^\t\n\f\r />]*)")
"""A start or end tag's `<` and name, as a browser's tokenizer reads one."""
_ATTRIBUTE = pattern(
    r"[\t\n\f\r /]*(?:[^\t\n\f\r />][^\t\n\f\r />=]*[\t\n\f\r ]*"
    r"""(?:=[\t\n\f\r ]*(?:"[^"]*("?)|'[^']*('?)|[^\t\n\f\r >]*))?)?"""
)
"""One attribute of a tag and the spaces (or `/`) before it: a quote opens a value only after
`=`, and one never closed takes the rest (its group, the closing quote, is then empty). It
matches something short of a `>` or the end, and nothing makes it look back: a tag is read
once."""

Stretch = tuple[int, int, int, str | None]
"""Where a comment (or a bogus one, `<!DOCTYPE html>`, `<?xml …?>`, read to its `>`) or a text
element starts (its `<`), where its text starts and ends, and what the page writes to end it
where it is never ended (` -->`, `</textarea>`, `>`), else None; or a tag never ended, to the
end, and what ends it (`">`, `>`): a browser would read what follows the block, the page's own
markup, as its attributes (or, for a bogus comment, as its text)."""


def text_stretches(markup: str) -> Iterator[Stretch]:
    """Yield each comment and each text element's content in `markup`, in order; one never
    ended, or a tag never ended, runs to the end, and is the last."""
    ends: dict[str, list[int]] = {}
    for found in _TEXT_ENDS.finditer(markup):  # once: each opener looks its own up
        ends.setdefault(found[1].lower(), []).append(found.start())
    at = 0
    while (start := markup.find("<", at)) != -1:
        if markup.startswith("<!--", start):
            if markup.startswith((">", "->"), start + 4):  # `<!-->`, `<!--->`: whole, empty
                at = markup.index(">", start + 4) + 1
                yield start, start, at, None
                continue
            if (end := markup.find("-->", start + 4)) == -1:
                yield start, start, len(markup), " -->"
                return
            yield start, start, end + 3, None
            at = end + 3
            continue
        if (name := _TAG_NAME.match(markup, start)) is None:
            if not markup.startswith(("<!", "<?", "</"), start):
                at = start + 1  # `a < b`: text
                continue
            # A bogus comment, to its `>`: `<!DOCTYPE html>`, `<?xml …?>`, `<![if …]>`, `</ a>`.
            if (end := markup.find(">", start)) == -1:
                yield start, start, len(markup), ">"
                return
            yield start, start, end + 1, None
            at = end + 1
            continue
        at, ends_tag = _tag_end(markup, name.end())
        if at == -1:
            yield start, start, len(markup), ends_tag
            return
        tag = name[1].lower()
        if markup[start + 1] == "/" or tag not in _TEXT_NAMES:
            continue
        closing = ends.get(tag, [])
        if (index := bisect.bisect_left(closing, at)) == len(closing):
            yield start, at, len(markup), f"</{tag}>"
            return
        yield start, at, closing[index], None
        at = closing[index]


def left_open_text(markup: str) -> tuple[int, str] | None:
    """Return where a comment, an element a browser reads as text to its end tag (`<!--`,
    `<textarea>`, `<script>`, `<iframe>`…) or a tag opens in `markup` and is never ended, and
    what ends it (` -->`, `</textarea>`, `">`); None if none is."""
    for start, _, _, end in text_stretches(markup):
        if end is not None:
            return start, end
    return None


def readable_markup(markup: str) -> str:
    """Return raw HTML as the page writes it, for Python's HTML parser: each comment (a bogus
    one too, `<?xml …?>`, and one no `-->` ends, to the end) as spaces, as it shows and opens
    nothing; a text element or a tag never ended ended as the page ends them, and each `<` in a
    text element's content (`<textarea>`, `<script>`…) a space.

    Python 3.11's parser reads a `<textarea>`'s content as markup, later ones as text; with
    no `<` in it, every version reads it as text. And it reads comments as no browser does:
    `<!-->` as a comment's start, hiding what follows up to a `-->`; a `<!--` or a `<?` that
    nothing ends to the end again from each, in quadratic time; and a `<![` as a marked
    section, failing on one a browser reads (`<![ 3 ]]>`, an AssertionError)."""
    if "<" not in markup:
        return markup
    parts: list[str] = []
    done, last = 0, ""
    for start, text, end, ended in text_stretches(markup):
        if text > start:  # an element's content
            parts += [markup[done:text], markup[text:end].replace("<", " ")]
            done = end
        elif _is_comment(markup, start):  # spaces, to the end if never ended: nothing ends it
            parts += [markup[done:start], _blanked(markup[start:end])]
            done = end
            continue
        last = ended or ""  # what ends the last stretch, a text element or a tag, never ended
    return "".join([*parts, markup[done:], last])


def without_comments(markup: str) -> str:
    """Return `markup` with each comment as spaces, line breaks kept (one never ended to the
    end): not a `<!--` in an attribute value, which hid the rest of its tag and of the block
    from the checks of what a page loads (`<p title="<!--"><iframe …>`)."""
    parts: list[str] = []
    done = 0
    for start, text, end, _ in text_stretches(markup):
        if text == start and _is_comment(markup, start):  # not a tag never ended
            parts += [markup[done:start], _blanked(markup[start:end])]
            done = end
    return "".join([*parts, markup[done:]])


def _is_comment(markup: str, start: int) -> bool:
    """Return whether the stretch at `start` is a comment, a bogus one (`<?xml …?>`) too, not
    a text element's start tag nor a tag never ended."""
    return _TAG_NAME.match(markup, start) is None


def _blanked(text: str) -> str:
    """Return `text` as spaces, its line breaks kept, so offsets and lines stay the same."""
    return re.sub(r"[^\n]", " ", text)


def _tag_end(markup: str, at: int) -> tuple[int, str]:
    """Return where the tag whose attributes start at `at` ends, past its `>`; or -1 and what
    ends it, where it never does (`>`, or `">` in a quoted value)."""
    ends = ">"
    while at < len(markup):
        if markup[at] == ">":
            return at + 1, ends
        found = _ATTRIBUTE.match(markup, at)
        ends = '">' if found and found[1] == "" else "'>" if found and found[2] == "" else ">"
        at = found.end() if found and found.end() > at else at + 1
    return -1, ends
