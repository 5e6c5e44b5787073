"""HackMD's tags line (`###### tags: `a` `b``) is a heading to Markdown: warned, hinted as
front matter."""

from __future__ import annotations

import pytest

from tests.unit.briefing_problems import problems


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("###### tags: `energy` `policy`", "energy, policy"),
        ("## tags: `net zero`, `grid`", "net zero, grid"),
        ("###### tags: energy policy", "energy, policy"),
    ],
)
def test_hackmds_tags_line_is_warned_with_its_tags_as_front_matter(line: str, tags: str) -> None:
    found = problems(f"Text.\n\n{line}\n\nMore text.\n")
    assert (
        "content/a.md:8:1: warning: HackMD's `tags:` line is shown as a heading, and gives the "
        f"briefing no tags\n  hint: write `tags: [{tags}]` in the front matter, and delete this "
        "line"
    ) in found


@pytest.mark.parametrize(
    "body",
    [
        "Text.\n\ntags: energy, policy\n",  # a paragraph: no heading shown
        "## Tags: what they mean\n\nText.\n",  # a heading about tags
        "## Setup\n```yaml\ntags: [a]\n```\n",  # a fence after a heading
        "## Setup\n\n    tags: a\n",  # indented code after a heading
    ],
)
def test_other_tags_lines_are_no_hackmd_tags_line(body: str) -> None:
    assert not [line for line in problems(body) if "HackMD" in line]
