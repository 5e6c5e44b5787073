"""Line endings: the parser's `normalize` pass runs only for a text it changes."""

from __future__ import annotations

import importlib

import pytest

from briefgen.content.markdown import markdown_parser


def test_parser_normalizes_only_a_text_holding_a_cr_or_a_nul(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The rule's module: the package's `normalize` is the rule's function.
    normalize = importlib.import_module("markdown_it.rules_core.normalize")
    normalized: list[str] = []
    newlines = normalize.NEWLINES_RE

    class Spy:
        def sub(self, replacement: str, text: str) -> str:
            normalized.append(text)
            return str(newlines.sub(replacement, text))

    monkeypatch.setattr(normalize, "NEWLINES_RE", Spy())
    parser = markdown_parser(unsafe_html=False)
    assert parser.parse("a\n\n*b*\n") == parser.parse("a\n\n*b*\n")
    assert normalized == []
    assert parser.parse("a\r\n\r*b*\r\n") == parser.parse("a\n\n*b*\n")
    assert parser.parse("a\x00b\n") == parser.parse("a\ufffdb\n")
    assert normalized == ["a\r\n\r*b*\r\n", "a\x00b\n"]
