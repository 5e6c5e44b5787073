"""The keyword that starts a caption line, in each language the theme speaks: `Figure:`,
`Figura:`, `Tabla:`, `Tableau :`.

An author writes the keyword in the language they write in. The keyword itself is never
shown (its caption is), so every language's keyword is read in every briefing: a translation
keeps its figures whichever keyword it was written with, and no keyword is silently text.
The theme's catalogs have no "Figure" or "Table" to read them from (no page shows the words).

Reports number their figures and tables (`Figure 1:`, `Table 2.1:`, `Fig. 3:`); briefgen
numbers none, and the text refers to them by the author's number ("see Table 2"). So a
numbered keyword starts a caption line too, and its label is kept as the caption's start.
Ended with a full stop or a dash instead (`Figure 1.`, `Table 2 -`), it is no keyword:
wrapped prose starts lines so (`…shown in` / `Figure 2. Turnout fell…`); where a caption
goes, it is warned about.

Where a caption goes (right below an image alone, right above a table) a keyword is read in
any case, as Pandoc reads `table:` (`any_case`); anywhere else only as written here, so a
wrapped line of prose (`…the key` / `figure: 3.2 million`) is not taken for a stray caption.

A caption's label in a language or tool briefgen has no keyword for (`Abbildung 2:`, `Tabelle
1:`, `Map 1:`) is read as a label, never as a keyword: where a caption goes, it is warned about
with the hint to write the keyword before it, the same for an image and a table.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Mapping

TRANSLATIONS: Mapping[str, Mapping[str, str]] = {
    "Figure": {"es": "Figura", "fr": "Figure", "pt": "Figura"},
    "Table": {"es": "Tabla", "fr": "Tableau", "pt": "Tabela"},
}
"""Each English caption keyword's word in each other language the theme has a catalog for."""
_ABBREVIATIONS: Mapping[str, tuple[str, ...]] = {"Figure": ("Fig.", "Fig")}
"""Short forms of a keyword, written before a number only (`Fig. 3:`), in every language."""
SOURCE_LABELS = frozenset(
    # English, Spanish, French, German, Portuguese and Italian; each lower-cased.
    (
        "source", "sources", "data source", "data sources", "source note", "note", "notes",
        "fuente", "fuentes", "fuente de datos", "nota", "notas",
        "source des données", "sources des données", "remarque",
        "quelle", "quellen", "datenquelle", "anmerkung", "anmerkungen", "hinweis",
        "fonte", "fontes", "fonte de dados", "fonti",
    )
)  # fmt: skip
"""What labels a figure's or table's source or note before its colon (`Source:`, `Note:`,
`Fuente:`, `Quelle:`): `import` keeps such a line under a table's rows, and the build warns
of one right under a caption's line, which it joins."""
_TABLE_WORDS = frozenset(
    (
        *("tabelle", "tabel", "tabell", "tabella", "tabelul", "taulukko", "tabulka", "tabuľka"),
        *("táblázat", "tábla", "tafla", "lentelė", "tabula", "tablica", "tabela", "tablo"),
        *("таблица", "таблиця", "табела", "πίνακας", "טבלה", "جدول", "الجدول", "तालिका"),
        *("表", "표", "ตาราง", "bảng", "jadual", "cuadro", "quadro", "tavola"),
        *("tab.", "tab", "tabl.", "tav."),
    )
)
"""The word for a table in languages the theme has no catalog for, Spanish's, Portuguese's and
Italian statistics' other one (`Cuadro 3:`, `Quadro 6:`, `Tavola 1:`) and the short forms
(German's and Italian's `Tab. 1:`, French's `Tabl. 1 :`, `Tav. 2:`), casefolded: a numbered
label of one of them by a table is its caption, mistyped. A report's `Exhibit` is none: it
labels a chart or an attachment (`Exhibit A:`) as often as a table."""
BEFORE_COLON = "[ \u00a0\u202f]?"
"""What may stand before a label's colon: French writes a space there, often a no-break one
(`Tableau : …`), and a narrow one as Word types it; one, as two are a gap, not typography."""
_COLON = "[:\uff1a]"
"""The colon that ends a label: Chinese and Japanese write a full-width one (U+FF1A), with no
space after it."""
_NUMBER = r"(?:\d{1,3}(?:\.\d{1,3})*[a-z]?|[A-Z]\d{0,3}(?:\.\d{1,3})*|[IVX]{1,6})"
"""A figure's or table's number as reports write it: `1`, `2.1`, `3a`, `A1`, `A`, `IV`."""
_BEFORE_NUMBER = "(?:[ \u00a0]|(?<=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]))"
"""A space between a keyword and its number; none after a Chinese, Japanese or Korean word,
which these languages write with no space (`表1`, `图1`, then a full-width colon)."""
_NUMBERED = rf"{_BEFORE_NUMBER}{_NUMBER}{BEFORE_COLON}{_COLON}"
"""A keyword's number, then the colon that ends the label."""
_SPACED_NUMBERED = rf"[ \u00a0]{_NUMBER}{BEFORE_COLON}{_COLON}"
"""`_NUMBERED` after keywords in ASCII (`Figure`, `Tabla`): the lookbehind for a CJK word could
never match after one, and is a millisecond of each compile (its class holds 40,000 characters)."""
_OTHER_END = rf"[ \u00a0]{_NUMBER}(?:\.|[ \u00a0][-\u2013\u2014])(?=\s)"
"""A keyword's number ended by a full stop or a dash: `Figure 1. Turnout`, `Table 2 - Arrivals`
(never `Figure 1.5 shows`)."""
_LABEL = pattern(
    rf"[^\W\d_][\w'\u2019.-]*(?:[ \u00a0][\w'\u2019.-]+){{0,3}}{BEFORE_COLON}(?::(?=\s)|\uff1a)"
)
"""A line's label in up to four words, the first starting with a letter, then a colon: `Map 1:`,
`Chart:`, `Photo credit:`, `Abbildung 2:`, what a caption line of some other tool or language
starts with. A full-width colon (`图1` then U+FF1A) needs no space after it."""


