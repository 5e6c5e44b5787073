"""What the plain-text importer makes of articles pasted from Word, Google Docs, PDFs and
spreadsheets: note markers, dates, bylines, hard-wrapped lines, bullet glyphs, tab-separated
tables, and the build's own warnings at the article's lines and columns."""

from __future__ import annotations

import pytest

from briefgen.diagnostics import format_diagnostic
from briefgen.importer.article import Article
from briefgen.importer.datelines import is_dateline, is_release_line
from briefgen.importer.lines import Bullet, parse_bullet, read_lines
from briefgen.importer.proposals import propose_summary, propose_title
from briefgen.importer.recognise import parse_article
from briefgen.model import BulletList, Paragraph, Section, Table


def _read(text: str) -> tuple[Article, list[str]]:
    """Return the article and its warnings' first lines (`a.txt:3:1: warning: …`)."""
    article, warnings = parse_article("a.txt", text)
    return article, [format_diagnostic(w).split("\n")[0] for w in warnings]


def _headings(article: Article) -> list[str]:
    return [section.heading.text for section in article.sections]


def _kinds(article: Article) -> list[str]:
    return [type(block).__name__ for block in article.lede]


# --- note markers -------------------------------------------------------------------------


def test_parse_article_keeps_sentences_that_end_in_a_note_marker_paragraphs() -> None:
    """`…on record.[1]`, `…a third.¹` and `…“a disaster.”[2]` were `##` sections, silently."""
    article, warnings = _read(
        "Aid Cuts Explained\n"
        "Donor budgets fell sharply in 2024.\n"
        "The cuts were the largest on record.[1]\n"
        "Agencies have already closed offices in six countries.\n"
        "Funding fell by a third.\u00b9\n"
        "Programmes were suspended at short notice.\n"
        "He said it was \u201ca disaster.\u201d[2]\n"
        "Staff were not told in advance.\n"
    )
    assert (article.headline, _headings(article), warnings) == ("Aid Cuts Explained", [], [])
    assert _kinds(article) == ["Paragraph"] * 7


def test_parse_article_reads_a_line_of_two_noted_sentences_as_prose() -> None:
    article, _ = _read(
        "Aid Cuts and Their Effects\n"
        "Aid budgets have fallen in several donor countries since 2023.[1] The effects are "
        "already visible.[2]\n"
        "Then Came the Cuts\n"
        "Agencies closed offices.\n"
    )
    assert _headings(article) == ["Then Came the Cuts"]
    assert propose_summary(article) == (
        "Aid budgets have fallen in several donor countries since 2023."
    )


# --- dates, notes' lines, bylines and hard-wrapped lines ------------------------------------


def test_parse_article_makes_no_heading_or_title_of_a_dateline_under_a_byline() -> None:
    """`3 March 2025` was the proposed title and a `##` section; the headline a paragraph."""
    article, warnings = _read(
        "Senate Passes Border Bill\n"
        "By Ana Torres, Washington Bureau\n"
        "3 March 2025\n"
        "The Senate passed the bill by 52 votes to 48 on Tuesday.\n"
        "What Happens Next?\n"
        "The House votes next week.\n"
    )
    assert propose_title(article) == ("Senate Passes Border Bill", "the headline (line 1)")
    assert _headings(article) == ["What Happens Next?"]
    assert warnings == []


def test_parse_article_makes_no_heading_or_title_of_a_sources_list() -> None:
    """`[1] https://…` was the proposed title, and `[3] 12 April 2025` a section."""
    article, warnings = _read(
        "Aid Cuts and Their Effects\n"
        "Aid budgets have fallen in several donor countries since 2023.\n"
        "Sources\n"
        "[1] https://www.oecd.org/dac/financing-sustainable-development/\n"
        "[2] OECD, Preliminary ODA levels in 2024.\n"
        "[3] 12 April 2025\n"
        "[4] UNHCR, Global Appeal.\n"
        "[5]: https://example.org/source\n"
        "\u00b9 Senate roll call vote No. 112\n"
    )
    assert propose_title(article)[0] == "Aid Cuts and Their Effects"
    assert _headings(article) == ["Sources"]
    assert warnings == []


@pytest.mark.parametrize(
    "heading",
    [
        "2025 Outlook",
        "3 Things to Know",
        "2024 in Review",
        # A section's number of two levels: its title in sentence case is one too.
        "1.1 Who is affected",
        "2.3.1 Scope of the review",
        "4.2. Next steps",
    ],
)
def test_parse_article_keeps_a_title_led_by_a_number_a_heading(heading: str) -> None:
    article, _ = _read(f"Intro text here.\n{heading}\nGrowth is expected to slow.\n")
    assert _headings(article) == [heading]


@pytest.mark.parametrize(
    "line",
    [
        "3 March 2025",
        "12",
        "2.3 per cent growth",
        "10 km",
        "1.2.3 is the version",
        "12.03.2025 Meeting with the minister",  # a date, not a section's number
    ],
)
def test_parse_article_keeps_a_number_line_that_is_no_title_a_paragraph(line: str) -> None:
    article, warnings = _read(f"Intro text here.\n{line}\nGrowth is expected to slow.\n")
    assert (_headings(article), warnings) == ([], [])


_NUMBER_LED_HEADINGS = (
    ("es", "2026 en cifras"),
    ("es", "2026: un verano récord"),
    ("es", "3 claves para entender la alerta"),
    ("es", "2025 en revisión"),
    ("fr", "2026 en chiffres"),
    ("de", "3 Fragen zur Hitzewelle"),
)


@pytest.mark.parametrize(("language", "heading"), _NUMBER_LED_HEADINGS)
def test_parse_article_reads_a_number_led_heading_in_sentence_case_outside_english(
    language: str, heading: str
) -> None:
    """`2026 en cifras` was a paragraph, silently, while `Un verano récord` was a section: only
    English writes its titles in Title Case, so only English asks it of a number-led one."""
    text = f"La Junta declaró la alerta roja.\n{heading}\nEl verano fue el más caluroso.\n"
    article, warnings = parse_article("a.txt", text, language=language)
    assert (_headings(article), warnings) == ([heading], [])


def test_parse_article_reads_a_number_led_heading_over_a_table_or_as_the_headline() -> None:
    text = (
        "2026: un verano récord\n"
        "La Junta declaró la alerta roja.\n"
        "2026 en cifras\n"
        "| Mes | Días |\n|---|---|\n| Julio | 12 |\n"
    )
    article, _ = parse_article("a.txt", text, language="es")
    assert (article.headline, _headings(article)) == ("2026: un verano récord", ["2026 en cifras"])
    assert isinstance(article.sections[0].blocks[0], Table)


@pytest.mark.parametrize(
    "line",
    ["2026 was a record year", "3 keys to the alert", "2.3 per cent growth", "10 km"],
)
def test_parse_article_keeps_a_number_led_line_in_sentence_case_a_paragraph_in_english(
    line: str,
) -> None:
    article, warnings = _read(f"Intro text here.\n{line}\nGrowth is expected to slow.\n")
    assert (_headings(article), warnings) == ([], [])


@pytest.mark.parametrize(
    "line", ["3 de marzo de 2026", "2026. Fue un año de calor", "12", "2026 fue un año récord."]
)
def test_parse_article_keeps_a_number_line_that_is_no_title_a_paragraph_in_spanish(
    line: str,
) -> None:
    text = f"La Junta declaró la alerta roja.\n{line}\nEl verano fue el más caluroso.\n"
    article, _ = parse_article("a.txt", text, language="es")
    assert _headings(article) == []


