"""A character reference to a character no page may hold is an error where it is written.

`&#x1F;`, `&#0;`, `&#x85;`, `&#xD800;` or `&#xFFFE;` became a `�` in text with no message (and
stayed `&#0;` in an address, read as a `#` fragment), where the same character written raw is
an error at its column.
"""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from tests.conftest import least_cpu_seconds_beside

HEAD = "---\ntitle: A\ndate: 2026-01-02\nsummary: S.\n---\n\n"
NUL = "character reference `&#0;` stands for U+0000, a control character, which no page may hold"


def _errors(body: str, *, unsafe_html: bool = False, head: str = HEAD) -> list[str]:
    _, problems = parse_briefing("content/a.md", head + body, unsafe_html=unsafe_html)
    return [format_diagnostic(d).split("\n")[0] for d in problems if d.is_error]


@pytest.mark.parametrize(
    ("reference", "what"),
    [
        ("&#0;", "U+0000, a control character"),
        ("&#x1F;", "U+001F, a control character"),
        ("&#12;", "U+000C, a control character"),  # raw, a form feed is an error too
        ("&#x7f;", "U+007F, a control character"),
        ("&#X85;", "U+0085, a control character"),
        ("&#xFFFE;", "U+FFFE, a noncharacter"),
        ("&#xFDD0;", "U+FDD0, a noncharacter"),
        ("&#x10FFFF;", "U+10FFFF, a noncharacter"),
        ("&#0000000;", "U+0000, a control character"),
    ],
)
def test_a_reference_to_a_control_character_or_noncharacter_is_an_error(
    reference: str, what: str
) -> None:
    assert _errors(f"Before {reference} after.\n") == [
        f"content/a.md:7:8: error: character reference `{reference}` stands for {what}, "
        "which no page may hold"
    ]


def test_a_reference_to_a_surrogate_or_past_unicode_is_an_error() -> None:
    assert _errors("A &#xD800; and &#x110000;.\n") == [
        "content/a.md:7:3: error: character reference `&#xD800;` stands for U+D800, a "
        "surrogate, which no page may hold alone",
        "content/a.md:7:16: error: character reference `&#x110000;` stands for no character: "
        "Unicode ends at U+10FFFF",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "A &#x41; &#9; &#10; &#13; &#x1F600; &#65; &eacute; &amp;#0; b.\n",
        "Code: `&#0;` and\n\n    &#0; indented\n\n```\n&#0;\n```\n",
        "Escaped \\&#0; and a <!-- &#0; --> comment.\n",
        "Too long for a reference: &#00000000; and &#x0000000;.\n",
        "Raw HTML shown as text: <b title='&#0;'>bold</b>.\n",
    ],
)
def test_a_reference_to_a_character_a_page_may_hold_or_one_not_read_is_no_error(
    body: str,
) -> None:
    assert _errors(body) == []


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ("[link &#0; text](https://e.org/)\n", "7:7"),
        ("## Section &#0;\n", "7:12"),
        ("| a &#0; | b |\n|---|---|\n| c | d |\n", "7:5"),
        ("| a | b |\n|---|---|\n| c | &#0; |\n", "9:7"),
        ("- item &#0;\n", "7:8"),
        ("> quoted &#0;\n", "7:10"),
        ("Term\n: defined &#0;\n", "8:11"),
        ("[a](x&#0;.pdf)\n", "7:6"),
        ('[a](https://e.org/ "a &#0; title")\n', "7:23"),
        ("![Chart](x&#0;.png)\n", "7:11"),  # its only error: no file `x&`, no `#0;` fragment
        ("![Chart &#0;](x.png)\n", "7:9"),
        ("[a][r]\n\n[r]: https://e.org/&#0;\n", "9:20"),
        ('[a][r]\n\n[r]: https://e.org/\n  "Title &#0;"\n', "10:10"),
        ("Raw HTML trusted: <b title='&#0;'>bold</b>.\n", "7:29"),
    ],
)
def test_a_reference_no_page_may_hold_is_an_error_wherever_the_body_holds_it(
    body: str, where: str
) -> None:
    unsafe = body.startswith("Raw HTML trusted")
    assert _errors(body, unsafe_html=unsafe) == [f"content/a.md:{where}: error: {NUL}"]


