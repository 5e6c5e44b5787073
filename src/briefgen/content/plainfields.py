"""Markdown written in a front matter field that is plain text: warned about, shown as written.

`title`, `summary`, each of `authors` and `tags`, and a source's `title` and `publisher` are
plain text (they also go to `<title>`, `<meta>`, the feed and the PDF's metadata), so
`**bold**` or a `[link](…)` in them reaches the reader with its asterisks and brackets. Authors
paste such text from the body; a warning at the field's line says so instead of a silent
leftover, and so does one for what the body warns of as shown as text (an unclosed `**`, a
Hugo shortcode: sourceleftovers.py; a tag of raw HTML). So does a tab or line break in a
title or a summary, or in the site's title, description or author (site/config.py), each one
line wherever it goes.
(Their character references are decoded, as the body's are: fieldrefs.py.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator

    from briefgen.content.yamldocument import YamlDocument, YamlPath
    from briefgen.diagnostics import Diagnostic, SourcePos

_MARKUP = pattern(
    r"\*\*[^\s*](?:[^*]*[^\s*])?\*\*"  # **strong**
    r"|(?<!\w)__[^\s_](?:[^_]*[^\s_])?__(?!\w)"  # __strong__, not snake__case
    r"|(?<![\w*])\*[^\s*](?:[^*]*[^\s*])?\*(?![\w*])"  # *emphasis*, not 5 * 3 nor a*b
    r"|(?<!\w)_[^\s_](?:[^_]*[^\s_])?_(?!\w)"  # _emphasis_, not snake_case
    r"|~~[^\s~](?:[^~]*[^\s~])?~~"  # ~~struck~~
    r"|\[[^\[\]]+\]\([^()\s]+\)"  # [text](url)
    r"|\[\^[^\[\]\s]+\]"  # [^note]
    r"|`[^`]+`"  # `code`
    r"|\[![A-Za-z]+\]"  # a callout's [!NOTE], pasted with its box's first line
)
"""What is unmistakably Markdown. A lone `*`, `_` or `[` is too often prose (`5 * 3`, a
footnote star, `[2026]`), so emphasis counts only when its marks are tight around its words
and stand outside a word (`*The Economist*`, never `a*b` or `file_name_here`)."""


_NO_MARKS = pattern(r"[^*_~\[`]*+")
"""A text with none of the characters `_MARKUP` starts at: most titles, names and tags, which
are then neither masked nor searched (the search tries each of its eight branches at every
character)."""

_ADDRESS = pattern(r"(?<!\]\()(?:https?://|www\.)[^\s<>]*[^\s<>*_~`'\").,;:!?\]]")
"""A web address written out, as linkify reads one: its `_draft_`, `__init__` or `~~x~~` are
part of the address, not Markdown. A `[text](…)`'s own address is left to `_MARKUP`, and the
marks or brackets right after an address (`**see https://x.org**`) are not part of it."""


def markup_warning(pos: SourcePos, field: str, text: str) -> Diagnostic | None:
    """Return a warning when the plain-text `field` holds Markdown, or None."""
    if _NO_MARKS.fullmatch(text):
        return None
    # Addresses are masked, keeping every other character where it was, then searched.
    masked = _ADDRESS.sub(lambda address: "x" * len(address[0]), text)
    found = _MARKUP.search(masked)
    if found is None:
        return None
    shown = text[found.start() : found.end()]
    return warning(
        pos,
        f"`{field}` is plain text: `{excerpt(shown, 40)}` is shown as written",
        hint="write it without Markdown; links and emphasis belong in the body",
    )


def plain_texts(data: object) -> Iterator[tuple[YamlPath, str]]:
    """Yield the path and text of each plain-text field of the front matter `data` that is
    text: `title`, `summary`, each item of `authors` and `tags`, a source's `title` and
    `publisher` (one of another type is an error of its own)."""
    if not isinstance(data, dict):
        return
    for key in ("title", "summary"):
        if isinstance(text := data.get(key), str):
            yield (key,), text
    for key in ("authors", "tags"):
        items = data.get(key)
        for index, item in enumerate(items if isinstance(items, list) else ()):
            if isinstance(item, str):
                yield (key, index), item
    sources = data.get("sources")
    for index, source in enumerate(sources if isinstance(sources, list) else ()):
        for key in ("title", "publisher") if isinstance(source, dict) else ():
            if isinstance(text := source.get(key), str):
                yield ("sources", index, key), text


def markup_warnings(doc: YamlDocument) -> list[Diagnostic]:
    """Return a warning at each plain-text field of `doc` that holds Markdown as written: a
    linked name (`[Jane Doe](https://…)`) pasted from another tool's front matter, say."""
    found: list[Diagnostic] = []
    for path, text in plain_texts(doc.data):
        field = path[-1] if isinstance(path[-1], str) else path[0]  # `title`, `authors`
        pos = doc.pos(*path)
        if markup := markup_warning(pos, str(field), text):
            found.append(markup)
        else:
            found += _leftover_warnings(pos, str(field), text)
    return found


