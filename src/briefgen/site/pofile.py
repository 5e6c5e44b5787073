"""What a `.po` file's lines say that Babel's reader drops without a word.

Babel keeps the first of two definitions of one msgid, takes `msgstr[0]` for the translation
of a label that has no plural (and a plain `msgstr` for the first form of one that has),
leaves an escape it does not know (`\\x`) in the text, and reads a `msgctxt` that no page
asks for. GNU msgfmt rejects the first three; the pages would show what Babel made of them.
So the catalog check reads the entries' keywords itself, from lines it has already found to
be gettext (`site/catalogs.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, error, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.diagnostics import Diagnostic

_KEYWORD_LINE = pattern(r"(?P<keyword>msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) ")
_ESCAPE = pattern(r"\\(.)")
_CHARACTER = pattern(r"\\.|.", re.DOTALL)
"""One character of a quoted string's text: an escape or a character as it is."""
KNOWN_ESCAPES = frozenset('\\"abfnrtv')
"""The letters after `\\` that Babel reads as GNU gettext does. GNU also reads octal and hex
escapes (`\\101`, `\\x41`), which Babel leaves as they are."""


@dataclass
class _Entry:
    """The keywords of one entry, as they are read: where each is, and the msgid's text."""

    line: int
    """1-based line of the entry's `msgid`, or of its `msgctxt` when it has one."""
    context: str | None = None
    """The `msgctxt` text, escapes as written; None without one."""
    msgid: list[str] = field(default_factory=list)
    """The msgid's quoted pieces, escapes as written."""
    msgid_line: int = 0
    """1-based line of `msgid`."""
    plural: bool = False
    """Whether the entry has `msgid_plural`."""
    forms: list[tuple[str, int]] = field(default_factory=list)
    """Each `msgstr` or `msgstr[n]` keyword, with its 1-based line."""


def validate_po_lines(lines: Sequence[str], rel: str) -> list[Diagnostic]:
    """Return the problems of a `.po`'s entries that Babel's reader would pass over.

    `lines` are the file's lines, each already known to be a comment, a keyword line or a
    quoted string (`site/catalogs.py`); obsolete `#~` entries are comments here, as for gettext.
    """
    problems = _escape_errors(lines, rel)
    seen: dict[tuple[str | None, str], int] = {}
    for entry in _entries(lines):
        problems += _entry_problems(entry, rel, seen)
    return sorted(problems, key=lambda d: (d.pos.line, d.pos.column))


def translation_pos(
    lines: Sequence[str], rel: str, msgid_line: int, form: int | None, offset: int | None
) -> SourcePos:
    """Return where character `offset` of a translation is written: in the entry whose msgid
    is on `msgid_line`, its `msgstr` (`form` None) or `msgstr[form]`, on the keyword's line or
    the `"…"` line continuing it. Its keyword's line when `offset` is None; the msgid's line
    when the entry has no such translation."""
    keyword = "msgstr" if form is None else f"msgstr[{form}]"
    entry = _entry_at(lines, msgid_line)
    number = next((n for k, n in entry.forms if k == keyword), None) if entry else None
    if number is None:
        return SourcePos(rel, msgid_line)
    if offset is None:
        return SourcePos(rel, number)
    for at in range(number, len(lines) + 1):
        line = lines[at - 1]
        if at > number and not line.lstrip().startswith('"'):
            break
        for character in _CHARACTER.finditer(line, line.find('"') + 1, line.rfind('"')):
            if offset == 0:
                return SourcePos(rel, at, character.start() + 1)
            offset -= 1
    return SourcePos(rel, number)


_LAST_READ: list[tuple[Sequence[str], dict[int, _Entry]]] = []
"""The last catalog's entries by their msgid's line, with its lines: a catalog with thousands
of mistakes reads its entries once, not once for each."""


