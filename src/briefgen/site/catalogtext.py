"""What a project catalog's translations would put on pages: checked before any page renders.

A catalog may come from anyone who translates (a pull request, a translation platform), and
pages insert what it says. So a plural formula must pick one of the catalog's forms for every
count, as GNU msgfmt checks (else a page fails as it renders, blamed on the theme, or shows
English); a translation may hold no character a page cannot (control characters, from `\\a`,
`\\b`, `\\f`, `\\v` or written raw, and noncharacters); and pages show a translation as text
(site/i18n.py) unless its label is markup, whose translation must hold the label's tags and
no other, and no character reference to a character no page can hold (`&#0;`).
"""

from __future__ import annotations

import gettext
from collections import Counter
from typing import TYPE_CHECKING

from briefgen.content.bidicontrols import described, leaking_controls
from briefgen.content.charrefs import refused_references
from briefgen.content.yamldocument import BAD_CHARACTERS
from briefgen.diagnostics import error, warning
from briefgen.patterns import pattern
from briefgen.site.i18n import is_markup_label
from briefgen.site.labels import msgid_of
from briefgen.site.pluralformula import COUNTS, formula_failure

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from babel.messages.catalog import Catalog, Message

    from briefgen.diagnostics import Diagnostic, SourcePos

    Locate = Callable[[Message, int | None, int | None], SourcePos]
    """Where character `offset` (None: the translation as a whole) of a message's plain
    `msgstr` (form None) or `msgstr[form]` is written."""

_MARKUP = pattern(r"<[^<>]*>|[<>]")
"""A tag, or a `<` or `>` that starts or ends none: the markup of a markup label."""
_MARKUP_IN_TEXT = pattern(r"</?[A-Za-z!?][^<>]*>?|&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|\w+);")
"""What a translator may have meant as markup in a text label's translation: a tag, an entity."""


def plural_problem(formula: str | Callable[[int], int], forms: int) -> str | None:
    """Return how a plural formula fails a count of `COUNTS`: it cannot be read, raises, or
    picks a form that a catalog of `forms` forms (its `nplurals`) does not have; None when it
    never does. `formula` is the text gettext compiles, or what gettext compiled from it."""
    if isinstance(formula, str):
        try:
            formula = gettext.c2py(formula)
        except (ValueError, RecursionError) as exc:  # gettext's words for a formula it cannot read
            return f"the plural formula cannot be read ({exc})"
    if failure := formula_failure(formula):
        return failure
    for count in COUNTS:
        if not 0 <= (form := formula(count)) < forms:
            return (
                f"the plural formula picks form {form} for n = {count},"
                f" which `nplurals={forms}` does not have"
            )
    return None


def translation_forms(message: Message) -> list[tuple[int | None, str]]:
    """Return each translation of `message` with its plural form (None for a plain `msgstr`)."""
    if isinstance(message.string, tuple | list):
        return list(enumerate(message.string))
    return [(None, message.string or "")]


def translation_problems(catalog: Catalog, locate: Locate) -> list[Diagnostic]:
    """Return an error for each translation holding a character no page can hold, or markup
    its markup label does not have, and a warning for markup in a text label's translation,
    which pages show as text. Fuzzy entries are never shown, so never checked."""
    found = []
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        labels = list(message.id) if isinstance(message.id, tuple | list) else [message.id]
        for form, string in translation_forms(message):
            problem = _character_error(message, string, form, locate) or (
                _reference_error(message, string, form, locate)
                or _markup_error(message, labels, string, form, locate)
                if any(map(is_markup_label, labels))
                else _markup_warning(message, string, form, locate)
            )
            if problem is not None:
                found.append(problem)
                break
        found += _direction_warnings(message, locate)
    return found


def _direction_warnings(message: Message, locate: Locate) -> list[Diagnostic]:
    """Return a warning at the first direction control of `message`'s translations that would
    reorder the page's text after it (pages leave them out: content/bidicontrols.py)."""
    for form, string in translation_forms(message):
        if leaking := leaking_controls(string):
            return [
                warning(
                    locate(message, form, leaking[0]),
                    f"{msgid_of(message)!r}: the translation holds {described(string, leaking)},"
                    " which would reorder the page's text after it; left out",
                    "delete it; an isolate (U+2066 to U+2068) closed by a U+2069 within the"
                    " translation is kept",
                )
            ]
    return []


def _character_error(
    message: Message, string: str, form: int | None, locate: Locate
) -> Diagnostic | None:
    """Return an error at the first character of `string` that no page can hold."""
    bad = BAD_CHARACTERS.search(string)
    if bad is None:
        return None
    char = f"U+{ord(bad.group()):04X}"
    return error(
        locate(message, form, bad.start()),
        f"{msgid_of(message)!r}: the translation holds the character {char},"
        " which cannot be published",
        "remove it: a translation holds no control character (`\\a`, `\\b`, `\\f`, `\\v`)"
        " or noncharacter",
    )


def _reference_error(
    message: Message, string: str, form: int | None, locate: Locate
) -> Diagnostic | None:
    """Return an error at the first character reference of a markup label's translation to a
    character `_character_error` refuses (or to a surrogate, or to none): the page inserts it
    as markup, where a browser reads `&#0;` as it reads a raw NUL, with a parse error."""
    for offset, reference, what in refused_references(string, BAD_CHARACTERS, html=True):
        return error(
            locate(message, form, offset),
            f"{msgid_of(message)!r}: the translation's `{reference}` stands for {what}",
            f"remove it; to show the reference itself, write `&amp;{reference[1:]}`",
        )
    return None


def _markup_error(
    message: Message, labels: Sequence[str], string: str, form: int | None, locate: Locate
) -> Diagnostic | None:
    """Return an error at a tag of a markup label's translation that the label has not (pages
    insert it as markup), else at the translation when it leaves out one of the label's."""
    expected = Counter[str]()
    for label in labels:
        expected |= Counter(_MARKUP.findall(label))
    for tag in _MARKUP.finditer(string):
        if expected[tag.group()] == 0:
            return error(
                locate(message, form, tag.start()),
                f"{msgid_of(message)!r}: the translation has the markup `{tag.group()}`,"
                " which its label has not",
                "keep the label's tags as they are, and translate the text around them",
            )
        expected[tag.group()] -= 1
    left_out = next((tag for tag, count in expected.items() if count > 0), None)
    if left_out is None:
        return None
    return error(
        locate(message, form, None),
        f"{msgid_of(message)!r}: the translation leaves out the label's markup `{left_out}`",
        "keep the label's tags as they are, and translate the text around them",
    )


def _markup_warning(
    message: Message, string: str, form: int | None, locate: Locate
) -> Diagnostic | None:
    """Return a warning at what looks like markup in the translation of a text label."""
    markup = _MARKUP_IN_TEXT.search(string)
    if markup is None:
        return None
    return warning(
        locate(message, form, markup.start()),
        f"{msgid_of(message)!r}: the translation's `{markup.group()}` is shown as text:"
        " its label is text, not markup",
        "write the translation as plain text, as its label is",
    )
