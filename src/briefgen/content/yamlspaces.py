"""A key's `:` or an item's `-` followed by a space YAML does not read as one.

macOS (Option+Space), Word and Google Docs put a no-break space (U+00A0) where a space was
typed. YAML reads an indicator only before a plain space, tab or line break, so `title:`, a
no-break space and the title are one text, and YAML fails a line later ("mapping values are
not allowed", at the next key) or at the closing `---`: where nothing is wrong. Where the
lines run into one valid text (`tags:` and `-`, a no-break space, `energy` on each line), the
field is of the wrong type: the loader records the blank for that error to name.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

import yaml

from briefgen.content.invisible import HIDDEN_BLANK, left_by
from briefgen.content.yamlsource import line_starts, position_after, value_scalars, yaml_index
from briefgen.diagnostics import excerpt
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Hashable, Sequence

_AFTER_INDICATOR = pattern(
    rf"^[ \t]*(?:-[ \t]+)*(?P<said>[^\s:#\[\]{{}},\"'-][^:\n]*:|-)(?P<blank>{HIDDEN_BLANK})",
    re.MULTILINE,
)
"""A line whose key's `:` (the first on the line) or whose item's `-` a hidden blank follows.
A key starts with no `-`, so a line of many `- ` is read in linear time."""
_TRIED = 8
"""How many such blanks before YAML's trouble are tried, the nearest: YAML fails at the next
key after one, so a blank far above it (in a `|` text, say) is the author's."""

_SAID = 40
"""The most characters of a key a message quotes."""
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class HiddenSpace:
    """A hidden blank after an indicator, at a 0-based line and column of the YAML."""

    line: int
    column: int
    problem: str
    hint: str


def hidden_space(text: str, failed_at: tuple[int, int]) -> HiddenSpace | None:
    """Return the blank after a `:` or `-`, up to YAML's trouble at the 0-based line and
    column `failed_at`, that is that trouble: with a plain space in its place (or in theirs,
    for a run of such lines read as one text) YAML reads on past `failed_at`."""
    if text.isascii():
        return None
    end = yaml_index(text, *failed_at) + 1
    found = list(_AFTER_INDICATOR.finditer(text, 0, end))[-_TRIED:]
    for one in found:
        if _reads_past(_plain(text, [one]), failed_at):
            return _named(one, line_starts(text))
    if len(found) > 1 and _reads_past(_plain(text, found), failed_at):
        return _named(found[0], line_starts(text))
    return None


def hidden_spaces_in_text(root: yaml.Node, text: str) -> dict[tuple[Hashable, ...], HiddenSpace]:
    """Return, by its path, each unquoted value below `root` that holds a hidden blank after
    a `-` or a `key:` at the start of one of its lines: YAML read the list or mapping meant
    there as text, and a field that wants one fails at its type, not at the blank."""
    blanks = [] if text.isascii() else list(_AFTER_INDICATOR.finditer(text))
    if not blanks:
        return {}
    starts = [one.start("blank") for one in blanks]
    lines = line_starts(text)  # once: counting from the start for each value was quadratic
    found: dict[tuple[Hashable, ...], HiddenSpace] = {}
    for path, node in value_scalars(root):
        first = bisect.bisect_left(starts, node.start_mark.index)
        # A quoted value or a `|` text holds the author's own characters.
        if not node.style and first < len(starts) and starts[first] < node.end_mark.index:
            found[path] = _named(blanks[first], lines)
    return found


def _plain(text: str, found: list[re.Match[str]]) -> str:
    """Return `text` with a plain space for each blank `found`."""
    pieces, start = [], 0
    for one in found:
        pieces += [text[start : one.start("blank")], " "]
        start = one.end("blank")
    return "".join([*pieces, text[start:]])


def _named(found: re.Match[str], lines: Sequence[int]) -> HiddenSpace:
    """Return the problem of the blank `found` in the text whose `line_starts` are `lines`:
    "a no-break space (U+00A0) follows `title:`"."""
    blank, said = found["blank"], excerpt(found["said"], _SAID)
    line, column = position_after(lines, found.start("blank"))
    code = f"U+{ord(blank):04X}"
    name = unicodedata.name(blank, "space").lower()
    article = "an" if name[0] in "aeiou" else "a"
    return HiddenSpace(
        line,
        column,
        f"{article} {name} ({code}) follows `{said}`; YAML needs a plain space",
        f"replace the {code} after `{said}` with a plain space ({left_by(blank)})",
    )


def _reads_past(text: str, failed_at: tuple[int, int]) -> bool:
    """Return whether YAML reads `text` without a syntax error up to `failed_at`."""
    try:
        for _ in yaml.parse(text, Loader=_Loader):
            pass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return mark is not None and (mark.line, mark.column) > failed_at
    except yaml.YAMLError:
        return False
    return True
