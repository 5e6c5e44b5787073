"""`base_url` as written to the absolute URL ending in `/` that pages and feeds are built on,
with a warning for each repair, so a setting's meaning is never changed unsaid; its spelling
is normalised silently, as that leaves the URL it names as it was."""

from __future__ import annotations

import urllib.parse
from typing import TYPE_CHECKING

from briefgen.diagnostics import error, warning
from briefgen.patterns import pattern
from briefgen.site.urls import lower_case_scheme, url_problem

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic, SourcePos

DEFAULT_BASE_URL = "http://localhost:8000/"
_ESCAPE = pattern(r"%[0-9a-fA-F]{2}")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SCHEME = pattern(r"([A-Za-z][A-Za-z0-9+.-]*):(?![0-9]+(?:[/?#]|$))")
"""A scheme, as RFC 3986 spells one, and its `:`; not a host and its port (`localhost:8000`,
`example.org:8080/x`), which a base URL without a scheme may start with."""


def upper_escapes(path: str) -> str:
    """Return `path` with the hex digits of its percent-escapes in upper case (`%c3` → `%C3`).

    RFC 3986 makes the two one escape, and web servers serve both, so a path is compared with
    the base path (`/r%C3%A9po/`) in this form, whichever case a link was written in.
    """
    return _ESCAPE.sub(lambda escape: escape[0].upper(), path) if "%" in path else path


def normalise_base_url(
    url: str, pos: SourcePos, diagnostics: list[Diagnostic], *, from_settings: bool = True
) -> str:
    """Return an absolute base URL ending in `/`, warning at `pos` where it had to be repaired.

    Without `from_settings` the URL is `--base-url`'s, checked as argparse read it
    (`arguments.py`): its missing `/` is added and its scheme lower-cased with no warning, as
    no file holds it.
    """
    if not url:
        return DEFAULT_BASE_URL
    repairs: list[str] = []
    written, url = url, url.strip()
    if url != written and url:
        # A quoted value copied with its spaces: no URL starts or ends with one.
        repairs.append("spaces around it")
    absolute = url
    if "://" not in url and (scheme := _SCHEME.match(url)) is not None:
        # `javascript:alert(1)` or `http:/x.org` has a scheme, not `https://` to be put before it.
        rest = url[scheme.end() :].lstrip("/")
        hint = (
            f"write `{scheme[1].lower()}://{rest}`"
            if scheme[1].lower() in _DEFAULT_PORTS
            else "write the address the site is published at, e.g. https://example.org/briefings/"
        )
        diagnostics.append(error(pos, f"base_url {url_problem(url, base=True)}", hint))
        return DEFAULT_BASE_URL
    if "://" not in url:
        repairs.append("no scheme")
        absolute = "https://" + url.lstrip("/")
    elif (lowered := lower_case_scheme(url)) is not None:
        absolute = lowered
        if from_settings:
            repairs.append("an upper-case scheme")
    problem = url_problem(absolute, base=True)
    if problem is not None:
        diagnostics.append(error(pos, f"base_url {problem}"))
        return DEFAULT_BASE_URL
    # `https://x.org` is the site root either way; `https://x.org/sub` might have meant a file.
    path = urllib.parse.urlsplit(absolute).path
    if from_settings and path and not path.endswith("/"):
        repairs.append("no trailing `/`")
    absolute = _normal_spelling(absolute)
    if not absolute.endswith("/"):
        absolute += "/"
    if repairs:
        message = f"base_url `{written}` has {' and '.join(repairs)}; using {absolute}"
        diagnostics.append(warning(pos, message))
    return absolute


def _normal_spelling(url: str) -> str:
    """Return `url` spelt as RFC 3986 (6.2.2, 6.2.3) normalises it: its host in lower case, no
    default port (`:443` for https), its percent-escapes in upper case, its path's case kept.

    Canonical URLs and sitemaps are compared as strings: two spellings of one base would
    publish two addresses for every page.
    """
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""  # lower-cased, an IPv6 address without its brackets
    if parts.netloc.startswith("["):
        host = f"[{host}]"
    if parts.port not in (None, _DEFAULT_PORTS[parts.scheme]):
        host = f"{host}:{parts.port}"
    return f"{parts.scheme}://{host}{upper_escapes(parts.path)}"


def validate_custom_domain(
    cname: str, base_url: str, pos: SourcePos, *, from_settings: bool = True
) -> list[Diagnostic]:
    """Return a warning at `pos` when the site is built for a base URL other than the root of
    its custom domain, which is where GitHub Pages serves a site that has a `CNAME`: the 404
    page's root-relative links and every canonical, feed and sitemap URL would point elsewhere.

    The default base URL is a local preview, not a publication, and is not checked. Without
    `from_settings` the base URL is `--base-url`'s, which has no line: `pos` is `cname`'s.
    """
    domain = cname.strip().lower().removesuffix(".")
    parts = urllib.parse.urlsplit(base_url)
    if base_url == DEFAULT_BASE_URL or (
        parts.netloc.removesuffix(".") == domain and parts.path == "/"
    ):
        return []
    root = f"{parts.scheme}://{domain}/"
    away = (
        f"points away from the custom domain `{domain}` (`cname`): GitHub Pages serves the site"
        " at its root, which the 404 page's links and every absolute URL would miss"
    )
    if from_settings:
        message = f"base_url `{base_url}` {away}"
        hint = f"write `base_url: {root}`, or remove `cname` if the site is not published there"
    else:
        message = f"--base-url `{base_url}` {away}"
        hint = (
            f"build with `--base-url {root}`; for the Pages workflow, enter {domain} under"
            " Settings > Pages > Custom domain, or remove `cname`"
        )
    return [warning(pos, message, hint)]
