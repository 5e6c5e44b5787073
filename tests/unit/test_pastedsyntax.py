"""Review marks, MDX comments, snippet includes, line blocks and reStructuredText's directives:
warned at their place."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import Diagnostic

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"


def _diagnostics(body: str) -> list[Diagnostic]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return diagnostics


def _places(body: str) -> list[tuple[int, int, str]]:
    return [(d.pos.line, d.pos.column, d.message.split(" ", 1)[0]) for d in _diagnostics(body)]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        ("Attend.{>>ED: confirm<<}\n", [(6, 8, "CriticMarkup")]),
        (
            "Budget {--$4bn--}{++$5bn++} and {~~cut~>raised~~}.\n",
            [(6, 8, "CriticMarkup"), (6, 18, "CriticMarkup"), (6, 33, "CriticMarkup")],
        ),
        ("A {==highlight==} here.\n", [(6, 3, "CriticMarkup")]),
        ("| a | b |\n|---|---|\n| x {>>why?<<} | y |\n", [(8, 5, "CriticMarkup")]),
        ("{/* TODO: legal */}\n\nText {/* inline */} on.\n", [(6, 1, "MDX"), (8, 6, "MDX")]),
        ('Lede.\n\n--8<-- "includes/abbr.md"\n', [(8, 1, "snippet")]),
        ("--8<--\nincludes/a.md\n--8<--\n", [(6, 1, "snippet"), (8, 1, "snippet")]),
        ("Lede.\n\n| Embassy of Mexico\n| 1911 Pennsylvania Ave\n", [(8, 1, "a")]),
        ("> Address:\n> | One\n> | Two\n", [(7, 3, "a")]),
        ("Water is H~2~O and area m^2^ here.\n", [(6, 11, "Pandoc"), (6, 26, "Pandoc")]),
        ("Per m^-1^ and x^2.5^.\n", [(6, 6, "Pandoc"), (6, 16, "Pandoc")]),
        (
            "水是H~2~O\uff0c排放CO~2~减少\uff0c见注^1^。\n",
            [(6, 4, "Pandoc"), (6, 13, "Pandoc"), (6, 21, "Pandoc")],
        ),
        ("See Figure \\@ref(fig:remit) now.\n", [(6, 12, "cross-reference")]),
        (
            "See @tbl-budget, @sec-intro and @eq-growth.\n",  # the README's other kinds
            [(6, 5, "cross-reference"), (6, 18, "cross-reference"), (6, 33, "cross-reference")],
        ),
        (".. image:: chart.png\n\nLede.\n", [(6, 1, "reStructuredText")]),
        ("Lede.\n\n.. note::\n\n   Text of it.\n", [(8, 1, "reStructuredText")]),
        ("> .. warning:: Deadline\n", [(6, 3, "reStructuredText")]),
        ("Lede.\n\n  .. py:function:: send()\n", [(8, 3, "reStructuredText")]),
        (
            "Lede.\n\n.. [1] INE, 2025.\n.. [#] Ibid.\n",
            [(8, 1, "reStructuredText"), (9, 1, "reStructuredText")],
        ),
        ("Wait.. what:: no.\n\n.. and then:: more\n\n.. [sic]but\n", []),  # prose
        (
            ":date: 2026-03-01\n:Tags: trade\n",
            [(6, 1, "reStructuredText"), (7, 1, "reStructuredText")],
        ),
        (
            "See :ref:`intro` and :py:func:`send`.\n",
            [(6, 5, "reStructuredText"), (6, 22, "reStructuredText")],
        ),
        (":warning: Late.\n", [(6, 1, "emoji")]),  # an emoji's name, not a field's
        ("Lede.\n\nMy title\n########\n\nText.\n", [(9, 1, "`########`")]),
        ("Subsection\n^^^^^^^^^^\n\nText.\n", [(7, 1, "`^^^^^^^^^^`")]),
        ('Another\n"""""""\n\nText.\n', [(7, 1, '`"""""""`')]),
        ("A longer line of prose\n^^^\n\nText.\n", []),  # shorter than the line
    ],
)
def test_pasted_syntax_is_warned_at_its_line_and_column(
    body: str, places: list[tuple[int, int, str]]
) -> None:
    assert _places(body) == places


def test_the_readmes_critic_markup_is_warned_once_each_as_critic_markup() -> None:
    """`{++added++}` was warned a second time, as pymdownx keys, which it is not."""
    body = "A {>>comment<<}, {--deleted--}, {++added++}, {~~old~>new~~}, {==highlight==}.\n"
    assert _places(body) == [(6, column, "CriticMarkup") for column in (3, 18, 33, 46, 62)]


@pytest.mark.parametrize(
    ("body", "place", "message"),
    [
        ("text {>>c\nd<<} x\n", (6, 6), "CriticMarkup `{>>c d<<}` is shown as text"),
        ("intro line\nmore {/* c\nd */} x\n", (7, 6), "MDX comment `{/* c d */}` is not"),
        ("> quote {>>c\n> d<<} x\n", (6, 9), "CriticMarkup `{>>c d<<}` is shown as text"),
        ("| a |\n|---|\n| b |\n\nx {~~a\nb~>c~~}\n", (10, 3), "CriticMarkup `{~~a b~>c~~}`"),
    ],
)
def test_marks_over_two_lines_are_warned_at_their_column_on_one_line(
    body: str, place: tuple[int, int], message: str
) -> None:
    """An editor jumping to the warning lands on the `{`, not the line's start."""
    (found,) = _diagnostics(body)
    assert ((found.pos.line, found.pos.column), found.message.startswith(message)) == (place, True)


