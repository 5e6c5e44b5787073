"""Headings that name a part of any document (`Summary`, `Background`, `Key Points`).

Such a line heads a section of the text, whatever the text is about: first in an article
(`Summary` over its first paragraph), it is no headline, and no title for `import` to
propose, which `Summary` would be for every briefing so written.
"""

from __future__ import annotations

from briefgen.importer.numberedsections import SECTION_NUMBER
from briefgen.patterns import pattern

_PART_NAMES = frozenset(
    # Words, as a list of words; English first, then Spanish, French, German and Portuguese.
    [
        "summary",
        "executive summary",
        "abstract",
        "overview",
        "background",
        "introduction",
        "context",
        "key points",
        "key findings",
        "key messages",
        "key facts",
        "key figures",
        "key takeaways",
        "takeaways",
        "highlights",
        "main points",
        "at a glance",
        "in brief",
        "in short",
        "tl;dr",
        "tldr",
        "the bottom line",
        "bottom line",
        "findings",
        "analysis",
        "discussion",
        "conclusion",
        "conclusions",
        "recommendations",
        "next steps",
        "outlook",
        "contents",
        "table of contents",
        "resumen",
        "resumen ejecutivo",
        "introducción",
        "antecedentes",
        "contexto",
        "conclusiones",
        "recomendaciones",
        "résumé",
        "synthèse",
        "contexte",
        "recommandations",
        "zusammenfassung",
        "hintergrund",
        "einleitung",
        "fazit",
        "resumo",
        "introdução",
        "conclusões",
    ]
)
"""What a part of any report, brief or article is called, in lower case."""
_AROUND = pattern(rf"^(?:{SECTION_NUMBER}[.)]?|[^\w\s]+)\s+|[\s:.\uff1a]+$")
"""What a part's name may stand between: a section's number (`1. Summary`, `2.1 Background`;
not a year, `2025 Outlook` names its own), a mark (`■ Summary`), a final colon."""


def names_a_part(line: str) -> bool:
    """Return True for a line that only names a part of a document (`Summary`, `SUMMARY:`,
    `1. Background`), not what the document is about."""
    return _AROUND.sub("", line.strip()).casefold() in _PART_NAMES
