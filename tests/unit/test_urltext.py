"""The percent-encoding a URL error asks for names the characters that are in the URL.

The hint for a source's `url:` always named the space, `<`, `>` and `"`, whatever was found,
and `base_url`'s said "e.g. a space as %20": neither helped with `|`, `{`, `^` or a backtick.
"""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.content.urltext import percent_encoding_hint
from briefgen.site.urls import url_problem


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("https://x.org/a|b", "write `|` as %7C"),
        ("https://x.org/q?b={x}", "write `{` as %7B and `}` as %7D"),
        ("https://x.org/^", "write `^` as %5E"),
        ("https://x.org/`tick`", "write a backtick as %60"),
        ("https://x.org/a\\b", "write `\\` as %5C"),
        ("https://x.org/a b<c>", "write a space as %20, `<` as %3C and `>` as %3E"),
        ('https://x.org/"', 'write `"` as %22'),
        ("https://x.org/a\tb", "write U+0009 as %09"),
        (
            "https://x.org/<>{}|^",
            "write `<` as %3C, `>` as %3E, `{` as %7B, `}` as %7D, "
            "`|` as %7C and 1 more character the same way",
        ),
        (
            "https://x.org/<>{}|^ ",
            "write `<` as %3C, `>` as %3E, `{` as %7B, `}` as %7D, "
            "`|` as %7C and 2 more characters the same way",
        ),
    ],
)
def test_percent_encoding_hint_names_each_character_found(url: str, hint: str) -> None:
    assert percent_encoding_hint(url, iri=True) == hint


def test_percent_encoding_hint_encodes_letters_as_utf8_outside_an_iri() -> None:
    assert percent_encoding_hint("https://x.org/ä|ä") == "write `ä` as %C3%A4 and `|` as %7C"
    assert percent_encoding_hint("https://x.org/ä|", iri=True) == "write `|` as %7C"


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("https://x.org/a|b", "write `|` as %7C"),
        ("https://x.org/q?a=1&b={x}", "write `{` as %7B and `}` as %7D"),
        ("https://x.org/`tick`", "write a backtick as %60"),
        # An address written as the body writes one: encoding its marks made it no address
        # (hunt11).
        (
            "<https://www.oecd.org/outlook/>",
            "remove the `<` and `>` around the address: `url: https://www.oecd.org/outlook/`",
        ),
        (
            "[OECD report](https://www.oecd.org/r)",
            "write the address alone, `url: https://www.oecd.org/r`, and its words as the `title:`",
        ),
    ],
)
def test_a_source_url_error_names_the_character_to_encode(url: str, hint: str) -> None:
    text = f"---\ntitle: T\ndate: 2026-03-14\nsources:\n  - title: R\n    url: '{url}'\n---\n\nB.\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    (problem,) = diagnostics
    assert (str(problem.pos), problem.message, problem.hint) == (
        "content/a.md:6:5",
        f"`sources` item 1: `url` holds characters that must be percent-encoded, got `{url}`",
        hint,
    )


def test_a_settings_url_error_names_the_character_to_encode() -> None:
    url = "https://example.org/a|b/"
    assert url_problem(url, base=True) == (
        f"`{url}` holds characters that must be percent-encoded: write `|` as %7C"
    )


@pytest.mark.parametrize(
    ("url", "escape"),
    [("https://x.org/%zz/", "%zz"), ("https://x.org/100%", "%"), ("https://x.org/a%2/", "%2/")],
)
def test_a_settings_url_with_a_percent_that_starts_no_escape_is_refused(
    url: str, escape: str
) -> None:
    """It was accepted, and every canonical URL of the site carried the broken escape."""
    assert url_problem(url, base=True) == (
        f"`{url}` holds a `%` that starts no escape (`{escape}`): write a `%` itself as %25"
    )


@pytest.mark.parametrize("url", ["https://x.org/a%2Fb/", "https://x.org/%C3%A4/", "https://x.org/"])
def test_a_settings_url_with_whole_escapes_is_accepted(url: str) -> None:
    assert url_problem(url, base=True) is None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("![Chart](http://[a/c.png)", "remote image `http://[a/c.png` is not allowed"),
        ("![Chart](//[x/c.png)", "remote image `//[x/c.png` is not allowed"),
        ("![Chart][m]\n\n[m]: https://[", "remote image `https://[` is not allowed"),
        ("[report](https://www.google.com/url?q=https://[a)", None),
    ],
)
def test_an_address_with_a_host_bracket_never_closed_is_no_crash(
    body: str, message: str | None
) -> None:
    """`urlsplit` raises ValueError for a host opened as IPv6 and not closed, or no IPv6 in
    brackets: an image's address, or a Google redirect's target, so written was exit 70."""
    front = "---\ntitle: T\ndate: 2026-01-01\nsummary: S.\n---\n\n"
    _, diagnostics = parse_briefing("content/a.md", front + body + "\n")
    errors = [d.message for d in diagnostics if d.is_error]
    assert [error.startswith(message or "") for error in errors] == ([True] if message else [])
