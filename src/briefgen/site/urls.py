"""URL rules for the generated site: relative links between pages, absolute URLs for the outside.

Pages link to each other with URLs relative to their own output path, so one built `site/`
works at `/` and under a sub-path such as `/briefing-repo/` without rebuilding. Canonical,
Open Graph, feed and sitemap URLs must be absolute, so they come from `config.base_url`.
`404.html` is the exception to the relative rule: GitHub Pages serves it at whatever path was
missing, so its links are root-relative, built from `config.base_path`.
"""

from __future__ import annotations

import re
import urllib.parse
from typing import TYPE_CHECKING

from briefgen.content.slugs import RESERVED_SLUGS, tag_slug
from briefgen.content.urltext import URL_SAFE, percent_encoding_hint
from briefgen.patterns import pattern
from briefgen.project import ASSETS_DIR, MEDIA_DIR

if TYPE_CHECKING:
    from briefgen.model import SiteConfig

# A string left to `re`'s cache, compiled only for settings that name a host (`base_url`,
# `source_url`, `cname`): most builds read their settings from the cache and never need it.
_HOST_LABEL = r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)"
_STRAY_PERCENT = pattern(r"%(?![0-9A-Fa-f]{2})")
"""A `%` that two hex digits do not follow: no escape, and no character a URL may hold."""
HOME_PATH = ""
"""Site path of the home page (the site root)."""
TAGS_PATH = "tags/"
"""Site path of the page listing every tag."""
FEED_PATH = "feed.xml"
FEED_PAGE_PATH = "feed/"
"""Site path of the page that explains feeds and links them (the menu's "Feed")."""
SITEMAP_PATH = "sitemap.xml"
STYLESHEET_PATH = f"{ASSETS_DIR}/style.css"
"""The theme's site-wide styles, linked from every page."""
BRIEFING_STYLESHEET_PATH = f"{ASSETS_DIR}/briefing.css"
"""The briefing body's styles, linked from briefing pages only so list pages stay light."""
ICON_PATH = f"{ASSETS_DIR}/icon.svg"
SCHEMA_PATH = "briefing.schema.json"
ROBOTS_PATH = "robots.txt"
NOJEKYLL_PATH = ".nojekyll"
"""An empty file that keeps GitHub Pages from running Jekyll over the site."""
CNAME_PATH = "CNAME"
"""GitHub Pages' custom domain, with `cname:` set."""
NOT_FOUND_OUTPUT = "404.html"
"""GitHub Pages serves this file at any missing path (and `serve` does too)."""
INDEX_FILE = "index.html"
"""The file that serves a directory URL (`<slug>/` is `<slug>/index.html`)."""
SEARCH_PAGE_PATH = "search/"
"""Site path of the search page (`search: true`), under `<lang>/` for other languages."""
SEARCH_BUNDLE_DIR = "pagefind"
"""Folder of the search index and Pagefind's own script, `pagefind/pagefind.js`."""
SITE_PAGE_SLUGS = frozenset(
    (*(path.strip("/") for path in (FEED_PAGE_PATH, SEARCH_PAGE_PATH)), SEARCH_BUNDLE_DIR)
)
"""Slugs whose page the build refuses, as it would replace the feed or search page or the
search index's folder (the last two reserved search on or off, as `content.slugs` has them):
`new` and `import` refuse them before writing a file."""


def is_kept_slug(slug: str) -> bool:
    """Return True for a slug whose page or folder the site keeps for its own (`tags`, `feed`,
    `assets`, a Windows device name…): `new` refuses it before writing a file."""
    return slug in RESERVED_SLUGS or slug in SITE_PAGE_SLUGS


SEARCH_SCRIPT_PATH = f"{ASSETS_DIR}/search.js"
"""The search page's script, the only script of the site (`search: true`)."""
SEARCH_STYLESHEET_PATH = f"{ASSETS_DIR}/search.css"
"""The search page's own styles (kept out of style.css, which every site publishes)."""
TEMPLATE_PATHS = {
    "FEED_PATH": FEED_PATH,
    "FEED_PAGE_PATH": FEED_PAGE_PATH,
    "TAGS_PATH": TAGS_PATH,
    "STYLESHEET_PATH": STYLESHEET_PATH,
    "BRIEFING_STYLESHEET_PATH": BRIEFING_STYLESHEET_PATH,
    "ICON_PATH": ICON_PATH,
    "SEARCH_PAGE_PATH": SEARCH_PAGE_PATH,
    "SEARCH_SCRIPT_PATH": SEARCH_SCRIPT_PATH,
    "SEARCH_STYLESHEET_PATH": SEARCH_STYLESHEET_PATH,
    "SEARCH_BUNDLE_PATH": SEARCH_BUNDLE_DIR + "/",
}
"""Site paths every template knows by name: `url(FEED_PAGE_PATH)`."""


