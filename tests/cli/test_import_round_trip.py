"""An article imported and built shows every sentence, bullet and cell of its source once, in
its sections: numbered headings, bullets wrapped before `£`, a source line under a table, pipe
rows without outer pipes and a grid table (hunt h102)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from tests.conftest import make_project, run_briefgen

if TYPE_CHECKING:
    from pathlib import Path

CONFIG = "-- briefgen.yaml --\ntitle: T\ndescription: D\nlanguage: en\nauthor: A\n"
CONFIG += "base_url: https://example.org/\n"
ARTICLE = """Ports on the Brink
Dockworkers are preparing for a strike.
Key takeaways
- Talks broke down last week.
- The first plant opens in 2028, at a cost of
£450m, funded by the Treasury.
1. Background to the Dispute
The contract expires on September 30.
| Indicator | Value |
|---|---|
| Reserve | 5 |
Source: OCHA
The government announced new measures on Monday.
2) Who Would Be Affected?
Retailers rely on the ports.
Department | 2026 | 2027
Health | 180 | 192
Education | 90 | 95
The figures are in billions.
+---------+---------+
| Country | Exports |
+=========+=========+
| Chile   | 12      |
+---------+---------+
Imports fell.
"""
UNITS = [
    "Dockworkers are preparing for a strike.",
    "Talks broke down last week.",
    "The first plant opens in 2028, at a cost of £450m, funded by the Treasury.",
    "The contract expires on September 30.",
    "Source: OCHA",
    "The government announced new measures on Monday.",
    "Retailers rely on the ports.",
    "The figures are in billions.",
    "Imports fell.",
    *[
        "Indicator",
        "Value",
        "Reserve",
        "5",
        "Department",
        "2026",
        "2027",
        "Health",
        "180",
        "192",
        "Education",
        "90",
        "95",
    ],
    *["Country", "Exports", "Chile", "12"],
]


class _Blocks(HTMLParser):
    """Collect the text of each heading, paragraph, item and cell of a briefing's article."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[tuple[str, str]] = []
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # The dek shows the summary, the lede's first sentence: the article's text is below it.
        if tag in {"h2", "p", "li", "th", "td"} and ("class", "dek") not in attrs:
            self._open = tag
            self.blocks.append((tag, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            tag, text = self.blocks[-1]
            self.blocks[-1] = (tag, text + data)


def test_import_then_build_shows_every_sentence_of_the_article_once(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", CONFIG)
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    run = run_briefgen("import", tmp_path / "article.txt", "--date", "2026-11-23", cwd=project)
    assert (run.code, run.stderr) == (0, "")
    build = run_briefgen("build", "--strict", cwd=project)
    assert build.code == 0, build.stderr
    page = (project / "site" / "ports-on-the-brink" / "index.html").read_text("utf-8")
    article = page[page.index('<article class="briefing"') : page.index("</article>")]
    parser = _Blocks()
    parser.feed(article)
    blocks = [(tag, " ".join(text.split())) for tag, text in parser.blocks]
    headings = [text for tag, text in blocks if tag == "h2"]
    assert headings[-3:] == [
        "Key takeaways",
        "1. Background to the Dispute",
        "2) Who Would Be Affected?",
    ]
    texts = [text for tag, text in blocks if tag != "h2"]
    for unit in UNITS:
        assert texts.count(unit) == 1, (unit, texts)
    assert not [text for text in texts if re.search(r"\||\+--|^- ", text)]
