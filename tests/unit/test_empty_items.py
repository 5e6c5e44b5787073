"""A list item that shows nothing (`- ` or `1.` alone) is kept, with a warning at its marker.

It was an empty `<li>`, a lone bullet or number on the page, with no warning, while an empty
heading, quote, callout, task and term were each warned.
"""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.model import BulletList

HEAD = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
EMPTY_ITEM = "a list item with no text"


def _warned(body: str) -> list[str]:
    briefing, diagnostics = parse_briefing("content/a.md", HEAD + body)
    assert briefing is not None, diagnostics
    return [f"{d.pos}: {d.message}" for d in diagnostics]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        ("- \n- real item\n", ["6:1"]),
        ("1.\n2. two\n", ["6:1"]),
        ("- one\n-\n- three\n", ["7:1"]),
        ("> - \n> - a\n", ["6:3"]),
        ("- - \n", ["6:3"]),
        ("- outer\n\n  1)\n", ["8:3"]),
        ("> 3)  \n", ["6:3"]),
        ("* \n\n<!-- two lists -->\n\n+\n", ["6:1", "10:1"]),
        # Shows nothing: as a task or a heading that only a reader cannot see.
        ("- &nbsp;\n- \u200b\n- <!-- left out -->\n", ["6:1", "7:1", "8:1"]),
        # `1.` alone over a line meant as its text: the line is no part of the item.
        ("1.\nWe met on Monday.\n", ["6:1"]),
        ("Intro.[^n]\n\n[^n]: - \n", ["8:7"]),
    ],
)
def test_an_empty_list_item_is_warned_at_its_marker(body: str, places: list[str]) -> None:
    assert _warned(body) == [f"content/a.md:{place}: {EMPTY_ITEM}" for place in places]


@pytest.mark.parametrize(
    "body",
    [
        "-\n  text on the line below\n",
        "- \n  - a nested list is its content\n",
        "Paragraph\n-\n",  # a setext heading's underline, not a list
        "- [ ]\n",  # an empty task, warned as one
        "- ![Chart](chart.png)\n",
    ],
)
def test_an_item_that_shows_something_or_is_no_item_is_not_an_empty_item(body: str) -> None:
    assert EMPTY_ITEM not in " ".join(_warned(body))


def test_an_empty_list_item_is_kept_as_its_marker_was_written() -> None:
    briefing, diagnostics = parse_briefing("content/a.md", HEAD + "1.\n2. two\n")
    assert briefing is not None
    (numbered,) = briefing.lede
    assert isinstance(numbered, BulletList)
    assert [item.text.text for item in numbered.items] == ["", "two"]
    assert [d.hint for d in diagnostics] == [
        "write the item's text after `1.` (a line below it is its text when indented under "
        "it), or delete the item"
    ]
