"""`**` and `__` that markdown-it could not pair: shown as written, and a warning at their place."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.model import Paragraph
from tests.conftest import uncapped
from tests.cpubound import cpu_seconds_within

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1


def _warnings(body: str) -> list[tuple[int, int, str]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [(d.pos.line, d.pos.column, d.message) for d in diagnostics]


def _lede_html(body: str) -> str:
    briefing, _ = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    return "\n".join(block.text.html for block in briefing.lede if isinstance(block, Paragraph))


@pytest.mark.parametrize(
    ("body", "column", "shown", "html"),
    [
        ("**Note:**The ministry said so.\n", 1, "**", "**Note:**The ministry said so."),
        ("A second **unclosed phrase.\n", 10, "**", "A second **unclosed phrase."),
        ("Words __kept here.\n", 7, "__", "Words __kept here."),
        ("Mail @ __kept here.\n", 8, "__", "Mail @ __kept here."),
        ("***Both** and one left.\n", 1, "*", "*<strong>Both</strong> and one left."),
        ("See [**the report](https://example.org/).\n", 6, "**", None),
        ("Bold **one** and **two, unclosed.\n", 18, "**", None),
        ("Stars: ***, ** and * at 1%, 5%, 10%; **Key finding stays open.\n", 38, "**", None),
    ],
)
def test_an_unpaired_run_is_shown_and_warned_at_its_column(
    body: str, column: int, shown: str, html: str | None
) -> None:
    message = f"`{shown}` is not closed; it is shown as text"
    assert _warnings(body) == [(FIRST_LINE, column, message)]
    if html is not None:
        assert _lede_html(body) == html


@pytest.mark.parametrize(
    "body",
    [
        "**Bold** and __strong__ and *em* and _em_ and ***both***.\n",
        "**Note:** The ministry said so.\n",
        "Five * three is 15; costs rose 12%*.\n",
        "Two**10 is 1024, snake__case and a__b__c stay as they are.\n",
        "Escaped \\*\\*stars\\*\\* and \\_\\_underscores.\n",
        "Code `**x` and `__init__.py`.\n",
        "```\n**not closed\n```\n",
        "- **Term:** description\n- *Another:* one\n",
        "| **a** | b |\n|---|---|\n| c | __d__ |\n",
        "One million is 10 ** 6 in Python notation.\n",
        "Coefficients marked *** are significant at 1%, ** at 5% and * at 10%.\n",
        "Mr. ****** (name redacted) signed. Signature: ____________ Date: ______\n",
        "Card number: **** **** **** 1234.\n",
        "A large effect (0.42***), a small one (-0.13**).\n",
        "| Variable | Coefficient |\n|---|---|\n| GDP growth | 0.42*** |\n",
        "Stars: *** p<0.01, ** p<0.05; GDP 0.42** and trade 0.13***.\n",
        "Signature: ______ Date: ______\n",
        "Two ** 8 is 256 and 10 ** 6 is a million.\n",
        "Rated ** Important ** by the desk.\n",
        "A list: ** \nthen bold**.\n",
        "Stars mark significance (** at 1 %, * at 5 %): Mexico** and Chile*.\n",
        "** at 1 %: Mexico** and Chile.\n",
        "Values marked ** are significant at 5 %, as for Mexico** and Chile.\n",
        "Values marked ** are significant, as for Mexico** and Chile.\n",
        "Sign here: __________ Date:__________\n",
        "Name: ____ Date:____\n",
        "Tweet at us [@_____lighthouse](https://example.org/____lighthouse)!\n",
        "Or see the handle @_____lighthouse today, or @__init__.\n",
        "Robust standard errors; ***, ** and * mark significance at 1%, 5% and 10%.\n",
        "Standard errors in parentheses. **, *** denote significance at 5% and 1%.\n",
        "Stars: ***; p<0.01.\n",
        "Significance: *p < 0.05, **p < 0.01, ***p < 0.001.\n",
        "Stars: **p≤0.01 and ***p=0.001.\n",
    ],
)
def test_paired_marks_prose_and_code_get_no_warning(body: str) -> None:
    assert _warnings(body) == []


def test_marks_alone_in_their_block_are_warned_at_their_place() -> None:
    """A run with nothing on either side opens and closes nothing, so it was never noted."""
    body = "**\n\n__\n\n- **\n\n- [ ] __\n\n> ~~\n\n__\n: A term lost its words.\n\n## **\n"
    bold = "has no text to make bold; it is shown as text"
    assert [(line - FIRST_LINE, column, said) for line, column, said in _warnings(body)] == [
        (0, 1, f"`**` {bold}"),
        (2, 1, f"`__` {bold}"),
        (4, 3, f"`**` {bold}"),
        (6, 7, f"`__` {bold}"),
        (8, 3, "`~~` has no text to strike through; it is shown as text"),
        (10, 1, f"`__` {bold}"),
        (13, 4, f"`**` {bold}"),
    ]


def test_spaced_marks_alone_in_their_heading_or_item_are_warned_at_their_place() -> None:
    """`## ** **` (a bold blank heading an editor left) was shown raw with no warning, where
    `## **` alone is warned; in a paragraph or an item `** **` is a rule."""
    body = (
        "Lede.\n\n## ** **\n\nA.\n\n## __ __\n\nB.\n\n## * *\n\nC.\n\n"
        "- [ ] ** **\n\n- **Term:** ** __\n- **Other:** text\n"
    )
    assert sorted((line - FIRST_LINE, column, said) for line, column, said in _warnings(body)) == [
        (2, 4, "`** **` has no text to make bold; it is shown as text"),
        (6, 4, "`__ __` has no text to make bold; it is shown as text"),
        (10, 4, "`* *` has no text to italicise; it is shown as text"),
        (14, 7, "`** **` has no text to make bold; it is shown as text"),
        (16, 13, "`** __` has no text to make bold; it is shown as text"),
    ]


def test_spaced_marks_in_a_cell_or_among_words_get_no_warning() -> None:
    body = "## 10 ** 6 and 2 ** 8\n\nA.\n\n| Country | 2025 |\n|---|---|\n| Mexico | ** ** |\n"
    assert _warnings(body) == []


def test_marks_alone_after_a_term_bullets_term_are_warned_at_their_place() -> None:
    """`- **Term:** **` published `<dd>**</dd>` silently: the description's words deleted."""
    body = "- **Term:** **\n- **Other**: ~~\n- **Kept:** \\*\\*\n- **Last:** __  \n"
    assert [(line - FIRST_LINE, column, said[:12]) for line, column, said in _warnings(body)] == [
        (0, 13, "`**` has no "),
        (1, 14, "`~~` has no "),
        (3, 13, "`__` has no "),
    ]


