"""Check what pages load: no console errors, nothing from other origins, a light briefing page."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from .harness import browsing, open_page

if TYPE_CHECKING:
    from .harness import ServedSite, Tab

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

ICON_LINK = re.compile(r"""<link\b[^>]*\brel=["']?(?:[^"'>]*\s)?icon\b""", re.IGNORECASE)
BRIEFING_BUDGET = 30_000
"""Bytes of HTML plus CSS, uncompressed, that the briefing page may weigh (30 KB)."""


def test_pages_log_no_errors_and_stay_on_their_origin(tab: Tab, built_site: ServedSite) -> None:
    """Every page loads without console errors, failed requests or requests to other origins."""
    problems: list[str] = []
    for scheme in ("light", "dark"):
        with browsing(tab, scheme=scheme) as visitor:
            for name in built_site.pages:
                _, record = visitor.visit(built_site.url(name))
                found = record.console_errors + record.failed_responses()
                found += [f"request to another origin: {url}" for url in record.foreign_requests]
                problems += [f"{name} ({scheme}): {problem}" for problem in found]
    if problems:
        pytest.fail("page loads that misbehaved:\n" + "\n".join(dict.fromkeys(problems)))


def test_briefing_page_html_and_css_fit_in_30kb(tab: Tab, built_site: ServedSite) -> None:
    """The briefing page weighs at most 30 KB of HTML plus CSS and loads no script or font."""
    briefings = built_site.briefing_pages()
    assert briefings, "the default site has no briefing page (no briefing.json found)"
    problems: list[str] = []
    for name in briefings:
        with open_page(tab, built_site.url(name)) as (_, record):
            html, css = record.bytes_of("document"), record.bytes_of("stylesheet")
            # The theme promises no JavaScript and no web fonts.
            banned = [r for r in record.responses if r.request.resource_type in ("script", "font")]
        if html + css > BRIEFING_BUDGET:
            problems.append(f"{name}: HTML {html:,} B + CSS {css:,} B = {html + css:,} B")
        if banned:
            problems.append(f"{name}: loads scripts or fonts: {', '.join(r.url for r in banned)}")
    if problems:
        pytest.fail(
            f"briefing page over budget ({BRIEFING_BUDGET:,} B, no JS, no fonts):\n"
            + "\n".join(problems)
        )


def test_pages_declare_an_icon(built_site: ServedSite) -> None:
    """Every page links an icon, so no browser asks for /favicon.ico outside the sub-path."""
    # Headless chromium never fetches favicons, so the console check above cannot see this 404;
    # Lighthouse's best-practices score does (errors-in-console).
    missing = [
        name
        for name in built_site.pages
        if not ICON_LINK.search((built_site.root / name).read_text(encoding="utf-8"))
    ]
    if missing:
        pytest.fail(
            "pages without <link rel=icon> (browsers fetch /favicon.ico): " + ", ".join(missing)
        )


def test_not_found_page_keeps_its_style_at_any_depth(tab: Tab, built_site: ServedSite) -> None:
    """A missing deep URL gets 404.html with status 404, and its stylesheet still loads."""
    url = built_site.base_url + "no/such/briefing/"
    with open_page(tab, url) as (_, record):
        document = [r for r in record.responses if r.request.resource_type == "document"]
        styles = [r for r in record.responses if r.request.resource_type == "stylesheet"]
        failed = [f"{r.status} {r.url}" for r in record.responses if r.status >= 400]
    assert [r.status for r in document] == [404]
    assert styles, "404.html loaded no stylesheet"
    assert failed == [f"404 {url}"], "404.html's own links must work at any depth"
