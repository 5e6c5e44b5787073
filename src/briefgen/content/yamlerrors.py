"""Where a YAML syntax error belongs in its text, and the hint for it.

YAML reports where it gave up, which is not always where the mistake is: an unclosed `[` fails
at a later, valid line, a value meant as text that starts with `[` or `*` fails where the text
runs on or past the mark (yamlindicators.py), a U+2028 (a line break to YAML, not to an
editor) makes the text after it a line of its own, and a no-break space after a key's `:` makes
the key and its value one text, which fails at the next key (yamlspaces.py). Front matter,
`table` fences and briefgen.yaml place them alike.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from dataclasses import dataclass

import yaml

from briefgen.content.curlyquotes import curly_colon_hint
from briefgen.content.noncharacters import is_noncharacter
from briefgen.content.yamlflow import unclosed_bracket, unclosed_problem
from briefgen.content.yamlindents import misplaced_key
from briefgen.content.yamlindicators import TextValue, text_value
from briefgen.content.yamlsource import YAML_ONLY_BREAK, split_by_break, yaml_position
from briefgen.content.yamlspaces import hidden_space
from briefgen.diagnostics import excerpt
from briefgen.patterns import pattern

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class YamlSyntaxProblem:
    """A syntax error as the author should see it, at a 0-based line and column of the YAML."""

    line: int
    column: int
    problem: str
    hint: str | None


def syntax_problem(exc: yaml.MarkedYAMLError, text: str) -> YamlSyntaxProblem:
    """Return where in `text` the mistake behind `exc` is, what it is and how to mend it."""
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line, mark.column) if mark else (0, 0)
    problem = exc.problem or exc.context or "syntax error"
    hint = None
    # An unclosed `[` fails lines later, at whatever follows: the error belongs at the bracket.
    bracket = unclosed_bracket(text) if "flow" in (exc.context or "") else None
    if bracket and (mark is None or bracket.index <= mark.index):
        line, column = bracket.line, bracket.column
        problem, hint = unclosed_problem(bracket, text)
    elif (start := _long_key_start(text, line, column)) is not None:
        problem = (
            f"a key of {column - start} characters is too long: YAML reads a key of at most "
            f"{MAX_KEY_CHARACTERS:,} before its `:`, quoted or not"
        )
        hint = (
            "shorten it, or write `? ` and the key on a line of its own, `: ` and the value below"
        )
        column = start
    elif (tag := _template_tag(exc, text)) is not None:
        line, column, problem, hint = tag.line, tag.column, tag.problem, tag.hint
    elif (blank := hidden_space(text, (line, column))) is not None:
        line, column, problem, hint = blank.line, blank.column, blank.problem, blank.hint
    elif (misread := _misread_value(exc, text)) is not None:
        line, column, problem, hint = misread.line, misread.column, misread.problem, misread.hint
    elif (started := _started_mistake(exc, text)) is not None:
        line, column, problem, hint = started.line, started.column, started.problem, started.hint
    elif (after := _text_after_quotes(exc, text)) is not None:
        problem, hint = after
    elif (key := misplaced_key(exc, text)) is not None:
        line, column, problem, hint = key.line, key.column, key.problem, key.hint
    elif (escape := _unread_escape(exc, text)) is not None:
        column, problem, hint = escape
    elif "mapping values are not allowed" in problem and (curly := curly_colon_hint(text, line)):
        column, hint = curly
    elif "mapping values are not allowed" in problem:
        hint = f"quote values containing `:`, e.g. {_quoted_line(text, line)}"
    elif _indented_with_tab(text, line):
        hint = "indent with spaces, not tabs"
    elif separator := YAML_ONLY_BREAK.search(text):
        code = f"U+{ord(separator.group()):04X}"
        hint = f"the text holds {code}, a line break to YAML: quote the value, or remove it"
        if (split := _split_at(exc, text)) is not None:
            line, column = yaml_position(text, split)
    return YamlSyntaxProblem(line, column, problem, hint)


_KEYED_VALUE = pattern(r"[ \t]*+(?:-[ \t]++)?([\w-]++):[ \t]++(?=[^\s'\"\[{&*!|>%@`#])")
"""A line's key up to its plain value, in a mapping or a list's item (`  - text: A: b`)."""
_COMMENT = pattern(r"[ \t]#")
"""Where a comment starts after a plain value (`  # draft`): quotes would make it text."""
_QUOTED = 60
"""The most characters of a value a hint quotes."""


def _quoted_line(text: str, line: int) -> str:
    """Return the key and value of `line` (0-based) of `text`, the value in double quotes, as
    its author should write it; or a title's example when the line is no `key: value`."""
    rows = text.splitlines()  # at YAML's line breaks, as its marks count them
    found = _KEYED_VALUE.match(rows[line]) if line < len(rows) else None
    value = "" if found is None else _COMMENT.split(rows[line][found.end() :], 1)[0].rstrip()
    if found is None or ": " not in value:
        return 'title: "Rubio: Mexico visit"'
    value = excerpt(value, _QUOTED).replace("\\", "\\\\").replace('"', '\\"')
    return f'{found[1]}: "{value}"'


