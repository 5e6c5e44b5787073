"""Line starts that mark a list item in a word processor but not in Markdown.

Word, Google Docs and PDFs write a bullet as a glyph (`•`, `◦`, `▪`, an en dash), number
items with letters or roman numbers (`(a)`, `b)`, `iv.`) or by section (`3.1.`), and mark
them with symbols (`✓`, `→`). `import` reads the glyphs as bullets and warns about the rest
(`importer/lines.py`). In a Markdown body none of them is a list item: CommonMark runs such
a line on from the line above into one paragraph, and the page shows the lines as one; so
does a line numbered from other than 1 (`3.`, `4.`) right under a paragraph's line, as no
list may start there. So a build warns at each line a paragraph swallowed so, where its
markers count on as a list's do: `(a)` then `(b)`, `ii.` then `iii.`, `3.1.` then `3.2.`, a
glyph twice. Hard-wrapped prose puts references at its line starts too (`(a) of the Act`,
`p. 580`, `4.0 GW`), but they seldom count on; and where the paragraph names the same kind of
number inside a line (`and (c)`), those at its line starts are references as well: but not
for a number a line above starts with, which a statute cites as its own subsection (`(1) …`
then `(2) … under subsection (1) …`). A statute inserts `(1A)` after `(1)`: it counts on.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from briefgen.content.othermarkers import other_counts, other_marker, other_references
from briefgen.diagnostics import warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

_BULLET_GLYPHS = (
    "-*+\u2022\u2023\u25e6\u25aa"  # `-`, `*`, `+`, `•`, `‣`, `◦`, `▪`
    "\u25cf\u25cb\u25a0\u25c6\u2666\u25ba\u25b8\u27a2\u27a4"  # Google Docs' `●○■`, `◆♦►▸➢➤`
    "\u2219\u00b7\u2043\u2013\u2014"  # `∙`, `·`, the hyphen bullet, the en and em dashes
    "\uf0b7\uf0a7\uf0d8\uf076"  # Word's Symbol and Wingdings bullets, as its text keeps them
)
"""What starts a bullet in pasted text: Markdown's three, and the glyphs editors write."""
_BULLETED = pattern(rf"(?P<glyph>[{re.escape(_BULLET_GLYPHS)}])\s+(?P<text>\S.*)")
_DASHES = "\u2013\u2014"
_LABELLED_DASH = pattern(r"\u2013(?P<text>[^\W\d_][^\s:]*+(?:[ \t][^\s:]++){0,3}:[ \t]+\S.*)")
"""An en dash against a label and its text (`\u2013Cooling: text`), as a word processor's
list pastes with the tab after its dash lost: a bullet, not speech (Spanish dialogue takes
the em dash, and names no label)."""
_SPEECH_OPENERS = "\u00bf\u00a1\u00ab\u00bb\u2039\"'\u201c\u201d\u201e\u2018\u2019"
"""What opens a line of speech after a dash (`¿`, `¡`, `«`, `»`, a quote)."""
_SPOKEN = pattern(rf"(?P<glyph>[{_DASHES}])(?P<text>[^\s{_DASHES}].*)")
"""A dash written against its speech, as Spanish writes dialogue (`—¿Y qué pasa?`): never a
bullet, whose glyph a space follows."""
_SPEECH_HINT = "leave a blank line between the speeches"
"""What a warning at lines of dialogue that run together says to do, as for no list."""
_SPEECH_TAG = pattern(r"[?!][ \u00a0\u202f]+(?P<first>\w)")
"""A question or exclamation, then the words naming who speaks (`— Non ! répondit-elle.`,
`— Coming? she asked.`): a word in lower case after the `?` or `!`."""
_LETTERED = pattern(
    r"(?:\((?:[A-Za-z]|[ivx]{1,4}|[IVX]{1,4}|\d{1,3})\)"  # (a) (A) (iv) (IV) (1)
    r"|(?:[A-Za-z]|[ivx]{1,4}|[IVX]{1,4})\)"  # a) A) iv) IV)
    r"|(?:[a-z]|[ivx]{2,4})\.)"  # a. iv. (never `A.`, an initial, nor `II.`, a heading's)
    r"(?=\s+\S)(?!\s+\d{3,4}[-. ]\d{4}\b)"  # never a phone number: `(202) 555-0100`
)
_SECTION_NUMBER = pattern(
    r"\d{1,3}(?:\.\d{1,3})+\.(?=\s+[^\sa-z])"  # `3.1. Funding`, never `3.1. of the guidance`
    r"|\d{1,3}(?:\.\d{1,3})*\.[1-9](?=\s+[A-Z\u00c0-\u00de](?:[a-z\u00df-\u00ff]|\s))"
)
"""`3.1.` or `1.2 Scope`: a section's number, as its trailing `.` or the word after it shows
(`1.2` alone only before a word, not `GW`); never a decimal or a time (`2.5 per cent`,
`4.0 GW`, `10.30 Uhr`)."""
_NUMBERED = pattern(r"\d{1,2}[.)](?=[ \t]+\S)")
"""`3.` or `4)`: a list's number, which only as `1.` may start a list under a paragraph's
line; never a year (`2024.`), nor before a no-break space, which `nobreak.py` reads."""
_INSERTED = pattern(r"\((?P<number>\d{1,3})(?P<letter>[A-Z])\)")
"""`(1A)`: a subsection a statute inserts after `(1)`, before `(1B)` or `(2)`."""
_INSERTED_ITEM = pattern(rf"{_INSERTED.pattern}(?=\s+\S)")
_ABBREVIATION = pattern(r"[A-Za-z]\.\s+\d")
"""`p. 580`, `s. 3`, `c. 1850`: a one-letter abbreviation before its number, not an item."""
_IN_LINE = pattern(r"(?<=\S[ \t])\(?(?:[A-Za-z]{1,4}|\d{1,3})\)")
"""`and (c)`, `b) quality`: a number named inside a line, which makes those of its kind at
the line starts references too."""
_SENTENCE_END = pattern(r"[.:;!?][\"'\u201d\u2019\u00bb)\]*_]*[ \t]*$")
"""The end of a line that ends a sentence or a clause, after which a dash may open an item."""
_CLAUSE_END = pattern(r"(?P<mark>[,;])[ \t]+(?:and|or)[ \t]*$")
"""A statute's clause or lead-in ended on its conjunction, `; or`, `, and`, above its items."""
_NO_BREAK_NUMBER = pattern(r"\d{1,2}[.)]\u00a0")
"""A Word-numbered line (content/nobreak.py warns of it): an item's line all the same."""
_ROMAN = {"i": 1, "v": 5, "x": 10}
_NOT_BULLETS = frozenset("\u00a9\u00ae\u2122\u00b0\u2117\u2116")
"""Symbols a line starts with that mark no item: `©`, `®`, `™`, `°`, `℗`, `№`."""
LINE_MARKS = (
    r"\n[ \t]*(?:\(?[A-Za-z]{1,4}[.)]|\(\d|\d{1,3}\.\d|\d{1,2}[.)][ \t]"
    r"|[\u00a1-\u00bf\u2010-\u2bff\ue000-\uf8ff\U0001f000-\U0001faff])"
    r"|\u2013(?<![\s\S]\u2013)[^\W\d_]"
)
"""What a run holds for `pasted_list_lines` to read it: a regular expression, for
`leftovers.py`, that finds a line starting with a letter, number or symbol that may mark one,
or a first line with an en dash against its text (`\u2013Cooling: text`). That dash is found
as a dash with no character before it, not by `\\A`: a branch that starts with an anchor
leaves the leftovers' one search no first characters to skip to, so it tried every branch at
every position of every run (a tenth of a compile)."""
_LINE_START = pattern(r"\n[ \t]*")


