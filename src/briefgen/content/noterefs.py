"""Footnote references: found, numbered as they are rendered, with the ids that link them.

The footnote plugin reads `[^label]` references and `[^label]: text` definitions. Notes are
numbered in the order the text first refers to them, so the numbers a reader sees run 1, 2, 3
down the page; each further reference to the same note gets its own id and back-link.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from markdown_it.token import Token
from mdit_py_plugins.footnote.index import footnote_ref

from briefgen.diagnostics import Diagnostic, SourcePos, excerpt, warning, wrapped_excerpt
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from markdown_it.renderer import RendererHTML
    from markdown_it.rules_inline import StateInline
    from markdown_it.utils import EnvType, OptionsDict

NOTES_HEADING_ID = "notes-title"
"""The id of the "Notes" heading; every reference mark is described by it."""


def note_id(number: int) -> str:
    """Return the id of a note in the Notes list."""
    return f"fn-{number}"


def reference_id(number: int, nth: int) -> str:
    """Return the id of the nth (1-based) reference to a note, the target of its back-link."""
    return f"fnref-{number}" if nth == 1 else f"fnref-{number}-{nth}"


def note_key(label: str) -> str:
    """Return what a note's label is matched by: case-folded, as GitHub matches `[^Src]` to
    `[^SRC]:` (it compares footnote labels as it does link reference labels), and composed
    (NFC), so `[^café]` typed with its accent apart (as some macOS tools write it) is the note
    `[^café]:` typed with it composed, as a reader sees them: alike."""
    return unicodedata.normalize("NFC", label.casefold())


DEFINED_NOTES = "defined_notes"
"""The markdown-it env key of the file's `defined_notes`, set before its inline runs are read."""


def defined_notes(tokens: Iterable[Token]) -> frozenset[str]:
    """Return the `note_key` of each note defined in a file whose block tokens are `tokens`."""
    return frozenset(
        note_key(str(t.meta["label"])) for t in tokens if t.type == "footnote_reference_open"
    )


@dataclass
class NoteRefs:
    """The notes a file defines, and the numbers its references have been given so far."""

    defined: frozenset[str] = frozenset()
    """The `note_key` of each label defined; `numbers` and `counts` are by key too."""
    numbers: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    cited: list[str] = field(default_factory=list)
    """The key of each reference counted, in order, for `uncount`."""
    building: str | None = None
    """The key of the note whose text is being built: a reference to it there is not one."""
    dropped: set[str] = field(default_factory=set)
    """The notes that a block dropped for an error, or an update, refers to: in use, though
    not shown (each warned of where it is referred to), so no note of theirs is "never
    referred to" (which would send the author to delete it)."""
    continued: frozenset[str] = frozenset()
    """The notes whose definition the block above it continues (`continuednotes`): warned at
    the definition, so a reference to one is not warned as a note with no definition."""

    @classmethod
    def of(cls, tokens: Iterable[Token], continued: frozenset[str] = frozenset()) -> NoteRefs:
        """Return the references of a file whose block tokens are `tokens`."""
        return cls(defined_notes(tokens), continued=continued)

    def cite(self, label: str) -> tuple[int, int] | None:
        """Return (note number, 1-based reference count) for a reference; None when the note
        is undefined or is the one being built (a note that cites itself)."""
        key = note_key(label)
        if key not in self.defined or key == self.building:
            return None
        number = self.numbers.setdefault(key, len(self.numbers) + 1)
        self.counts[key] = self.counts.get(key, 0) + 1
        self.cited.append(key)
        return number, self.counts[key]

    def counted(self) -> int:
        """Return how many references have been cited so far, for `uncount`."""
        return len(self.cited)

    def uncount(self, counted: int) -> None:
        """Forget the references cited since `counted`, latest first: text read but then not
        shown (a caption line a block drops) would give its notes back-links to nothing."""
        for key in reversed(self.cited[counted:]):
            self.counts[key] -= 1
            if not self.counts[key]:  # its first reference: the last note numbered
                del self.counts[key], self.numbers[key]
        del self.cited[counted:]

    def cite_dropped(self, source: str) -> None:
        """Count the notes that `source`, the text of a block dropped for an error or of an
        update, refers to."""
        labels = _WRITTEN_REFERENCE.findall(source)
        self.dropped.update(key for label in labels if (key := note_key(label)) in self.defined)


