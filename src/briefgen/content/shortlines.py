"""Short lines a paragraph runs into one: a byline, a contact's block, an address, key figures.

A word processor keeps `By Jane Doe` / `Senior Policy Analyst` / `12 November 2026` on lines
of their own; pasted as Markdown they are one paragraph, which CommonMark shows as one line,
`By Jane Doe Senior Policy Analyst 12 November 2026`, and so with a contact's lines, an
address or a sitrep's `1.2 million displaced` / `€45 million pledged`. Hard-wrapped prose
runs on as meant, so a paragraph is warned only where it reads as lines meant apart: three or
more, each short, none but the last ending a clause, and each after the first starting as a
line of its own does (a capital, a digit, a sign, an address), never as a sentence going on
(a word in lower case, a letter of a script without case). Text in a script written without
spaces (Chinese, Japanese, Thai) wraps anywhere, and is never warned.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from briefgen.content.captionwords import caption_label, source_label
from briefgen.content.csvrows import holds_csv_rows
from briefgen.content.labelledlines import labelled_lines
from briefgen.content.listmarkers import ends_in_break, pasted_list_lines
from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

_LONGEST = 40
"""Characters a short line holds at most: a name, a role, a figure and its words, an address's
line; a hard-wrapped paragraph's lines are longer."""
_FEWEST_LINES = 3
"""Lines a run holds at least: two short lines are as often a sentence broken once."""
_OWN_START = pattern(
    r"[A-Z\u00c0-\u00de\u0391-\u03a9\u0410-\u042f0-9€$£¥+\-\u2212(\"\u201c\u2018'«\[*_]"
    r"|[^\s@]+@[^\s@]+\.\w|https?://|www\."
)
"""How a line of its own starts: a capital (Latin, Greek, Cyrillic; any other upper-case
letter by `_starts_capital`), a digit, a currency, a sign, an opening bracket or quote, a link
or emphasis; or an e-mail or web address, which may be in lower case."""
_GOES_ON = pattern(
    r"(?:[,;\-\u2013\u2014(/&]|\b(?:and|or|of|the|for|to|in|on|at|by|with|from|a|an"
    r"|between|among|into|than|as|that|which|including|via|per"
    r"|y|o|de|del|la|el|en|et|ou|du|le|les|und|oder|der|die|das|e|da|do"
    r"|entre|para|por|con|pour|avec|sur|dans|mit|von|zu))$"
)
"""The end of a line whose clause goes on below it: a comma, a dash, a joining word, a
preposition that leads on to the line below (`Talks resumed between` / `Kenya, Uganda`)."""
_ENDS_SENTENCE = pattern(r"[.!?…][\"'\u201d\u2019»)\]]*(?:\[\^[^\]\s]+\])*$")
"""The end of a line that ends a sentence, a note's mark after it or not: run on, its
sentences read as prose."""
_CLAUSE = pattern(r", [a-z]")
"""A comma and a word in lower case: a sentence's clause, which a line of its own holds not
(`Director, Policy Unit`)."""
_IMAGE_ALONE = pattern(r"!\[[^\]\n]*\]\([^\n]*\)")
"""An image alone on the first line: the lines below it are its caption's."""
_NUMBERED = pattern(r"\d{1,3}[.)][ \u00a0]")
"""A list item's number (`2. Open`, `3)\u00a0Close`): `listmarkers.py` and `nobreak.py` read
such lines."""
_NO_SPACES = pattern(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]"
)
"""A character of a script written without spaces between words (Thai, Lao, Myanmar, Khmer,
Chinese, Japanese, Korean), whose text a paragraph may wrap anywhere."""


def may_run_short(content: str) -> bool:
    """Tell, cheaply, whether a paragraph's run may be short lines run into one: three lines or
    more, none of them long."""
    if content.count("\n") < _FEWEST_LINES - 1:
        return False
    return all(len(line.strip()) <= _LONGEST for line in content.split("\n"))