@pytest.mark.parametrize("blank", ["", "\n"])
@pytest.mark.parametrize("heading", [["Cifras clave"], []])
def test_parse_article_reads_no_number_led_line_of_a_list_of_figures_as_a_heading(
    blank: str, heading: list[str]
) -> None:
    """Key figures (`40 muertos` / `1.200 evacuados`), under a heading or not, are a list of
    short lines in sentence case, each led by a number: none heads the text, and the heading
    above stays one."""
    lines = [*heading, "40 muertos", "1.200 evacuados", "El Gobierno pidió calma."]
    text = "La Junta declaró la alerta roja.\n" + "".join(f"{blank}{line}\n" for line in lines)
    article, warnings = parse_article("a.txt", text, language="es")
    assert (_headings(article), warnings) == (heading, [])


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("By Ana Torres", False),
        ("Por María Gómez", False),
        ("Par Jean Dupont", False),
        ("Von Anna Schmidt", False),
        ("By the Numbers", True),
    ],
)
def test_parse_article_reads_a_byline_as_text(line: str, heading: bool) -> None:
    article, _ = _read(f"Intro text here.\n{line}\nThe Senate passed the bill.\n")
    assert _headings(article) == ([line] if heading else [])


def test_parse_article_makes_no_heading_of_a_hard_wrapped_line() -> None:
    """`Latin America and the Caribbean`, between `…per cent in` and `as trade…`, was a
    section and the proposed title; each line before it was warned about. The README's
    example: the lines are one paragraph, `…International Monetary` / `Fund, which…` one name."""
    article, warnings = _read(
        "Growth Forecasts Cut\n"
        "The forecast was published on Tuesday by the\n"
        "World Bank and the International Monetary\n"
        "Fund, which said growth would slow to 2.3 per cent in\n"
        "Latin America and the Caribbean\n"
        "as trade tensions mount and prices stay high.\n"
    )
    assert (article.headline, _headings(article), warnings) == ("Growth Forecasts Cut", [], [])
    paragraphs = [(b.pos.line, b.text.text) for b in article.lede if isinstance(b, Paragraph)]
    assert [line for line, _ in paragraphs] == [2]
    assert "International Monetary Fund, which" in paragraphs[0][1]


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("Intro text here.\nGrowth would slow in\nLatin America\nand the Caribbean.\n", []),
        (
            "Intro text here.\nURL broken across lines https://example.org/very/long/\n"
            "path/page.html\n",
            [
                "a.txt:2:25: warning: address `https://example.org/very/long/` looks cut at the "
                "line end: the next line goes on with it"
            ],
        ),
    ],
)
def test_parse_article_reads_a_line_that_carries_on_as_prose(text: str, warned: list[str]) -> None:
    """No heading, and no warning that a line reads like one; but an address cut at the line
    end is warned about (`tests/unit/test_import_wrapping.py`)."""
    article, warnings = _read(text)
    assert (_headings(article), warnings) == ([], warned)


def test_parse_article_keeps_a_heading_after_a_bullet_that_ends_on_a_joining_word() -> None:
    article, _ = _read("Intro text here.\n- Support for\n- Help with\nWhy It Matters\nRents.\n")
    assert _headings(article) == ["Why It Matters"]


# --- bullet glyphs and lettered items ----------------------------------------------------------


@pytest.mark.parametrize(
    "marker",
    "\u25cf\u25cb\u25a0\u25aa\u25e6\u2023\u00b7\u2219\u2043\u25c6\u2666"
    "\u25ba\u25b8\u27a2\u27a4\u2013\u2014\uf0b7\uf0a7\uf0d8\uf076",
)
def test_parse_bullet_reads_the_glyphs_editors_paste(marker: str) -> None:
    assert parse_bullet(f"{marker} Item text.") == Bullet(
        ordered=False, number=1, text="Item text."
    )


@pytest.mark.parametrize(
    "line",
    [
        "\u2014 \u00bfQu\u00e9 pasar\u00e1 ahora? \u2014 pregunt\u00f3 un periodista.",
        "\u2014 Nada \u2014 respondi\u00f3 el ministro.",
        "\u2014 \u00a1Basta ya!",
        "\u2014 \u00abNada\u00bb, dijo.",
        "\u2013 \u201cNothing,\u201d he said.",
        "\u2014 Lo veremos la semana que viene \u2014respondi\u00f3 el portavoz.",  # RAE's
        "\u2014 Nada\u00a0\u2014dijo\u2014. Ya veremos.",
        "\u2014Lo veremos \u2014respondi\u00f3 el portavoz.",
        "\u2014 Vous voterez le texte ? demanda le journaliste.",  # French names the speaker
        "\u2014 Non ! r\u00e9pondit la d\u00e9put\u00e9e.",
        "\u2013 Are you coming? she asked.",
        "\u2013Mira: no lo s\u00e9 \u2013respondi\u00f3.",  # a label's colon, but a speaker
        "\u2013No.",  # against its text, with no label
    ],
)
def test_parse_bullet_reads_a_dash_opening_dialogue_as_text(line: str) -> None:
    """Spanish writes speech after a dash (raya): it became a bullet list without its dashes."""
    assert parse_bullet(line) is None


def test_parse_article_keeps_spanish_dialogue_paragraphs_with_their_dashes() -> None:
    article, warnings = _read(
        "Informe Anual\nEl ministro habl\u00f3.\n\n"
        "\u2014 \u00bfQu\u00e9 pasar\u00e1 ahora? \u2014 pregunt\u00f3 un periodista.\n"
        "\u2014 Nada \u2014 respondi\u00f3 el ministro.\n"
    )
    assert warnings == []
    assert _kinds(article) == ["Paragraph", "Paragraph", "Paragraph"]
    last = article.lede[2]
    assert isinstance(last, Paragraph)
    assert last.text.text == "\u2014 Nada \u2014 respondi\u00f3 el ministro."


@pytest.mark.parametrize(
    "line",
    [
        "\u2014 Exports to Asia \u2014Pacific markets.",  # a capital after the dash
        "\u2013 Output in 2019 \u20132020.",  # a digit after it
        "\u2014 Exports fell\u2014mostly textiles.",  # no space before it
        "\u2013 What next? Councils decide.",  # a capital after the question
        "\u2013 Alerts \u2013 Text messages at 40 degrees.",  # a capital after a spaced dash
        "\u2014 Hours \u2014 2 pm to 6 pm.",
        "\u2013Cooling: centres open in every district.",  # its tab lost, against its label
        "\u2013Heat action plan: alerts at 40 degrees.",
    ],
)
def test_parse_bullet_reads_a_dash_bullet_with_a_second_dash_as_a_bullet(line: str) -> None:
    bullet = parse_bullet(line)
    assert bullet is not None
    assert not bullet.ordered


def test_parse_article_keeps_a_reply_tagged_as_the_rae_writes_it_a_paragraph() -> None:
    """`— Lo veremos … —respondió el portavoz.` was a one-item bullet list without its dash,
    between two paragraphs of the same exchange."""
    article, warnings = _read(
        "La visita de Rubio\nEl senador viajar\u00e1 a Quito.\n"
        "\u2014 \u00bfHabr\u00e1 acuerdos? \u2014pregunt\u00f3 un periodista.\n"
        "\u2014 Lo veremos la semana que viene \u2014respondi\u00f3 el portavoz.\n"
        "\u2014Lo veremos \u2014respondi\u00f3 el portavoz.\n"
    )
    assert warnings == []
    assert [
        block.text.text if isinstance(block, Paragraph) else block for block in article.lede
    ] == [
        "El senador viajar\u00e1 a Quito.",
        "\u2014 \u00bfHabr\u00e1 acuerdos? \u2014pregunt\u00f3 un periodista.",
        "\u2014 Lo veremos la semana que viene \u2014respondi\u00f3 el portavoz.",
        "\u2014Lo veremos \u2014respondi\u00f3 el portavoz.",
    ]


def test_parse_article_reads_word_plain_text_levels_as_nested_bullets() -> None:
    article, warnings = _read(
        "Intro text here.\n\u2022\tFirst level.\n\to\tSecond level.\n\t\t\u00a7\tThird level.\n"
    )
    assert warnings == []
    top = article.lede[1]
    assert isinstance(top, BulletList)
    second = top.items[0].children[0]
    assert isinstance(second, BulletList)
    assert second.items[0].text.text == "Second level."
    assert isinstance(second.items[0].children[0], BulletList)


def test_read_lines_reads_o_before_a_space_as_a_word() -> None:
    """Spanish `o` (or) may start a wrapped line: only Word's `o<TAB>` is a marker."""
    assert read_lines("o bien se\n")[0].text == "o bien se"


