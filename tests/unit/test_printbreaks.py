"""The print page's very long words get a `<wbr>` every 1,000 characters, and nothing else does
(a link's URL and code get a publisher's breaks: test_urlbreaks.py)."""

from __future__ import annotations

import re

from briefgen.site.printbreaks import CELL_RUN, RUN, with_word_breaks


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


def test_a_cells_longer_word_breaks_every_cell_run_of_characters() -> None:
    # WeasyPrint lays out the rest of a piece once per letter to find a cell's least width:
    # a hash of 20,000 characters in a cell took 4 minutes to print in pieces of 1,000.
    page = f"<table><tr><th>{'h' * (RUN + 1)}</th><td>{'a' * (4 * CELL_RUN + 7)}</td></tr></table>"
    broken = with_word_breaks(page)
    head = re.search(r"<th>(.*?)</th>", broken)
    cell = re.search(r"<td>(.*?)</td>", broken)
    assert head is not None and cell is not None
    assert head.group(1).split("<wbr>") == ["h" * CELL_RUN] * 4 + ["h" * (RUN + 1 - 4 * CELL_RUN)]
    assert cell.group(1).split("<wbr>") == ["a" * CELL_RUN] * 4 + ["a" * 7]
    after = with_word_breaks(f"{page}<p>{'b' * (RUN + 1)}</p>")  # out of the table: by `RUN`
    assert _pieces(after) == ["b" * RUN, "b"]


def test_a_cells_word_of_the_run_or_shorter_is_left_whole() -> None:
    page = f"<table><tr><td>{'a' * RUN}</td></tr></table>"
    assert with_word_breaks(page) == page
