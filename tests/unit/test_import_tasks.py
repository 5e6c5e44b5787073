"""A checklist in a plain-text import (`- [ ] Ask Frontex`, as GitHub, Notion and Obsidian
write one) is a task list, not bullets whose text shows `[ ]`."""

from __future__ import annotations

from briefgen.content.writer import render_blocks
from briefgen.importer.recognise import parse_article
from briefgen.model import BulletList


def test_parse_article_reads_a_checklist_as_tasks() -> None:
    """`- [ ] Ask…` was written `- \\[ \\] Ask…`, its box shown as text on the page."""
    article, warnings = parse_article(
        "a.txt",
        "Dashboard Notes\n\nArrivals fell.\n\nOpen Questions\n- [ ] Do we have October data?\n"
        "- [x] Confirm: UNHCR figures\n- [X] Done too\n- [] Not a box\n",
    )
    [items] = article.sections[0].blocks
    assert isinstance(items, BulletList)
    assert [item.checked for item in items.items] == [False, True, True, None]
    assert warnings == []
    assert render_blocks(article.sections[0].blocks) == (
        "- [ ] Do we have October data?\n- [x] **Confirm:** UNHCR figures\n- [x] Done too\n"
        "- \\[\\] Not a box"
    )
