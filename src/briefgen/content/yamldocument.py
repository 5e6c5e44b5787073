"""Loaded YAML with the file position of every key and item, and the check for characters no
published page may hold: what reading YAML gives, importable without PyYAML (a build with
nothing to do checks its cached settings with them, build/configcache.py)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from briefgen.content.noncharacters import CharacterClass
from briefgen.content.yamltext import flow_text
from briefgen.diagnostics import error

if TYPE_CHECKING:
    from collections.abc import Hashable, Mapping

    from briefgen.content.curlyquotes import CurlyQuoted
    from briefgen.content.yamlcomments import TrailingComment
    from briefgen.diagnostics import Diagnostic, SourcePos

YamlPath = tuple["Hashable", ...]
"""Keys and list indexes from the document root to a node, e.g. `("rows", 1, "description")`."""


@dataclass(frozen=True, slots=True)
class YamlDocument:
    """Loaded YAML plus the file position of every key and list item."""

    data: object
    positions: Mapping[YamlPath, SourcePos] = field(default_factory=dict)
    """Position of the key (for mapping entries) or the item (for list entries) at each path."""
    start: SourcePos | None = None
    written: Mapping[YamlPath, str] = field(default_factory=dict)
    """The source text of each number, boolean and null: `0x1F`, `1.50`, `True`, `~`."""
    comments: Mapping[YamlPath, TrailingComment] = field(default_factory=dict)
    """The comment after each unquoted value that has one on its line, which YAML dropped."""
    curly: tuple[CurlyQuoted, ...] = ()
    """Each unquoted value written in curly quotes, which YAML kept or split at its commas."""
    blanks: Mapping[YamlPath, Diagnostic] = field(default_factory=dict)
    """The hidden blank after a `-` or `key:` inside each unquoted value that holds one, as
    an error at it: YAML read a list or mapping as text there (yamlspaces.py)."""

    def type_error(self, path: YamlPath, message: str, more: str = "") -> Diagnostic:
        """Return the error that the value at `path` is not of the type `message` says: at
        the hidden blank that made it text, if one did (an example of the value would copy
        it), else at `path`, with `more` said."""
        blank = self.blanks.get(path)
        if blank is None:
            return error(self.pos(*path), message + more)
        return replace(blank, message=f"{message}: {blank.message}")

    def shown(self, *path: Hashable, value: object) -> str:
        """Return the value at `path` as written (`0x1F`, not 31), a list or mapping in YAML's
        flow style (`[a, 1]`, not Python's `['a', 1]`), for a message to quote."""
        if isinstance(value, list | dict):
            return flow_text(value, path, self.written)
        return self.written.get(path, str(value))

    def pos(self, *path: Hashable) -> SourcePos:
        """Return the position of `path`, or of its nearest ancestor that has one."""
        steps: tuple[Hashable, ...] = path
        while steps:
            if steps in self.positions:
                return self.positions[steps]
            steps = steps[:-1]
        assert self.start is not None
        return self.start


BAD_CHARACTERS = CharacterClass("\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff", shipped=True)
"""C0/C1 controls (tab and newline allowed), noncharacters and lone surrogates: no XML or HTML
allows them, so a decoded value (`"a \\x01 b"` is a legal YAML escape) holding one is refused."""


def find_bad_character(data: object) -> tuple[YamlPath, str] | None:
    """Return the path of the first key or string holding a bad character, and `U+XXXX`."""
    pending: list[tuple[YamlPath, object]] = [((), data)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, str):
            found = BAD_CHARACTERS.search(value)
            if found:
                return path, f"U+{ord(found.group()):04X}"
        elif isinstance(value, dict):
            for key, item in value.items():
                pending.append(((*path, key), key))
                pending.append(((*path, key), item))
        elif isinstance(value, list):
            pending.extend(((*path, index), item) for index, item in enumerate(value))
    return None
