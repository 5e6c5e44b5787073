"""A heading's marks alone on their line, as a press release ends with `###`: one warning,
whose hint also says how to show the marks as text."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic

FRONT = "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n\n"


def _said(body: str) -> list[str]:
    _, problems = parse_briefing("content/a.md", FRONT + body)
    return [format_diagnostic(p) for p in problems]


def test_a_press_releases_closing_marks_are_one_warning_with_how_to_show_them() -> None:
    """`###` before any `##` was warned twice, as a heading treated as `##` too, and hinted
    only "write the heading text", where a press release meant its end mark."""
    assert _said('"We act," said the Minister.\n\n-ENDS-\n\n###\n\n## Notes to editors\n\nx\n') == [
        "content/a.md:11:1: warning: empty heading\n"
        "  hint: write the heading text, or delete the line; to show `###` as text (the `###` "
        "a press release ends with), write `\\###`"
    ]


@pytest.mark.parametrize(
    ("body", "hint"),
    [
        ("Lede.\n\n## &nbsp;\n\nText.\n", "write the heading text"),
        ("Lede.\n\n## \u200b\n\nText.\n", "write the heading text"),
        ("Lede.\n\n##\n\nText.\n", "write the heading text, or delete the line; to show `##`"),
    ],
)
def test_an_empty_heading_with_text_that_shows_nothing_is_hinted_to_write_it(
    body: str, hint: str
) -> None:
    [said] = _said(body)
    assert said.startswith("content/a.md:9:1: warning: empty heading\n  hint: " + hint)


def test_only_three_marks_are_hinted_as_a_press_releases_end() -> None:
    [said] = _said("## One\n\nText.\n\n  ##\n")
    assert said == (
        "content/a.md:11:3: warning: empty heading\n"
        "  hint: write the heading text, or delete the line; to show `##` as text, write `\\##`"
    )


def test_a_named_heading_before_any_section_is_still_treated_as_one() -> None:
    [said] = _said("Lede.\n\n### Scope\n\nText.\n")
    assert said.startswith("content/a.md:9:1: warning: `###` heading before any `##`")


@pytest.mark.parametrize(
    ("line", "shown", "column"), [("# # #", "# # #", 1), ("#", "#", 1), (" # #  #", "# # #", 2)]
)
def test_a_press_releases_spaced_end_mark_is_hinted_to_be_deleted(
    line: str, shown: str, column: int
) -> None:
    """`# # #`, the end mark as most press releases write it, was hinted to be written as a
    `## ` section; an indented one is warned of at its first `#`."""
    assert _said(f"## Release\n\nText.\n\n{line}\n") == [
        f"content/a.md:11:{column}: warning: `# ` heading in the body is dropped\n"
        f"  hint: delete the line; to show `{shown}` as text (a press release's end mark), "
        f"write `\\{shown}`"
    ]