_NUMBERED_LABEL = pattern(f"{_NUMBERED}$")
"""A label's number and colon at its end (`Tabelle 1:`)."""


def caption_keyword(text: str, prefix: str, *, any_case: bool = False) -> str | None:
    """Return the keyword of the caption prefix `prefix` (`Table: `) that `text` starts with,
    as written: its word or a translation of it, numbered or not, then the colon (`Tabla:`,
    `Tableau :`, `Table 2.1:`, `Fig. 3:`; with `any_case`, `table:` or `TABLE 2:` too). None
    when it starts with none. A prefix with no translation (a plugin's) is read as written."""
    patterns = _keyword_patterns(prefix, any_case=any_case)
    if patterns is None:
        keyword = prefix.strip()
        written = text[: len(keyword)]
        same = written.casefold() == keyword.casefold() if any_case else written == keyword
        return written if same else None
    match = patterns[0].match(text)
    return match[0] if match else None


def unread_label(text: str, prefix: str) -> str | None:
    """Return the numbered keyword of `prefix` that `text` starts with, in any case, when a
    full stop or a dash ends it (`Figure 1.`, `tabla 2 -`), which is no caption keyword; or
    None. None too for a sentence that names the figure or table, the dash opening an aside
    in lower case that the same dash closes before a word in lower case (`Figure 1 - the one
    above - shows …`): a caption's text does not go on so (`Figure 1 - Turnout - 2012`)."""
    patterns = _keyword_patterns(prefix, any_case=True)
    match = patterns[1].match(text) if patterns else None
    if match is None:
        return None
    dash = match[0][-1]
    aside = _ASIDE.match(text, match.end()) if dash != "." else None
    if aside and aside[2] == dash and aside[1].islower() and aside[3].islower():
        return None
    return match[0]


_ASIDE = pattern(r"[ \u00a0]+([^\W\d_])[^\n]*?[ \u00a0]([-\u2013\u2014])[ \u00a0]+([^\W\d_])")
"""An aside after a label's dash, closed by a dash (its first letter, the dash and the next
word's first letter): in lower case (`Figure 1 - the one above - shows`), the text after the
label is a sentence's, not a caption's (`Table 1 - Seats - by region`)."""


def caption_text(text: str, prefix: str, *, any_case: bool = False) -> str | None:
    """Return the caption that `text`, a caption line of the prefix `prefix` (`Table: `),
    gives: what follows its keyword and one space (`Tabla: Personas` gives `Personas`), or
    the whole line after a numbered keyword (`Table 1: Personas`), whose label is the
    author's. None when it starts with no keyword, or with one that no space follows
    (`Table:Flows`), unless its colon is a full-width one, which none follows in CJK text."""
    if _keyword_patterns(prefix, any_case=any_case) is None:
        written = text[: len(prefix)]
        same = written.casefold() == prefix.casefold() if any_case else written == prefix
        return text[len(prefix) :] if same else None
    keyword = caption_keyword(text, prefix, any_case=any_case)
    after = text[len(keyword) :] if keyword else ""
    if keyword is None or not (after.startswith(" ") or keyword.endswith("\uff1a")):
        return None
    return text if is_numbered(keyword) else after.removeprefix(" ")


def is_numbered(keyword: str) -> bool:
    """Whether a caption keyword as written (`caption_keyword`) holds a number (`Table 1:`),
    a label its caption keeps."""
    return _NUMBERED_LABEL.search(keyword) is not None


def other_label(text: str, *, numbered: bool = False) -> str | None:
    """Return the label (`_LABEL`) that `text` starts with, as written, when its first letter is
    a capital or of a script with none (`جدول 1:`): a caption line's label in a language or a
    tool briefgen has no keyword for. With `numbered`, only one whose words each start so,
    then a number (`Tabelle 1:`, `Exhibit 2:`), as a report numbers its tables: an unnumbered
    one (`Source:`) names no table, nor does a sentence's start (`See table 1:`). None for any
    other text."""
    match = _LABEL.match(text)
    if match is None or text[0].islower():
        return None
    if not numbered:
        return match[0]
    number = _NUMBERED_LABEL.search(match[0])
    words = match[0][: number.start()].split() if number else ()
    return match[0] if words and not any(word[0].islower() for word in words) else None