@pytest.mark.parametrize("marker", ["(a)", "b.", "iv.", "(1)", "A)", "(IV)", "\u2192", "\u2756"])
def test_parse_article_keeps_a_line_with_an_unread_item_marker_a_paragraph(marker: str) -> None:
    article, warnings = _read(f"Intro text here.\n{marker} Item text.\n{marker} Another.\n")
    assert _kinds(article) == ["Paragraph", "Paragraph", "Paragraph"]
    assert [w.split(": warning: ")[1].split(",")[0] for w in warnings] == [
        f"line starts with `{marker}`"
    ] * 2


@pytest.mark.parametrize(
    "line",
    [
        "(c) 2025 Acme Corp. All rights reserved.",
        "(R) Registered trade mark of Acme.",
        "\U0001f4cc Pinned: the vote is on Tuesday.",
        "\u00b1 5% is the margin of error.",
        "\u2713 Done item.",
    ],
)
def test_parse_article_reads_a_lone_sign_or_symbol_at_a_line_start_as_text(line: str) -> None:
    """`(c) 2025 Acme Corp.`, `📌 Pinned:` and `± 5%` were warned of as unread list items."""
    article, warnings = _read(f"Intro text here.\n{line}\nMore text.\n")
    assert warnings == []
    assert _kinds(article) == ["Paragraph"] * 3


def test_parse_article_warns_at_a_c_item_under_b() -> None:
    _, warnings = _read("Intro text here.\n(b) Second item.\n(c) Third item.\n")
    assert [w.split(": warning: ")[1].split(",")[0] for w in warnings] == [
        "line starts with `(b)`",
        "line starts with `(c)`",
    ]


def test_parse_article_warns_at_a_line_that_starts_like_an_item_it_does_not_read() -> None:
    """`a)`, `(i)` and `✓` were kept as paragraphs with the marker shown, silently."""
    _, warnings = _read(
        "Intro text here.\na) Letter item.\n  (i) Roman item.\n\u2713 Done item.\n\u2713 Another.\n"
    )
    assert warnings == [
        "a.txt:2:1: warning: line starts with `a)`, not read as a list item's number; "
        "kept as a paragraph",
        "a.txt:3:3: warning: line starts with `(i)`, not read as a list item's number; "
        "kept as a paragraph",
        "a.txt:4:1: warning: line starts with `\u2713`, which is not read as a bullet; "
        "kept as a paragraph",
        "a.txt:5:1: warning: line starts with `\u2713`, which is not read as a bullet; "
        "kept as a paragraph",
    ]


@pytest.mark.parametrize("marker", ["a)", "b.", "i.", "iv.", "(a)", "A)"])
def test_parse_article_reads_a_heading_over_lines_it_does_not_read_as_items(marker: str) -> None:
    """`Recommendations` over `a) …` was a paragraph, silently: a line that starts like an
    unread item is never joined to the line above, so that line is no wrapped one."""
    article, warnings = _read(
        f"Council Memo\n\nThe council met.\n\nRecommendations\n{marker} Fund schools.\n"
        f"{marker} Cut waiting lists.\n"
    )
    assert _headings(article) == ["Recommendations"]
    assert [w.split(": warning: ")[0] for w in warnings] == ["a.txt:6:1", "a.txt:7:1"]


_LEAD_INS = [
    ("Under Article 4 the data holder must", "(a) act without undue delay;\n(b) act for free."),
    ("The main exporters affected include", "\u2022 Mozambique\n\u2022 Ukraine"),
    (
        "A data holder may refuse sharing where trade secrets are concerned, and",
        "(a) the parties fail to agree; or\n(b) the user fails to protect them.",
    ),
    ("Les pays les plus touch\u00e9s sont ceux de", "- Mozambique\n- Ukraine"),
    ("The Commission may", "- suspend the measure;\n- end it."),
]


@pytest.mark.parametrize(("lead_in", "items"), _LEAD_INS)
@pytest.mark.parametrize("heading", ["Exceptions\n", ""], ids=["under-heading", "alone"])
def test_parse_article_keeps_a_lead_in_that_breaks_off_over_a_list_a_paragraph(
    lead_in: str, items: str, heading: str
) -> None:
    """`…the data holder must` / `(a) …` and `…include` / `• …` were `##` sections, silently,
    and a heading above (`Exceptions`) a paragraph, warned about as the next line read like one
    too: a line that breaks off on a joining word goes on, and when the next line cannot take
    it (a bullet, an unread `(a)`), it stays a lead-in paragraph, as a line ending in `:` does."""
    article, warnings = _read(
        f"Data Act Briefing\n\nThe Data Act applies from 2025.\n\n{heading}{lead_in}\n{items}\n"
    )
    assert _headings(article) == (["Exceptions"] if heading else [])
    blocks = article.sections[0].blocks if heading else article.lede[1:]
    assert isinstance(blocks[0], Paragraph)
    assert blocks[0].text.text == lead_in
    assert not [w for w in warnings if "heading" in w]


@pytest.mark.parametrize("heading", ["Main exporters affected", "Things to do", "Who It Is For"])
def test_parse_article_keeps_a_heading_over_a_list_a_heading(heading: str) -> None:
    """A heading right over bullets stays one: its last word does not break it off."""
    article, warnings = _read(f"The Data Act applies from 2025.\n\n{heading}\n- Mozambique\n")
    assert (_headings(article), warnings) == ([heading], [])


@pytest.mark.parametrize(
    "heading",
    [
        "What the deal will include",
        "What the package includes",
        "Who the new rules include",
        "Which costs the grant may include",
        "How the scheme could",
    ],
)
@pytest.mark.parametrize(
    "under", ["\u2022 Tariff cuts on steel\n\u2022 A review of quotas\n", "Tariff cuts on steel.\n"]
)
def test_parse_article_keeps_an_indirect_question_a_heading(heading: str, under: str) -> None:
    """`What the deal will include` over bullets was a paragraph, silently, since 7524eed read a
    line ending on a modal verb or `include` as a lead-in: a line that opens with a question
    word asks indirectly, as a newsroom's sentence-case heading does, and breaks off on none."""
    article, warnings = _read(f"The deal was signed on Monday.\n\n{heading}\n{under}")
    assert (_headings(article), warnings) == ([heading], [])


def test_parse_article_warns_at_lettered_lines_joined_to_a_numbered_item() -> None:
    """Word's `<TAB>a.<TAB>Board: …` under `1.` was merged into the item, silently."""
    article, warnings = _read(
        "The plan has parts.\n"
        "1.\tGovernance: who decides.\n"
        "\ta.\tBoard: meets monthly.\n"
        "\tb.\tCommittee: meets weekly.\n"
        "2.\tFinance: who pays.\n"
    )
    assert warnings == [
        f"a.txt:{line}:2: warning: line starts with `{letter}.`, not read as a list item's "
        "number; joined to the line above as its text"
        for line, letter in ((3, "a"), (4, "b"))
    ]
    assert _kinds(article) == ["Paragraph", "BulletList"]


@pytest.mark.parametrize(
    "line",
    [
        "\u00a9 2025 Reuters",
        "I. Introduction",
        "A. Smith wrote.",
        "(202) 555-0100",
        "(020) 7946 0123",
    ],
)
def test_parse_article_is_silent_about_a_line_that_starts_with_no_item_marker(line: str) -> None:
    _, warnings = _read(f"Intro text here.\n{line}\n")
    assert [w for w in warnings if "line starts with" in w] == []


# --- tab-separated tables ---------------------------------------------------------------


def test_parse_article_reads_tab_separated_rows_as_a_table() -> None:
    """A spreadsheet's rows were one paragraph each, their tabs spaces, and the last one a
    section (`## South 2,500 1.5%`)."""
    article, warnings = _read(
        "Tab Data\nPopulation by region.\n"
        "Region\tPopulation\tGrowth\nNorth\t1,000\t2%\nSouth\t2,500\t1.5%\n"
        "Closing text.\n"
    )
    assert warnings == []
    table = article.lede[1]
    assert isinstance(table, Table)
    assert [cell.text for cell in table.header] == ["Region", "Population", "Growth"]
    assert [[cell.text for cell in row] for row in table.rows] == [
        ["North", "1,000", "2%"],
        ["South", "2,500", "1.5%"],
    ]
    assert table.align == ("", "right", "right")
    assert isinstance(article.lede[2], Paragraph)


