"""A problem with a whole block inside a list, quote, callout, footnote or definition is placed
at the column where the block starts on its line, not at column 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.build.images import ProjectImages
from briefgen.content.images import ImageSettings
from briefgen.content.parse import parse_briefing

HEAD = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
"""Five lines: the body starts on line 6."""

CONTAINERS = [
    pytest.param("{block}", "6:1", id="top-level"),
    pytest.param("   {block}", "6:4", id="indented"),
    pytest.param("> {block}", "6:3", id="quote"),
    pytest.param("- {block}", "6:3", id="bullet"),
    pytest.param("- item\n  - {block}", "7:5", id="nested-bullet"),
    pytest.param("1. First.\n\n   {block}", "8:4", id="ordered-paragraph"),
    pytest.param("- x\n  > {block}", "7:5", id="quote-in-bullet"),
    pytest.param("> [!NOTE]\n> Text.\n>\n> {block}", "9:3", id="callout"),
    pytest.param("Text.[^1]\n\n[^1]: {block}", "8:7", id="footnote"),
    pytest.param("Term\n: {block}", "7:3", id="definition"),
]


def _warnings(body: str, images: ImageSettings | None = None) -> list[str]:
    _, diagnostics = parse_briefing("content/a.md", HEAD + body + "\n", images=images)
    return [f"{d.pos.line}:{d.pos.column} {d.message}" for d in diagnostics]


@pytest.mark.parametrize(("container", "where"), CONTAINERS)
def test_raw_html_block_is_warned_at_its_first_tag(container: str, where: str) -> None:
    body = container.format(block="<script>alert(1)</script>")
    assert _warnings(body) == [f"{where} raw HTML is shown as text"]


@pytest.mark.parametrize(("container", "where"), CONTAINERS)
def test_image_alone_in_its_paragraph_is_warned_at_its_bang(
    tmp_path: Path, container: str, where: str
) -> None:
    (tmp_path / "content").mkdir()
    images = ImageSettings(ProjectImages(tmp_path, "../"))
    body = container.format(block="![A chart](nope.png)")
    assert _warnings(body, images) == [
        f"{where} image `nope.png`: no file `content/nope.png`",
    ]


@pytest.mark.parametrize(("container", "where"), CONTAINERS)
def test_image_alone_without_alt_text_is_warned_at_its_bang(container: str, where: str) -> None:
    body = container.format(block="![](x.png)")
    assert _warnings(body) == [f"{where} image `x.png` has no alt text"]


def test_heading_id_taken_is_warned_at_its_attribute_block() -> None:
    assert _warnings("## a {#x}\n\nText.\n\n## b {#x}\n\nText.") == [
        "10:6 heading id `x` is taken on this page; this heading has `x-1`"
    ]
