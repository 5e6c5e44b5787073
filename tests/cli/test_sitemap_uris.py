"""The sitemap's URLs are in ASCII, as the sitemap protocol wants: a tag page's letters of
other scripts are percent-encoded, and an ASCII site's sitemap is as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

import lxml.etree

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from briefgen.site.filters import uri
from tests.conftest import make_project

if TYPE_CHECKING:
    from pathlib import Path

BASE = "https://example.org/briefs/"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def _briefing(lang: str, tag: str) -> str:
    return (
        f"---\ntitle: T {lang}\nlang: {lang}\ndate: 2026-01-10\nsummary: S.\n"
        f"tags: [{tag}]\ntranslation_key: visit\n---\n\nText.\n"
    )


def test_sitemap_urls_are_ascii_and_name_the_pages_built(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "p",
        f"-- briefgen.yaml --\nbase_url: {BASE}\n"
        "-- content/a.md --\n" + _briefing("en", "migration") + ""
        "-- content/b.md --\n" + _briefing("ar", "هجرة") + ""
        "-- content/c.md --\n" + _briefing("es", "migración"),
    )
    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    sitemap = lxml.etree.parse(str(root / "site" / "sitemap.xml")).getroot()
    urls = [loc.text or "" for loc in sitemap.iter(f"{SITEMAP}loc")]
    urls += [link.get("href", "") for link in sitemap.iter(f"{XHTML}link")]
    assert all(url.isascii() for url in urls), [url for url in urls if not url.isascii()]
    assert f"{BASE}ar/tags/%D9%87%D8%AC%D8%B1%D8%A9/" in urls
    for url in urls:
        path = unquote(urlsplit(url).path).removeprefix("/briefs/")
        assert (root / "site" / path / "index.html").is_file(), url


def test_uri_percent_encodes_only_what_is_not_ascii() -> None:
    assert uri("https://example.org/a/tags/c-sharp/") == "https://example.org/a/tags/c-sharp/"
    assert uri("https://example.org/tags/año/") == "https://example.org/tags/a%C3%B1o/"
    assert uri("https://bücher.example/tags/x/") == "https://xn--bcher-kva.example/tags/x/"
    assert uri("https://example.org/r%C3%A9po/é") == "https://example.org/r%C3%A9po/%C3%A9"
