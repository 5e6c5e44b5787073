"""Zero-width characters in the front matter's plain-text fields: left out, with a warning.

A zero-width space (U+200B), a word joiner (U+2060) or a byte order mark (U+FEFF) pasted into a
title, a summary, an author or a source's title or publisher is drawn as nothing, so the page
looks right while its `<title>`, the feed, `briefing.json` and a search of the site hold
another text (`Budget<U+200B>cuts` is no match for `Budget cuts`). So is a zero-width joiner
or non-joiner (U+200D, U+200C) beside an ASCII character or at the text's end, where it joins
nothing. Each is left out of the field with a warning at it, as a tag's are (`tags.py`). Kept
without a word: a zero-width space between two letters of a script written without spaces
(Thai, Lao, Khmer, Myanmar, Tibetan; Chinese, Japanese and Korean), where it marks where a
line may break; joiners between Arabic or Indic letters or inside an emoji, which change what
is shown; and the soft hyphen, a word's place to break. A file's name holding one (a soft
hyphen, a direction control or another character no one sees, too) is a warning at the file:
its page's address leaves it out, silently otherwise; so is one holding a control character
(a tab, a line break or another C0 or C1 control), which its address drops or makes a hyphen.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from briefgen.content.cjk import is_cjk
from briefgen.content.fieldrefs import replace_plain_text
from briefgen.content.invisible import LOOSE_JOINERS, invisible_codes, shows_nothing
from briefgen.content.plainfields import plain_texts
from briefgen.diagnostics import SourcePos, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    import re

    from briefgen.content.yamldocument import YamlDocument, YamlPath
    from briefgen.diagnostics import Diagnostic

_STRAY = pattern(f"[\u200b\u2060\ufeff]|{LOOSE_JOINERS}")
"""A zero-width space, word joiner or byte order mark; a run of joiners or non-joiners beside
an ASCII character or at the text's ends (`invisible.py` leaves the same out of a tag)."""
_DROPPED_FROM_NAMES = frozenset(
    "\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u180f\u200e\u200f\u202a\u202b\u202c\u202d"
    "\u202e\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e"
    "\u206f\u3164\uffa0\U0001d173\U0001d174\U0001d175\U0001d176\U0001d177\U0001d178\U0001d179"
    "\U0001d17a"
)
"""Other characters no one sees that a page's address leaves out of a file's name, silently
before: direction marks, embeddings, overrides and isolates (`a<U+202E>b.md` is `ab/`, and
shows as `ab` reversed), the combining grapheme joiner, invisible operators, Hangul fillers."""
_SELECTORS = frozenset(
    "\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09"
    "\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f"
)
"""Variation selectors: after an emoji or a CJK ideograph they choose its glyph; after an
ASCII character they change nothing but the name."""
_UNSPACED_SCRIPTS = pattern("[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff]")
"""Thai, Lao, Tibetan, Myanmar and Khmer: written without spaces between words."""


def stray_invisible_warnings(doc: YamlDocument) -> list[Diagnostic]:
    """Leave the stray zero-width characters out of each plain-text field of `doc` but the
    tags (`tags.py` leaves theirs out), in `doc.data`; return a warning at each such field."""
    found: list[Diagnostic] = []
    for path, text in list(plain_texts(doc.data)):
        if path[0] == "tags" or text.isascii() or shows_nothing(text):
            continue  # a field of only such characters is an error of its own
        stray = [match for match in _STRAY.finditer(text) if not _line_break_hint(match)]
        if not stray:
            continue
        cut = {index for match in stray for index in range(match.start(), match.end())}
        replace_plain_text(doc.data, path, "".join(c for i, c in enumerate(text) if i not in cut))
        codes = invisible_codes("".join(match[0] for match in stray))
        what = "invisible characters" if "," in codes else "an invisible character"
        message = f"{_named(path)} holds {what} ({codes}), left out"
        it = "them" if "," in codes else "it"
        hint = (
            f"delete {it}: no reader sees {it}; the page's title, feed and search would hold {it}"
        )
        found.append(warning(doc.pos(*path), message, hint))
    return found


def _line_break_hint(match: re.Match[str]) -> bool:
    """Whether a zero-width space stands between two letters of a script written without
    spaces, where it tells a line where it may break."""
    text, start, end = match.string, match.start(), match.end()
    if match[0] != "\u200b" or start == 0 or end == len(text):
        return False
    return all(
        _UNSPACED_SCRIPTS.match(char) or is_cjk(char) for char in (text[start - 1], text[end])
    )


def _named(path: YamlPath) -> str:
    """Return how a message names the field at `path`: `title`, `authors` item 2, `sources`
    item 1: `publisher`."""
    if len(path) == 1:
        return f"`{path[0]}`"
    named = f"`{path[0]}` item {int(str(path[1])) + 1}"
    return named + (f": `{path[2]}`" if len(path) == 3 else "")


def file_name_warning(path: str) -> Diagnostic | None:
    """Return a warning at the file `path` when its name holds a zero-width character or a
    soft hyphen, which its page's address leaves out (`bud<U+200B>get.md` is `budget/`)."""
    name = path.rsplit("/", 1)[-1]
    if name.isascii():
        return None
    stray = [m[0] for m in _STRAY.finditer(name) if not _line_break_hint(m)]
    stray += ["\u00ad"] if "\u00ad" in name else []
    stray += [char for char in name if char in _DROPPED_FROM_NAMES]
    stray += [b for a, b in itertools.pairwise(name) if a.isascii() and b in _SELECTORS]
    if not stray:
        return None
    codes = invisible_codes("".join(stray))
    what = "invisible characters" if "," in codes else "an invisible character"
    message = f"the file's name holds {what} ({codes}), which its page's address leaves out"
    return warning(SourcePos(path, 1), message, "rename the file without it")


def control_in_name_warning(path: str) -> Diagnostic | None:
    """Return a warning at the file `path` when its name holds a control character, which no
    editor shows and its page's address drops (U+0085) or makes a hyphen (U+0001, a tab)."""
    name = path.rsplit("/", 1)[-1]
    found = dict.fromkeys(char for char in name if char in "\t\n\r" or _is_control(char))
    if not found:
        return None
    codes = ", ".join(f"U+{ord(char):04X}" for char in found)
    what = "control characters" if len(found) > 1 else "a control character"
    message = f"the file's name holds {what} ({codes}), which its page's address drops or makes `-`"
    return warning(SourcePos(path, 1), message, "rename the file without it")


def _is_control(char: str) -> bool:
    """Say whether `char` is a C0 or C1 control or DEL."""
    return char < " " or "\x7f" <= char <= "\x9f"
