"""Syntax brought from MkDocs, Pelican, Jekyll and Quarto: warned at its line and column."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import Diagnostic

FRONT = "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n\n"


def _diagnostics(body: str) -> list[Diagnostic]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return diagnostics


def _warnings(body: str) -> list[str]:
    return [f"{d.pos}: {d.message} / {d.hint}" for d in _diagnostics(body)]


def test_heading_with_no_space_after_its_hashes_is_warned_at_its_line() -> None:
    assert _warnings("Lede.\n\n##Background\n\nText.\n\n###Details###\n") == [
        "content/a.md:9:1: `##Background` is not a heading (no space after `##`); shown as "
        "text / put a space after `##`",
        "content/a.md:13:1: `###Details###` is not a heading (no space after `###`); shown as "
        "text / put a space after `###`",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "#housing and #1 priority.\n",
        "Mid-line ##x stays.\n",
        "```\n##code\n```\n",
        "Code `##x` here.\n",
        "#######Seven is no heading anywhere.\n",
        "##1 is a number.\n",
    ],
)
def test_hashes_that_are_no_heading_elsewhere_stay_silent(body: str) -> None:
    assert _diagnostics(body) == []
