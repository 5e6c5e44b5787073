"""Other tools' syntax and tables markdown-it did not read: warned about, and still visible."""

from __future__ import annotations

import re

import pytest

from briefgen.content.leftovers import MARKED
from briefgen.content.nobreak import NO_BREAK_MARKERS
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import Diagnostic
from briefgen.model import Paragraph
from tests.conftest import cpu_seconds, uncapped
from tests.cpubound import cpu_seconds_within

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"


def _warnings(body: str) -> list[str]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [f"{d.pos.line}: {d.message}" for d in diagnostics]


def _diagnostics(body: str) -> list[Diagnostic]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return diagnostics


def _lede_html(body: str) -> str:
    briefing, _ = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    return "\n".join(block.text.html for block in briefing.lede if isinstance(block, Paragraph))


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("Rose 12%. <!-- TODO: check\n", "Rose 12%. &lt;!-- TODO: check"),
        ("Intro text {#intro}\n", "Intro text {#intro}"),
        ("::: note\nWatch.\n:::\n", "::: note\nWatch.\n:::"),
        ("Rose^[a note].\n", "Rose^[a note]."),
        ("See [the report][bank].\n", "See [the report][bank]."),
        ("| a | b | c |\n|---|---|\n", "| a | b | c |\n|---|---|"),
        ("$$\ny = mx + b\n$$\n", "$$\ny = mx + b\n$$"),
        ("A ==marked== word.\n", "A ==marked== word."),
        ("See [[Remittance flows]].\n", "See [[Remittance flows]]."),
        ("[TOC]\n", "[TOC]"),
        ("[[_TOC_]]\n", "[[<em>TOC</em>]]"),
        (
            "*[IOM]: International Organization for Migration\n",
            "*[IOM]: International Organization for Migration",
        ),
        (
            "As shown [see @smith2020, p. 4; @doe2021].\n",
            "As shown [see @smith2020, p. 4; @doe2021].",
        ),
        ("As [@knuth, p. 4] shows.\n", "As [@knuth, p. 4] shows."),
        ("As shown [see @smith2020].\n", "As shown [see @smith2020]."),
        ("The formula $$E = mc^2$$ holds.\n", "The formula $$E = mc^2$$ holds."),
        # Spaced inside on a line of its own, as LaTeX writers space it: it had no warning.
        ("$$ E = mc^2 $$\n", "$$ E = mc^2 $$"),
        ("A chart: ![[chart.png]]\n", "A chart: ![[chart.png]]"),
        ("See [[Annex B]]: the list.\n", "See [[Annex B]]: the list."),
        ("[[Annex B]]: the list.\n", "[[Annex B]]: the list."),
        ("A chart ![[chart.png]]: below.\n", "A chart ![[chart.png]]: below."),
        ("As [@smith2020, p. 4]: argued.\n", "As [@smith2020, p. 4]: argued."),
        ("One line.\nTerm\n: not a definition\n", "One line.\nTerm\n: not a definition"),
        (
            '!!! note "What changed"\n    The goal now counts.\n',
            "!!! note &quot;What changed&quot;\nThe goal now counts.",
        ),
        ("??? tip\n    Background.\n", "??? tip\nBackground."),
        ('???+ warning "Open"\n    Text.\n', "???+ warning &quot;Open&quot;\nText."),
        ('=== "Tab A"\n    Content A.\n', "=== &quot;Tab A&quot;\nContent A."),
        ("Pledged. %%TODO: confirm%%\n", "Pledged. %%TODO: confirm%%"),
        ("%%\nprivate note\n%%\n", "%%\nprivate note\n%%"),
        # Spaced inside, as Obsidian users write one on a line of its own: it was published
        # with no warning.
        ("%% TODO: check the figure %%\n", "%% TODO: check the figure %%"),
        (
            "+-----+-----+\n| a   | b   |\n+=====+=====+\n| c   | d   |\n+-----+-----+\n",
            "+-----+-----+\n| a   | b   |\n+=====+=====+\n| c   | d   |\n+-----+-----+",
        ),
        ("\\newpage\n", "\\newpage"),
        ("\\pagebreak\n", "\\pagebreak"),
        ("\\clearpage\n", "\\clearpage"),
        (
            "See the [annex](https://example.org/a){target=_blank}.\n",
            'See the <a href="https://example.org/a">annex</a>{target=_blank}.',
        ),
        (
            'A chart {width="80%" fig-align="center"}\n',
            "A chart {width=&quot;80%&quot; fig-align=&quot;center&quot;}",
        ),
    ],
)
def test_leftover_syntax_stays_visible_with_one_warning(body: str, shown: str) -> None:
    assert _lede_html(body) == shown
    assert len(_warnings(body)) == (2 if body.startswith(":::") else 1)