def test_parse_article_pads_a_short_tab_separated_row_with_a_warning() -> None:
    _, warnings = _read("Intro text.\nA\tB\tC\n1\t2\n")
    assert warnings == ["a.txt:3:1: warning: table row has 2 cells, header has 3"]


@pytest.mark.parametrize(
    "rows",
    [
        "Region\t\tPopulation\nNorth\t\t1,200\nSouth\t\t900\n",  # two tabs on every line
        "Region\t\tPopulation\nNorth\t\t1,200\nNorthumberland\t900\n",  # as many as line up
    ],
)
def test_parse_article_reads_tabs_that_line_columns_up_as_one_separator(rows: str) -> None:
    """Columns lined up with runs of tabs made an empty column between each two, silently."""
    article, warnings = _read(f"Intro text here.\n{rows}")
    assert warnings == []
    table = article.lede[1]
    assert isinstance(table, Table)
    assert [cell.text for cell in table.header] == ["Region", "Population"]
    assert len(table.rows[1]) == 2


def test_parse_article_keeps_a_spreadsheets_empty_cell_in_its_column() -> None:
    article, warnings = _read("Intro text here.\nA\tB\tC\nx\t\tz\n")
    assert warnings == []
    table = article.lede[1]
    assert isinstance(table, Table)
    assert [[cell.text for cell in row] for row in table.rows] == [["x", "", "z"]]


def test_parse_article_keeps_empty_first_and_last_cells_in_their_columns() -> None:
    """`<TAB>12<TAB>14` was read as `12 | 14 |` and `Caribbean<TAB>88<TAB>` as 2 cells, each
    with a warning that the row had 2 cells: the tabs at a row's edges were stripped."""
    article, warnings = _read(
        "Regional totals\nArrivals by region and year.\n"
        "Region\t2024\t2025\nLatin America\t1,204\t1,011\n\t12\t14\n"
        "Caribbean\t88\t\nAndes\t\t6\n"
    )
    assert warnings == []
    table = article.lede[1]
    assert isinstance(table, Table)
    assert [[cell.text for cell in row] for row in table.rows] == [
        ["Latin America", "1,204", "1,011"],
        ["", "12", "14"],
        ["Caribbean", "88", ""],
        ["Andes", "", "6"],
    ]


@pytest.mark.parametrize(
    "rows",
    [
        "Region\tPopulation\t\nNorth\t1,200\t\t\nSouth\t900\n",  # trailing tabs
        "\tRegion\tPopulation\n\tNorth\t1,200\n\tSouth\t900\n",  # an indent
    ],
)
def test_parse_article_reads_tabs_past_every_rows_text_as_no_column(rows: str) -> None:
    article, warnings = _read(f"Intro text here.\n{rows}")
    assert warnings == []
    table = article.lede[1]
    assert isinstance(table, Table)
    assert [cell.text for cell in table.header] == ["Region", "Population"]
    assert [[cell.text for cell in row] for row in table.rows] == [
        ["North", "1,200"],
        ["South", "900"],
    ]


@pytest.mark.parametrize(
    ("rows", "warning"),
    [
        ("A\tB\tC\n\t1\t2\nx\ty\n", "a.txt:4:1: warning: table row has 2 cells, header has 3"),
        ("A\tB\nx\ty\tz\t\n", "a.txt:3:1: warning: table row has 3 cells, header has 2"),
        ("\tA\tB\tC\n\t1\t2\n", "a.txt:3:1: warning: table row has 2 cells, header has 3"),
    ],
)
def test_parse_article_warns_at_a_ragged_row_beside_an_empty_first_cell(
    rows: str, warning: str
) -> None:
    """A row's empty edge cells count, as another row fills their column; its trailing
    whitespace does not."""
    _, warnings = _read(f"Intro text here.\n{rows}")
    assert warnings == [warning]


def test_parse_article_warns_at_a_lone_line_of_tab_separated_cells() -> None:
    _, warnings = _read("Intro text.\nRegion\tPopulation\tGrowth\n\nMore text.\n")
    assert warnings == [
        "a.txt:2:1: warning: line has 3 tab-separated cells but no row of cells next to it; "
        "kept as a paragraph, its tabs read as spaces"
    ]


@pytest.mark.parametrize(
    ("rows", "counted"),
    [
        (
            "Country | Position | Demand\nItaly | For | Quotas\nHungary | Against | None\n",
            "3 lines of 3",
        ),
        ("Country | Position | Demand\nItaly | For | Relocations\n", "2 lines of 3"),
        # Lines of two cells are a byline block's as often as a table's: not warned.
        ("By Ana Torres | Reuters\nUpdated 3 November | 14:00 GMT\nPolitics | Americas\n", None),
        ("One | two | three\n\nFour | five | six\n", None),  # a blank line parts them
        ("Region | 2026\nNorth | 1,200\nSouth | 900\n", None),  # a figure: read as a table
    ],
)
def test_parse_article_warns_at_lines_of_cells_it_keeps_as_paragraphs(
    rows: str, counted: str | None
) -> None:
    """Rows of `|` cells without a delimiter row or outer pipes were kept as paragraphs, the
    page showing their pipes, without a word."""
    _, warnings = _read(f"Intro text here.\n{rows}More text.\n")
    said = [w for w in warnings if "cells parted by `|`" in w]
    message = (
        f"a.txt:2:1: warning: {counted} cells parted by `|` are kept as paragraphs: a table"
        " needs a delimiter row under its header, or `|` at each row's ends"
    )
    assert said == ([message] if counted else [])


def test_parse_article_reads_key_takeaways_with_a_colon_as_the_closing_section() -> None:
    article, warnings = _read("Intro text here.\nKey Takeaways:\n- One.\n- Two.\n")
    (section,) = article.sections
    assert (section.heading.text, section.anchor, section.takeaways) == (
        "Key Takeaways",
        "key-takeaways",
        True,
    )
    assert warnings == []


def test_parse_article_keeps_a_tab_in_prose_and_tabbed_bullets_silent() -> None:
    article, warnings = _read(
        "We used three sources:\tthe census and surveys.\n1.\tFirst.\n2.\tSecond.\n"
    )
    assert (_kinds(article), warnings) == (["Paragraph", "BulletList"], [])


# --- the build's warnings, at the article's lines and columns --------------------------------


def test_parse_article_warns_of_what_the_build_will_warn_about() -> None:
    """`m^2^`, a CriticMarkup comment and `@fig-map` were imported silently, and the build
    then failed under --strict at the briefing's lines."""
    _, warnings = _read(
        "Intro text here.\n"
        "The area is 40 m^2^ in total.\n"
        "The draft said {>>check this number<<} 40 per cent.\n"
        "See @fig-map for the route.\n"
    )
    assert warnings == [
        "a.txt:2:17: warning: Pandoc sub- or superscript `^2^` is not supported; shown with "
        "its `^` marks",
        "a.txt:3:16: warning: CriticMarkup `{>>check this number<<}` is shown as text (a "
        "reviewer's comment is published)",
        "a.txt:4:5: warning: cross-reference `@fig-map` is not read; shown as text",
    ]


def test_parse_article_warns_of_syntax_the_briefing_escapes_with_the_builds_words() -> None:
    """The writer escapes other tools' syntax, so the page shows it as typed and the build no
    longer sees it: `%%an editor's note%%` was published with no warning at all."""
    _, warnings = _read(
        "Intro text.\n::: note\nThe formula is $$x^2$$ here.\nA private %%editor note%% here.\n"
        "An [[Other page]] link.\nRead the ==marked== text and `$$code$$` :smile:.\n"
        "See {{< ref x >}} there.\n"
    )
    assert warnings == [
        "a.txt:2:1: warning: `:::` fenced blocks are not supported; `::: note` is shown as text",
        "a.txt:3:16: warning: `$$` display maths is not supported; the formula is shown as text",
        "a.txt:4:11: warning: Obsidian comment `%%` is not supported: the text up to the next "
        "`%%` is published",
        "a.txt:5:4: warning: wiki link `[[Other page]]` is not supported; shown as text",
        "a.txt:6:10: warning: marked text `==marked==` is not supported; shown with its `==`",
        "a.txt:6:41: warning: emoji shortcode `:smile:` is not supported; shown as text",
        "a.txt:7:5: warning: Hugo/Jekyll shortcodes are not supported; `{{< ref x >}}` is shown "
        "as text",  # at its column, no longer at column 1
    ]


