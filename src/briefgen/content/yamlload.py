"""A strict, safe YAML loader for untrusted front matter and `table` fences.

Content is pasted from anywhere, so the loader refuses everything that can construct
objects, blow up memory or hide mistakes: tags, anchors and aliases, duplicate keys,
oversized or deeply nested input. Scalars follow the YAML 1.2 core schema, so `NO`, `yes`
and `1:20` stay strings, and dates stay strings for `parse.py` to check with one rule.
Every problem becomes a `Diagnostic` at the file line, not the line within the YAML.
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

import yaml

from briefgen.content.curlyquotes import OPENERS, curly_quoted
from briefgen.content.yamlcomments import trailing_comments
from briefgen.content.yamldocument import BAD_CHARACTERS, YamlPath, find_bad_character
from briefgen.content.yamldocument import YamlDocument as YamlDocument  # imported from here too
from briefgen.content.yamlerrors import syntax_problem
from briefgen.content.yamlindicators import anchor_problem
from briefgen.content.yamlsource import YAML_ONLY_BREAK, value_scalars, yaml_lines
from briefgen.content.yamlsource import YamlSource as YamlSource  # plugins import it from here
from briefgen.content.yamlspaces import hidden_spaces_in_text
from briefgen.diagnostics import Diagnostic, SourcePos, error, over_limit, quoted_name
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Hashable

log = logging.getLogger(__name__)

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 50
"""Deepest collection nesting accepted; real front matter uses two or three levels."""
_CORE_SCALARS = {
    "tag:yaml.org,2002:bool": pattern(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    "tag:yaml.org,2002:int": pattern(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    "tag:yaml.org,2002:float": pattern(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    "tag:yaml.org,2002:null": pattern(r"^(?:~|null|Null|NULL|)$"),
}

_DECIMAL = pattern(r"[-+]?[0-9]+")
"""An int written in decimal, leading zeros and all."""


class YamlProblemError(Exception):
    """A problem found while loading, with a 0-based line and column inside the YAML text."""

    def __init__(self, message: str, line: int, column: int, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint


class _StrictLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """A safe loader with YAML 1.2 core scalars that reports duplicate keys."""

    yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, re.Pattern[str]]]]] = {}

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.repeated: list[YamlProblemError] = []
        """Each key found again in its mapping; loading goes on with its first value."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        """Construct a mapping keyed by names, recording a key that appears twice."""
        name_keys(self, node, self.repeated)
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


def name_keys(
    loader: yaml.SafeLoader,
    node: yaml.MappingNode,
    repeated: list[YamlProblemError] | None = None,
) -> None:
    """Make each scalar key of `node` its text as written, after checking the keys are unique.

    Briefgen reads keys as names, so `1:` is the key "1" and `true:` the key "true": Python's
    `1 == 1.0 == True` would otherwise fold three keys YAML 1.2 tells apart into one.
    A key found again raises YamlProblemError, or, given `repeated`, is added to it and left
    out of `node` with its value, so that the rest of the YAML is still read and checked."""
    if found := _repeated_keys(loader, node):
        if repeated is None:
            raise found[0][0]
        repeated += [problem for problem, _ in found]
        for _, index in reversed(found):  # from the last, so that each index still holds
            del node.value[index]
    loader.flatten_mapping(node)  # the keys a `<<` merges in are names too
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.tag != _MERGE:
            key_node.tag = _STR
            loader.constructed_objects.pop(key_node, None)  # built by the check, as a number


_MERGE = "tag:yaml.org,2002:merge"
_STR = "tag:yaml.org,2002:str"
_MERGE_HINT = "merge both in one, the first listed winning: `<<: [*b, *a]`"


def _repeated_keys(
    loader: yaml.SafeLoader, node: yaml.MappingNode
) -> list[tuple[YamlProblemError, int]]:
    """Return a problem for each key that appears again in `node`, with its index there: YAML
    would keep the last value and drop the first without a word. What a merge key (`<<`)
    brings may repeat a key; a second merge key may not (its mapping would win in silence).

    Keys are one when YAML 1.2 finds them equal, by tag and value (`1` and `0x1`, `true` and
    `True`), or when their names are (`1` and `"1"`)."""
    first_lines: dict[object, int] = {}
    found: list[tuple[YamlProblemError, int]] = []
    for index, (key_node, _) in enumerate(node.value):
        # A text key is its node's value, as PyYAML builds it: built by the mapping alone.
        text = key_node.tag in (_STR, _MERGE) and isinstance(key_node, yaml.ScalarNode)
        key = key_node.value if text else loader.construct_object(key_node, deep=True)
        if not _is_hashable(key):
            continue
        name = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key)
        line = key_node.start_mark.line
        first = next(
            (first_lines[i] for i in ((key_node.tag, key), ("name", name)) if i in first_lines),
            None,
        )
        if first is not None:
            problem = YamlProblemError(
                f"duplicate key `{quoted_name(name)}` (first on line {{line:{first}}})",
                line,
                key_node.start_mark.column,
                hint=_MERGE_HINT if key_node.tag == _MERGE else "remove one of them",
            )
            found.append((problem, index))
            continue
        first_lines[key_node.tag, key] = first_lines["name", name] = line
    return found


def yaml_type(value: object) -> str:
    """Return what kind of YAML value `value` is, for a message: "a number", "a list"."""
    names = {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "a mapping",
        str: "text",
    }
    return names.get(type(value), type(value).__name__)


def yaml_name(value: object) -> str:
    """Return a loaded scalar as YAML spells it: `true`, `null`, not Python's `True`, `None`."""
    if value is None:
        return "null"
    return str(value).lower() if isinstance(value, bool) else str(value)


def construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    """Construct an int, turning Python's digit limit into a problem at the number's line.

    The limit holds for printing as for parsing, and Python parses `0x…` and `0o…` of any
    length: such a number is refused here too, not where a message or a key first prints it.
    """
    written = str(node.value)
    value: int | None = None
    try:
        # YAML 1.2 reads `0123` as 123; PyYAML's YAML 1.1 rule made it octal 83 (`zip: 02134`).
        decimal = _DECIMAL.fullmatch(written)
        value = int(written, 10) if decimal else loader.construct_yaml_int(node)
        str(value)  # raises as parsing would for over 4,300 decimal digits
    except ValueError:
        if value is None and not written.replace("_", "").lstrip("+-").isdigit():
            raise  # `!!int abc` is no number, too long or not: its tag cannot read it
        mark = node.start_mark
        raise YamlProblemError(
            _too_long(written), mark.line, mark.column, hint="quote it to keep it as text"
        ) from None
    return value


def _too_long(written: str) -> str:
    """Return the message for a number too long to use, counting digits as written."""
    if written.lstrip("+-").isdigit():
        return f"number with {len(written)} digits is too long"
    limit = sys.get_int_max_str_digits()
    return f"number `{written[:12]}…` is too long (over {limit:,} decimal digits)"


_StrictLoader.add_constructor("tag:yaml.org,2002:int", construct_int)

for _tag, _pattern in _CORE_SCALARS.items():
    _first_chars = [*"-+0123456789.tTfFnN~", ""]
    _StrictLoader.add_implicit_resolver(_tag, _pattern, _first_chars)


def core_schema_resolvers() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """Return YAML 1.2's scalar resolvers (`no` and `on` are text), and `<<` merge keys, for
    briefgen.yaml's loader: front matter and settings read `NO` alike."""
    resolvers = {
        first: list(pairs) for first, pairs in _StrictLoader.yaml_implicit_resolvers.items()
    }
    resolvers.setdefault("<", []).append(("tag:yaml.org,2002:merge", pattern(r"^(?:<<)$")))
    return resolvers


