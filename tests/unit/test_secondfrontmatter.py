"""A second YAML block after front matter closed by `...` is warned of at its `---`."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing

FRONT = "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n...\n"
HINT = (
    "move its fields into the front matter, above the `...` (fields of your own go under "
    "`extra:`), or delete the block"
)


@pytest.mark.parametrize(
    ("body", "line", "lines"),
    [
        ("\n---\nregion: Sahel\n---\n\nText.\n", 7, "7-9"),  # a field of no known name
        ("---\nregion: Sahel\n---\n\nText.\n", 6, "6-8"),  # right under the `...`
        ("\n---\nregion: Sahel\nlead: Ana\n\n...\n\nText.\n", 7, "7-11"),  # closed by `...`
        ("\n\n---\ntags: [x]\n---\n\nText.\n", 8, "8-10"),  # a known field
        ("\n---\nregion: Sahel\nsummary: S.\n---\n\nText.\n", 7, "7-10"),
    ],
)
def test_a_second_yaml_block_is_warned_at_its_first_line(body: str, line: int, lines: str) -> None:
    """It was silent unless it held a known field: the page showed a rule and `region: Sahel`.
    One with a known field was warned twice, the second time (`tags:` shown as a heading) with
    the hint to move it above the `---` ending the front matter, which `...` ended."""
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    [found] = diagnostics
    assert found.pos.line == line
    assert found.message == (
        f"a second YAML block (lines {lines}), as Pandoc merges them, is not read: the front "
        "matter is the block `...` closed on line 5; this one is the page's text, a rule over "
        "its fields"
    )
    assert found.hint == HINT


@pytest.mark.parametrize(
    "text",
    [
        FRONT + "\n---\n\nText after a rule.\n",  # a rule, not a block
        FRONT + "\n---\nText: a paragraph under a rule, never closed.\n",
        FRONT + "\nText.\n\n---\nregion: Sahel\n---\n",  # not right after the front matter
        FRONT.replace("...", "---") + "\n---\nregion: Sahel\n---\n\nText.\n",  # closed by `---`
    ],
)
def test_a_rule_or_a_block_elsewhere_is_no_second_yaml_block(text: str) -> None:
    _, diagnostics = parse_briefing("content/a.md", text)
    assert not [d for d in diagnostics if "YAML block" in d.message]
