"""Bare links (`https://…` in text): a faster `pretest`, and a rule that reads one run.

markdown-it asks linkify-it whether each paragraph may hold a link before it looks for one;
`markdown.py` installs `scheme_pretest` in place of linkify-it's own, and `bare_link` in place
of markdown-it's inline rule, whose time was quadratic in a paragraph's length. Its core rule,
which links what the inline rule left (`//host/`, `mailto:`), gets `short_runs_test` and
`short_runs_match`, which pass over the runs too long to be linked (`fit_linkify`).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from briefgen.content.linkedtext import link_left_text
from briefgen.content.noterefs import DEFINED_NOTES, note_key
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator

    from linkify_it import LinkifyIt
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline


LONGEST_LINKED_RUN = 2000
"""Longest run of text without a space, tab or newline that may hold a bare link. Finding the
links in a run takes time quadratic in its length (`https://a` 8,000 times took 15 s); a
longer run is left as text with a warning, and a `[text](url)` link still works."""

TRAILING_PUNCTUATION = "?!.,:*_~"
"""What GFM leaves out of the end of a bare link."""

RUN_ENDS = pattern(r"[ \t\n]")
"""What ends a run: a bare link never holds one of these."""


_LONG_RUN = pattern(rf"(?<![^ \t\n])[^ \t\n]{{{LONGEST_LINKED_RUN + 1},}}")
"""A run too long to be linked, matched only from a run's start: tried at every offset, a
run just short of the limit cost time quadratic in its length."""


def long_run(text: str) -> str | None:
    """Return the first run of `text` too long to be linked that may hold a link, if any."""
    if len(text) <= LONGEST_LINKED_RUN:
        return None
    runs = RUN_ENDS.split(text)
    return next((r for r in runs if len(r) > LONGEST_LINKED_RUN and _may_link(r)), None)


def _may_link(run: str) -> bool:
    # Every scheme linkify-it knows with fuzzy links off: http:, https:, ftp:, // and mailto:.
    return "//" in run or "mailto:" in run.lower()


def without_long_runs(text: str) -> str:
    """Return `text` with every run too long to be linked blanked, at the same offsets."""
    if len(text) <= LONGEST_LINKED_RUN:
        return text
    return _LONG_RUN.sub(lambda run: " " * len(run.group()), text)


def short_runs_test(linkify: LinkifyIt, text: str) -> bool:
    """Return whether `text` holds a link outside the runs too long to be linked.

    markdown-it's core rule asks linkify-it for the links in the text the inline rule left;
    linkify-it reads a run from each scheme in it to the run's end, so a long run of links
    (`https://e.org/` 20,000 times) took minutes. Blanked, such a run is left as text, with
    the warning `long_run` gives, as `bare_link` leaves it.
    """
    return bool(type(linkify).test(linkify, without_long_runs(text)))


def short_runs_match(linkify: LinkifyIt, text: str) -> list[object] | None:
    """Return linkify-it's links in `text` outside the runs too long to be linked."""
    found: list[object] | None = type(linkify).match(linkify, without_long_runs(text))
    return found


def fit_linkify(parser: MarkdownIt) -> None:
    """Link only addresses with a scheme (fuzzy links would link `README.md`, as Moldova's);
    give the parser's linkify-it the faster pretest, and a test and match that pass over
    long runs; link bare addresses with `bare_link`, and what it leaves with `link_left_text`
    (in time linear in a paragraph's tokens)."""
    linkify = parser.linkify
    assert linkify is not None, "linkify-it is missing: no bare links to fit"
    linkify.set({"fuzzy_link": False, "fuzzy_email": False})
    parser.inline.ruler.at("linkify", bare_link)
    parser.core.ruler.at("linkify", link_left_text)
    linkify.pretest = functools.partial(scheme_pretest, linkify)
    linkify.test = functools.partial(short_runs_test, linkify)
    linkify.match = functools.partial(short_runs_match, linkify)


