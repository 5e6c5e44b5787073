"""Lines that label what follows their colon: a credit (`Contact: Maria Lopez`), or the
text's metadata (`Source: OCHA`), a table's source or note among it.

A press release or a report puts such lines by its headline, under a table or between its
sections. A credit names who to contact, who wrote or who took the picture, as a byline does
(`By Ana Torres`): it reads like a heading (short, a capital first, no stop) but heads, titles
and sums up nothing. The credits' labels are English, Spanish, French, German, Portuguese and
Italian.
"""

from __future__ import annotations

import re

from briefgen.content.captionwords import SOURCE_LABELS
from briefgen.importer.sentences import sentence_ends
from briefgen.patterns import pattern

_CREDIT_LABELS = frozenset(
    # English, Spanish, French, German, Portuguese and Italian; each lower-cased.
    (
        "contact", "contacts", "media contact", "media contacts", "press contact",
        "press contacts", "contact person", "author", "authors", "by", "written by",
        "reported by", "prepared by", "compiled by", "edited by", "reporter", "correspondent",
        "editor", "spokesperson", "press officer", "press office", "enquiries",
        "media enquiries", "press enquiries", "inquiries", "media inquiries", "photo",
        "photos", "photo credit", "image credit", "credit",
        # A memo's header names who wrote it and to whom: `From: Policy Unit`, `To: Jane Doe`.
        "from", "to", "cc", "bcc", "para", "de", "à", "an",
        "contacto", "contactos", "contacto de prensa", "contacto para medios", "autor",
        "autora", "autores", "por", "escrito por", "redacción", "texto", "portavoz", "foto",
        "fotos", "prensa",
        "contacts presse", "contact presse", "contact média", "auteur", "auteure", "autrice",
        "auteurs", "par", "rédigé par", "rédaction", "texte", "porte-parole",
        "attaché de presse", "attachée de presse", "presse",
        "kontakt", "ansprechpartner", "ansprechpartnerin", "pressekontakt", "autorin",
        "autoren", "von", "verfasser", "verfasserin", "text", "redaktion", "pressesprecher",
        "pressesprecherin", "bild",
        "contato", "contatos", "contato de imprensa", "contato para imprensa",
        "assessoria de imprensa", "redação", "porta-voz", "imprensa",
        "contatto", "contatti", "contatto stampa", "contatti stampa", "ufficio stampa",
        "autore", "autori", "a cura di", "testo", "redazione", "portavoce", "stampa",
    )
)  # fmt: skip
"""What labels a credit before its colon (`Contact:`, `Written by:`, `Foto:`)."""
_CREDIT_LEADS = frozenset(
    # English, Spanish, French, German, Portuguese and Italian; each lower-cased.
    (
        "report", "paper", "brief", "briefing", "note", "document", "study", "text", "article",
        "story", "update", "analysis", "photo", "photos",
        "informe", "documento", "nota", "texto", "estudio", "artículo", "rapport", "texte",
        "étude", "bericht", "studie", "relatório", "estudo", "rapporto", "testo", "studio",
    )
)  # fmt: skip
"""The words that may lead a credit with no colon, the document it credits (`Report prepared
by Jane Doe`); any other (`Cases Reported by Region`) makes a heading."""
_NAME_JOINS = frozenset(
    (
        "of", "the", "and", "for", "&", "de", "del", "la", "las", "los", "el", "y", "e", "da",
        "do", "das", "dos", "des", "du", "le", "les", "et", "und", "für", "der", "die", "van",
        "von", "di", "della", "dei", "degli",
    )
)  # fmt: skip
"""The words in lower case a name may join its capitalised words with (`Department of
Health`, `Departamento de Estudios`, `Abteilung für Analyse`)."""
_CREDITED = pattern(
    r"(?:(?P<lead>[^\W\d_]+) )?(?:"
    r"(?:prepared|compiled|written|edited|reported|produced|authored|researched) by"
    r"|(?:elaborad[oa]|preparad[oa]|redactad[oa]|escrit[oa]|editad[oa]|compilad[oa]"
    r"|redigid[oa]) (?:por|pel[oa])"
    r"|(?:rédigée?|préparée?|établie?|écrite?|réalisée?"
    r"|compilée?) par"
    r"|(?:verfasst|erstellt|geschrieben|bearbeitet|zusammengestellt) von"
    r"|(?:redatt[oa]|preparat[oa]|scritt[oa]|elaborat[oa]|curat[oa]) da|a cura d(?:i|el|ella)"
    r") (?P<name>.+)",
    re.IGNORECASE,
)
"""A credit written with no colon (`Prepared by the Emergency Response Unit`, `Written by
Jane Doe`, `Elaborado por el Departamento…`, `Rédigé par…`, `Erstellt von…`, `A cura di…`):
a document's word may lead it (`Report prepared by`), and a name ends it (`_names`)."""
_LABEL_MAX_WORDS = 4
"""The most words a line's label has (`Out of hours media enquiries:`)."""
_CREDIT_MAX_WORDS = 12
"""The most words a credit has, its role and office included (`Media contact: Maria Lopez,
Senior Press Officer, Ministry of Housing` has 9)."""


