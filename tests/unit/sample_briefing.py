"""Build briefing models by hand, so render and JSON tests do not depend on the parser."""

from __future__ import annotations

import datetime as dt
import html
from itertools import count

from briefgen.diagnostics import SourcePos
from briefgen.model import (
    Alignment,
    Block,
    Briefing,
    BulletItem,
    BulletList,
    FrontMatter,
    Paragraph,
    RichText,
    Section,
    SiteConfig,
    Table,
)

SOURCE = "content/sample.md"


class BriefingBuilder:
    """Hand out model pieces with increasing, unique source lines (tables use them for ids)."""

    def __init__(self, source: str = SOURCE) -> None:
        self.source = source
        self._lines = count(10)

    def pos(self) -> SourcePos:
        """Return the next source place."""
        return SourcePos(self.source, next(self._lines))

    def paragraph(self, text: str) -> Paragraph:
        """Return a paragraph of plain text."""
        return Paragraph(rich(text), self.pos())

    def terms(self, *pairs: tuple[str, str]) -> BulletList:
        """Return a bullet list whose items all have terms."""
        items = tuple(BulletItem(rich(t), rich(d), (), self.pos()) for t, d in pairs)
        return BulletList(items, ordered=False, pos=self.pos())

    def table(
        self, header: tuple[str, ...], *rows: tuple[str, ...], caption: str | None = None
    ) -> Table:
        """Return a left-to-right table with plain-text cells."""
        align: tuple[Alignment, ...] = tuple("" for _ in header)
        return Table(
            caption=rich(caption) if caption else None,
            header=tuple(rich(cell) for cell in header),
            rows=tuple(tuple(rich(cell) for cell in row) for row in rows),
            align=align,
            pos=self.pos(),
        )

    def section(self, heading: str, anchor: str, *blocks: Block) -> Section:
        """Return a level-2 section without subsections."""
        return Section(rich(heading), anchor, 2, tuple(blocks), (), self.pos())


def rich(text: str) -> RichText:
    """Return RichText whose HTML is the escaped text."""
    return RichText(html=html.escape(text, quote=False), text=text)


def sample_config(base_url: str = "https://example.org/briefing-repo/") -> SiteConfig:
    """Return a site configuration published under a sub-path."""
    return SiteConfig(
        title="Policy Briefings",
        description="Short briefings.",
        language="en-GB",
        author="Editors",
        base_url=base_url,
        source_url="https://github.com/example/briefings",
    )


def sample_briefing(
    *, slug: str = "sample", layout: str | None = None, updated: dt.date | None = None
) -> Briefing:
    """Return a briefing shaped like the default one: lede, 4 sections, 10 terms, 3 tables."""
    b = BriefingBuilder()
    meta = FrontMatter(
        title="Rubio\u2019s Mission <to> Mexico & Ecuador",
        date=dt.date(2026, 11, 23),
        updated=updated,
        summary="What is on the table & what to watch.",
        tags=("migration", "Latin América"),
        draft=False,
        pos=SourcePos(b.source, 1),
        layout=layout,
    )
    sections = (
        b.section(
            "The mission",
            "the-mission",
            b.paragraph("Key points include:"),
            b.terms(("Cooperation", "Root causes."), ("Aid", "Support."), ("Borders", "Security.")),
            b.table(
                ("Initiative", "Description"), ("Community", "Education."), ("Legal", "Paths.")
            ),
        ),
        b.section(
            "Regional collaboration",
            "regional-collaboration",
            b.terms(("Economy", "Jobs."), ("Security", "Borders."), ("Pathways", "Legal.")),
            b.table(
                ("Outcome", "Description"), ("Task forces", "Trafficking."), caption="Outcomes"
            ),
        ),
        b.section(
            "Strategies",
            "strategies",
            b.terms(
                ("Cooperation", "Ties."),
                ("Economy", "Jobs."),
                ("Skills", "Training."),
                ("Protection", "Safety."),
            ),
            b.table(("Framework", "Description", "Status"), ("Work visas", "Temporary.", "Open")),
            b.paragraph("Balance humanitarian concern and governance."),
        ),
        b.section("Key Takeaways", "key-takeaways", b.paragraph("In summary, migration matters.")),
    )
    return Briefing(
        slug=slug,
        source=b.source,
        meta=meta,
        lede=(b.paragraph("In a bid to address migration, Rubio travels."),),
        sections=sections,
        pos=SourcePos(b.source, 1),
    )
