"""The problems a briefing's body gets when parsed, as `briefgen check` prints them."""

from __future__ import annotations

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic

HEAD = "---\ntitle: Notes\ndate: 2026-03-01\n---\n\n"
"""Front matter with no problem of its own: the body starts at line 6."""


def problems(body: str, head: str = HEAD) -> list[str]:
    """Return the formatted diagnostics of `content/a.md` holding `head` then `body`; the
    briefing must still be built (only warnings, or errors that drop a block)."""
    briefing, found = parse_briefing("content/a.md", head + body)
    assert briefing is not None, found
    return [format_diagnostic(d) for d in found]