def split_label(text: str) -> tuple[str, str] | None:
    """Return the label and the value of a `Label: value` line (`Source: OCHA`, French's
    `Contact presse : Marie Dupont` too): a label of at most 4 words, then a colon and a
    space; or None."""
    label, colon, value = text.partition(":")
    label = " ".join(label.split())
    if not colon or not value[:1].isspace() or not value.strip():
        return None
    if not label or len(label.split()) > _LABEL_MAX_WORDS:
        return None
    return label, value.strip()


def is_source_line(text: str) -> bool:
    """Return True for a line that names a table's source or adds a note to it (`Source:
    OCHA`, `Note: Figures are provisional`, `Fuente: OSE`), not a heading with a colon
    (`Strengthening Regional Collaboration: Key Insights`)."""
    labelled = split_label(text)
    return labelled is not None and labelled[0].casefold() in SOURCE_LABELS


_EDITORS_NOTE_LABELS = frozenset(
    # English, Spanish, French, German, Portuguese and Italian; each lower-cased, its
    # apostrophe straight (`_APOSTROPHES`).
    (
        "editor's note", "editors' note", "editors note", "editor note", "note from the editor",
        "note to readers", "nota del editor", "nota de la redacción", "nota del redactor",
        "note de la rédaction", "ndlr", "n.d.l.r.", "note de l'éditeur",
        "anmerkung der redaktion", "nota do editor", "nota da redação", "nota della redazione",
        "nota dell'editore",
    )
)  # fmt: skip
"""What labels an editor's note before its colon (`Editor's note:`, `Nota del editor:`)."""
_APOSTROPHES = str.maketrans("\u2019\u02bc", "''")


def is_editors_note(text: str) -> bool:
    """Return True for a paragraph an editor's note opens, its apostrophe straight or curly
    (`Editor's note: This article was updated on 4 March 2026 to correct a figure.`): it says
    how the article was made or changed, and sums up nothing of what it says."""
    labelled = split_label(text)
    return (
        labelled is not None
        and labelled[0].casefold().translate(_APOSTROPHES) in _EDITORS_NOTE_LABELS
    )


def is_credit_or_editors_note(line: str) -> bool:
    """Return True for a credit's line (`Contact: Maria Lopez`) or an editor's note's, which
    read like a heading but head nothing."""
    return is_credit_line(line) or is_editors_note(line)


def is_credit_line(text: str) -> bool:
    """Return True for a credit: a label that names who to contact, who wrote or who took
    the picture, its colon, then a short value with no sentence's end inside it (`Contact:
    Maria Lopez`, `Contact presse : Marie Dupont`, `Foto: Reuters`); or such words with no
    colon before a name (`Prepared by the Data Team`, `_CREDITED`)."""
    labelled = split_label(text)
    if labelled is None:
        credited = _CREDITED.fullmatch(text)
        lead = credited and credited["lead"]
        if credited is None or (lead and lead.casefold() not in _CREDIT_LEADS):
            return False
        if not _names(credited["name"]):
            return False
        labelled = ("", text[credited.start("name") :])
    elif labelled[0].casefold() not in _CREDIT_LABELS:
        return False
    return len(text.split()) <= _CREDIT_MAX_WORDS and next(sentence_ends(labelled[1]), None) is None


def _names(words: str) -> bool:
    """Return True for the words after a credit's `by` when they are a name and its office
    alone: a capital first, or after a word in lower case (`the Data Team`, `el
    Departamento`), then capitalised words and the words that join them, a comma between
    (`Jane Doe, Policy Unit`); a sentence goes on past the name (`Tolstoy in 1869, the
    novel…`)."""
    first, _, second = words.partition(" ")
    if not (first[:1].isupper() or (first.islower() and second[:1].isupper())):
        return False
    names = [word.removesuffix(",") for word in words.split()]
    if names[-1].casefold() in _NAME_JOINS:
        return False
    return all(word[:1].isupper() or word.casefold() in _NAME_JOINS for word in names)