def test_a_reference_no_page_may_hold_in_an_update_or_a_table_fence_is_an_error() -> None:
    updates = 'updates:\n  - date: 2026-01-03\n    text: "Fixed &#0;"\n'
    head = HEAD.replace("---\n\n", f"{updates}---\n\n")
    body = '```table\ncolumns: [A]\nrows:\n  - ["x &#0;"]\ncaption: "About &#0;"\n```\n'

    assert _errors(body, head=head) == [
        f"content/a.md:7:5: error: {NUL}",
        f"content/a.md:14:1: error: {NUL}",  # where its text is, as the other warnings of text
        f"content/a.md:13:6: error: {NUL}",
    ]


def _warnings(body: str) -> list[str]:
    _, problems = parse_briefing("content/a.md", HEAD + body)
    return [format_diagnostic(d).split("\n")[0] for d in problems if not d.is_error]


def _in_address(reference: str, what: str, encoded: str) -> str:
    return (
        f"character reference `{reference}` in an address stands for {what}: the address "
        f"holds it, as `{encoded}`"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "See [a](https://example.org/a&#10;b).\n",
            "content/a.md:7:30: warning: " + _in_address("&#10;", "a line break (U+000A)", "%0A"),
        ),
        (
            "A [b](<https://example.org/&#x9;x>) here.\n",
            "content/a.md:7:28: warning: " + _in_address("&#x9;", "a tab (U+0009)", "%09"),
        ),
        (
            "| a |\n|---|\n| [c](https://ex.org/&#13;y) |\n",
            "content/a.md:9:22: warning: " + _in_address("&#13;", "a line break (U+000D)", "%0D"),
        ),
        (
            '[d](https://ex.org/&#8232;z "a title") and ![Map of Lisbon](https://ex.org/i.png)\n',
            "content/a.md:7:20: warning: "
            + _in_address("&#8232;", "a line break (U+2028)", "%E2%80%A8"),
        ),
        (
            "See ![Map](https://ex.org/m&#8233;p.png) here.\n",  # an image's address too
            "content/a.md:7:28: warning: "
            + _in_address("&#8233;", "a paragraph break (U+2029)", "%E2%80%A9"),
        ),
        (
            "Use [f].\n\n[f]: https://ex.org/&#10;q\n",
            "content/a.md:9:21: warning: " + _in_address("&#10;", "a line break (U+000A)", "%0A"),
        ),
        (
            'Use [g].\n\n[g]:\n  https://ex.org/&#xA;r "t"\n',
            "content/a.md:10:18: warning: " + _in_address("&#xA;", "a line break (U+000A)", "%0A"),
        ),
    ],
)
def test_a_reference_to_a_line_break_in_an_address_is_a_warning_at_it(
    body: str, expected: str
) -> None:
    """`[a](https://x.org/a&#10;b)` linked `https://x.org/a%0Ab`, an address no server has,
    with no message."""
    assert _warnings(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        'Text &#10; and &#9; here, [a title](https://ex.org/ "a&#10;b").\n',
        "Escaped [a](https://ex.org/a\\&#10;b), code `[b](https://ex.org/&#10;)`.\n",
        "Mail [me](mailto:a@example.org?body=a%0Ab) and [s](https://ex.org/a&#32;b).\n",
        'Use [f].\n\n[f]: https://ex.org/q "t&#10;"\n',
    ],
)
def test_a_reference_to_a_line_break_outside_an_address_is_no_warning(body: str) -> None:
    assert _warnings(body) == []


def test_an_unsafe_link_with_a_tab_reference_gets_only_its_own_warning() -> None:
    """`java&#x09;script:` is dropped as unsafe; its tab is no second warning."""
    (found,) = _warnings("Unsafe [x](java&#x09;script:alert(1)) here.\n")
    assert found.endswith(
        ": warning: unsafe link `java%09script:alert(1)` removed; the link text is kept"
    )


def test_a_line_of_references_and_tags_shown_as_text_is_read_in_linear_time() -> None:
    """Each reference looked through every tag of its line shown as text: eight times the
    references and tags (`&#0;</u>`) took some sixty times as long."""
    small_text, large_text = (HEAD + "&#0;</u> " * count + "\n" for count in (1000, 8000))

    # In turns, so a busy neighbour's burst slows both sizes alike.
    large, small = least_cpu_seconds_beside(
        lambda: parse_briefing("content/a.md", large_text),
        lambda: parse_briefing("content/a.md", small_text),
        bound=lambda small: 20 * small,
    )
    assert large / small < 20, f"{small:.3f} s, then {large:.3f} s"
