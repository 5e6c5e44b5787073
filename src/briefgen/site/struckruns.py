"""A table cell's HTML read as runs of its text, each struck or not, for the CSV download
(`site/tablecsv.py`), which keeps struck words between `~~`. Its own module so a build whose
tables strike nothing never imports `html.parser`."""

from __future__ import annotations

from html.parser import HTMLParser


class StruckRuns(HTMLParser):
    """A cell's HTML as runs of its text, each struck or not; a note's reference mark left
    out, as the CSV's plain value leaves it out of the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.runs: list[tuple[str, bool]] = []
        self.struck = 0
        """How many struck elements are open."""
        self.in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"s", "del", "strike"}:
            self.struck += 1
        elif tag == "sup" and "note-ref" in (dict(attrs).get("class") or ""):
            self.in_mark = True

    def handle_endtag(self, tag: str) -> None:
        if tag in {"s", "del", "strike"}:
            self.struck = max(0, self.struck - 1)
        elif tag == "sup":
            self.in_mark = False

    def handle_data(self, data: str) -> None:
        if data.strip() and not self.in_mark:
            self.runs.append((data.strip(), self.struck > 0))