def scheme_pretest(linkify: LinkifyIt, text: str) -> bool:
    """Return whether `text` may hold a link, as linkify-it's `pretest` does, only faster.

    linkify-it's own pretest also looks for bare hosts and `@`, with a regex that costs about
    65 µs a paragraph (a fifth of a briefing's CPU). With fuzzy links and emails off, only a
    scheme name (`https:`, `//`…) can start a link, so text without one is passed over; text
    with one still gets linkify-it's full pretest.
    """
    if linkify._opts.get("fuzzy_link") or linkify._opts.get("fuzzy_email"):
        return bool(type(linkify).pretest(linkify, text))
    last_characters, names, longest = _scheme_names(linkify)
    if not last_characters:
        found = names.search(text) is not None
    else:
        found = _name_before_any(text, last_characters, names, longest)
    return found and bool(type(linkify).pretest(linkify, text))


def _name_before_any(
    text: str, last_characters: tuple[str, ...], names: re.Pattern[str], longest: int
) -> bool:
    """Return whether a scheme name ends at one of the `last_characters` in `text`.

    The same answer as `names.search(text)`: every match ends at one of those characters,
    which have no other spelling, and spans at most `longest` characters (IGNORECASE matches
    one character for one). Most paragraphs have no `:` or `/` at all, and the rest only a
    few: searching a few characters before each is many times faster than the regex over
    the whole text, which has no literal to skip ahead to.
    """
    for character in last_characters:
        end = text.find(character)
        while end >= 0:
            if names.search(text, max(0, end + 1 - longest), end + 1) is not None:
                return True
            end = text.find(character, end + 1)
    return False


_schemes: tuple[object, re.Pattern[str], tuple[str, ...], int] | None = None
"""The schema table `_scheme_names` last compiled, its regex, the names' last characters and
the longest name's length."""


def _scheme_names(linkify: LinkifyIt) -> tuple[tuple[str, ...], re.Pattern[str], int]:
    """Return a regex matching any of the schema names, with the case folding linkify-it's own
    regex uses, the characters the names end with (empty when one of them has a case), and
    the longest name's length."""
    global _schemes
    # Asked once per paragraph: the regex is remade only when linkify-it rebuilds its table
    # (a new dict each time), and the table is held here, so its id cannot be reused.
    compiled = linkify._compiled
    if _schemes is None or _schemes[0] is not compiled:
        names = [name for name in compiled if name]
        pattern = re.compile("|".join(re.escape(name) for name in names), re.IGNORECASE)
        # A letter has other spellings under IGNORECASE (`S`, and U+017F for `s`).
        last = tuple(sorted({name[-1] for name in names}))
        caseless = all(ch.lower() == ch.upper() == ch.casefold() for ch in last)
        longest = max((len(name) for name in names), default=0)
        _schemes = (compiled, pattern, last if caseless else (), longest)
    return _schemes[2], _schemes[1], _schemes[3]


_CJK_STOP = pattern(
    "[\u3000-\u3002\u3008-\u3011\u3014-\u301f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]"
)
"""Full-width punctuation and spaces (full stop, comma, brackets, …): Chinese and Japanese put
no space after an address, so a bare link ends at the first of them, not at the next space."""
_SCHEME_BEFORE = pattern(r"(?:^|[^a-z0-9.+-])([a-z][a-z0-9.+-]*)$", re.IGNORECASE)
"""markdown-it's: a URI scheme (RFC 3986) ending where the pending text ends."""


