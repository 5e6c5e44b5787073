"""A link's target read without `urlsplit` (the theme's plain links) is the one it reads."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.site import links
from briefgen.site.links import LinkBase, scan_page

PAGES = ("index.html", "a/index.html", "404.html", "es/b/index.html", "feed.xml")
BASES = (
    LinkBase.of("/"),
    LinkBase.of("/base/", "https://example.org/base/"),
    LinkBase.of("r%c3%a9po"),
)
URL_PARTS: tuple[str, ...] = ("a", "é", "移", "/", "//", ".", "..", "../", "#", "#x", "-", "~")
URL_PARTS += (
    " ",
    "\t",
    "%",
    "%2F",
    "%00",
    "%FF",
    ":",
    "?",
    "[",
    "]",
    "base/",
    "/base/",
    "\n",
    "&amp;",
)


class _NeverPlain(frozenset[str]):
    """Takes every URL for one with a scheme, query or escape: `urlsplit` reads each."""

    def isdisjoint(self, other: object) -> bool:
        return False


def _page(urls: list[str]) -> str:
    return "".join(f'<a href="{url}" id="i{n}">x</a>\n' for n, url in enumerate(urls))


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("page", PAGES)
@given(urls=st.lists(st.lists(st.sampled_from(URL_PARTS), min_size=1, max_size=6).map("".join)))
def test_resolve_plain_url_as_urlsplit_reads_it(page: str, base: LinkBase, urls: list[str]) -> None:
    text = _page(urls)
    read = scan_page(page, text, base)
    plain = links._PLAIN
    links._PLAIN = _NeverPlain()
    try:
        assert scan_page(page, text, base) == read
    finally:
        links._PLAIN = plain


def test_resolve_plain_url_skips_urlsplit(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(url: str) -> object:
        raise AssertionError(url)

    monkeypatch.setattr(links, "split_url", refuse)
    read = scan_page("a/index.html", _page(["../b/#x", "#top", "/c/", "d.png"]), BASES[0])
    assert read.targets == {"b/\0x", "a/index.html\0top", "c/\0", "a/d.png\0"}