KEY_HINT = (
    "write `key: value`, with a `:` and a space after the key; indent a line that continues "
    "the value above"
)
_NO_COLON = "could not find expected ':'"
"""YAML's words for a line with no `:` after its key, however it came upon the mistake."""


def _started_mistake(exc: yaml.MarkedYAMLError, text: str) -> YamlSyntaxProblem | None:
    """Return the mistake where YAML began reading what it then gave up on, when that is
    where the author erred: a line with no `:` after its key (YAML gives up at the line after
    it, past the file's last line or, for a mapping's first key, at a later line's `:`) or a
    quote never closed (YAML gives up at the end)."""
    if _split_at(exc, text) is not None:  # a U+2028 made the line: told apart
        return None
    mark = exc.context_mark
    if mark is None:
        key = _key_over_lines(exc, text)
        at = (key.line, key.column) if key is not None else _first_key_without_colon(exc, text)
        return None if at is None else YamlSyntaxProblem(*at, _NO_COLON, KEY_HINT)
    if exc.context == "while scanning a simple key":
        return YamlSyntaxProblem(mark.line, mark.column, exc.problem or "", KEY_HINT)
    quote = text[mark.index : mark.index + 1]
    if exc.problem == "found unexpected end of stream" and quote in ("'", '"'):
        problem = f"`{quote}` is never closed: YAML found no `{quote}` after it"
        hint = f"end the value with `{quote}`"
        return YamlSyntaxProblem(mark.line, mark.column, problem, hint)
    return None


def _text_after_quotes(exc: yaml.MarkedYAMLError, text: str) -> tuple[str, str] | None:
    """Return the problem and hint of a value that goes on past its closing quote (`title:
    "Hamas" and the truce`, `tags: 'trade', 'aid'`): YAML takes what the quotes hold as the
    whole value and gives up at the text after them, saying only that it found no key."""
    mark = exc.problem_mark
    context, found = exc.context or "", exc.problem or ""
    # A `-` after the quotes (`"A" - "B"`) is taken for a list's item, with no context told.
    if mark is None or not (
        context.startswith(("while parsing a block", "while parsing a flow"))
        or "sequence entries are not allowed" in found
    ):
        return None
    last: yaml.Token | None = None
    with suppress(yaml.MarkedYAMLError):  # read as far as the mistake, which is the parser's
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.index >= mark.index:
                break
            last = token
    if not (isinstance(last, yaml.ScalarToken) and last.style in ("'", '"')):
        return None
    if last.start_mark.line != mark.line or text[last.end_mark.index : mark.index].strip():
        return None  # a quoted value over lines, or a `:` or comment between: not this slip
    quote, row = last.style, text.splitlines()[mark.line]
    if "flow" in context:
        return _flow_item_after_quotes(row, last, mark.column)
    lead = row[: last.start_mark.column].lstrip()
    written = _COMMENT.split(row[last.start_mark.column :], 1)[0].rstrip()
    problem = (
        f"text after the closing `{quote}` of a quoted value: YAML reads only what the quotes hold"
    )
    if row[mark.column : mark.column + 1] == ",":  # `'trade', 'aid'`: a list with no brackets
        return problem, f"write a list in brackets: {lead}[{excerpt(written, _QUOTED)}]"
    # `'It's mine'`: a quote inside ended it, a letter right after it; a quoted phrase and
    # more (`"A" - "B"`, a space after its quote) is the value as its author wants it shown.
    inside = not row[last.end_mark.column : last.end_mark.column + 1].isspace()
    if len(written) > 2 and written.endswith(quote) and inside:
        return (
            problem,
            f"quote it so that its `{quote}` does not end it: {lead}{_requoted(written[1:-1])}",
        )
    return problem, f"quote the whole value: {lead}{_requoted(written)}"