def test_parse_article_warns_of_a_table_header_that_names_no_column() -> None:
    _, warnings = _read("Intro text.\n| | |\n| 1 | 2 |\n")
    assert warnings == [
        "a.txt:2:1: warning: table header is empty: the columns have no names",
    ]


@pytest.mark.parametrize(
    ("line", "column"),
    [
        ("Please click [here](javascript:alert(1)) now.", 14),
        ("Please  click\t[here](javascript:alert(1)) now.", 15),  # runs of spaces, a tab
        ("| x | [here](javascript:alert(1)) |", 7),  # in a table's cell
        ("- Term: see [here](javascript:alert(1)).", 13),  # in a term's description
    ],
)
def test_parse_article_places_an_inline_warning_at_its_column(line: str, column: int) -> None:
    """The importer's inline warnings were always at column 1."""
    text = f"Intro text.\n| A | B |\n{line}\n" if line.startswith("|") else f"Intro text.\n{line}\n"
    _, warnings = _read(text)
    row = 3 if line.startswith("|") else 2
    assert [w.split(": warning")[0] for w in warnings if "unsafe link" in w] == [
        f"a.txt:{row}:{column}"
    ]


def test_parse_article_keeps_a_warning_about_a_whole_line_at_column_1() -> None:
    _, warnings = _read("Intro text.\n  | A | B |\n  | 1 | 2 | 3 |\n")
    assert warnings == ["a.txt:3:1: warning: table row has 3 cells, header has 2"]


def test_parse_article_says_a_plain_text_note_cannot_be_defined() -> None:
    """A `[^2]: …` line was told to add the very line it is."""
    _, found = parse_article("a.txt", "Intro text.\n[^2]: A footnote-looking line.\n")
    assert [(w.message, w.hint) for w in found] == [
        (
            "note `[^2]` is shown as text: a plain-text import cannot define notes",
            "write the note's text into the sentence; or, to keep notes, put blank lines "
            "between paragraphs and a `[^2]: …` line below, so the article is read as Markdown",
        )
    ]


_CONTENTS_HINT = "remove it: a briefing's page lists its sections under 'Contents' by itself"


@pytest.mark.parametrize(
    ("marker", "shown"), [("[TOC]", "[TOC]"), ("[[_TOC_]]", "[[TOC]]"), ("[toc]", "[toc]")]
)
def test_parse_article_keeps_a_contents_marker_text_with_the_builds_warning(
    marker: str, shown: str
) -> None:
    """`[TOC]` over text was a `## [TOC]` section, silently: it asks for a contents list the
    build makes by itself, and the build shows it as text (GitLab's `_TOC_` emphasised, as
    the build shows it) and warns, as import now does."""
    article, found = parse_article(
        "a.txt", f"Rents rose 9 per cent last year.\n\n  {marker}\nThe council met on Monday.\n"
    )
    assert (
        _headings(article),
        [b.text.text for b in article.lede if isinstance(b, Paragraph)],
    ) == (
        [],
        ["Rents rose 9 per cent last year.", shown, "The council met on Monday."],
    )
    assert [(format_diagnostic(w).split("\n")[0], w.hint) for w in found] == [
        (f"a.txt:3:3: warning: `{marker}` is not read; shown as text", _CONTENTS_HINT)
    ]


@pytest.mark.parametrize("line", ["[TOC]", "[Photo: Reuters]", "[Chart 1: Arrivals by Month]"])
def test_propose_title_and_summary_skip_a_line_in_brackets(line: str) -> None:
    """A line in square brackets whole is a marker (`[TOC]`) or an editor's note (`[Photo:
    Reuters]`): it heads, titles and sums up nothing."""
    article, _ = _read(f"{line}\nThe council met on Monday. It voted.\n")
    assert (article.headline, _headings(article)) == (None, [])
    assert propose_title(article) == ("The council met on Monday", "the first sentence (line 2)")
    assert propose_summary(article) == "The council met on Monday."


# --- summaries ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lede", "summary"),
    [
        (
            "Los EE. UU. anunciaron nuevos aranceles el martes. La Casa Blanca lo confirmó.",
            "Los EE. UU. anunciaron nuevos aranceles el martes.",
        ),
        ("Las FF. AA. desfilaron. Hubo público.", "Las FF. AA. desfilaron."),
        ("It ended after World War II. Then peace came.", "It ended after World War II."),
        ("Funding fell by a third.\u00b9 Aid stopped.", "Funding fell by a third."),
        ("The area is 40 m\u00b2", "The area is 40 m\u00b2"),
    ],
)
def test_propose_summary_reads_spanish_short_forms_and_note_markers(
    lede: str, summary: str
) -> None:
    """`Los EE. UU. anunciaron…` gave the summary "Los EE"."""
    article, _ = parse_article("a.txt", f"{lede}\n")
    assert propose_summary(article) == summary


@pytest.mark.parametrize(
    "sign_off", ["Best,", "Kind regards,", "Saludos,", "Cordialement,", "Mit freundlichen Grüßen"]
)
def test_parse_article_reads_the_lines_under_a_sign_off_as_a_signature(sign_off: str) -> None:
    """`Best,` / `Tom` made `## Tom`, and `--` / `Tom Hughes` made `## Tom Hughes`: a short
    line under a sign-off is a name, no heading (and no warning that it reads like one); nor
    is the sign-off one."""
    article, warnings = _read(
        "Re: Draft response\n"
        "Hi Sarah,\n"
        "Thanks for sending this through. I made a few changes.\n"
        f"{sign_off}\n"
        "Tom\n"
        "--\n"
        "Tom Hughes\n"
        "Senior Policy Adviser, Housing Team\n"
        "tom.hughes@example.gov.uk | 020 7946 0123\n"
    )
    assert (_headings(article), warnings) == ([], [])
    assert _kinds(article) == ["Paragraph"] * 8
    assert propose_summary(article) == "Thanks for sending this through."


def test_parse_article_reads_a_heading_after_a_signature_and_a_blank_line() -> None:
    """A signature ends at a blank line: a heading under it is still one."""
    article, _ = _read(
        "Hi all,\nThe talks went well.\nBest,\nTom\n\nBackground\nThe talks began.\n"
    )
    assert _headings(article) == ["Background"]


@pytest.mark.parametrize(
    ("lede", "title", "summary"),
    [
        (
            "Arrivals rose by a third. The ministry said so.",
            "Arrivals rose by a third",
            "Arrivals rose by a third.",
        ),
        ("Arrivals rose.\u00b9 Then they fell.", "Arrivals rose", "Arrivals rose."),
        ("出口量增长了。然而税率上升。", "出口量增长了", "出口量增长了。"),
        (
            "Why did arrivals rise? Nobody knows.",
            "Why did arrivals rise?",
            "Why did arrivals rise?",
        ),
    ],
)
def test_propose_summary_keeps_the_sentences_full_stop_the_title_drops(
    lede: str, title: str, summary: str
) -> None:
    """hunt14: import wrote `summary: "Arrivals rose by a third"`, its sentence's full stop
    dropped as a title's is: a summary is a sentence, shown as one on the index and in feeds."""
    article, _ = _read(f"{lede}\n")
    assert (propose_title(article)[0], propose_summary(article)) == (title, summary)


@pytest.mark.parametrize("salutation", ["Hi Sarah,", "Dear colleagues,", "Estimados señores:"])
def test_propose_summary_skips_a_salutation(salutation: str) -> None:
    """The summary was `Hi Sarah,`: a greeting sums nothing up."""
    article, _ = _read(f"Flood Defence Update\n{salutation}\nFunding was approved. Works begin.\n")
    assert propose_summary(article) == "Funding was approved."


