"""The lines of a letter or an email around its text: its salutation (`Dear Sarah,`) and its
sign-off (`Best,` / `Tom`).

A salutation ends on a comma, and the text after it may start in lower case, as German and
most continental emails do (`Sehr geehrte Damen und Herren,` / `wir möchten…`): a line of
its own, never a wrapped line of the paragraph under it. The short lines under a sign-off
are a signature (a name, a job title), and a line over an address is a contact's name:
never a section's heading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.importer.addresses import is_address
from briefgen.importer.sentences import FULL_STOPS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.importer.lines import Line

_SALUTATIONS = (
    # English, Spanish, French, German, Italian and Portuguese; each lower-cased.
    "dear", "hi", "hello", "hey", "greetings", "good morning", "good afternoon",
    "good evening", "to whom it may concern",
    "estimado", "estimada", "estimados", "estimadas", "querido", "querida", "queridos",
    "queridas", "hola", "buenos días", "buenas tardes",
    "bonjour", "bonsoir", "cher", "chère", "chers", "chères", "madame", "monsieur",
    "mesdames",
    "sehr geehrte", "sehr geehrter", "liebe", "lieber", "hallo", "guten tag",
    "gentile", "gentili", "caro", "cara", "cari", "care", "buongiorno", "ciao",
    "prezado", "prezada", "prezados", "prezadas", "olá", "bom dia",
)  # fmt: skip
"""What a salutation starts with: a greeting, before a name or on its own (`Hi all,`)."""
_SALUTATION_MAX_WORDS = 8


def is_salutation(text: str) -> bool:
    """Return True for a letter's salutation: a short line that starts with a greeting and
    ends on a comma or a colon (`Dear Sarah,`, `Estimados señores:`, `Sehr geehrte Damen
    und Herren,`)."""
    if not text.endswith((",", ":")) or len(text.split()) > _SALUTATION_MAX_WORDS:
        return False
    return greets(text)


def greets(text: str) -> bool:
    """Return True for a line that starts with a greeting (`Hi team`, `Dear Colleagues`), its
    comma there or not."""
    lowered = text.lower()
    return any(
        lowered.startswith(greeting) and lowered[len(greeting) : len(greeting) + 1] in " ,:"
        for greeting in _SALUTATIONS
    )


_SIGN_OFFS = frozenset((
    # English, Spanish, French, German, Italian and Portuguese; each lower-cased.
    "best", "best wishes", "best regards", "kind regards", "warm regards", "regards",
    "many thanks", "thanks", "thank you", "cheers", "sincerely", "yours sincerely",
    "yours faithfully", "yours truly", "all the best",
    "saludos", "un saludo", "saludos cordiales", "atentamente", "un abrazo", "cordialmente",
    "cordialement", "bien cordialement", "bien à vous", "amitiés",
    "mit freundlichen grüßen", "freundliche grüße", "viele grüße", "beste grüße",
    "liebe grüße", "herzliche grüße",
    "cordiali saluti", "distinti saluti", "saluti", "atenciosamente", "abraços",
))  # fmt: skip
"""What a letter's sign-off line reads, with or without its comma."""
_SIGNATURE_DELIMITER = "--"
"""The line an email's signature starts under (`-- `, its space cleaned off)."""
_SIGNATURE_REACH = 5
"""How many lines under a sign-off a signature goes on: a name, a job, a team, an address."""


def in_signature(lines: Sequence[Line], at: int) -> bool:
    """Return True for a sign-off line (`Best,`, `Saludos,`, `Mit freundlichen Grüßen`) or
    a line of the signature under it or under an email's `--`: at most `_SIGNATURE_REACH`
    lines down, with no blank line between; or for a contact's name over its address
    (`Office of Public Affairs` / `press@treasury.example.gov`)."""
    after = lines[at + 1] if at + 1 < len(lines) else None
    if after is not None and not after.after_blank and _is_contact_address(after.text):
        return True
    for index in range(at, max(at - _SIGNATURE_REACH - 1, -1), -1):
        text = lines[index].text
        if text == _SIGNATURE_DELIMITER or text.removesuffix(",").lower() in _SIGN_OFFS:
            return True
        if lines[index].after_blank:
            return False
    return False


def _is_contact_address(text: str) -> bool:
    """Return True for a line that starts with an email or web address and is no sentence
    (`press@treasury.example.gov`, `tom@example.org | 020 7946 0123`)."""
    first = text.partition(" ")[0]
    return is_address(first) and not text.endswith(FULL_STOPS)
