"""A translation's placeholders, as pages fill them: Jinja's new-style gettext formats every
translation with `%` and its label's values, so a translation `%` cannot format that way
would fail each page that shows it. Checked for a `.po` and a `.mo` alike (site/catalogs.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import error
from briefgen.patterns import pattern
from briefgen.site.catalogtext import translation_forms
from briefgen.site.labels import msgid_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from babel.messages.catalog import Catalog, Message

    from briefgen.diagnostics import Diagnostic, SourcePos
    from briefgen.site.catalogtext import Locate


def placeholder_errors(
    catalog: Catalog, locate: Locate, entry_pos: Callable[[Message], SourcePos]
) -> list[Diagnostic]:
    """Return an error for each placeholder of a translation that its label does not fill,
    as Babel checks them, then for each translation `%` cannot format: at the placeholder
    (`locate`), else at the entry (`entry_pos`). Fuzzy entries are never shown, so never
    checked."""
    problems = [
        error(
            _checked_pos(message, str(problem), locate, entry_pos),
            f"{msgid_of(message)!r}: {problem}",
        )
        for message, problems in catalog.check()
        if not message.fuzzy
        for problem in problems
    ]
    return problems + _format_errors(catalog, locate)


class _AnyPlaceholder(dict[str, int]):
    """Values for any named placeholder, to try a translation as a %-format."""

    def __missing__(self, key: str) -> int:
        return 0


def _checked_pos(
    message: Message, problem: str, locate: Locate, entry_pos: Callable[[Message], SourcePos]
) -> SourcePos:
    """Return where a problem Babel found is: at the placeholder it names, in the translation
    that has it; else at the entry."""
    if named := _NAMED_PLACEHOLDER.search(problem):
        for form, string in translation_forms(message):
            if (offset := string.find(f"%({named[1]})")) != -1:
                return locate(message, form, offset)
    return entry_pos(message)


_NAMED_PLACEHOLDER = pattern(r"placeholder '(.*)'$")


def _format_errors(catalog: Catalog, locate: Locate) -> list[Diagnostic]:
    """Return an error for each translation that `%` cannot format with its label's values,
    at the translation's line, and at its column where the mistake has one.

    Pages format every translation with `%` (Jinja's new-style gettext), even a label with no
    placeholder, so a lone `%` would fail the page as it renders, and so would a placeholder
    in the translation of a label without any (`%(x)s`: no value; `%s`: `{}` printed). Babel
    checks only labels that hold a placeholder, and reads `100% min` as one.
    """
    found = []
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        ids = message.id if isinstance(message.id, tuple | list) else [message.id]
        given = {name for label in ids for name, _, _ in _conversions(label)}
        for form, string in translation_forms(message):
            if string and (problem := _format_problem(string, given)) is not None:
                text, hint, offset = problem
                at = locate(message, form, offset)
                found.append(error(at, f"{msgid_of(message)!r}: {text}", hint))
                break
    return found


def _format_problem(string: str, given: set[str]) -> tuple[str, str, int | None] | None:
    """Return what is wrong with a translation as a %-format, a hint, and where in it the
    wrong `%` is (None: no one place); None when fine."""
    conversions = _conversions(string)
    if padded := [at for _, is_padded, at in conversions if is_padded]:
        return (  # `%(x)999999999s`: a page of a gigabyte
            "the translation gives a placeholder a width or a precision",
            "write each placeholder as the label does, e.g. `%(name)s`",
            padded[0],
        )
    try:
        string % _AnyPlaceholder()
    except (ValueError, TypeError) as exc:
        index = _AT_INDEX.search(str(exc))
        percent = string.rfind("%", 0, int(index[1]) if index else len(string))
        offset = percent if percent != -1 and isinstance(exc, ValueError) else None
        return f"the translation is not a valid %-format ({exc})", "write a `%` as `%%`", offset
    # Babel checks the placeholders of a label that has any, by a pattern of word names; not
    # those of a label without, nor a name `%` reads and the pattern does not (`%((x))s`).
    names = {name for name, _, _ in conversions} - given
    extra = sorted(names if not given else {n for n in names if not n.isidentifier()})
    if not extra:
        return None
    named = ", ".join(f"%({name})s" if name else "%s" for name in extra)
    first = min(at for name, _, at in conversions if name in extra)
    return (
        f"the translation has {named}, which the label does not",
        "use only the label's placeholders, or none; write a `%` as `%%`",
        first,
    )


_AT_INDEX = pattern(r"at index (\d+)")
"""Where Python's `%` says a format went wrong: `unsupported format character 'A' … at index 4`."""


def _conversions(text: str) -> list[tuple[str, bool, int]]:
    """Return each %-format placeholder of `text` as `%` reads it: its name ("" for `%s`),
    whether it has a width or a precision, and where its `%` is. A key may nest parentheses
    (`%((x))s`)."""
    found: list[tuple[str, bool, int]] = []
    at = text.find("%")
    while at != -1 and at + 1 < len(text):
        percent = at
        at += 1
        if text[at] == "%":
            at = text.find("%", at + 1)
            continue
        name = ""
        if text[at] == "(":
            depth, start = 1, at + 1
            while depth and at + 1 < len(text):
                at += 1
                depth += {"(": 1, ")": -1}.get(text[at], 0)
            name, at = text[start:at], at + 1
        spec = _SPEC.match(text, at)
        padded = spec is not None and bool(spec[1] or spec[2])
        found.append((name, padded, percent))
        at = text.find("%", spec.end() if spec else at)
    return found


_SPEC = pattern(r"[#0 +\-]*([0-9]+|\*)?(\.(?:[0-9]*|\*))?[hlL]?")
"""What follows `%` and its key: flags, width, precision and a length `%` ignores. `%` reads
ASCII digits only: `%(n)\u0665s` is no width but a conversion it refuses."""
