"""Leftovers whose brackets a paragraph breaks over two lines: warned where they start."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from briefgen.content.parse import parse_briefing
from tests.conftest import cpu_seconds, uncapped
from tests.cpubound import cpu_seconds_within

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1


def _warnings(body: str) -> list[tuple[int, int, str]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [(d.pos.line - FIRST_LINE, d.pos.column, d.message) for d in diagnostics]


def _undefined(shown: str, label: str) -> str:
    return f"link `{shown}` has no definition `[{label}]: …`; shown as text"


def _spaced_note(shown: str) -> str:
    return f"`{shown}` is shown as text: a note's label has no spaces"


def _wiki(shown: str) -> str:
    return f"wiki link `{shown}` is not supported; shown as text"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "See [the IOM\nreport][iom] here.\n",
            [(0, 5, _undefined("[the IOM report][iom]", "iom"))],
        ),
        (
            "See [the annual report of the\ncommittee on migration and\nlabour mobility][annual]\n",
            [
                (
                    0,
                    5,
                    _undefined("[the annual report of the committee on migratio...", "annual"),
                )
            ],
        ),
        (
            "See [the report][the IOM\nreport] here.\n",
            [(0, 5, _undefined("[the report][the IOM report]", "the IOM report"))],
        ),
        (
            "See [the IOM\nreport][] here.\n",
            [(0, 5, _undefined("[the IOM report][]", "the IOM report"))],
        ),
        ("x [^a\nb] y\n", [(0, 3, _spaced_note("[^a b]"))]),
        ("x [^a b\nc] y\n", [(0, 3, _spaced_note("[^a b c]"))]),
        ("[[wiki\nlink]]\n", [(0, 1, _wiki("[[wiki link]]"))]),
        ("> A quote with [[wiki\n> link]] in it.\n", [(0, 16, _wiki("[[wiki link]]"))]),
        ("- An item [the\n  report][iom]\n", [(0, 11, _undefined("[the report][iom]", "iom"))]),
        (
            "See [the IOM\nreport] (https://x.org/r) here.\n",
            [
                (
                    0,
                    5,
                    "link `[the IOM report] (https://x.org/r)` cannot be read (a space between "
                    "its `]` and `(`); shown as text",
                )
            ],
        ),
        (
            "An image ![a [wrapped\nlink](https://x.org)](c.png).\n",
            [
                (
                    0,
                    14,
                    "a link in an image's alt text is not a link: `https://x.org` is lost, only "
                    "its words are kept",
                )
            ],
        ),
        (
            "One line.\nThen [^a\nb] [[c\nd]]\n",
            [(1, 6, _spaced_note("[^a b]")), (2, 4, _wiki("[[c d]]"))],
        ),
    ],
)
def test_a_wrapped_leftover_is_warned_at_its_start(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    assert _warnings(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "See [the IOM\nreport][iom] here.\n\n[iom]: https://example.org/iom\n",
        "See [the\nreport][] here.\n\n[The report]: https://example.org/report\n",
        "See [the annual\nreport of the\ncommittee][c].\n\n[c]: https://example.org/c\n",
        "A note[^1] and\n[^2] another.\n\n[^1]: One.\n[^2]: Two.\n",
        "Costs rose [in real terms]\n[see the annex] and fell.\n",
        "The array a[i]\n[j] and the set [1,\n2] in prose.\n",
        "Done items [x] and\n[ ] open ones.\n",
        "Pairs [[1, 2],\n[3, 4]] in maths.\n",
        "A link [wrapped\ntext](https://example.org/) and [[1]](https://example.org/).\n",
        "Brackets [a\n\nb][c] across a blank line are two paragraphs.\n",
        "[[a\n\nb]] and [^a\n\nb] too.\n",
    ],
)
def test_ordinary_wrapped_prose_with_brackets_gets_no_warning(body: str) -> None:
    assert _warnings(body) == []


def test_many_wrapped_leftovers_are_placed_in_linear_time() -> None:
    body = "[[a\nb]] [^c\nd] [e\nf][g] " * 6_000 + "\n"
    found, seconds, bound = cpu_seconds_within(lambda: _warnings(body), 3.5)
    assert len(uncapped(message for *_, message in found)) == 18_000
    # Under a second idle (2.5 s with two test workers on a loaded machine); placing each of
    # the 18,000 by a Python scan of the ones before it would take 5e-8 * 18_000**2 = 16 s.
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


@pytest.mark.parametrize(
    "line",
    [
        "[a " * 15_000 + "\n" + "b " * 15_000,  # a link's text, never closed
        "[[a " * 50_000 + "\n" + "b " * 50_000,  # wiki links, never closed
        "[^a b" * 10_000 + "\n" + "c " * 15_000,  # spaced note labels, never closed
        "[a\n" * 10_000,  # a link's text on every line, never closed
        "[a\nb] (" * 10_000,  # links' text over two lines, spaced from their parentheses
        "a\n](" * 10_000,  # link ends with no `[`, one on each line
    ],
    ids=["link", "wiki", "note", "lines", "spaced", "unopened"],
)
def test_hostile_wrapped_brackets_are_read_in_linear_time(line: str) -> None:
    """Bounded by markdown-it's own parse of the same text, not by seconds: both slow down
    alike on a loaded machine. Ours took 3.3 to 5.2 times the bare parse on a loaded one; a
    wiki-link pattern searching from each `[[` to the paragraph's end took 13 times it at the
    wiki line's size, which it keeps (and `[^a b` scanned so, 40 times at 6,250 of them), so
    8 times fails that. A Python scan from each of 10,000 or more brackets over the others
    would take 5e-8 * 10_000**2 = 5 s, four times the bound or more."""
    text = line + "\n"
    started = cpu_seconds()
    MarkdownIt("commonmark").enable("table").parse(text)
    bare = cpu_seconds() - started
    started = cpu_seconds()
    _warnings(text)
    seconds = cpu_seconds() - started
    assert seconds < 8 * bare + 0.5, f"took {seconds:.1f} s, the bare parse {bare:.1f} s"
