"""Where a YAML text sits in its file, so a problem found in the YAML points at a file line."""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import yaml

from briefgen.diagnostics import SourcePos
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Hashable, Iterator, Sequence

log = logging.getLogger(__name__)

YAML_ONLY_BREAK = pattern("[\x85\u2028\u2029]")
"""Line breaks to YAML (1.1, as PyYAML reads it) that are not line breaks in the file: an
editor ends a line at LF, CR and CRLF only."""
_BREAK = pattern("(\r\n|[\r\n\x85\u2028\u2029])")
"""Every line break YAML counts; CRLF is one."""


def yaml_lines(text: str) -> tuple[tuple[int, int], ...]:
    """Return, for each line as YAML counts them, its file line (from the first) and the
    file column it starts at (0-based)."""
    found: list[tuple[int, int]] = [(0, 0)]
    line, column = 0, 0
    for piece in _BREAK.split(text):
        if YAML_ONLY_BREAK.fullmatch(piece):
            column += 1
            found.append((line, column))
        elif _BREAK.fullmatch(piece):
            line, column = line + 1, 0
            found.append((line, column))
        else:
            column += len(piece)
    return tuple(found)


def yaml_position(text: str, index: int) -> tuple[int, int]:
    """Return the 0-based line and column, as YAML counts them, of the character at `index`."""
    return position_after(line_starts(text, index), index)


def line_starts(text: str, end: int | None = None) -> list[int]:
    """Return the index each line of `text` but the first starts at, as YAML counts lines (up
    to `end`): read once, it places any number of characters with `position_after`."""
    return [found.end() for found in _BREAK.finditer(text, 0, len(text) if end is None else end)]


def position_after(starts: Sequence[int], index: int) -> tuple[int, int]:
    """Return the 0-based line and column of the character at `index` of the text whose
    `line_starts` are `starts`."""
    line = bisect.bisect_right(starts, index)
    return line, index - (starts[line - 1] if line else 0)


def yaml_index(text: str, line: int, column: int) -> int:
    """Return the index in `text` of the 0-based `line` and `column`, as YAML counts them; the
    text's end for a line past its last (where YAML's loader marks the end of the input)."""
    if line == 0:
        return column
    for count, found in enumerate(_BREAK.finditer(text), start=1):
        if count == line:
            return found.end() + column
    return len(text)


def split_by_break(text: str, index: int) -> int | None:
    """Return the index of the YAML-only break that starts the YAML line holding `index`, if
    one does: YAML read the text after it as a new line, which the author cannot see."""
    breaks = list(_BREAK.finditer(text, 0, index))
    if breaks and YAML_ONLY_BREAK.fullmatch(breaks[-1].group()):
        return breaks[-1].start()
    return None


@dataclass(frozen=True, slots=True)
class YamlSource:
    """Where a YAML text sits in its file, so problems point at file lines."""

    path: str
    first_line: int
    """1-based file line of the YAML text's first line."""
    column_offset: int = 0
    """Columns the YAML is indented by in the file (inside a list item or quote)."""
    max_bytes: int = 64 * 1024
    what: str = "front matter"
    yaml_lines: tuple[tuple[int, int], ...] = ()
    """Where each line YAML counts starts in the file, when YAML counts more than the file
    does (it breaks lines at U+2028 and U+2029 too); empty when they agree."""

    def pos(self, line: int, column: int) -> SourcePos:
        """Return the file position of a 0-based line and column in the YAML text."""
        if self.yaml_lines:
            line, start = self.yaml_lines[min(line, len(self.yaml_lines) - 1)]
            column += start
        return SourcePos(self.path, self.first_line + line, column + 1 + self.column_offset)


def file_source(path: str, text: str) -> YamlSource:
    """Return the source of a whole YAML file (briefgen.yaml), its lines as the file counts them."""
    lines = yaml_lines(text) if YAML_ONLY_BREAK.search(text) else ()
    return YamlSource(path, 1, yaml_lines=lines)


def value_scalars(root: yaml.Node) -> Iterator[tuple[tuple[Hashable, ...], yaml.ScalarNode]]:
    """Yield each scalar value below `root` with its path (keys as text, list indexes), walking
    iteratively: a deeply nested document must not exhaust the stack."""
    pending: list[tuple[tuple[Hashable, ...], yaml.Node]] = [((), root)]
    while pending:
        path, node = pending.pop()
        if isinstance(node, yaml.MappingNode):
            pending.extend(((*path, str(key.value)), value) for key, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(((*path, index), item) for index, item in enumerate(node.value))
        elif isinstance(node, yaml.ScalarNode):
            yield path, node
