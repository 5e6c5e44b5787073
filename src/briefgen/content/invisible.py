"""Characters a reader cannot see (Unicode's default-ignorable code points): a title or tag
made only of them shows nothing, and one inside a tag or a callout marker makes a look-alike
that would otherwise be taken for another name (`ab` with a zero-width space inside is not `ab`
to a computer).
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from briefgen.patterns import pattern

if TYPE_CHECKING:
    import re
    from collections.abc import Iterable

INVISIBLE = pattern(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
"""One default-ignorable character (DerivedCoreProperties.txt): zero-width spaces and joiners,
the soft hyphen, direction marks, variation selectors, Hangul fillers, tag characters."""
_UNSEEN = pattern(f"{INVISIBLE.pattern}|\u2800")
"""An invisible character, or the braille pattern blank: not default-ignorable, but a dot
pattern with no dots, drawn as nothing (the usual way to post a "blank" name)."""
HIDDEN_BLANK = f"[{INVISIBLE.pattern[1:-1]}\u2800\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
"""A character class: an invisible character, or a space other than a plain one (a no-break or
an ideographic space). Either looks like a space or nothing where a line starts, but Markdown
reads a marker only after plain spaces: `\u00a0## Key` is a paragraph showing its `##`."""
_NEVER_SHOWN = pattern("[\u00ad\u180e\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
"""Zero-width characters that change nothing a tag shows: the soft hyphen (a place to break a
word), the zero-width space, the word joiner and the zero-width no-break space; and the
direction controls (embeddings, overrides, isolates), which set no letter of a tag's page name
but gave one of its own (`ab`, and `a` and `b` with an isolate around `b`, were two pages)."""
LOOSE_JOINERS = "(?:^|(?<=[\x00-\x7f]))[\u200c\u200d]+|[\u200c\u200d]+(?=[\x00-\x7f]|$)"
"""A run of zero-width joiners or non-joiners beside an ASCII character or at a text's ends,
where it joins nothing (between Arabic or Indic letters, or in an emoji, it does)."""
_LOOSE_JOINER = pattern(LOOSE_JOINERS)
"""Zero-width joiners or non-joiners beside an ASCII character or at the text's end, where
they join nothing: between Arabic or Indic letters, or emoji, they change what is shown."""


_REFERENCE = r"(?<!\\)&(?:#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});"
"""A character reference as Markdown reads one (`&#8203;`, `&#x200B;`, `&shy;`), unescaped."""
_TYPED_OR_REFERENCE = pattern(f"{INVISIBLE.pattern}|{_REFERENCE}")


def first_invisible(written: str) -> int | None:
    """Return the offset in Markdown as `written` of its first invisible character, typed or
    as a character reference (`&#8203;`, `&shy;`), or None when it holds none."""
    # Here, not at the top: a build with nothing to do imports this module, not markdown-it.
    from markdown_it.common.utils import unescapeAll

    for found in _TYPED_OR_REFERENCE.finditer(written):
        if INVISIBLE.fullmatch(unescapeAll(found[0])):
            return found.start()
    return None


def past_invisible(written: str) -> int:
    """Return the offset in Markdown as `written` past the invisible characters it starts
    with, typed or as character references (`&#8203;[!NOTE]` gives 7)."""
    from markdown_it.common.utils import unescapeAll

    at = 0
    while (found := _TYPED_OR_REFERENCE.match(written, at)) and INVISIBLE.fullmatch(
        unescapeAll(found[0])
    ):
        at = found.end()
    return at


def shows_nothing(text: str) -> bool:
    """Return True when `text` holds only spaces and invisible characters (or nothing)."""
    shown = text.strip()
    if shown and not _UNSEEN.match(shown):
        return False  # its first character past the spaces shows: no need to read the rest
    return not _UNSEEN.sub("", shown).strip()


def invisible_codes(text: str) -> str:
    """Return the invisible characters of `text` as code points, each once: `U+200B, U+200D`."""
    return code_points(_UNSEEN.findall(text))


def code_points(chars: Iterable[str]) -> str:
    """Return characters as code points, each once, in order: `U+200B, U+200D`."""
    return ", ".join(f"U+{ord(char):04X}" for char in dict.fromkeys(chars))


def named_characters(text: str) -> str:
    """Return the characters of `text`, each once, by code point and Unicode name:
    `U+200B ZERO WIDTH SPACE, U+00A0 NO-BREAK SPACE`."""
    found = dict.fromkeys(text)
    return ", ".join(f"U+{ord(char):04X} {unicodedata.name(char, '')}".rstrip() for char in found)


def left_by(text: str) -> str:
    """Return where hidden characters among `text` likely came from, for a hint."""
    if "\ufeff" in text:
        return (
            "a byte order mark is left inside a file where two files were joined, "
            "as `cat a.md b.md` does"
        )
    return "most editors show it as a space, or as nothing"


def without_invisible(text: str) -> str:
    """Return `text` without the zero-width characters that cannot change how it looks."""
    return _LOOSE_JOINER.sub("", _NEVER_SHOWN.sub("", text))


def visibly(text: str) -> str:
    """Return `text` with each invisible character written as its escape (`\\u200c`), for a
    message naming two strings that would otherwise look alike."""
    return _UNSEEN.sub(_escape, text) if not text.isascii() else text


def _escape(found: re.Match[str]) -> str:
    code = ord(found[0])
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