@pytest.mark.parametrize(
    "body",
    [
        "A value of a | b in a sentence.\n",
        "Choose a | b\nor c | d.\n",
        "Sets {a, b} and {braces} mid-sentence, and {x}.\n",
        "Sets {_a, b} and {_} mid-sentence, and {#_ x} or a_{#}.\n",
        "A ratio of 3:::4 and a smiley :::) mid-line.\n",
        "Code `{#x}` and `::: note` and `<!--` and `^[x]` and `[a][b]`.\n",
        "```\n::: note\nIntro {#intro} <!-- ^[x] [a][b]\n| a | b | c |\n|---|---|\n```\n",
        "    indented {#x} <!-- ^[x]\n",
        "Escaped \\{#x} and \\<!-- and \\^[x] and \\[a][b].\n",
        "[a][b] is a link.\n\n[b]: https://example.org/\n",
        "A note[^1][^2].\n\n[^1]: One.\n[^2]: Two.\n",
        "Closed <!-- a note --> comment.\n",
        "| a | b |\n|---|---|\n| c | d |\n",
        "## Heading {#ok .takeaways}\n\nText.\n",
        "## Heading \\{#kept}\n\nText.\n",
        "A gap of {.5} mm, or of {.5}\n",
        "Prices of $5 and $10, or $$ in a sentence.\n",
        "If a == b and c==d, then e == f.\n",
        "In older spreadsheets the test was written score==10 or rank==1.\n",
        "A link [[1]](https://example.org/) and an image ![[x]](a.png).\n",
        "Write to [press@example.org] or follow [@StateDept](https://example.org/).\n",
        "[@smith2020, p. 4]: https://example.org/\n\nAs [@smith2020, p. 4] argued.\n",
        "Ask [@StateDept]: they answer.\n",
        "[Updated @10:30 GMT] The bell rang; [Correction @11:40: the margin was 20.]\n",
        "Meetings: budget committee [Thu @10am] and the plenary [Fri @2pm].\n",
        "Photo credit: [Instagram: @milanocortina2026] and [Twitter: @SRE_mx].\n",
        "[TOC] in a sentence, and [toc].\n\n[toc]: https://example.org/toc\n",
        "* [A link](https://example.org/) in a list.\n",
        "Code `$$x$$`, `==a==`, `[[w]]` and `[@k]`.\n",
        "Escaped \\$$ and \\[[w]] and \\[@k].\n",
        "Rose 50%% and 60%% in a typo.\n",
        "Rose 50%%.\nFell 30%%.\n",
        "Prices rose 100%, then 5% more; a %% b %% c.\n",
        "Prices rose 50 %%\nand wages 20 %%\n",
        "Wow!!! That was it.\nReally??? Yes.\n",
        "!!! Breaking: it passed.\n",
        "If a === b, then c.\n",
        # The README's other examples of prose: an arrow, price tiers, a bracketed aside.
        "Flows A <==> B <==> C run both ways; hotels go from $$ to $$$.\n",
        "| Tier | Cost |\n|---|---|\n| Budget | $$ |\n",
        "*[Editor's note]: this piece was updated on 5 March.*\n",
        "Costs +-5% and +/-2, or 1+-2.\n",
        "Write \\newpage in a sentence, or \\pagebreak mid-line.\n",
        "```\n\\newpage\n!!! note\n%%x%%\n+---+---+\n{width=50%}\n```\n",
        "Sets {x=1} and {a = b} mid-sentence, and {x=1, y=2}\n",
        "Code `{width=50%}` and `%%a%%` and `!!! note`.\n",
        "Escaped \\%%a%% and \\{width=50%}\n",
        "The probability of aid was P{X=1}\n= 0.3; the optimum is at {k=2}\nfor every region.\n",
        "| Model | Clusters |\n|---|---|\n| K-means | {k=3} |\n",
        "[^ Back to top](#top) and [^ Top][top].\n\n[top]: #top\n",
        "The score was 3:\n1 at half time, and the ratio 2 :\n1 at the end.\n",
        "Remittances\n: Money sent home.\n\n    More of the definition.\n",
        # Citation marks as Wikipedia prints them, pasted: no link was meant.
        "Turnout fell.[1][2] Sources [3][4-6] and [7,8][9][10].\n",
        '"[t]he ministry [will] publish [...][sic] the list" [sic][emphasis added].\n',
        "El INEGI los citó […][3] y [...][4].\n",
        # A backslash that breaks a line, shows one, ends a path, or is code.
        "Line one\\\nline two.\n\nEscaped \\\\\n\nSave it to C:\\Reports\\\n\nCode `a\\`\n",
    ],
)
def test_ordinary_prose_and_code_get_no_warning(body: str) -> None:
    assert _warnings(body) == []


