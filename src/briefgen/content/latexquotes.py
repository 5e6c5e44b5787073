"""Quotations typed with LaTeX's marks, two backticks and two apostrophes: each a warning at
its opening marks (`leftovers.py` places it).

An author used to LaTeX writes ``` ``a blunt instrument'' ```, which LaTeX prints as “a blunt
instrument”. To Markdown two backticks open a code span: alone in its paragraph, such a
quotation shows its backticks and apostrophes as typed; with a second one after it
(``` ``fair'' and the opposition ``a disgrace'' ```), the two runs pair, and the page shows
``fair'' and the opposition `` as code, its marks gone, with nothing to say so. A quotation is
two backticks no backtick or backslash stands before, then a character that is no space,
quote or backtick, then text with no backtick up to two apostrophes right after a character
that is no space, quote nor opening bracket, which no apostrophe, backtick or word character
follows: a code span that holds `''` as code does (`` ``x = ''`` ``, `` ``print('')`` ``) is
none, and so is one whose closing backticks follow no space nor opening bracket, as a second
quotation's opening marks do (`` ``f(a,'')`` ``, `` ``IFS='' read`` ``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.codespans import code_spans
from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

_QUOTATION = pattern(r"(?<![`\\])``(?=[^\s`'])[^`]*?(?<=[^\s`'(\[{])''(?![`'\w])")
"""A quotation in LaTeX's marks: ``` ``text'' ```, over lines too (a paragraph wraps). Each
match stops at the next backtick, so a run is read in time linear in its length."""


def latex_quotes(content: str, written: str, code: str) -> list[Found]:
    """Find each quotation of an inline run (`content`) typed in LaTeX's marks; in `written`,
    the same run, each code span's characters are `code`, which tells a quotation whose
    backticks open a code span from one shown as typed."""
    if "``" not in content or "''" not in content:
        return []
    found: list[Found] = []
    spans: tuple[dict[int, int], set[int]] | None = None
    for match in _QUOTATION.finditer(content):
        start = match.start()
        make = _as_typed_warning
        if written[start] == code:  # in a code span: its backticks may open or close it
            if spans is None:
                delimiters = [(start, end - size) for start, end, size in code_spans(content)]
                spans = dict(delimiters), {pair[1] for pair in delimiters}
            if start in spans[0]:
                if not _opens_a_quotation(content, spans[0][start]):
                    continue  # a code span that holds `''` as code: ``f(a,'')``
                make = _opens_code_warning
            elif start in spans[1]:
                make = _closes_code_warning
            else:
                continue  # inside a longer span: LaTeX shown as code, on purpose
        found.append((start, match[0], make))
    return found


def _opens_a_quotation(content: str, close: int) -> bool:
    """Return whether the backticks at `close`, which close a code span, stand where a
    quotation's opening marks do: after a space or an opening bracket (``` ``fair'' and
    ``a disgrace'' ```), as a code span's closing backticks do not (``` ``f(a,'')`` ```,
    ``` ``IFS='' read`` ```)."""
    return content[close - 1].isspace() or content[close - 1] in "([{\u201c"


def _as_typed_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return _warning(pos, shown, "the page shows its backticks and apostrophes")


def _opens_code_warning(pos: SourcePos, shown: str) -> Diagnostic:
    return _warning(
        pos, shown, "its `` opens a code span, and the text up to the next `` is shown as code"
    )


def _closes_code_warning(pos: SourcePos, shown: str) -> Diagnostic:
    what = "its `` closes the code span an earlier `` opened, and the page shows its apostrophes"
    return _warning(pos, shown, what)


def _warning(pos: SourcePos, shown: str, what: str) -> Diagnostic:
    """Return the warning at a quotation `shown`, saying `what` the page makes of it."""
    message = f"quotation {_shown(shown)} is typed in LaTeX's marks, which Markdown does not read"
    return warning(pos, f"{message}: {what}", hint=_hint(shown))


def _shown(shown: str) -> str:
    """Return the quotation as a message names it: on one line, cut at 40 characters."""
    return excerpt(" ".join(shown.split()), 40)


def _hint(shown: str) -> str:
    words = excerpt(" ".join(shown[2:-2].split()), 40)
    return f'type it in quotation marks: \u201c{words}\u201d (or "{words}")'
