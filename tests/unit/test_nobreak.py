"""A heading, list or task marker before a no-break space: shown as text, warned at its place."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.model import Paragraph
from tests.conftest import uncapped
from tests.cpubound import cpu_seconds_within

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1
NBSP = "\u00a0"


def _warnings(body: str) -> list[tuple[int, int, str]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [(d.pos.line - FIRST_LINE, d.pos.column, d.message) for d in diagnostics]


def _heading(marker: str) -> str:
    return f"`{marker}` followed by a no-break space is not a heading; it is shown as text"


def _item(marker: str) -> str:
    return f"`{marker}` followed by a no-break space is not a list item; it is shown as text"


def _task(box: str) -> str:
    return f"`{box}` followed by a no-break space is not a task; it is shown as text"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"##{NBSP}Funding\n", [(0, 1, _heading("##"))]),
        (f"###{NBSP}Funding\n", [(0, 1, _heading("###"))]),
        (f"-{NBSP}One\n-{NBSP}Two\n", [(0, 1, _item("-")), (1, 1, _item("-"))]),
        (f"*{NBSP}One\n", [(0, 1, _item("*"))]),
        (f"+{NBSP}One\n", [(0, 1, _item("+"))]),
        (f"1.{NBSP}First\n2.{NBSP}Second\n", [(0, 1, _item("1.")), (1, 1, _item("2."))]),
        (f"3){NBSP}Third\n4){NBSP}Fourth\n", [(0, 1, _item("3)")), (1, 1, _item("4)"))]),
        (f"Steps:\n1.{NBSP}Open\n2.{NBSP}Close\n", [(1, 1, _item("1.")), (2, 1, _item("2."))]),
        (f"-{NBSP}Q3 results\n", [(0, 1, _item("-"))]),
        (f"Intro.\n-{NBSP}item\n", [(1, 1, _item("-"))]),
        (f"- a list\n  -{NBSP}nested\n", [(1, 3, _item("-"))]),
        (f"> ##{NBSP}Quoted\n", [(0, 3, _heading("##"))]),
        (f"- [x]{NBSP}Done\n", [(0, 3, _task("[x]"))]),
        (f"- [ ]{NBSP}Open\n- [X]{NBSP}Done too\n", [(0, 3, _task("[ ]")), (1, 3, _task("[X]"))]),
        (f"* [X]{NBSP}Done\n", [(0, 3, _task("[X]"))]),
        (f"1. A list\n   - [ ]{NBSP}nested\n", [(1, 6, _task("[ ]"))]),
        (f"> - [x]{NBSP}Quoted\n", [(0, 5, _task("[x]"))]),
    ],
)
def test_a_marker_before_a_no_break_space_is_warned_at_its_column(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    assert _warnings(body) == expected


def _definition(marker: str) -> str:
    return f"`{marker}` followed by a no-break space is not a definition; it is shown as text"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Word numbers every item with a no-break space: each line of the count is warned, not
        # only its first, which alone the user would fix and see the rest merge silently.
        (
            f"1.{NBSP}Niger\n2.{NBSP}Mali\n3.{NBSP}Burkina Faso\n",
            [(0, 1, _item("1.")), (1, 1, _item("2.")), (2, 1, _item("3."))],
        ),
        # Its first line fixed: the others run into the first item's paragraph.
        (
            f"1. Niger\n2.{NBSP}Mali\n3.{NBSP}Burkina Faso\n",
            [(1, 1, _item("2.")), (2, 1, _item("3."))],
        ),
        (f"3. Publish\n4.{NBSP}Fund\n", [(1, 1, _item("4."))]),
        (f"7) Seventh\n8){NBSP}Eighth\n", [(1, 1, _item("8)"))]),
        (f"1. One, wrapped\nonto a line\n2.{NBSP}Two\n", [(2, 1, _item("2."))]),
        (f"- A list\n\n  1. Nested\n  2.{NBSP}Nested too\n", [(3, 3, _item("2."))]),
    ],
)
def test_each_numbered_line_that_goes_on_counting_a_list_is_warned(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    assert _warnings(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        f"1) Niger\n2.{NBSP}Mali\n",  # another delimiter: a new list, not this one's next item
        f"- Niger\n2.{NBSP}Mali\n",
        f"3. Publish\n5.{NBSP}Oktober\n",
        f"Steps:\n2.{NBSP}Open\n3.{NBSP}Close\n",  # only a `1.` interrupts a paragraph
        f"1. Termine:\n\n   am\n   2.{NBSP}Oktober\n",  # the item's second paragraph
    ],
)
def test_a_number_that_counts_no_list_on_gets_no_warning(body: str) -> None:
    assert _warnings(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"Asylum seeker\n:{NBSP}A person waiting for a decision.\n", [(1, 1, _definition(":"))]),
        # Pandoc's compact form: the term runs on from the definition above it.
        (
            f"Refugee\n: A person.\nAsylum seeker\n:{NBSP}A person waiting.\n",
            [(3, 1, _definition(":"))],
        ),
        (f"> Term\n> :{NBSP}Its definition.\n", [(1, 3, _definition(":"))]),
    ],
)
def test_a_definition_colon_before_a_no_break_space_is_warned(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    assert _warnings(body) == expected


def test_the_marker_stays_on_the_page_and_the_hint_names_the_fix() -> None:
    body = f"##{NBSP}Funding\n"
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    assert [b.text.text for b in briefing.lede if isinstance(b, Paragraph)] == [f"##{NBSP}Funding"]
    assert [d.hint for d in diagnostics] == [
        "write a plain space after `##` (a word processor may have put the no-break space there)"
    ]


@pytest.mark.parametrize(
    "body",
    [
        f"Il y a 5{NBSP}000 personnes, soit 12{NBSP}% du total.\n",
        f"Il a dit{NBSP}: «{NBSP}non{NBSP}».\n",
        f"Le ministre a déclaré{NBSP}:{NBSP}«{NBSP}non{NBSP}».\n",
        f">{NBSP}A quote.\n",
        f"- **Term:**{NBSP}text\n- **Other**{NBSP}— text\n",
        f"The rate fell in\n2.{NBSP}quarter, as in 2025.\n",
        f"| a | b |\n|---|---|\n| -{NBSP}5 | 1.{NBSP}x |\n",
        f"## Voir{NBSP}: -{NBSP}x\n",
        f"Code `-{NBSP}x` stays code.\n",
        "```\n##\u00a0not a heading\n```\n",
        "Costs - a list - and # signs, 1. too.\n",
        # French signs and German ordinals: the no-break space keeps them with their number
        # or word, and a plain space would make list items that drop them.
        f"La croissance a été de\n+{NBSP}5{NBSP}% en un an, contre\n-{NBSP}3{NBSP}% l'an passé.\n",
        f"+{NBSP}12{NBSP}% : c'est la hausse des prix en 2026.\n",
        f"*{NBSP}½ point de plus.\n-{NBSP}€5 de moins.\n",
        f"Das Gesetz tritt am\n1.{NBSP}Januar 2027 in Kraft.\n",
        f"3.{NBSP}Oktober: Tag der Deutschen Einheit, ein Feiertag.\n",
        f"1.{NBSP}Mai und\n3.{NBSP}Oktober sind Feiertage.\n",
        f"Im 2.{NBSP}Quartal und\n20.{NBSP}Jahrhundert.\n",
        # A box is a task's only at the start of a list item: elsewhere it is text either way.
        f"[x]{NBSP}Done, as a paragraph.\n",
        f"- Item with [x]{NBSP}inside\n- and\n  [ ]{NBSP}on its next line\n",
        f"- Item\n\n  [x]{NBSP}in its second paragraph\n",
        f"- [x] Done{NBSP}with a no-break space later\n",
        f"- [See]{NBSP}this\n- [1]{NBSP}note\n",
    ],
)
def test_ordinary_no_break_spaces_get_no_warning(body: str) -> None:
    assert _warnings(body) == []


def test_many_markers_are_read_in_linear_time() -> None:
    body = f"-{NBSP}item\n" * 14_000
    found, seconds, bound = cpu_seconds_within(lambda: _warnings(body), 2.5)
    assert len(uncapped(message for *_, message in found)) == 14_000
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


def _quoted(marker: str) -> str:
    return "`` ``` ``" if marker == "```" else f"`{marker}`"


HIDDEN = {
    "\u00a0": "U+00A0 NO-BREAK SPACE",
    "\ufeff": "U+FEFF ZERO WIDTH NO-BREAK SPACE",
    "\u200b": "U+200B ZERO WIDTH SPACE",
    "\u2060": "U+2060 WORD JOINER",
    "\u200d": "U+200D ZERO WIDTH JOINER",
    "\u200e": "U+200E LEFT-TO-RIGHT MARK",
    "\u00ad": "U+00AD SOFT HYPHEN",
    "\u3000": "U+3000 IDEOGRAPHIC SPACE",
}


def _hidden(marker: str, named: str, kind: str) -> str:
    return f"{_quoted(marker)} after a hidden {named} is not {kind}; it is shown as text"


@pytest.mark.parametrize("char", HIDDEN)
@pytest.mark.parametrize(
    ("line", "marker", "kind"),
    [
        ("## Key points", "##", "a heading"),
        ("- **Term:** text", "-", "a list item"),
        ("* item", "*", "a list item"),
        ("1. First", "1.", "a list item"),
        ("> Quoted", ">", "a quote"),
        ("```python", "```", "a code fence"),
        ("~~~", "~~~", "a code fence"),
    ],
)
def test_a_hidden_character_before_a_marker_is_warned_at_its_column(
    char: str, line: str, marker: str, kind: str
) -> None:
    expected = [(0, 1, _hidden(marker, HIDDEN[char], kind))]
    # At a paragraph's start (where markdown-it strips a no-break space) and on its next line.
    assert _warnings(f"{char}{line}\n") == expected
    assert _warnings(f"Lede.\n{char}{line}\n") == [(1, 1, _hidden(marker, HIDDEN[char], kind))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Inside a quote or a list item, where the marker would have started a block there.
        ("> \u00a0## Quoted\n", [(0, 3, _hidden("##", HIDDEN["\u00a0"], "a heading"))]),
        ("- item\n\n  \u200b## Nested\n", [(2, 3, _hidden("##", HIDDEN["\u200b"], "a heading"))]),
        ("- \u3000- nested\n", [(0, 3, _hidden("-", HIDDEN["\u3000"], "a list item"))]),
        # Spaces around the hidden character, as indentation markdown-it would allow.
        ("Lede.\n \u200b ## Key\n", [(1, 2, _hidden("##", HIDDEN["\u200b"], "a heading"))]),
        # Two hidden characters: both named.
        (
            "\u200b\u00a0## Key\n",
            [(0, 1, _hidden("##", "U+200B ZERO WIDTH SPACE, U+00A0 NO-BREAK SPACE", "a heading"))],
        ),
        # Both fences: the code between them is shown as a code span, run into one paragraph.
        # Each is warned at its line: with only the first mended, the second closes nothing
        # and the code runs on to the end of the briefing.
        (
            "\u00a0```\ncode\n\u00a0```\n",
            [
                (0, 1, _hidden("```", HIDDEN["\u00a0"], "a code fence")),
                (2, 1, _hidden("```", HIDDEN["\u00a0"], "a code fence")),
            ],
        ),
        (
            "Lede.\n\ufeff```python\ncode\n\ufeff```\n",
            [
                (1, 1, _hidden("```", HIDDEN["\ufeff"], "a code fence")),
                (3, 1, _hidden("```", HIDDEN["\ufeff"], "a code fence")),
            ],
        ),
        (
            "\u00a0~~~\ncode\n\u200b~~~\n",
            [
                (0, 1, _hidden("~~~", HIDDEN["\u00a0"], "a code fence")),
                (2, 1, _hidden("~~~", HIDDEN["\u200b"], "a code fence")),
            ],
        ),
        # A no-break space after the marker too: each is warned, as each must go.
        (
            "\u200b##\u00a0Key\n",
            [(0, 1, _hidden("##", HIDDEN["\u200b"], "a heading")), (0, 2, _heading("##"))],
        ),
        # A numbered line interrupts a paragraph only as `1.`; first in its paragraph, any.
        ("\u00a03. Third\n", [(0, 1, _hidden("3.", HIDDEN["\u00a0"], "a list item"))]),
        ("Lede.\n\u00a01) First\n", [(1, 1, _hidden("1)", HIDDEN["\u00a0"], "a list item"))]),
        (
            "Term\n\u00a0: Its definition.\n",
            [(1, 1, _hidden(":", HIDDEN["\u00a0"], "a definition"))],
        ),
        ("\u00a0#\n", [(0, 1, _hidden("#", HIDDEN["\u00a0"], "a heading"))]),
        # A table's header: its hidden character is a cell of its own, and the row is one
        # cell too wide for its delimiter row (which the table's own warning says).
        (
            "\ufeff| a | b |\n|---|---|\n| 1 | 2 |\n",
            [
                (0, 1, "the table's delimiter row has 2 cells, the header 3: shown as text"),
                (0, 1, _hidden("|", HIDDEN["\ufeff"], "a table")),
            ],
        ),
    ],
)
def test_a_hidden_character_is_warned_where_the_block_would_start(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    assert _warnings(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "\u00a0Ordinary words after a no-break space.\n",
        "Lede.\n\u00a0Ordinary words on the next line.\n",
        "\u200bWords after a zero-width space.\n",
        "\u3000全角スペースで始まる段落。\n",
        "\u00a0#hashtag and \u00a0-5 % and \u00a0+1 vote.\n",
        "\u00a0-5 % de plus.\n",
        "Lede, in\n\u00a02. Oktober: a date, not the list's start.\n",
        "Lede.\n\u00a0-\n",
        "\u00a0`code` first.\n",
        "Text `a\n\u00a0## in code` here.\n",
        "\u00a0```code``` inline.\n",
        "Mid-line \u00a0## is text either way.\n",
        "## Heading \u200b- with one inside\n",
        "```\n\u00a0## inside a fence\n```\n",
        "Text ````a\n\u00a0```\nin a longer code span```` here.\n",
        "    \u00a0## indented code\n",
        "\u00a0| a pipe, then text\nand a line with no delimiter row.\n",
    ],
)
def test_a_hidden_character_before_no_marker_gets_no_warning(body: str) -> None:
    assert _warnings(body) == []


def test_the_hint_names_a_byte_order_mark_left_by_joined_files() -> None:
    _, diagnostics = parse_briefing("content/a.md", FRONT + "Lede.\n\n\ufeff## Key\n")
    assert [d.hint for d in diagnostics] == [
        "delete the U+FEFF at the start of the line to make it a heading (a byte order mark "
        "is left inside a file where two files were joined, as `cat a.md b.md` does)"
    ]
    _, diagnostics = parse_briefing("content/a.md", FRONT + "\u00a0- item\n")
    assert [d.hint for d in diagnostics] == [
        "delete the U+00A0 at the start of the line to make it a list item (most editors "
        "show it as a space, or as nothing)"
    ]


def test_many_hidden_characters_are_read_in_linear_time() -> None:
    body = "\u200b- item\n" * 14_000
    found, seconds, bound = cpu_seconds_within(lambda: _warnings(body), 2.5)
    assert len(uncapped(message for *_, message in found)) == 14_000
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"
