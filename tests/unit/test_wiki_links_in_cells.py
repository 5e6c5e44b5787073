"""Obsidian's wiki links in a table's cells: the `|` of `[[page|alias]]` splits the row, and
the escaped one of its table-safe `[[page\\|alias]]` is warned where it is written."""

from __future__ import annotations

from briefgen.content.parse import parse_briefing

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n| Org | N |\n|---|---|\n"
ROW_LINE = FRONT.count("\n") + 1


def _warnings(row: str) -> list[tuple[int, int, str, str | None]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + row)
    return [(d.pos.line, d.pos.column, d.message, d.hint) for d in diagnostics]


def test_the_pipe_of_a_wiki_links_alias_is_named_as_what_ends_the_cell() -> None:
    """Only "remove the extra `|` cell" was said, which loses the `5` or half the link."""
    [(line, column, message, hint)] = _warnings("| [[Ministry|the ministry]] | 5 |\n")
    assert (line, column) == (ROW_LINE, 3)
    assert message == (
        "table row has 3 cells, header has 2: the `|` in the wiki link "
        "`[[Ministry|the ministry]]` ends a cell"
    )
    assert hint == (
        "write a link instead, `[the ministry](its-page/)`: briefgen reads no wiki links, "
        "and a row is split at every `|` not escaped"
    )


def test_an_escaped_wiki_link_in_a_cell_is_warned_at_its_column() -> None:
    [(line, column, message, _)] = _warnings("| [[WHO\\|WHO Europe]] | 7 |\n")
    assert (line, column) == (ROW_LINE, 3)
    assert message.startswith("wiki link `[[WHO|WHO Europe]]`")