def _entry_at(lines: Sequence[str], msgid_line: int) -> _Entry | None:
    """Return the entry of `lines` whose msgid is on `msgid_line`."""
    if not _LAST_READ or _LAST_READ[0][0] is not lines:
        _LAST_READ[:] = [(lines, {entry.msgid_line: entry for entry in _entries(lines)})]
    return _LAST_READ[0][1].get(msgid_line)


def _escape_errors(lines: Sequence[str], rel: str) -> list[Diagnostic]:
    """Return an error at each escape in a quoted string that Babel would not read as
    gettext does."""
    found = []
    for number, line in enumerate(lines, start=1):
        if line.lstrip().startswith("#"):
            continue
        start = line.find('"')
        for match in _ESCAPE.finditer(line, start if start != -1 else len(line)):
            if match[1] in KNOWN_ESCAPES:
                continue
            octal_or_hex = match[1] in "01234567x"
            hint = (
                "write the character itself (briefgen reads no octal or hex escape),"
                " or a backslash as `\\\\`"
                if octal_or_hex
                else 'gettext knows \\n, \\t, \\r, \\", \\\\, \\a, \\b, \\f and \\v;'
                " write a backslash as `\\\\`"
            )
            at = SourcePos(rel, number, match.start() + 1)
            found.append(error(at, f"`\\{match[1]}` is not an escape briefgen reads", hint))
    return found


def _entries(lines: Sequence[str]) -> list[_Entry]:
    """Return the entries of a `.po`, each with its keywords' lines."""
    entries: list[_Entry] = []
    current: _Entry | None = None
    piece: list[str] | None = None  # the string a `"…"` line continues, when it is read
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        match = _KEYWORD_LINE.match(line)
        if match is None:
            if line.startswith('"') and piece is not None:
                piece.append(line[1:-1])
            continue
        keyword, text = match["keyword"], line[match.end() + 1 : -1]
        starts = keyword == "msgctxt" or (keyword == "msgid" and not _only_context(current))
        if current is None or starts:
            current = _Entry(number)
            entries.append(current)
        piece = None
        if keyword == "msgctxt":
            current.context = text
        elif keyword == "msgid":
            current.msgid, current.msgid_line = [text], number
            piece = current.msgid
        elif keyword == "msgid_plural":
            current.plural = True
        else:
            current.forms.append((keyword, number))
    return entries


def _only_context(entry: _Entry | None) -> bool:
    """Return True when `entry` has its `msgctxt` and no `msgid` yet."""
    return entry is not None and entry.context is not None and not entry.msgid_line


def _entry_problems(
    entry: _Entry, rel: str, seen: dict[tuple[str | None, str], int]
) -> list[Diagnostic]:
    """Return what is wrong with one entry; `seen` holds the line of each msgid so far."""
    found = []
    if entry.msgid_line:
        key = (entry.context, "".join(entry.msgid))
        if key in seen:
            at = SourcePos(rel, entry.msgid_line)
            message = f"duplicate message definition: {key[1]!r} is defined at line {seen[key]}"
            found.append(error(at, message, "keep one of the two entries"))
        else:
            seen[key] = entry.msgid_line
    for keyword, number in entry.forms:
        indexed = keyword != "msgstr"
        if indexed and not entry.plural:
            hint = 'write `msgstr "…"`, or add the `msgid_plural` of a label with plural forms'
            found.append(error(SourcePos(rel, number), f"`{keyword}` without `msgid_plural`", hint))
        elif entry.plural and not indexed:
            hint = "write each plural form as `msgstr[0]`, `msgstr[1]`, …"
            found.append(error(SourcePos(rel, number), "`msgstr` after `msgid_plural`", hint))
    if entry.context is not None and entry.msgid_line:
        found.append(
            warning(
                SourcePos(rel, entry.line),
                f"{''.join(entry.msgid)!r} is never used: pages ask for no `msgctxt`",
                "remove the `msgctxt` line: templates translate with `_()` and `ngettext()`,"
                " which take no context",
            )
        )
    return found
