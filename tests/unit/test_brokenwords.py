"""Words broken at a line's end by a hyphen, as a PDF's text pastes them: `govern-` / `ment`."""

from __future__ import annotations

import re

import pytest

from briefgen.content import brokenwords
from briefgen.content.markdown import markdown_parser
from briefgen.content.parse import parse_briefing

HEAD = "---\ntitle: T\ndate: 2026-01-01\nsummary: s\n---\n\n"


def _warnings(body: str) -> list[tuple[int, int, str, str | None]]:
    _, diagnostics = parse_briefing("content/a.md", HEAD + body)
    return [(d.pos.line, d.pos.column, d.message, d.hint) for d in diagnostics]


@pytest.mark.parametrize(
    ("body", "line", "column", "shown", "hint"),
    [
        (
            "The govern-\nment announced it.\n",
            7,
            5,
            "govern- ment",
            "write the word on one line: `government`, or `govern-ment` for a compound",
        ),
        (
            "Funding is long-\nterm.\n",
            7,
            12,
            "long- term",
            "write the word on one line: `longterm`, or `long-term` for a compound",
        ),
        (
            "- Local author-\n  ities were told.\n",
            7,
            9,
            "author- ities",
            "write the word on one line: `authorities`, or `author-ities` for a compound",
        ),
        ("> A con-\n> tinued word.\n", 7, 5, "con- tinued", None),
        ("Lede.\n\nThe Austria-\nHungary border.\n", 9, 5, "Austria- Hungary", None),
        # A code span's line break is a space on the page too (the README says so).
        ("Run `git --no-\nverify` once.\n", 7, 12, "no- verify", None),
    ],
)
def test_a_word_broken_at_a_lines_hyphen_is_warned_at_it(
    body: str, line: int, column: int, shown: str, hint: str | None
) -> None:
    """A paragraph pasted from a PDF showed `govern- ment` on the page, with no warning."""
    start = shown.split("-")[0]
    ((at_line, at_column, message, found_hint),) = _warnings(body)
    assert (at_line, at_column, message) == (
        line,
        column,
        f"`{start}-` ends its line at a hyphen, and the page joins the lines with a space: "
        f"`{shown}`",
    )
    if start == "Austria":
        assert found_hint == "write the compound on one line: `Austria-Hungary`"
    elif hint is not None:
        assert found_hint == hint


@pytest.mark.parametrize(
    "body",
    [
        "Pupils in pre-\nand post-16 education.\n",  # a suspended hyphen, on purpose
        "Mid-\nto late-2026, and Ein-\nund Ausfuhr.\n",
        "See https://example.org/long-\npath for it.\n",  # an address's part
        "The year 2019-\n2020 and the COVID-\n19 wave.\n",  # numbers, not words
        "A line that ends in a dash -\nthen goes on.\n",
        "A hard break at govern-\\\nment, kept.\n",
        "```\ngovern-\nment\n```\n",  # code is shown as written
        # Round 48's review: suspended compounds with other conjunctions, in other languages
        "Ein-\nbzw. Ausfuhr, sowohl Ein-\nals auch Ausfuhr, weder Ein-\nnoch Ausfuhr.\n",
        "Groß-\nwie Kleinbetriebe; pre-\nen postoorlogs; van pre-\ntot post.\n",
        "Short-\nversus long-term, pre-\nvs. post-war, not pre-\nbut post-war.\n",
        "See https://example.org/annual-review-\nsummary for it.\n",  # a hyphenated path
        "Text <!-- check the long-\nterm figure --> more.\n",  # a comment is not shown
    ],
)
def test_a_hyphen_that_is_no_broken_word_is_not_warned(body: str) -> None:
    assert _warnings(body) == []


def test_a_paragraph_of_broken_words_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each line is read backwards once from its end: 4,000 lines each broken at a hyphen,
    their words long, cost each letter a few reads, not one search per letter."""
    reads: list[int] = []
    letters = brokenwords._LETTERS

    class Counted:
        def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
            found = letters.match(text, pos)
            reads.append(found.end() - pos if found else 0)
            return found

    monkeypatch.setattr(brokenwords, "_LETTERS", Counted())
    body = "".join(f"{'a' * 200}-\n" for _ in range(4_000)) + "end.\n"
    tokens = markdown_parser(unsafe_html=False).parse(body, {})

    found = brokenwords.broken_word_warnings("content/a.md", tokens, body.split("\n"))

    assert len(found) == 4_000
    assert sum(reads) <= 2 * len(body)


@pytest.mark.parametrize(
    ("body", "line", "column", "start"),
    [
        ("The propos-\nals were read.\n", 7, 5, "propos"),  # `als`, without `auch`
        ("They want-\ned it.\n", 7, 6, "want"),  # a suffix, not Italian's `ed`
        ("A <!-- x --> govern-\nment.\n", 7, 14, "govern"),  # after a closed comment
        ("A <!-- x\ny --> govern-\nment.\n", 8, 7, "govern"),
        ("Their non-co-\noperative stance.\n", 7, 11, "co"),  # a hyphenated word's last part
    ],
)
def test_a_broken_word_beside_what_is_not_warned_is_still_warned(
    body: str, line: int, column: int, start: str
) -> None:
    """The exceptions above are narrow: a word broken before `als`, after a comment, or as the
    last part of a hyphenated word (no address) is still warned at its hyphen."""
    ((at_line, at_column, message, _),) = _warnings(body)
    assert (at_line, at_column) == (line, column)
    assert message.startswith(f"`{start}-` ends its line at a hyphen")