@pytest.mark.parametrize(
    "byline", ["By Ana Torres, Washington Bureau", "Por María Gómez", "Von Anna Schmidt\n"]
)
def test_propose_summary_skips_a_byline(byline: str) -> None:
    """The summary was `By Ana Torres, Washington Bureau`: a name sums nothing up either."""
    article, _ = _read(
        f"Senate Passes Border Bill\n{byline}\nThe Senate passed it. Now the House.\n"
    )
    assert propose_summary(article) == "The Senate passed it."


@pytest.mark.parametrize(
    "contact",
    [
        "Phone: (202) 555-0143\npress@migrationpolicy.example.org",
        "Mobile: +44 7700 900123",
        "Media enquiries: press@treasury.example.gov",
        "www.migrationpolicy.example.org",
    ],
)
def test_propose_summary_skips_a_contacts_lines(contact: str) -> None:
    """A press release's summary was its contact's phone line (`Phone: (202) 555-0143`): a line
    that ends on a phone number or an address sums nothing up, as a byline does not."""
    article, _ = _read(
        f"FOR IMMEDIATE RELEASE\nNovember 18, 2026\n\n{contact}\n\n"
        "WASHINGTON \u2014 Senators today introduced the Seasonal Workforce Act. It is new.\n"
    )
    assert propose_summary(article) == (
        "WASHINGTON \u2014 Senators today introduced the Seasonal Workforce Act."
    )


@pytest.mark.parametrize(
    "credit",
    [
        "Contact: Maria Lopez",
        "Media contact: Maria Lopez, Press Officer",
        "Author: Jane Doe",
        "Written by: Jane Doe",
        "Photo: Reuters",
        "Contacto: Mar\u00eda L\u00f3pez",
        "Contact presse : Marie Dupont",
        "Pressekontakt: Anna Schmidt",
        "Contato: Jo\u00e3o Silva",
        "Ufficio stampa: Giulia Rossi",
    ],
)
def test_parse_article_reads_a_credit_line_as_no_title_heading_or_summary(credit: str) -> None:
    """`Contact: Maria Lopez` over a press release's text was its title (and a `##` section
    lower down): a label that names who to contact, who wrote or who took the picture before
    its colon makes a credit, as a byline is one: never a title, a heading or the summary."""
    text = "The ministry announced a fund of 2 billion euros on Monday. It opens in May.\n"
    article, warnings = _read(f"{credit}\n\n{text}")
    assert (article.headline, _headings(article), warnings) == (None, [], [])
    assert propose_title(article)[0] == text.split(".")[0]
    assert propose_summary(article) == text.split(" It")[0]
    article, warnings = _read(f"{text}\nHousing Fund\n{credit}\n\n{text}")
    assert (_headings(article), warnings) == (["Housing Fund"], [])
    article, _ = _read(f"{credit}\nMinistry Announces a Housing Fund\n{text}")
    assert propose_title(article)[0] == "Ministry Announces a Housing Fund"
    assert propose_summary(article) == text.split(" It")[0]


def test_parse_article_reads_a_contacts_block_under_a_credit_as_no_heading() -> None:
    """A credit heads nothing, but is a line of the contact's block it starts: the last line
    of `Contact: Tom Adeyemi` / `Communications Manager` / `Ministry of Housing` is no
    heading, as under `Media contact` / `Tom Adeyemi`."""
    article, warnings = _read(
        "The ministry announced a fund on Monday.\n\nContact: Tom Adeyemi\n"
        "Communications Manager\nMinistry of Housing\nThe ministry builds homes.\n"
    )
    assert (_headings(article), warnings) == (
        [],
        [f"a.txt:4:1: warning: {_NEXT}", f"a.txt:5:1: warning: {_ABOVE}"],
    )


@pytest.mark.parametrize(
    "lede",
    ["The full report is online at https://www.ine.gob.ec/informe", "Write to press@ine.gob.ec."],
)
def test_propose_summary_keeps_a_sentence_that_ends_on_an_address(lede: str) -> None:
    article, _ = _read(f"Inflation Update\n{lede}\n")
    assert propose_summary(article) == lede


@pytest.mark.parametrize(
    "lede",
    [
        "By Monday Morning, the Senate had passed it. Now the House.",
        "By Ana Torres and others, all of them senators; they passed it. Now the House.",
    ],
)
def test_propose_summary_keeps_a_sentence_that_starts_as_a_byline_does(lede: str) -> None:
    article, _ = _read(f"Senate Passes Border Bill\n{lede}\n")
    assert propose_summary(article) == lede.split(" Now")[0]


@pytest.mark.parametrize("rule", ["---", "* * *", "***", "___", "- - -", "\u2042"])
def test_propose_title_and_summary_skip_a_section_break(rule: str) -> None:
    """An article that opened with `---` or `* * *` was titled and summed up `---`: a break
    has no words to offer."""
    article, _ = _read(f"{rule}\nUPDATE: The vote was moved. It is today.\n\nThe council met.\n")
    assert propose_title(article) == ("UPDATE: The vote was moved", "the first sentence (line 2)")
    assert propose_summary(article) == "UPDATE: The vote was moved."


@pytest.mark.parametrize(
    "rule",
    [
        "\u2014 \u2014 \u2014",
        "\u2013 \u2013 \u2013",
        "\u2014\u2014\u2014",
        "\u2022 \u2022 \u2022",
        "\u25cf\u25cf\u25cf",
    ],
)
def test_parse_article_reads_a_break_of_dashes_as_no_list_item(rule: str) -> None:
    """`— — —` was the list item `- — —`, `• • •` the item `- • •`: the first glyph read as a
    bullet's."""
    article, warnings = _read(f"Budget Update\n\nThe council met.\n\n{rule}\n\nIt agreed.\n")
    assert (_kinds(article), warnings) == (["Paragraph"] * 3, [])


def test_parse_article_reads_a_contacts_name_over_its_address_as_a_paragraph() -> None:
    """`Office of Public Affairs` / `press@treasury.example.gov` was one paragraph, then
    `## Office of Public Affairs` once an address no longer carried a line on."""
    article, warnings = _read(
        "Treasury Announces Sanctions\n"
        "The sanctions freeze assets.\n"
        "Contact:\n"
        "Office of Public Affairs\n"
        "press@treasury.example.gov\n"
    )
    assert (_headings(article), _kinds(article), warnings) == ([], ["Paragraph"] * 4, [])


# --- runs of short lines, datelines and release lines ------------------------------------

_ABOVE = "line reads like a heading but the line above does too; kept as a paragraph"
_NEXT = "line reads like a heading but the next line does too; kept as a paragraph"
_METADATA = (
    "line reads like a heading but is a `Label: value` line among short lines, the text's "
    "metadata; kept as a paragraph"
)


@pytest.mark.parametrize(
    "run",
    [
        ["Sir Geoffrey Clifton-Brown, in the Chair", "Nick Smith", "Sarah Olney"],
        ["Media contact", "Tom Adeyemi", "Communications Manager"],
        ["Media contact", "Tom Adeyemi, Communications Manager"],
        ["Chair: Sir Geoffrey Clifton-Brown", "Nick Smith", "Sarah Olney"],
    ],
    ids=["members", "contact", "name-and-role", "labelled-name"],
)
@pytest.mark.parametrize("blank", ["", "\n"], ids=["close", "blank"])
def test_parse_article_keeps_every_line_of_a_run_of_short_lines_a_paragraph(
    run: list[str], blank: str
) -> None:
    """`## Sarah Olney`: the last of a run of lines that read like headings was a section (and
    could be the title), silently, while the others were kept as paragraphs and warned about;
    it is no more a heading than they are."""
    article, warnings = _read(
        "The committee agreed its report on Wednesday.\n\nMembers present:\n"
        + "\n".join(run)
        + f"\n{blank}Draft Report read and agreed to.\n"
    )
    assert (_headings(article), _kinds(article)) == ([], ["Paragraph"] * (len(run) + 3))
    last = len(run) + 3
    assert warnings == [
        *(f"a.txt:{line}:1: warning: {_NEXT}" for line in range(4, last)),
        f"a.txt:{last}:1: warning: {_ABOVE}",
    ]