class _AsWrittenLoader(_StrictLoader):
    """The strict loader with numbers kept as their text: a table shows `12.50` as written."""


def _number_as_written(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(node.value)


_AsWrittenLoader.add_constructor("tag:yaml.org,2002:int", _number_as_written)
_AsWrittenLoader.add_constructor("tag:yaml.org,2002:float", _number_as_written)


def _is_hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def load_yaml(
    text: str, source: YamlSource, *, numbers_as_written: bool = False
) -> tuple[YamlDocument | None, list[Diagnostic]]:
    """Load untrusted YAML; on any problem return None and one error at its file line, but for
    a key repeated in its mapping: its errors come with the document, read with the key's first
    value, so that what else is wrong is reported too.

    With `numbers_as_written`, a number is its text (`12.50`, `1e3`), for what is shown.
    """
    size = len(text.encode("utf-8"))
    if size > source.max_bytes:
        message = over_limit(source.what, size, source.max_bytes)
        return None, [error(source.pos(0, 0), message, hint="move long text into the body")]
    if YAML_ONLY_BREAK.search(text):
        source = replace(source, yaml_lines=yaml_lines(text))
    try:
        if _may_hide_trouble(text):
            _check_events(text, source.what)
        loader = (_AsWrittenLoader if numbers_as_written else _StrictLoader)(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except YamlProblemError as problem:
        return None, [problem_diagnostic(problem, source)]
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_diagnostic(exc, source, text)]
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        return None, [error(source.pos(0, 0), f"invalid YAML in {source.what}: {exc}")]
    in_order = sorted(loader.repeated, key=lambda problem: (problem.line, problem.column))
    repeated = [problem_diagnostic(problem, source) for problem in in_order]
    positions = node_positions(node, source) if node is not None else {}
    written = written_scalars(node) if node is not None else {}
    comments = trailing_comments(node, text, source) if node is not None and "#" in text else {}
    curly = (
        curly_quoted(node, text, source)
        if node is not None and any(opener in text for opener in OPENERS)
        else ()
    )
    blanks = {
        path: error(source.pos(blank.line, blank.column), blank.problem, blank.hint)
        for path, blank in (hidden_spaces_in_text(node, text) if node is not None else {}).items()
    }
    document = YamlDocument(data, positions, source.pos(0, 0), written, comments, curly, blanks)
    # A value holds the text's own characters, its line breaks read as `\n`, and what an
    # escape makes (`"\x01"`): with no backslash and no such character in the text, none can
    # hold one, and the values are not walked one by one.
    may_hold = "\\" in text or BAD_CHARACTERS.search(text) is not None
    if may_hold and (bad := find_bad_character(data)) is not None:
        path, char = bad
        message = f"{source.what} holds the character {char}, which cannot be published"
        hint = "remove it; write the text without control characters or noncharacters"
        return None, [*repeated, error(document.pos(*path), message, hint)]
    return document, repeated


_STARTS_A_DOCUMENT = pattern(r"^(?:---|\.\.\.)", re.MULTILINE)
_NODE_PROPERTY = pattern("[-:?,\\[{\n\r\x85\u2028\u2029][ \t\ufeff]*[&*!]")
"""A `&`, `*` or `!` where a node may start: after an indicator (`-`, `:`, `?`, `,`, `[`, `{`,
with or without spaces) or a line break (any YAML counts), or at the text's start
(`_FIRST_PROPERTY`). Only there can YAML read one as an anchor, an alias or a tag (a node's
properties come first in it); inside a plain or quoted value (`Trade & Industry`, `a *cut* of`,
`Act now!`) it is text. A `&` or `*` right after a value that is not text of its own (`"a" *b`)
is a syntax error that loading raises as the check would. The search starts at the indicators,
which the engine skips to, not at every character."""
_FIRST_PROPERTY = pattern("[ \t\ufeff]*[&*!]")


def _may_hide_trouble(text: str) -> bool:
    """Return False when `text` can hold no anchor, alias, tag or deep nesting, nor a second
    document: then `_check_events` has nothing to find, and any syntax error it would raise
    first is the very one loading raises, as both read the same events in the same order.
    """
    marks = "&" in text or "*" in text or "!" in text
    if marks and (_FIRST_PROPERTY.match(text) or _NODE_PROPERTY.search(text)):
        return True
    if _STARTS_A_DOCUMENT.search(text):
        return True
    # Each collection starts at a `-`, `:`, `?`, `[` or `{`: fewer of them, no deeper nesting.
    starts = sum(text.count(ch) for ch in "-:?[{")
    return starts >= MAX_DEPTH


def _check_events(text: str, what: str) -> None:
    """Reject anchors, aliases, tags and deep nesting before anything is constructed; `what`
    names the YAML text for an error YAML syntax makes it."""
    loader = _BaseLoader(text)
    depth = 0
    try:
        while loader.check_event():
            event: yaml.Event = loader.get_event()  # type: ignore[no-untyped-call]
            line, column = (
                (event.start_mark.line, event.start_mark.column) if event.start_mark else (0, 0)
            )
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                alias = isinstance(event, yaml.AliasEvent)
                if (problem := anchor_problem(text, line, column, alias=alias, what=what)) is None:
                    continue  # an alias meant as text: YAML's own error follows, at the value
                raise YamlProblemError(problem[0], line, column, hint=problem[1])
            refuse_tag(event, line, column)
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise YamlProblemError(
                        f"YAML nested more than {MAX_DEPTH} levels deep", line, column
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    finally:
        loader.dispose()


def refuse_tag(event: yaml.Event, line: int, column: int) -> None:
    """Raise YamlProblemError, at `line` and `column`, for a `!tag`, `!!tag` or `!` on the
    event's node (an untagged node carries no tag): a tag makes a value of any type, such as
    a `!!set`, whose order follows Python's hashing and changes at every run."""
    if getattr(event, "tag", None) is not None:
        hint = "remove the `!` tag; quote the value if it is text"
        raise YamlProblemError("YAML tags are not allowed", line, column, hint=hint)


def problem_diagnostic(problem: YamlProblemError, source: YamlSource) -> Diagnostic:
    """Return `problem` as an error at its file position, naming other lines as file lines."""
    message = re.sub(
        r"\{line:(\d+)\}", lambda m: str(source.first_line + int(m.group(1))), problem.message
    )
    return error(source.pos(problem.line, problem.column), message, hint=problem.hint)


def _syntax_diagnostic(exc: yaml.MarkedYAMLError, source: YamlSource, text: str) -> Diagnostic:
    found = syntax_problem(exc, text)
    message = f"invalid YAML in {source.what}: {found.problem}"
    return error(source.pos(found.line, found.column), message, found.hint)


def node_positions(root: yaml.Node, source: YamlSource) -> dict[YamlPath, SourcePos]:
    """Map each key and list item path to its file position, walking iteratively."""
    positions: dict[YamlPath, SourcePos] = {}
    pending: list[tuple[YamlPath, yaml.Node]] = [((), root)]
    while pending:
        path, node = pending.pop()
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                key: Hashable = (
                    key_node.value if isinstance(key_node, yaml.ScalarNode) else id(key_node)
                )
                mark = key_node.start_mark
                positions[(*path, key)] = source.pos(mark.line, mark.column)
                pending.append(((*path, key), value_node))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                mark = item.start_mark
                positions[(*path, index)] = source.pos(mark.line, mark.column)
                pending.append(((*path, index), item))
    return positions


def written_scalars(root: yaml.Node) -> dict[YamlPath, str]:
    """Return the source text of each value YAML reads as other than text, by its path: a
    message quotes `0x1F` and `1.50` as written, not as the numbers 31 and 1.5."""
    return {
        path: str(node.value)
        for path, node in value_scalars(root)
        if node.tag != "tag:yaml.org,2002:str"
    }
