"""The words a block of raw HTML shows, read with Python's HTML parser.

Apart from `content/kinds/rawhtml.py` so that only a site with trusted raw HTML imports the
parser (`html.parser`, about 9 M instructions of a two-briefing build's start-up).
"""

from __future__ import annotations

from html.parser import HTMLParser

from briefgen.content.rawtext import readable_markup


class _Words(HTMLParser):
    """Collects the text a browser shows for markup (not a script's or a style's)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._hidden += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def shown_text(markup: str) -> str:
    """Return the words `markup` shows, whitespace collapsed."""
    words = _Words()
    words.feed(readable_markup(markup))
    words.close()
    return " ".join(" ".join(words.parts).split())
