"""Wikipedia's section edit links, copied with its headings as text: `History[edit]`.

A heading copied from a Wikipedia page (or another MediaWiki's) brings the link beside it, in
the wiki's language: `[edit]`, `[edit source]`, `[editar]`, `[modifica]`. The briefing would
show it in the heading and its Contents entry, and give the heading the id `history-edit`;
`import` leaves it out, with a warning at the line. (Two links parted by a `|`, as French
Wikipedia writes `[modifier | modifier le code]`, make the line no heading to `import`.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable

_EDIT_LINK = pattern(
    r"[ \t]*\[(?:edit|edit source|editar|editar c[óo]digo(?:-fonte)?|modifier|bearbeiten"
    r"|modifica|bewerken)\][ \t]*$",
    re.IGNORECASE,
)
"""An edit link at a line's end, as its wiki writes it in English, Spanish, Portuguese,
French, German, Italian or Dutch."""


def without_edit_link(text: str, warn: Callable[[str], object]) -> str:
    """Return a heading's text without a wiki's edit link at its end, telling `warn` of it."""
    match = _EDIT_LINK.search(text)
    if match is None or not text[: match.start()].strip():
        return text
    warn(f"`{match[0].strip()}` after the heading is a wiki's edit link, copied with it: left out")
    return text[: match.start()].rstrip()
