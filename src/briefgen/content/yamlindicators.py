"""A value meant as text that starts with a character YAML reads as its own syntax.

`title: [DRAFT] Welfare measures` is a list and then text to YAML, `summary: **Key finding:**`
an alias with no name, `- [Total, *, *]` two more, and a `` ` ``, `@` or `%` starts no value at
all. YAML's messages name none of this, and fall where it gave up or a column past the mark.
The mistake is the value's first character, and quoting the value mends it: the hint shows
the line with every such value of it quoted. A `*name` is an alias only where an `&name`
anchor was written before it (and an `&name` an anchor only where a `*name` follows): else it
is emphasis or text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import yaml

from briefgen.content.yamltext import HINT_LIMIT, quoted_scalar
from briefgen.diagnostics import excerpt
from briefgen.patterns import pattern

log = logging.getLogger(__name__)

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STARTS = "[{*&`@%|>"
"""Characters that cannot start a plain value: each starts YAML syntax of its own."""
_NAME = pattern(r"[0-9A-Za-z_-]+")
"""An anchor's or alias's name, as PyYAML reads one."""
_BLOCK_HEADER = pattern(r"[|>][-+0-9]*[ \t]*(?:#.*)?")
"""A block scalar's header line: `|`, `>-`, `|2 # comment`, with its lines below."""
_COMMENT = pattern(r"[ \t]+#")
"""A comment after a value on its line."""
_SHOWN = 40
"""Characters of a value a message quotes."""


@dataclass(frozen=True, slots=True)
class TextValue:
    """A value YAML misread, at the 0-based line and column of the character it misread."""

    line: int
    column: int
    problem: str
    hint: str


@dataclass(frozen=True, slots=True)
class _Span:
    """A value on a line that is text, from `start` to `end`; `at` is the misread character."""

    start: int
    end: int
    at: int
    in_flow: bool


def text_value(text: str, line: int, column: int, *, starting: bool = False) -> TextValue | None:
    """Return the value meant as text on `line` of `text` that holds `column` (a YAML mark;
    with `starting`, that starts there), or None when the mark is in no such value."""
    rows = text.splitlines(keepends=True)  # at YAML's line breaks, as its marks count them
    if line >= len(rows):
        return None
    row_start = sum(len(row) for row in rows[:line])
    row = rows[line].rstrip("\r\n\x85\u2028\u2029")
    depth, resume = _state_at(text, row_start)
    spans = _RowReader(row, _Names.of(text), row_start).text_spans(depth, resume)
    found = next(
        (s for s in spans if (s.start == column if starting else s.start <= column <= s.end)),
        None,
    )
    if found is None:
        return None
    last = spans[-1]
    below = [] if last.in_flow or row[last.end :].strip() else _continued(rows[line + 1 :], row)
    pieces, done = [], 0
    for span in spans:
        value = " ".join(
            [row[span.start : span.end], *below] if span is last else [row[span.start : span.end]]
        )
        pieces += [row[done : span.start], quoted_scalar(value)]
        done = span.end
    quoted = "".join([*pieces, row[done:]])
    what = "item" if found.at != found.start else "value"
    kept = _code(row[found.at])
    joined = f" and join its {len(below) + 1} lines into one" if below else ""
    hint = f"quote the {what}{joined} to keep the {kept}: {excerpt(quoted.strip(), HINT_LIMIT)}"
    return TextValue(line, found.at, _problem(row, found), hint)


def _continued(rows: list[str], row: str) -> list[str]:
    """Return the text of the lines below `row` that continue its last value, indented
    deeper (`summary: [DRAFT] Welfare` above `  measures for 2024`): quoting the first line
    alone would leave them to YAML as a key with no colon. A blank line, a comment, or a
    line indented no deeper ends the value."""
    indent = len(row) - len(row.lstrip(" "))
    texts = []
    for below in rows:
        text = below.rstrip("\r\n\x85\u2028\u2029")
        words = text.strip(" \t")
        if not words or words.startswith("#") or len(text) - len(text.lstrip(" ")) <= indent:
            break
        comment = _COMMENT.search(words)
        texts.append(words[: comment.start()] if comment else words)
        if comment:
            break
    return texts


