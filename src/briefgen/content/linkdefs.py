"""Link reference definitions no link uses, or defined twice: each a warning at its line.

A definition (`[2]: https://… "IDMC, Global Report 2026"`) is not shown by itself: only the
links that use it (`[text][2]`, `[2][]`, `[2]`) show its address. A definition nobody links
to, often a reference list written as definitions, would vanish from the page and from
briefing.json silently, and so would the second definition of a label.

markdown-it looks each label up in `env["references"]` with `get` while it reads the links,
after the block rules have collected the definitions. A core rule between the two puts a
dict there that notes each label found, so what is used is known exactly, from the one
parse: a label in a code span or escaped (`\\[2]`) is never looked up, so it is not a use.
A callout's marker at a quote's first line (`> [!WARNING]`) is never looked up either: a
definition `[!WARNING]: …` anywhere in the file would make it a link, and so no callout. A
link naming that label anywhere else (`[text][!warning]`, `[!warning][]`, a `[!warning]` in
prose) finds it, as CommonMark reads it.
"""

from __future__ import annotations

import re
import unicodedata
import urllib.parse
from typing import TYPE_CHECKING

from briefgen.content.calloutmarker import MARKER_LABEL
from briefgen.content.invisible import past_invisible
from briefgen.diagnostics import SourcePos, excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token

    from briefgen.diagnostics import Diagnostic

DEFINITION_LINE = pattern(r"^ {0,3}\[([^\[\]\n^]+)\]:[ \t]*", re.MULTILINE)
"""A line that starts like a link reference definition (`[iom]: https://…`), not a note's,
its label the group, up to its address, which may be on the next line, as in CommonMark."""
_LABEL = pattern(r"(?<!\\)\[((?:[^\[\]\\]|\\.)+)\]:", re.DOTALL)
"""A definition's label as written, up to its colon."""
_SHORTCUT = pattern(r"\[([^\[\]\n]*)\]")
"""A shortcut reference's label (`[!NOTE]`): a marker's, typed with options or not, or nearly
one, once markdown-it trims its spaces (`[ !NOTE]`), is no link at a quote's first line."""
_FIRST_LINE = ("blockquote_open", "paragraph_open", "inline")
"""The tokens of a quote's first line: only there is a marker a callout's."""


class _NotedReferences(dict[str, object]):
    """The definitions by normalised label, noting each label a link or an image found.

    A label is found whatever the Unicode form of its accents, as a reader sees it: `[café]`
    typed with its accent apart (as some macOS tools write it) links by `[café]:` composed.
    """

    __slots__ = ("composed", "used")

    def __init__(self, references: Mapping[str, object]) -> None:
        super().__init__(references)
        self.used: set[str] = set()
        self.composed = {unicodedata.normalize("NFC", key): key for key in reversed(self)}
        """Each label in NFC, to the key it is defined by (the first of two that compose
        alike)."""

    def get(self, key: str, default: object = None) -> object:
        """Return the definition of `key` (markdown-it's lookup), noting it as used."""
        key = key if dict.__contains__(self, key) else self._defined(key)
        found = super().get(key, default)
        if found is not default:
            self.used.add(key)
        return found

    def __contains__(self, key: object) -> bool:
        """Return whether `key` has a definition, in any Unicode form."""
        return isinstance(key, str) and dict.__contains__(self, self._defined(key))

    def _defined(self, key: str) -> str:
        return self.composed.get(unicodedata.normalize("NFC", key), key)


class _MarkerLine(list["Token"]):
    """The inline tokens of a quote's first line that opens with a callout's marker, perhaps
    after invisible characters (`&#8203;[!NOTE]`, a slip warned of), and where the marker is
    in the line's source: `marker_unlinked` reads it while the list is filled."""

    __slots__ = ("marker",)

    def __init__(self, start: int, end: int) -> None:
        super().__init__()
        self.marker = (start, end)


def note_used_references(parser: MarkdownIt) -> None:
    """Make `parser` note, in its `env`, which link reference definitions the links use; and
    look up no quote's first-line marker (`> [!WARNING]`)."""
    # Here, where a parser is made: DEFINITION_LINE's importers need no markdown-it.
    from markdown_it.common.utils import normalizeReference

    rules = parser.inline.ruler
    link = rules.__rules__[rules.__find__("link")].fn  # markdown-it's, or a plugin's

    def noted(state: StateCore) -> None:
        references = state.env.get("references")
        if not isinstance(references, dict):
            return  # no definition: no marker can be read as a link
        if not isinstance(references, _NotedReferences):
            state.env["references"] = _NotedReferences(references)
        for index in range(len(state.tokens) - 2):
            quote, paragraph, line = state.tokens[index : index + 3]
            if (quote.type, paragraph.type, line.type) == _FIRST_LINE:
                marker = _SHORTCUT.match(line.content, past_invisible(line.content))
                if marker is not None and MARKER_LABEL.fullmatch(normalizeReference(marker[1])):
                    line.children = _MarkerLine(marker.start(), marker.end())

    def marker_unlinked(state: StateInline, silent: bool) -> bool:
        """Read a link as markdown-it does, but a quote's first-line marker as it does with
        no definition of its label (text, or an inline link, `[!NOTE](…)`); a full or
        collapsed reference after it (`[!NOTE][label]`, `[!NOTE][]`) is a link's, as in
        CommonMark."""
        line = state.tokens
        if (
            not isinstance(line, _MarkerLine)
            or state.pos != line.marker[0]
            or state.src.startswith("[", line.marker[1])
        ):
            return link(state, silent)
        references = state.env.pop("references")
        try:
            return link(state, silent)
        finally:
            state.env["references"] = references

    parser.core.ruler.after("block", "used_references", noted)
    parser.inline.ruler.at("link", marker_unlinked)


