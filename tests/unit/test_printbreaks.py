"""The print page's very long words get a `<wbr>` every 1,000 characters, and nothing else does
(a link's URL and code get a publisher's breaks: test_urlbreaks.py)."""

from __future__ import annotations

import re

from briefgen.site.printbreaks import RUN, with_word_breaks


def _pieces(page: str) -> list[str]:
    found = re.search(r"<p>(.*?)</p>", page, flags=re.DOTALL)
    assert found is not None
    return found.group(1).split("<wbr>")


def test_a_page_without_long_words_is_returned_as_it_is() -> None:
    page = "<title>T</title><p>A sentence of https://example.org/a-long-ish/url words.</p>"
    assert with_word_breaks(page) is page


def test_a_word_of_exactly_the_run_is_left_whole() -> None:
    page = f"<p>{'a' * RUN}</p>"
    assert with_word_breaks(page) == page


def test_a_longer_word_breaks_every_run_of_characters() -> None:
    page = f"<p>Text {'a' * (2 * RUN + 500)} end.</p>"
    pieces = _pieces(with_word_breaks(page))
    assert pieces == ["Text " + "a" * RUN, "a" * RUN, "a" * 500 + " end."]


def test_character_references_count_as_one_and_are_never_cut() -> None:
    page = f"<p>{'&amp;' * (RUN + 3)}</p>"
    pieces = _pieces(with_word_breaks(page))
    assert pieces == ["&amp;" * RUN, "&amp;" * 3]


def test_tags_attributes_and_raw_text_are_left_alone() -> None:
    long = "x" * (3 * RUN)
    page = (
        f'<title>{long}</title><style>.a{{content:"{long}"}}</style>'
        f'<meta content="{long}"><a href="https://e.org/{long}" title="a > {long}">link</a>'
        f"<p>{long}</p>"
    )
    broken = with_word_breaks(page)
    assert broken.count("<wbr>") == 2
    assert broken.replace("<wbr>", "") == page
    assert broken.startswith(f'<title>{long}</title><style>.a{{content:"{long}"}}</style>')


def test_spaces_and_zero_width_spaces_end_a_word() -> None:
    page = "<p>" + " ".join(["y" * (RUN - 1)] * 4) + " " + "\u200b".join(["z" * RUN] * 3) + "</p>"
    assert with_word_breaks(page) == page


def test_text_after_a_raw_text_element_is_broken_again() -> None:
    page = f"<title>t</title><p>{'b' * (RUN + 1)}</p>"
    assert with_word_breaks(page).count("<wbr>") == 1


def test_a_long_word_right_after_a_raw_text_element_is_broken() -> None:
    page = f"<p><style>b {{}}</style>{'a' * (RUN + 5)}</p>"
    assert with_word_breaks(page) == f"<p><style>b {{}}</style>{'a' * RUN}<wbr>aaaaa</p>"


def test_an_apostrophe_in_a_comment_opens_no_quote() -> None:
    # A raw HTML comment's `don't` read as an attribute's opening quote hid the text after it,
    # up to the next apostrophe, from the breaks.
    page = f"<p><!-- don't -->{'c' * (RUN + 1)} it's</p>"
    assert with_word_breaks(page).count("<wbr>") == 1
