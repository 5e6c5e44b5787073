"""Which characters a URL may hold as written, and how to write the others.

A source's `url:`, `base_url` and `source_url` go into pages and feeds as written, where no
page may hold a space or `|` in an address (vnu). Their errors name the characters found, each
with its percent-encoding: a fixed "write a space as %20" did not help with `|` or `{`.
"""

from __future__ import annotations

import unicodedata
import urllib.parse
from typing import TYPE_CHECKING

from briefgen.content.invisible import visibly
from briefgen.diagnostics import excerpt, listed
from briefgen.patterns import pattern
from briefgen.project import IMAGE_SUFFIXES

if TYPE_CHECKING:
    import re
    from collections.abc import Iterator

FILE_ENDINGS = frozenset(
    {"html", "htm", "md", "pdf", "csv", "txt", "json", "xml", "zip", "doc", "docx", "xls"}
    | {"xlsx", "ppt", "pptx", "odt", "ods", "rtf", "epub", "mp3", "mp4", "gz"}
    | {suffix.lstrip(".") for suffix in IMAGE_SUFFIXES}
)
"""Endings of a file's name, which a relative link names: `report.pdf` is no host."""


_URL_CHARACTERS = r"A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%"
"""The ASCII a URL may hold as written: RFC 3986's unreserved and reserved characters, and
`%` for the escapes themselves."""
URL_SAFE = pattern(f"[{_URL_CHARACTERS}]*")
"""A URL as written: anything else must be percent-encoded."""
IRI_SAFE = pattern(rf"(?:[{_URL_CHARACTERS}]|[^\x00-\x7f\s])*")
"""A URL that may hold letters of any script (an IRI, as HTML allows): any other ASCII, and
any space, must be percent-encoded."""
_NAMED = 5
"""How many characters a hint names: the rest are said to follow."""
_CALLED = {" ": "a space", "`": "a backtick"}
"""Characters a message cannot show between backticks."""


def percent_encoding_hint(url: str, *, iri: bool = False) -> str:
    """Return how to write the characters of `url` that must be percent-encoded, in the
    order found: "write `|` as %7C and a space as %20"."""
    allowed = IRI_SAFE if iri else URL_SAFE
    found = list(dict.fromkeys(c for c in url if not allowed.fullmatch(c)))
    named = [f"{_name(c)} as {urllib.parse.quote(c, safe='')}" for c in found[:_NAMED]]
    if len(found) > _NAMED:
        more = len(found) - _NAMED
        named.append(f"{more} more character{'s' if more > 1 else ''} the same way")
    return f"write {listed(named)}"


def _name(character: str) -> str:
    if character in _CALLED:
        return _CALLED[character]
    if not character.isprintable() or character.isspace():
        return f"U+{ord(character):04X}"
    return f"`{character}`"


_ESCAPES = pattern(r"(?:%[0-9A-Fa-f]{2})+")
"""A run of percent-escapes, read together: one character's UTF-8 may take several."""
_DELIMITERS = frozenset(";/?:@&=+$,#")
"""What an escape may stand for that a message shows as the escape, as markdown-it shows a
link's text: a URL's delimiters (`%2F` is no `/`)."""


def readable_address(url: str) -> str:
    """Return `url` as its author typed it, for a message: the escapes markdown-it made of
    letters and spaces (`gr%C3%A1fico.png`, `<my file.png>`) decoded; those that stand for a
    delimiter (`%2F`), a control character (`%00`) or no UTF-8 at all (`%FF`) as written,
    which is how they were typed (`unquote` made `\\x00` and `�` of them)."""
    return _ESCAPES.sub(_readable_run, url) if "%" in url else url


def shown_url(url: str) -> str:
    """Return a link's URL for a message: as typed (`readable_address`), an invisible
    character (`\u200c`) as its escape."""
    return excerpt(visibly(readable_address(url)), 60)


def _readable_run(run: re.Match[str]) -> str:
    return "".join(
        escape if _kept_escaped(char) or char in _DELIMITERS else char
        for char, escape in _escaped_characters(run.group())
    )


