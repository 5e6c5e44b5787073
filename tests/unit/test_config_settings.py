"""The nested settings (`home`, `feed`, `pdf`): defaults, values, and mistakes at their line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.diagnostics import format_diagnostic
from briefgen.site.config import load_config


def _load(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    _, problems = load_config(tmp_path)
    return [format_diagnostic(p) for p in problems]


def test_config_nested_settings_default_when_absent(tmp_path: Path) -> None:
    config, problems = load_config(tmp_path)
    assert problems == []
    assert (config.per_page, config.feed_full_content) == (20, False)
    assert (config.pdf, config.pdf_page_size) == (False, "A4")


def test_config_nested_settings_are_read(tmp_path: Path) -> None:
    text = "title: T\nhome: {per_page: 5}\nfeed: {full_content: true}\npdf: {page_size: Letter}\n"
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert problems == []
    assert (config.per_page, config.feed_full_content) == (5, True)
    assert (config.pdf, config.pdf_page_size) == (True, "Letter")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("home: {per_page: 0}\n", "briefgen.yaml:1:1: error: `home.per_page` must be a whole"),
        ("home: {perpage: 5}\n", "briefgen.yaml:1:1: error: unknown setting `home.perpage`"),
        ("\nfeed: {full_content: sure}\n", "briefgen.yaml:2:1: error: `feed.full_content` must be"),
        ("pdf: {page_size: A3}\n", "briefgen.yaml:1:1: error: `pdf.page_size` must be A4 or"),
        ("pdf: maybe\n", "briefgen.yaml:1:1: error: `pdf` must be true, false or a mapping"),
    ],
)
def test_config_nested_setting_mistake_is_reported_at_its_line(
    tmp_path: Path, text: str, message: str
) -> None:
    problems = _load(tmp_path, text)
    assert len(problems) == 1
    assert problems[0].startswith(message), problems


@pytest.mark.parametrize(
    ("text", "search", "problems"),
    [
        ("title: T\n", False, []),
        ("search: true\n", True, []),
        ("search: false\n", False, []),
        ('title: T\nsearch: "on"\n', False, ["briefgen.yaml:2:1: error: `search` must be"]),
        ("search: [true]\n", False, ["briefgen.yaml:1:1: error: `search` must be"]),
        ("serach: true\n", False, ["briefgen.yaml:1:1: error: unknown setting `serach`"]),
    ],
)
def test_config_search_is_a_flag(
    tmp_path: Path, text: str, search: bool, problems: list[str]
) -> None:
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    config, found = load_config(tmp_path)
    assert config.search is search
    messages = [format_diagnostic(f) for f in found]
    assert [m[: len(p)] for m, p in zip(messages, problems, strict=False)] == problems
    assert len(messages) == len(problems)