def bare_link(state: StateInline, silent: bool) -> bool:
    """markdown-it's rule for bare links (`https://…` in text), reading only the run around it.

    markdown-it's own rule searches all the text pending before each `://` and copies all the
    text after it: a paragraph of many such runs took quadratic time (`https://a` 8,000 times:
    15 s). A link never spans a space, so the same rule over the run alone links exactly the
    same text; the run is found once per run and remembered. A run over `LONGEST_LINKED_RUN`
    is not linked, with a warning (`long_run`).
    """
    pos, src = state.pos, state.src
    if state.linkLevel > 0 or state.md.linkify is None or not src.startswith("://", pos):
        return False
    known = state.env.get("bare_link_run")
    if known is None or known[0] is not src or not known[1] <= pos < known[2]:
        known = state.env["bare_link_run"] = _run_around(state, pos)
    _, start, end, notes = known
    if end - start > LONGEST_LINKED_RUN:
        return False
    scheme = _SCHEME_BEFORE.search(state.pending[start - pos :] if pos > start else "")
    if scheme is None:
        return False
    proto = scheme.group(1)
    # A reference to a note the file defines ends the address, as on GitHub, which reads
    # notes before bare links: `https://www.ons.gov.uk/census.[^ons]` links `…/census` (the
    # `.` ends the sentence). Any other `[^…]` is part of it: `?regex=[^a-z]+`, `q[^x]=1`.
    if (later := bisect.bisect_left(notes, pos)) < len(notes):
        end = notes[later]
    link = state.md.linkify.match_at_start(src[pos - len(proto) : end])
    if not link:
        return False
    # As GitHub's autolinks: trailing punctuation ends the sentence, not the address (and a
    # `*` at the end belongs to emphasis).
    url = str(link.url).rstrip(TRAILING_PUNCTUATION)
    full_url = state.md.normalizeLink(url)
    if not state.md.validateLink(full_url):
        return False
    if not silent:
        state.pending = state.pending[: -len(proto)]
        token = state.push("link_open", "a", 1)
        token.attrs = {"href": full_url}
        token.markup, token.info = "linkify", "auto"
        token = state.push("text", "", 0)
        token.content = state.md.normalizeLinkText(url)
        token = state.push("link_close", "a", -1)
        token.markup, token.info = "linkify", "auto"
    state.pos += len(url) - len(proto)
    return True


def _run_around(state: StateInline, pos: int) -> tuple[str, int, int, tuple[int, ...]]:
    """Return the paragraph's text, where the run around `pos` starts and ends, and where each
    reference in it to a note the file defines starts."""
    src = state.src
    after = RUN_ENDS.search(src, pos)
    end = after.start() if after else len(src)
    if stop := _CJK_STOP.search(src, pos, end):
        end = stop.start()
    # No further back than the longest run that may be linked: a search back to the
    # paragraph's start for each `://` (for a tab or newline it lacks) was quadratic.
    lowest = max(0, pos - LONGEST_LINKED_RUN - 1)
    # Three searches, not a generator of them: asked once for each `://`, a generator cost
    # a line of 100,000 `a :// ` a tenth of its time.
    start = 1 + max(
        src.rfind(" ", lowest, pos), src.rfind("\t", lowest, pos), src.rfind("\n", lowest, pos)
    )
    notes: tuple[int, ...] = ()
    if end - start <= LONGEST_LINKED_RUN and src.find("[^", start, end) >= 0:
        notes = tuple(_defined_note_references(src, start, end, state.env.get(DEFINED_NOTES)))
    return src, start, end, notes


def _defined_note_references(
    src: str, start: int, end: int, defined: frozenset[str] | None
) -> Iterator[int]:
    """Yield where each `[^label]` in `src[start:end]` whose label is a note in `defined`
    starts, in one pass: the label of each `[^` runs to the next `]`. A run read on its own
    (`defined` None: a YAML table cell, a caption) cannot tell, so any `[^label]` counts."""
    if defined is not None and not defined:
        return
    close = -1
    opening = src.find("[^", start, end)
    while opening >= 0:
        if close < opening + 2:
            close = src.find("]", opening + 2, end)
            if close < 0:
                return
        label = src[opening + 2 : close]
        if close > opening + 2 and (defined is None or note_key(label) in defined):
            yield opening
        opening = src.find("[^", opening + 1, end)