def caption_label(text: str) -> str | None:
    """Return the label of a caption line that `text` starts with, as written: a keyword of
    any kind, in any language and case (`Table:`, `figura 2:`), or a numbered table's label
    briefgen has no keyword for (`Tabelle 1:`, `unknown_label`); None for any other text."""
    return _any_keyword(text) or unknown_label(text)


_UNNUMBERED_END = pattern(f"{BEFORE_COLON}{_COLON}$")
"""The colon that ends an unnumbered label (`Tabelle:`, `Tabell :`), a full-width one too."""
_UNNUMBERED_WORDS = _TABLE_WORDS - {"tab.", "tab", "tabl.", "tav."}
"""`_TABLE_WORDS` but the short forms, each a table's word only before a number (`Tab. 1:`)."""


def unknown_label(text: str) -> str | None:
    """Return the numbered label that `text` starts with when it names a table in a language
    briefgen has no keyword for (`Tabelle 1:`, `جدول 1:`) or by a table's other word
    (`Cuadro 3:`); None for any other text. A paragraph by a table may well start with some
    other numbered label of its own (`Option 2:`, `Phase 1:`, `Step 3:`), and be no caption.
    Such a word unnumbered (`Tabelle:`, `جدول:`, `Cuadro:`) is a caption's keyword in the
    author's language as `Tabla:` is in Spanish, and is returned too; a short form is a word
    only before a number (`Tab. 1:`)."""
    if _any_keyword(text):
        return None
    if (label := other_label(text, numbered=True)) is not None:
        word = _NUMBERED_LABEL.sub("", label).casefold()
        return label if word in _TABLE_WORDS else None
    label = other_label(text)
    word = _UNNUMBERED_END.sub("", label).casefold() if label else ""
    return label if word in _UNNUMBERED_WORDS else None


def _any_keyword(text: str) -> str | None:
    """Return the caption keyword of any kind, in any language and case, `text` starts with."""
    for word in TRANSLATIONS:
        if keyword := caption_keyword(text, f"{word}: ", any_case=True):
            return keyword
    return None


def caption_start(label: str, prefix: str) -> str:
    """Return how a caption line of the prefix `prefix` (`Table: `) starts that keeps what a
    line starting with the caption label `label` means: the label itself when it is the
    prefix's keyword (`Tabla 2:`); the prefix's keyword alone for a label with no number,
    another kind's keyword (`Figure:`) or a table's word in another language (`Tabelle:`);
    else the prefix's keyword then the label, which its caption keeps (`Table: Tabelle 1:`)."""
    if caption_keyword(label, prefix, any_case=True) == label:
        return label
    keyword = prefix.strip()
    if not is_numbered(label):
        return keyword
    return f"{keyword} {label}"


def caption_line(keyword: str, caption: str, prefix: str) -> str:
    """Return the Markdown caption line that reads back as the caption `caption` (Markdown)
    of the prefix `prefix`: the keyword, a space and the caption; or the caption alone when
    it starts with a numbered keyword of its own (`Table 1: …`), which keeps it."""
    if caption_text(caption, prefix, any_case=True) == caption:
        return caption
    return f"{keyword} {caption}"


def _keyword_patterns(
    prefix: str, *, any_case: bool
) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Return `_KEYWORDS`' patterns for the keyword of `prefix`; None without translations."""
    return _KEYWORDS.get((prefix.removesuffix(": "), any_case))


def _made_keyword_patterns(word: str, *, any_case: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return what matches the keyword `word` in any language, numbered or not (in any case
    with `any_case`, never its number: `Table a:` is no `Table A:`), and what matches it
    numbered but ended by a full stop or a dash."""
    words = sorted({word, *TRANSLATIONS[word].values()}, key=lambda w: (-len(w), w))
    numbered = sorted({*words, *_ABBREVIATIONS.get(word, ())}, key=lambda w: (-len(w), w))
    flags = "?i:" if any_case else "?:"
    numbered_words = f"({flags}{'|'.join(map(re.escape, numbered))})"
    unnumbered = f"({flags}{'|'.join(map(re.escape, words))}){BEFORE_COLON}{_COLON}"
    number = _SPACED_NUMBERED if all(w.isascii() for w in numbered) else _NUMBERED
    keyword = f"{numbered_words}{number}|{unnumbered}"
    return pattern(keyword), pattern(f"{numbered_words}{_OTHER_END}")


_KEYWORDS = {
    (word, any_case): _made_keyword_patterns(word, any_case=any_case)
    for word in TRANSLATIONS
    for any_case in (False, True)
}
"""The patterns of each translated keyword, in its case or any."""


def source_label(text: str) -> str | None:
    """Return the label, as written, of a line that names a source or adds a note (`Source:
    ONS`, `Fuente : INE`, `Note: provisional`), up to its colon; else None."""
    label, colon, _ = text.partition(":")
    label = label.strip(" \t\u00a0")
    return label if colon and len(label) < 25 and label.casefold() in SOURCE_LABELS else None
