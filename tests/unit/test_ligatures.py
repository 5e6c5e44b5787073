"""Latin ligatures (`ﬁ`, `ﬂ`, `ﬀ`…) pasted from a PDF's text into a briefing."""

from __future__ import annotations

import re

import pytest

from briefgen.content import ligatures
from briefgen.content.ligatures import ligature_warnings
from briefgen.content.parse import parse_briefing

HEAD = "---\ntitle: T\ndate: 2026-01-01\nsummary: s\n---\n\n"
HINT = "write the letters, `fi`: replace each ligature of the file with its letters"


def _warnings(body: str) -> list[tuple[int, int, str, str | None]]:
    _, diagnostics = parse_briefing("content/a.md", HEAD + body)
    return [(d.pos.line, d.pos.column, d.message, d.hint) for d in diagnostics]


def test_a_word_with_a_ligature_is_warned_at_its_column() -> None:
    """`## Key ﬁndings`, as a PDF's text pastes `fi`, was published silently: no search for
    `findings` found it, and its heading's id `key-ﬁndings` broke links to `#key-findings`."""
    assert _warnings("Lede.\n\n## Key \ufb01ndings\n\nText.\n") == [
        (
            9,
            8,
            "`\ufb01ndings` is written with the ligature `\ufb01` (U+FB01), as a PDF's text "
            "pastes `fi`: a search of the page or the site for `findings` misses it",
            HINT,
        )
    ]


def test_a_files_ligatures_are_one_warning_naming_the_lines_of_the_others() -> None:
    body = "Re\ufb01ned \ufb02ows.\n\nAn e\ufb00ect.\n\n" + "".join(
        f"\ufb01{n}\n\n" for n in range(6)
    )
    assert _warnings(body) == [
        (
            7,
            1,
            "`Re\ufb01ned` is written with the ligature `\ufb01` (U+FB01), as a PDF's text "
            "pastes `fi`: a search of the page or the site for `Refined` misses it; 8 more "
            "words of this file hold one (lines 7, 9, 11, 13, 15, …)",
            HINT,
        )
    ]


def test_one_more_ligature_is_named_on_its_line() -> None:
    (found,) = ligature_warnings("content/a.md", "a \ufb02ow\nb \ufb01t\n")
    assert found.message.endswith("; 1 more word of this file holds one (line 2)")
    assert (
        found.hint == "write the letters, `fl`: replace each ligature of the file with its letters"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Findings flow; the effect was fine.\n",  # the letters themselves
        "Het ĳsbeeld, Ĳsland.\n",  # Dutch's ĳ is a letter of its own, not a PDF's ligature
        "Café, Zürich, Ωμέγα.\n",
    ],
)
def test_letters_are_not_warned(body: str) -> None:
    assert _warnings(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Lede.\n\n```\n$ pdftotext report.pdf - | grep \ufb01\n```\n",
        "Lede.\n\n    the \ufb01 a PDF pastes\n",  # an indented code block
        "- an item:\n\n  ```text\n  \ufb01ndings\n  ```\n",
        "> ~~~\n> \ufb02ow\n> ~~~\n",
    ],
    ids=["fenced", "indented", "in-a-list", "in-a-quote"],
)
def test_a_ligature_in_a_code_block_is_shown_as_written_and_not_warned(body: str) -> None:
    """A briefing on what PDFs paste shows one in code on purpose: it was warned all the same."""
    assert _warnings(body) == []


def test_a_code_blocks_ligatures_are_not_counted_with_the_texts() -> None:
    body = "```\n\ufb01 \ufb02\n```\n\nThe \ufb01ndings.\n\n    \ufb03\n\nMore \ufb02ows.\n"
    ((line, column, message, _),) = _warnings(body)
    assert (line, column) == (11, 5)
    assert message.endswith("; 1 more word of this file holds one (line 15)")


def test_a_ligature_in_a_code_span_is_warned() -> None:
    """A code span is read with its paragraph's text (the README says so)."""
    assert [line for line, *_ in _warnings("Type `\ufb01` here.\n")] == [7]


class _Counted:
    """`_WORD_END`, counting the characters its matches read."""

    def __init__(self, inner: re.Pattern[str]) -> None:
        self.inner, self.read = inner, 0

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        found = self.inner.match(text, pos)
        self.read += found.end() - pos if found else 0
        return found


def test_a_long_word_of_ligatures_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pasted data, a word of 200,000 letters with a ligature at every other one: each letter
    is read once (a search for `\\w*ﬁ\\w*` read the word again from each of its letters)."""
    counted = _Counted(ligatures._WORD_END)
    monkeypatch.setattr(ligatures, "_WORD_END", counted)
    text = "é " + "a\ufb01" * 100_000 + "\nend \ufb02y\n"

    (found,) = ligatures.ligature_warnings("content/a.md", text)

    assert found.message.endswith("; 1 more word of this file holds one (line 2)")
    assert counted.read <= len(text)


@pytest.mark.parametrize("ligature", [chr(code) for code in range(0xFB00, 0xFB07)])
def test_each_ligature_is_warned_in_a_file_past_the_quick_test(ligature: str) -> None:
    """A file is tested for each ligature with `in` before it is searched; a curly quote
    (not ASCII) or a letter one past the range (U+FB07) alone is no ligature."""
    assert len(ligature_warnings("content/a.md", f"\u2019 a{ligature}b\n")) == 1
    assert ligature_warnings("content/a.md", "\u2019 a\ufb07b \ufaffc\n") == []
