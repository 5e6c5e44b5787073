"""The front matter's `sources:` list: each entry checked, every problem at its own line."""

from __future__ import annotations

import datetime as dt
import urllib.parse
from typing import TYPE_CHECKING

from briefgen.content.bidicontrols import contain_text
from briefgen.content.days import ISO_DATE, ascii_digits, own_day_hint
from briefgen.content.fieldrefs import decode_references
from briefgen.content.hiddenaddresses import hidden_address_warning, hidden_in_address
from briefgen.content.listfields import repeated_item
from briefgen.content.plainfields import break_warning
from briefgen.content.urltext import FILE_ENDINGS, IRI_SAFE, percent_encoding_hint
from briefgen.content.wrappedlinks import wrapped_link, wrapped_link_warning
from briefgen.content.writtendates import written_month
from briefgen.content.yamlslips import blame_comment
from briefgen.diagnostics import Diagnostic, error, excerpt, quoted_name, warning
from briefgen.model import Source
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from briefgen.content.yamlload import YamlDocument

SOURCE_FIELDS = ("title", "url", "publisher", "published", "accessed")
_LIST_HINT = (
    "make it a list, a `- title:` line for each source, or on one line:"
    " `sources: [{title: Annual report 2025, url: https://example.org/report}]`"
)
"""One line: a hint's line break would be shown as `\\x0a`."""


_CITED_ADDRESS = pattern(
    r"(?P<title>.*?)[\s,;.:\u2013\u2014-]*<?(?P<url>https?://[^\s<>]+?)>?[.,;]?"
)
"""A source written as one line of text, its address at the end (`World Bank (2025), Annual
report, https://…`), as a bibliography lists it."""
_MONTH_OR_YEAR = pattern(r"[0-9]{4}(?:[-/.][0-9]{1,2})?|[0-9]{1,2}[-/.][0-9]{4}")
"""A month and its year in numbers (`2026-04`, `04/2026`), or a year alone (`2019`)."""
_MARKDOWN_LINK = pattern(r"\[(?P<text>[^\[\]]*)\]\(<?(?P<url>https?://[^\s<>()]+)>?\)")
"""A Markdown link to a work (`[IMF WEO](https://www.imf.org/weo)`): its text is the source's
title, its address the `url:`; read as a line of text, the hint split it at `](`."""
_LONGEST_CITATION = 1_000
"""Characters of a line of text read for its address: a reference is shorter, and the search
is quadratic in a run of separators (`a - - - …`: 40,000 characters took 22 s)."""


def _entry_hint(item: object) -> str:
    """Return the hint for a `sources` entry that is no mapping: for one line of text, the
    entry written as its `title:` and the `url:` it ends with."""
    if not isinstance(item, str) or not item.strip() or "\n" in item.strip():
        return "give each source `title:` and, where it has them, `url:`, `publisher:`, …"
    words = " ".join(item.split())
    if len(words) <= _LONGEST_CITATION and (link := _MARKDOWN_LINK.search(words)):
        # `[IMF WEO](https://…)`, as the body links a work: its words are the title's.
        title = " ".join(f"{words[: link.start()]}{link['text']}{words[link.end() :]}".split())
        return f'write - {{title: "{_quotable(title)}", url: {link["url"]}}}'
    cited = _CITED_ADDRESS.fullmatch(words) if len(words) <= _LONGEST_CITATION else None
    if cited is None:
        return f'write - {{title: "{_quotable(words)}"}}'
    written, url = cited["title"], cited["url"]
    if written.rstrip().endswith("(") and url.endswith(")") and "(" not in url:
        written, url = written.rstrip()[:-1].rstrip(" ,;"), url[:-1]  # `Report (https://…)`
    title = f'"{_quotable(written)}"' if written else "Its title"
    return f"write - {{title: {title}, url: {url}}}"


def _quotable(text: str) -> str:
    """Return `text` cut short for a hint, ready to go between double quotes."""
    return excerpt(text, 60).replace("\\", "\\\\").replace('"', '\\"')


