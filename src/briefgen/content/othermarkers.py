"""List markers of other scripts and typographic traditions, which Markdown never reads.

A Markdown list numbers its items with ASCII digits only. Russian and Greek letter their
items (`а)`, `б)`; `α)`, `β)`), Arabic, Persian and Hindi number them in their own digits
(`١.`, `۱.`, `१.`), Chinese and Japanese write `一、`, `（一）`, `１．` or `①`, French
law `1°`, Spanish `1.º`, Italian `1ª`, Brazilian law its *incisos* `I –`, German law `§ 1`.
Pasted on consecutive lines, such items run into one paragraph as ASCII letters do; so
`listmarkers.py` reads these markers too, and warns where they count on as a list's do,
in the order of their alphabet, digits or numerals. Prose in those languages names them
inside its lines (`подпункт а) пункта 2`, `nach § 3`), which makes those at its line starts
references too.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from briefgen.patterns import pattern

_ALPHABETS = {
    "cyrillic": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "cyrillic-listed": "абвгдежзиклмнопрстуфхцчшщэюя",  # lists skip `ё`, `й` and the signs
    "ukrainian": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "greek": "αβγδεζηθικλμνξοπρστυφχψω",
}
"""Alphabets in their order, by which letters count on; a letter may count in several."""
_LETTERS = "".join(sorted({letter for alphabet in _ALPHABETS.values() for letter in alphabet}))
_LETTER_CLASS = f"[{_LETTERS}{_LETTERS.upper()}]"
_CJK_DIGITS = dict(zip("〇一二三四五六七八九", range(10), strict=True))
_CJK_NUMERAL = "[〇一二三四五六七八九十]{1,3}"
_CIRCLED_RUNS = (
    ("circled", "\u2460", 1, 20),  # ①–⑳
    ("circled", "\u3251", 21, 15),  # ㉑–㉟
    ("circled", "\u32b1", 36, 15),  # ㊱–㊿
    ("parenthesized", "\u2474", 1, 20),  # ⑴–⒇
    ("full-stop", "\u2488", 1, 20),  # ⒈–⒛
    ("negative", "\u2776", 1, 10),  # ❶–❿
    ("negative", "\u24eb", 11, 10),  # ⓫–⓴
    ("double", "\u24f5", 1, 10),  # ⓵–⓾
    ("sans", "\u2780", 1, 10),  # ➀–➉
    ("sans-negative", "\u278a", 1, 10),  # ➊–➓
)
_CIRCLED = {
    chr(ord(first) + offset): (numbering, number + offset)
    for numbering, first, number, count in _CIRCLED_RUNS
    for offset in range(count)
}
"""Each circled or parenthesized number (`①`, `⑴`, `❶`): its numbering and number."""
_CIRCLED_CLASS = f"[{''.join(_CIRCLED)}]"
_KINDS = {
    "letter": rf"\({_LETTER_CLASS}\)|{_LETTER_CLASS}\)",  # а) (б) α)
    "ordinal": r"\d{1,2}\.?[°ºª]",  # 1° 1.º 1ª
    "digits": r"[（(]\d{1,2}[）)]|\d{1,2}[.)．）、]",  # ١. ۱) (१) １． 1、
    "cjk": rf"[（(]{_CJK_NUMERAL}[）)]|{_CJK_NUMERAL}[、．]",  # （一） 一、
    "circled": _CIRCLED_CLASS,  # ① ⑴ ❶
    "roman": r"[IVXLC]{1,7}[ \t]+[\u2013\u2014-]",  # I – (Brazil's incisos)
    "section": r"\u00a7[ \t\u00a0]*\d{1,3}\.?",  # § 1
}
"""Each kind of marker of an item in another script or tradition."""
_MARKER = pattern("|".join(f"(?P<{kind}>{shape})" for kind, shape in _KINDS.items()))
LINE_MARKS = r"\n[ \t]*(?:" + "|".join(_KINDS.values()) + ")"
"""What a run holds for `listmarkers.pasted_list_lines` to read these markers in it: a
regular expression, for `leftovers.py`, that finds a line starting like one."""
_UNSPACED = frozenset({"cjk", "circled", "、", "．", "）"})
"""Markers, by kind or last character, that Chinese and Japanese write with no space after."""
_IN_LINE = pattern(
    rf"(?<=\S[ \t])\(?{_LETTER_CLASS}\)"  # `подпункт а) пункта 2`
    rf"|(?<=\S)[（(]{_CJK_NUMERAL}[）)]|(?<=\S){_CIRCLED_CLASS}"  # `按照（一）`, `①と②`
    r"|(?<=\S[ \t])\d{1,2}\.?[°ºª]"  # `au 1° du I`
    r"|(?<=\S)[ \t]*\(?\u00a7[ \t\u00a0]*\d{1,3}"  # `nach § 3`, `(§ 4)`
)
"""One of these markers named inside a line; never `一、`, as a word may end in `一`."""


def other_marker(line: str) -> str | None:
    """Return the marker of another script or tradition a line starts with (`а)`, `١.`,
    `一、`, `①`, `1°`, `I –`, `§ 1`) before its text, or None."""
    match = _MARKER.match(line)
    if match is None or not other_counts(match[0]):
        return None
    rest = line[match.end() :]
    spaced = rest[:1] in (" ", "\t") or not _UNSPACED.isdisjoint((match.lastgroup, match[0][-1]))
    return match[0] if spaced and rest.strip() else None


def other_references(written: str) -> set[str]:
    """Return the numberings of these markers that a paragraph names inside its lines."""
    found = () if written.isascii() else _IN_LINE.finditer(written)
    return {
        numbering for match in found for numbering, _, _ in other_counts(match[0].lstrip(" \t("))
    }


def other_counts(marker: str) -> list[tuple[str, int, int]]:
    """Return each numbering a marker of another script or tradition may count in, with its
    number there and the step to the next (as `listmarkers._counts` does); none for any
    other marker, nor for one in ASCII digits (`3.`, `(1)`), which `listmarkers` counts."""
    match = _MARKER.fullmatch(marker)
    kind = match.lastgroup if match else None
    if kind is None or (kind == "digits" and marker.isascii()):
        return []
    style = re.sub(r"\d+|[^\W\d_]+|\s+", lambda part: "" if part[0].isspace() else "0", marker)
    if kind == "letter":
        letter = marker.strip("()").lower()
        case = "lower" if marker.islower() else "upper"
        return [
            (f"{style}{name}-{case}", alphabet.index(letter) + 1, 1)
            for name, alphabet in _ALPHABETS.items()
            if letter in alphabet
        ]
    if kind == "cjk":
        number = _cjk_number(marker.strip("（()）、．"))
        return [] if number is None else [(re.sub(_CJK_NUMERAL, "一", marker), number, 1)]
    if kind == "circled":
        numbering, number = _CIRCLED[marker]
        return [(numbering, number, 1)]
    if kind == "roman":
        number = _roman_numbers().get(marker.split()[0])
        return [] if number is None else [("roman-dash", number, 1)]
    digits = re.search(r"\d+", marker)
    assert digits is not None  # the other kinds are numbered in digits
    script = unicodedata.name(digits[0][0]).rpartition(" DIGIT")[0]
    number = int("".join(str(unicodedata.decimal(digit)) for digit in digits[0]))
    return [(f"{style}{script}", number, 1)]


def _cjk_number(numeral: str) -> int | None:
    """Return the value of a Chinese or Japanese numeral to 99 (`三` 3, `十二` 12, `二十` 20)."""
    if "十" not in numeral:
        return _CJK_DIGITS.get(numeral)
    tens, _, ones = numeral.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    ten = _CJK_DIGITS.get(tens, 0) if tens else 1
    one = _CJK_DIGITS.get(ones, 0) if ones else 0
    return ten * 10 + one if ten else None


@functools.cache
def _roman_numbers() -> dict[str, int]:
    """Return the upper-case roman numbers to 399 as they are written (`IV`, never `IIII`),
    with their values."""
    return {_written_roman(number): number for number in range(1, 400)}


def _written_roman(number: int) -> str:
    """Return a number to 399 in roman letters, as it is usually written (`XIV`)."""
    written = ""
    for value, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX")):
        count, number = divmod(number, value)
        written += letters * count
    return written + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII")[number]