@pytest.mark.parametrize(
    "above",
    ["Source: Inter-American Dialogue", "Jane Doe and Luis P\u00e9rez", "Background"],
)
def test_parse_article_reads_the_second_of_two_short_lines_over_text_as_a_heading(
    above: str,
) -> None:
    """`Source: …` / `Key Findings` lost its section (and an author line over `Key Messages`):
    of two short lines over text, the second heads it; only a run of three or more is none."""
    article, warnings = _read(
        f"Remittances reached US$41 billion in 2025.\n{above}\nKey Findings\n"
        "- Guatemala received US$21.5 billion.\n"
    )
    assert (_headings(article), warnings) == (["Key Findings"], [f"a.txt:2:1: warning: {_NEXT}"])


@pytest.mark.parametrize(
    "label",
    [
        "Source: OCHA",
        "Source: UNHCR, 2024",
        "Note: figures are provisional",
        "Fuente: ACNUR",
        "Explainer: the new port code",
    ],
)
def test_parse_article_reads_a_heading_under_a_label_line_and_a_short_line(label: str) -> None:
    """`Source: OCHA` / `Humanitarian Response` / `Shelter` / text lost its `Shelter` section,
    as the last of a run of three short lines: a `Label: value` line that names nobody is the
    text's metadata, no name in a list, and parts a run as a blank line does; of the two short
    lines under it, the second heads the text. The label's line is warned about as what it
    is, not as one of two short lines over text."""
    article, warnings = _read(
        "Fighting displaced 40,000 people in North Darfur this week.\n\n"
        f"{label}\nHumanitarian Response\nShelter\nPartners distributed 3,000 shelter kits.\n"
    )
    assert (_headings(article), warnings) == (
        ["Shelter"],
        [f"a.txt:3:1: warning: {_METADATA}", f"a.txt:4:1: warning: {_NEXT}"],
    )


@pytest.mark.parametrize(
    ("above", "labels"),
    [
        ("Key figures", ["Displaced: 1.2 million", "Aid pledged: $45 million"]),
        ("Key figures", ["Displaced: 1.2 million", "Deaths: 340", "Aid pledged: $45 million"]),
        ("Opening hours", ["Weekdays: 6pm to 8am", "Weekends: all day"]),
        ("Notes to editors", ["Reference: PR-2026-114", "Pages: 12"]),
        ("Key figures", ["Displaced: 1.2 million"]),
    ],
)
def test_parse_article_never_reads_a_label_line_among_short_lines_as_a_heading(
    above: str, labels: list[str]
) -> None:
    """`Key figures` / `Displaced: 1.2 million` / `Aid pledged: $45 million` over text made
    the last `Label: value` line a `##` section, silently, under warnings saying the next line
    read like a heading too: the text's metadata parts a run, but heads nothing itself."""
    block = "\n".join([above, *labels])
    article, warnings = _read(
        f"Heavy rain has flooded 40 districts.\n\n{block}\n\nAid agencies expect more.\n"
    )
    assert _headings(article) == []
    assert [p.text.text for p in article.lede[1:-1] if isinstance(p, Paragraph)] == [
        above,
        *labels,
    ]
    assert warnings == [
        f"a.txt:3:1: warning: {_NEXT}",
        *(f"a.txt:{n}:1: warning: {_METADATA}" for n in range(4, 4 + len(labels))),
    ]


def test_parse_article_never_reads_a_label_line_under_a_release_line_as_a_heading() -> None:
    """`Notes to editors` / `Embargo: none` / `Reference: PR-2026-114` over text made the
    reference a `##` section: the release line dates the heading above it, and the reference
    under it is the text's metadata, which heads nothing."""
    article, warnings = _read(
        "The ministry opened 40 shelters.\n\n"
        "Notes to editors\nEmbargo: none\nReference: PR-2026-114\n\nOccupancy is published.\n"
    )
    assert _headings(article) == ["Notes to editors"]
    blocks = article.sections[0].blocks
    assert [b.text.text for b in blocks if isinstance(b, Paragraph)] == [
        "Embargo: none",
        "Reference: PR-2026-114",
        "Occupancy is published.",
    ]
    assert warnings == [f"a.txt:5:1: warning: {_METADATA}"]


def test_parse_article_keeps_a_name_alone_under_a_short_line_a_paragraph() -> None:
    """`Apologies` / `Cllr John Hart` / blank: a name heads nothing, as two lines over text do."""
    article, warnings = _read("Present: all.\n\nApologies\nCllr John Hart\n\nThe chair opened.\n")
    assert (_headings(article), warnings[-1]) == ([], f"a.txt:4:1: warning: {_ABOVE}")


def test_parse_article_keeps_a_heading_a_blank_line_parts_from_the_line_above() -> None:
    """A blank line ends a run: the heading under it heads the text under it, as before; the
    warning names it, past the blank line."""
    article, warnings = _read("Intro text here.\nFirst Heading\n\nSecond Heading\nBody text.\n")
    past = _NEXT.replace("the next line", "the next line with text (line 4)")
    assert (_headings(article), warnings) == (["Second Heading"], [f"a.txt:2:1: warning: {past}"])


@pytest.mark.parametrize(
    "dateline",
    [
        "As of 24 November 2026",
        "Wednesday 12 November 2026",
        "Wednesday, November 12, 2026",
        "November 2026",
        "Updated: 3 March 2025, 14:00 GMT",
        "Stand: 24. November 2026",
        "Mis à jour le 24 novembre 2026",
        "Actualizado el 24 de noviembre de 2026",
        "FOR IMMEDIATE RELEASE",
        "For immediate release: 24 November 2026",
        "Press release: 24 November 2026",
        "EMBARGOED UNTIL 00:01 GMT, 25 NOVEMBER 2026",
        "Press Release",
        "Communiqué de presse",
        "Pressemitteilung",
        "Nota de prensa",
        "Comunicato stampa",
    ],
)
@pytest.mark.parametrize("blank", ["", "\n"], ids=["close", "blank"])
def test_parse_article_keeps_the_headline_over_a_dateline_or_release_line(
    dateline: str, blank: str
) -> None:
    """`As of 24 November 2026` (or `FOR IMMEDIATE RELEASE`) under the headline was the title and
    a section, the headline a paragraph with a warning: a line that dates or releases the
    article is no heading, as a date is not; nor, as a byline, the summary."""
    article, warnings = _read(
        f"Darfur Situation Report No. 14\n{blank}{dateline}\n\n"
        "This report covers the period from 10 to 24 November.\n"
        "Key Figures\nAbout 600,000 people have fled.\n"
    )
    assert propose_title(article) == ("Darfur Situation Report No. 14", "the headline (line 1)")
    assert (_headings(article), warnings) == (["Key Figures"], [])
    assert next(b.text.text for b in article.lede if isinstance(b, Paragraph)) == dateline
    assert propose_summary(article) == "This report covers the period from 10 to 24 November."


_QUESTION_HEADLINES = [
    "Why are US ports on strike?",
    "Why are US ports on strike? What we know so far",
    "Who pays? And how much?",
    "\u00bfPor qu\u00e9 hay huelga en los puertos? Lo que sabemos",
]


@pytest.mark.parametrize("headline", _QUESTION_HEADLINES)
@pytest.mark.parametrize(
    "dateline",
    ["Updated: 2 October 2026, 14:00 EDT", "As of 2 October 2026", "FOR IMMEDIATE RELEASE"],
)
def test_parse_article_keeps_a_question_headline_over_a_dateline(
    headline: str, dateline: str
) -> None:
    """Under `Why are US ports on strike?` the byline's `Updated: …` line was a `##` section:
    the question ended the article's first sentence, so the dateline stood lower down. And a
    headline that asks before its title (`…strike? What we know so far`) was the lede's first
    paragraph and the summary, the title proposed the dateline or a later question. A
    headline is no sentence of the text, and may ask a question before its title."""
    article, warnings = _read(
        f"{headline}\n\nBy Maya Chen, Washington\n\n{dateline}\n\n"
        "Some 45,000 dockworkers walked off the job on Tuesday. It is the first such strike.\n\n"
        "What are the workers asking for?\nThe union wants a 77% pay rise.\n"
    )
    assert propose_title(article) == (headline, "the headline (line 1)")
    assert (_headings(article), warnings) == (["What are the workers asking for?"], [])
    assert [b.text.text for b in article.lede if isinstance(b, Paragraph)][1] == dateline
    assert propose_summary(article) == "Some 45,000 dockworkers walked off the job on Tuesday."