_WRITTEN_REFERENCE = pattern(r"\[\^([^\]\s]+)\]")
"""A `[^label]` as written in a block's source text."""
_LABEL_END = pattern(r"[\] \n]")


def closed_note_reference(state: StateInline, silent: bool) -> bool:
    """The plugin's `[^label]` rule, tried only where a label is closed by `]`.

    With every reference matched (definitions or not), the plugin scans from each `[^` to the
    label's end: `[^a` repeated over a line took time quadratic in its length (7 s for 5,000).
    Where the label ends is remembered per inline text, so the scans add up to one pass.
    """
    start, src = state.pos, state.src
    if not src.startswith("[^", start):
        return False
    known = state.env.get("note_label_end")
    if known is not None and known[0] is src and known[1] <= start < known[2]:
        end = known[2]
    else:
        found = _LABEL_END.search(src, start + 2)
        end = found.start() if found else len(src)
        state.env["note_label_end"] = (src, start, end)
    if end >= state.posMax or src[end] != "]" or end == start + 2:
        return False
    return footnote_ref(state, silent, always_match=True)


_MISREAD_NOTE = pattern(
    r"(?<!\\)(?:\[\^\]|\[\^[^\]\s]{0,100}(?:[ \t][^\]\n]{0,100}(?:\n[^\]\n]{0,100})?"
    r"|\n[^\]\n]{0,100})\])(?![(\[])"
)
"""`[^]` (no label) or `[^a b]` (a space in it, or the line wrapped inside it): a note
reference or definition but for its label; not an escaped `\\[^]`, nor a link's text
(`[^ Back to top](#top)`). Bounded, so that a line of `[^a b` repeated is searched in linear
time."""


def misread_note_warning(pos: SourcePos, written: str) -> Diagnostic:
    """Return the warning for `[^a b]` or `[^]`, which stay text."""
    if written == "[^]":
        return warning(
            pos,
            "`[^]` is shown as text: a note needs a label",
            hint="write a label, e.g. `[^1]`, here and in the note `[^1]: …`",
        )
    shown = wrapped_excerpt(written, 40)
    return warning(
        pos,
        f"`{shown}` is shown as text: a note's label has no spaces",
        hint="join the words, e.g. `[^a-b]`, here and in the note",
    )


def misread_notes(text: str) -> Iterator[tuple[int, str]]:
    """Yield where each `[^a b]` or `[^]` in `text` starts, and its text: a note but for its
    label."""
    for found in _MISREAD_NOTE.finditer(text):
        yield found.start(), found.group()


def breaks_a_link(after: Sequence[Token]) -> bool:
    """Return True when what follows a note reference shows it ended a link's text.

    Links may not hold links, so in `[text[^a]](url)` and `[text[^a]][ref]` the reference
    wins and the link is left as written: `](url)`, or `]` before the reference's link.
    """
    if not after or after[0].type != "text":
        return False
    rest = after[0].content
    return rest.startswith("](") or (
        rest == "]" and len(after) > 1 and after[1].type == "link_open"
    )


def note_in_link_warning(pos: SourcePos) -> Diagnostic:
    """Return the warning for a reference that ended a link's text (`breaks_a_link`)."""
    return warning(
        pos,
        "a note reference inside a link's text breaks the link; it is shown as written",
        hint="put the reference after the link: `[text](https://…)[^a]`",
    )


def numbered_reference(
    token: Token,
    notes: NoteRefs | None,
    place: str | None,
    here: SourcePos,
    diagnostics: list[Diagnostic],
) -> Token:
    """Number a `[^label]` reference, or keep it as text with a warning when it has no note
    (`place` names where a run without `notes` is: `an update`)."""
    label = str(token.meta["label"])
    cited = notes.cite(label) if notes is not None else None
    if cited is None:
        if unnumbered := _unnumbered_warning(label, notes, place, here):
            diagnostics.append(unnumbered)
        return Token("text", "", 0, content=f"[^{label}]")
    number, nth = cited
    return Token("footnote_ref", "", 0, meta={"number": number, "nth": nth})


