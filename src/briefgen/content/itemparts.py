"""A list item's first paragraph split into its parts: a task's box, a term and its text.

`- [ ] text` starts with the box content/tasklists.py puts there; `- **Term:** text` (or
`**Term**: text`, `**Term** — text`) is a term bullet, its term shown as a definition's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from markdown_it.token import Token

from briefgen.content.linebreaks import LINE_BREAKS
from briefgen.content.migratedsyntax import starts_with_emoji
from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.diagnostics import Diagnostic, SourcePos
    from briefgen.model import TermSeparator

_TERM_SEPARATORS: tuple[TermSeparator, ...] = (":", "\uff1a", "\u2014")
"""What may end a term or start its text: a colon (full-width too, as Chinese and Japanese
write it) or an em dash."""
_TERM_ENDS: tuple[TermSeparator, ...] = (":", "\uff1a")
_DOUBLED_COLON = pattern(r"[:\uff1a](?:\*\*|__)?[ \t]*\\?[:\uff1a]")
"""A term's colon and a second one after its bold's end: `:**:`, `::`, `:** :`, and `:** \\:`
as `briefgen import` writes an article's."""
_TASK_BOX = 'class="task-list-item-checkbox"'


def task_box(tokens: list[Token]) -> tuple[bool | None, list[Token]]:
    """Split off the checkbox content/tasklists.py puts before `- [ ]` and `- [x]` items."""
    if tokens and tokens[0].type == "html_inline" and _TASK_BOX in tokens[0].content:
        rest = _strip_leading(tokens[1:], "")
        return 'checked="checked"' in tokens[0].content, rest
    return None, tokens


def split_term(
    tokens: Sequence[Token],
) -> tuple[list[Token], list[Token], TermSeparator] | None:
    """Split `**Term:** text` (or `**Term**: text`, `**Term** — text`) into term and text
    tokens, and the separator between them. A note right after the bold (`**Term:**[^a]`)
    is the term's, as one inside it is (`**Term[^a]:**`)."""
    tokens = _drop_empty(list(tokens))
    if len(tokens) < 2 or tokens[0].type != "strong_open":
        return None
    close = _matching_close(tokens)
    if close is None or close < 2:
        return None
    after = close + 1
    while after < len(tokens) and tokens[after].type == "footnote_ref":
        after += 1
    term, notes, rest = list(tokens[1:close]), list(tokens[close + 1 : after]), tokens[after:]
    last = term[-1]
    ending = last.content.rstrip() if last.type == "text" else ""
    for end in _TERM_ENDS:
        if ending.endswith(end):
            term[-1] = _with_content(last, ending[:-1].rstrip())
            return _drop_empty(term) + notes, _strip_leading(rest, ""), _spaced(ending[:-1], end)
    if rest and rest[0].type == "text":
        lead = rest[0].content.lstrip()
        for separator in _TERM_SEPARATORS:
            if lead.startswith(separator):
                before = rest[0].content[: rest[0].content.index(separator)]
                return term + notes, _strip_leading(rest, separator), _spaced(before, separator)
    return None


def _spaced(before: str, separator: TermSeparator) -> TermSeparator:
    """Return the separator with the one space before a colon, `before` it, that French
    typography puts there (`Bailleurs :`, a no-break or narrow one too): the list shows it."""
    gap = before[-1:] if before[-2:-1].strip() or len(before) == 1 else ""
    return _COLON_GAPS.get(gap, separator) if separator == ":" else separator


_COLON_GAPS: dict[str, TermSeparator] = {" ": " :", "\u00a0": "\u00a0:", "\u202f": "\u202f:"}
"""A space before a term's colon, and the separator it makes."""


def _matching_close(tokens: Sequence[Token]) -> int | None:
    """Return the index of the `strong_close` that closes `tokens[0]`: a bold word inside
    the term (`**Key __Point__:**`) has its own, and stopping there unbalances the tags."""
    depth = 0
    for index, token in enumerate(tokens):
        if token.type in {"strong_open", "strong_close"}:
            depth += 1 if token.type == "strong_open" else -1
            if depth == 0:
                return index
    return None


def _strip_leading(tokens: list[Token], separator: str) -> list[Token]:
    """Remove the separator and the whitespace around it from the start of the text.

    The line breaks before it are cut off in one slice: dropping one at a time copied the rest
    of the text each time, so a term followed by 90,000 `\\` lines took 15 s.
    """
    start = next(
        (at for at, token in enumerate(tokens) if token.type not in LINE_BREAKS), len(tokens)
    )
    tokens = tokens[start:]
    if tokens and tokens[0].type == "text":
        content = tokens[0].content.lstrip().removeprefix(separator).lstrip()
        tokens = [_with_content(tokens[0], content), *tokens[1:]]
    return _drop_empty(tokens)


def _with_content(token: Token, content: str) -> Token:
    """Return a copy of `token` holding other content, as `token.copy(content=...)` does.

    Made directly: `Token.copy` goes through `dataclasses.replace`, five times slower, and
    term bullets copy two tokens per item.
    """
    return Token(
        token.type,
        token.tag,
        token.nesting,
        attrs=token.attrs,
        map=token.map,
        level=token.level,
        children=token.children,
        content=content,
        markup=token.markup,
        info=token.info,
        meta=token.meta,
        block=token.block,
        hidden=token.hidden,
    )


def _drop_empty(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if not (t.type == "text" and not t.content)]


def stray_colon(text: Sequence[Token], separator: TermSeparator) -> str | None:
    """Return the colon a term bullet's text starts with after the colon that ended its term
    (`**Term:**: text`, `**Term**:: text`): shown as the text's first character. Not an
    emoji shortcode's (`**Status:** :warning: late`), which is warned of as one, nor one
    before a colon or a digit, which the text means: an address (`**Loopback:** ::1`), a
    port (`**Port:** :8080`)."""
    if separator[-1] not in _TERM_ENDS or not text or text[0].type != "text":
        return None
    lead, after = text[0].content[:1], text[0].content[1:2]
    if lead not in _TERM_ENDS or starts_with_emoji(text[0].content):
        return None
    return None if after in _TERM_ENDS or after.isdigit() else lead


def stray_colon_warning(term: str, colon: str, line: str, pos: SourcePos) -> Diagnostic:
    """Warn at the second of two colons after a term (`**Term:**: text`), which the page
    shows before the text; `pos` is the item's, `line` its first line."""
    doubled = _DOUBLED_COLON.search(line)
    at = replace(pos, column=doubled.end()) if doubled else pos
    return warning(
        at,
        f"term `{excerpt(term, 40)}` is followed by a second `{colon}`, which is shown at the "
        "start of its text",
        hint=f"delete one of the two: `- **{excerpt(term, 40)}{colon}** text`",
    )
