"""The title and summary `import` proposes for an article given none, and where they came from.

The title is the headline, else the first section's heading, else the lede's first sentence;
the summary is the first sentence of the first paragraph. Both pass a letter's salutation, a
byline, a dateline, a release line, a contact's line, a credit and an editor's note, which say
nothing of what the article is about; the summary passes a page's properties too (`Owner: …`
/ `Status: …`).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from briefgen.content.plainfields import folded
from briefgen.content.sourceleftovers import inline_leftovers
from briefgen.importer.addresses import is_contact_line
from briefgen.importer.datelines import is_dateline, is_release_line
from briefgen.importer.headings import in_brackets, is_byline_alone
from briefgen.importer.labels import is_credit_line, is_editors_note, split_label
from briefgen.importer.letters import greets, is_salutation
from briefgen.importer.partnames import names_a_part
from briefgen.importer.sentences import sentence_ends, without_note_marks
from briefgen.model import Paragraph
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from typing import TypeGuard

    from briefgen.importer.article import Article
    from briefgen.model import Block, Section

_PERIODS = ".\u3002\u0964\u0965\u06d4"
"""What a proposed title leaves off its end: a period, or Chinese, Japanese, Hindi or Urdu's
full stop (`。`, a danda `।` `॥`), as a title has none; `?` and `!` stay. A summary is a
sentence, and keeps its own."""
_NOTE_MARK_FOLLOWS = tuple(".?!\"')\u00bb\u201d\u2019\u201c\u2018")
"""What a note's marker follows at a sentence's end: its period, or the quote closing it."""


def propose_summary(article: Article) -> str | None:
    """Return the first sentence of the article's first paragraph, as the summary of an
    article given none: the lede's, else a section's, as an export that opens with a
    heading has no lede (the build would then warn that the summary is missing); after a
    letter's salutation (`Hi Sarah,`), a byline (`By Ana Torres`), a line that dates or
    releases the article (`As of 24 November 2026`), a contact's line (`Phone: (202)
    555-0143`, `press@example.org`) and a page's properties, a `Label: value` a line (as
    Notion exports them), which sum nothing up; nor is one that opens with raw HTML shown as
    text (Notion's `<aside>`)."""
    blocks = itertools.chain(article.lede, _section_blocks(article.sections))
    paragraphs = (b for b in blocks if _has_words(b) and b.pos.line != article.subtitle_line)
    first = next(paragraphs, None)
    while first is not None and (
        _sums_nothing_up(first.text.text)
        or _is_property_block(first.text.html)
        or _RAW_MARKUP.match(first.text.html)
    ):
        first = next(paragraphs, None)
    if first is None:
        return None
    return _plain(_first_sentence(first.text.text, 200, stop=True))


def _sums_nothing_up(text: str) -> bool:
    """Return True for a paragraph that is a salutation, a byline, a dateline, a release line,
    a contact's line (`Phone: (202) 555-0143`) or a credit (`Contact: Maria Lopez`) alone, or
    an editor's note (`Editor's note: This article was updated…`)."""
    return (
        is_salutation(text)
        or is_byline_alone(text)
        or is_dateline(text)
        or is_release_line(text)
        or is_contact_line(text)
        or is_credit_line(text)
        or is_editors_note(text)
    )


def _is_property_block(html: str) -> bool:
    """Return True for a paragraph of two lines or more that each start with a label, as a
    Notion page exports its properties (`Owner: Priya Natarajan` / `Status: Ready for review`
    / `Last edited: December 3, 2026`): a record's fields, which run into one line."""
    lines = [_TAG.sub("", line) for line in html.split("\n")]  # its soft line breaks
    return (
        len(lines) > 1
        and all(map(split_label, lines))
        and not any(map(_ENDS_SENTENCE.search, lines))  # `Key point: rents rose 9 %.`
    )