def asset_path(name: str) -> str:
    """Return the site path of the theme's static file `name`, under assets/."""
    return f"{ASSETS_DIR}/{name}"


def briefing_path(slug: str, lang_dir: str = "") -> str:
    """Return the site path of a briefing page (a directory URL ending in `/`).

    `lang_dir` is `<lang>/` for a language other than the site's default: `es/rubio-visit/`.
    """
    return f"{lang_dir}{slug}/"


def media_path(content_rel: str) -> str:
    """Return the site path of an image kept in content/, by its path under content/."""
    return f"{MEDIA_DIR}/{content_rel}"


def briefing_json_path(slug: str, lang_dir: str = "") -> str:
    """Return the site path of a briefing's machine-readable JSON."""
    return f"{lang_dir}{slug}/briefing.json"


def tag_path(tag: str, lang_dir: str = "") -> str:
    """Return the site path of the page listing one tag's briefings in one language."""
    return f"{lang_dir}{TAGS_PATH}{tag_slug(tag)}/"


def output_file(site_path: str) -> str:
    """Return the file that serves a site path: directory URLs get `index.html`."""
    if site_path == HOME_PATH or site_path.endswith("/"):
        return f"{site_path}{INDEX_FILE}"
    return site_path


def root_prefix(output_path: str) -> str:
    """Return the relative prefix from a page's output file back to the site root."""
    depth = output_path.count("/")
    return "../" * depth


def relative_url(root: str, site_path: str) -> str:
    """Return the URL of `site_path` as seen from a page whose root prefix is `root`."""
    url = f"{root}{site_path}"
    # An empty href means "this page"; "./" says "the directory", which is what home is.
    return url or "./"


def absolute_url(config: SiteConfig, site_path: str) -> str:
    """Return the absolute URL of `site_path`, for canonical links, feeds and sitemaps."""
    return f"{config.base_url}{site_path}"


def not_found_root(config: SiteConfig) -> str:
    """Return the root prefix for 404.html: root-relative, as it is served at any depth."""
    return config.base_path


def table_csv_path(slug: str, number: int, name: str, lang_dir: str = "") -> str:
    """Return the site path of a briefing's `number`-th table as CSV (`<slug>/tables/…`)."""
    return f"{lang_dir}{slug}/tables/{number}-{name}.csv"


def list_page_path(base: str, number: int) -> str:
    """Return the site path of page `number` of a paginated list whose first page is `base`.

    Page 1 is the list itself (`tags/trade/`); later pages are `tags/trade/page/2/`.
    """
    return base if number <= 1 else f"{base}page/{number}/"


def tag_feed_path(tag: str, lang_dir: str = "") -> str:
    """Return the site path of one tag's Atom feed in one language."""
    return f"{tag_path(tag, lang_dir)}{FEED_PATH}"


def is_feed_path(path: str) -> bool:
    """Return True for the site path of a feed briefgen writes: a language's (`feed.xml`,
    `es/feed.xml`) or a tag's (`tags/asylum/feed.xml`, `es/tags/asilo/feed.xml`)."""
    *folders, name = path.split("/")
    if name != FEED_PATH:
        return False
    if len(folders) >= 2 and f"{folders[-2]}/" == TAGS_PATH:
        folders = folders[:-2]  # a tag's feed, under its language's folder if any
    return len(folders) <= 1


def holds_checked_links(path: str) -> bool:
    """Return True for the output files whose links are checked (site/links.py): the pages,
    and the XML that readers and crawlers follow (every language's and tag's feed, the
    sitemap). The ending first: most outputs at scale are CSV or JSON, tested at every edit."""
    if path.endswith(".html"):
        return True
    return path.endswith(".xml") and (path == SITEMAP_PATH or is_feed_path(path))


def pdf_path(slug: str, lang_dir: str = "") -> str:
    """Return the site path of a briefing's PDF, `<slug>/<slug>.pdf`."""
    return f"{lang_dir}{slug}/{slug}.pdf"


