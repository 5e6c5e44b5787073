"""A heading, list or task marker before a no-break space: shown as text, warned at its place."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.model import Paragraph
from tests.conftest import cpu_seconds, uncapped

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
        (f"- [ ]{NBSP}Open\n* [X]{NBSP}Done too\n", [(0, 3, _task("[ ]")), (1, 3, _task("[X]"))]),
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
    body = f"-{NBSP}item\n" * 20_000
    started = cpu_seconds()
    assert len(uncapped(message for *_, message in _warnings(body))) == 20_000
    seconds = cpu_seconds() - started
    assert seconds < 10, f"took {seconds:.1f} s"
