"""A `[` or `{` that YAML never saw closed, found where it was opened.

In `tags: [#housing, cities]` YAML reads `#housing, cities]` as a comment, so the `[` stays
open and the parser fails lines later, at a valid line or the closing `---`. The error belongs
at the bracket, and when a ` #` follows it the cause is the comment, which quoting mends.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import yaml

from briefgen.content.yamltext import HINT_LIMIT
from briefgen.diagnostics import excerpt
from briefgen.patterns import pattern

if TYPE_CHECKING:
    import re

log = logging.getLogger(__name__)

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_OPENS = {yaml.FlowSequenceStartToken: "[", yaml.FlowMappingStartToken: "{"}
_CLOSES = {yaml.FlowSequenceEndToken: "[", yaml.FlowMappingEndToken: "{"}
_CLOSER = {"[": "]", "{": "}"}
_LINE_END = pattern("[\r\n\x85\u2028\u2029]")
_HASH_ITEM = pattern(r"(?<=[\[{,])([^,\[\]{}#]*?)((?<![^ \t\[{,])#[^,\]}]*)")
"""An item with a `#` at its start or after a space (`#housing`, `policy #1`, `name: Jane
#lead`): YAML's comment from there to the line end. Greedy to the item's end, trailing
spaces and all (they are moved out of the quotes by `_quoted`), so a run of spaces is read
once."""


@dataclass(frozen=True, slots=True)
class UnclosedBracket:
    """A flow collection's opening bracket with no closing one, as YAML scanned the text."""

    bracket: str
    """`[` or `{`."""
    line: int
    """0-based line within the YAML text, as YAML counts lines."""
    column: int
    """0-based column."""
    index: int
    """0-based character offset in the YAML text."""


def unclosed_bracket(text: str) -> UnclosedBracket | None:
    """Return the innermost `[` or `{` still open when YAML reaches the end of `text`.

    None when every bracket closes, when one closes with the other kind, or when scanning fails
    first: then the bracket is not what went wrong."""
    loader = _BaseLoader(text)
    opened: list[UnclosedBracket] = []
    try:
        while loader.check_token():
            token: yaml.Token = loader.get_token()  # type: ignore[no-untyped-call]
            kind = type(token)
            if kind in _OPENS:
                mark = token.start_mark
                opened.append(UnclosedBracket(_OPENS[kind], mark.line, mark.column, mark.index))
            elif kind in _CLOSES and (not opened or opened.pop().bracket != _CLOSES[kind]):
                return None
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    return opened[-1] if opened else None


def unclosed_problem(bracket: UnclosedBracket, text: str) -> tuple[str, str]:
    """Return the message and hint for `bracket`, naming a ` #` after it as the likely cause."""
    opener, closer = bracket.bracket, _CLOSER[bracket.bracket]
    message = f"`{opener}` is never closed: YAML found no `{closer}` for it"
    line_start = max(text.rfind(char, 0, bracket.index) for char in "\r\n\x85\u2028\u2029") + 1
    line_end = len(text)
    if found := _LINE_END.search(text, bracket.index):
        line_end = found.start()
    if _HASH_ITEM.search(text, bracket.index, line_end):
        quoted = excerpt(_HASH_ITEM.sub(_quoted, text[line_start:line_end].strip()), HINT_LIMIT)
        hint = f"a ` #` starts a YAML comment, which hid the `{closer}`: quote it: {quoted}"
        return message, hint
    return message, f"close it with `{closer}`, or quote the value if the `{opener}` is text"


def _quoted(item: re.Match[str]) -> str:
    """Return a flow item with its text from the `#` on quoted: its value only, after a
    mapping key (`name: "Jane #lead"`), and its spaces outside the quotes."""
    before, commented = item[1], item[2]
    text = commented.rstrip(" \t")
    spaces = commented[len(text) :]
    lead = before.lstrip(" \t")
    key, colon, value = lead.rpartition(": ")
    if colon:
        return f'{before[: len(before) - len(lead)]}{key}{colon}"{value}{text}"{spaces}'
    return f'{before[: len(before) - len(lead)]}"{lead}{text}"{spaces}'
