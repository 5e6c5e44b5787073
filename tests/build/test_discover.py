"""What discovery says of a file of content/ that is neither a briefing nor an image."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.build.discover import discover_sources
from tests.conftest import make_project

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("A.MD", "rename it `A.md`: a briefing's name ends in `.md`, lower case"),
        ("b.Md", "rename it `b.md`: a briefing's name ends in `.md`, lower case"),
        ("c.markdown", "rename it `c.md`: a briefing's name ends in `.md`, lower case"),
        ("report.pdf", "put PDFs and other files in static/"),
    ],
)
def test_a_file_that_is_no_briefing_is_warned_with_what_to_do(
    tmp_path: Path, name: str, hint: str
) -> None:
    """`A.MD`, as a disk that ignores case or a Windows tool may write it, was told to go to
    static/ with the PDFs."""
    root = make_project(tmp_path, f"-- content/{name} --\nx\n")

    sources, problems = discover_sources(root)

    assert sources == []
    assert [(str(p.pos), p.message, p.hint) for p in problems] == [
        (f"content/{name}:1:1", "not a briefing (not .md) or an image; ignored", hint)
    ]