def unnamable_escape(path: str) -> tuple[str, str] | None:
    """Return why a URL's path names no file, and what to do: an escape in it that stands for a
    control character (`%00`, which no file name holds, and a NUL no path may hold) or for no
    UTF-8 (`%FF`, which no file briefgen publishes is named with); None when it has neither."""
    for run in _ESCAPES.finditer(path):
        for char, escape in _escaped_characters(run.group()):
            if _is_byte(char):
                return (
                    f"its `{escape}` is not UTF-8",
                    "write the file's name as it is: a `%` escape is read as UTF-8",
                )
            if _kept_escaped(char):
                return (
                    f"its `{escape}` is U+{ord(char):04X}, a control character",
                    f"remove the `{escape}`: no file's name holds a control character",
                )
    return None


def _escaped_characters(escapes: str) -> Iterator[tuple[str, str]]:
    """Yield each character a run of escapes stands for, with its escapes as written; a byte
    that is no UTF-8 stands for itself, as a lone surrogate (`surrogateescape`)."""
    at = 0
    for char in bytes.fromhex(escapes.replace("%", "")).decode("utf-8", "surrogateescape"):
        end = at + 3 * (1 if _is_byte(char) else len(char.encode()))
        yield char, escapes[at:end]
        at = end


def _is_byte(char: str) -> bool:
    return "\udc80" <= char <= "\udcff"


def _kept_escaped(char: str) -> bool:
    """Whether an escaped character is shown as its escape: a byte that is no UTF-8, or a
    control character, neither of which the author could have typed otherwise."""
    return _is_byte(char) or unicodedata.category(char) == "Cc"


def split_url(url: str) -> urllib.parse.SplitResult:
    """Return `url` split as `urllib.parse.urlsplit` splits it, never raising: a host opened
    as an IPv6 address and not closed, or not one (`http://[a/c.png`, `//[x/y`), which
    urlsplit refuses with a ValueError, is split with its brackets as the text they are."""
    try:
        return urllib.parse.urlsplit(url)
    except ValueError:
        return urllib.parse.urlsplit(url.replace("[", "%5B").replace("]", "%5D"))


_NO_SCHEME = "with no scheme, a link is a path here"


def scheme_hint(url: str) -> str | None:
    """Return the hint for a link to a web address written without its `https://`
    (`www.oecd.org`, `oecd.org/report`) or with its `:` left out (`https//oecd.org`), or to an
    email address without its `mailto:` (`press@example.org`), which a browser reads as a path
    in this site; None for a link that names a file (`report.pdf`)."""
    parts = split_url(url)
    if parts.scheme or parts.netloc or url.startswith(("/", ".", "#", "?")):
        return None
    local, at, domain = url.partition("@")
    if at and local and "/" not in url and "@" not in domain and "." in domain.strip("."):
        # `[email us](press@example.org)`: `https://` would make a login at a web site of it
        return f"if it is an email address, write `mailto:{url}`; {_NO_SCHEME}"
    scheme, slashes, rest = url.partition("//")
    if slashes and scheme.lower() in {"http", "https"}:
        return f"write `{scheme.lower()}://{rest}`: the `:` after `{scheme}` is missing"
    labels = parts.path.split("/", 1)[0].split(".")
    ending = labels[-1].lower()
    if len(labels) < 2 or not all(labels) or not ending.isalpha() or ending in FILE_ENDINGS:
        return None
    address = f"https://{url}"
    return f"if it is a web address, write `{address}`; {_NO_SCHEME}"


_SRCSET_URL = pattern(r"[\t\n\f\r ,]*+([^\t\n\f\r ]++)")
"""A `srcset` candidate's URL, after the spaces and commas before it (HTML's spaces: ASCII)."""
_SRCSET_DESCRIPTORS = pattern(r"(?:[^,(]++|\([^)]*+\)?+)*+")
"""Its descriptors (`2x`, `300w`), up to the comma that ends it: none inside parentheses."""


def srcset_urls(value: str) -> Iterator[tuple[int, str]]:
    """Yield where each candidate's URL starts in a `srcset` value, and the URL, split as
    HTML splits it: a URL runs to the next space (a CDN's `w_300,h_200/a.png` holds commas)
    and loses the commas it ends with; its descriptors run to a comma outside parentheses."""
    at = 0
    while candidate := _SRCSET_URL.match(value, at):
        url, at = candidate[1], candidate.end()
        if url.endswith(","):
            url = url.rstrip(",")
        elif descriptors := _SRCSET_DESCRIPTORS.match(value, at):  # matches, perhaps nothing
            at = descriptors.end()
        yield candidate.start(1), url