def test_each_quarto_cross_reference_is_warned_at_its_column() -> None:
    found = _diagnostics("See @fig-map and @tbl-budget, @sec-intro.\n")
    assert [(d.pos.line, d.pos.column) for d in found] == [(6, 5), (6, 18), (6, 31)]
    assert found[0].message == "cross-reference `@fig-map` is not read; shown as text"


def test_the_warnings_say_what_is_published() -> None:
    critic, mdx, snippet, lines = _diagnostics(
        'A {>>note<<}.\n\nB {/* c */}.\n\n--8<-- "a.md"\n\n| one\n| two\n'
    )
    assert "(a reviewer's comment is published)" in critic.message
    assert "accept or reject the changes" in str(critic.hint)
    assert "its text is published" in mdx.message
    assert "`<!-- … -->`" in str(mdx.hint)
    assert "not included" in snippet.message
    assert lines.message.startswith("a Pandoc line block")
    assert "`\\` at line end" in str(lines.hint)


@pytest.mark.parametrize(
    "body",
    [
        "Sets {a, b} and {braces} -- with dashes -- and {--} or {++}.\n",
        "Scores {--1} and {++2}, arrows ~> and <<, a {/* b.\n",
        "A range 3--8 and a--8<--b? Also 8<-- cut here.\n",
        "| a | b |\n|---|---|\n| c | d |\n",
        "| a | b |\n| c | d | e |\n",  # rows, not a line block (`pipetext.py` warns of equal ones)
        "Choose a | b\n| or c.\n",
        "Code `{>>x<<}` and `{/* y */}`.\n",
        "Escaped \\{>>x<<} and \\{/* y */}.\n",
        '```\n--8<-- "a.md"\n| one\n| two\n```\n',
        "Water is H2O, x ~ y, a ~~struck~~ word, 2^10 and a^b, ~5% or ^ up.\n",
        "Mail a@fig-x.org or me@sec-team.org; @fig alone, @figure-1 and @secretary.\n",
        "A note[^1] and x^2 aside.\n\n[^1]: One.\n",
        "By Pythagoras a^2+b^2=c^2 is the distance; x^2+y^2 and 2^8*2^8 too.\n",
        "Flux of 340 W/m^2/K^4 in kg·m^2·s^-2; the ranges were 3~5,7~10 days.\n",
        "A kaomoji x^_^y and an error term e~N(0,1)~.\n",
        "Home at ~/docs and ~user, code `H~2~O` and `@fig-x`.\n",
    ],
)
def test_prose_that_looks_close_gets_no_warning(body: str) -> None:
    # Dashes typed as hyphens (`3--8`, ` -- `) are warned of as such (`asciitypography.py`).
    assert [d for d in _diagnostics(body) if "hyphens" not in d.message] == []


@pytest.mark.parametrize(
    "body",
    [
        "Growth for 1~3月期と4~6月期 was 0.5% and 1.2%.\n",
        "中国の统计\uff1a1~3月和4~6月的增长率。\n",
        "東京~大阪~福岡の新幹線、東京~A~福岡も。\n",
        "対象は20~30代と40~50代、\uff11~\uff13月期も。\n",
        "기간은 1~3월~6월이다.\n",
    ],
)
def test_cjk_ranges_with_a_tilde_are_no_subscript(body: str) -> None:
    """Chinese, Japanese and Korean write a range with an ASCII `~` and no spaces around the
    words, so two ranges look like `~3月期と4~` to a subscript's pattern; `--strict` failed."""
    assert _diagnostics(body) == []


@pytest.mark.parametrize(
    ("body", "places"),
    [
        ("Lede ~strike~ here.\n", [(6, 6)]),
        ("A ~struck phrase~, (~gone~) and ~x~.\n", [(6, 3), (6, 21), (6, 33)]),
        ("- ~Item~\n\n## ~Old~ heading\n", [(6, 3), (8, 4)]),
        ("| a |\n|---|\n| ~x~ |\n", [(8, 3)]),
    ],
)
def test_one_tilde_strikethrough_is_warned_at_its_tilde(
    body: str, places: list[tuple[int, int]]
) -> None:
    """GitHub strikes `~text~` through; markdown-it strikes only `~~text~~`, so the page
    showed the tildes and the text meant deleted, silently."""
    found = _diagnostics(body)
    assert [(d.pos.line, d.pos.column) for d in found] == places
    assert found[0].message.endswith(
        "is not struck through: strikethrough takes two tildes "
        "(GitHub's one is not read); shown with its `~` marks"
    )
    assert "`~~struck~~`" in str(found[0].hint)


