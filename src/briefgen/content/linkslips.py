"""The warnings for links, images and definitions left as text (`rawlinks.py` finds them):
why each cannot be read, and how to write it so it can."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from briefgen.content.shortcodes import shortcode_texts
from briefgen.diagnostics import excerpt, warning, wrapped_excerpt
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable

    from briefgen.diagnostics import Diagnostic, SourcePos

_IMSIZE = pattern(r"[ \t](=\d*x\d*)[ \t]*\)$")
"""markdown-it-imsize's size at an image's end, `![Map](map.png =300x200)`."""
_CURLY = pattern("[\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb]")
"""Curly quotes and guillemets, as word processors write a title's quotes."""


def link_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that a link, image or definition is shown as text, saying why and how to fix it."""
    kind = "image" if shown.startswith("!") else "link"
    if not shown.startswith(("[", "!")) or "](" not in shown:
        kind = "link definition"
    destination = max(shown.find("]("), shown.find("]:"))
    if size := _IMSIZE.search(shown, destination):
        why = f"its size `{size[1]}` is not read"
        hint = f"delete ` {size[1]}`: briefgen sizes an image from its file"
    elif _CURLY.search(shown, destination):
        why = "its title is in curly quotes"
        hint = 'write the title in straight quotes: `[text](https://… "Title")`'
    elif shown[destination + 2 :].lstrip().startswith("<") and ">" not in shown[destination:]:
        why = "its `<` is never closed"
        hint = "end the address with `>`: `<my chart.png>`"
    elif shortcode_texts(shown[destination + 2 :]):  # `({{ "/img/a.png" | relative_url }})`
        why = "its address holds a Jekyll or Hugo template tag, which briefgen never fills in"
        hint = "write the file's path, relative to this file: `img/chart.png`"
    elif shown[destination + 2 :].lstrip().startswith("tel:"):
        why = "its address has a space"
        hint = "write the number without spaces: `tel:+442079460000`"
    else:
        why = "its address has a space"
        hint = (
            "write the space as `%20` (`my%20chart.png`), or put the address in `<…>`: "
            "`<my chart.png>`"
        )
    return _unreadable(pos, shown, why, hint, kind)


def _unreadable(
    pos: SourcePos, shown: str, why: str, hint: str, kind: str | None = None
) -> Diagnostic:
    """Warn that a link or image (by its first character, unless `kind` says) is shown as
    text, saying why."""
    kind = kind or ("image" if shown.startswith("!") else "link")
    return warning(
        pos, f"{kind} `{wrapped_excerpt(shown, 50)}` cannot be read ({why}); shown as text", hint
    )


def unclosed_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that a link's or image's `(` is never closed on its line."""
    hint = "end the address with `)`; write a `(` inside it as `%28`"
    return _unreadable(pos, shown, "its `(` is never closed", hint)


def nested_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that a link whose text holds a link is shown as text (`[a [b](x)](y)`): links may
    not hold links, so only the inner one is made."""
    hint = "take the inner link out of the text: `[a](https://…) and [b](https://…)`"
    return _unreadable(pos, shown, "its text holds a link, and a link cannot hold another", hint)


def trailing_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that a link's or image's `(` ends its line with no address after it."""
    hint = "write its address after the `(` and close it: `[text](https://…)`; or remove the `(`"
    return _unreadable(pos, shown, "no address after its `(`", hint)


def doubled_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that a link's `](…)` after a second `]` is shown as text (`[text]](url)`)."""
    return warning(
        pos,
        f"`{wrapped_excerpt(shown, 50)}` after a second `]` is shown as text: the link has one "
        "`]` too many",
        hint="remove one `]`: `[text](https://…)`",
    )


def unopened_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that a `](…)` with no `[` before it is shown as text (`text](url)`)."""
    return warning(
        pos,
        f"`{wrapped_excerpt(shown, 50)}` is shown as text: no `[` opens the link it ends",
        hint="put a `[` before the link's text: `[text](https://…)`",
    )


def spaced_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that a space between a link's `]` and `(` leaves it as text."""
    why, hint = "a space between its `]` and `(`", "remove the space: `[text](https://…)`"
    return _unreadable(pos, shown, why, hint)


def other_space_warning(space: str) -> Callable[[SourcePos, str], Diagnostic]:
    """Return the warning that `space` (a no-break one, U+00A0) between a link's `]` and `(`
    leaves it as text: named, as the reader's editor shows it as a plain space."""

    def made(pos: SourcePos, shown: str) -> Diagnostic:
        name = unicodedata.name(space, "space").lower()
        named = f"{'an' if name[0] in 'aeiou' else 'a'} {name}, U+{ord(space):04X},"
        hint = "remove the space: `[text](https://…)`"
        return _unreadable(pos, shown, f"{named} between its `]` and `(`", hint)

    return made


def inside_paragraph_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that a link definition right below a paragraph's text is part of the paragraph."""
    return warning(
        pos,
        f"link definition `{wrapped_excerpt(shown, 50)}` is inside a paragraph; shown as text",
        hint="put a blank line before it: a definition cannot continue a paragraph",
    )


def no_address_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that a link definition has no address, in its paragraph (`[ref1]:` alone)."""
    label = excerpt(shown.removesuffix(":"), 40)
    return warning(
        pos,
        f"link definition `{excerpt(shown, 50)}` has no address; shown as text",
        hint=f"write its address after the colon (`{label}: https://…`), or remove the line;"
        f" for text, write `\\{label}:`",
    )


def unbracketed_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"image `{excerpt(shown, 50)}` has no `]` after its alt text; shown as text",
        hint="close the alt text with `]` before the `(`: `![Chart of flows](c.png)`",
    )


def autolink_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that an autolink has a space or no scheme, saying how it reads."""
    address = shown[1:-1]
    why = "it needs `https://`" if address[:4].lower() == "www." else "its address has a space"
    mended = re.sub(r"\s+", "%20", address)
    if address[:4].lower() == "www.":
        hint = f"write `<https://{wrapped_excerpt(mended, 60)}>`"
    else:
        hint = f"write the space as `%20`: `<{wrapped_excerpt(mended, 60)}>`"
    return warning(
        pos,
        f"autolink `{wrapped_excerpt(shown, 50)}` cannot be read ({why}); "
        "its `<` and `>` are shown as text",
        hint=hint,
    )