def test_marks_alone_on_a_line_of_a_longer_block_are_warned_at_their_place() -> None:
    """A line of a paragraph or item holding only the marks was published raw, silently."""
    body = "Remittances rose.\n**\nThe rest.\n\n- An item\n  __\n\nPrice rose\n~~  \n"
    assert [(line - FIRST_LINE, column, said[:12]) for line, column, said in _warnings(body)] == [
        (1, 1, "`**` has no "),
        (5, 3, "`__` has no "),
        (8, 1, "`~~` has no "),
    ]


def test_marks_alone_that_are_rules_cells_or_one_mark_get_no_warning() -> None:
    """Thematic breaks, a table's significance stars and blanks, a single mark: no mistake."""
    body = (
        "***\n\n___\n\n* * *\n\n- ***\n\n- [ ] *\n\n_\n\nPrice rose\n*\n\n"
        "| Country | 2025 |\n|---|---|\n| Mexico | ** |\n| Peru | __ |\n| Chile | ~~ |\n"
    )
    assert _warnings(body) == []


def test_each_place_of_a_briefing_is_read_once_at_its_line() -> None:
    body = (
        "Lede **open.\n\n## A **heading\n\n- an __item\n\n| a | b |\n|---|---|\n| **x | y |\n\n"
        "> **Quote:**x\n\nText.[^1]\n\n[^1]: A **note.\n"
    )
    assert [(line - FIRST_LINE, column) for line, column, _ in _warnings(body)] == [
        (0, 6),
        (2, 6),
        (4, 6),
        (8, 3),
        (10, 3),
        (14, 9),
    ]


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("**a " * 14_000, 7_000),  # each two runs on a line are one bold meant
        ("**a* " * 14_000, 14_000),  # each run's `*` left over from `*a*`
        ("*" * 30_000 + "x", 1),
        ("[**a " * 14_000, 7_000),
        ("** a** " * 14_000, 14_000),  # each a spaced `** a**`
        ("** a " * 14_000 + "b**", 1),
        ("Key" + ": ** a 1** " * 14_000 + "**b", 1),  # not opening with `: `, a definition
        ("中**“a”**" * 14_000 + "中", 14_000),  # CommonMark pairs `**中**`: each is warned
        # 10,000 pairs of `~` strike `a` through, an odd one left: each run was read per pair.
        ("x " + "~" * 20_001 + "a" + "~" * 20_001, 1),
    ],
    ids=[
        *("openers", "half-paired", "one-run", "in-links", "spaced", "spaced-far", "legends"),
        *("cjk", "odd-tildes"),
    ],
)
def test_hostile_lines_are_read_in_linear_time(line: str, count: int) -> None:
    warnings, seconds, bound = cpu_seconds_within(lambda: _warnings(line + "\n"), 4)
    assert len(uncapped(message for *_, message in warnings)) == count
    # At most 2.3 s idle (5.8 s with two test workers on a loaded machine); a scan that walked
    # back over the line's 14,000 or more marks for each mark would take at least
    # 5e-8 * 14_000**2 = 10 s idle.
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


