"""Syntax of MkDocs, Pandoc, Quarto, Obsidian and LaTeX left as text, and definitions
markdown-it could not read as one: each a warning at its line (`leftovers.py` places it).

Every pattern here must stay silent on what policy briefings ordinarily say: prices (`$5`,
a `$$` cost tier), comparisons and arrows (`a == b`, `A <==> B`), bracketed handles and
addresses (`[@StateDept]`, `[press@example.org]`), emphasis that starts with a bracket
(`*[Editor's note]: …*`), percentages (`50%`, even a mistyped `50%%`). Each finds its
matches in time linear in the run's length.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from markdown_it.common.utils import normalizeReference

from briefgen.diagnostics import warning, wrapped_excerpt
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

    from briefgen.diagnostics import Diagnostic, SourcePos

Found = tuple[int, str, "Callable[[SourcePos, str], Diagnostic]"]
"""Where a leftover starts in the run, the text it shows, and how its warning is made."""

_DOLLARS = pattern(r"(?<![$\\])\$\$(?!\$)")
"""A `$$` that is not part of `$$$` nor escaped: TeX display maths opens and closes with one
(Pandoc, Quarto, MkDocs' arithmatex). A single `$` is a price far more often than maths."""
_MARK = pattern(r"(?<![\w=\\<{])==(?=[^\s=>])[^=\n]*[^\s=\\<]==(?![\w=>])")
"""`==marked text==`; never `a == b`, whose `==` has spaces inside, nor `score==10 or
rank==1`, whose `==` a word touches outside, nor an arrow `<==>`, nor CriticMarkup's
`{==highlight==}` (`pastedsyntax.py` warns about that)."""
_WIKI_LINK = pattern(r"(?<!\\)!?\[\[(?!\])[^\[\]\n]*(?:\n[^\[\]\n]*)?\]\](?![(\[])")
"""`[[Page name]]` (an Obsidian embed `![[chart.png]]` too, from its `!`), a colon after it as
well (a definition's label holds no brackets), its name on one line or wrapped onto the next; not a
link or an image whose text is bracketed (`[[1]](url)`, `![[x]](a.png)`)."""
TABLE_OF_CONTENTS = pattern(r"^[ \t]*(\[TOC\]|\[\[_TOC_\]\])[ \t]*$", re.MULTILINE | re.IGNORECASE)
"""Python-Markdown's `[TOC]` and GitLab's `[[_TOC_]]`, alone on a line (an article's line
too, which `import` warns about)."""
_ABBREVIATION = pattern(r"^[ \t]*\*\[([^\[\]\n]+)\]:(?![^\n]*\*[ \t]*$)(?=([^\n]*))", re.MULTILINE)
"""`*[HTML]: HyperText …` (PHP Markdown Extra, MkDocs); not `*[Editor's note]: …*`, emphasis
closed at the line's end."""
_BRACKETED = pattern(r"(?<![\\\w])\[([^\[\]\n]*)\](?![(\[])")
"""Text in brackets that is not a link's (`[text](…)`, `[text][ref]`)."""
_CITATION_KEY = pattern(r"(?:^|[\s;])-?@([A-Za-z_][\w:.#$%&+?<>~/-]*)")
"""A reference manager's key: a letter first, never a time (`[Updated @10:30]`, `[Fri @2pm]`)."""
_LABELLED_HANDLE = pattern(r"\w:[ \t]+@")
"""A handle a platform's name labels: `[Instagram: @milanocortina2026]`."""
_LOCATOR = pattern(r",\s*(?:pp?|ch|chap|sec|para|§)\.?\s*\d", re.IGNORECASE)
_LOOSE_DEFINITION = pattern(r"\n([ \t]*:[ \t]+\S)")
"""A `: definition` line inside a paragraph: its term was not the first line of a block."""
_EMPTY_DEFINITION = pattern(r"\n[ \t]*(:)[ \t]*(?=\n|$)")
"""A `:` line with nothing after it, which markdown-it's deflist reads as no definition: the
text below it (indented four spaces, as a definition's further lines are) is not one either."""
_ADMONITION = pattern(
    r'^[ \t]*((?:!!!|\?\?\?\+?)[ \t]*[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*)*(?:[ \t]+"[^"\n]*")?'
    r'|===[!+]{0,2}[ \t]+"[^"\n]*")[ \t]*$',
    re.MULTILINE,
)
"""MkDocs-Material's `!!! note "Title"`, `??? tip` and `???+ warning` admonitions and its
`=== "Tab"` content tabs: a marker line whose body, indented below it, is a paragraph's text."""
_PERCENTS = pattern(r"(?<![%\\])%%(?!%)")
GRID_RULE = pattern(r"^[ \t]*(\+:?-[-:]*\+(?:[-:=]+\+)*)[ \t]*$", re.MULTILINE)
"""The first line of a Pandoc grid table (`+------+------+`)."""
_PAGE_COMMAND = pattern(r"^[ \t]*(\\(?:newpage|pagebreak|clearpage)(?:\{\})?)[ \t]*$", re.MULTILINE)
"""LaTeX's `\\newpage`, `\\pagebreak` and `\\clearpage` on their own line (Pandoc to PDF)."""


def other_syntax(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    """Find display maths, marks, wiki links, a contents marker, abbreviations, citations,
    definitions that continue a paragraph or have no text, admonitions and tabs, Obsidian
    comments, grid tables and LaTeX page breaks, in the order they stand in the run."""
    found: list[Found] = []
    if "$$" in written and (start := _maths_start(written)) is not None:
        found.append((start, "$$", _maths_warning))  # once per paragraph
    if "!!!" in written or "???" in written or "===" in written:
        found += [
            (m.start(1), m[1].rstrip(), _admonition_warning) for m in _ADMONITION.finditer(written)
        ]
    if "%%" in written:
        found += [(start, shown, _obsidian_warning) for start, shown in _comments(written)]
    if "+" in written and (rule := GRID_RULE.search(written)):
        found.append((rule.start(1), rule[1], _grid_warning))  # once per table
    if "\\" in written:
        found += [(m.start(1), m[1], _page_warning) for m in _PAGE_COMMAND.finditer(written)]
    if "==" in written:
        found += [(m.start(), m[0], _mark_warning) for m in _MARK.finditer(written)]
    if "[[" in written:
        found += [
            (m.start(), m[0], _embed_warning if m[0].startswith("!") else _wiki_warning)
            for m in _WIKI_LINK.finditer(written)
            if m[0].upper() != "[[_TOC_]]"  # GitLab's contents marker: warned about below
        ]
    if "[" in written:
        found += [
            (m.start(1), m[1], contents_warning)
            for m in TABLE_OF_CONTENTS.finditer(written)
            if normalizeReference(m[1][1:-1]) not in references
        ]
        found += [
            (m.start(), m[0], partial(_abbreviation_warning, term=m[1], full=m[2].strip()))
            for m in _ABBREVIATION.finditer(written)
        ]
    if "@" in written and "[" in written:
        found += [
            (m.start(), m[0], _citation_warning)
            for m in _BRACKETED.finditer(written)
            if _is_citation(m[1])
            and not _is_definition_label(written, m)
            and normalizeReference(m[1]) not in references  # a link to its definition
        ]
    if "\n" in written and ":" in written:
        found += [
            (m.start(1), m[1], _definition_warning) for m in _LOOSE_DEFINITION.finditer(written)
        ]
        found += [
            (m.start(1), m[1], _empty_definition_warning)
            for m in _EMPTY_DEFINITION.finditer(written)
        ]
    yield from sorted(found, key=lambda item: item[0])


def _maths_start(written: str) -> int | None:
    """Return where the first `$$ … $$` of the run starts."""
    return next((opening for opening, _ in maths_spans(written)), None)


def maths_spans(written: str) -> Iterator[tuple[int, int]]:
    """Yield where each `$$ … $$` of the run starts and ends: a pair of `$$` whose formula is
    `_tight` (`$$ to $$`, a range of cost tiers, is no formula), or spaced inside when the
    pair starts a line and ends one (`$$ E = mc^2 $$`), as no sentence does."""
    marks = [m.start() for m in _DOLLARS.finditer(written)]
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        inside = written[opening + 2 : closing]
        if _tight(inside) or (inside.strip() and _own_lines(written, opening, closing + 2)):
            yield opening, closing + 2


def _comments(written: str) -> Iterator[tuple[int, str]]:
    """Yield where each Obsidian comment `%%private note%%` of the run starts, and its first
    line: a `%%` that does not end a word (`50%%` is a mistyped percentage) and the next
    `%%`, with `_tight` text between them, or spaced inside when the two make lines of their
    own (`%% check the figure %%`), where no `%%` is a percentage."""
    opening: int | None = None
    for mark in _PERCENTS.finditer(written):
        at = mark.start()
        if opening is not None:
            inside = written[opening + 2 : at]
            if _tight(inside) or (inside.strip() and _own_lines(written, opening, at + 2)):
                yield opening, written[opening : at + 2].split("\n", 1)[0]
            opening = None
        elif not (at and (written[at - 1].isalnum() or written[at - 1] == "_")):
            opening = at


def _own_lines(written: str, start: int, end: int) -> bool:
    """Return True when `written[start:end]` starts a line and ends one, blanks aside: only
    the blanks beside it are read, so a line of many pairs is not read once for each."""
    before, after = start, end
    while before and written[before - 1] in " \t":
        before -= 1
    while after < len(written) and written[after] in " \t":
        after += 1
    return (before == 0 or written[before - 1] == "\n") and (
        after >= len(written) or written[after] == "\n"
    )


def _tight(inside: str) -> bool:
    """Return True when text between two marks starts on the next line or right after the
    first mark, and ends on the line before the second or right before it."""
    head = inside.lstrip(" \t").startswith("\n") or inside[:1] not in " \t"
    tail = inside.rstrip(" \t").endswith("\n") or inside[-1:] not in " \t"
    return bool(inside.strip()) and head and tail


def _is_definition_label(written: str, bracketed: re.Match[str]) -> bool:
    """Return True for `[label]:` at the start of a line: a link definition's, not a citation
    (`[@smith2020, p. 4]: argued`, mid-line, is one)."""
    if not written.startswith(":", bracketed.end()):
        return False
    start = bracketed.start()
    # Up to three spaces may indent a definition: only those are looked back over.
    before = written[max(0, start - 4) : start]
    return ("\n" in before or start < 4) and not before.rpartition("\n")[2].strip(" \t")


def _is_citation(inside: str) -> bool:
    """Return True for what is inside `[…]` when it reads as Pandoc citations: a key with a
    year or number (`@smith2020`), a locator (`, p. 4`) or several keys (`@a; @b`). A lone
    handle (`[@StateDept]`, `[Instagram: @milanocortina2026]`) and a time (`[Thu @10am]`)
    are no citations."""
    keys = _CITATION_KEY.findall(inside)
    if not keys or (len(keys) == 1 and _LABELLED_HANDLE.search(inside)):
        return False
    if any(char.isdigit() for key in keys for char in key):
        return True
    return bool(_LOCATOR.search(inside)) or (len(keys) > 1 and ";" in inside)


def _warning(message: str, hint: str) -> Callable[[SourcePos, str], Diagnostic]:
    """Return how one kind's warning is made; `{shown}` in `message` is the text it shows."""
    return lambda pos, shown: warning(
        pos, message.format(shown=wrapped_excerpt(shown, 40)), hint=hint
    )


_maths_warning = _warning(
    "`$$` display maths is not supported; the formula is shown as text",
    "write it in words, as code (`` `y = mx + b` ``) or as an image with alt text",
)
_mark_warning = _warning(
    "marked text `{shown}` is not supported; shown with its `==`",
    "write **bold** or *emphasis* instead",
)
_wiki_warning = _warning(
    "wiki link `{shown}` is not supported; shown as text",
    "write `[its text](other-briefing/)`, `[its text](https://…)` or `![alt](image.png)`",
)
_embed_warning = _warning(
    "Obsidian embed `{shown}` is not supported; shown as text",
    "write `![alt](image.png)` for an image, or `[its text](other-briefing/)` for a note",
)
contents_warning = _warning(
    "`{shown}` is not read; shown as text",
    "remove it: a briefing's page lists its sections under 'Contents' by itself",
)
"""The warning at a contents marker: the build's, and import's at the article's line."""


def _abbreviation_warning(pos: SourcePos, shown: str, *, term: str, full: str) -> Diagnostic:
    """Warn of `*[term]: full`, hinting the term spelled out as the author defined it."""
    full = wrapped_excerpt(full, 50) if full and "\x00" not in full else "the term in full"
    return warning(
        pos,
        f"abbreviation definition `{wrapped_excerpt(shown, 40)}` is not supported; shown as text",
        hint=f"spell the term out where it is first used: `{full} ({wrapped_excerpt(term, 20)})`",
    )


CITE_HINT = "list the work under `sources:` in the front matter, or cite it in a `[^note]`"
"""The hint at a citation of another tool's syntax (Pandoc's, LaTeX's, Zotero's…) left as text."""
_citation_warning = _warning("citation `{shown}` is not supported; shown as text", CITE_HINT)
_definition_warning = _warning(
    "a `: definition` line inside a paragraph is shown as text",
    "a definition list's term starts a block: put a blank line (in a callout, a blank `>` "
    "line) before the term",
)
_empty_definition_warning = _warning(
    "a `:` line with no text after it is not read as a definition; shown as text",
    "put the definition's first line after `: `, on the same line; further lines and "
    "paragraphs indented four spaces below it stay part of the definition",
)
_admonition_warning = _warning(
    "`{shown}` (an MkDocs admonition or tab) is not supported; shown as text",
    (
        "write a callout: `> [!NOTE]` and its title if any on its own line, "
        "then the text in `> ` lines"
    ),
)
_obsidian_warning = _warning(
    "Obsidian comment `%%` is not supported: the text up to the next `%%` is published",
    "write a private note as an HTML comment `<!-- … -->`, which briefgen drops",
)
_grid_warning = _warning(
    "grid table `{shown}` is not supported; shown as text",
    "write a pipe table: `| a | b |`, then `|---|---|`, then a `| … |` line per row",
)
_page_warning = _warning(
    "LaTeX `{shown}` is not read; shown as text",
    "remove it: briefgen's PDF breaks pages by itself",
)
