"""Words broken at a line's end by a hyphen, as a PDF's text pastes them: `govern-` / `ment`.

A paragraph's lines are joined by a space on the page, so a word a PDF hyphenated across two
lines shows as `govern- ment`, and a compound wrapped at its hyphen as `long- term`: wrong
either way, and nothing on the page says why. Each is a warning at the hyphen, whose hint
writes the word whole both ways. A hyphen left hanging on purpose (`pre-` / `and post-war`,
`Ein-` / `und Ausfuhr`) is followed by a conjunction, and is not warned of.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

_BREAK = pattern(r"(?<=[^\W\d_])-\n(?=[^\W\d_])")
"""A hyphen between a letter that ends a line and a letter that starts the next."""
_LETTERS = pattern(r"[^\W\d_]+")
_COMMENT = pattern(r"<!--.*?-->", re.DOTALL)
"""An HTML comment in a paragraph, which the page leaves out: nothing in it is shown broken."""
_JOINED = pattern(r"[\w-]*")
"""The parts of a hyphenated word before its last, read backwards: `annual-` of `annual-review-`."""
_NOT_A_WORD = frozenset("/.@:&=%#_")
"""What before a word's letters, or before the hyphenated word they end, makes them a part of
a path, an address or a name in code (`example.org/annual-review-`)."""
_HANGING = frozenset(
    [
        "and",
        "or",
        "nor",
        "to",
        "as",
        "und",
        "oder",
        "bis",
        "sowie",
        "y",
        "e",
        "o",
        "u",
        "ni",
        "et",
        "ou",
        "à",
        "a",
        "en",
        "of",
        "bzw",
        "beziehungsweise",
        "noch",
        "wie",
        "versus",
        "vs",
        "but",
        "tot",
        "hasta",
    ]
)
"""The words after a hyphen left hanging on purpose, a suspended compound's (`pre- and
post-war`, `mid- to late-2026`, `Ein- und Ausfuhr`, `Ein- bzw. Ausfuhr`, `micro- y
macroeconomía`, `short- versus long-term`); `als` only in `als auch` (`sowohl Ein- als auch
Ausfuhr`), as a word broken before `-als` is common (`propos-` / `als`), and never Italian's
`ed`, as one broken before `-ed` is too (`want-` / `ed`)."""


def broken_word_warnings(
    path: str, tokens: Sequence[Token], lines: Sequence[str]
) -> list[Diagnostic]:
    """Warn at each word of a paragraph broken across two lines at a hyphen (the file's
    `lines`, as parsed into block `tokens`), which the page shows with a space inside."""
    found: list[Diagnostic] = []
    for token in tokens:
        # A character test first: most paragraphs break no line at a hyphen.
        if token.type != "inline" or "-\n" not in token.content or token.map is None:
            continue
        content, line, counted_to = token.content, token.map[0], 0
        comments = _comments(content) if "<!--" in content else []
        for broken in _BREAK.finditer(content):
            if comments and _inside(comments, broken.start()):
                continue
            # Each line is read once, backwards from its end: a long word costs no more.
            line_start = content.rfind("\n", 0, broken.start()) + 1
            backwards = content[line_start : broken.start()][::-1]
            ending, rest = _LETTERS.match(backwards), _LETTERS.match(content, broken.end())
            if ending is None or rest is None or _hanging(content, rest):
                continue
            before = backwards[ending.end() : ending.end() + 1]
            if before and (before.isalnum() or before in _NOT_A_WORD):
                continue
            joined = _JOINED.match(backwards, ending.end())
            if joined is not None and backwards[joined.end() : joined.end() + 1] in _NOT_A_WORD:
                continue
            line += content.count("\n", counted_to, broken.start())
            counted_to = broken.start()
            found.append(_warning(path, lines, line, ending.group()[::-1], rest.group()))
    return found


def _comments(content: str) -> list[int]:
    """Return where each HTML comment of `content` starts and ends, in one sorted list."""
    return [at for comment in _COMMENT.finditer(content) for at in comment.span()]


def _inside(bounds: list[int], offset: int) -> bool:
    """Whether `offset` is inside one of the spans whose starts and ends `bounds` lists."""
    return bisect_right(bounds, offset) % 2 == 1


def _hanging(content: str, rest: re.Match[str]) -> bool:
    """Whether the word `rest` after a line's hyphen shows the hyphen left hanging on purpose."""
    word = rest.group().lower()
    return word in _HANGING or (word == "als" and content.startswith(" auch", rest.end()))


def _warning(path: str, lines: Sequence[str], line: int, start: str, rest: str) -> Diagnostic:
    """Return the warning at `start-`, which ends the file's 0-based `line`."""
    written = lines[line] if line < len(lines) else ""
    column = written.rstrip().rfind(f"{start}-") + 1 or 1
    message = (
        f"`{excerpt(start, 30)}-` ends its line at a hyphen, and the page joins the lines "
        f"with a space: `{excerpt(f'{start}- {rest}', 50)}`"
    )
    whole, joined = excerpt(start + rest, 40), excerpt(f"{start}-{rest}", 40)
    hint = f"write the word on one line: `{whole}`, or `{joined}` for a compound"
    if rest[:1].isupper():  # `Austria-` / `Hungary`: a compound of names, never one word
        hint = f"write the compound on one line: `{joined}`"
    return warning(SourcePos(path, line + 1, column), message, hint)