def parse_sources(doc: YamlDocument, value: object) -> tuple[tuple[Source, ...], list[Diagnostic]]:
    """Return the checked `sources:` entries; a wrong entry is left out with an error."""
    if not isinstance(value, list):
        message = "`sources` must be a list of entries with at least a `title:`"
        return (), [error(doc.pos("sources"), message, hint=_LIST_HINT)]
    sources: list[Source] = []
    diagnostics: list[Diagnostic] = []
    first: dict[tuple[object, ...], int] = {}
    for index, item in enumerate(value):
        source = _source(doc, index, item, diagnostics)
        if source is None:
            continue
        # A list pasted twice showed each work twice, without a word.
        same = (source.title, source.url, source.publisher, source.published, source.accessed)
        if (earlier := first.setdefault(same, index)) != index:
            diagnostics.append(repeated_item(doc.pos("sources", index), "sources", index, earlier))
            continue
        sources.append(source)
    return tuple(sources), diagnostics


def _source(
    doc: YamlDocument, index: int, item: object, diagnostics: list[Diagnostic]
) -> Source | None:
    where = f"`sources` item {index + 1}"
    if not isinstance(item, dict):
        hint = _entry_hint(item)
        diagnostics.append(error(doc.pos("sources", index), f"{where} must be a mapping", hint))
        return None
    found = len(diagnostics)
    for key in item:
        if key not in SOURCE_FIELDS:
            message = f"{where} has unknown field `{quoted_name(key)}`"
            hint = "a source may have " + ", ".join(f"`{f}`" for f in SOURCE_FIELDS)
            diagnostics.append(error(doc.pos("sources", index, str(key)), message, hint))
    texts = {
        k: _text(doc, index, k, item.get(k), diagnostics) for k in ("title", "url", "publisher")
    }
    dates = {
        k: _date(doc, index, k, item.get(k), diagnostics, title=texts["title"])
        for k in ("published", "accessed")
    }
    if item.get("title") is None:  # absent or null; a blank one is told by `_text`
        missing = error(doc.pos("sources", index), f"{where} has no `title`", "add `title: …`")
        diagnostics.append(blame_comment(doc, ("sources", index, "title"), missing))
    url = texts["url"]
    if url is not None and not IRI_SAFE.fullmatch(url):
        # As written it goes into the page's href and the feed: no page may hold it (vnu).
        message = f"{where}: `url` holds characters that must be percent-encoded, got `{url}`"
        hint = _written_as_markdown(url) or percent_encoding_hint(url, iri=True)
        diagnostics.append(error(doc.pos("sources", index, "url"), message, hint))
    elif url is not None and not _is_web_url(url):
        message = f"{where}: `url` must be a web address (http:// or https://), got `{url}`"
        diagnostics.append(error(doc.pos("sources", index, "url"), message, _web_url_hint(url)))
    elif url is not None and (hidden := hidden_in_address(url)):
        diagnostics.append(hidden_address_warning(doc.pos("sources", index, "url"), url, hidden))
    elif url is not None and (wrapped := wrapped_link(url)):
        diagnostics.append(wrapped_link_warning(doc.pos("sources", index, "url"), url, *wrapped))
    if any(d.is_error for d in diagnostics[found:]) or texts["title"] is None:
        return None
    accessed_pos = doc.pos("sources", index, "accessed") if dates["accessed"] else None
    published_pos = doc.pos("sources", index, "published") if dates["published"] else None
    published, accessed = dates["published"], dates["accessed"]
    if published and accessed and accessed < published:  # a year or month mistyped
        message = f"{where}: `accessed` {accessed} is before `published` {published}"
        hint = "check both days: a work is read on or after the day it is published"
        diagnostics.append(warning(accessed_pos or doc.pos("sources", index), message, hint))
    return Source(
        texts["title"],
        url,
        texts["publisher"],
        dates["published"],
        dates["accessed"],
        accessed_pos,
        published_pos,
    )