def test_rows_of_pipes_with_no_delimiter_row_warn_at_the_first_row() -> None:
    body = "Rates by country:\n\n| Country | Rate |\n| Chile | 5% |\n| Peru | 4% |\n"
    expected = "8: a table needs a `|---|` row under its header: shown as text"
    assert _warnings(body) == [expected]


def test_compact_rows_with_no_delimiter_row_warn_once_at_the_first_row() -> None:
    """`Country | Arrivals` / `Mexico | 12` / `Ecuador | 8`, a table written without its outer
    pipes or its `|---|` row, ran into one line with no warning but the short lines' own,
    whose hint (end each line with `\\`) pointed away from the table."""
    body = "Arrivals:\n\nCountry | Arrivals\nMexico | 12\nEcuador | 8\n"
    assert _warnings(body) == ["8: a table needs a `|---|` row under its header: shown as text"]


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("Country | Arrivals\nMexico | 12\n", 6),
        ("Arrivals by country:\nCountry | Arrivals\nMexico | 12\n", 7),
        ("Name | Role\nJane Doe | Director\n", 6),
        ("2025 | 2026\n12 | 15\n", 6),
        ("Country | Arrivals | Change\nDemocratic Republic of the Congo | 1,204 | +3%\n", 6),
    ],
)
def test_two_compact_rows_under_a_header_warn_at_the_header(body: str, line: int) -> None:
    """leftovers45: `Country | Arrivals` / `Mexico | 12` ran into one line with no warning;
    three such lines were warned."""
    assert _warnings(body) == [
        f"{line}: a table needs a `|---|` row under its header: shown as text"
    ]


@pytest.mark.parametrize(
    "body",
    [
        # A sentence's cells: a full stop, a comma, a joining word, a line going on in lower
        # case, a half as long as a sentence's.
        "The vote split the party | some left\nand others stayed | a few abstained\n"
        "while the rest | waited for the result.\n",
        "Voters chose A | B in May,\nC | D in June,\nE | F in July\n",
        "Sales rose | fell\nProfits rose | fell and\nCosts held | rose\n",
        "The ministry published its figures on Monday | Parliament\n"
        "Debated them for six hours before | Ministers agreed a final\n"
        "Text that the committee approved | Tuesday\n",
        "Either Yes | No\nor Maybe | Later\n",
        "Pick A | B\nthen C | D\nthen E | F\n",
        # Two lines under no header of names.
        "a | b\nc | d\n",
        "We chose | wisely\nThey chose | too\n",
    ],
)
def test_prose_with_a_pipe_a_line_is_no_compact_table(body: str) -> None:
    """leftovers45: prose holding one `|` on each of three lines was warned as a table."""
    assert not [w for w in _warnings(body) if "`|---|`" in w]


def test_three_lines_of_maths_with_pipes_are_no_compact_table() -> None:
    """`$|x|$` on each of three lines split each into as many cells, as a compact table's
    rows: a false warning; a price's `$5 | $8` is still a row's two cells."""
    maths = (
        "The absolute value $|x|$ is one,\nand $|y|$ is the other, and\n$|z|$ the third.\n\n"
        "Bayes: $P(A|B)$ is the posterior,\n$P(B|A)$ the likelihood, and\n$P(A|C)$ another.\n"
    )
    assert _warnings(maths) == []
    prices = "Prices:\n\nSmall | $5\nLarge | $8 | $10\nHuge | $12 | $20\nBig | $9 | $11\n"
    assert _warnings(prices) == ["9: a table needs a `|---|` row under its header: shown as text"]


