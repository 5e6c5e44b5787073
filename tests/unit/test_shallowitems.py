"""List items indented past their list's first marker but too little to nest: shown flat."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1


def _warnings(body: str) -> list[tuple[int, int, str, str | None]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [(d.pos.line - FIRST_LINE, d.pos.column, d.message, d.hint) for d in diagnostics]


def _flat(marker: str) -> str:
    return (
        f"list item `{marker}` is indented more than its list's first item, but too little "
        "to nest: it is shown at the same level, as the list's next item"
    )


def _nest(spaces: int, column: int, parent: str) -> str:
    more = f"{spaces} more space" + ("s" if spaces > 1 else "")
    return (
        f"to nest it, indent it {more}, to column {column}, under the text after `{parent}` "
        "on the item above; or, to keep it at the same level, start it where the first item"
        " starts"
    )


TENANCY = (
    "1. Tenancy reform\n  1. All assured shorthold tenancies become periodic.\n"
    "  1. Fixed terms are abolished.\n1. Grounds for possession\n  1. Section 21 is repealed.\n"
    "1. Enforcement\n"
)


def test_one_number_sub_items_indented_two_spaces_are_warned_at_each() -> None:
    """h96: the one-number list showed as one flat list of six, with no warning."""
    assert _warnings(TENANCY) == [(line, 3, _flat("1."), _nest(1, 4, "1.")) for line in (1, 2, 4)]


def test_counting_sub_items_get_the_indent_hint_not_a_renumbering_one() -> None:
    """h96: only `1.` shown as `2.` was said, and numbering on as the hint said kept it flat."""
    body = "1. Tenancy reform\n  1. Periodic.\n  2. No fixed terms.\n2. Grounds\n3. Enforcement\n"
    assert _warnings(body) == [
        (line, 3, _flat(m), _nest(1, 4, "1.")) for line, m in ((1, "1."), (2, "2."))
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("- Tenancy reform\n - Periodic.\n- Grounds\n", [(1, 2, "-", 1, 3, "-")]),
        ("* Tenancy reform\n  * Periodic.\n", []),  # two spaces under `* ` nest
        ("10. Tenancy reform\n  1. Periodic.\n", [(1, 3, "1.", 2, 5, "10.")]),
        ("1.  Wide\n   1. Periodic.\n", [(1, 4, "1.", 1, 5, "1.")]),
        # In a quote and in a callout, at the marker's column.
        ("> 1. Tenancy reform\n>   1. Periodic.\n", [(1, 5, "1.", 1, 6, "1.")]),
        ("> [!NOTE]\n> - Key figures\n>  - 25 million\n", [(2, 4, "-", 1, 5, "-")]),
        # Inside a list item, a sub-list's own items.
        ("- Reform\n  1. Tenancy\n    1. Periodic.\n", [(2, 5, "1.", 1, 6, "1.")]),
        # rev31: a tab after the parent's marker runs to the next multiple of 4 columns.
        ("-\tTenancy reform\n   - Periodic\n- Grounds\n", [(1, 4, "-", 1, 5, "-")]),
        ("-\tTenancy reform\n  - Periodic\n", [(1, 3, "-", 2, 5, "-")]),
        ("1.\tTenancy reform\n   1. Periodic\n", [(1, 4, "1.", 1, 5, "1.")]),
        # rev31: a quote's space after `>`, there on one line and not the other.
        (">- Tenancy\n>  - Periodic\n", [(1, 4, "-", 1, 5, "-")]),
    ],
)
def test_bullets_and_lists_in_containers_are_warned_at_the_marker(
    body: str, expected: list[tuple[int, int, str, int, int, str]]
) -> None:
    assert _warnings(body) == [
        (line, column, _flat(marker), _nest(spaces, to, parent))
        for line, column, marker, spaces, to, parent in expected
    ]


def _split(marker: str) -> str:
    return (
        f"list item `{marker}` is indented more than its list's first item, but too little "
        "to nest: it starts a list of its own, which splits the list above in two"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1. Eins\n - Unterpunkt\n2. Zwei\n", (1, 2, "-", 2, 4, "1.")),
        ("9. Neun\n   - a\n10. Zehn\n   - b\n11. Elf\n", (3, 4, "-", 1, 5, "10.")),
        ("- Punkt\n 1. Sub\n- Punkt zwei\n", (1, 2, "1.", 1, 3, "-")),
        ("- Erstens\n * Unterpunkt\n- Zweitens\n", (1, 2, "*", 1, 3, "-")),
        ("1. a\n  1) b\n2. c\n", (1, 3, "1)", 1, 4, "1.")),
        ("- a\n\n 1. b\n", (2, 2, "1.", 1, 3, "-")),
        ("> 1. a\n>  - b\n", (1, 4, "-", 2, 6, "1.")),
    ],
)
def test_a_shallow_item_with_another_marker_is_warned_for_the_list_it_splits(
    body: str, expected: tuple[int, int, str, int, int, str]
) -> None:
    """h100: another marker ends the list and starts one at the top level, silently."""
    line, column, marker, spaces, to, parent = expected
    assert _warnings(body) == [(line, column, _split(marker), _nest(spaces, to, parent))]


def test_the_items_after_a_splitting_one_are_its_own_list_s() -> None:
    """rev31b: ` - c` under ` - b` is the new list's second item, not shown as `1.`'s next."""
    assert _warnings("1. a\n - b\n - c\n") == [(1, 2, _split("-"), _nest(2, 4, "1."))]
    assert _warnings("1. a\n - b\n  - c\n") == [
        (1, 2, _split("-"), _nest(2, 4, "1.")),
        (2, 3, _flat("-"), _nest(1, 4, "-")),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # Every item indented alike is one list, whatever the indent.
        " - one\n - two\n - three\n",
        "   1. one\n   2. two\n",
        "> - one\n> - two\n",
        # Lists nested as they should be.
        "1. Tenancy reform\n   1. Periodic.\n   1. No fixed terms.\n1. Grounds\n",
        "- Tenancy reform\n  - Periodic.\n    - Monthly.\n- Grounds\n",
        "> [!NOTE]\n> - Key figures\n>   - 25 million\n",
        # An item indented less than the first, right-aligned numbers, or a marker after a
        # sub-list, which it closes: no sub-item meant.
        "  - one\n- two\n",
        " 9. nine\n10. ten\n",
        "- Reform\n  - Tenancy\n - Grounds\n",
        # rev31: alike in the quote, whether a space or a tab follows `>` (a tab's first
        # column is the quote's), though not in the file's columns.
        ">- one\n> - two\n",
        "> - one\n>- two\n",
        ">\t- one\n>  - two\n",
        ">- Tenancy\n>   - Periodic\n",  # nested
        # h100: a list after another, not indented past its marker, or after a sub-list.
        "- a\n- b\n\n1. c\n",
        "- a\n1. b\n",
        "   - a\n- b\n - c\n",
        "1. a\n   - sub\n - b\n",
        "- a\n  1. b\n- c\n",
    ],
)
def test_lists_indented_alike_or_nested_get_no_warning(body: str) -> None:
    assert _warnings(body) == []


@pytest.mark.parametrize(
    ("body", "line", "shown"),
    [
        ("1. Tenancy\n 2. Grounds\n7. Enforcement\n", 2, 3),
        ("1. Tenancy\n  1. Periodic\n2. Grounds\n7. Enforcement\n", 3, 4),
    ],
)
def test_a_shallow_item_leaves_its_list_other_renumbered_items_warned(
    body: str, line: int, shown: int
) -> None:
    """rev31: a shallow item silenced `7.` shown otherwise; the items it shifts (`2. Grounds`
    shown as `3.`) count on as written once it nests, so they are not warned."""
    renumbered = [w[:3] for w in _warnings(body) if w[2].startswith("list item numbered")]
    assert renumbered == [
        (
            line,
            1,
            f"list item numbered `7.` is shown as `{shown}.`: a Markdown list counts on from "
            "its first number, `1.`",
        )
    ]


@pytest.mark.parametrize(
    "body",
    [
        "1. Eins.\n  2. Zwei.\n3. Drei.\n",
        "1. Eins.\n  - x\n  2. Zwei.\n  3. Drei.\n4. Vier.\n",
        "1. Eins.\n 1. Sub.\n3. Drei.\n",
    ],
)
def test_an_item_shown_with_its_own_number_is_not_warned_for_it(body: str) -> None:
    """h100: `3.` after a shallow `  2.` was warned as "shown as `3.`", its own number, with a
    hint to renumber it `2.`, which would have made the page wrong."""
    assert [w for w in _warnings(body) if w[2].startswith("list item numbered")] == []
