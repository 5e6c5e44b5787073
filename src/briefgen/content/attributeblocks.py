"""Attribute blocks of Pandoc, Quarto and kramdown left as text: found, each with the hint
its place calls for (`leftovers.py` places it).

briefgen reads one `{#id .class}` block, at a heading's end (`sections.py`); anywhere else
the page shows it. What the block stands on decides what to write instead. After an image
(`{width="6.3in"}`) it sizes the image, which briefgen does from the file. After a span it
says what the span's text is: Word's tracked changes and comments, as `pandoc
--track-changes=all` writes them, would publish a deleted figure or a reviewer's comment if
only the block went; an underline's or a bookmark's brackets would stay on the page.
Pandoc wraps its lines at 72 columns, so a block may run onto the next line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.content import migratedsyntax
from briefgen.content.exportedsyntax import CHAT_REFERENCE
from briefgen.content.linkdefs import DEFINITION_LINE
from briefgen.diagnostics import warning, wrapped_excerpt
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
"""What parts an attribute block's attributes: spaces, or the line end Pandoc wraps at."""
_ATTRIBUTE_BLOCK = pattern(
    r"(?<![\\{])\{(?::[^{}\n]*|[#.](?![0-9])[^{}\n]*)\}(?=[ \t]*$)"
    rf"|(?<![\\{{])\{{:?[ \t]*[#.][A-Za-z_][\w-]*(?:{_GAP}[#.][A-Za-z_][\w-]*)*[ \t]*\}}",
    re.MULTILINE,
)
"""`{#id}`, `{.class}` or kramdown's `{: …}` at the end of a line, or a block of nothing but
ids and classes (`{#an-id .wide}`, Word's bookmarks `{#_Toc12 .anchor}` as Pandoc writes
them) anywhere: never braces of prose, which hold words (`{a, b}`) or numbers (`{.5}`), nor
the inside of a template tag (`{{.Title}}`: `shortcodes.py`)."""
_VALUE = r"""(?:"[^"\n]*(?:\n[^"\n]*)?"|'[^'\n]*'|[^\s{}"'=,]+)"""
_ATTRIBUTE = rf"(?:[#.][A-Za-z_][\w:.-]*|[A-Za-z][\w-]*={_VALUE})"
_KEY_VALUES = pattern(rf"(?<!\\)\{{[ \t]*{_ATTRIBUTE}(?:{_GAP}{_ATTRIBUTE})*[ \t]*\}}")
"""A block of ids, classes and `key=value` pairs (Pandoc's and Quarto's `{width=50%}`,
`{target=_blank}`, `{#fig:map width="80%"}`); read as one only when it holds a `=`, every
key is a word (`P{X=1}` and `at {k=2}` are maths) and it stands right after a link, an image
or a span, or ends a line."""
_LINE_END = pattern(r"[ \t]*(?:\n|$)")
_KEYS = pattern(r"([A-Za-z][\w-]*)=")
_CLASS = pattern(r"(?<![^\s{])\.([A-Za-z][\w-]*)")
_IMAGE = pattern(r"!\[[^\[\]]*\]\([^()]*\)")
"""An image with its link (`![alt](src "title")`): a block right after one sizes it."""
_IMAGE_TEXT = r"!\[[^\[\]]*\](?:\([^()]*\)|\[[^\[\]]*\])?"
"""An image as a link's text, inline or by reference (`![alt](src)`, `![alt][img]`)."""
_LINKED_IMAGE = pattern(rf"\[{_IMAGE_TEXT}\]\([^()]*\)")
"""A link round an image (`[![alt](src)](url)`): a block right after it sizes the image too,
as Quarto writes it."""
_FIGURE_CAPTION = pattern(r"""(?<![\w-])fig-cap=(?:"([^"]*)"|'([^']*)'|([^\s{}"']+))""")
"""Quarto's caption in an image's block, `fig-cap="Lisbon parishes"`: a caption line's text."""
_CODE = pattern("\x00+")
"""A code span, as `leftovers.py` blanks it out."""
_KRAMDOWN_TOC = pattern(r"\{:[ \t]*toc[ \t]*\}")
"""kramdown's table of contents, `{:toc}` under a one-item list (`* TOC`), which it replaces."""
_NO_TOC = pattern(r"\{:?[ \t]*\.no_toc[ \t]*\}")
"""kramdown's and Jekyll themes' `{: .no_toc}`, which keeps a heading out of that list."""
_REMOVED = frozenset({"deletion", "paragraph-deletion"})
"""Classes of Pandoc's spans for text Word's tracked changes delete."""
_COMMENT = "comment-start"
"""The class of Pandoc's span holding a Word comment's text."""