def pdf_download_name(slug: str, lang_dir: str = "") -> str:
    """Return the file name a translation's PDF is saved as, `<slug>.<lang>.pdf`, or "".

    Each language's PDF sits in its own folder under the same name: saved or attached to one
    email, the Spanish and the English would be two `<slug>.pdf`. The page's link names the
    translation's file (its URL stays); the site's own language keeps the file's name.
    """
    return f"{slug}.{lang_dir.rstrip('/')}.pdf" if lang_dir else ""


def url_problem(url: str, *, base: bool = False, underscores: bool = False) -> str | None:
    """Return what is wrong with an absolute http(s) URL, or None (its scheme in any case).

    With `underscores`, its host may hold `_` (`my_host.example.org`), as browsers allow.
    """
    if not url[:8].lower().startswith(("http://", "https://")):
        return f"must start with http:// or https://, not `{url}`"
    if not URL_SAFE.fullmatch(url):
        encoding = percent_encoding_hint(url)
        percent = f"`{url}` holds characters that must be percent-encoded: {encoding}"
        return _unicode_host_problem(url) or percent
    if stray := _STRAY_PERCENT.search(url):
        escape = url[stray.start() : stray.start() + 3]
        return f"`{url}` holds a `%` that starts no escape (`{escape}`): write a `%` itself as %25"
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        # Python says "Port out of range 0-65535"; the message names the port written. Only
        # then: an unclosed `[` (`http://[::1:8080/`) is another fault, with digits at its end.
        written = url.split("/", 3)[2].rpartition("]")[2].rpartition(":")[2]
        if written.isdigit() and int(written) > 65535:
            return f"`{url}` has port {written}; a port is from 1 to 65535"
        return f"`{url}` is not a valid URL"
    if not parts.hostname:
        return f"`{url}` has no host name"
    # Pages would publish them, in every canonical URL or in the footer.
    if "@" in parts.netloc:
        return f"`{url}` holds a user name or password (before `@`), which every page would show"
    host = parts.hostname.replace("_", "a") if underscores else parts.hostname
    if not _is_host(host, bracketed=parts.netloc.startswith("[")):
        return f"`{url}` has no valid host name (labels of letters, digits and inner hyphens)"
    if port == 0:
        return f"`{url}` has port 0; a port is from 1 to 65535"
    if base and (parts.query or parts.fragment or "?" in url or "#" in url):
        return f"`{url}` must not have a query (?) or fragment (#)"
    # A browser resolves them away, so pages, feeds and serve's prefix would not agree.
    if base and any(urllib.parse.unquote(s) in (".", "..") for s in parts.path.split("/")):
        return f"`{url}` has a `.` or `..` segment in its path"
    # `//repo/` from the site's root is another host's address (a protocol-relative URL).
    if base and "//" in parts.path:
        return f"`{url}` has an empty segment (`//`) in its path"
    return None


def _unicode_host_problem(url: str) -> str | None:
    """Return the problem of a URL whose host is not ASCII (`exämple.org`): a host is written
    in punycode (`xn--exmple-cua.org`, by Python's IDNA codec), never percent-encoded."""
    try:
        host = urllib.parse.urlsplit(url).hostname or ""
    except ValueError:
        return None
    if host.isascii():
        return None
    message = f"`{url}` has a host name that is not ASCII: write it in punycode"
    try:
        return f"{message}, `{host.encode('idna').decode('ascii')}`"
    except UnicodeError:  # not a name IDNA can encode (an empty label, a label too long)
        return f"{message} (`xn--…`)"


def lower_case_scheme(url: str) -> str | None:
    """Return `url` with its `http`/`https` scheme in lower case when it is written otherwise
    (`HTTPS://x.org`), else None: the same URL (RFC 3986), spelt as pages, feeds and serve's
    prefix compare it."""
    scheme, colon_slashes, rest = url.partition("://")
    if colon_slashes and scheme.lower() in ("http", "https") and not scheme.islower():
        return f"{scheme.lower()}://{rest}"
    return None


def is_host_name(text: str) -> bool:
    """Return True for a DNS name: dot-separated labels of letters, digits and inner hyphens."""
    labels = text.removesuffix(".").split(".")
    return len(text) <= 253 and all(re.fullmatch(_HOST_LABEL, label) for label in labels)


def _is_host(host: str, *, bracketed: bool) -> bool:
    """Return True for a DNS name or an IP address a browser can reach (`[::1]` bracketed)."""
    if not bracketed:
        return is_host_name(host)
    import ipaddress  # only for an IPv6 address

    try:
        return "%" not in host and bool(ipaddress.IPv6Address(host))
    except ValueError:
        return False