def definition_warnings(path: str, text: str, env: Mapping[str, object]) -> list[Diagnostic]:
    """Warn at each definition no link uses, and at each second definition of a label.

    `text` is the file as parsed, `env` the markdown-it environment it was parsed with.
    """
    found: list[Diagnostic] = []
    references = env.get("references")
    # Each definition no link uses, and each labelled as a marker: one in a quote
    # (`> [!WARNING]: Deadline`) took that quote's marker line, whether a link names it or not.
    warned: dict[str, object] = {}
    if isinstance(references, _NotedReferences):
        warned = {
            key: ref
            for key, ref in references.items()
            if key not in references.used or MARKER_LABEL.fullmatch(key)
        }
    twice = env.get("duplicate_refs")
    if not warned and not twice:
        return found
    lines = text.split("\n")
    for key, definition in warned.items():
        pos, label = _where(path, lines, definition, key)
        if marker_line := _marker_line_warning(pos, label, lines):
            found.append(marker_line)
        elif isinstance(references, _NotedReferences) and key not in references.used:
            found.append(_unused_warning(pos, label, definition))
    for definition in twice if isinstance(twice, list) else ():
        key = str(definition.get("label", "")) if isinstance(definition, dict) else ""
        pos, label = _where(path, lines, definition, key)
        message = (
            f"link definition `[{excerpt(label, 30)}]` is defined twice; the first definition "
            "is used"
        )
        found.append(
            _marker_line_warning(pos, label, lines)
            or warning(pos, message, hint="give each definition its own label")
        )
    return found


def definition_lines(env: Mapping[str, object]) -> tuple[int, ...]:
    """Return the 1-based lines where the link reference definitions of the file parsed with
    `env` start, in order, a label's second definition too."""
    references = env.get("references")
    twice = env.get("duplicate_refs")
    found = [*references.values()] if isinstance(references, dict) else []
    found += twice if isinstance(twice, list) else []
    spans = [d.get("map") if isinstance(d, dict) else None for d in found]
    return tuple(sorted(span[0] + 1 for span in spans if isinstance(span, list) and span))


_NO_ADDRESS = pattern(r"[^\W\d_][\w'\u2019-]*[.!,;]?")
"""What a definition's "address" is when it is a word, not an address: `[Note]: Provisional.`,
`[Source]: ONS`, an editor's label and its text, which CommonMark reads as a definition."""


def _unused_warning(pos: SourcePos, label: str, definition: object) -> Diagnostic:
    """Warn of a definition no link uses; one whose address is a word (`[Source]: ONS`) was
    most likely meant as a line of text, so the hint leads with its escape."""
    shown = excerpt(label, 30)
    href = definition.get("href") if isinstance(definition, dict) else None
    written = urllib.parse.unquote(href) if isinstance(href, str) else ""
    if _NO_ADDRESS.fullmatch(written):
        hint = (
            f"`{excerpt(written, 30)}` reads as a word, not an address: to show the line as text, "
            f"write `\\[{shown}]:` for `[{shown}]:`; or link to it with `[text][{shown}]`, "
            "or delete it"
        )
    else:
        hint = (
            f"link to it with `[text][{shown}]`, list the work under `sources:` in the front "
            "matter, or delete it"
        )
    return warning(pos, f"link definition `[{shown}]` is never used; it is not shown", hint=hint)


def _marker_line_warning(pos: SourcePos, label: str, lines: Sequence[str]) -> Diagnostic | None:
    """Return the warning for a definition labelled as a callout's marker in a quote, a marker
    with a `:` after it (`> [!WARNING]: Deadline`), which markdown-it reads as a definition;
    else None."""
    marker = MARKER_LABEL.fullmatch(label)
    if marker is None or not _in_quote(lines, pos):
        return None
    return warning(
        pos,
        f"`[{excerpt(label, 30)}]:` is read as a link definition, not a callout marker, so it "
        "is not shown",
        hint=f"remove the `:` after the marker: `> [!{marker[1].upper()}] Title`",
    )


def _in_quote(lines: Sequence[str], pos: SourcePos) -> bool:
    """Return whether the definition at `pos` is written in a quote (after a `>`)."""
    return ">" in lines[pos.line - 1][: pos.column - 1] if pos.line <= len(lines) else False


def _where(path: str, lines: Sequence[str], definition: object, key: str) -> tuple[SourcePos, str]:
    """Return where a definition starts and its label as written (else `key`)."""
    span = definition.get("map") if isinstance(definition, dict) else None
    if not isinstance(span, list) or len(span) != 2 or not 0 <= span[0] < len(lines):
        return SourcePos(path, 1), key
    first, last = span
    written = _LABEL.search("\n".join(lines[first:last]))
    if written is None:
        return SourcePos(path, first + 1), key
    column = written.start() + 1 if written.start() <= len(lines[first]) else 1
    return SourcePos(path, first + 1, column), " ".join(written[1].split())
