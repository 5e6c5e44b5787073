"""Syntax a briefing brings from MkDocs, Pelican, Jekyll, kramdown or Pandoc that CommonMark
reads as text: each a warning at its place (`leftovers.py` places it; code never warns).

Python-Markdown and kramdown read `##Background` as a heading; CommonMark needs a space after
the hashes, so the section and its Contents entry would be gone, its `##` shown. A single `#`
before a word (`#housing`, `#1`) is a hashtag or a number and stays silent.

The rest show their marks: emoji shortcodes (`:smile:`), pymdownx's `^^insert^^`,
`++ctrl+alt+del++` keys and `/// note` blocks, TeX maths between `$` or `\\(`/`\\[`, Pandoc's
`(@)` and `#.` list items (their lines run together) and kramdown's end-of-block `^` line.
Each pattern needs the whole shape, so clock times (`10:30:00`), ratios (`1:2:3`), addresses
and IPv6 (`fe80::1`), `C++` and prices (`$5 and $10`) stay silent; each finds its matches in
time linear in the run's length. A bare Pandoc citation (`@smith2020`) is not looked for: it
has the very shape of a social media handle (`@paris2024`, `@agenda2030`), and a warning there
would fail a `--strict` build over prose; a bracketed one is `othersyntax.py`'s.
"""

from __future__ import annotations

import bisect
import re
from functools import partial
from typing import TYPE_CHECKING

from briefgen.content.destinations import written_destination
from briefgen.content.restsyntax import rest_role
from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

MARKS = r"##|\^|\+\+|///|\$|\\[(\[]|\(@|#\.|:[\w+-]+:"
"""What a run holds for `migrated_syntax` to read it: a regular expression, for `leftovers.py`.
Each branch starts with a character, never an anchor: one `^` anchor stops the engine from
skipping to the characters that start a branch, and made every briefing's search 13 times
slower. So a `^` anywhere marks a run (`^^insert^^`, kramdown's lone `^` line alike)."""