def test_an_unclosed_mark_in_an_alt_text_is_warned_at_its_column() -> None:
    """markdown-it parses an alt text as a run of its own, which was never looked up: the
    page shipped `alt="Chart **a"` for screen readers to read out, unwarned."""
    body = (
        "![Chart **a](c.png)\n\nSee ![Chart **a](c.png) and ![Map ~~b](m.png) here.\n\n"
        "- ![Flows **2025](f.png)\n  Figure: Flows\n\n![Fine **bold** alt](c.png)\n"
    )
    assert [(line - FIRST_LINE, column) for line, column, _ in _warnings(body)] == [
        (0, 9),
        (2, 13),
        (2, 35),
        (4, 11),
    ]


def test_each_spaced_lead_in_of_a_paragraph_is_a_warning() -> None:
    """Only a paragraph's first `** Lead:**` was warned; check --strict found the others one
    rebuild at a time."""
    body = "** Lead one:** text.\n** Lead two:** text.\n\n** Cost:** high, ** Time:** long.\n"
    found = [(line - FIRST_LINE, column) for line, column, _ in _warnings(body)]
    assert found == [(0, 1), (1, 1), (3, 1), (3, 18)]


def test_each_mistake_of_a_paragraph_is_a_warning_at_its_place() -> None:
    """Word and Google Docs exports repeat `**Lead-in: **` in every line of a paragraph: each
    is one warning at its opening marks, not just the paragraph's first."""
    body = (
        "Budgets fell. **Key finding: **Budgets fell.\n"
        "The ministry disputes this. **Response:**The ministry.\n"
        "\n"
        "**Cost: **high, and **Time: **long, and ~~a and ~~b.\n"
        "\n"
        "** Key finding:** budgets fell **Note:**The text.\n"
    )
    assert [(line - FIRST_LINE, column) for line, column, _ in _warnings(body)] == [
        (0, 15),
        (1, 29),
        (3, 1),
        (3, 21),
        (3, 41),
        (5, 1),
        (5, 32),
    ]


def test_a_closing_mark_after_a_space_is_no_close() -> None:
    """Editors that export Markdown put the space inside the bold: `**Key finding: **Text`."""
    body = "**Key finding: **Budgets doubled.\n\n- **Moldova: **Turnout 52%.\n"
    assert [(line - FIRST_LINE, column) for line, column, _ in _warnings(body)] == [(0, 1), (2, 3)]


def test_an_unclosed_run_in_a_cell_is_placed_in_its_cell() -> None:
    """The same marks in an earlier cell of the row are not taken for it."""
    body = "| Indicator | Value |\n|---|---|\n| **GDP** growth | 2.1 **provisional |\n"
    assert [column for _, column, _ in _warnings(body)] == [24]


