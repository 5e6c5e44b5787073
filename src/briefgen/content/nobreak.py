"""Heading, list and definition markers followed by a no-break space: shown as text, so each
is a warning.

Word, Google Docs and macOS (Option+Space) put a no-break space (U+00A0) where a space was
typed, and CommonMark reads a heading or list marker only before a plain space or a tab:
`##\u00a0Funding` is a paragraph that shows its `##`, and `-\u00a0item` lines run together
into one paragraph. A definition's `:\u00a0` (as Word and French typography write it) runs
into its term's line the same way. A `>` before one still opens a quote, so it is not looked
for.

`leftovers.py` asks only about the lines of a paragraph, where a marker with a plain space
would have started a heading, a list or a definition; in a heading or a table cell it is text
either way. A task's box (`- [x]\u00a0Done`) is the same: at the start of a list item's first
paragraph it is read only before a plain space, and otherwise shows `[x]` and loses the done
state.

French and German typography put a no-break space after a sign or an ordinal on purpose
(`+\u00a05\u00a0%`, `1.\u00a0Januar`), to keep it with its number or word; a plain space there
would make a list item of the line and drop its sign or day. So a bullet is one only before
text that is no number, and a number only where a numbered list evidently stood: where it
goes on counting the list item its paragraph is in, or a line above it, or the next line goes
on counting from it.

The same goes for a no-break space, an ideographic space or an invisible character (a
zero-width space, a word joiner, a byte order mark left where two files were joined) *before*
a marker: a heading, list item, quote, code fence or definition so hidden is a paragraph's
text. Such a line is warned only where a plain space would have made the block: `\u00a0## Key`
is, `\u00a0Ordinary words` and a paragraph's `\u00a02. Oktober` (a `2.` starts no list inside
a paragraph) are not. A code block whose two fences are both so hidden is a paragraph, its
code a code span whose backticks are the fences: each is warned at its line, as with only the
first mended the second would close nothing (`fences.py` warns there).
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from briefgen.content.codespans import span_delimiters
from briefgen.content.invisible import HIDDEN_BLANK, left_by, named_characters
from briefgen.diagnostics import warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator

    from markdown_it.token import Token

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

NO_BREAK_MARKERS = tuple(f"{mark}\u00a0" for mark in "#-*+.)]:")
"""What a run holds when a marker may be followed by a no-break space: for a quick search."""
HIDDEN_LINE_START = rf"\n[ \t]*{HIDDEN_BLANK}"
"""What a run holds when a line past its first may start with a hidden character: a regular
expression, for `leftovers.py` (the first line's is found by `hidden_lead`)."""
_MARKER = pattern(
    rf"^(?:[ \t]{{0,3}}(?P<lead>{HIDDEN_BLANK}(?:{HIDDEN_BLANK}|[ \t]){{0,3}}))?"
    r"(?P<marker>(?P<heading>#{1,6})|(?P<bullet>[-*+])|(?P<number>\d{1,9})(?P<delimiter>[.)])"
    r"|(?P<definition>:)|(?P<quote>>)|(?P<fence>`{3,}|~{3,})|(?P<table>\|))"
    r"(?P<nbsp>\u00a0)?(?(lead)|(?(nbsp)|(?!)))",
    re.MULTILINE,
)
"""A marker at a line's start: after hidden characters (`lead`), or else before a no-break
space. Bounded, so a line of hidden characters is not searched to its end for a marker."""
_LEAD = pattern(rf"(?:{HIDDEN_BLANK}|[ \t]){{1,8}}$")
"""The hidden characters and spaces right before a paragraph's run on its first line."""
_HIDDEN_START = pattern(rf"[ \t]*{HIDDEN_BLANK}")
_KINDS = {"#": "a heading", "[": "a task", ":": "a definition", ">": "a quote"}
_KINDS |= {"`": "a code fence", "~": "a code fence", "|": "a table"}
_DELIMITER_ROW = pattern(r"[ \t|:-]*-[ \t|:-]*")
_TASK_BOX = pattern(r"\[[ xX]\]\u00a0")
"""A task's box, as `tasklists.py` reads it, before a no-break space."""

_NUMERIC = ("Nd", "No", "Sc")
"""Unicode categories of what starts an amount: a digit, `½`, a currency sign (`-\u00a0€5`)."""


def no_break_markers(
    written: str, above: Token | None, *, content: str | None = None, lead: str = ""
) -> Iterator[Found]:
    """Find each line of a paragraph's run that starts with a heading, list or definition
    marker and a no-break space, where the author meant the marker; and, when the token
    `above` the paragraph's opens a list item, a task's box and a no-break space at its start.

    Find too each line where hidden characters come before a marker that would otherwise have
    started a block. `written` is the run with code spans blanked out, `content` as written,
    `lead` the hidden characters markdown-it stripped off its first line (`hidden_lead`): one
    found there has an offset below 0.
    """
    content = written if content is None else content
    searched = lead + content
    if searched.isascii():
        return
    item = above if above is not None and above.type == "list_item_open" else None
    if item is not None and (box := _TASK_BOX.match(written)):
        yield 0, box[0], _no_break_warning
    # The list a numbered line would go on: the one this paragraph's item is in, then that of
    # each numbered line found meant.
    counted = (int(item.info), item.markup) if item is not None and item.info.isdigit() else None
    shift = len(lead)
    delimiters: set[int] | None = None
    for match in _MARKER.finditer(searched):
        hidden = match["lead"]
        at = match.start("lead") if hidden else match.start()
        if at >= shift and written[at - shift] != content[at - shift]:
            # In a code span or a comment; but a hidden fence's backticks that close a span
            # (`\u00a0```` under `\u00a0````) are the fence meant, the span's end.
            if not hidden or match["fence"] is None or match["fence"][0] != "`":
                continue
            delimiters = span_delimiters(content) if delimiters is None else delimiters
            if match.start("fence") - shift not in delimiters:
                continue
        above_count = counted
        if hidden and _hides_block(match, above_count):
            yield at - shift, searched[at : match.end("marker")], _hidden_lead_warning
            if match["number"] is not None:
                counted = (int(match["number"]), match["delimiter"])
        if match["nbsp"] is None or match["quote"] is not None or match["fence"] is not None:
            continue
        if match["number"] is None:
            meant = _meant_as_marker(match)
        elif meant := _meant_as_number(searched, match, above_count):
            counted = (int(match["number"]), match["delimiter"])
        if meant:
            at = match.start("marker")
            yield at - shift, searched[at : match.end()], _no_break_warning


def hidden_lead(source_line: str, run: str) -> str | None:
    """Return the hidden characters (and spaces among them) right before a paragraph's `run`
    on its first line, `source_line` (markdown-it strips those that are spaces to Python), or
    "" when the run starts with one itself; None when its first line starts with none."""
    first = run.partition("\n")[0]
    at = source_line.find(first) if first else -1
    lead = _LEAD.search(source_line, 0, at) if at > 0 else None
    if lead is not None and not lead[0].isascii():
        return lead[0]
    return "" if _HIDDEN_START.match(run) else None


def _hides_block(match: re.Match[str], counted: tuple[int, str] | None) -> bool:
    """Whether the marker after hidden characters would have started a block without them:
    a heading or list marker before a space (a heading's also at the line's end), a quote, a
    fence (one of backticks with no backtick after it, or it is a code span), a definition
    under a term, a number at the paragraph's start or going on counting a list, or `1.`, a
    table's header over a delimiter row."""
    text, end = match.string, match.end("marker")
    after = text[end : end + 1]
    spaced = after in (" ", "\t", "\u00a0")
    if match["heading"] is not None:
        return spaced or after in ("", "\n")
    if match["fence"] is not None:
        return match["fence"][0] == "~" or "`" not in _line_from(text, end)
    if match["quote"] is not None:
        return True
    if match["table"] is not None:
        line_end = text.find("\n", end)
        below = _line_from(text, line_end + 1) if line_end != -1 else ""
        return "|" in below and _DELIMITER_ROW.fullmatch(below) is not None
    if match["definition"] is not None:
        return spaced and match.start() > 0
    if match["number"] is not None:
        number = int(match["number"])
        going_on = counted == (number - 1, match["delimiter"])
        return spaced and (match.start() == 0 or number == 1 or going_on)
    return spaced


def _line_from(text: str, start: int) -> str:
    """Return `text` from `start` to the end of its line."""
    line_end = text.find("\n", start)
    return text[start : line_end if line_end != -1 else None]


def _meant_as_marker(match: re.Match[str]) -> bool:
    """Whether a heading, bullet or definition marker and a no-break space were meant as one:
    a bullet before a number is a sign (`+\u00a05\u00a0%`, `-\u00a03\u00a0%`)."""
    if match["bullet"] is None:
        return True
    after = match.string[match.end() : match.end() + 1]
    return after != "" and not after.isspace() and unicodedata.category(after) not in _NUMERIC


def _meant_as_number(written: str, match: re.Match[str], counted: tuple[int, str] | None) -> bool:
    """Whether a number and a no-break space were meant to start a list item.

    A number is an ordinal (`3.\u00a0Oktober`) unless it goes on counting a list: the next
    number of the `counted` one (its item's, or the line's above), or the first of a count
    the next line goes on (`1.\u00a0…`, then `2.\u00a0…`). Past the paragraph's first line
    a new count must start from 1, as only a `1.` would interrupt a paragraph in CommonMark
    (`2.` there continues the sentence).
    """
    number, delimiter = int(match["number"]), match["delimiter"]
    if counted == (number - 1, delimiter):
        return True
    if match.start() and number != 1:
        return False
    line_end = written.find("\n", match.end())
    following = _MARKER.match(written, line_end + 1) if line_end != -1 else None
    return (
        following is not None
        and following["number"] is not None
        and int(following["number"]) == number + 1
        and following["delimiter"] == delimiter
    )


def _no_break_warning(pos: SourcePos, shown: str) -> Diagnostic:
    marker = shown.removesuffix("\u00a0")
    kind = _KINDS.get(marker[0], "a list item")
    return warning(
        pos,
        f"`{marker}` followed by a no-break space is not {kind}; it is shown as text",
        hint=f"write a plain space after `{marker}` (a word processor may have put the "
        "no-break space there)",
    )


def _hidden_lead_warning(pos: SourcePos, shown: str) -> Diagnostic:
    marker = _HIDDEN_RUN.sub("", shown)
    hidden = "".join(_HIDDEN_CHARACTER.findall(shown))
    kind = _KINDS.get(marker[0], "a list item")
    codes = ", ".join(f"U+{ord(char):04X}" for char in dict.fromkeys(hidden))
    quoted = f"`` {marker} ``" if "`" in marker else f"`{marker}`"
    return warning(
        pos,
        f"{quoted} after a hidden {named_characters(hidden)} is not {kind}; it is shown as text",
        hint=f"delete the {codes} at the start of the line to make it {kind} ({left_by(hidden)})",
    )


_HIDDEN_CHARACTER = pattern(HIDDEN_BLANK)
_HIDDEN_RUN = pattern(rf"(?:{HIDDEN_BLANK}|[ \t])+")
