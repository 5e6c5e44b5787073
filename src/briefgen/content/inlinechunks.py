"""R Markdown's and Quarto's inline code, `` `r round(x, 1)` `` and `` `{r} nrow(df)` ``:
knitr runs it and writes its value in its place. briefgen runs no code, so the page shows the
expression as code where its author meant a number or a date: a warning at each one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

_INLINE_CHUNK = pattern(r"(`+) ?(?:r|\{r\}) +(?![\s=<>!~*/^&|+\-])[^`\n]*?[^ `\n] ?\1(?!`)")
"""A code span of knitr's inline R, `r` (Quarto's `{r}`), a space and an expression; not a
variable `r` in an expression (`` `r = 0.82` ``, `` `r -v` ``)."""


def inline_chunks(content: str, written: str, code: str) -> list[Found]:
    """Find each code span of an inline run (`content`) that is knitr's inline R code; in
    `written`, the same run, each code span's characters are `code`, so only a whole span is
    one."""
    if "`r " not in content and "`{r}" not in content and "` r " not in content:
        return []
    found: list[Found] = []
    for match in _INLINE_CHUNK.finditer(content):
        start, end = match.span()
        whole = written[start:end] == code * (end - start)
        if whole and written[start - 1 : start] != code and written[end : end + 1] != code:
            found.append((start, match[0], _chunk_warning))
    return found


def _chunk_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return warning(
        pos,
        f"R Markdown's inline code `{excerpt(shown.strip('`').strip(), 40)}` is not run; it is "
        "shown as code",
        hint="write its value, as knitr would print it, in its place: briefgen runs no code",
    )
