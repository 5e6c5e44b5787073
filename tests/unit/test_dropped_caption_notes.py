"""A `Table:` line a ```table fence's own `caption:` wins over refers to no note: its note
references are not on the page, so no back-link may point at them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import lxml.html
import pytest

from briefgen.content.noterefs import NoteRefs
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Site
from briefgen.site.render import Renderer
from tests.unit.sample_briefing import sample_config

if TYPE_CHECKING:
    from pathlib import Path

_FENCE = '```table\ncolumns: [a, b]\nrows:\n  - [x, y]\ncaption: "Rates[^1]"\n```'


def _indented(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else prefix.rstrip() for line in text.split("\n"))


@pytest.mark.parametrize(
    "body",
    [
        f"Table: Rates[^1]\n{_FENCE}\n",
        "- Item.\n\n" + _indented(f"Table: Rates[^1]\n{_FENCE}", "  ") + "\n",
        _indented(f"Table: Cap[^1]\n\n{_FENCE}", "> ") + "\n",
    ],
    ids=["paragraph", "list item", "quote"],
)
def test_a_dropped_caption_line_gives_its_notes_no_back_link(tmp_path: Path, body: str) -> None:
    head = "---\ntitle: A\ndate: 2026-12-05\nsummary: S.\n---\n\nLede.[^1]\n\n[^1]: A note.\n\n"
    text = f"{head}## S\n\n{body}"
    briefing, problems = parse_briefing("content/a.md", text)
    assert briefing is not None
    config = sample_config()
    html = Renderer(config, tmp_path).render_briefing(briefing, Site(config, (briefing.entry(),)))
    page = lxml.html.document_fromstring(html)

    ids = set(page.xpath("//@id"))
    back_links = [href[1:] for href in page.xpath("//a/@href") if href.startswith("#fnref-")]
    assert back_links == ["fnref-1", "fnref-1-2"]  # the lede's and the fence caption's
    assert all(target in ids for target in back_links)
    assert any("using `caption:`" in format_diagnostic(p) for p in problems)


def test_uncounted_references_give_up_their_counts_and_first_numbers() -> None:
    notes = NoteRefs(frozenset({"a", "b", "c"}))
    assert notes.cite("a") == (1, 1)
    counted = notes.counted()
    assert notes.cite("b") == (2, 1)
    assert notes.cite("a") == (1, 2)

    notes.uncount(counted)

    assert (notes.cite("c"), notes.cite("a"), notes.cite("b")) == ((2, 1), (1, 2), (3, 1))
