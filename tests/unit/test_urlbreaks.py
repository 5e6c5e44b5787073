"""The print page's URLs and code break where a publisher breaks them: after `//`, `/` and `=`,
before `.`, `?`, `#`, `&`, `-`, `_`, `~` and `%`, never leaving a piece of under three
characters, nor inside a word."""

from __future__ import annotations

import pytest

from briefgen.site.printbreaks import with_word_breaks
from briefgen.site.urlbreaks import BREAK, JOIN, SHORTEST, with_url_breaks


def _pieces(text: str) -> list[str]:
    """Return the pieces of `text` between its breaks, its joiners dropped."""
    return text.replace(JOIN, "").split(BREAK)


@pytest.mark.parametrize(
    ("url", "pieces"),
    [
        (
            "https://www.statistics.example.gov.uk/government/statistics",
            "https://|www|.statistics|.example|.gov|.uk/|government/|statistics",
        ),
        (
            "https://example.org/data?format=csv&amp;edition=2025-03#part~2%20x",
            "https://|example|.org/|data|?format=|csv|&amp;edition=|2025|-03|#part|~2%20x",
        ),
        # A piece of one or two characters is not left alone: `v1.2`, `x/`, `_b` stay whole.
        ("https://example.org/v1.2/x/data_b.csv", "https://|example|.org/|v1.2/|x/data|_b.csv"),
        # A run of marks is not split: `://`, `..`, `--`.
        ("http://example.org/a..b/c--long-path", "http://|example|.org/|a..b/|c--long|-path"),
    ],
)
def test_a_link_texts_url_breaks_where_a_publisher_breaks_it(url: str, pieces: str) -> None:
    assert _pieces(with_url_breaks(url, code=False)) == pieces.split("|")


def test_code_breaks_before_underscores_dots_and_hyphens() -> None:
    broken = with_url_breaks("migration_flows_by_country_2025.csv --dry-run-only", code=True)
    assert _pieces(broken) == [
        "migration", "_flows", "_by", "_country", "_2025", ".csv --dry-run-only"
    ]  # fmt: skip


def test_a_word_shorter_than_shortest_is_left_as_it_is() -> None:
    short = "example.org/a-b"
    assert len(short) < SHORTEST
    assert with_url_breaks(short, code=False) == short
    assert with_url_breaks(short, code=True) == short


def test_a_link_text_of_words_is_left_as_it_is() -> None:
    # A hyphenated compound breaks after its hyphens, as prose does: no URL, no breaks.
    text = "state-of-the-art-of-things and Counterrevolutionaries"
    assert with_url_breaks(text, code=False) == text
    assert with_url_breaks(text, code=True) != text  # code's hyphens are a publisher's


def test_a_hyphen_is_joined_to_what_follows_it() -> None:
    # Pango breaks after a hyphen: a URL's line ending in `-` reads as a hyphenated word, and
    # pdftotext copies it without its `-`.
    broken = with_url_breaks("https://example.org/migration-flows-by-country", code=False)
    assert broken.count(JOIN) == 3
    assert f"-{JOIN}flows" in broken
    assert broken.replace(BREAK, "").replace(JOIN, "") == (
        "https://example.org/migration-flows-by-country"
    )


def test_a_character_reference_is_one_character_and_never_cut() -> None:
    broken = with_url_breaks("https://example.org/?a=1&amp;b=2&#38;c=3&#x2F;d", code=False)
    pieces = ["https://", "example", ".org/", "?a=1", "&amp;b=2", "&#38;c=", "3&#x2F;d"]
    assert _pieces(broken) == pieces


def _print_page(body: str) -> str:
    return f"<html><head><title>{'t' * 40}.example</title></head><body>{body}</body></html>"


def test_print_page_breaks_links_and_code_but_not_prose_code_blocks_or_tags() -> None:
    url = "https://example.org/reports/migration_flows.csv"
    page = _print_page(
        f'<p>See {url} <a href="{url}" title="{url}">{url}</a>, <code>module.sub.function_name'
        f"</code>.</p><pre><code>module.sub.function_name()</code></pre>"
        f"<script>var u = '{url}';</script><style>a::after {{ content: '{url}'; }}</style>"
    )
    broken = with_word_breaks(page)
    assert broken.count(BREAK) == 6 + 3  # the link's text, the inline code's
    assert broken.replace(BREAK, "").replace(JOIN, "") == page
    assert f'<a href="{url}" title="{url}">https://{BREAK}example' in broken
    assert f"<p>See {url} <a" in broken  # text outside a link is prose: Pango breaks it
    assert "<pre><code>module.sub.function_name()</code></pre>" in broken


def test_print_page_counts_links_and_code_in_any_case_and_stray_end_tags() -> None:
    url = "https://example.org/reports/flows"
    page = _print_page(f"</a></code><A HREF='x'>{url}</A> {url} <CODE>{url}</CODE>")
    broken = with_word_breaks(page)
    assert broken.count(BREAK) == 2 * 4
    assert f"</A> {url} <CODE>" in broken


def test_print_page_without_a_long_link_or_code_word_is_returned_as_it_is() -> None:
    # Nor one whose long words are prose's, an attribute's or a title's.
    page = _print_page('<p><a href="https://example.org/a/long/path">a link</a> <code>x</code></p>')
    assert with_word_breaks(page) is page