def bulleted(line: str) -> tuple[str, str] | None:
    """Return the glyph and text of a line that starts with a bullet glyph and a space (`•`,
    `-`, an en dash…), or None; a dash that opens a line of dialogue is no bullet, nor is one
    glyph repeated alone (`• • •`, `— — —`): a section break."""
    match = _BULLETED.fullmatch(line)
    if match is None and (labelled := _labelled_dash(line)) is not None:
        return "\u2013", labelled
    if match is None or _is_dialogue(match["glyph"], match["text"]):
        return None
    glyph, text = match["glyph"], match["text"]
    return None if text.replace(glyph, "").isspace() or text == glyph * len(text) else (glyph, text)


def _labelled_dash(line: str) -> str | None:
    """Return the text after the en dash of a line written against its label (`\u2013Cooling:
    text`, `_LABELLED_DASH`), unless the line names who speaks; else None."""
    if not line.startswith("\u2013") or (match := _LABELLED_DASH.fullmatch(line)) is None:
        return None
    return None if _names_speaker("\u2013", match["text"]) else match["text"]


def _is_dialogue(glyph: str, text: str) -> bool:
    """Return whether a dash opens a line of dialogue, as Spanish writes speech (`— ¿Qué
    pasará? — preguntó.`): speech follows it, or words name who speaks (`_names_speaker`)."""
    if glyph not in _DASHES:
        return False
    return text[0] in _SPEECH_OPENERS or _names_speaker(glyph, text)


