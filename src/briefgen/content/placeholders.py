"""Pelican's link placeholders, left in a briefing migrated from Pelican.

Pelican links a file by a placeholder it fills in with the file's published address:
`![Map]({static}/images/map.png)`, `[the note]({filename}/pillar-one.md)`, or the older
`|filename|`. briefgen fills in none, so such a link names a file no one has
(`{static}/images/map.png`), and its error says how to write it instead: relative to the
Markdown file, as an editor reads it. A path after the placeholder that starts with `/` is,
to Pelican, in its content folder; one that does not is relative to the linking file.
"""

from __future__ import annotations

import posixpath

from briefgen.patterns import pattern
from briefgen.project import CONTENT_DIR

_PLACEHOLDER = pattern(r"\{(?:filename|static|attach)\}|\|(?:filename|static|attach)\|")
"""Pelican's placeholders for a file of its content folder, at a link's start."""


def pelican_path(address: str, source: str) -> tuple[str, str] | None:
    """Return the placeholder a link's `address` in the Markdown file `source` starts with
    (`{static}`) and the file it names, written relative to `source` (`images/map.png`);
    None when it starts with none."""
    if (found := _PLACEHOLDER.match(address)) is None:
        return None
    rest = address[found.end() :]
    if not rest.startswith("/"):
        return found[0], rest
    named = posixpath.normpath(CONTENT_DIR + rest)
    return found[0], posixpath.relpath(named, posixpath.dirname(source) or ".")


def pelican_hint(address: str, source: str, instead: str | None = None) -> str | None:
    """Return the hint for a link whose address starts with a Pelican placeholder: what to
    write `instead`, else the file relative to `source`; None for any other link."""
    if (found := pelican_path(address, source)) is None:
        return None
    placeholder, path = found
    instead = instead or f"write the file's path relative to this one, `{path}`"
    return f"`{placeholder}` is Pelican's placeholder, which briefgen does not fill in: {instead}"
