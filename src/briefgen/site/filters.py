"""The theme's own Jinja filters and URL globals: model values and site paths as page text.

The language-dependent ones (dates, numbers, `_()`) are in i18n.py.
"""

from __future__ import annotations

import html
import urllib.parse
from typing import TYPE_CHECKING

import jinja2
from markupsafe import Markup

from briefgen.patterns import pattern
from briefgen.site import urls
from briefgen.site.tablecsv import csv_path_of

if TYPE_CHECKING:
    import datetime as dt

    from briefgen.model import RichText


_ADDRESS = r"(?i:https?://|ftp://|mailto:|//)"
"""How a web address starts."""
_ADDRESS_LINK = pattern(
    rf'<a (href="[^"]*"(?: title="[^"]*")?)>((<code>)?{_ADDRESS}[^<]*(?(3)</code>))</a>'
)
"""A link whose text is a web address, as the parser writes one: a bare URL, `<https://…>`,
or a code span holding one (`` [`https://…`](…) ``: a feed reader has no CSS for `<code>`)."""


@jinja2.pass_context
def rich(context: jinja2.runtime.Context, value: RichText | None) -> Markup:
    """Return a RichText's HTML as markup; the parser already escaped and sanitised it.

    On a right-to-left page a link whose text is a web address is isolated left to right,
    as the PDF's byline URL is: its slashes and dots took the page's direction and read out
    of order. Left-to-right pages are left as the parser wrote them.
    """
    if value is None:
        return Markup("")
    # The page's direction is looked up only for a text with a link: most have none.
    if "</a>" in value.html and context.get("dir") == "rtl":
        return Markup(_ADDRESS_LINK.sub(r'<a \1 dir="ltr">\2</a>', value.html))
    if type(value.html) is str:  # `Markup()`, a call of Python, would look for its `__html__`
        return str.__new__(Markup, value.html)
    return Markup(value.html)


def iso_date(value: dt.date) -> str:
    """Return `YYYY-MM-DD`, for `<time datetime>` and sitemaps."""
    return value.isoformat()


def uri(value: str) -> str:
    """Return an absolute URL as the sitemap protocol wants it, in ASCII: a path's letters of
    other scripts percent-encoded in UTF-8 (`tags/%D9%87%D8%AC%D8%B1%D8%A9/` for `tags/هجرة/`),
    a host's in punycode; an ASCII URL as it is."""
    if value.isascii():
        return value
    scheme, _, rest = value.partition("://")
    host, slash, path = rest.partition("/")
    if not host.isascii():
        host = host.encode("idna").decode("ascii")
    path = "".join(ch if ch.isascii() else urllib.parse.quote(ch, safe="") for ch in path)
    return f"{scheme}://{host}{slash}{path}"


def rfc3339(value: dt.date) -> str:
    """Return midnight UTC of a date in RFC 3339, as Atom and Open Graph want."""
    return f"{value.isoformat()}T00:00:00Z"


def html_text(value: str) -> str:
    """Return text escaped as HTML, as a plain string: XML templates escape it once more."""
    return html.escape(value, quote=False)


def css_string(value: str) -> Markup:
    """Return text as a quoted CSS string (for `content:` in the print page's style)."""
    escaped = "".join(
        ch if ch.isalnum() or ch in " .,:;·-_()/" else f"\\{ord(ch):x} " for ch in value
    )
    return Markup(f'"{escaped}"')


@jinja2.pass_context
def page_url(context: jinja2.runtime.Context, site_path: str) -> str:
    """Return a link to `site_path` relative to the page being rendered."""
    root = context["root"]
    assert isinstance(root, str)
    return urls.relative_url(root, site_path)


@jinja2.pass_context
def absolute_url(context: jinja2.runtime.Context, site_path: str) -> str:
    """Return the absolute URL of `site_path` from the site's base_url."""
    config = context["config"]
    return urls.absolute_url(config, site_path)


@jinja2.pass_context
def csv_url(context: jinja2.runtime.Context, block: object) -> str | None:
    """Return the link to a table's CSV on a briefing page, or None elsewhere."""
    files = context.get("table_files", ())
    path = csv_path_of(files, block)
    return None if path is None else page_url(context, path)