def _names_speaker(glyph: str, text: str) -> bool:
    """Return whether a dash's line names who speaks: in lower case after a second dash,
    spaced (`— Nada — respondió.`) or, as the RAE writes it, attached to the verb (`— Lo
    veremos —respondió.`); or, as French writes it, in lower case after a `?` or `!` (`— Non !
    répondit la députée.`). A term's item with a dash before its text (`\\u2013 Alerts \\u2013 Text
    messages…`) names no one."""
    spoken = any(tag[1].islower() for tag in re.finditer(rf"\s{glyph}\s*(\w)", text))
    tagged = any(tag["first"].islower() for tag in _SPEECH_TAG.finditer(text))
    return spoken or tagged


def _is_speech(line: str) -> bool:
    """Return whether a line is a speech of dialogue: its dash set against the speech
    (`—¿Y qué pasa?`), or spaced before a Spanish `¿` or `¡` or words naming who speaks. A
    quote after the dash alone may be a list's (`— “We stand with the Sahel.”`)."""
    if bullet := _BULLETED.fullmatch(line):
        glyph, text = bullet["glyph"], bullet["text"]
        return glyph in _DASHES and (text[0] in "\u00bf\u00a1" or _names_speaker(glyph, text))
    return _SPOKEN.fullmatch(line) is not None and _labelled_dash(line) is None


def unread_marker(line: str) -> str | None:
    """Return the marker of a line that starts like a list item but is not read as one: a
    letter or roman number (`a)`, `(i)`, `b.`), which a Markdown list cannot number, or a
    symbol no list uses (`✓`, `→`, `❖`); None for any other line."""
    if match := _LETTERED.match(line):
        return match[0]
    first = line[:1]
    if len(line) < 3 or not line[1].isspace() or first.isascii() or first in _NOT_BULLETS:
        return None
    if unicodedata.category(first) not in ("So", "Sm", "Co") or bulleted(line):
        return None
    return first


def is_numbering(marker: str) -> bool:
    """Whether a marker numbers its item (`(a)`, `iv.`, `3.1.`), rather than being a symbol."""
    return marker[0].isalnum() or marker[0] in "(\uff08\u00a7"  # and a full-width `(`, `§`


def describe_unread_marker(marker: str, outcome: str) -> tuple[str, str]:
    """Return the message and hint of a warning at a line that starts with `marker`, which is
    not read as a list item's, saying what became of the line."""
    if is_numbering(marker):
        message = f"line starts with `{marker}`, not read as a list item's number; {outcome}"
        return message, "a Markdown list numbers its items `1.` or `1)`: start the line so, or `- `"
    message = f"line starts with `{marker}`, which is not read as a bullet; {outcome}"
    return message, "start the line with `- ` to make it a bullet"


def pasted_list_lines(written: str) -> Iterator[Found]:
    """Find each line of a paragraph's run that starts with a list marker Markdown does not
    read and runs on from the line above (no hard break ends that), where another of its
    lines counts on from it or it from another (`(a)` then `(b)`, `•` then `•`); and its
    first line, so marked, when the next runs on from it."""
    if "\n" not in written:
        if _labelled_dash(written):
            yield 0, "\u2013", _lone_dash_warning
        return
    # Each line with where a hard break would keep it apart from the line it joins: for the
    # first, at its own end; for any other, at the end of the line above.
    lines = [(0, written.find("\n"))]
    lines += [
        (line_start.end(), line_start.start()) for line_start in _LINE_START.finditer(written)
    ]
    starts: list[tuple[int, str]] = []
    texts: list[str] = []  # each line's text, read once: a copy of the rest for each is quadratic
    spoken: set[str] = set()  # the dashes that open a line of dialogue here
    above, above_marked = "", False
    for start, joint in lines:
        end = written.find("\n", start)
        line = written[start : end if end != -1 else None]
        texts.append(line)
        marker = _pasted_marker(line, above, above_marked=above_marked)
        if marker and not ends_in_break(written, joint):  # else shown on a line of its own
            starts.append((start, marker))
            if _is_speech(line):
                spoken.add(marker)
        above, above_marked = line, marker is not None
    referenced = _references(written, starts) | other_references(written)
    counting = _counting_on(starts, referenced)
    if len(starts) == len(lines) and not any(is_numbering(m) or m in _DASHES for _, m in starts):
        counting = list(range(len(starts)))  # a glyph each (`●`, `○`, `□`): a level's each
    counted = {starts[index][0] for index in counting}
    running = {start for start, _ in starts}
    for (start, _), line in zip(lines, texts, strict=True):  # a dash against a label: a bullet's
        if start not in counted and _labelled_dash(line):
            runs = _lone_dash_warning if start not in running else None
            yield start, "\u2013", runs or (_first_line_warning if start == 0 else _runs_on_warning)
    for index in counting:
        start, marker = starts[index]
        if marker in spoken:  # a reply in the same exchange, too: `— Non.` after a question
            yield start, marker, _first_speech_warning if start == 0 else _speech_runs_on_warning
        else:
            yield start, marker, _first_line_warning if start == 0 else _runs_on_warning