def test_a_grid_table_is_one_warning_not_also_a_missing_delimiter_row() -> None:
    body = (
        "+-------+-------+\n| Country | Rate |\n| (2025) | (%) |\n"
        "+=======+=======+\n| Chile | 5 |\n+-------+-------+\n"
    )
    assert _warnings(body) == ["6: grid table `+-------+-------+` is not supported; shown as text"]


@pytest.mark.parametrize(
    "body",
    [
        "Choose A | B here.\nThen C | D there.\n",
        "| one line of pipes |\n",
        "| a | b |\n| c |\n",
        "| a | b |\nthen prose | with a pipe.\n",
    ],
)
def test_prose_with_pipes_is_no_table_without_a_delimiter(body: str) -> None:
    assert not [w for w in _warnings(body) if "`|---|`" in w]


def test_table_text_warning_is_at_the_header_line_under_a_list_item() -> None:
    body = "Lede.\n\n- one\n- two\n| a | b |\n|---|---|\n| c | d |\n"
    assert _warnings(body) == ["10: a table needs a blank line before it: shown as text"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "## Wide {.wide} heading\n\nx\n",
            "6: attribute block `{.wide}` is not read; shown as text",
        ),
        ("Mid {#an-id .x} text.\n", "6: attribute block `{#an-id .x}` is not read; shown as text"),
        ("Mid {: .lead} text.\n", "6: attribute block `{: .lead}` is not read; shown as text"),
        (
            "Lede []{#_Toc12345 .anchor}here.\n",
            "6: attribute block `{#_Toc12345 .anchor}` is not read; shown as text",
        ),
        (
            "## []{#_Toc99 .anchor}Introduction\n\nx\n",
            "6: attribute block `{#_Toc99 .anchor}` is not read; shown as text",
        ),
        ("See {#_Ref12} above.\n", "6: attribute block `{#_Ref12}` is not read; shown as text"),
    ],
)
def test_block_of_ids_and_classes_warns_anywhere_in_a_line(body: str, expected: str) -> None:
    assert _warnings(body) == [expected]


@pytest.mark.parametrize(
    ("body", "heading", "columns"),
    [
        ("## Intro {-} {#x}\n\nx\n", "Intro {-}", [10]),
        ("## Intro {-}{.wide} {#x}\n\nx\n", "Intro {-}{.wide}", [13, 10]),
        ("## Intro {-} {a, b}\n\nx\n", "Intro {-} {a, b}", [10]),
    ],
)
def test_pandocs_unnumbered_before_the_block_a_heading_reads_is_warned(
    body: str, heading: str, columns: list[int]
) -> None:
    """`{-}` there stays in the heading, as `{.unnumbered}` does before `{#x}`."""
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    assert briefing.sections[0].heading.text == heading
    assert [d.pos.column for d in diagnostics] == columns
    assert diagnostics[-1].message == "attribute block `{-}` is not read; shown as text"
    assert diagnostics[-1].hint == (
        "Pandoc's `{-}`, short for `{.unnumbered}`, leaves a heading out of its numbered "
        "sections; briefgen numbers no heading, so delete it (a heading reads its last block only)"
    )


@pytest.mark.parametrize(
    "body",
    [
        "## Intro \\{-} {#x}\n\nx\n",
        "## A {-} B {#x}\n\nx\n",
        "## Change {+/-} {#c}\n\nx\n",
        "## Code `{-}` {#c}\n\nx\n",
        "A score of {-} means none, and a sign of {+} or {-} a change.\n",
    ],
)
def test_a_dash_in_braces_elsewhere_is_text(body: str) -> None:
    assert _warnings(body) == []


def test_a_heading_of_many_unnumbered_marks_is_read_in_linear_time() -> None:
    found, seconds, bound = cpu_seconds_within(
        lambda: _warnings("## " + "{-} " * 30_000 + "{#x}\n"), 2
    )
    assert len(uncapped(found)) == 30_000
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


