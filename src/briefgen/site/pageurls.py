"""The URLs and ids of a built page, read from its start tags as a browser would.

`site/links.py` checks where a site's links point; this reads where they are: each `href`,
`src`, `poster` and `srcset` URL, a sitemap's `<loc>`, the URL a `<meta>` names, and every `id`,
in one pass that steps from `<` to `>` so that no tag is read twice, even on a page full of
`<` that open nothing. Comments are blanked first, as a browser skips them; a `<!--` inside a
start tag (`<p title="a <!-- b">`) is the tag's and opens none.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from briefgen.content.urltext import srcset_urls
from briefgen.patterns import pattern
from briefgen.site.htmlattributes import ATTRIBUTE

if TYPE_CHECKING:
    from collections.abc import Iterator

URL_ATTRIBUTES = frozenset({"href", "src", "poster"})
"""The attributes whose value is one URL (`srcset` holds several)."""
_URL_META = frozenset({"og:url", "og:image", "twitter:image"})
"""`<meta>` properties whose `content` is a URL on this site."""
_NAMES = "href|src|poster|srcset|id|name|content|property"
"""The attributes that hold a URL or an id (and meta's name/property/content); no others."""
_TAG = pattern(
    rf"<(?:([A-Za-z][\w:.-]*+)(\s(?:[^>\s]*+\s++)*?(?:{_NAMES})\s*+=[^>]*+)>"
    r"|[A-Za-z][\w:.-]*+\s[^>]*+>)",
    re.IGNORECASE,
)
"""A start tag: with one of those attributes (its name and attributes captured), or with none
of them and skipped to its `>` whole, so that no `<` inside it is read as a tag of its own; a
`<` that starts no tag (`</p>`, `<p>`) is passed over by the search. The attributes are matched
word by word, not character by character (a fifth faster)."""
_COMMENT_OR_TAG = pattern(r"<!--|<[A-Za-z][\w:.-]*+\s[^>]*+>")
"""A comment's start, or a start tag with attributes read as `_TAG` reads it, to its `>`: a
`<!--` in it is the tag's."""
_NAMED = frozenset(_NAMES.split("|"))
_LOC = pattern(r"<loc>([^<]*)</loc>")


def page_urls(
    text: str, ids: set[str], duplicates: list[tuple[str, int]] | None = None
) -> Iterator[tuple[str, int]]:
    """Yield (url, offset) for every URL attribute, sitemap `<loc>` and meta URL; collect ids."""
    if "<!--" in text:  # a page with no raw HTML has none: the theme writes no comments
        text = _without_comments(text)
    # Up to the last `>` only: a tag ends at one, and a search of the `<`s after it for their
    # `>` would read the rest of the page again from each of them.
    for tag in _TAG.finditer(text, 0, text.rfind(">") + 1):
        if tag.group(1) is None:
            continue
        attributes = {
            name: _unescape(double or single or bare)
            for key, double, single, bare in ATTRIBUTE.findall(tag.group(2))
            if (name := key.lower()) in _NAMED
        }
        if not attributes:
            continue
        name = tag.group(1).lower()
        for attribute, value in attributes.items():
            if attribute in URL_ATTRIBUTES and value.strip():
                yield value.strip(), tag.start()
            elif attribute == "srcset":
                for _, url in srcset_urls(value):
                    yield url, tag.start()
            elif attribute == "id" or (attribute == "name" and name == "a"):
                if value in ids and duplicates is not None and attribute == "id":
                    duplicates.append((value, text.count("\n", 0, tag.start()) + 1))
                ids.add(value)
        is_url_meta = attributes.get("property", attributes.get("name")) in _URL_META
        if name == "meta" and is_url_meta and (content := attributes.get("content", "").strip()):
            yield content, tag.start()
    for loc in _LOC.finditer(text):
        yield _unescape(loc.group(1).strip()), loc.start()


def _without_comments(text: str) -> str:
    """Return a page with its comments as spaces, line breaks kept: a comment ends at the
    first `-->` after its `<!--` (`<!-->` is a whole one), one with no end is left as it is,
    and a `<!--` inside a start tag opens none. Each tag and comment is read once."""
    parts: list[str] = []
    done = at = 0
    stop = text.rfind(">") + 1  # a tag, like a comment, ends at a `>`
    while (found := _COMMENT_OR_TAG.search(text, at, stop)) is not None:
        if found[0] != "<!--":
            at = found.end()
            continue
        start = found.start()
        if (end := text.find("-->", start + 2, stop)) == -1:
            break
        at = end + 3
        parts += [text[done:start], re.sub(r"[^\n]", " ", text[start:at])]
        done = at
    return "".join([*parts, text[done:]])


def _unescape(value: str) -> str:
    return html.unescape(value) if "&" in value else value
