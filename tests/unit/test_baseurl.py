"""The base URL as pages and feeds use it: one spelling for one address."""

from __future__ import annotations

import pytest

from briefgen.diagnostics import Diagnostic, SourcePos
from briefgen.site.baseurl import DEFAULT_BASE_URL, normalise_base_url

AT = SourcePos("briefgen.yaml", 2)


@pytest.mark.parametrize(
    ("url", "used"),
    [
        ("https://user.github.io/caf%c3%a9/", "https://user.github.io/caf%C3%A9/"),
        ("https://User.GitHub.io/MyRepo/", "https://user.github.io/MyRepo/"),
        ("https://x.io:443/repo/", "https://x.io/repo/"),
        ("http://x.io:80", "http://x.io/"),
        ("https://x.io:/repo/", "https://x.io/repo/"),
        ("http://[FE80::1]:80/", "http://[fe80::1]/"),
    ],
)
@pytest.mark.parametrize("from_settings", [True, False])
def test_normalise_base_url_spells_one_address_one_way(
    url: str, used: str, *, from_settings: bool
) -> None:
    """Canonical URLs and sitemaps are compared as strings: each of these was published as
    written, so two spellings of one base gave every page two addresses (RFC 3986 6.2.2)."""
    diagnostics: list[Diagnostic] = []
    assert normalise_base_url(url, AT, diagnostics, from_settings=from_settings) == used
    assert diagnostics == []


@pytest.mark.parametrize(
    "url",
    [
        DEFAULT_BASE_URL,
        "https://user.github.io/",
        "https://x.io/MyRepo/caf%C3%A9/",
        "http://x.io:443/",
        "https://x.io:80/",
        "https://x.io:8443/a/",
    ],
)
def test_normalise_base_url_keeps_a_normal_spelling_and_the_paths_case(url: str) -> None:
    diagnostics: list[Diagnostic] = []
    assert normalise_base_url(url, AT, diagnostics) == url
    assert diagnostics == []