def test_empty_comments_are_raw_html_not_unclosed_ones() -> None:
    """markdown-it reads `<!-->` and `<!--->` as whole: one warning each, the raw HTML one."""
    body = "Empty <!--> and <!---> here.\n"
    assert _warnings(body) == ["6: raw HTML is shown as text"] * 2


def test_heading_keeps_its_last_block_and_warns_about_the_first() -> None:
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + "## Two {#one} {#two}\n\nx\n")
    assert briefing is not None
    assert (briefing.sections[0].anchor, briefing.sections[0].heading.text) == ("two", "Two {#one}")
    assert [d.message for d in diagnostics] == [
        "attribute block `{#one}` is not read; shown as text"
    ]


def test_fields_after_an_early_closing_line_are_a_warning_not_a_silent_heading() -> None:
    # The front matter closed too early: `summary:` and `tags:` became a setext heading, and
    # the only message was a missing summary at line 1.
    body = "summary: A short summary.\ntags: [migration, aid]\n---\n\nText.\n"
    early = "---\ntitle: T\ndate: 2026-03-14\n---\n" + body
    _, diagnostics = parse_briefing("content/a.md", early)

    assert [f"{d.pos.line}: {d.message}" for d in diagnostics if "heading" in d.message] == [
        "5: `summary:` after the front matter's closing `---` is shown as a heading"
    ]


def test_an_ordinary_setext_heading_or_a_colon_in_one_is_no_warning() -> None:
    body = "A heading\n---------\n\nText.\n\nSummary: the plan\n---\n\nnote: read this\n---\n"
    assert _warnings(body) == []


@pytest.mark.parametrize(
    "line",
    [
        "[" + " @a" * 30_000,  # a citation key after key, never closed
        "==a" + " b" * 60_000,  # a mark never closed
        "[[" + "a" * 120_000,  # a wiki link never closed
        "$$ " * 30_000,
        "!!! a" + " b" * 60_000 + ' "',  # an admonition's words, never ending
        " %%a" * 30_000,  # comment marks that end words, never opening one
        "%% a" * 30_000,  # comment marks with spaces inside, never tight
        "+" + "-+" * 30_000 + "-",  # a grid table's rule, never closed
        "+" + "-" * 120_000,
        "{a=1 #b .c" * 15_000,  # attribute blocks, never closed
        "[a](b){" + "a=1 " * 30_000,
        "{~~a~>" * 15_000,  # CriticMarkup substitutions, never closed
        "{/*" * 30_000,  # MDX comments, never closed
        "--8<--" + " " * 30_000 + "x",  # a snippet line, its spaces not at its end
        "{% a{{< a{{ a" * 7_500,  # template tags, never closed
        "a~b^c" * 18_000,  # sub- and superscript marks, never closed
        "a <!-- x --" * 15_000 + ">",  # HTML comments, one ended at the last
        "\\<!-- " * 18_000 + "-->",  # escaped comments before one's end
        "\\[ a\n" * 15_000,  # display maths opened on line after line, never closed
        "\\( a " * 30_000,  # inline maths opened, never closed
        "Text \\(a_1\\) " + "](" * 18_000,  # maths, then link addresses opened in each other
        "[a] (" * 30_000,  # links spaced from their parentheses, never closed
        "a](" * 30_000,  # link ends with no `[`, never closed
        "]](a" * 6_000,  # link ends after a second `]`, each warned
        "![a [b](c)](d) " * 3_000,  # links in alt text, each warned
    ],
    ids=[
        "citation",
        "mark",
        "wiki",
        "maths",
        "admonition",
        "comment",
        "spaced",
        "grid",
        "rule",
        "attributes",
        "link-attributes",
        "critic",
        "mdx",
        "snippet-spaces",
        "tags",
        "scripts",
        "html-comments",
        "escaped-comments",
        "tex-display",
        "tex-inline",
        "tex-and-addresses",
        "spaced-links",
        "unopened-links",
        "doubled-brackets",
        "alt-text-links",
    ],
)
def test_hostile_lines_are_read_in_linear_time(line: str) -> None:
    _, seconds, bound = cpu_seconds_within(lambda: _warnings(line + "\n"), 2.5)
    # At most 0.5 s idle (1.7 s with two test workers on a loaded machine); a Python scan of
    # the line from each of its 15,000 or more marks would take at least
    # 5e-8 * 15_000**2 = 11 s idle.
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