def _leftover_warnings(pos: SourcePos, field: str, text: str) -> list[Diagnostic]:
    """Return a warning at `pos` for each leftover the body would warn of in the plain-text
    `field`'s `text`: an unpaired `**` or a shortcode is shown as written here too."""
    # Imported here: markdown-it, which the site's settings (site/config.py) never need.
    from briefgen.content.asciitypography import READ_AS_EMPHASIS
    from briefgen.content.sourceleftovers import inline_leftovers

    found = [
        warning(
            pos,
            f"`{field}` is plain text: {left.message}",
            hint="write it without the marks; a plain-text field shows them as written",
        )
        for left in inline_leftovers(text, pos.path)
        if not left.message.endswith(READ_AS_EMPHASIS)  # a field shows `2*3*4` as typed
    ]
    # Raw HTML, which the body warns of too: the field shows its tags as typed.
    if "<" in text and (tag := raw_html_tag(text)) is not None:
        found.append(
            warning(
                pos,
                f"`{field}` is plain text: `{excerpt(tag, 40)}` is shown as written",
                hint="remove it, or write its `<` as `&lt;` to show it as text",
            )
        )
    return found


def raw_html_tag(text: str) -> str | None:
    """Return the first tag or comment of raw HTML the body would read in `text` (and show as
    text, with a warning), or None: `<b>`, `<br/>`, `<!-- note -->`; never `a < b`."""
    from briefgen.content.markdown import markdown_parser

    [run] = markdown_parser(unsafe_html=False).parseInline(text, {})
    tags = (token.content for token in run.children or () if token.type == "html_inline")
    return next(tags, None)


LINE_BREAK = pattern("[\t\n\u2028\u2029]")
"""A tab or line break a control-character check lets through (a carriage return, U+0085 and
the other C0 controls are refused everywhere): a one-line field holding one is a paste slip."""
_SPACES = " \t\n\u2028\u2029"
_SPACE_RUN = pattern(f"[{_SPACES}]+")
"""A run of spaces, tabs and line breaks: matched whole, so a long one is read once."""


def breaking_character(text: str) -> str | None:
    """Return how a message names the first tab or line break in `text` (`a tab (U+0009)`)."""
    found = LINE_BREAK.search(text)
    if found is None:
        return None
    kind = "a tab" if found[0] == "\t" else "a line break"
    return f"{kind} (U+{ord(found[0]):04X})"


def one_line(pos: SourcePos, field: str, text: str) -> tuple[str, Diagnostic | None]:
    """Return the one-line `field` with each run of spaces holding a tab or line break made
    one space, as the page's heading shows it, and a warning when there was one; such a run
    at either end, as a YAML `|` block's last line break, is dropped without one."""
    if LINE_BREAK.search(text) is None or not text.strip(_SPACES):
        return text, None  # a blank one is for the field's own check
    head = text[: len(text) - len(text.lstrip(_SPACES))]
    tail = text[len(text.rstrip(_SPACES)) :]
    inner = text[len(head) : len(text) - len(tail)]
    text = _unless_breaking(head) + inner + _unless_breaking(tail)
    broken = break_warning(pos, f"`{field}`", field, inner)
    return (text, None) if broken is None else (folded(text), broken)


def break_warning(pos: SourcePos, named: str, field: str, text: str) -> Diagnostic | None:
    """Return the warning at `pos` for a one-line text field (`named` in the message, `field`
    in the hint) that holds a tab or line break inside `text`, shown as a space; else None.
    Every such field says so alike: a tag's, an author's, a source's title's."""
    what = breaking_character(text.strip(_SPACES))
    if what is None:
        return None
    message = f"{named} holds {what}, shown as a space"
    return warning(pos, message, hint=f"write the {field} on one line")


def folded(text: str) -> str:
    """Return `text` with each run of spaces holding a tab or line break made one space."""
    return _SPACE_RUN.sub(lambda run: " " if LINE_BREAK.search(run[0]) else run[0], text)


def _unless_breaking(spaces: str) -> str:
    return "" if LINE_BREAK.search(spaces) else spaces