_UNSPACED_HEADING = pattern(r"^(#{2,6})(?=[^\W\d_])", re.MULTILINE)
"""`##Background`: two to six hashes at a line's start, right before a letter."""
_EMOJI = pattern(r"(?<![\w:/\\]):(?:[+-]1|(?=[\w+-]*[A-Za-z])[A-Za-z0-9_+-]{1,40}):(?![\w`])")
"""`:smile:`, `:+1:`, `:material-check:`: a name with a letter (`:+1:` and `:-1:` aside),
never part of a word, an address or a clock time."""
_INSERT = pattern(r"(?<![\^\\])\^\^(?=[^\W_])[^^\n]*?(?<=[^\s^\\(])\^\^(?!\^)")
"""`^^inserted text^^`: a letter or digit right after the opening marks, so a kaomoji's
marks (`(^^) see you (^^)`) open none."""
_KEYS = pattern(r"(?<![+\w\\{])\+\+[A-Za-z][\w-]*(?:\+[\w-]+)*\+\+(?!\+)")
"""pymdownx.keys' `++ctrl+alt+del++`, never `C++` nor `x++`, nor CriticMarkup's addition
`{++added++}`, which `pastedsyntax.py` warns of."""
_BLOCK = pattern(r"^[ \t]*(///[ \t]*[A-Za-z][\w-]*(?:[ \t]*\|[^\n]*)?)$", re.MULTILINE)
"""pymdownx.blocks' `/// note | Title` line (MkDocs-Material's newer admonitions)."""
_CAPTIONS = {"caption": "Figure", "figure-caption": "Figure", "table-caption": "Table"}
"""pymdownx's caption blocks, by the caption line that does their job."""
_OPERAND = r"(?<![-+=*/\u00d7\u00b7\u2212])[\s(]"
"""A space or `(` before capitals that may be a currency's code, not an operator's operand."""
_DOLLAR_MATHS = pattern(
    r"(?<![$\\\w])\$(?=[^\s$\d),./;:-])([^$\n]{1,200}?)(?<=[^\s$\\(])"
    rf"(?<!{_OPERAND}[A-Z])(?<!{_OPERAND}[A-Z]{{2}})(?<!{_OPERAND}[A-Z]{{3}})\$(?![$\w])"
)
"""`$E = mc^2$`, one line's inline TeX: never a price, whose `$` a digit follows, nor a unit
(`($)`, `($, 2020 = 100)`, `$/day`), nor a currency's `$` after its code (`US$`, `(R$)`),
unless an operator comes before the capitals (`$Y = C + I + G$`, `$R = P - ET$`)."""
_TEX = pattern(r"[\\^_]")
"""What only maths holds between two `$`: a TeX command, a super- or subscript."""
_WORD = pattern(r"[^\W\d_]{3,}")
"""A word of prose: an `=` between `$` is an equation (`$F = ma$`) only with none of them
(`$X = 5 per unit … $` is prices)."""
_FORMULA = pattern(r"[\\^_={}+<>|]")
"""What a formula between `\\(`/`\\[` and its close holds and an aside does not: a TeX
command, a super- or subscript, an equation, braces or an operator."""
_PAREN_MATHS = pattern(r"(?<!\\)\\\([ \t]*(?!\\\))\S[^\n]{0,200}?\\\)")
"""`\\(x^2\\)`, `\\( a_1 + b \\)`: inline maths on one line, something besides spaces inside."""
_BRACKET_MATHS = pattern(r"(?<!\\)\\\[((?:(?!\\\[).){1,400}?)\\\]", re.DOTALL)
"""`\\[y\\]`, `\\[ E = mc^2 \\]`, or `\\[` and `\\]` on lines of their own around a formula:
display maths when so placed (`_display`); else escaped brackets. A formula over several
lines is longer than one inline, so the bound is too; it holds no other `\\[`, so one left
open earlier in the paragraph does not hide a formula below it."""
_PANDOC_ITEM = pattern(r"^[ \t]*(\(@[\w-]*\)|#\.)[ \t]", re.MULTILINE)
"""Pandoc's example list item `(@)`, `(@good)` and its auto-numbered `#.` item."""
_LABELLED_ITEMS = 2
"""How many `(@label)` lines a run needs to be a list: one is a handle that starts a line
(`(@UNDP) welcomed the plan`, `(@Refugees) said`), its lines meant to run together."""
_END_OF_BLOCK = pattern(r"^[ \t]*(\^)[ \t]*$", re.MULTILINE)
"""kramdown's end-of-block marker: a `^` alone on its line."""
_KRAMDOWN_TAG = pattern(
    r"(?<![\\{])\{:(?::[A-Za-z]\w*(?:[ \t][^{}\n]*)?|/[A-Za-z]*)\}(?![ \t]*$)", re.MULTILINE
)
"""kramdown's `{::comment}`, `{::options … /}` or `{:/comment}` before more text on its line
(`Text {::comment}note{:/comment} more`); at a line's end `leftovers.py` finds it as an
attribute block."""
_BLOCK_ID = pattern(r"(?<![^ \t\n])\^(?=[\w-]*[^\W\d_])[\w-]{1,60}(?=[ \t]*$)", re.MULTILINE)
"""Obsidian's block id at a line's end, after a space (`… 3 November. ^key-finding`) or alone
on it (under a list), which `[[note#^key-finding]]` links to: a word with a letter in it."""
_RAW_SPAN = pattern(r"(?<=\x00)\{=([A-Za-z][\w-]*)\}")
"""Pandoc's raw inline `` `<b>x</b>`{=html} ``: right after a code span (`leftovers.py` reads
each of its characters as a NUL)."""
_ADDRESS_START = pattern(r"\]\([ \t]*")
"""Where a link's or an image's address starts, after its text."""
_INLINE = (_EMOJI, _INSERT, _KEYS)
"""The inline marks `escape_migrated` escapes (the others need a line or a code span)."""