def test_parse_article_reads_a_line_of_two_sentences_lower_down_as_no_heading() -> None:
    """Only the headline may ask a question before its title: lower down, such a line is a
    sentence of the text (`Is it fair? Many say it is not`)."""
    article, _ = _read(
        "Port Strike\n\nThe union walked out.\n\nIs it fair? Many say it is not\n"
        "The employers disagree.\n"
    )
    assert (article.headline, _headings(article)) == ("Port Strike", [])


def test_parse_article_keeps_a_date_heading_in_the_body_a_heading() -> None:
    """A timeline's `January 2026` and `As of November 2026` were paragraphs, silently: a line
    that dates the article is no heading only above its first sentence, by the headline."""
    article, warnings = _read(
        "How the Asylum Reform Unfolded\n\nThe reform took fourteen months.\n\n"
        "January 2026\nThe government published its white paper.\n\n"
        "Wednesday 10 June 2026\nThe upper house passed the bill.\n\n"
        "As of November 2026\nThe first centre is open.\n"
    )
    assert propose_title(article)[0] == "How the Asylum Reform Unfolded"
    assert (_headings(article), warnings) == (
        ["January 2026", "Wednesday 10 June 2026", "As of November 2026"],
        [],
    )


@pytest.mark.parametrize(
    "dateline", ["Tuesday 14 May 2024", "May 14, 2024", "As of 14 May 2024", "Mardi 14 mai 2024"]
)
def test_parse_article_reads_a_date_under_a_heading_as_the_sections_text(dateline: str) -> None:
    """`Formal minutes` / `Tuesday 14 May 2024` / text: the date was the section's heading and
    `Formal minutes` a paragraph, warned about. A date right under a heading dates it: it is
    never the heading, but the section's first paragraph."""
    article, warnings = _read(
        "Public Accounts Committee\n\nThe committee met in private.\n\n"
        f"Formal minutes\n{dateline}\nMembers present: Sir Geoffrey Clifton-Brown, in the Chair.\n"
    )
    assert (_headings(article), warnings) == (["Formal minutes"], [])
    first = article.sections[0].blocks[0]
    assert isinstance(first, Paragraph)
    assert first.text.text == dateline


def test_parse_article_reads_each_date_of_a_timeline_under_a_heading_alike() -> None:
    """`How it unfolded` / `January 2026` / text / `March 2026` / text: the first date was its
    heading's date, a paragraph, while the later ones headed sections. A date under a heading
    whose text goes on to date later entries the same way heads its entry, as they do."""
    article, warnings = _read(
        "Floods in the delta\n\nHeavy rain has flooded 40 districts.\n\n"
        "How it unfolded\nJanuary 2026\nThe river rose over three days.\n\n"
        "March 2026\nThe first camps opened.\n\nMay 2026\nWater receded.\n"
    )
    assert (_headings(article), warnings) == (
        ["January 2026", "March 2026", "May 2026"],
        [f"a.txt:5:1: warning: {_NEXT}"],
    )


def test_parse_article_reads_a_release_line_over_the_headline_as_text() -> None:
    """`FOR IMMEDIATE RELEASE` over the headline was warned about as a heading-like line."""
    article, warnings = _read(
        "FOR IMMEDIATE RELEASE\nCoalition Welcomes Ruling\n\n"
        "The Refugee Rights Coalition today welcomed the ruling.\n"
    )
    assert (propose_title(article)[0], warnings) == ("Coalition Welcomes Ruling", [])


@pytest.mark.parametrize(
    "line",
    [
        "Mobile: +44 7700 900123",
        "Tel: +44 (0)20 7946 0958",
        "Out of hours: 07700 900456",
        "Tel: (202) 555-0100",
        "Call 202-555-0100",
    ],
)
def test_parse_article_makes_no_heading_of_a_line_that_ends_on_a_phone_number(
    line: str,
) -> None:
    """`## Out of hours: 07700 900456` was a section: a line that ends on a phone number, as
    one that ends on an address, is a contact's line."""
    article, warnings = _read(
        f"The coalition welcomed the ruling today.\n\n{line}\n\n[1] Home Office statistics.\n"
    )
    assert (_headings(article), warnings) == ([], [])


@pytest.mark.parametrize(
    "heading",
    [
        "Meeting of 12 November 2026",
        "Outlook to March 2027",
        "Budget 2025 to 2030",
        "Recommendations (2025-2026)",
        "Resolution 2231",
    ],
)
def test_parse_article_keeps_a_heading_that_holds_a_date_or_a_number(heading: str) -> None:
    article, warnings = _read(f"Intro text here.\n{heading}\nGrowth is expected to slow.\n")
    assert (_headings(article), warnings) == ([heading], [])


@pytest.mark.parametrize(
    ("line", "dateline", "release"),
    [
        ("Stand: 24. November 2026", True, False),
        ("Mittwoch, 12. November 2026", True, False),
        ("Lunes 24 de noviembre de 2026", True, False),
        ("Published on 24 November 2026", True, False),
        ("Meeting of 12 November 2026", False, False),
        ("24 November 2026 at 3.15pm", True, False),
        ("Sperrfrist: 25. November 2026, 10 Uhr", False, True),
        ("Embargo on Russian Oil", False, False),
        ("Press Release Templates", False, False),
        ("Press release \u2013 24 November 2026", False, True),
    ],
)
def test_is_dateline_and_is_release_line_read_the_words_that_lead_a_date_or_release(
    line: str, dateline: bool, release: bool
) -> None:
    assert (is_dateline(line), is_release_line(line)) == (dateline, release)


def _tree(sections: tuple[Section, ...]) -> list[object]:
    return [(s.level, s.heading.text, _tree(s.subsections)) for s in sections]


def test_parse_article_nests_a_numbered_heading_under_the_one_its_number_names() -> None:
    """`2.1 Scope of the review` under `2 Findings` was a `## ` section beside it."""
    article, _ = _read(
        "Intro text here.\n\n1 Background\nText.\n\n2 Findings\nText.\n\n"
        "2.1 Scope of the review\nText.\n\n2.1.1 Method\nText.\n\n2.2. Costs\nText.\n\n"
        "3.1 Next steps\nText.\n\n3 Outlook\nText.\n\nWhat Comes Next\nText.\n\n"
        "3.2 Later steps\nText.\n"
    )
    assert _tree(article.sections) == [
        (2, "1 Background", []),
        (
            2,
            "2 Findings",
            [(3, "2.1 Scope of the review", [(4, "2.1.1 Method", [])]), (3, "2.2. Costs", [])],
        ),
        (2, "3.1 Next steps", []),  # no `3` above it
        (2, "3 Outlook", []),
        (2, "What Comes Next", []),
        (2, "3.2 Later steps", []),  # a heading with no number closed `3`
    ]


# --- wiki edit links ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "link"),
    [
        ("History[edit]", "[edit]"),
        ("History [edit source]", "[edit source]"),
        ("Historia[editar]", "[editar]"),
        ("Storia[modifica]", "[modifica]"),
    ],
)
def test_parse_article_leaves_a_wikis_edit_link_out_of_a_heading(heading: str, link: str) -> None:
    """A heading copied from Wikipedia brought `[edit]` into the heading, its Contents entry
    and its id (`history-edit`), without a word."""
    article, warnings = _read(
        f"Basic income\n\nA minimum income for all.\n\n{heading}\n\nThe idea is old.\n"
    )
    assert _headings(article) == [heading[: heading.index("[")].rstrip()]
    assert warnings == [
        f"a.txt:5:1: warning: `{link}` after the heading is a wiki's edit link, copied with it:"
        " left out"
    ]


def test_parse_article_keeps_a_heading_that_is_only_a_bracketed_edit() -> None:
    _article, warnings = _read("Basic income\n\nA minimum income for all.\n\n[edit]\n\nText.\n")
    assert "left out" not in " ".join(warnings)