@pytest.mark.parametrize(
    ("body", "column", "marks", "html"),
    [
        ("** Leading space bold** in a sentence.\n", 1, "**", "** Leading space bold** in"),
        ("__ Leading underscore__ too.\n", 1, "__", "__ Leading underscore__ too."),
        ("- ** Key finding:** budgets fell.\n", 3, "**", None),
        ("Read this: ** Key finding:**budgets fell.\n", 12, "**", None),
        ("| a | b |\n|---|---|\n| x | ** Note** y |\n", 7, "**", None),
        # Google Docs writes a no-break space there: the page shows the marks just the same.
        ("**\u00a0Key finding:** budgets fell.\n", 1, "**", "**\u00a0Key finding:** budgets"),
    ],
)
def test_a_mark_followed_by_a_space_is_warned_at_its_column(
    body: str, column: int, marks: str, html: str | None
) -> None:
    """Word and Google Docs exports put the space inside the bold: `** Key finding:** Text`."""
    message = (
        f"`{marks}` followed by a space does not open bold; it and the `{marks}` after it "
        "are shown as text"
    )
    line = FIRST_LINE + body.count("\n") - 1
    assert _warnings(body) == [(line, column, message)]
    if html is not None:
        assert _lede_html(body).startswith(html)


def test_a_mark_followed_by_a_space_hints_at_the_space() -> None:
    _, diagnostics = parse_briefing("content/a.md", FRONT + "** Key finding:** budgets fell.\n")
    hint = "remove the space after `**` (`**Key finding:** text`)"
    assert [d.hint for d in diagnostics] == [hint]


@pytest.mark.parametrize(
    ("line", "column", "shown"),
    [
        ("See *(Annex)***(Table 2) for figures.", 13, "**"),
        ("As *Le Monde* put it (*«Une crise»***«Key finding:» budgets fell).", 35, "**"),
        # Lines of random emphasis that the first version of the `** Key` check left silent.
        ("—**(u)_\uff1a***]) ****", 9, "*"),
        ("P *—(******:", 6, "*****"),
        (')**0.13x***0.13 ]"_***(u)', 20, "**"),
        ('P *"-("-***[', 9, "**"),
        (')"1__:**_*****(-', 10, "***"),
        ('P _**1.***:\uff1añ"):—__', 8, "*"),
        ('P *]***"")x)[:"', 5, "**"),
        ("P ***)(u)*** *]***_  ***", 16, "**"),
        ("P 0.13-**ñ(u)0.13(***\uff1a**_ \uff1a", 23, "*"),
        ("P _1 *(u)***__", 10, "**"),
        ("P 1x-***(漢**]**]_x:_", 14, "*"),
        ('P *(u)x)-:(word"(***—', 18, "**"),
        ("P **(***:", 6, "*"),
        (".) Key(u)**(***.", 13, "*"),
        ('P **.***_0.13__]" -**__', 20, "*"),
        ('P 1漢Key__"**word(u)_***-*0.13', 21, "*"),
        ("P [**_***)\uff1a", 7, "*"),
        ('P ***x__******-[Key"**', 9, "*"),
        ("\uff1a***ñ**—**_", 9, "*"),
        ("x-*ñ漢[1.***)—x", 9, "**"),
        ("word**] **)*****_", 12, "***"),
    ],
)
def test_a_run_whose_first_mark_closed_an_earlier_one_is_still_warned(
    line: str, column: int, shown: str
) -> None:
    """markdown-it keeps the mark that closed the `*` from opening; the marks after it still
    could, and are shown."""
    message = f"`{shown}` is not closed; it is shown as text"
    assert _warnings(line + "\n") == [(FIRST_LINE, column, message)]


@pytest.mark.parametrize(
    ("body", "column"),
    [
        ("Some **Note:**The text ![a chart](i.gif) end.\n", 6),
        ("Some ![a chart](i.gif) and **Note:**The text.\n", 28),
        ("Some **Note:**The ![a **chart**](i.gif) and ![b](j.gif) end.\n", 6),
        ("[![a chart](i.gif)](https://e.org) Some **Note:**The text.\n", 41),
    ],
)
def test_an_unpaired_run_beside_an_inline_image_is_still_warned(body: str, column: int) -> None:
    """The alt text's own parse once dropped where the paragraph's runs start."""
    message = "`**` is not closed; it is shown as text"
    assert _warnings(body) == [(FIRST_LINE, column, message)]