def _text(
    doc: YamlDocument, index: int, key: str, value: object, diagnostics: list[Diagnostic]
) -> str | None:
    if value is None:
        return None
    if key == "url" and isinstance(value, str):
        # As in a body link's address: `?a=1&amp;b=2`, copied from a page's HTML, is `&b=2`;
        # and `&#x202E;` is the override the same text typed in is, left out with a warning.
        named = f"`sources` item {index + 1}: `url`"
        value, leaked = contain_text(
            doc.pos("sources", index, key), named, decode_references(value)
        )
        diagnostics.extend(leaked)
    if isinstance(value, str) and value.strip():
        named = f"`sources` item {index + 1}: `{key}`"
        at = doc.pos("sources", index, key)
        if key != "url" and (broken := break_warning(at, named, key, value)):  # url: an error
            diagnostics.append(broken)
        return " ".join(value.split())
    if isinstance(value, str):  # blank: `title: ""` is no work's title, and no text to quote
        message = f"`sources` item {index + 1}: `{key}` is empty"
        hint = "write the work's title" if key == "title" else "write it, or remove the line"
    else:
        message, hint = f"`sources` item {index + 1}: `{key}` must be text", "quote it"
    diagnostics.append(error(doc.pos("sources", index, key), message, hint=hint))
    return None


def _date(
    doc: YamlDocument,
    index: int,
    key: str,
    value: object,
    diagnostics: list[Diagnostic],
    *,
    title: str | None,
) -> dt.date | None:
    if value is None:
        return None
    written = doc.shown("sources", index, key, value=value).strip()  # `0x1F`, not 31
    text = ascii_digits(written)
    at, item = doc.pos("sources", index, key), f"`sources` item {index + 1}"
    if isinstance(value, str) and ISO_DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            message = f"{item}: `{key}`: {written} is not a day in the calendar"
            diagnostics.append(error(at, message, hint="check the day"))
            return None
    # As for `date:`: a datetime's own day, never a made-up one that reads like a correction.
    message = f"{item}: `{key}` must be a date YYYY-MM-DD, got `{written}`"
    hint = own_day_hint(key, text) or _month_hint(key, written, title)
    hint = hint or "write the day as YYYY-MM-DD"
    diagnostics.append(error(at, message, hint=hint))
    return None


def _month_hint(key: str, written: str, title: str | None) -> str | None:
    """Return the hint for a work's `published` that names its month or year alone (`April
    2026`, `2026-04`, `2019`), as many reports are dated: a day would be made up."""
    text = ascii_digits(written)
    if key != "published" or not (_MONTH_OR_YEAR.fullmatch(text) or written_month(text)):
        return None
    titled = _quotable(f"{title or '…'}, {written}")
    return (
        "a work's `published` is a day: with only its month or year known, remove the line "
        f'and give the date in its title, as a reference list does (`title: "{titled}"`)'
    )


def _written_as_markdown(url: str) -> str | None:
    """Return the hint for an address written as the body writes one, in `<` and `>` (an
    autolink) or as a link, `[OECD](https://…)`: to write it bare, not to encode the marks."""
    if (link := _MARKDOWN_LINK.fullmatch(url)) is not None:
        return f"write the address alone, `url: {link['url']}`, and its words as the `title:`"
    inside = url[1:-1].strip()
    if url[:1] == "<" and url[-1:] == ">" and IRI_SAFE.fullmatch(inside):
        return f"remove the `<` and `>` around the address: `url: {inside}`"
    return None


def _web_url_hint(url: str) -> str:
    """Return what to write for a source's `url` that is no web address: the address with its
    scheme (`www.oecd.org`, `https:/oecd.org`), or where a page of this site belongs."""
    scheme, colon, rest = url.partition(":")
    if colon and scheme.lower() in {"http", "https"} and not rest.startswith("//"):
        return f"write `{scheme.lower()}://{rest.lstrip('/')}`"  # `https:/oecd.org`
    host = url.split("/", 1)[0]
    if not colon and host == url and host.rpartition(".")[2].lower() in FILE_ENDINGS:
        return (  # `annex.pdf` names a file, not the host `https://annex.pdf` would
            "write the address a browser shows for the work, from `https://`; a file of "
            "your own goes in static/, linked from the text"
        )
    if not colon and "." in host.strip(".") and " " not in url:  # `www.oecd.org/report`
        return f"write `https://{url}`"
    if url.startswith(("/", "./", "../")):
        return "a source is a work elsewhere: link a page of this site from the text instead"
    if colon and scheme.lower() in {"http", "https"}:  # `https://[::1/x`, a port past 65535
        return "check the address: its host or port cannot be read"
    return "write the address a browser shows for the work, from `https://`"


def _is_web_url(url: str) -> bool:
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range or not a number
    except ValueError:  # `https://[::1/x`: an IPv6 host left open
        return False
    return parts.scheme in {"http", "https"} and bool(parts.netloc)