def short_lines(
    written: str, *, html_breaks: bool = False, content: str | None = None
) -> Iterator[Found]:
    """Find a paragraph's run of short lines meant apart that CommonMark runs into one line,
    at its second line: one warning for the paragraph. `written` is the run with its code
    spans and comments blanked; `content`, the run as written, is what the warning shows."""
    if not may_run_short(written) or "\t" in written or _NO_SPACES.search(written):
        return  # tab-separated cells are warned as a table's rows (`tabrows.py`)
    lines = written.split("\n")
    stripped = [line.strip() for line in lines]
    if (
        not all(stripped)
        or stripped[0].startswith("[!")  # a callout's marker line: its box's, not shown
        or _IMAGE_ALONE.fullmatch(stripped[0])  # its caption's lines (`blocks.py`)
        or any(line.startswith("[^") for line in stripped)  # a note's, warned of as one
        or _CLAUSE.search(written)
        or sum("|" in line for line in stripped) > 1  # a table's rows: `pipetext.py` warns
        or holds_csv_rows(stripped)  # a CSV table's rows: `csvrows.py` warns
    ):
        return
    if any(_GOES_ON.search(line) or _ENDS_SENTENCE.search(line) for line in stripped[:-1]):
        return
    if not all(_OWN_START.match(line) or _starts_capital(line) for line in stripped[1:]) or any(
        _NUMBERED.match(line) for line in stripped[1:]
    ):
        return  # numbered lines are a list's, warned as such where they count on
    if caption_label(stripped[0]) and any(_names_source(line) for line in stripped[1:]):
        return  # a caption's `Source:` line, warned of as one (`captionlines.py`)
    if any(labelled_lines(written, html_breaks=html_breaks)) or any(pasted_list_lines(written)):
        return  # labelled lines (`Owner:` / `Status:`) or pasted list items: warned already
    ends: list[int] = []
    joints = 0
    for line in lines[:-1]:
        ends.append((ends[-1] + 1 if ends else 0) + len(line))
    for end, line in zip(ends, stripped, strict=False):
        # A `<br>` breaks the line, or is warned of as raw HTML with the same fix (`\`); read
        # on the line itself (none is blank), not on the text up to it, copied for each line.
        broken = ends_in_break(written, end) or line.lower().endswith(("<br>", "<br/>", "<br />"))
        joints += not broken
    if joints < _FEWEST_LINES - 1:
        return
    second = ends[0] + 1 + (len(lines[1]) - len(lines[1].lstrip()))
    # Its code spans as written, not blanked (`leftovers._IN_CODE`): line breaks are kept.
    quoted = stripped if content is None else [line.strip() for line in content.split("\n")]
    shown = " / ".join(excerpt(line, 24) for line in quoted[:3])
    more = "" if len(stripped) <= 3 else f" / … ({len(stripped)} lines)"
    yield second, stripped[1], lambda pos, _: _runs_together_warning(pos, shown + more)


def _names_source(line: str) -> bool:
    """Tell whether a line names a source or adds a note, its label bold or italic or not
    (`Source: ONS`, `**Nota:** provisional`)."""
    return source_label(line.replace("*", "").replace("_", "")) is not None


def _starts_capital(line: str) -> bool:
    """Tell whether a line starts with a capital outside `_OWN_START`'s ranges: Polish `Ł`,
    Hungarian `Ő`, Czech `Č`, Greek `Έ`, Cyrillic `Ё`, by Unicode's own category."""
    first = line[0]
    # A character test first: ASCII is all `_OWN_START` reads of it.
    return not first.isascii() and unicodedata.category(first) in ("Lu", "Lt")


def _runs_together_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"short lines run into one line on the page: `{shown}`",
        hint="end each line but the last with `\\` (or two spaces) to keep them on lines of "
        "their own, or leave a blank line between them; for a list, start each with `- `",
    )