def test_an_image_with_bold_in_its_alt_text_beside_bold_gets_no_warning() -> None:
    assert _warnings("Some **bold** ![a **chart**](i.gif) and __more__ text.\n") == []


@pytest.mark.parametrize(
    ("body", "column", "message"),
    [
        ("Unclosed strike: ~~the earlier figure was wrong.\n", 18, "`~~` is not closed"),
        (
            "Spaced strike: ~~ $4.2 billion ~~ $3.9 billion.\n",
            16,
            "`~~` followed by a space does not open strikethrough",
        ),
        (
            "Three a side: ~~~the earlier figure~~~ was wrong.\n",
            15,
            "`~~~the earlier figure~~~`: strikethrough takes two `~` a side; the odd `~` is shown",
        ),
        ("Closed by three: ~~old~~~ figure.\n", 18, "`~~old~~~`: strikethrough takes two"),
        # An escaped tilde before the run is shown, and is no part of it.
        ("A tilde \\~~~old~~~ figure.\n", 11, "`~~old~~~`: strikethrough takes two"),
        ("A tilde \\~~~~old~~~ figure.\n", 11, "`~~~old~~~`: strikethrough takes two"),
    ],
)
def test_an_unpaired_strikethrough_is_warned_at_its_column(
    body: str, column: int, message: str
) -> None:
    [(line, at, said)] = _warnings(body)
    assert (line, at) == (FIRST_LINE, column)
    assert said.startswith(message)


def test_strikethrough_and_tildes_of_prose_get_no_warning() -> None:
    body = (
        "A ~~struck~~ word, ~~two~~ ~~three~~, x ~ y, a~~b, ~~~~ and ~~ alone.\n\n"
        "Struck twice, no tilde shown: ~~~~four~~~~; spaced ~~~ three ~~~ marks.\n\n"
        "Escaped as `briefgen import` writes a tilde: \\~~~one~~\\~ shows two.\n\n"
        "**Bold ~~and struck~~** and ~~one **two** three~~.\n\n"
        "The route ~~> the border.\n\nBack <~~ the coast.\n"
    )
    assert _warnings(body) == []


@pytest.mark.parametrize(
    "body",
    ["~~ a\n" * 20_000, "~~ " * 33_000, "~~ a " * 10_000 + "\n" + "~~ b\n" * 10_000],
    ids=["lines", "one-line", "both"],
)
def test_spaced_strikes_are_read_in_linear_time(body: str) -> None:
    """Each spaced `~~` looked at every unpaired `~~` after it, and a line of them took
    27 s to read at 200 KB, so about 7 s at the 100 KB here."""
    _, seconds, bound = cpu_seconds_within(lambda: _warnings(body), 4)
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


@pytest.mark.parametrize(
    ("body", "column", "shown", "example"),
    [
        ("推动**“价格承诺”**谈判\uff0c这是关键。\n", 3, "**“价格承诺”**", "“**价格承诺**”"),
        ("日本政府は**「異次元」**の政策を掲げた。\n", 6, "**「異次元」**", "「**異次元**」"),
        (
            "欧盟**\uff08初步\uff09**裁定已经公布。\n",
            3,
            "**\uff08初步\uff09**",
            "\uff08**初步**\uff09",
        ),
        ("中方表示*“坚决反对”*该决定。\n", 5, "*“坚决反对”*", "“*坚决反对*”"),
        ("**重要。**次の文です。\n", 1, "**重要。**", "**重要**。"),
        ("中文**“甲*乙*”**丙。\n", 3, "**“甲*乙*”**", "“**甲*乙***”"),
        ("见[**“甲”**的](https://example.org/)说。\n", 3, "**“甲”**", "“**甲**”"),
    ],
)
def test_marks_that_cjk_text_keeps_from_pairing_are_warned_with_a_remedy(
    body: str, column: int, shown: str, example: str
) -> None:
    """CommonMark's flanking rule reads no emphasis between punctuation and a CJK letter:
    a `**` pair was warned as not closed with the hint to add a space, which CJK text does
    not use, and a `*` pair was shown raw with no warning at all. The hint's remedy, the
    punctuation moved outside the marks, is emphasis with no warning."""
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    [found] = diagnostics
    assert (found.pos.line, found.pos.column) == (FIRST_LINE, column)
    assert found.message == (
        f"`{shown}` is shown with its `{shown[: shown.index(shown.strip('*')[0])]}` marks: "
        "CommonMark reads no emphasis between punctuation and a Chinese, Japanese or Korean "
        "character"
    )
    assert f"(`{example}`)" in str(found.hint)
    fixed = body.replace(shown, example)
    assert _warnings(fixed) == []
    assert "<strong>" in _lede_html(fixed) or "<em>" in _lede_html(fixed)