def _unnumbered_warning(
    label: str, notes: NoteRefs | None, place: str | None, here: SourcePos
) -> Diagnostic | None:
    """Return why a reference is shown as text; None where its definition's line is warned
    (a note whose definition the block above continues)."""
    shown = excerpt(label, 40)
    if notes is None and place is not None:
        message = f"note `[^{shown}]` cannot be referred to from {place}; shown as text"
        hint = "refer to the note in the briefing's text"
    elif notes is not None and notes.building == note_key(label):
        message = f"note `[^{shown}]` refers to itself; shown as text"
        hint = "delete the reference, or point it at another note"
    elif notes is not None and note_key(label) in notes.continued:
        return None
    elif (len(label) - len(label.rstrip("\\"))) % 2:  # `[^a\]b]`: the label ends at `\]`
        message = (
            f"note `[^{shown}]` ends at its escaped `\\]`: a note's label cannot hold a `]`, "
            "escaped or not; shown as text"
        )
        hint = "write the label without the `\\]`, in the reference and in its `[^…]:` line"
    else:
        message = f"note `[^{shown}]` has no definition; shown as text"
        hint = f"add a line `[^{shown}]: the note's text` below the paragraph"
    return warning(here, message, hint=hint)


def stands_apart(tokens: Sequence[Token], idx: int, env: EnvType) -> bool:
    """Tell whether the reference at idx is beside a link or another reference in a run with
    no text outside links (a list item or table cell holding `[the report](…)[^1]`, or
    `[^1][^2]`): with no text around them the small targets are too close to tap apart
    (WCAG 2.5.8), so the theme spaces them, each of them: an `apart` reference is a target
    24 px wide (briefing.css), so the 24 px circles round two of their centres never meet; the
    first in its cell or item keeps its number at the text's edge. In running text the
    reference stays against the word it annotates.

    Whether the run has such text is read once per run (kept in `env` while it renders), not
    once per reference: a run of many links and references stays linear."""
    before, after = _beside(tokens, idx, -1), _beside(tokens, idx, 1)
    if before not in {"link_close", "footnote_ref"} and after not in {"link_open", "footnote_ref"}:
        return False
    # Each run is kept beside its answer, so its id is never another run's while env lives.
    known: dict[int, tuple[Sequence[Token], bool]] = env.setdefault("runs_without_text", {})
    if id(tokens) not in known:
        known[id(tokens)] = (tokens, not _text_outside_links(tokens))
    return known[id(tokens)][1]


def _beside(tokens: Sequence[Token], idx: int, step: int) -> str | None:
    """Return the type of the token beside idx (before it, step -1, or after it, step 1), past
    spaces and line ends, which keep two targets on one line; None at the run's end."""
    at = idx + step
    while 0 <= at < len(tokens) and (
        tokens[at].type == "softbreak"
        or (tokens[at].type == "text" and not tokens[at].content.strip())
    ):
        at += step
    return tokens[at].type if 0 <= at < len(tokens) else None


def _text_outside_links(tokens: Sequence[Token]) -> bool:
    depth = 0
    for token in tokens:
        depth += (token.type == "link_open") - (token.type == "link_close")
        if not depth and token.type in {"text", "code_inline"} and token.content.strip():
            return True
    return False


def shows_note_reference(html: str) -> bool:
    """Tell whether inline HTML holds a reference mark as `render_note_reference` writes it:
    its number, read into a name made of the element (`aria-labelledby`), is read as a word
    of it ("Funding1"), where a note's number is none."""
    return '<sup class="note-ref' in html


REFERENCE_AFTER_REFERENCE = '</a></sup><sup class="note-ref'
"""Where a reference mark (`render_note_reference`) ends with the next one right after it
(`[^a][^b]`): the page sets the two apart by their links' padding (briefing.css), which a PDF
(print.html) and a feed reader do not have, and their numbers ran into one (`12`)."""


def render_note_reference(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """Render a numbered reference mark that links to its note (and is the back-link's target)."""
    number, nth = int(tokens[idx].meta["number"]), int(tokens[idx].meta["nth"])
    classes = "note-ref apart" if stands_apart(tokens, idx, env) else "note-ref"
    return (
        f'<sup class="{classes}"><a href="#{note_id(number)}" id="{reference_id(number, nth)}"'
        f' aria-describedby="{NOTES_HEADING_ID}">{number}</a></sup>'
    )