def _references(written: str, starts: list[tuple[int, str]]) -> set[str]:
    """Return the numberings the paragraph names inside its lines (`and (c)`), but for a
    number a line above starts with: a statute's `(2) … under subsection (1)` cites an item
    of its own list."""
    first_start: dict[tuple[str, int], int] = {}
    for start, marker in starts:
        for numbering, number, _ in _counts(marker):
            first_start.setdefault((numbering, number), start)
    return {
        numbering
        for cited in _IN_LINE.finditer(written)
        for numbering, number, _ in _counts(cited[0])
        if first_start.get((numbering, number), len(written)) > cited.start()
    }


def ends_in_break(written: str, line_end: int) -> bool:
    """Whether the line ending at `line_end` ends in a hard break: two spaces, or a `\\`
    that no other escapes."""
    start = line_end
    while start and written[start - 1] == "\\":
        start -= 1
    return (line_end - start) % 2 == 1 or written.endswith("  ", 0, line_end)


def _pasted_marker(line: str, above: str, *, above_marked: bool) -> str | None:
    """Return the marker a pasted list item's line starts with, or None: a glyph other than
    Markdown's own bullets (which start a list), a letter, a symbol, a section's number or a
    list's number. A dash opening dialogue counts: its lines run together all the same; but
    a dash inside a sentence (`everyone` / `\u2013 councils…`) is prose, unless a tab follows
    it, as only a word processor's list writes it (`\u2013\tcouncils…`)."""
    if (bullet := _BULLETED.fullmatch(line)) and not bullet["glyph"].isascii():
        dashed = bullet["glyph"] in _DASHES and line[1:2] != "\t"  # a tab: a list's, not prose
        if dashed and not _opens_item(bullet["text"], above, above_marked):
            return None
        return bullet["glyph"]
    if _labelled_dash(line):
        return "\u2013"
    if spoken := _SPOKEN.fullmatch(line):
        return spoken["glyph"] if _opens_item(spoken["text"], above, above_marked) else None
    if _ABBREVIATION.match(line):
        return None
    marker = unread_marker(line) or other_marker(line)
    if not marker and (inserted := _INSERTED_ITEM.match(line)):
        marker = inserted[0]
    if not marker and (number := _SECTION_NUMBER.match(line) or _NUMBERED.match(line)):
        marker = number[0]
    return marker if marker and _may_open_item(marker, above, above_marked) else None


def _may_open_item(marker: str, above: str, above_marked: bool) -> bool:
    """Whether a letter or number starting a line may open an item: at the paragraph's start,
    under another item's line, or under a line that does not end in a word going on. Under
    `…comment, and` / `(2) distributions…` (a licence) or `…am` / `3. März` (a date) it is
    the sentence going on; but a statute ends each clause `; or` (`; and`) above the next, and
    its lead-in `, and` above the first (`(a)`, `(i)`, `(1)`)."""
    if not above or above_marked or _NO_BREAK_NUMBER.match(above):
        return True
    words = above.split()
    if not (words and words[-1].isalpha() and words[-1].islower()):
        return True
    clause = _CLAUSE_END.search(above)
    return clause is not None and (clause["mark"] == ";" or _starts_a_count(marker))


def _starts_a_count(marker: str) -> bool:
    """Whether a marker is the first of a count: `(a)`, `(i)`, `1.`, `A)`."""
    return any(number == 1 and step for _, number, step in _counts(marker))


def _opens_item(text: str, above: str, above_marked: bool) -> bool:
    """Whether a dash's `text` opens an item rather than an aside: it starts as a sentence or
    speech does, at the paragraph's start or after a sentence's end or another item."""
    opens = text[0].isupper() or text[0].isdigit() or text[0] in _SPEECH_OPENERS
    return opens and (not above or above_marked or _SENTENCE_END.search(above) is not None)


