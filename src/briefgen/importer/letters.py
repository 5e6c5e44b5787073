"""The lines of a letter or an email around its text: its salutation (`Dear Sarah,`).

A salutation ends on a comma, and the text after it may start in lower case, as German and
most continental emails do (`Sehr geehrte Damen und Herren,` / `wir möchten…`): a line of
its own, never a wrapped line of the paragraph under it.
"""

from __future__ import annotations

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
    lowered = text.lower()
    return any(
        lowered.startswith(greeting) and lowered[len(greeting) : len(greeting) + 1] in " ,:"
        for greeting in _SALUTATIONS
    )