def test_one_tilde_strikethrough_in_a_plain_text_field_is_warned_at_its_line() -> None:
    """A title or summary shows all Markdown as written, and says so with the body's words."""
    text = FRONT.replace("title: T", 'title: "Costs ~rose~ again"') + "Text.\n"
    (found,) = parse_briefing("content/a.md", text)[1]
    assert (str(found.pos), found.message) == (
        "content/a.md:2:1",
        "`title` is plain text: `~rose~` is not struck through: strikethrough takes two "
        "tildes (GitHub's one is not read); shown with its `~` marks",
    )


@pytest.mark.parametrize(
    "body",
    [
        "Rose ~5% to ~10%, ranges ~3\u2013~5 and ~3-~5, around ~$4bn.\n",
        "Home at ~/docs and ~user, a ~~struck~~ word, \\~a~ escaped, ~ alone ~ here.\n",
        "Run ~a~b and x ~ y ~ z, or `~code~`.\n",
        "範囲は~大阪~まで。\n",
    ],
)
def test_tildes_of_prose_are_no_one_tilde_strikethrough(body: str) -> None:
    assert _diagnostics(body) == []


@pytest.mark.parametrize(
    ("body", "place", "shown"),
    [
        ("A {++added++ b.\n", (6, 3), "{++added++"),
        ("A {++added++\n} b.\n", (6, 3), "{++added++"),
        ("Press {++Ctrl++ to.\n", (6, 7), "{++Ctrl++"),
        ("Cut {--old-- here, {>>why?<< and {==key== and {~~a~>b~~ too.\n", (6, 5), "{--old--"),
    ],
)
def test_critic_markup_with_no_closing_brace_is_warned_at_its_brace(
    body: str, place: tuple[int, int], shown: str
) -> None:
    """`{++added++ b.` was a pymdownx key once; the keys leave a `{++` alone now."""
    found = _diagnostics(body)
    assert [d.message.split(" ", 1)[0] for d in found] == ["CriticMarkup"] * body.count("{")
    assert (found[0].pos.line, found[0].pos.column) == place
    assert found[0].message.startswith(f"CriticMarkup `{shown}` has no closing `}}`")


@pytest.mark.parametrize(
    ("line", "message", "hint"),
    [
        (
            ".. figure:: img/map.png",
            "reStructuredText directive `.. figure:: img/map.png` is not read: the image is not "
            "shown, and the line is shown as text",
            "write the image in Markdown: `![what it shows](img/map.png)`",
        ),
        (
            ".. danger::",
            "reStructuredText directive `.. danger::` is not read; shown as text",
            "write a callout: `> [!CAUTION]` on its own line, then the text in `> ` lines",
        ),
        (
            ".. code-block:: python",
            "reStructuredText directive `.. code-block:: python` is not read; shown as text",
            "put the code between ```` ``` ```` fences, its language after the first",
        ),
        (
            ".. toctree::",
            "reStructuredText directive `.. toctree::` is not read; shown as text",
            "write it in Markdown: briefgen reads Markdown, not reStructuredText",
        ),
        (
            "See :ref:`intro`.",
            "reStructuredText role `:ref:` is not read; shown as text",
            "write a Markdown link (`[its text](../page/)`), or the text alone",
        ),
        (
            ":date: 2026-03-01",
            "reStructuredText field `:date:` is not read; shown as text",
            "write a briefing's `date:`, `tags:` and `summary:` in its front matter, between the "
            "`---` lines; remove a directive's options with it",
        ),
        (
            ".. [Smith2020] Smith, J. (2020).",
            "reStructuredText note `.. [Smith2020]` is not read; shown as text",
            "write `[^Smith2020]:` for it, and `[^Smith2020]` where the text refers to it",
        ),
    ],
)
def test_rest_syntax_is_told_what_to_write_instead(line: str, message: str, hint: str) -> None:
    """A page moved from Pelican or Sphinx showed `.. image:: map.png` as text, its image
    gone, without a word."""
    (found,) = _diagnostics(f"Lede.\n\n{line}\n")
    assert (found.message, found.hint) == (message, hint)


def test_a_substitution_is_told_shown_struck_through() -> None:
    """`{~~cut~>raised~~}` showed `{`, then both words struck through, then `}`: the warning
    said it was shown as text, so the reader looked for the marks, not for a struck figure."""
    (found,) = _diagnostics("Budget {~~cut~>raised~~} here.\n")
    assert found.message == (
        "CriticMarkup `{~~cut~>raised~~}` is shown as text, its old and new words struck"
        " through (a reviewer's comment is published)"
    )
    found_spaced = _diagnostics("Budget {~~ cut ~> raised ~~} here.\n")  # no strikethrough
    spaced = next(d for d in found_spaced if d.message.startswith("CriticMarkup"))
    assert spaced.message.endswith("is shown as text (a reviewer's comment is published)")