def _counting_on(starts: list[tuple[int, str]], referenced: set[str]) -> list[int]:
    """Return the indices of the `starts` that count on from an earlier one, or that a later
    one counts on from, in order; none counts in a numbering `referenced` inside a line."""
    counting: set[int] = set()
    awaited: dict[tuple[str, int], int] = {}  # a numbering's next number: the start before it
    for index, (_, marker) in enumerate(starts):
        for numbering, number, step in _counts(marker):
            if numbering in referenced:
                continue
            if (before := awaited.get((numbering, number))) is not None:
                counting.update((before, index))
            awaited[numbering, number + step] = index
    return sorted(counting)


def _counts(marker: str) -> list[tuple[str, int, int]]:
    """Return each numbering a marker may count in, with its number there and the step to
    the next: `(b)` is letter 2, `(v)` letter 22 or roman 5, `3.2.` the second under `3.`,
    `(1A)` the first inserted under `(1)` (and `(2)` counts on from it); a glyph or symbol is
    a numbering of its own, which the next item repeats."""
    if counts := other_counts(marker):  # of another script or tradition: othermarkers.py
        return counts
    style = re.sub(r"[A-Za-z0-9]+", "0", marker)  # `(a)` and `(iv)` one style, `a)` another
    count = marker.strip("().")
    if not count[:1].isalnum():
        return [(marker, 0, 0)]
    if inserted := _INSERTED.fullmatch(marker):  # after its number, then in a count of its own
        under = int(inserted["number"])
        return [(style, under, 1), (f"{style}{under}", ord(inserted["letter"]) - ord("A") + 1, 1)]
    if count[0].isdigit():
        section, _, number = count.rpartition(".")
        counts = [(f"{style}{section}", int(number), 1)]
        if marker[0] == "(":  # `(1)` opens the count of the `(1A)` inserted after it
            counts.append((f"{style}{number}", 0, 1))
        return counts
    case = "lower" if count.islower() else "upper"
    counts = []
    if len(count) == 1:
        counts.append((f"{style}letter-{case}", ord(count.lower()) - ord("a") + 1, 1))
    if set(count.lower()) <= _ROMAN.keys():
        counts.append((f"{style}roman-{case}", _roman(count.lower()), 1))
    return counts


def _roman(numeral: str) -> int:
    """Return the value of a roman number written with `i`, `v` and `x` (`iv` is 4)."""
    values = [_ROMAN[letter] for letter in numeral]
    following = [*values[1:], 0]
    return sum(
        -value if value < after else value for value, after in zip(values, following, strict=True)
    )


def _runs_on_warning(pos: SourcePos, shown: str) -> Diagnostic:
    outcome = "it runs on from the line above, in one paragraph"
    message, hint = _describe_pasted(shown, outcome)
    return warning(pos, message, hint=f"{hint}; or end the line above with `\\` to keep them apart")


def _first_line_warning(pos: SourcePos, shown: str) -> Diagnostic:
    outcome = "the lines below run on from it, in one paragraph"
    message, hint = _describe_pasted(shown, outcome)
    return warning(pos, message, hint=f"{hint}; or end it with `\\` to keep the lines apart")


def _lone_dash_warning(pos: SourcePos, dash: str) -> Diagnostic:
    message = f"line starts with `{dash}` against its text, which is not read as a bullet"
    hint = (
        f"start the line with `- ` to make it a bullet (`{dash}` then a space is no bullet either)"
    )
    return warning(pos, f"{message}; shown as text", hint=hint)


def _speech_runs_on_warning(pos: SourcePos, dash: str) -> Diagnostic:
    message = f"line starts with `{dash}`, which opens dialogue; it runs on from the line above"
    hint = f"{_SPEECH_HINT}; or end the line above with `\\` to keep them apart"
    return warning(pos, f"{message}, in one paragraph", hint=hint)


def _first_speech_warning(pos: SourcePos, dash: str) -> Diagnostic:
    message = f"line starts with `{dash}`, which opens dialogue; the lines below run on from it"
    hint = f"{_SPEECH_HINT}; or end it with `\\` to keep the lines apart"
    return warning(pos, f"{message}, in one paragraph", hint=hint)


def _describe_pasted(shown: str, outcome: str) -> tuple[str, str]:
    """Return the message and hint of a warning at a pasted list line: a list numbered from
    `3.` needs only a blank line above it, which a list from `1.` can do without."""
    message, hint = describe_unread_marker(shown, outcome)
    if shown[:-1].isdigit() and shown.isascii():  # no list starts from other digits
        hint = (
            "leave a blank line above the list: only a list from `1.` may start right under a line"
        )
    return message, hint
