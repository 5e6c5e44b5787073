"""The names an article gives the heading over its numbered notes: `Notes`, `Endnotes`,
`References`, `Fuentes`, `Anmerkungen`.

`check` reads a numbered list under such a heading as Word's endnotes pasted as a list
(`bracketnotes.py`), and `import` drops such a line right above the notes it turns into
Markdown's, as the page lists them under a heading of its own (`importer/notesheading.py`):
one list, so a name one knows the other knows too.
"""

from __future__ import annotations

NOTES_NAMES = frozenset(
    name.casefold()
    for name in (
        *("Notes", "Note", "Endnotes", "Endnote", "End notes", "Footnotes", "Footnote"),
        *("References", "Reference", "Sources"),
        *("Notas", "Notas al pie", "Notas finales", "Referencias", "Fuentes"),  # Spanish
        *("Notas de rodapé", "Referências", "Fontes"),  # Portuguese
        *("Notes de bas de page", "Notes de fin", "Références"),  # French
        *("Anmerkungen", "Fußnoten", "Endnoten", "Quellen"),  # German
        *("Note a piè di pagina", "Riferimenti"),  # Italian ("Note" above)
    )
)
"""What an article calls its list of numbered notes, in the languages briefgen reads,
compared casefolded (`FUSSNOTEN`)."""
_AFTER = " \t\u00a0\u202f:"
"""What may follow the name: a colon, after a space too, as French writes it (`Notes :`)."""


def names_notes(text: str) -> bool:
    """Return whether a line or heading is only a name for notes (`Notes`, `ENDNOTES:`)."""
    return len(text) < 40 and text.strip().rstrip(_AFTER).casefold() in NOTES_NAMES