@pytest.mark.parametrize(
    ("body", "columns"),
    [
        ("| ==b== | ==b== |\n|---|---|\n", [3, 11]),
        ("> > > ==a== ==a== end\n", [7, 13]),
        ("| [[W]] | x | [[W]] |\n|---|---|---|\n", [3, 15]),
    ],
)
def test_the_same_leftover_twice_on_a_line_is_two_warnings_at_their_columns(
    body: str, columns: list[int]
) -> None:
    assert [d.pos.column for d in _diagnostics(body)] == columns


def test_many_leftovers_on_one_line_are_placed_in_linear_time() -> None:
    """Each warning's line and column were found by counting from the start of its run."""
    started = cpu_seconds()
    assert len(uncapped(d.message for d in _diagnostics("[[a]] " * 20_000 + "\n"))) == 20_000
    seconds = cpu_seconds() - started
    assert seconds < 10, f"took {seconds:.1f} s"


def test_a_definition_after_a_callout_marker_is_a_warning() -> None:
    body = "> [!NOTE]\n> Callout term\n> : callout def\n"
    (found,) = _diagnostics(body)
    assert ((found.pos.line, found.pos.column), "blank `>` line" in str(found.hint)) == (
        (8, 3),
        True,
    )


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Remittances\n: \n    Money sent home.\n\n    - cash\n    - transfers\n", (7, 1)),
        ("Safe third country\n:\n    A country deemed safe.\n", (7, 1)),
        ("Term\n  :\n", (7, 3)),
        ("> [!NOTE]\n>\n> Term\n> :\n>     Its definition.\n", (9, 3)),
    ],
)
def test_an_empty_definition_line_is_a_warning_at_its_colon(
    body: str, place: tuple[int, int]
) -> None:
    """A `:` line with nothing after it is no definition (markdown-it's deflist reads none):
    the term, the `:` and the indented lines below are text, or a code block."""
    (found,) = _diagnostics(body)
    assert (found.pos.line, found.pos.column) == place
    assert (
        found.message
        == "a `:` line with no text after it is not read as a definition; shown as text"
    )
    assert "put the definition's first line after `: `" in str(found.hint)


@pytest.mark.parametrize(
    ("body", "places"),
    [
        ('> !!! note "A"\n>     Body.\n', [(6, 3)]),
        ("| a %%x%% | b %%y%% |\n|---|---|\n", [(6, 5), (6, 15)]),
        ("Text.\n  +---+---+\n  | a | b |\n", [(7, 3)]),
        ("- item\n\n  \\newpage\n", [(8, 3)]),
        ("![C](c.png){width=50%} and [a](b){target=_blank}\n", [(6, 12), (6, 34)]),
    ],
)
def test_new_leftovers_are_placed_at_their_line_and_column(
    body: str, places: list[tuple[int, int]]
) -> None:
    assert [(d.pos.line, d.pos.column) for d in _diagnostics(body)] == places


def test_an_obsidian_embed_is_warned_at_its_bang_and_named_with_it() -> None:
    """It was placed a column late, at its `[[`, and named as the wiki link `[[embed]]`."""
    body = "Text ==marked== and [[wiki]] and ![[embed]] ok\n"
    assert [f"{d.pos.line}:{d.pos.column}: {d.message}" for d in _diagnostics(body)][1:] == [
        "6:21: wiki link `[[wiki]]` is not supported; shown as text",
        "6:34: Obsidian embed `![[embed]]` is not supported; shown as text",
    ]


def test_each_warning_names_the_line_and_column_of_what_it_shows() -> None:
    body = "Text with ==a mark==.\n\nSee [[Wiki]] and [@key1].\n\n  $$\n  x\n  $$\n"
    assert [(d.pos.line, d.pos.column) for d in _diagnostics(body)] == [
        (6, 11),
        (8, 5),
        (8, 18),
        (10, 3),
    ]