def _flow_item_after_quotes(row: str, quoted: yaml.ScalarToken, at: int) -> tuple[str, str]:
    """Return the problem and hint of an item of a `[…]` list that goes on past its closing
    quote (`tags: ["trade" policy]`): two items with no comma between, or one quoted in part."""
    start, close = quoted.start_mark.column, quoted.end_mark.column
    item = row[start:close]
    end = _FLOW_ITEM_END.search(row, at)
    rest = row[at : end.start() if end else len(row)].rstrip()
    problem = (
        f"text after the closing `{quoted.style}` of a quoted item: YAML reads only what the "
        "quotes hold"
    )
    written = row[start:at] + rest
    # `['it's']`: a quote inside ended it, a letter right after it, as in a quoted value.
    if at == close and len(written) > 2 and written.endswith(quoted.style):
        inside = _requoted(written[1:-1])
        return problem, f"quote it so that its `{quoted.style}` does not end it: `{inside}`"
    whole = _requoted(quoted.value + row[close:at] + rest)
    hint = f"put a comma between two items, `{excerpt(item, _QUOTED)}, {excerpt(rest, _QUOTED)}`"
    return problem, f"{hint}; or quote the item whole, `{whole}`"


_FLOW_ITEM_END = pattern(r"[,\]}]")
"""What ends an item of a `[…]` or `{…}`."""


def _template_tag(exc: yaml.MarkedYAMLError, text: str) -> YamlSyntaxProblem | None:
    """Return the mistake of a value that is a template's tag (`title: {{ page.title }}`, as
    Jekyll and Hugo write one): YAML reads its braces as a mapping in a mapping, and says
    only "found unhashable key"; nothing fills the tag in."""
    mark = exc.context_mark or exc.problem_mark
    said = exc.problem or ""
    if mark is None or not ("unhashable" in said or "cannot start any token" in said):
        return None
    rows = text.splitlines()
    row = rows[mark.line] if mark.line < len(rows) else ""
    # `{% include x %}`: YAML gives up at the `%` after the brace it took for a mapping's.
    percent = "unhashable" not in said and row[mark.column - 1 : mark.column + 1] == "{%"
    start = mark.column - 1 if percent else mark.column
    found = _TEMPLATE_TAG.match(row, start)
    if found is None:
        return None
    lead = row[:start].lstrip()
    # What follows the tag on its line: a list's `]` stays outside the quotes, text goes in.
    after = _COMMENT.split(row[found.end() :], 1)[0].rstrip()
    if after[:1] in ("", ",", "]", "}"):
        quoted = f"{lead}{_requoted(found[0])}{after}"
    else:
        quoted = f"{lead}{_requoted(found[0] + after)}"
    written = excerpt(found[0], _QUOTED)
    read = "cannot read its `%`" if percent else "reads its braces as a mapping"
    problem = f"`{written}` is a template's tag: nothing fills it in, and YAML {read}"
    hint = f"write the value itself; or, to show the braces, quote it: {quoted}"
    return YamlSyntaxProblem(mark.line, start, problem, hint)


_TEMPLATE_TAG = pattern(r"\{\{.*?\}\}|\{%.*?%\}")
"""A Jinja, Liquid or Go template's tag: `{{ page.title }}`, `{% include x %}`."""


def _requoted(value: str) -> str:
    """Return `value` quoted as YAML reads it back: in `'` unless it holds one, then in `"`
    unless it holds one or a `\\` too, then in `'` with each of its own doubled."""
    shown = excerpt(value, _QUOTED)
    if "'" not in value:
        return f"'{shown}'"
    if '"' not in value and "\\" not in value:
        return f'"{shown}"'
    return "'" + shown.replace("'", "''") + "'"


def _unread_escape(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, str, str] | None:
    """Return the column of a `\\` in double quotes that starts no escape YAML reads (a
    Windows path, `"C:\\Users"`, or a pattern, `"\\d+"`), the problem and the hint."""
    mark, found = exc.problem_mark, exc.problem or ""
    if mark is None or "quoted scalar" not in (exc.context or ""):
        return None
    if "unknown escape" not in found and "hex" not in found:  # not a code YAML refuses
        return None
    rows = text.splitlines()
    row = rows[mark.line] if mark.line < len(rows) else ""
    if (at := row.rfind("\\", 0, mark.column + 1)) < 0:
        return None
    written = row[at : max(at + 2, mark.column + 1)]  # `\\q`; `\\Us`, where hex digits go
    problem = f"in double quotes a `\\` starts an escape, and `{written}` is none YAML reads"
    hint = (
        "write `\\\\` for a backslash, or quote the value with `'`, where `\\` is a plain character"
    )
    return at, problem, hint