def attribute_blocks(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    """Find the attribute blocks of a run, each with the warning its place calls for."""
    if "{" not in written:
        return
    places = _Places(written)
    starts: set[int] = set()
    fenced = ":::" in written
    for match in _ATTRIBUTE_BLOCK.finditer(written):
        starts.add(match.start())
        if not (fenced and _on_fence_line(written, match.start())):
            yield match.start(), match.group(), places.warning_at(*match.span())
    for match in _KEY_VALUES.finditer(written) if "=" in written else ():
        start, end = match.span()
        # Pandoc and Quarto attach one to a link, an image or a span, or end a line with it.
        placed = written[start - 1 : start] in (")", "]") or _LINE_END.match(written, end)
        chat = written.rfind(":contentReference[", 0, start) if "oaicite:" in written else -1
        if chat >= 0 and CHAT_REFERENCE.match(written, chat, end):
            continue  # ChatGPT's `:contentReference[oaicite:0]{index=0}`: exportedsyntax.py
        # A one-letter key (`P{X=1}`, `{k=3}` in a cell) is maths; attributes are words.
        named = all(len(key) > 1 for key in _KEYS.findall(match[0]))
        fence = fenced and _on_fence_line(written, start)
        if placed and named and start not in starts and "=" in match[0] and not fence:
            yield start, match.group(), places.warning_at(start, end)


def _on_fence_line(written: str, start: int) -> bool:
    """Whether a block at `start` is the attributes of a Pandoc or Quarto `:::` fence's line
    (`::: {.callout-note}`), which the fence's own warning names and hints as a callout: a
    second warning at it hinted to remove it, as if it stood on a paragraph."""
    line_start = written.rfind("\n", 0, start) + 1
    return written[line_start:start].lstrip(" \t").startswith(":::")


class _Places:
    """What stands right before each block of a run: its spans' and images' ends, found in
    one pass each when first asked, so a run of many blocks is read in linear time."""

    def __init__(self, written: str) -> None:
        self._written = written
        self._span_starts: dict[int, int] | None = None
        self._image_ends: set[int] | None = None

    def warning_at(self, start: int, end: int) -> Callable[[SourcePos, str], Diagnostic]:
        """Return how the warning for a block from `start` to `end` is made."""
        before = self._written[start - 1 : start]
        if _LINE_END.match(self._written, end):
            line_start = self._written.rfind("\n", 0, start) + 1
            if DEFINITION_LINE.match(self._written, line_start):
                return definition_block_warning
        if before == "]":
            if self._span_starts is None:
                self._span_starts = _bracket_pairs(self._written)
            opened = self._span_starts.get(start - 1)
            if opened is not None:
                return self._bracketed_warning(opened, start)
        elif before == ")":
            if self._image_ends is None:
                images = [*_IMAGE.finditer(self._written), *_LINKED_IMAGE.finditer(self._written)]
                self._image_ends = {m.end() for m in images}
            if start in self._image_ends:
                return _image_warning
        return attributes_warning

    def _bracketed_warning(self, opened: int, start: int) -> Callable[[SourcePos, str], Diagnostic]:
        """Return how the warning for a block after brackets opened at `opened` is made: a
        reference image's or link's label (`![Map][m]`, `[text][]`) is no span to unwrap."""
        assert self._span_starts is not None
        before = self._written[opened - 1 : opened]
        if before == "]":  # `[m]` labels a reference: an image's when `![…]` comes before it
            text_start = self._span_starts.get(opened - 1)
            image = text_start is not None and (
                self._written[text_start - 1 : text_start] == "!"
                or re.fullmatch(_IMAGE_TEXT, self._written[text_start + 1 : opened - 1]) is not None
            )  # `![Map][m]`, or a link round an image, `[![Map](m.png)][d]`
            return _image_warning if image else attributes_warning
        if before == "!":  # a shortcut reference image `![Map]`
            return _image_warning
        return _span_warning(self._written[opened + 1 : start - 1])


def _bracket_pairs(written: str) -> dict[int, int]:
    """Return where the `[` each closing `]` of the run pairs with starts, by its offset."""
    pairs: dict[int, int] = {}
    opened: list[int] = []
    escaped = False
    for offset, char in enumerate(written):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            opened.append(offset)
        elif char == "]" and opened:
            pairs[offset] = opened.pop()
    return pairs


def is_attribute_block(text: str) -> bool:
    """Whether `text` is one attribute block, as this module finds one at a line's end."""
    return bool(_ATTRIBUTE_BLOCK.fullmatch(text) or _KEY_VALUES.fullmatch(text))


def span_hint(text: str, block: str) -> str:
    """Return what to write instead of a Pandoc span `[text]{block}`, by what it marks."""
    classes = set(_CLASS.findall(block))
    if classes & _REMOVED:
        return "delete it whole, its text too (or accept or reject Word's changes, then convert)"
    if _COMMENT in classes:
        return "delete it whole, its text too, and the `[]{.comment-end}` that ends it"
    if not text.strip():
        return "delete the empty span `[]` with its block: it holds no text to show"
    if "\x00" in text:  # a code span in it (leftovers.py blanks code out)
        return "delete the block and the brackets around its text, keeping the text"
    return f"delete the block and the brackets around its text: write `{wrapped_excerpt(text, 40)}`"


def _span_warning(text: str) -> Callable[[SourcePos, str], Diagnostic]:
    """Return how the warning for a block closing the span `[text]` is made."""

    def make(pos: SourcePos, shown: str) -> Diagnostic:
        classes = set(_CLASS.findall(shown))
        removed = sorted(classes & _REMOVED)
        if removed:
            span = f"[{_as_shown(text)}]{{.{removed[0]} …}}"
            message = f"Word's tracked deletion `{span}` is shown as text: the deleted words are "
            message += "published"
        elif _COMMENT in classes:
            span = f"[{_as_shown(text)}]{{.{_COMMENT} …}}"
            message = f"Word comment `{span}` is shown as text: the reviewer's comment is published"
        else:
            return _warning(pos, shown, span_hint(text, shown))
        return warning(pos, message, hint=span_hint(text, shown))

    return make


def _as_shown(text: str) -> str:
    """Return a span's text for a message: its code spans, blanked out, as `…`."""
    return wrapped_excerpt(_CODE.sub("…", text), 30)


def _image_warning(pos: SourcePos, shown: str) -> Diagnostic:
    hint = (
        "delete it: briefgen sizes an image from its file, and an image alone in its "
        "paragraph is a figure"
    )
    if caption := _FIGURE_CAPTION.search(shown):
        text = " ".join((caption[1] or caption[2] or caption[3]).split())
        hint = hint.replace(
            "delete it:",
            f"delete it, and write its caption as a `Figure: {wrapped_excerpt(text, 40)}` line "
            "right under the image:",
        )
    return _warning(pos, shown, hint)


def attributes_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Return the warning for an attribute block that stands on no span or image."""
    hint = (
        "only a heading takes one `{#its-id .takeaways}` block, at its end; "
        "remove this one (or write `\\{` to show the braces)"
    )
    return _warning(pos, shown, hint)


def definition_block_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Return the warning for an attribute block ending a link definition's line, as Pandoc
    allows: markdown-it then reads no definition there, so the links to it show as text."""
    message = (
        f"attribute block `{wrapped_excerpt(shown, 40)}` is not read, and it makes its line "
        "no link definition; shown as text"
    )
    hint = (
        "delete the block: a link definition holds an address and a title only "
        "(briefgen sizes an image from its file)"
    )
    return warning(pos, message, hint=hint)


def _warning(pos: SourcePos, shown: str, hint: str) -> Diagnostic:
    """Return the warning for a block left as text: kramdown's own, or one with `hint`."""
    if kramdown := migratedsyntax.kramdown_warning(pos, shown):
        return kramdown
    if _KRAMDOWN_TOC.fullmatch(shown):
        message = f"kramdown's table of contents `{shown}` is not made; shown as text"
        hint = (
            "delete it and the list item above it (`* TOC`): a briefing's page lists its "
            "sections under 'Contents' by itself"
        )
        return warning(pos, message, hint=hint)
    if _NO_TOC.fullmatch(shown):
        message = f"attribute block `{shown}` is not read; shown as text"
        hint = "delete it: a briefing's 'Contents' lists its headings by itself, none left out"
        return warning(pos, message, hint=hint)
    message = f"attribute block `{wrapped_excerpt(shown, 40)}` is not read; shown as text"
    return warning(pos, message, hint=hint)
