"""Read `briefgen.yaml`'s YAML: the values with the file position of every key and list item,
refusing tags, as front matter does, and aliases and nesting that would expand past memory."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import yaml

from briefgen.content.yamldocument import YamlDocument, find_bad_character
from briefgen.content.yamlerrors import syntax_problem, unacceptable_character
from briefgen.content.yamlload import (
    MAX_DEPTH,
    YamlProblemError,
    construct_int,
    core_schema_resolvers,
    name_keys,
    node_positions,
    problem_diagnostic,
    refuse_tag,
    written_scalars,
)
from briefgen.content.yamlsource import file_source
from briefgen.diagnostics import Diagnostic, SourcePos, error, undecodable_at
from briefgen.encodings import wide_encoding_error
from briefgen.project import CONFIG_NAME

if TYPE_CHECKING:
    from collections.abc import Hashable

log = logging.getLogger(__name__)

FILE_START = SourcePos(CONFIG_NAME, 1)
"""Where a problem of the whole file is reported."""


def read_settings(data: bytes) -> tuple[YamlDocument, list[Diagnostic]]:
    """Parse `briefgen.yaml`'s bytes into a mapping with every key's and item's position; on a
    problem return an empty mapping and the problem, at the value's own line and column."""
    if wide := wide_encoding_error(CONFIG_NAME, data):
        return NO_SETTINGS, [wide]
    try:
        text = data.decode("utf-8-sig")
        source = file_source(CONFIG_NAME, text)  # U+2028 is a line break to YAML, not to you
        _check_events(text)
        loader = _ConfigLoader(text)
        try:
            node = loader.get_single_node()
            value = loader.construct_document(node) if node is not None else {}
        finally:
            loader.dispose()
    except YamlProblemError as problem:
        return NO_SETTINGS, [problem_diagnostic(problem, source)]
    except UnicodeDecodeError as exc:
        after_bom = data.removeprefix(b"\xef\xbb\xbf")  # where utf-8-sig counts from
        byte = len(data) - len(after_bom) + exc.start  # from the file's start, as in content
        at = undecodable_at(CONFIG_NAME, after_bom, exc)
        return NO_SETTINGS, [error(at, f"not valid UTF-8 at byte {byte}")]
    except yaml.MarkedYAMLError as exc:
        found = syntax_problem(exc, text)
        at = source.pos(found.line, found.column)
        return NO_SETTINGS, [error(at, f"invalid YAML: {found.problem}", found.hint)]
    except yaml.YAMLError as exc:  # a control character: YAML's error gives no line
        refused = unacceptable_character(text)
        if refused is None:
            return NO_SETTINGS, [error(FILE_START, f"invalid YAML: {str(exc).splitlines()[0]}")]
        at = source.pos(refused.line, refused.column)
        return NO_SETTINGS, [error(at, refused.problem, refused.hint)]
    if not isinstance(value, dict) or not isinstance(node, yaml.MappingNode | None):
        return NO_SETTINGS, [error(FILE_START, "briefgen.yaml must be a mapping of settings")]
    if node is None:
        return NO_SETTINGS, []
    document = YamlDocument(value, node_positions(node, source), FILE_START, written_scalars(node))
    bad = find_bad_character(value)
    if bad is not None:
        path, char = bad
        message = f"a setting holds the character {char}, which cannot be published"
        return NO_SETTINGS, [error(document.pos(*path), message, "remove it")]
    return document, []


NO_SETTINGS = YamlDocument({}, {}, FILE_START)
"""The settings of a project without `briefgen.yaml`, or whose `briefgen.yaml` cannot be read."""


MAX_VALUES = 100_000
"""Most values the settings' aliases may repeat, all aliases together."""
_EventLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _check_events(text: str) -> None:
    """Raise YamlProblemError for a tag, an alias inside the value it names, aliases that
    repeat more than MAX_VALUES values, or nesting past MAX_DEPTH levels, before anything is
    constructed.

    The settings are trusted and may use anchors, but a few lines of them can describe a
    value bigger than memory ("billion laughs") or one that holds itself, which every later
    walk over the settings would follow for ever. A tag is refused as in front matter: no
    setting needs one, and a `!!set` under `extra:` changed order from build to build.
    """
    loader = _EventLoader(text)
    sizes: dict[str, tuple[int, int]] = {}  # anchor: values and levels its node expands to
    open_: list[tuple[str | None, list[int]]] = [(None, [0, 0])]  # a sentinel for the root
    aliased = 0  # values that aliases repeat: a plain file costs only its own size
    try:
        while loader.check_event():
            event: yaml.Event = loader.get_event()  # type: ignore[no-untyped-call]
            mark = event.start_mark
            at = (mark.line, mark.column) if mark else (0, 0)
            refuse_tag(event, *at)
            size: tuple[int, int] | None = None  # values and levels the event adds
            if isinstance(event, yaml.CollectionStartEvent):
                size = (1, 1)
            elif isinstance(event, yaml.CollectionEndEvent):
                anchor, (values, levels) = open_.pop()
                _count_node(open_, anchor, sizes, (values + 1, levels + 1))
            elif isinstance(event, yaml.ScalarEvent):
                size = (1, 0)
            elif isinstance(event, yaml.AliasEvent):
                if any(anchor == event.anchor for anchor, _ in open_):
                    raise YamlProblemError(
                        f"alias `*{event.anchor}` repeats a value inside itself",
                        *at,
                        hint="an anchored value cannot hold its own alias",
                    )
                size = sizes.get(str(event.anchor))  # an unknown one is the composer's to report
            if size is None:
                continue
            aliased += size[0] if isinstance(event, yaml.AliasEvent) else 0
            _refuse_expansion(at, aliased, len(open_) - 1 + size[1])
            if isinstance(event, yaml.CollectionStartEvent):
                open_.append((event.anchor, [0, 0]))
            else:
                anchor = event.anchor if isinstance(event, yaml.ScalarEvent) else None
                _count_node(open_, anchor, sizes, size)
    finally:
        loader.dispose()


def _count_node(
    open_: list[tuple[str | None, list[int]]],
    anchor: str | None,
    sizes: dict[str, tuple[int, int]],
    size: tuple[int, int],
) -> None:
    """Count a finished node of `size` into its collection, and keep it under its anchor."""
    if anchor is not None:
        sizes[anchor] = size
    counts = open_[-1][1]
    counts[0] += size[0]
    counts[1] = max(counts[1], size[1])


def _refuse_expansion(at: tuple[int, int], aliased: int, depth: int) -> None:
    if aliased > MAX_VALUES:
        raise YamlProblemError(
            f"aliases expand the settings past {MAX_VALUES:,} values",
            *at,
            hint="repeat fewer values through `*` aliases",
        )
    if depth > MAX_DEPTH:
        raise YamlProblemError(f"YAML nested more than {MAX_DEPTH} levels deep", *at)


class _ConfigLoader(yaml.SafeLoader):
    """The safe loader with YAML 1.2 scalars (`language: no` is Norwegian, not false), with
    over-long integers and duplicate keys reported at their line (tags are refused before)."""

    yaml_implicit_resolvers = core_schema_resolvers()

    def construct_mapping(
        self, node: yaml.MappingNode, deep: bool = False
    ) -> dict[Hashable, object]:
        """Construct a mapping keyed by names, failing on a key that appears twice."""
        name_keys(self, node)
        return super().construct_mapping(node, deep=deep)


_ConfigLoader.add_constructor("tag:yaml.org,2002:int", construct_int)
