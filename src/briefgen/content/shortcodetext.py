"""Hugo's shortcodes, `{{< figure … >}}` and `{{% note %}}`, shown as text as written.

briefgen does not run them: `shortcodes.py` warns that each is shown as text. markdown-it
would still read Markdown inside one, so Hugo's way to show a shortcode, `{{</* ref x */>}}`,
paired its `*`s as emphasis across two of them and the page showed neither as written. An
inline rule takes a shortcode closed on its line, or on a later line of its paragraph before
the next `{{` (`{{< figure src="a.png"` / `caption="…" >}}`), as one token of text, in which
no URL is linked. Where each next close and line end are is remembered per run, so a line of ten
thousand unclosed `{{<` is read in linear time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline

_CLOSES = {"<": ">}}", "%": "%}}"}
"""The close of each kind of shortcode, by the character after its `{{`."""
_LINE_BREAK = pattern(r"[ \t]*\n[ \t]*")
"""A line break in a shortcode wrapped onto later lines, with the blanks around it."""
_FOUND = "shortcode_text_found"
"""The `env` key of the run last read and, by what was searched for, where it was next found."""


def keep_shortcodes_as_text(parser: MarkdownIt) -> None:
    """Make `parser` show each Hugo shortcode as written, one wrapped onto later lines too."""
    parser.inline.ruler.before("linkify", "shortcode_text", _shortcode)


def _shortcode(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if not src.startswith("{{", pos) or (close := _CLOSES.get(src[pos + 2 : pos + 3])) is None:
        return False
    end = _next(state, close, pos + 3)
    if end < 0 or (-1 < _next(state, "\n", pos) < end and -1 < _next(state, "{{", pos + 2) < end):
        return False  # not closed on its line, nor on a later one before the next `{{`
    end += len(close)
    if not silent:  # `text_special`, as an escape's: joined to the text, never linked
        # A line break between its lines as between a paragraph's: no indent, no end blanks.
        for number, line in enumerate(_LINE_BREAK.split(src[pos:end])):
            if number:
                state.push("softbreak", "br", 0)
            token = state.push("text_special", "", 0)
            token.content = token.markup = line
            token.info = "shortcode"
    state.pos = end
    return True


def _next(state: StateInline, wanted: str, start: int) -> int:
    """Return where `wanted` is next in the run at or after `start` (-1 if nowhere), searched
    again only when the last search does not answer for `start`: the rule is tried left to
    right, so each search mostly goes on from where the last one found."""
    found = state.env.get(_FOUND)
    if not isinstance(found, tuple) or found[0] is not state.src:
        found = (state.src, {})
        state.env[_FOUND] = found
    places: dict[str, tuple[int, int]] = found[1]
    searched, at = places.get(wanted, (len(state.src) + 1, -1))
    if searched > start or -1 < at < start:
        at = state.src.find(wanted, start)
        places[wanted] = (start, at)
    return at
