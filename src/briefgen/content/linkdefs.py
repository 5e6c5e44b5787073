"""Link reference definitions no link uses, or defined twice: each a warning at its line.

A definition (`[2]: https://… "IDMC, Global Report 2026"`) is not shown by itself: only the
links that use it (`[text][2]`, `[2][]`, `[2]`) show its address. A definition nobody links
to, often a reference list written as definitions, would vanish from the page and from
briefing.json silently, and so would the second definition of a label.

markdown-it looks each label up in `env["references"]` with `get` while it reads the links,
after the block rules have collected the definitions. A core rule between the two puts a
dict there that notes each label found, so what is used is known exactly, from the one
parse: a label in a code span or escaped (`\\[2]`) is never looked up, so it is not a use.
The same dict finds no definition of a label that is a callout's marker (`[!WARNING]`): one
would make every marker of the file a link, and so no callout.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, excerpt, warning

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore

    from briefgen.diagnostics import Diagnostic

DEFINITION_LINE = re.compile(r"^ {0,3}\[([^\[\]\n^]+)\]:[ \t]*", re.MULTILINE)
"""A line that starts like a link reference definition (`[iom]: https://…`), not a note's,
its label the group, up to its address, which may be on the next line, as in CommonMark."""
_LABEL = re.compile(r"(?<!\\)\[((?:[^\[\]\\]|\\.)+)\]:", re.DOTALL)
"""A definition's label as written, up to its colon."""

_CALLOUT_LABEL = re.compile(r"![A-Za-z]+")
"""A label that is a callout's marker's (`[!WARNING]`), as GitHub's alerts write one."""


class _NotedReferences(dict[str, object]):
    """The definitions by normalised label, noting each label a link or an image found."""

    __slots__ = ("used",)

    def __init__(self, references: Mapping[str, object]) -> None:
        super().__init__(references)
        self.used: set[str] = set()

    def get(self, key: str, default: object = None) -> object:
        """Return the definition of `key` (markdown-it's lookup), noting it as used; none of
        a label that is a callout's marker: a definition `[!WARNING]: …`, anywhere in the
        file, made each `> [!WARNING]` a link to it, and so no callout."""
        if _CALLOUT_LABEL.fullmatch(key):
            return default
        found = super().get(key, default)
        if found is not default:
            self.used.add(key)
        return found


def note_used_references(parser: MarkdownIt) -> None:
    """Make `parser` note, in its `env`, which link reference definitions the links use."""

    def noted(state: StateCore) -> None:
        references = state.env.get("references")
        if isinstance(references, dict) and not isinstance(references, _NotedReferences):
            state.env["references"] = _NotedReferences(references)

    parser.core.ruler.after("block", "used_references", noted)


def definition_warnings(path: str, text: str, env: Mapping[str, object]) -> list[Diagnostic]:
    """Warn at each definition no link uses, and at each second definition of a label.

    `text` is the file as parsed, `env` the markdown-it environment it was parsed with.
    """
    found: list[Diagnostic] = []
    references = env.get("references")
    unused: dict[str, object] = {}
    if isinstance(references, _NotedReferences):
        unused = {key: ref for key, ref in references.items() if key not in references.used}
    twice = env.get("duplicate_refs")
    if not unused and not twice:
        return found
    lines = text.split("\n")
    for key, definition in unused.items():
        pos, label = _where(path, lines, definition, key)
        found.append(_unused_warning(pos, label, quoted=_in_quote(lines, pos)))
    for definition in twice if isinstance(twice, list) else ():
        key = str(definition.get("label", "")) if isinstance(definition, dict) else ""
        pos, label = _where(path, lines, definition, key)
        message = f"link definition `[{label}]` is defined twice; the first definition is used"
        found.append(warning(pos, message, hint="give each definition its own label"))
    return found


def _unused_warning(pos: SourcePos, label: str, *, quoted: bool) -> Diagnostic:
    """Warn of a definition no link uses; one labelled as a callout's marker, which no link
    uses, is in a quote a marker with a `:` after it (`> [!WARNING]: Deadline`), which
    markdown-it reads as a definition."""
    if _CALLOUT_LABEL.fullmatch(label) and not quoted:
        return warning(
            pos,
            f"link definition `[{label}]` links nothing: `[{label}]` is a callout's marker; it "
            "is not shown",
            hint="give the link a label of its own, `[text][label]` and `[label]: …`, or delete "
            "the definition",
        )
    if _CALLOUT_LABEL.fullmatch(label):
        return warning(
            pos,
            f"`[{label}]:` is read as a link definition, not a callout marker, so it is not shown",
            hint=f"remove the `:` after the marker: `> [{label.upper()}] Title`",
        )
    return warning(
        pos,
        f"link definition `[{label}]` is never used; it is not shown",
        hint=f"link to it with `[text][{label}]`, list the work under `sources:`"
        " in the front matter, or delete it",
    )


def _in_quote(lines: Sequence[str], pos: SourcePos) -> bool:
    """Return whether the definition at `pos` is written in a quote (after a `>`)."""
    return ">" in lines[pos.line - 1][: pos.column - 1] if pos.line <= len(lines) else False


def _where(path: str, lines: Sequence[str], definition: object, key: str) -> tuple[SourcePos, str]:
    """Return where a definition starts and its label as written (else `key`)."""
    span = definition.get("map") if isinstance(definition, dict) else None
    if not isinstance(span, list) or len(span) != 2 or not 0 <= span[0] < len(lines):
        return SourcePos(path, 1), excerpt(key, 30)
    first, last = span
    written = _LABEL.search("\n".join(lines[first:last]))
    if written is None:
        return SourcePos(path, first + 1), excerpt(key, 30)
    column = written.start() + 1 if written.start() <= len(lines[first]) else 1
    return SourcePos(path, first + 1, column), excerpt(" ".join(written[1].split()), 30)
