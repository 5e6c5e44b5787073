"""A heading's text as the leftovers pass reads it (`leftovers.py`): without the attribute
block `sections.py` reads at its end (`{#id .class}`, Pandoc's syntax), with Pandoc's `{-}` it
does not read found, and front matter fields that a `---` closing the front matter too early
made a heading of (`summary: …` underlined by the next `---`), and HackMD's tags line
(`###### tags: `energy` `policy``), a heading to CommonMark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.fieldnames import KNOWN_FIELDS
from briefgen.diagnostics import SourcePos, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator

    from markdown_it.token import Token

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic

HEADING_ATTRIBUTES = pattern(r"(?<!\\)\{([^{}]*)\}[ \t]*$")
"""A heading's trailing attribute block, Pandoc's syntax: `{#id .class}`. Without the spaces
before it: `[ \t]*` first made a search of a heading with a long run of spaces quadratic."""
UNNUMBERED_HINT = (
    "Pandoc's `{-}`, short for `{.unnumbered}`, leaves a heading out of its numbered sections; "
    "briefgen numbers no heading, so delete it"
)
"""The hint for Pandoc's mark of an unnumbered heading, wherever in a heading it is."""
_FIELD = pattern(r"[ \t]*([a-z_]+):(?:[ \t]|$)")
_TAG_WORDS = pattern(r"`([^`]+)`|([^\s`,]+)")
"""A tag of HackMD's tags line: in backticks, as HackMD writes them, or a bare word."""
"""A line that starts like a front matter field (`summary: …`)."""


def fields_as_heading(path: str, token: Token) -> list[Diagnostic]:
    """Warn when a heading's text is front matter fields: a `---` that closed the front
    matter too early, and the fields below it made a section heading of them."""
    assert token.map is not None
    for number, line in enumerate(token.content.split("\n")):
        field = _FIELD.match(line)
        if field and field.group(1) in KNOWN_FIELDS:
            pos = SourcePos(path, token.map[0] + number + 1, 1)
            message = (
                f"`{field.group(1)}:` after the front matter's closing `---` is shown as a heading"
            )
            hint = "move it above the `---` that ends the front matter"
            return [warning(pos, message, hint=hint)]
    return []


def _unnumbered_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Return the warning for a `{-}` before the block a heading reads (`## Intro {-} {#x}`)."""
    message = f"attribute block `{shown}` is not read; shown as text"
    return warning(pos, message, hint=f"{UNNUMBERED_HINT} (a heading reads its last block only)")


def hackmd_tags(path: str, token: Token) -> list[Diagnostic]:
    """Warn of HackMD's tags line, `###### tags: `energy` `policy``, which CommonMark reads as
    a heading: the page would show "tags: energy policy" as a section's title, and the
    briefing would have none of the tags. The hint writes them as front matter."""
    assert token.map is not None
    words = [a or b for a, b in _TAG_WORDS.findall(token.content[5:])]
    listed = ", ".join(word.strip() for word in words if word.strip())
    message = "HackMD's `tags:` line is shown as a heading, and gives the briefing no tags"
    hint = f"write `tags: [{listed}]` in the front matter, and delete this line"
    return [warning(SourcePos(path, token.map[0] + 1, 1), message, hint=hint)]


def without_heading_attributes(content: str) -> str:
    """Return a heading without the one attribute block it reads (`sections._take_attributes`)."""
    found = HEADING_ATTRIBUTES.search(content)
    if found is None:
        return content
    parts = found[1].split()
    if parts and all(is_heading_attribute(part) for part in parts):
        return content[: found.start()]
    return content


def is_heading_attribute(part: str) -> bool:
    """Whether a word of a heading's attribute block is an attribute: `#id`, `.class`,
    `key=value`, or Pandoc's `-`, its short form of `.unnumbered` (`## Preface {-}`)."""
    return part[0] in "#." or "=" in part or part == "-"


def unread_unnumbered(heading: str) -> Iterator[Found]:
    """Find Pandoc's `{-}` among the blocks ending a heading, before the block it reads
    (`## Intro {-} {#x}`): not read, as `{.unnumbered}` there is not. Read from the end, block
    by block: a search from each `{-}` to the end was quadratic in a heading of them."""
    end = len(heading)
    while True:
        while end and heading[end - 1] in " \t":
            end -= 1
        start = heading.rfind("{", 0, end)
        closed = start != -1 and heading.endswith("}", 0, end)
        if not closed or heading.find("}", start, end - 1) != -1:
            return  # no block ends here
        if start and heading[start - 1] in "\\{":
            return  # not a block: escaped, or a template's `{{`
        if heading[start:end] == "{-}":
            yield start, "{-}", _unnumbered_warning
        end = start
