"""A memo's header block (`To:`, `From:`, `Cc:` over its text) names who wrote it and to whom,
as a credit names who to contact: it heads nothing, and it is never the title."""

from __future__ import annotations

import pytest

from briefgen.diagnostics import format_diagnostic
from briefgen.importer.proposals import propose_title
from briefgen.importer.recognise import parse_article
from briefgen.model import Paragraph

_MEMO = (
    "Heat Action Plans\n\n"
    "To: Committee members\nFrom: Policy Unit\nDate: 24 November 2026\n"
    "Subject: Heat action plans\n\n"
    "The heat plan covers 14 districts. This memo sets out the gaps.\n"
)


def test_a_memos_from_line_is_no_heading_and_no_title() -> None:
    """`From: Policy Unit`, a name in Title Case, was a `## ` section and the proposed title,
    and the memo's own headline went into the lede."""
    article, warnings = parse_article("a.txt", _MEMO)
    assert article.sections == ()
    assert propose_title(article) == ("Heat Action Plans", "the headline (line 1)")
    texts = [block.text.text for block in article.lede if isinstance(block, Paragraph)]
    assert texts[:2] == ["To: Committee members", "From: Policy Unit"]
    assert not any("a.txt:4:" in format_diagnostic(w) for w in warnings)


@pytest.mark.parametrize("line", ["From: Jane Doe", "To: Ana Torres", "Cc: Tom Adeyemi"])
def test_a_memos_header_line_naming_a_person_heads_nothing(line: str) -> None:
    article, _ = parse_article("a.txt", f"Budget Memo\n\n{line}\n\nThe budget is short.\n")
    assert article.sections == ()