@pytest.mark.parametrize(
    "body",
    ["## a" + " " * 300_000 + "b\n\nText.\n", "a | b\n|-" + " " * 300_000 + "x|\n"],
    ids=["heading", "delimiter-row"],
)
def test_long_runs_of_spaces_are_read_in_linear_time(body: str) -> None:
    """Both patterns once took quadratic time to fail on such a run: minutes at 1 MB."""
    started = cpu_seconds()
    _warnings(body)
    seconds = cpu_seconds() - started
    assert seconds < 15, f"took {seconds:.1f} s"


@pytest.mark.parametrize(
    "body",
    [
        "Call [`cipher.update()`][] now.\n\n[`cipher.update()`]: https://example.org/update\n",
        "See the [docs][`util`].\n\n[`util`]: https://example.org/util\n",
        "The [`Worker` constructor][] and [text][hooks `type`].\n\n"
        "[`Worker` constructor]: https://example.org/w\n[hooks `type`]: https://example.org/t\n",
        "Call [`Buffer`][]\n\n[`buffer`]: https://example.org/buffer\n",
    ],
)
def test_a_reference_label_with_a_code_span_finds_its_definition(body: str) -> None:
    """The label is compared as CommonMark does: normalised, with the code span's text."""
    assert _warnings(body) == []


def test_a_missing_definition_of_a_label_with_code_is_named_and_placed() -> None:
    types, fs = _diagnostics("See [`@types/node`][types] and [`fs`][].\n")
    assert ((types.pos.line, types.pos.column), fs.pos.column) == ((6, 5), 32)
    assert types.message == (
        "link `[`@types/node`][types]` has no definition `[types]: …`; shown as text"
    )
    assert fs.hint == "add a line `[`fs`]: https://…`, or write `[text](https://…)`"
    (found,) = _diagnostics("See [the `fs` module][] today.\n")
    assert (found.pos.column, found.message) == (
        5,
        "link `[the `fs` module][]` has no definition `[the `fs` module]: …`; shown as text",
    )


@pytest.mark.parametrize(
    "body",
    [
        "A [web server][] which responds with\n`'Hello, World!'`:\n\n[web server]: https://example.org/\n",
        "Another one, with a [plain link](https://example.org) and\n`npx`:\n",
        "Changes in this release:\n`tar@2.0.0`: Normalize symbolic links.\n",
        "Files [here](https://example.org/):\n  `static/assets/style.css`: files in it.\n",
    ],
)
def test_a_line_that_starts_with_code_and_a_colon_is_no_definition_line(body: str) -> None:
    """A `:` line starts with `:`; one that starts with a code span is prose."""
    assert _warnings(body) == []


def test_a_definition_line_whose_text_is_code_is_one_inside_a_paragraph() -> None:
    """`: `code`` has text after its colon: code, not nothing."""
    assert _warnings("Some text\nTerm\n: `a value`\n") == [
        "8: a `: definition` line inside a paragraph is shown as text"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Text <!-- ==mark== {{ site.title }} :smile: $x^2$ [[wiki]] @smith2020 --> inline.\n",
        "Text <!-- TODO: check\n##Figures :+1: with [@smith2020] {: .x}\n--> more.\n",
        "Text \\<!-- x <!-- :smile: --> too.\n",
        "| a | b |\n|---|---|\n| x <!-- :smile: --> | y |\n",
        "## Heading <!-- [[wiki]] -->\n",
    ],
)
def test_text_inside_an_inline_html_comment_is_never_warned(body: str) -> None:
    assert _diagnostics(body) == []


def test_a_warning_after_an_inline_comment_keeps_its_column() -> None:
    body = "A <!-- :smile: --> b :smile: and <!-- two\n:+1: --> c :+1:\n"
    assert [(d.pos.line, d.pos.column) for d in _diagnostics(body)] == [(6, 22), (7, 12)]


def test_an_escaped_comment_is_text_and_still_warned() -> None:
    assert _warnings("Text \\<!-- :smile: --> and <!-- a ---> :+1: here.\n") == [
        "6: emoji shortcode `:smile:` is not supported; shown as text",
        "6: emoji shortcode `:+1:` is not supported; shown as text",
    ]


