"""Unicode noncharacters are refused where U+FFFE is: in the file and in YAML values; in the
file, each one and each control character at its own place."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.content.controlcharacters import SHOWN_CHARACTERS, control_character_errors
from briefgen.content.noncharacters import NONCHARACTERS as NONCHARACTER_CLASS
from briefgen.content.noncharacters import CharacterClass, is_noncharacter
from briefgen.content.parse import decode_source, parse_briefing
from briefgen.content.yamlload import load_yaml
from briefgen.content.yamlsource import YamlSource

NONCHARACTERS = ("\ufdd0", "\ufdef", "\ufffe", "\U0001fffe", "\U0005ffff", "\U0010ffff")
ORDINARY = "Café \u2013 “quoted” 東京 \u200b\ufeff\ufffd \U0001f600 \U0010fffd \ufdcf \ufdf0 \uffef"
"""Letters, punctuation, emoji and the code points on each side of the noncharacters."""
ORDINARY_TITLE = ORDINARY.replace("\u200b\ufeff", "")
"""The same in a title, which leaves zero-width characters out with a warning (zerowidth.py)."""
ORDINARY_BODY = ORDINARY.replace("\ufeff", "")
"""The same in the body, which warns of a byte order mark (byteordermarks.py)."""


def _briefing(title: str, body: str) -> str:
    return f"---\ntitle: {title}\ndate: 2026-03-14\n---\n\n{body}\n"


@pytest.mark.parametrize("char", NONCHARACTERS)
def test_parse_briefing_refuses_a_noncharacter_in_the_body_at_its_place(char: str) -> None:
    briefing, diagnostics = parse_briefing("content/a.md", _briefing("T", f"Lede x{char}."))
    assert briefing is None
    assert [f"{d.pos}: {d.severity}: {d.message}" for d in diagnostics] == [
        f"content/a.md:6:7: error: noncharacter U+{ord(char):04X} in the file"
    ]


def test_parse_briefing_refuses_every_control_character_and_noncharacter_at_its_place() -> None:
    body = "Lede ok\x07bell and \x01 and \ufdd0 and \U0001fffe.\n\nLine \x1b two."
    briefing, diagnostics = parse_briefing("content/a.md", _briefing("T", body))
    assert briefing is None
    assert [f"{d.pos}: {d.message}" for d in diagnostics] == [
        "content/a.md:6:8: control character U+0007 in the file",
        "content/a.md:6:18: control character U+0001 in the file",
        "content/a.md:6:24: noncharacter U+FDD0 in the file",
        "content/a.md:6:30: noncharacter U+1FFFE in the file",
        "content/a.md:8:6: control character U+001B in the file",
    ]


@pytest.mark.parametrize(
    ("char", "hint"),
    [
        ("\x0b", "it is a line break as Word writes one (Shift+Enter) and its copy pastes it: "),
        ("\x0c", "it is a page break, as a PDF's or Word's text pastes one: delete it"),
        ("\x07", "delete it; it is invisible in most editors"),
    ],
)
def test_control_character_a_paste_leaves_is_hinted_as_what_it_was(char: str, hint: str) -> None:
    """Word's Shift+Enter line break, pasted as U+000B, was hinted as an invisible character
    to delete, and the author lost the break they meant."""
    _, diagnostics = parse_briefing("content/a.md", _briefing("T", f"Policy Unit{char}July"))
    assert [(str(d.pos), d.hint and d.hint.startswith(hint)) for d in diagnostics] == [
        ("content/a.md:6:12", True)
    ]


def test_decode_source_places_the_first_twenty_and_counts_the_rest() -> None:
    text = _briefing("T", "a\x0cb\n" * 25 + "\U0010ffff")
    _, diagnostics = decode_source("article.txt", text.encode())
    assert len(diagnostics) == SHOWN_CHARACTERS + 1 == 21
    assert [str(d.pos) for d in diagnostics[:2]] == ["article.txt:6:2", "article.txt:7:2"]
    assert (str(diagnostics[-1].pos), diagnostics[-1].message) == (
        "article.txt:26:2",
        "6 more control characters or noncharacters, the first of them here",
    )


def test_decode_source_places_the_twenty_first_when_it_is_the_last() -> None:
    _, diagnostics = decode_source("a.txt", b"\x01" * 21)
    assert [d.pos.column for d in diagnostics] == list(range(1, 22))


def test_parse_briefing_refuses_a_noncharacter_in_the_front_matter() -> None:
    _, diagnostics = parse_briefing("content/a.md", _briefing("T \ufdd0", "Lede."))
    assert [str(d.pos) for d in diagnostics] == ["content/a.md:2:10"]


@pytest.mark.parametrize("escape", ["\\uFDD0", "\\U0001FFFE", "\\U0010FFFF"])
def test_load_yaml_refuses_a_value_that_decodes_to_a_noncharacter(escape: str) -> None:
    doc, diagnostics = load_yaml(f'title: "a {escape}"\n', YamlSource("content/a.md", 2))
    assert doc is None
    assert [f"{d.pos}: {d.message}" for d in diagnostics] == [
        f"content/a.md:2:1: front matter holds the character U+{escape[2:].lstrip('0')}, "
        "which cannot be published"
    ]


def test_ordinary_text_next_to_the_noncharacters_stays_silent() -> None:
    briefing, diagnostics = parse_briefing(
        "content/a.md", _briefing(f'"{ORDINARY_TITLE}"', f"Lede {ORDINARY_BODY}.")
    )
    assert briefing is not None
    assert diagnostics == []
    assert not any(is_noncharacter(char) for char in ORDINARY)


def test_each_control_character_and_noncharacter_is_an_error_past_the_quick_test() -> None:
    """The file is tested for their first UTF-8 bytes before it is searched: each one still
    gets its error, beside letters that make the file Latin-1, UCS-2 or UCS-4."""
    controls = [chr(code) for code in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))]
    controls += [chr(code) for code in range(0x7F, 0xA0)]
    planes = range(0, 0x110000, 0x10000)
    nonchars = [
        *range(0xFDD0, 0xFDF0),
        *(plane + end for plane in planes for end in (0xFFFE, 0xFFFF)),
    ]
    every = controls + [chr(code) for code in nonchars]
    for char in every:
        for around in ("a", "\xe9", "\u2019", "\U0001f600"):
            assert control_character_errors("a.md", f"{around}{char}"), f"U+{ord(char):04X}"
    assert control_character_errors("a.md", "\xa0 \u00bf \uff01 \ufeff \U0001f600 \ud800") == []


def test_is_noncharacter_counts_66() -> None:
    assert sum(is_noncharacter(chr(code)) for code in range(0x110000)) == 66


_NEAR = st.sampled_from(
    "a\n\x01\x9f\ufdcf\ufdd0\ufdef\ufffd\ufffe\U0001f600\U0001fffe\U0010fffd\U0010ffff"
)


@given(st.lists(_NEAR).map("".join))
def test_the_fast_search_finds_what_the_exact_class_finds(text: str) -> None:
    exact = re.compile(f"[\x01{NONCHARACTER_CLASS}]").search(text)
    found = CharacterClass("\x01").search(text)
    assert (found and (found.start(), found.group())) == (exact and (exact.start(), exact.group()))


@given(st.lists(_NEAR).map("".join))
def test_every_character_the_fast_search_finds_is_the_exact_class_s(text: str) -> None:
    exact = re.compile(f"[\x01{NONCHARACTER_CLASS}]")
    found = CharacterClass("\x01")
    every = [(m.start(), m.group()) for m in exact.finditer(text)]
    assert [(m.start(), m.group()) for m in found.finditer(text)] == every
    assert found.count(text) == len(every)


@pytest.mark.parametrize("escape", ["\\x01", "\\uFDD0"])
@pytest.mark.parametrize(
    ("body", "title", "place", "holder"),
    [
        pytest.param("Lede.", '"a {} b"', "content/a.md:2:1", "front matter", id="front-matter"),
        pytest.param(
            '```table\ncolumns: [A]\nrows:\n  - ["x {} y"]\n```',
            "T",
            "content/a.md:9:6",
            "table",
            id="table",
        ),
    ],
)
def test_a_yaml_value_that_decodes_to_a_control_character_is_an_error_at_its_line(
    escape: str, body: str, title: str, place: str, holder: str
) -> None:
    """The README's Safety: `"a \\x01 b"` or `"\\uFDD0"` is an error at its line, in front
    matter and tables, so no feed, sitemap or `briefing.json` carries it."""
    briefing, diagnostics = parse_briefing(
        "content/a.md", _briefing(title.format(escape), body.format(escape))
    )
    code = escape[2:].upper().lstrip("0").rjust(4, "0")
    assert briefing is None
    assert [f"{d.pos}: {d.severity}: {d.message}" for d in diagnostics] == [
        f"{place}: error: {holder} holds the character U+{code}, which cannot be published"
    ]
