"""The base URL as pages and feeds use it: one spelling for one address, and the root of the
custom domain when `cname` names one."""

from __future__ import annotations

import pytest

from briefgen.diagnostics import Diagnostic, SourcePos, format_diagnostic
from briefgen.site.baseurl import DEFAULT_BASE_URL, normalise_base_url
from briefgen.site.config import parse_config

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


_ANY_SITE = "write the address the site is published at, e.g. https://example.org/briefings/"


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("javascript:alert(1)", _ANY_SITE),
        ("JavaScript:alert(1)", _ANY_SITE),
        ("mailto:team@example.org", _ANY_SITE),
        ("data:text/html,x", _ANY_SITE),
        ("http:/example.org", "write `http://example.org`"),
        ("HTTPS:example.org/briefings/", "write `https://example.org/briefings/`"),
    ],
)
def test_normalise_base_url_refuses_another_scheme_as_written(url: str, hint: str) -> None:
    """`javascript:alert(1)` was taken for a host without a scheme and refused as
    `https://javascript:alert(1)`, a URL the user never wrote."""
    diagnostics: list[Diagnostic] = []
    assert normalise_base_url(url, AT, diagnostics) == DEFAULT_BASE_URL
    assert [format_diagnostic(d) for d in diagnostics] == [
        f"briefgen.yaml:2:1: error: base_url must start with http:// or https://, not `{url}`\n"
        f"  hint: {hint}"
    ]


@pytest.mark.parametrize(
    ("url", "used"),
    [("localhost:8000", "https://localhost:8000/"), ("x.org:8080/a/", "https://x.org:8080/a/")],
)
def test_normalise_base_url_reads_a_host_and_port_as_no_scheme(url: str, used: str) -> None:
    diagnostics: list[Diagnostic] = []
    assert normalise_base_url(url, AT, diagnostics) == used
    assert [d.message for d in diagnostics] == [f"base_url `{url}` has no scheme; using {used}"]


def _custom_domain_problems(text: str, base_url_override: str | None = None) -> list[str]:
    _, problems = parse_config(text.encode(), base_url_override)
    return [format_diagnostic(p) for p in problems]


_AWAY = (
    "points away from the custom domain `briefings.example.org` (`cname`): GitHub Pages serves"
    " the site at its root, which the 404 page's links and every absolute URL would miss"
)


@pytest.mark.parametrize(
    "base_url",
    [
        "https://user.github.io/repo/",
        "https://briefings.example.org/repo/",
        "https://user.github.io/",
        "https://briefings.example.org:8443/",
    ],
)
def test_custom_domain_with_base_url_elsewhere_warns_at_base_url(base_url: str) -> None:
    """The site is served at the custom domain's root: with this base, the 404 page linked
    `/repo/assets/style.css` there, canonical URLs named github.io, and nothing said so."""
    text = f"title: T\ncname: briefings.example.org\nbase_url: {base_url}\n"
    assert _custom_domain_problems(text) == [
        f"briefgen.yaml:3:1: warning: base_url `{base_url}` {_AWAY}\n"
        "  hint: write `base_url: https://briefings.example.org/`, or remove `cname` if the site"
        " is not published there"
    ]


@pytest.mark.parametrize(
    ("cname", "base_url"),
    [
        ("briefings.example.org", "https://briefings.example.org/"),
        ("briefings.example.org", "http://Briefings.Example.org:80"),
        ("Briefings.example.org.", "https://briefings.example.org/"),
        ("briefings.example.org", "https://briefings.example.org./"),
    ],
)
def test_custom_domain_at_its_root_is_silent(cname: str, base_url: str) -> None:
    text = f"title: T\ncname: {cname}\nbase_url: {base_url}\n"
    assert _custom_domain_problems(text) == []


def test_custom_domain_without_a_base_url_is_a_local_preview() -> None:
    assert _custom_domain_problems("title: T\ncname: briefings.example.org\n") == []


def test_custom_domain_with_the_workflows_base_url_is_silent() -> None:
    """configure-pages gives the custom domain's root once it is set under Settings; the base
    it passes wins, so a `base_url:` elsewhere is not published and not warned about."""
    text = "title: T\nbase_url: https://user.github.io/repo/\ncname: briefings.example.org\n"
    assert _custom_domain_problems(text, "https://briefings.example.org/") == []


def test_custom_domain_with_a_base_url_flag_elsewhere_warns_at_cname() -> None:
    """`--base-url` is in no file: the warning is at `cname:`, the other half of the pair."""
    text = "title: T\nbase_url: https://briefings.example.org/\ncname: briefings.example.org\n"
    assert _custom_domain_problems(text, "https://user.github.io/repo") == [
        f"briefgen.yaml:3:1: warning: --base-url `https://user.github.io/repo/` {_AWAY}\n"
        "  hint: build with `--base-url https://briefings.example.org/`; for the Pages workflow,"
        " enter briefings.example.org under Settings > Pages > Custom domain, or remove `cname`"
    ]


def test_custom_domain_that_is_no_host_name_is_only_that_error() -> None:
    text = "title: T\ncname: https://x.example\nbase_url: https://user.github.io/repo/\n"
    (problem,) = _custom_domain_problems(text)
    assert problem.startswith("briefgen.yaml:2:1: error: `cname` must be a bare host name")