@pytest.mark.parametrize(
    ("body", "hint"),
    [
        (
            "The ETS2 starts.\n\n*[ETS2]: EU Emissions Trading System 2\n",
            "spell the term out where it is first used: `EU Emissions Trading System 2 (ETS2)`",
        ),
        (
            "Text.\n\n*[ETS2]:\n",
            "spell the term out where it is first used: `the term in full (ETS2)`",
        ),
    ],
)
def test_an_abbreviation_definition_is_hinted_with_its_own_term(body: str, hint: str) -> None:
    """The hint gave a fixed `Hyper Text Markup Language (HTML)` for every abbreviation."""
    [diagnostic] = _diagnostics(body)
    assert diagnostic.message.startswith("abbreviation definition `*[ETS2]:`")
    assert diagnostic.hint == hint


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("| A | B |\n|---|---|\n| 1 | 2 |\n\n|---|---|\n| no | header |\n", 10),
        ("Text.\n\n|---|---|\n| no | header |\n", 8),
        # Alone, or above text, its dashes were shown with no warning at all.
        ("Text.\n\n|---|---|\n", 8),
        ("|:--|--:|\nThe rows went missing.\n", 6),
        ("- |---|---|\n", 6),
        # Under a line of text it was told to get a `|---|` row, the one it has.
        ("Results by country\n|---|---|\n| Mexico | 2 |\n", 7),
        # With no rows below it, its dashes were shown as text with no warning at all.
        ("Results by country\n|---|---|\n", 7),
        ("> Arrivals\n> |:--|--:|\n", 7),
        # Spaced, each `---` was also a dash shown as hyphens: three warnings for one slip.
        ("Text.\n\n| --- | --- |\n", 8),
        ("Text.\n\n| :--- | --- |\n| a | b |\n", 8),
        ("Text.\n\n--- | ---\n", 8),
    ],
)
def test_a_table_with_no_header_row_is_told_to_get_one(body: str, line: int) -> None:
    """After another table it was told to lose its blank line, which would make its `|---|`
    row a row of dashes in the table above."""
    [diagnostic] = _diagnostics(body)
    assert (diagnostic.pos.line, diagnostic.message, diagnostic.hint) == (
        line,
        "a table needs a header row above its `|---|` row: shown as text",
        "write a header row right above the `|---|` row, one cell per column: `| Item | Value |`",
    )


def test_leftovers_search_has_first_characters_to_skip_to() -> None:
    """Every branch of `MARKED` starts with a character (no `^`, `\\A` or `\\b` first), so
    `re` skips along a run to the characters that may start one: one anchored branch made the
    engine try all of them at every position, the search 20 times slower (a tenth of a
    compile)."""
    parsed = re._parser.parse(MARKED.pattern, MARKED.flags)  # type: ignore[attr-defined]
    assert re._compiler._get_charset_prefix(parsed, MARKED.flags)  # type: ignore[attr-defined]


def test_leftovers_search_skips_stars_and_full_stops() -> None:
    """A marker before a no-break space is found from the space: `*` and `.`, in every
    emphasis and sentence, are no characters the search stops at to try every branch."""
    parsed = re._parser.parse(MARKED.pattern, MARKED.flags)  # type: ignore[attr-defined]
    first = re._compiler._get_charset_prefix(parsed, MARKED.flags)  # type: ignore[attr-defined]
    assert {chr(value) for _, value in first}.isdisjoint("*.")
    for marker in NO_BREAK_MARKERS:
        assert MARKED.search(f"a {marker}b") is not None, marker
    assert MARKED.search("a *b*. c\u00a0d") is None


def test_leftovers_search_finds_an_en_dash_against_its_text_only_first() -> None:
    assert MARKED.search("\u2013Cooling: centres open") is not None
    assert MARKED.search("x \u2013Cooling") is None
    assert MARKED.search("\u20131 and \u2013 more") is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("A paragraph that ends with a backslash\\\n", (6, 39)),
        ("Line one\\\nline two\\\n", (7, 9)),  # a hard break on every line, the last too
        ("- One\\\n- Two\n", (6, 6)),
        ("> Quoted \\\\\\\n", (6, 12)),  # `\\` shows one, and a lone `\` after it
    ],
)
def test_a_backslash_ending_a_paragraph_is_warned_at_it(body: str, place: tuple[int, int]) -> None:
    """It breaks no line, and the page showed it as text, without a word."""
    (found,) = _diagnostics(body)
    assert (found.pos.line, found.pos.column) == place
    assert found.message == (
        "a `\\` at the end of a paragraph's last line breaks no line: it is shown as text"
    )
