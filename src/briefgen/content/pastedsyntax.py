"""Review marks, comments, includes and line blocks of other tools left as text: each a
warning at its place (`leftovers.py` places it).

CriticMarkup (`{>>comment<<}`, `{--deleted--}`) and MDX comments (`{/* … */}`) would publish
what a reviewer or an editor meant to keep private; a pymdownx `--8<--` include shows its
directive and drops the file it names; a Pandoc line block (`| line` on each line) runs its
lines together behind visible `|`s. Pandoc's `H~2~O` and `m^2^` show their marks, and
Quarto's and bookdown's cross-references (`@fig-map`, `\\@ref(fig:map)`) their keys; GitHub's
one-tilde strikethrough (`~struck~`) shows its tildes, as markdown-it strikes only `~~`. Braces,
dashes, pipes, tildes and carets of prose (`x ~ y`, `2^10`, the `1~3月` ranges of Chinese and
Japanese) and e-mail addresses stay silent: each pattern needs the whole mark, and each finds
its matches in time linear in the run's length.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.content.asciitypography import ties_a_preposition
from briefgen.content.cjk import is_cjk
from briefgen.content.exportedsyntax import MARKERS as EXPORTED_MARKERS
from briefgen.content.exportedsyntax import exported_syntax
from briefgen.diagnostics import excerpt, warning, wrapped_excerpt
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

MARKERS = (
    "{>>",
    "{--",
    "{++",
    "{~~",
    "{==",
    "{/*",
    "8<-",
    "\n| ",
    "~",
    "^",
    "@",
    *EXPORTED_MARKERS,
)
"""What a run holds for `pasted_syntax` to read it (`exportedsyntax.py`'s markers too)."""

_CRITIC = pattern(
    r"(?<!\\)\{(?:>>[^{}]*<<|--[^{}]*--|\+\+[^{}]*\+\+|~~[^{}~]*~>[^{}]*~~|==[^{}]*==)\}"
)
"""A CriticMarkup comment, deletion, addition, substitution or highlight: the braces and the
doubled marks inside them on both sides (`{--}` alone is no deletion, but a pair's text may
be empty). `[^{}]` keeps each match within one pair of braces."""
_CRITIC_UNCLOSED = pattern(
    r"(?<!\\)\{(?:>>[^{}]*<<|--[^{}]*--|\+\+[^{}]*\+\+|~~[^{}~]*~>[^{}]*~~|==[^{}]*==)(?!\})"
)
"""A CriticMarkup mark up to its closing marks, with no `}` right after them (`{++added++ b.`):
a mark whose brace was lost, never `{--1}` or `{++2}`. Greedy, as each match stops at the next
brace: the last closing marks before it, unless `_CRITIC` found a whole mark there."""
_MDX_COMMENT = pattern(r"(?<!\\)\{/\*[^{}]*\*/\}")
"""MDX's `{/* … */}`, the only comment Docusaurus v3 reads."""
_SNIPPET = pattern(r"^[ \t]*(-+8<-+(?:.*[^ \t\n])?)[ \t]*$", re.MULTILINE)
"""A pymdownx.snippets line: `--8<-- "file.md"`, or the `--8<--` around a list of files; up to
its last character that is no space (a lazy `.*?` tried every run of spaces up to the end)."""
_LINE_BLOCK_LINE = pattern(r"\| [^\n]*(?<![|\s])[ \t]*$")
"""A line of a Pandoc line block: `| ` then text that does not end with `|` (a table row's
line does, even with its delimiter row missing)."""

_SUB_OR_SUPERSCRIPT = pattern(r"(?<=[^\W_])([~^])[-+]?[^\W_]\w*(?:\.\w+)*\1(?![~^])")
"""Pandoc's `~sub~` or `^super^` right after a letter or digit: a word or number, signed or
not (`m^-1^`), between its marks. Never `~~struck~~`, `x ~ y`, `2^10`, a note `x[^1]`, nor
maths and units with an operator between two marks (`a^2+b^2`, `W/m^2/K^4`, `3~5,7~10`)."""
_ONE_TILDE_STRIKE = pattern(r"(?<![\w~\\])~(?![\s~\\])[^~\n]*?[^\s~\\]~(?![\w~\\])")
"""GitHub's `~struck~`: a lone `~` that is no word's end and has no space after it, then text
on its line up to a lone `~` with no space before it that no word follows. Never `~~struck~~`,
Pandoc's `H~2~O` (`_SUB_OR_SUPERSCRIPT`), `~5% to ~10%` or `~3-~5` (a space before, a number
after the second `~`), nor an escaped `\\~`, nor LaTeX's tie before a command (`0.4%~\\cite{a}.
As Section~\\ref{b}`: `exportedsyntax.py` warns of each). Each `~` is tried once as an
opener and the text after it stops at the next `~`, so a line of tildes is read in linear time."""
_CROSS_REFERENCE = pattern(r"(?<![\w.@/\[\\-])@(?:fig|tbl|sec|eq)-[\w-]+|\\@ref\([\w:-]+\)")
"""Quarto's `@fig-map` (never an address's `a@fig-x.org`) and bookdown's `\\@ref(fig:map)`."""


def pasted_syntax(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    """Find CriticMarkup, MDX comments, snippet includes, sub- and superscripts,
    cross-references and line blocks in the run, and what `exportedsyntax.py` finds."""
    found: list[Found] = []
    if "{" in written:
        marks = {m.start(): (m.start(), m[0], _critic_warning) for m in _CRITIC.finditer(written)}
        for m in _CRITIC_UNCLOSED.finditer(written):
            marks.setdefault(m.start(), (m.start(), m[0], _unclosed_critic_warning))
        found += marks.values()
        found += [(m.start(), m[0], _mdx_warning) for m in _MDX_COMMENT.finditer(written)]
    if "8<-" in written:
        found += [(m.start(1), m[1], _snippet_warning) for m in _SNIPPET.finditer(written)]
    if "~" in written or "^" in written:
        scripts = _SUB_OR_SUPERSCRIPT.finditer(written)
        found += [
            (m.start(), m[0], _script_warning)
            for m in scripts
            if not (_cjk_range(m) or ties_a_preposition(written, m.start()))
        ]
    if "~" in written:
        struck = _ONE_TILDE_STRIKE.finditer(written)
        found += [(m.start(), m[0], _one_tilde_warning) for m in struck if not _cjk_range(m)]
    if "@" in written:
        found += [
            (m.start(), m[0], _cross_reference_warning) for m in _CROSS_REFERENCE.finditer(written)
        ]
    if "\n| " in written and (start := _line_block_start(written)) is not None:
        found.append((start, written[start:].split("\n", 1)[0], _line_block_warning))
    found += exported_syntax(written, references)
    yield from sorted(found, key=lambda item: item[0])


def _cjk_range(script: re.Match[str]) -> bool:
    """Whether a sub- or superscript is Chinese, Japanese or Korean prose: a CJK character
    between its marks (`1~3月期と4~6月期`, `東京~大阪~福岡`), or a `~` right after one
    (`東京~A~福岡`). Written with no spaces between words, those scripts put an ASCII `~`
    between the ends of a range; a Pandoc subscript is a short word or number (`H~2~O`)."""
    after_cjk = script[0][0] == "~" and is_cjk(script.string[script.start() - 1])
    return after_cjk or any(is_cjk(char) for char in script[0][1:-1])


def _line_block_start(written: str) -> int | None:
    """Return where the first of two lines in a row that are a line block's starts."""
    offset = 0
    previous: int | None = None
    for line in written.split("\n"):
        if _LINE_BLOCK_LINE.match(line):
            if previous is not None:
                return previous
            previous = offset
        else:
            previous = None
        offset += len(line) + 1
    return None


def _critic_warning(pos: SourcePos, shown: str) -> Diagnostic:
    # A substitution's `~~` strike its old and new words through together, as one `~~…~~`,
    # unless a space inside them keeps them from opening or closing a strikethrough.
    strikes = shown.startswith("{~~") and not (shown[3:4].isspace() or shown[-4:-3].isspace())
    struck = ", its old and new words struck through" if strikes else ""
    return warning(
        pos,
        f"CriticMarkup `{wrapped_excerpt(shown, 40)}` is shown as text{struck} "
        "(a reviewer's comment is published)",
        hint="accept or reject the changes and remove the comments before publishing",
    )


def _unclosed_critic_warning(pos: SourcePos, shown: str) -> Diagnostic:
    closing = shown[-2:] + "}"
    return warning(
        pos,
        f"CriticMarkup `{wrapped_excerpt(shown, 40)}` has no closing `}}`: it is shown as text "
        "(a reviewer's change is published)",
        hint=f"accept or reject the change and remove its marks, or close it with `{closing}`",
    )


def _mdx_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"MDX comment `{wrapped_excerpt(shown, 40)}` is not supported: its text is published",
        hint="write a private note as an HTML comment `<!-- … -->`, which briefgen drops",
    )


def _snippet_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"snippet include `{excerpt(shown, 40)}` is not read; the line is shown as text and "
        "the file is not included",
        hint="paste the file's text here instead",
    )


def _script_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"Pandoc sub- or superscript `{excerpt(shown, 40)}` is not supported; shown with its "
        f"`{shown[0]}` marks",
        hint="write it plainly (`H2O`, `m2`) or with Unicode characters (`H₂O`, `m²`)",
    )


def _one_tilde_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"`{excerpt(shown, 40)}` is not struck through: strikethrough takes two tildes "
        "(GitHub's one is not read); shown with its `~` marks",
        hint="write two tildes on each side (`~~struck~~`), or `\\~` for a tilde",
    )


def _cross_reference_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"cross-reference `{excerpt(shown, 40)}` is not read; shown as text",
        hint="write the reference out (`Figure 1`, `the table below`) or link to a section: "
        "`[Budget](#budget)`",
    )


def _line_block_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"a Pandoc line block `{excerpt(shown, 40)}` is shown as text, its lines run together",
        hint="remove the `| ` marks and use a line break (`\\` at line end)",
    )
