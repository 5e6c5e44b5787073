"""An image's title where it is no caption: the tooltip of an image in a sentence or a link.

An image alone in its paragraph is a figure, and its title is its caption, read as inline
Markdown (`kinds/figure.py`). Anywhere else the title is the `<img>`'s `title` attribute,
which a browser shows as plain text on hover, and some screen readers read out: written as
Markdown, it showed its `*` and `[^a]` as typed. So it is read as the same Markdown and shown
as the text that Markdown shows (`"Flows, *USD*"` as "Flows, USD", a link as its text), and
what plain text cannot show, a note reference, a link's address or a `**` that closes
nothing, is a warning at the image.

markdown-it hands the title decoded, its `\\*` and `&amp;` read: read as Markdown again, an
escaped `*` would be emphasis and `&amp;lt;` a `<`. So the title is read as typed on the
image's line (`typed_title`); one typed elsewhere (a definition's) is read as decoded.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from markdown_it.helpers import parseLinkTitle

from briefgen.content.inline_html import plain_text
from briefgen.content.unclosed import unclosed_in
from briefgen.diagnostics import Diagnostic, counted, excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from markdown_it import MarkdownIt
    from markdown_it.helpers.parse_link_title import _State as _TitleRead
    from markdown_it.token import Token

    from briefgen.diagnostics import SourcePos

_MARKUP = frozenset("*_`[]<>!~\\&")
"""The characters without which a title holds no Markdown (most titles): it is shown as it is."""
_NAMED_BY_ADDRESS = frozenset({"autolink", "linkify"})
"""How markdown-it marks a link whose text is its address (`<https://…>`, a bare URL)."""


_TITLE_OPENERS = pattern("[\"'(]")
"""The marks a link title opens with."""
_IMAGE_STARTS = pattern(r"!\[")
"""Where an image starts, its alt text opening."""
_ESCAPABLE = pattern(r"[!-/:-@\[-`{-~]")
"""ASCII punctuation, which a backslash shows as itself in Markdown."""


def typed_title(lines: Sequence[str], pos: SourcePos, title: str) -> str:
    """Return `title`, decoded by markdown-it, as typed for the image at `pos` in `lines`
    (`a \\*b\\*` for `a *b*`), its Markdown to read: the first title from the image's `!` on
    that decodes to it, read on into the lines below when it goes on past its own line.
    `title` itself when it is not found there (a definition's), escaped when it wraps."""
    line = lines[pos.line - 1] if 0 < pos.line <= len(lines) else ""
    starts, read, images = _titles_on(line)
    # Its title opens before the next image does: no line of images is read to its end for each.
    after = bisect_left(images, pos.column)
    end = bisect_left(starts, images[after]) if after < len(images) else len(starts)
    wrapped = False
    for index in range(bisect_left(starts, pos.column - 1), end):
        start, found = starts[index], read[index]
        if found.can_continue:
            typed, found = _read_on(line[start:], islice(lines, pos.line, None))
            wrapped = True
            if found.ok and found.str == title:
                return typed[1 : found.pos - 1]
        elif found.ok and found.str == title:
            return line[start + 1 : found.pos - 1]
    # Not found as typed, a wrapped title is shown as decoded: read again, it lost its escapes.
    return _ESCAPABLE.sub(r"\\\g<0>", title) if wrapped else title


@lru_cache(maxsize=4)
def _titles_on(line: str) -> tuple[list[int], list[_TitleRead], list[int]]:
    """Return where each title mark of `line` is, the title read from it, and where each
    image (`![`) starts. Each read stops at the next mark of its kind, so all of them add up
    to the line's length; kept for the line's next image, they are read once, not for each."""
    starts = [opener.start() for opener in _TITLE_OPENERS.finditer(line)]
    images = [image.start() for image in _IMAGE_STARTS.finditer(line)]
    return starts, [parseLinkTitle(line, start, len(line)) for start in starts], images


def _read_on(typed: str, below: Iterable[str]) -> tuple[str, _TitleRead]:
    """Return a title that starts `typed` and goes on past its line, as typed over the lines
    `below` (their container marks left out, as markdown-it leaves them), and as read."""
    found = parseLinkTitle(typed, 0, len(typed))
    for more in below:
        if not (found.can_continue and more.strip()):
            break
        start = len(typed)  # the line break is the title's too
        typed += "\n" + more.lstrip(" \t>")  # a quote's or list item's marks are not its
        found = parseLinkTitle(typed, start, len(typed), found)
    return typed, found


def tooltip(
    title: str, shown: str, pos: SourcePos, parser: MarkdownIt
) -> tuple[str, list[Diagnostic]]:
    """Return the plain text an image title, as typed (see `typed_title`), shows as a tooltip,
    and warnings, at the image (`pos`, named `shown`), of what in it that text leaves out."""
    if _MARKUP.isdisjoint(title):
        return title, []
    env: dict[str, object] = {}  # its own: the title's notes are not the briefing's references
    runs = parser.parseInline(title, env)
    children = runs[0].children or [] if runs else []
    found = list(_lost(children, shown, pos))
    unclosed = unclosed_in(env).get(runs[0].content, ()) if runs else ()
    found += (make(pos, marks) for _, marks, make in sorted(unclosed, key=lambda f: f[0]))
    return plain_text(children, notes=False).strip(), counted(found)


def _lost(children: Sequence[Token], shown: str, pos: SourcePos) -> Iterator[Diagnostic]:
    """Warn of each note reference and each link address a title's plain text leaves out."""
    for index, child in enumerate(children):
        if child.type == "footnote_ref":
            yield warning(
                pos,
                f"note `[^{child.meta['label']}]` in the title of image `{shown}` is not shown: "
                "a title is plain text",
                hint="put the reference in the text or the caption beside the image",
            )
        elif child.type == "link_open" and child.markup not in _NAMED_BY_ADDRESS:
            text = plain_text(_link_text(children, index), notes=False)
            yield warning(
                pos,
                f"link `{excerpt(text, 40)}` in the title of image `{shown}` is shown as its "
                "text alone: a title is plain text, its address is lost",
                hint="put the link in the text beside the image",
            )


def _link_text(children: Sequence[Token], opening: int) -> list[Token]:
    """Return the tokens of the link opened at `children[opening]`, up to its close."""
    end = opening + 1
    while end < len(children) and children[end].type != "link_close":
        end += 1
    return list(children[opening + 1 : end])