def anchor_problem(
    text: str, line: int, column: int, *, alias: bool, what: str
) -> tuple[str, str] | None:
    """Return the message and hint for an anchor or alias YAML read at `line` and `column`,
    where none may be; None for an alias meant as text, which YAML then fails to read: its
    error, placed by `text_value`, is the one to show. An anchor meant as text is invalid
    YAML in `what` (`front matter`), as its siblings `*` and `[` are."""
    found = text_value(text, line, column, starting=True)
    if found is None:
        return "anchors/aliases are not allowed", "repeat the value instead of using `&` and `*`"
    return None if alias else (f"invalid YAML in {what}: {found.problem}", found.hint)


def _problem(row: str, span: _Span) -> str:
    """Return what YAML made of the span's misread character."""
    char = row[span.at]
    kind = "a list" if char == "[" else "a mapping"
    if span.at != span.start:
        return f"an unquoted item cannot hold `{char}`: YAML reads it as the start of {kind}"
    start = f"a value cannot start with {_code(char)} unquoted"
    if char in "[{":
        shown = excerpt(row[span.start : _closings(row)[span.start] + 1], _SHOWN)
        return f"{start}: YAML reads `{shown}` as {kind}, and the text after it as a second value"
    if char == "*":
        return f"{start}: YAML reads it as an alias, a repeat of a value named with `&`"
    if char == "&":
        return f"{start}: YAML reads it as an anchor, a name for the value"
    if char in "|>" and not span.in_flow:
        return f"{start}: YAML reads it as the start of a block of lines below"
    return f"{start}: YAML reserves it for its own syntax"


def _code(char: str) -> str:
    """Return `char` as Markdown code for a message: a backtick in double ones."""
    return "`` ` ``" if char == "`" else f"`{char}`"


def _state_at(text: str, index: int) -> tuple[int, int]:
    """Return how many `[` and `{` are open where the line at `index` starts, as YAML scanned
    them, and the column where the line's own text starts (past a value begun above)."""
    try:  # the text above the line alone, read fast, unless a quoted value runs on into it
        return _depth(_tokens(_BaseLoader(text[:index]), index, partial=False)), 0
    except yaml.YAMLError:
        pass
    tokens = _tokens(yaml.SafeLoader(text), index, partial=True)
    resume = max((t.end_mark.index - index for t in tokens if t.end_mark.index > index), default=0)
    return _depth(tokens), resume


def _tokens(loader: yaml.SafeLoader, index: int, *, partial: bool) -> list[yaml.Token]:
    """Return the tokens `loader` reads that start before `index`; with `partial`, those read
    before an error too (PyYAML's own loader keeps what it scanned), else raise the error."""
    tokens: list[yaml.Token] = []
    try:
        while loader.check_token():
            tokens.append(loader.get_token())  # type: ignore[no-untyped-call]
            if tokens[-1].start_mark.index >= index:
                break
    except yaml.YAMLError:
        if not partial:
            raise
        tokens += loader.tokens  # scanned, not handed out: the trouble on the line stopped it
    finally:
        loader.dispose()
    return [token for token in tokens if token.start_mark.index < index]


def _depth(tokens: list[yaml.Token]) -> int:
    """Return how many flow collections `tokens` leave open."""
    opened = (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken)
    closed = (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken)
    return sum(isinstance(t, opened) for t in tokens) - sum(isinstance(t, closed) for t in tokens)


@dataclass(frozen=True, slots=True)
class _Names:
    """Where each anchor (`&name`) is first written and each alias (`*name`) last, as YAML
    syntax: after a space, a line's start or a bracket, and before a space or its end."""

    anchors: dict[str, int]
    aliases: dict[str, int]

    @classmethod
    def of(cls, text: str) -> _Names:
        anchors: dict[str, int] = {}
        aliases: dict[str, int] = {}
        for found in _WRITTEN_NAME.finditer(text):
            if found[1] == "&":
                anchors.setdefault(found[2], found.start())
            else:
                aliases[found[2]] = found.start()
        return cls(anchors, aliases)


_WRITTEN_NAME = pattern(r"(?:^|(?<=[\s\[{,]))([&*])([0-9A-Za-z_-]+)(?=[\s,\]}]|$)", re.MULTILINE)


