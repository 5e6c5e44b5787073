"""A plain one-off inline string renders exactly as markdown-it renders it."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.content import markdown
from briefgen.content.markdown import InlineContext, render_inline, render_inline_source
from briefgen.diagnostics import SourcePos

_CONTEXT = InlineContext(SourcePos("content/a.md", 3))


def _through_markdown_it(text: str) -> object:
    tokens = markdown.markdown_parser(unsafe_html=False).parseInline(text)
    return render_inline(tokens[0].children or [] if tokens else [], _CONTEXT)


_PIECES = ["a", "Zé", "中", "٣", "09", " ", ".", ",", "%", "-", "_", "*", "&", "<", ":", "/"]
_PIECES += ["\t", "~~", "[", "]", "\\", "`", "https://e.org", "!", "^"]


@example("*a*")
@example("_a_")
@example("a & b")
@example(" 1,5 % ")
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_render_inline_source_equals_markdown_it_on_any_text(text: str) -> None:
    assert render_inline_source(text, _CONTEXT) == _through_markdown_it(text)


def test_render_inline_source_keeps_markup_out_of_the_plain_path() -> None:
    rich, _ = render_inline_source("12.5% of *all* A&B", _CONTEXT)
    assert rich.html == "12.5% of <em>all</em> A&amp;B"
    assert rich.text == "12.5% of all A&B"