def test_cjk_pairs_around_marks_commonmark_paired_are_each_warned() -> None:
    """CommonMark pairs the two middle marks (`和` in emphasis) and shows the outer two."""
    assert [
        (column, said.split("`")[1]) for _, column, said in _warnings("中文*“甲”*和*“乙”*。\n")
    ] == [
        (3, "*“甲”*"),
        (9, "*“乙”*"),
    ]


@pytest.mark.parametrize("count", [3, 4])
def test_cjk_pairs_that_commonmark_pairs_with_others_are_each_warned(count: int) -> None:
    """With three such pairs in a paragraph, CommonMark pairs the middle one's marks with
    the outer ones' (`**谈判\uff0c并就**` was bold): only the first and last were warned."""
    words = ["价格承诺", "市场准入", "关税", "投资"][:count]
    body = "推动" + "\uff0c并就".join(f"**“{word}”**谈判" for word in words) + "。\n"
    found = _warnings(body)
    assert [said.split("`")[1] for _, _, said in found] == [f"**“{w}”**" for w in words]
    shown = "is shown with its `**` marks: CommonMark reads no emphasis between punctuation"
    middle = "is no emphasis: its `**` marks pair with the marks around it, as CommonMark"
    assert [shown in said for _, _, said in found] == [True] + [False] * (count - 2) + [True]
    assert [middle in said for _, _, said in found] == [False] + [True] * (count - 2) + [False]
    fixed = body
    for word in words:
        fixed = fixed.replace(f"**“{word}”**", f"“**{word}**”")
    assert _warnings(fixed) == []
    assert _lede_html(fixed).count("<strong>") == count


@pytest.mark.parametrize(
    "body",
    [
        "推动“**价格承诺**”谈判\uff0c*“坚决反对”* 是 **「異次元」** 的。\n",
        "价格*\uff08注\uff09见下\uff0c星号 * 和 5 * 3。\n",
        "The **“Quoted”** word and *“this”*.\n",
    ],
)
def test_cjk_text_whose_marks_pair_or_stand_alone_gets_no_warning(body: str) -> None:
    assert _warnings(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Levels:\n\n- **p < 0.05:** *\n- **p < 0.01:** **\n- **p < 0.001:** ***\n",
        "- **Significant at 1%:** **\n- **Other:** text\n",
        "- **Significant:** *\n- **Very:** **\n- **Not available:** ~~\n",
        "- **p ≤ 0.0001:** ****\n",
    ],
)
def test_a_legends_stars_as_term_texts_get_no_warning(body: str) -> None:
    """A term that reads as a threshold, or term texts of different marks, make a legend."""
    assert _warnings(body) == []


def test_emptied_term_texts_and_headings_of_doubled_marks_are_warned_at_their_place() -> None:
    """`- **Term:** ****` (a `**value**` with its words deleted) and its near-variants were
    shown raw with no warning."""
    body = (
        "- **Term:** ****\n- **Other:** ~~~~\n\nA.\n\n- **Same:** **\n  more text\n"
        "- **Again:** **\n\n## ****\n\nText.\n"
    )
    assert [(line - FIRST_LINE, column, said[:14]) for line, column, said in _warnings(body)] == [
        (0, 13, "`****` has no "),
        (1, 14, "`~~~~` has no "),
        (5, 13, "`**` has no te"),
        (7, 14, "`**` has no te"),
        (9, 4, "`****` has no "),
    ]
    hint = parse_briefing("content/a.md", FRONT + "## ****\n\nText.\n")[1][0].hint
    assert str(hint).endswith("between two of them (`**Key finding:**`)")