def _key_over_lines(exc: yaml.MarkedYAMLError, text: str) -> yaml.Mark | None:
    """Return where a mapping's first key with no `:` starts (`summary An example` over
    `title: A`): YAML reads it and the lines under it as one key, and gives up at the `:` of
    a later line, saying "mapping values are not allowed"; a value run on to a line with a
    `:` (`summary: A` / `  that runs: on`) is the value's mistake, not the key's."""
    problem = exc.problem_mark
    if problem is None or "mapping values are not allowed" not in (exc.problem or ""):
        return None
    tokens: list[yaml.Token] = []
    with suppress(yaml.MarkedYAMLError):  # the same mistake: the tokens before it are read
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            tokens.append(token)
    if len(tokens) < 2 or not isinstance(key := tokens[-1], yaml.ScalarToken):
        return None
    start = key.start_mark
    if key.style is not None or isinstance(tokens[-2], yaml.ValueToken):
        return None
    row = text.splitlines()[start.line] if start.line < problem.line else ""
    found = _KEY_START.match(row)
    return start if row and found is not None and found.end() == start.column else None


_GAVE_UP_AFTER_FIRST_LINE = ("mapping values are not allowed", "expected <document start>")
"""What YAML says at a later line when the first has no `:`: the line and those under it
are one text until a `:`, or the text ends at a comment and a mapping follows it."""
_COMMENT = pattern(r"[ \t]#")


def _first_key_without_colon(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int] | None:
    """Return where the first line starts when it is a key with no `:` (`title<TAB>A`,
    `summary An example # note`) and YAML gave up at a later line; the scanner
    `_key_over_lines` asks stops at the tab, or is never told of the comment's line."""
    mark = exc.problem_mark
    if mark is None or not any(words in (exc.problem or "") for words in _GAVE_UP_AFTER_FIRST_LINE):
        return None
    for number, row in enumerate(text.splitlines()[: mark.line]):
        if row.strip() and not row.lstrip().startswith("#"):
            code = _COMMENT.split(row, maxsplit=1)[0]
            first = code[:1]
            return (number, 0) if (first.isalnum() or first == "_") and ":" not in code else None
    return None


def _misread_value(exc: yaml.MarkedYAMLError, text: str) -> TextValue | None:
    """Return the value meant as text (`[DRAFT] Title`, `**Total**`) that YAML's trouble is
    in, where it gave up or, when that is past the value, where it began."""
    for mark in (exc.problem_mark, exc.context_mark):
        if mark is not None and (found := text_value(text, mark.line, mark.column)) is not None:
            return found
    return None


MAX_KEY_CHARACTERS = 1024
"""The longest key YAML reads on the line of its `:` (an "implicit key"); past it the `:` is a
mistake and the message says "mapping values are not allowed", which sends one looking for a
`:` in a value."""
_KEY_START = pattern(r"\s*(?:[-?]\s+)*")


def _long_key_start(text: str, line: int, column: int) -> int | None:
    """Return the column where a key too long for YAML starts, when YAML stopped at its `:`."""
    rows = text.splitlines()  # at YAML's line breaks, as its marks count them
    row = rows[line] if line < len(rows) else ""
    if row[column : column + 1] != ":":
        return None
    found = _KEY_START.match(row)
    start = found.end() if found else 0
    if "{" in row[start:column] or "[" in row[start:column]:  # a flow: after its `{`, `[` or `,`
        start = max(row.rfind(c, start, column) for c in "{[,") + 1
        start += len(row[start:column]) - len(row[start:column].lstrip())
    return start if column - start > MAX_KEY_CHARACTERS else None


def _split_at(exc: yaml.MarkedYAMLError, text: str) -> int | None:
    """Return the YAML-only break that split the line where YAML's trouble began, if any."""
    for mark in (exc.context_mark, exc.problem_mark):
        if mark is not None and (split := split_by_break(text, mark.index)) is not None:
            return split
    return None


def unacceptable_character(text: str) -> YamlSyntaxProblem | None:
    """Return the first character YAML refuses to read (a control character), at its place:
    YAML's own error gives no line, and the C loader's offset counts bytes."""
    found = yaml.reader.Reader.NON_PRINTABLE.search(text)
    if found is None:
        return None
    line, column = yaml_position(text, found.start())
    kind = "noncharacter" if is_noncharacter(found.group()) else "control character"
    message = f"{kind} U+{ord(found.group()):04X} in the file"
    return YamlSyntaxProblem(line, column, message, "delete it; it is invisible in most editors")


def _indented_with_tab(text: str, line: int) -> bool:
    lines = text.splitlines()  # at YAML's line breaks, U+2028 and CR too
    return line < len(lines) and "\t" in lines[line][: len(lines[line]) - len(lines[line].lstrip())]