class _RowReader:
    """Reads one line of YAML as YAML would, for the values on it that are text."""

    def __init__(self, row: str, names: _Names, row_start: int) -> None:
        self.row = row
        self.names = names
        self.row_start = row_start
        self.closings = _closings(row)

    def text_spans(self, depth: int, at: int) -> list[_Span]:
        """Return the values on the line (starting `depth` collections deep, read from column
        `at`) that start with a character of `_STARTS` but are text, and the flow items
        holding a `[` or `{` unquoted."""
        row, spans = self.row, []
        node_may_start = at == 0  # not right after a value begun above
        while at < len(row):
            char, after = row[at], row[at + 1 : at + 2]
            if char in " \t":
                at += 1
            elif char == "#" and (at == 0 or row[at - 1] in " \t"):
                break
            elif depth and char in ",]}":
                depth -= char != ","
                node_may_start = char == ","
                at += 1
            elif char in "-?:" and (after in ("", " ", "\t") or (depth and after in ",]}")):
                node_may_start = True
                at += 1
            elif char in "'\"":
                at, node_may_start = _quoted_end(row, at), False
            elif node_may_start and char in _STARTS:
                if self._is_text(at, depth):
                    spans.append(_Span(at, _value_end(row, at, depth), at, bool(depth)))
                    at, node_may_start = spans[-1].end, False
                elif char in "[{":
                    depth, at = depth + 1, at + 1
                else:  # an anchor or tag comes before its value, an alias is one
                    at += 1 + (len(name.group()) if (name := _NAME.match(row, at + 1)) else 0)
                    node_may_start = char == "&"
            else:
                end = _plain_end(row, at, depth)
                if depth and end > at and row[end : end + 1] in ("[", "{"):
                    spans.append(_Span(at, _value_end(row, at, depth), end, True))
                    end = spans[-1].end
                at, node_may_start = max(end, at + 1), False
        return spans

    def _is_text(self, at: int, depth: int) -> bool:
        """Return True when the value at `at`, starting with a character of `_STARTS`, is
        text."""
        row, char = self.row, self.row[at]
        if char in "[{":
            closing = self.closings.get(at, -1)
            rest = row[closing + 1 :].lstrip(" \t") if closing >= 0 else ""
            return bool(rest) and rest[0] not in "#:]}" + ("," if depth else "")
        if char in "*&":
            name = _NAME.match(row, at + 1)
            after = row[name.end() : name.end() + 1] if name else "x"
            if name is None or after not in ("", " ", "\t", *(",]}" if depth else "")):
                return True
            index = self.row_start + at
            if char == "*":  # an alias of an anchor written before it
                return self.names.anchors.get(name.group(), index) >= index
            return self.names.aliases.get(name.group(), index) <= index
        if char in "|>" and not depth:
            return _BLOCK_HEADER.fullmatch(row, at) is None
        return not (char == "%" and at == 0)  # `%` at a line's start is a directive


def _closings(row: str) -> dict[int, int]:
    """Return the index of the bracket closing each `[` and `{` on `row` that closes on it."""
    closings: dict[int, int] = {}
    opened: list[int] = []
    for index, char in enumerate(row):
        if char in "[{":
            opened.append(index)
        elif char in "]}" and opened:
            closings[opened.pop()] = index
    return closings


def _value_end(row: str, at: int, depth: int) -> int:
    """Return where a value starting at `at` ends: the line's end or a ` #` comment, or in
    a collection its `,` or closing bracket (brackets it opens itself are text of it)."""
    end, inner = len(row), 0
    for index in range(at, len(row)):
        char = row[index]
        if char in "[{":
            inner += 1
        elif not inner and ((depth and char in ",]}") or (char == "#" and row[index - 1] in " \t")):
            end = index
            break
        elif char in "]}" and inner:
            inner -= 1
    return len(row[:end].rstrip(" \t"))


def _plain_end(row: str, at: int, depth: int) -> int:
    """Return where a plain value or key starting at `at` stops: at `: `, ` #`, the line's
    end, and in a collection at `,`, a bracket or `:` before one."""
    index = at
    while index < len(row):
        char, after = row[index], row[index + 1 : index + 2]
        if char == ":" and (after in ("", " ", "\t") or (depth and after in ",[]{}")):
            break
        if char == "#" and row[index - 1] in " \t":
            break
        if depth and char in ",[]{}":
            break
        index += 1
    return index


def _quoted_end(row: str, at: int) -> int:
    """Return the index past a quoted value starting at `at`, or the line's end."""
    quote, index = row[at], at + 1
    while index < len(row):
        escaped = row[index] == "\\" if quote == '"' else row[index : index + 2] == "''"
        if escaped:
            index += 2
        elif row[index] == quote:
            return index + 1
        else:
            index += 1
    return len(row)