def migrated_syntax(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    """Find unspaced headings, emoji, inserts, keys, blocks, maths, Pandoc list items,
    end-of-block markers, Obsidian's block ids, raw spans and kramdown's tags in the run, in
    order."""
    found: list[Found] = []
    found += _each(_UNSPACED_HEADING, written, _heading_warning, whole_line=True)
    found += [f for f in _each(_EMOJI, written, _emoji_warning) if not rest_role(written, f[0])]
    found += _each(_INSERT, written, _insert_warning)
    found += _each(_KEYS, written, _keys_warning)
    found += _blocks(written)
    found += _pandoc_items(written)
    found += _each(_END_OF_BLOCK, written, _end_of_block_warning, group=1)
    if "^" in written:
        found += _block_ids(written)
    maths: list[Found] = []
    if "$" in written:
        maths += [f for f in _each(_DOLLAR_MATHS, written, _maths_warning) if _is_tex(f[1])]
    if "\\" in written:
        maths += [f for f in _each(_PAREN_MATHS, written, _maths_warning) if not _aside(f[1])]
        maths += [f for f in _each(_BRACKET_MATHS, written, _maths_warning) if _display(f, written)]
    if maths and "](" in written:
        maths = _outside(maths, _link_addresses(written))
    found += maths
    if "{=" in written:
        found += _each(_RAW_SPAN, written, _raw_span_warning)
    if "{:" in written:
        found += _each(_KRAMDOWN_TAG, written, _kramdown_tag_warning)
    yield from sorted(found, key=lambda item: item[0])


def _each(
    pattern: re.Pattern[str],
    written: str,
    make: Callable[[SourcePos, str], Diagnostic],
    *,
    group: int = 0,
    whole_line: bool = False,
) -> list[Found]:
    """Return each match of `pattern` as found: its start, its text (or its line's) and `make`."""
    return [
        (m.start(group), written[m.start() :].split("\n", 1)[0] if whole_line else m[group], make)
        for m in pattern.finditer(written)
    ]


def _block_ids(written: str) -> list[Found]:
    """Return each Obsidian block id as found; a single letter after a figure (`| 12 ^a |`,
    `rose 4 % ^b`) is a note's mark as a table's key writes it, and told so."""
    found: list[Found] = []
    for match in _BLOCK_ID.finditer(written):
        before = written[max(0, match.start() - 8) : match.start()].rstrip(" \t")
        mark = len(match[0]) == 2 and before[-1:] != "" and before[-1] in "0123456789%"
        found.append((match.start(), match[0], _note_mark_warning if mark else _block_id_warning))
    return found


def _blocks(written: str) -> list[Found]:
    """Return each pymdownx block's `///` line as found, a caption's with its text's first
    line (`/// caption` below an image, `/// table-caption`), which a caption line holds."""
    found: list[Found] = []
    for match in _BLOCK.finditer(written):
        name = match[1][3:].split("|")[0].strip().lower()
        kind = _CAPTIONS.get(name)
        if kind is None:
            found.append((match.start(1), match[1], _block_warning))
            continue
        text = written[match.end() + 1 :].split("\n", 1)[0].strip()
        text = "…" if not text or text.startswith("///") else excerpt(text, 40)
        found.append((match.start(1), match[1], partial(_caption_warning, kind=kind, text=text)))
    return found


def _outside(finds: list[Found], spans: list[tuple[int, int]]) -> list[Found]:
    """Return the finds that start in none of `spans` (in order and apart): each is looked up
    by where it starts, as a scan of every span for each was quadratic in a line of both."""
    starts = [start for start, _ in spans]
    kept = []
    for find in finds:
        last = bisect.bisect_right(starts, find[0]) - 1
        if last < 0 or find[0] >= spans[last][1]:
            kept.append(find)
    return kept


def _link_addresses(written: str) -> list[tuple[int, int]]:
    """Return where each `](address)` of the run has its address: `annex\\(2024\\).pdf` there
    is a file name with escaped parentheses (CommonMark's balanced-parentheses rule), no maths.
    A `](` inside an address already read starts none, so the run is read once."""
    spans: list[tuple[int, int]] = []
    end = 0
    for opening in _ADDRESS_START.finditer(written):
        if opening.start() < end:
            continue
        found = written_destination(written, opening.end())
        if found is not None:
            start, address = found
            end = start + len(address)
            spans.append((start, end))
    return spans


def _pandoc_items(written: str) -> list[Found]:
    """Return the run's Pandoc list items: each `(@)` and `#.`, and each `(@label)` when the
    run has two or more of them."""
    items = _each(_PANDOC_ITEM, written, _pandoc_item_warning, group=1)
    labelled = sum(shown.startswith("(@") for _, shown, _ in items)
    return [item for item in items if item[1] in ("(@)", "#.") or labelled >= _LABELLED_ITEMS]


def starts_with_emoji(text: str) -> bool:
    """Return whether `text` starts with an emoji shortcode (`:warning:`), warned of as one."""
    return _EMOJI.match(text) is not None


def escape_migrated(text: str) -> str:
    """Return plain text with a backslash before each inline mark of another tool in it (an
    imported `:smile:`, `$x^2$`), so that it is shown as typed, unwarned."""
    starts = {m.start() for pattern in _INLINE for m in pattern.finditer(text)}
    if "$" in text:
        starts |= {m.start() for m in _DOLLAR_MATHS.finditer(text) if _is_tex(m[0])}
    for start in sorted(starts, reverse=True):
        text = f"{text[:start]}\\{text[start:]}"
    return text


def _is_tex(maths: str) -> bool:
    """Whether text between two `$` holds what only maths does: a TeX command, a super- or
    subscript, or an equation with no word of prose in it."""
    return bool(_TEX.search(maths)) or ("=" in maths and not _WORD.search(maths))


def _aside(shown: str) -> bool:
    """Whether escaped marks hold an aside, not a formula: a word and nothing only maths
    writes (`\\[Speaker 2\\]`, `\\[Photo: Reuters/J. Smith\\]`, `\\( as defined in Article 2
    \\)`), as transcripts and pasted text hold and `import` escapes."""
    inside = shown[2:-2]
    return bool(_WORD.search(inside)) and not _FORMULA.search(inside)


def _display(found: Found, written: str) -> bool:
    """Whether `\\[…\\]` is display maths: alone on its line, or its marks on lines of their
    own around the formula, with a letter in it, no note's `^` first and no aside's words
    (`\\[Editor note\\]`). Mid-line it is escaped brackets (`\\[sic\\]`, `\\[snake_case\\]`), and
    so is a bracket wrapped onto a line below."""
    start, shown, _ = found
    inside = shown[2:-2]
    if inside.lstrip().startswith("^") or not any(char.isalpha() for char in inside):
        return False
    if _aside(shown):
        return False
    end = start + len(shown)
    before = written[written.rfind("\n", 0, start) + 1 : start]
    if before.strip() or written[end:].partition("\n")[0].strip():
        return False
    opening, _, rest = inside.partition("\n")
    return not rest or (not opening.strip() and not rest.rpartition("\n")[2].strip())


def _made(message: str, hint: str) -> Callable[[SourcePos, str], Diagnostic]:
    """Return how one kind's warning is made; `{shown}` in `message` is the text it shows."""
    return lambda pos, shown: warning(pos, message.format(shown=excerpt(shown, 40)), hint=hint)


def _heading_warning(pos: SourcePos, shown: str) -> Diagnostic:
    hashes = shown[: len(shown) - len(shown.lstrip("#"))]
    return warning(
        pos,
        f"`{excerpt(shown, 40)}` is not a heading (no space after `{hashes}`); shown as text",
        hint=f"put a space after `{hashes}`",
    )


def _raw_span_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return raw_output_warning(pos, shown[2:-1], "code span")


_emoji_warning = _made(
    "emoji shortcode `{shown}` is not supported; shown as text",
    "type the emoji itself (😄, 👍), or remove it",
)
_insert_warning = _made(
    "inserted text `{shown}` (pymdownx) is not supported; shown with its `^^`",
    "write **bold** or *emphasis* instead",
)
_keys_warning = _made(
    "keys `{shown}` (pymdownx) are not supported; shown with their `++`",
    "write the keys as code: `Ctrl+Alt+Del`",
)


def _caption_warning(pos: SourcePos, shown: str, *, kind: str, text: str) -> Diagnostic:
    """Return the warning for a pymdownx caption block: a caption line is its fix."""
    where = "right under the image" if kind == "Figure" else "right before the table"
    return warning(
        pos,
        f"`{excerpt(shown, 40)}` (a pymdownx block) is not supported; shown as text, its body "
        "and `///` too",
        hint=f"write the caption as a `{kind}: {text}` line {where}, and delete the `///` lines",
    )


_block_warning = _made(
    "`{shown}` (a pymdownx block) is not supported; shown as text, its body and `///` too",
    (
        "write a callout: `> [!NOTE]` and its title if any on its own line, "
        "then the text in `> ` lines"
    ),
)


def _maths_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Return the warning for TeX maths, a display block over several lines shown on one."""
    one_line = " ".join(line.strip() for line in shown.split("\n"))
    return warning(
        pos,
        f"TeX maths `{excerpt(one_line, 40)}` is not supported; shown as text",
        hint="write it in words, as code (`` `y = mx + b` ``) or as an image with alt text",
    )


_pandoc_item_warning = _made(
    "Pandoc list item `{shown}` is not a list item; its lines run together as text",
    "number the items `1.`, `2.`… (or write `- ` bullets), with a blank line before the list",
)
_block_id_warning = _made(
    "Obsidian block id `{shown}` is not read; shown as text",
    "delete it: a link goes to a heading's id (`#its-id`), not to a paragraph's",
)


def _note_mark_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Return the warning for a note's mark written with a caret after a figure (`12 ^a`)."""
    label = shown[1:]
    return warning(
        pos,
        f"`{shown}` after a figure is shown as text, not as a note's mark",
        hint=f"to mark a note, write `[^{label}]` right after the figure (`12[^{label}]`) and "
        f"`[^{label}]: the note` on a line of its own below",
    )


_end_of_block_warning = _made(
    "kramdown's end-of-block marker `^` is not read; shown as text",
    "remove it; to end a list before the next one, put a blank line and `<!-- -->` between",
)


def raw_output_warning(pos: SourcePos, output: str, shape: str) -> Diagnostic:
    """Return the warning for Pandoc's raw `{=html}` block or code span (`shape`), shown as code."""
    hint = (
        f"write the HTML itself, without the {'fence' if shape == 'block' else 'backticks'} "
        "(raw HTML is shown with `unsafe_html: true` "
        "in briefgen.yaml), or write Markdown"
        if output.lower() in ("html", "html5")
        else f"write Markdown, or remove it: it is for Pandoc's {output} output only"
    )
    return warning(
        pos, f"Pandoc raw {shape} `{{={output}}}` is not rendered; shown as code", hint=hint
    )


_KRAMDOWN_EXTENSION = pattern(r"\{::(\w+)")
"""kramdown's `{::comment}`, `{::nomarkdown}`, `{::options … /}`; `{:/comment}` ends one."""
_KRAMDOWN_ID = pattern(r"\{:[ \t]*#([A-Za-z_][\w-]*)[ \t]*\}")
"""kramdown's `{: #three-x}`, the id Jekyll's headings take."""


def kramdown_warning(pos: SourcePos, shown: str) -> Diagnostic | None:
    """Return the warning for a kramdown block left as text (`leftovers.py` finds it as an
    attribute block), or None for any other attribute block."""
    if shown.startswith("{:/") or _KRAMDOWN_EXTENSION.match(shown):
        return _kramdown_tag_warning(pos, shown)
    if identifier := _KRAMDOWN_ID.fullmatch(shown):
        message = f"kramdown attribute block `{excerpt(shown, 40)}` is not read; shown as text"
        hint = f"at a heading's end, write `{{#{identifier[1]}}}` (no colon); elsewhere remove it"
        return warning(pos, message, hint=hint)
    return None


def _kramdown_tag_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Return the warning for kramdown's `{::extension}` or its end, `{:/extension}`."""
    if shown.startswith("{:/"):
        message = f"the end of a kramdown block, `{excerpt(shown, 40)}`, is shown as text"
        ended = f"its `{{::{shown[3:-1]}}}`" if shown[3:-1] else "the `{::…}` it ends"
        return warning(pos, message, hint=f"remove it, with {ended}")
    extension = _KRAMDOWN_EXTENSION.match(shown)
    if extension and extension[1] == "comment":
        message = f"kramdown comment `{excerpt(shown, 40)}` is not read: its text is published"
        hint = "write a private note as an HTML comment `<!-- … -->`, which briefgen drops"
        return warning(pos, message, hint=hint)
    message = f"kramdown extension `{excerpt(shown, 40)}` is not read; shown as text"
    return warning(pos, message, hint="remove it, and write its content as Markdown")
