"""Term bullets copy tokens exactly as markdown-it's `Token.copy` does."""

from __future__ import annotations

import dataclasses

from markdown_it.token import Token

from briefgen.content.kinds.lists import _with_content


def test_with_content_equals_token_copy_in_every_field() -> None:
    token = Token("text", "span", 0, attrs={"a": "1"}, map=[2, 3], level=4, content="old")
    token.children, token.markup, token.info = [Token("x", "", 0)], "*", "info"
    token.meta, token.block, token.hidden = {"k": 1}, True, True
    assert {f.name for f in dataclasses.fields(Token)} == {
        "type", "tag", "nesting", "attrs", "map", "level", "children", "content", "markup",
        "info", "meta", "block", "hidden",
    }  # fmt: skip
    assert _with_content(token, "new") == token.copy(content="new")
    assert token.content == "old"