_TAG = pattern(r"<[^<>]*>")
"""A tag of a paragraph's HTML (`<em>`), which a label's words are read without."""
_ENDS_SENTENCE = pattern(r"[^\W\d_]{2}[.!?\u3002\uff01\uff1f][)\]\u2019\u201d\u201c\u2018'\"]*\s*$")
"""A sentence's end at a line's end (`… on Monday.`), which no property's value has (`Last
edited: December 3, 2026 4:12 p.m.`): labelled lines of sentences are a lede's points."""
_RAW_MARKUP = pattern(r"&lt;/?[A-Za-z](?:(?!&[lg]t;)[^\n])*&gt;[ \t]*(?:\n|$)")
"""A paragraph whose first line is a tag of raw HTML shown as text (Notion's `<aside>` around
a callout), which the page shows as typed: a summary would hold its tag, and the Markdown
inside it; a paragraph whose text starts with a tag (`<b>Ministers</b> agreed…`) is kept."""


def _section_blocks(sections: Sequence[Section]) -> Iterator[Block]:
    """Yield the blocks of `sections` in reading order, each subsection's after its own."""
    for section in sections:
        yield from section.blocks
        yield from _section_blocks(section.subsections)


def propose_title(article: Article) -> tuple[str, str]:
    """Return a title for an article given none, and where it came from (for the notice)."""
    # A line may hold a U+2028 (a word processor's soft line break) or a tab: a title is one
    # line, and the build would warn of it.
    if article.headline:
        return _plain(folded(article.headline)), f"the headline (line {article.headline_line})"
    # `Summary` or `Background` heads a part of any text, and says nothing of this one.
    if article.sections and not names_a_part((first := article.sections[0]).heading.text):
        return _plain(folded(first.heading.text)), f"the first heading (line {first.pos.line})"
    for block in itertools.chain(article.lede, _section_blocks(article.sections)):
        # A section break or a paragraph of dots has no sentence to offer, and a byline or a
        # credit (`Contact: Maria Lopez`) none that says what the article is.
        text = block.text.text if _has_words(block) and not _names_nothing(block.text.text) else ""
        if not _sums_nothing_up(text) and (sentence := _plain(_first_sentence(text))):
            return sentence, f"the first sentence (line {block.pos.line})"
    return "Untitled briefing", "nothing (no heading or paragraph)"


def _names_nothing(text: str) -> bool:
    """Return True for a paragraph that names a part of any text (`Executive Summary:`), or
    greets its reader on a line of its own (`Hi team`, with no comma): no title."""
    return names_a_part(text) or (greets(text) and len(text.split()) <= _GREETING_WORDS)


_GREETING_WORDS = 3
"""The most words of a greeting alone on its line (`Good morning all`)."""


def _has_words(block: Block) -> TypeGuard[Paragraph]:
    """Return True for a paragraph with a letter or digit in it: not a section break (`---`,
    `* * *`, `⁂`), nor a line in brackets (`[TOC]`, `[Photo: Reuters]`), which is shown as
    written but sums nothing up."""
    if not isinstance(block, Paragraph) or in_brackets(block.text.text):
        return False
    return any(char.isalnum() for char in block.text.text)


def _first_sentence(text: str, limit: int = 80, *, stop: bool = False) -> str:
    """Return the text's first sentence without a note's marker after it (`…since
    2023.[1]`), and without its period unless `stop` (a summary's), cut at a word before
    `limit`."""
    end = next(sentence_ends(text), None)
    sentence = text if end is None else text[:end]
    if (bare := without_note_marks(sentence)).endswith(_NOTE_MARK_FOLLOWS):
        sentence = bare
    sentence = folded(sentence)  # one line, as a title or summary is
    sentence = sentence if stop else sentence.rstrip(_PERIODS)
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


_MARK_RUN = pattern(r"\*+|_+|~+")
_SPACES = pattern(r"  +")


def _plain(text: str) -> str:
    """Return a proposed title or summary without the unpaired `**`, `__` or `~~` its text
    shows as typed: import warned of them at the article's line, and in a plain-text field
    the build would show them again and warn a second time."""
    plain, cut = text, True
    while cut:  # a run dropped may leave another one unpaired (`**Key: **Budgets`)
        cut = False
        for left in sorted(inline_leftovers(plain, ""), key=lambda d: -d.pos.column):
            start = left.pos.column - 1
            # Not a lone `~`: it starts a pair, `~x~` or `H~2~O`, which cut would leave half.
            if (run := _MARK_RUN.match(plain, start)) and run[0] != "~":
                plain, cut = plain[:start] + plain[run.end() :], True
    return _SPACES.sub(" ", plain).strip() or text  # a title of marks alone stays as typed
