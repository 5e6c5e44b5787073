"""Which way an author's text runs, and the `dir` that lays it out so on a page of the other way.

A page runs its language's way, and so does every text on it unless the markup says otherwise.
A paragraph or heading written in a script of the other way then has its quotation marks and
final full stop at the wrong ends, and a name or title of the other way joins the day number of
a date beside it ("By 10 · أحمد علي January 2026"). So a block written the other way gets that
`dir`, and a name or title holding letters of the other way is isolated, in `<bdi dir>` or with
`dir` on its own element. Text of the page's way alone gets neither: most pages are unchanged.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Literal

import jinja2
from markupsafe import Markup, escape

from briefgen.model import BulletItem, RichText
from briefgen.patterns import pattern
from briefgen.site.filters import rich

if TYPE_CHECKING:
    from collections.abc import Sequence

Direction = Literal["ltr", "rtl"]
Text = str | RichText | BulletItem | None | tuple["Text", ...] | list["Text"]
"""What templates pass: a front matter field, inline Markdown, a list item (its term and its
text, not the blocks nested in it), or a run of them (a list's items); None stands for nothing."""

_STRONG: dict[str, Direction] = {"L": "ltr", "R": "rtl", "AL": "rtl"}
"""Unicode's strong bidi classes: the letters that set which way a text runs."""
_OTHER: dict[Direction, Direction] = {"ltr": "rtl", "rtl": "ltr"}
_DIR: dict[Direction, Markup] = {way: Markup(f' dir="{way}"') for way in _OTHER}
_NOTHING = Markup("")
_MOST = 0.5
_NEARLY_ALL = 0.85
"""The share of its words that a text ending the page's way must have running the other way
to be laid out so: an Arabic paragraph that ends with "UNHCR." has them, a sentence of the
page's language about a person with a five-word name does not."""


_MAYBE_RIGHT_TO_LEFT = pattern(
    "[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
"""Every character of class R or AL is in these blocks (a test checks all of Unicode)."""


def word_directions(texts: Sequence[str], around: Direction) -> list[Direction]:
    """Return the direction of each word of `texts` that has a letter, its first letter's; an
    empty list where no letter runs the other way than `around`."""
    # Templates ask for every paragraph, item and cell of a page: a left-to-right page's text
    # without a right-to-left letter, nearly all of it, is not read letter by letter.
    if around == "ltr" and not any(
        not text.isascii() and _MAYBE_RIGHT_TO_LEFT.search(text) for text in texts
    ):
        return []
    found: list[Direction] = []
    for word in (word for text in texts for word in text.split()):
        direction = next(
            (_STRONG[c] for c in map(unicodedata.bidirectional, word) if c in _STRONG), None
        )
        if direction is not None:
            found.append(direction)
    return found


def written_direction(words: list[Direction], around: Direction) -> Direction:
    """Return the way a text runs, from its words' directions, within text running `around`.

    The other way when it starts so, as for HTML's `dir="auto"`, most of its words run so,
    and it ends so too or nearly all its words run so: a paragraph of Arabic that opens with
    "UNHCR" stays right to left, and so does an English sentence that opens with a long
    Arabic name and ends in English ("عبد الله بن الحسين الثاني (King of Jordan) spoke.").
    """
    other = _OTHER[around]
    if not words or words[0] != other:
        return around
    share = words.count(other) / len(words)
    if share > _MOST and (words[-1] == other or share >= _NEARLY_ALL):
        return other
    return around


def _around(context: jinja2.runtime.Context) -> Direction:
    """Return the direction of what is being rendered: the page's, or a list item's inside it."""
    return "rtl" if context.get("dir") == "rtl" else "ltr"


def _plain(value: Text) -> list[str]:
    if isinstance(value, RichText):
        return [value.text]
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, BulletItem):
        return _plain((value.term, value.text))
    return [text for part in value or () for text in _plain(part)]


@jinja2.pass_context
def written_dir(
    context: jinja2.runtime.Context, value: Text, within: Direction | None = None
) -> Direction:
    """Return `ltr` or `rtl`: the way texts run within the page's direction or `within` (a
    list's items within the list's), for a `dir` and the one its nested blocks inherit."""
    around = within or _around(context)
    return written_direction(word_directions(_plain(value), around), around)


@jinja2.pass_context
def block_dir(context: jinja2.runtime.Context, value: Text) -> Markup:
    """Return ` dir="…"` for a block (a paragraph, heading, caption) written the other way
    than the text around it; else nothing."""
    around = _around(context)
    written = written_direction(word_directions(_plain(value), around), around)
    return _DIR[written] if written != around else _NOTHING


@jinja2.pass_context
def inline_dir(context: jinja2.runtime.Context, value: Text) -> Markup:
    """Return ` dir="…"`, the way it runs, for an element holding just a name, title or date
    with letters of the other way: `dir` isolates it, so what stands beside it keeps its
    order. Nothing for text of the page's way alone."""
    around = _around(context)
    words = word_directions(_plain(value), around)
    return _DIR[written_direction(words, around)] if _OTHER[around] in words else _NOTHING


@jinja2.pass_context
def isolate(context: jinja2.runtime.Context, value: str | RichText, alone: bool = False) -> Markup:
    """Return a name or text as markup, in a `<bdi dir>` when it holds letters of the other way
    (see `inline_dir`); an author's names are isolated one by one. A text `alone` in its box (a
    table cell) only when it is written the other way: the box keeps the page's direction, so
    a cell keeps its column's alignment."""
    shown = rich(context, value) if isinstance(value, RichText) else escape(value)
    around = _around(context)
    words = word_directions(_plain(value), around)
    written = written_direction(words, around)
    if written != around or (not alone and _OTHER[around] in words):
        return Markup(f'<bdi dir="{written}">{shown}</bdi>')
    return shown
