"""Keys YAML cannot place by their indent, told as the author sees them.

A key indented more than the key on the line above, whose value is on its line (`date:
2026-01-05` over `  summary: A`), goes on with that value to YAML, which gives up at its `:`
saying "mapping values are not allowed": the hint was to quote a value holding a `:`. A key
indented less than the key above it, but not back to the mapping that holds that one (`  url:`
under `  - title: X`, ` a: 2` under `  a: 1`), is in no mapping: YAML said it "did not find
expected key" (or a `-` indicator), with no hint at all. Front matter, `table` fences and
briefgen.yaml are read alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import yaml

_BLOCK_VALUES = ("|", ">", "#", "&", "!")
"""How a value on the key's own line starts when its text is not there (a block scalar, a
comment, an anchor or a tag): no plain text that the next line could go on with."""


@dataclass(frozen=True, slots=True)
class MisplacedKey:
    """A key at an indent YAML cannot place: 0-based line and column, problem and hint."""

    line: int
    column: int
    problem: str
    hint: str


def misplaced_key(exc: yaml.MarkedYAMLError, text: str) -> MisplacedKey | None:
    """Return the key whose indent made YAML give up, and what to do; None for another
    mistake."""
    mark, problem = exc.problem_mark, exc.problem or ""
    rows = text.splitlines()  # at YAML's line breaks, as its marks count them
    if mark is None or mark.line >= len(rows) or (key := key_of(rows[mark.line])) is None:
        return None
    column, name = key
    if "mapping values are not allowed" in problem and mark.column == column + len(name):
        return _run_on(rows, mark.line, column, name)
    if ("expected key" in problem or "'-' indicator" in problem) and mark.column == column:
        return _between(rows, mark.line, column, name)
    return None


def key_of(row: str) -> tuple[int, str] | None:
    """Return the column and name of the key a row starts (after the `- ` of list items), or
    None for a row that starts no `name:` key."""
    rest = row.lstrip(" ")
    while rest.startswith("- "):
        rest = rest[2:].lstrip(" ")
    name, colon, after = rest.partition(":")
    named = name and all(c.isalnum() or c in "_-" for c in name)
    if not (colon and named) or after[:1] not in ("", " ", "\t"):
        return None
    return len(row) - len(rest), name


def _run_on(rows: list[str], line: int, column: int, name: str) -> MisplacedKey | None:
    """Return the key on `line` indented under the plain value of the key right above it."""
    above = line - 1
    while above >= 0 and not rows[above].strip():
        above -= 1
    if above < 0 or (key := key_of(rows[above])) is None or key[0] >= column:
        return None
    value = rows[above][key[0] + len(key[1]) + 1 :].strip()
    if not value or value.startswith(_BLOCK_VALUES):
        return None
    problem = (
        f"`{name}:` is indented more than `{key[1]}:` above it, so YAML reads it as more of "
        f"`{key[1]}`'s value"
    )
    hint = (
        f"start `{name}:` in the column of `{key[1]}:`; if the line goes on with that value, "
        "quote the value"
    )
    return MisplacedKey(line, column, problem, hint)


def _spaces(count: int) -> str:
    return "1 space" if count == 1 else f"{count} spaces"


def _between(rows: list[str], line: int, column: int, name: str) -> MisplacedKey | None:
    """Return the key on `line` indented less than the key above it, but more than any key
    further up that a mapping could hold it beside."""
    for above in range(line - 1, -1, -1):
        if (key := key_of(rows[above])) is None:
            continue
        if key[0] <= column:
            return None
        problem = (
            f"`{name}:` is indented {_spaces(column)}, which lines it up with no key above it: "
            "YAML cannot tell which mapping it belongs to"
        )
        hint = (
            f"indent it as `{key[1]}:` is, {_spaces(key[0])}, to put it beside `{key[1]}:`; "
            "or as a key further left is"
        )
        return MisplacedKey(line, column, problem, hint)
    return None
