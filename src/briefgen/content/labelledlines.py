"""Lines that each start with a label: a transcript's turns, a report's lead-ins.

A transcript writes one turn a line (`**LF:** …`, `Q: …` then `A: …`, `[00:12:45] HX: …`), and
a report one lead-in a line (`**Recommendation 1:** …`), with no blank line between. CommonMark
runs such lines into one paragraph, which the page shows as one line: a question and its
answer can no longer be told apart. So where two or more lines of a paragraph start with a
label, a build warns at each one that runs on from the line above (no hard break ends that),
as `listmarkers.py` does for pasted list lines. One label in a paragraph (a `**Note:**` at a
line start of wrapped prose) is a lead-in, and stays quiet. Shapes that wrapped prose starts
lines with as well (a property's `Word:`, a glossary's `Term —`, an agenda's `09:30`) label a
paragraph only where every one of its lines starts so.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from briefgen.content.captionwords import BEFORE_COLON, TRANSLATIONS
from briefgen.content.listmarkers import ends_in_break
from briefgen.content.othersyntax import maths_spans
from briefgen.content.writtendates import DATE_OR_DAY, DAY_AND_MONTH, WRITTEN_DATE
from briefgen.diagnostics import warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

_DATE_SEPARATOR = rf"(?:[ \t]*[\u2014\u2013]|[ \t]+-(?=[ \t])|{BEFORE_COLON}:(?=[ \t]))"
"""What follows a timeline's date: a dash or a colon (`15 April 2023 —`, `April 2024:`, French's
`3 mars 2026 :`)."""
_CAPITAL = r"[A-Z\u00c0-\u00de\u0391-\u03a9\u0410-\u042f]"
"""A capital letter, Latin, Greek or Cyrillic."""
_PROPERTY = rf"{_CAPITAL}[^\W_]*(?:[ \t][^\W_]+){{0,2}}{BEFORE_COLON}:"
"""A property's name and colon, as Notion writes a page's (`Created:`, `Last edited time:`):
a capitalised word, and up to two more (French's `Prénom :` too)."""
PROPERTY_LINE = pattern(rf"[ \t]*{_PROPERTY}(?=[ \t]|$)")
"""A line that starts with a property's name and colon (`Source: ONS`): a paragraph whose
lines all start so is warned of here, at each that runs on."""
_SPACED_DASH = r"[ \t]+[\u2013\u2014-](?=[ \t])"
"""What follows a glossary's term in bold: a spaced en or em dash, or a hyphen as typed
(`**Refugee** - …`); a term written plain takes a dash only (`Refugee — …`)."""
_TERM = rf"(?![IVXLC]+[ \t]){_CAPITAL}[^\s\u2013\u2014]*(?:[ \t][^\s\u2013\u2014]+){{0,4}}"
"""A glossary's term written plain, a capitalised word and up to four more (`Asylum seeker`,
`Article 1`); not a roman number, which numbers Brazil's *incisos* (`othermarkers.py`), nor,
before its dash, a sentence or clause ending in a stop (`Then it rose. —`)."""
_TIME = r"\d{1,2}:\d{2}(?:[ \t]?(?:[ap]\.?m\.?|[AP]M))?"
"""A clock time, as an agenda starts its lines (`09:30`, `9:30 am`)."""
LINE_LABELS = (
    rf"\n[ \t]*(?:\*\*|__|[A-Z]{{1,3}}{BEFORE_COLON}:|{DATE_OR_DAY}"
    rf"{_DATE_SEPARATOR}|{_PROPERTY}|{_TERM}[ \t]+[\u2013\u2014]|\d{{1,2}}:\d\d|[QA]\.)"
)
"""What a run holds for `labelled_lines` to read it: a regular expression, for
`leftovers.py`, that finds a line starting with a bold label, a short one, a date, a
property, a term, a time or `Q.` (a timestamp's `[` is one of its markers already). A first
label needs a second, on a line of its own."""
_LABEL = pattern(
    r"(?P<mark>\*\*|__)(?P<words>[^*_\s][^*_\n]{0,59}?)"
    rf"(?::(?P=mark)|(?P=mark){BEFORE_COLON}:)(?=[ \t])"
    rf"|[A-Z]{{1,3}}{BEFORE_COLON}:(?=[ \t])"
    r"|\[\d{1,2}:\d{2}(?::\d{2})?\](?=[ \t])"
    rf"|(?P<bold>\*\*|__)?(?:{WRITTEN_DATE})(?(bold)(?P=bold)(?=[ \t])|{_DATE_SEPARATOR})"
)
"""What matches a bold label (`**LF:**`, `**Recommendation 1**:`, `**[00:00:12] LF:**`; not
`** LF:**`, which is no bold and warned as unclosed already), one of one to three capitals
(`Q:`, `A:`, `HX:`), a timestamp (`[00:12:45]`), then a space; or a date, then a dash or a
colon (or in bold: `**15 April 2023**`). A colon may have French's space before it (`Q :`,
`**R 1** :`, `3 mars 2026 :`): a French site's labels are labels too."""
_DAY_LABEL = pattern(
    rf"(?P<bold>\*\*|__)?(?:{DAY_AND_MONTH})(?(bold)(?P=bold)(?=[ \t])|{_DATE_SEPARATOR})"
)
"""What matches a day and month with no year, then a dash or a colon (`14 November —`, `26
Nov:`), or in bold (`**14 November**`): a label only where the paragraph reads as a timeline
(`_with_days`), as one line of wrapped prose may start so (`… on` / `14 November: the …`)."""
_DATED = pattern(rf"(?:\*\*|__)?{DATE_OR_DAY}")
"""What matches a label that is a date, with or without its year, bold or not (`**14
November:**`)."""
_PROPERTY_LABEL = pattern(rf"{_PROPERTY}(?=[ \t\n]|$)")
"""What matches a property's name and colon, then a space or the line's end."""
_SHAPED_LABEL = pattern(
    rf"(?P<term>(?P<mark>\*\*|__)(?P<words>[^*_\s][^*_\n]{{0,59}}?)(?P=mark){_SPACED_DASH}"
    rf"|{_TERM}(?<![.,:;!?])[ \t]+[\u2013\u2014](?=[ \t]))"
    rf"|(?P<time>{_TIME}(?:[ \t]*[\u2013\u2014-][ \t]*{_TIME})?)"
    rf"(?=[ \t]+(?:\*\*|__|[*_])?{_CAPITAL})"
    rf"|(?P<bold_turn>\*\*|__)?(?P<turn>[QA](?:\.|{BEFORE_COLON}:))(?(bold_turn)(?P=bold_turn)?)"
    r"(?=[ \t])"
)
"""What matches a label of a shape wrapped prose starts lines with too: a glossary's term and
dash (`**Refugee** — …`, `Refugee — …`, `Article 1 — …`), an agenda's time (`09:30
Registration`, a range `11:15-11:30 Break`) or an FAQ's `Q.` and `A.` (`**Q. What is
ETS2?**`, `A. A …`), or `Q:` and `A:` where the question is in bold whole (`**Q: Do I need
ID?**`, then `A: Yes …` or `**A:** Yes …`), which no bold label's colon ends."""


_SHAPES = ("term", "time", "turn")
_CAPTION_WORDS = frozenset(
    {
        "Fig",
        "Fig.",
        *TRANSLATIONS,
        *(word for words in TRANSLATIONS.values() for word in words.values()),
    }
)
"""The keywords of caption lines (`Table 1:`, `Figura:`): a caption's lines are warned about
as captions (`blocks.py`), not as properties."""
_MOST_WORDS = 5
"""The words a bold label holds at most: a name or a title, not a sentence in bold."""
_SPACED_DASH_IN = pattern(r"[ \t][\u2013\u2014-][ \t]")
"""A spaced dash inside a line's text: one closing an aside, after a term's dash."""
_QUESTION_END = pattern(r"\?(?:\*\*|__)?[ \t]*$")
"""The end of an FAQ's question, bold or not (`Q. When does it start?`, `**Q. What is …?**`)."""
_AGENDA_LINES = 3
"""The lines an agenda of long items holds at least; two such lines are wrapped prose."""
_LEADS_TO_DAY = frozenset(
    (
        *("on", "by", "until", "till", "from", "since", "before", "after", "to", "of", "the"),
        *("for", "between"),
        *("le", "du", "au", "dès", "depuis", "avant", "après", "jusqu'au", "jusqu\u2019au"),
        *("entre", "pour"),
        *("am", "vom", "bis", "zum", "ab", "seit", "dem", "den", "vor", "nach"),
        *("der", "des", "für"),
        *("el", "del", "al", "hasta", "desde", "em", "ao", "até", "dia", "para"),
        *("il", "dal", "entro", "tra", "fra", "per"),
    )
)
"""The words that lead to a day in a sentence (`due on`, `watch for`, `attendue le`, `folgt am`,
`nämlich der`, `hasta el`, `tra il`), in the languages whose month names `writtendates.py`
reads: a line that breaks off on one is wrapped prose, not a timeline's entry."""
_LONGEST_LEAD = 12
"""Characters before a line's end that hold its last word, when it is one of `_LEADS_TO_DAY`."""
_MAIL_SEPARATOR = pattern(r"-{2,}[ \t]*[A-Z][A-Za-z ]{2,30}?[ \t]*-{2,}[ \t]*$")
"""The line an e-mail client writes above a quoted or forwarded e-mail's header (`-----Original
Message-----`, `---------- Forwarded message ---------`): no property, but no prose either."""
_LINE_START = pattern(r"\n[ \t]*")
_HTML_BREAK = pattern(r"<br[ \t]*/?>[ \t]*$", re.IGNORECASE)
"""A `<br>`, `<br/>` or `<br />` at the end of a line: a line break where raw HTML is trusted."""
_Labelled = tuple[int, int, str, "Callable[[SourcePos, str], Diagnostic]"]
"""Where a labelled line starts in its run, where the line above ends, its label, and the
warning it gets where it runs on."""


def labelled_lines(written: str, *, html_breaks: bool = False) -> Iterator[Found]:
    """Find each line of a paragraph's run that starts with a label and runs on from the line
    above, where another of its lines starts with a label too (or, for a property's `Word:`,
    where every line starts with a label); with `html_breaks` (raw HTML trusted), a `<br>` at
    the end of the line above breaks it."""
    lines = [(0, 0), *((m.end(), m.start()) for m in _LINE_START.finditer(written))]
    labelled: list[_Labelled] = [
        (start, joint, label, _runs_on_warning)
        for start, joint in lines
        if (label := _label(written, start))
    ]
    labelled = _with_days(written, lines, labelled)
    if len(labelled) < len(lines):
        labelled = (
            _property_block(written, lines, labelled) or _shaped_block(written, lines) or labelled
        )
    if "$$" in written and len(labelled) > 1:
        labelled = _outside_maths(labelled, written)
    if len(labelled) < 2:
        return
    for start, joint, label, make in labelled:
        if start and not _breaks(written, joint, html_breaks=html_breaks):
            yield start, label, make


def _with_days(
    written: str, lines: Sequence[tuple[int, int]], labelled: Sequence[_Labelled]
) -> list[_Labelled]:
    """Return `labelled` and the lines that start with a day and month and no year, where the
    paragraph reads as a timeline of this year's (`14 November — …` / `26 November — …`): two
    or more lines start with a date, and every line from the first of them on. Wrapped prose
    passing dates goes on after them (`… and then` / `the Lords …`), and a dash after a day
    that opens an aside another dash closes (`30 June - the date in the bill - to`) is prose's,
    as is a day after a line that breaks off on a word leading to it (`… attendue le` / `3
    juillet : d'ici là …`)."""
    found = {line[0] for line in labelled}
    days: list[_Labelled] = [
        (start, joint, day[0], _runs_on_warning)
        for start, joint in lines
        if start not in found
        and (day := _DAY_LABEL.match(written, start))
        and not _opens_aside(day[0], _line_text(written, start, len(day[0])))
        and not _leads_to_day(written, joint)
    ]
    dated = {at for at in found if _DATED.match(written, at)} | {day[0] for day in days}
    if not days or len(dated) < 2:
        return list(labelled)
    first = min(dated)
    if any(at not in dated for at, _ in lines if at > first):
        return list(labelled)
    return sorted((*labelled, *days), key=lambda line: line[0])


def _leads_to_day(written: str, line_end: int) -> bool:
    """Tell whether the line that ends at `line_end` breaks off on a word that leads to a day
    (`on`, `le`, `am`), so the day on the next line goes on its sentence."""
    words = written[max(0, line_end - _LONGEST_LEAD) : line_end].split()
    return bool(words) and words[-1].casefold() in _LEADS_TO_DAY


def _opens_aside(label: str, text: str) -> bool:
    """Whether a label's dash opens an aside that a spaced dash on its line closes."""
    dash = label.rstrip().endswith(("\u2013", "\u2014", "-"))
    return dash and _SPACED_DASH_IN.search(text) is not None


def _breaks(written: str, line_end: int, *, html_breaks: bool) -> bool:
    """Whether the line ending at `line_end` ends in a hard break, its next line shown on a
    line of its own: a `\\`, two spaces, or a `<br>` where raw HTML is trusted."""
    if ends_in_break(written, line_end):
        return True
    return html_breaks and _HTML_BREAK.search(written, max(0, line_end - 16), line_end) is not None


def _outside_maths(labelled: list[_Labelled], written: str) -> list[_Labelled]:
    """Return the labelled lines that are not inside a `$$ … $$`: a formula's `P: x` is no
    label, and `othersyntax.py` warns about the formula already."""
    spans = list(maths_spans(written))
    ends = [end for _, end in spans]
    kept = []
    for line in labelled:
        at = bisect.bisect_right(ends, line[0])  # the first formula ending after the label
        if at == len(spans) or line[0] < spans[at][0]:
            kept.append(line)
    return kept


def _label(written: str, start: int) -> str | None:
    """Return the label the line at `start` starts with, or None."""
    match = _LABEL.match(written, start)
    if match is None or len((match["words"] or "").split()) > _MOST_WORDS:
        return None
    return match[0]


def _property_block(
    written: str, lines: Sequence[tuple[int, int]], labelled: Sequence[_Labelled]
) -> list[_Labelled]:
    """Return the label of each line (at its start, after its joint), when every line starts
    with one, `labelled` or a property's `Word:`, but for an e-mail client's line above an
    e-mail's header (`-----Original Message-----` / `From: …` / `Sent: …`); else none. A
    `Note:` starting one line of wrapped prose is a lead-in: only a block of properties is
    labelled throughout."""
    found = {line[0]: line for line in labelled}
    block: list[_Labelled] = []
    if len(lines) > 2 and _MAIL_SEPARATOR.match(written, 0, lines[1][1]):
        lines = lines[1:]  # an e-mail's header, under the line its client writes above it
    for start, joint in lines:
        line = found.get(start)
        if line is None and (named := _PROPERTY_LABEL.match(written, start)) is not None:
            name = named[0]
            if name[0].isupper() and name[:-1].split()[0] not in _CAPTION_WORDS:
                line = start, joint, name, _runs_on_warning
        if line is None:
            return []
        block.append(line)
    return block


def _shaped_block(written: str, lines: Sequence[tuple[int, int]]) -> list[_Labelled]:
    """Return the label of each line, when every line starts with a label of one shape: a
    glossary's terms, an agenda's times, an FAQ's `Q.` and `A.`; else none. A `Refugee —`
    or a `10:00` starting a line of wrapped prose is none, nor is a term above a property."""
    block: list[_Labelled] = []
    shape = None
    for start, joint in lines:
        match = _SHAPED_LABEL.match(written, start)
        if match is None or len((match["words"] or "").split()) > _MOST_WORDS:
            return []
        shape = shape or next(name for name in _SHAPES if match[name])
        if (label := match[shape]) is None:
            return []
        make = _term_runs_on_warning if shape == "term" else _runs_on_warning
        block.append((start, joint, label, make))
    texts = [_line_text(written, start, len(label)) for start, _, label, _ in block]
    return block if _reads_as(shape, [label for _, _, label, _ in block], texts) else []


def _line_text(written: str, start: int, label_length: int) -> str:
    """Return what follows the label on the line at `start`."""
    end = written.find("\n", start)
    return written[start + label_length : end if end >= 0 else len(written)]


def _reads_as(shape: str | None, labels: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether lines of one shape read as that shape's, not as sentences one a line: a plain
    term with a second spaced dash on its line opens an aside (`The minister — speaking in
    Brussels — said …`), and a dash between numbers is a score (`The 4 — 2 result`); an
    FAQ asks a question (`Q. Smith and` / `A. Jones wrote` are initials); two times start an
    agenda's short items (`10:30 Coffee was served later than planned, because the` wraps)."""
    lines = list(zip(labels, texts, strict=True))
    if shape == "term":
        return not any(
            not label.startswith(("**", "__")) and _reads_as_prose(label, text)
            for label, text in lines
        )
    if shape == "turn":
        questions = [text for label, text in lines if label.startswith("Q")]
        return bool(questions) and all(_QUESTION_END.search(text) for text in questions)
    if shape == "time" and len(labels) < _AGENDA_LINES:
        return all(len(text.split()) <= _MOST_WORDS for text in texts)
    return True


def _reads_as_prose(term: str, text: str) -> bool:
    """Whether a plain term's line is a sentence: its dash opens an aside another dash
    closes, or stands between numbers."""
    between_numbers = term.rstrip(" \t\u2013\u2014")[-1:].isdigit() and text.lstrip()[:1].isdigit()
    return between_numbers or _SPACED_DASH_IN.search(text) is not None


def _runs_on_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"line starts with the label `{shown}` but runs on from the line above, in one paragraph",
        hint="leave a blank line between the lines, or end the line above with `\\` (or two "
        "spaces) for a line break; or make them a list, each line starting `- `",
    )


def _term_runs_on_warning(pos: SourcePos, term: str) -> Diagnostic:
    """Warn at a glossary's line: a term bullet shows each term and its text on its own."""
    written = term.rstrip(" \t\u2013\u2014-").strip("*_")
    return warning(
        pos,
        f"line starts with the label `{term}` but runs on from the line above, in one paragraph",
        hint=f"make each line a term bullet, `- **{written}** — …` (with an em dash); or leave "
        "a blank line between the lines, or end the line above with `\\` (or two spaces) for "
        "a line break",
    )
