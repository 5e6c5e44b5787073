"""The plain-article recogniser: each line rule on its own, then whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import SourcePos, format_diagnostic
from briefgen.importer.article import Article
from briefgen.importer.headings import is_heading, is_heading_shaped
from briefgen.importer.lines import (
    Bullet,
    Caption,
    clean_line,
    parse_bullet,
    parse_caption,
    read_lines,
)
from briefgen.importer.proposals import propose_summary, propose_title
from briefgen.importer.recognise import parse_article
from briefgen.importer.rows import (
    is_separator_row,
    is_table_row,
    separator_alignments,
    split_cells,
)
from briefgen.importer.terms import is_term, parse_term_bullet
from briefgen.model import BulletItem, BulletList, Paragraph, RichText, Section, Table
from tests.conftest import cpu_seconds
from tests.unit.model_shape import callouts, strip_positions, without_callouts

REPO = Path(__file__).resolve().parents[2]
SOURCE_ARTICLE = REPO.parent / "shared" / "source-article.txt"
DEFAULT_BRIEFING = REPO / "content" / "rubio-mexico-ecuador-migration.md"
FIXTURES = REPO / "tests" / "fixtures" / "import"
NOWHERE = SourcePos("test", 1)

# --- line rules ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "next_line", "expected"),
    [
        ("Key Takeaways", "In summary, the visit matters.", True),
        ("Drought Planning: What Changes in 2026", "Water companies must now plan.", True),
        ("Why this matters", "Rents rose.", True),  # sentence case is still a heading
        ("Storage by Country", "| Country | Storage |", True),
        ("Recommendations", "1. Publish data.", True),
        ("Key Takeaways", None, False),  # nothing follows
        ("Key Takeaways", "Next Steps", False),  # another heading-shaped line follows
        ("Prices have since fallen.", "More text.", False),  # final period
        ("Key areas of focus will include:", "- Jobs", False),  # lead-in
        ("Key Takeaways:", "- Jobs", True),  # the closing section's heading, with a colon
        ("Takeaways\uff1a", "- Jobs", True),
        ("Main findings:", "- Jobs", False),  # a colon ends no other heading
        ("What Happens Next?", "A campaign starts.", True),  # question subhead
        ("Why now? Nobody knows.", "A campaign starts.", False),  # a question in text
        ("Witnesses", "Table: Witnesses heard", True),  # a caption line is body text
        ("Outlook", "Figure: Rainfall by month", True),
        ("the minister said nothing", "More text.", False),  # lowercase start
        ("- Humanitarian Support", "More text.", False),  # bullet
        ("| A | B |", "| 1 | 2 |", False),  # table row
        ("Table: Witnesses heard", "| Witness | Organisation |", False),  # caption
        (" ".join(["Word"] * 16), "More text.", False),  # too many words
        ("Aid to the U.S.", "More text.", True),  # an abbreviation is not a final period
        ("Aid to the U.S. Military", "More text.", True),  # nor a period inside the line
        # A figure's decimal point makes no abbreviation: its sentence ends at the period.
        ("A 3% rate would raise an estimated £1.2bn.", "More text.", False),
        ("A 3% rate would raise £1.2bn.[2]", "More text.", False),
        ("Inflation Rose to 3.5%.", "More text.", False),
        ("Support for Ph.D.", "More text.", True),
        # Two sentences are prose (a hard-wrapped paragraph), never a heading.
        ("Tuesday. The money is aimed at waiting lists, which reached", "September.", False),
        ("Why Now? Nobody Knows", "More text.", False),
        ("Prices Rose 4%. Wages Did Not", "More text.", False),
        ("Mr. Smith Goes to St. Ives", "More text.", True),
        ("Étude: Les Prix. Ça Monte", "More text.", False),
    ],
)
def test_is_heading_reads_short_title_lines_followed_by_text(
    line: str, next_line: str | None, expected: bool
) -> None:
    assert is_heading(line, next_line) is expected


def test_is_heading_shaped_rejects_lines_over_120_characters() -> None:
    assert not is_heading_shaped("Abcdefghij " * 11 + "Abcdefghijklm")
    assert is_heading_shaped("Abcdefghij " * 10)


@pytest.mark.parametrize(
    ("line", "warning"),
    [
        (
            " ".join(["Word"] * 18),
            "line reads like a heading but has 18 words (a heading has at most 15)",
        ),
        (
            "Numbers " + ",".join(["00000000"] * 32),  # two words, but 295 characters
            "line reads like a heading but has 295 characters (a heading has at most 120)",
        ),
        ("Wow! Big News Here", None),  # two sentences: prose, whatever the length
        ("Prices Rose 4%. Wages Did Not", None),
    ],
)
def test_parse_article_says_why_a_heading_like_line_is_kept_a_paragraph(
    line: str, warning: str | None
) -> None:
    _, warnings = parse_article("a.txt", f"Intro paragraph here.\n\n{line}\nSome text follows.\n")
    expected = [f"{warning}; kept as a paragraph"] if warning else []
    assert [w.message for w in warnings] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Jobs", Bullet(ordered=False, number=1, text="Jobs")),
        ("* Jobs", Bullet(ordered=False, number=1, text="Jobs")),
        ("• Jobs", Bullet(ordered=False, number=1, text="Jobs")),
        ("+ Jobs", Bullet(ordered=False, number=1, text="Jobs")),
        ("1. Jobs", Bullet(ordered=True, number=1, text="Jobs")),
        ("12) Jobs", Bullet(ordered=True, number=12, text="Jobs")),
        ("*strategic partnerships* matter", None),  # emphasis, not a bullet
        ("-5 per cent", None),
        ("2024 was a hard year.", None),
        ("3.5 million people moved.", None),
        ("-", None),
    ],
)
def test_parse_bullet_reads_markers(line: str, expected: Bullet | None) -> None:
    assert parse_bullet(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Enhancing Bilateral Cooperation: Collaborating with local governments.",
            ("Enhancing Bilateral Cooperation", "Collaborating with local governments."),
        ),
        (
            "Abstraction Licences: capped at 2019 levels; review date: March 2027.",
            ("Abstraction Licences", "capped at 2019 levels; review date: March 2027."),
        ),
        ("Work visas: extend the list.", ("Work visas", "extend the list.")),
        ("ONS: private rental index", ("ONS", "private rental index")),
        (
            "Education and Skills Training: Programs.",
            ("Education and Skills Training", "Programs."),
        ),
        ("**Legal Pathways:** Creating processes.", ("Legal Pathways", "Creating processes.")),
        # A term in bold is one as written, whatever its case, as the build reads it.
        ("**pH:** acidity.", ("pH", "acidity.")),
        ("**tCO₂e**: tonnes.", ("tCO₂e", "tonnes.")),
        ("The committee found: hotel use should end.", None),  # a sentence, not a term
        ("https://example.org/report: the full report", None),  # a URL is not a term
        ("Meeting at 10:30 in Quito", None),  # no ": "
        ("Border Security:", None),  # no description
        ("One Two Three Four Five Six Seven: too long a term", None),
        ("Costs rose.: odd", None),  # term ends with a period
    ],
)
def test_parse_term_bullet_splits_at_first_colon_after_a_title_like_term(
    text: str, expected: tuple[str, str] | None
) -> None:
    assert parse_term_bullet(text) == expected


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("Humanitarian Support", True),
        ("Protection for Vulnerable Groups", True),
        ("Work visas", True),
        ("The minister said", False),
        ("www.example.org", False),
        ("", False),
    ],
)
def test_is_term_accepts_short_title_like_phrases(term: str, expected: bool) -> None:
    assert is_term(term) is expected


_SENTENCE_CASE_TERMS = {
    "fr": ("Délais", "Juge unique", "Assignation à résidence"),
    "es": ("Plazos", "Asilo en frontera", "Centros de primera acogida"),
    "de": ("Fristen", "Dauer der Verfahren", "Zahl der offenen Fälle"),
    "pt-BR": ("Prazos", "Pedidos de refúgio", "Tempo médio de espera"),
    "ar": ("المدة", "قاض واحد", "عدد طالبي اللجوء"),
}
"""Terms of one, two and three or more words, as each language writes them: in sentence case,
or in a script without case."""


@pytest.mark.parametrize("language", sorted(_SENTENCE_CASE_TERMS))
def test_parse_article_reads_terms_in_sentence_case_outside_english(language: str) -> None:
    """`Assignation à résidence: …` was a plain bullet among term bullets, with the hint to write
    it in Title Case, which is wrong French: only English titles are in Title Case."""
    terms = _SENTENCE_CASE_TERMS[language]
    text = "Intro text.\n" + "".join(f"- {term}: text {n}.\n" for n, term in enumerate(terms))
    article, warnings = parse_article("a.txt", text, language=language)
    bullets = article.lede[1]
    assert isinstance(bullets, BulletList)
    assert ([item.term and item.term.text for item in bullets.items], warnings) == (list(terms), [])


@pytest.mark.parametrize("language", ["en", "en-GB"])
def test_parse_article_reads_a_term_in_title_case_only_in_english(language: str) -> None:
    """English keeps its rule: a term of three words or more is in Title Case, so a sentence's
    start (`The committee found:`) stays a plain bullet, with the hint to write the term so."""
    text = "Intro text.\n- Cost: £107 a day.\n- Longest single detention: 1,143 days.\n"
    article, warnings = parse_article("a.txt", text, language=language)
    bullets = article.lede[1]
    assert isinstance(bullets, BulletList)
    assert [item.term and item.term.text for item in bullets.items] == ["Cost", None]
    assert [(w.pos.line, w.message, w.hint) for w in warnings] == [
        (
            3,
            "bullet may be a term bullet but 'Longest single detention' does not read as a term",
            "write the term in Title Case (at most 6 words) to make it one",
        )
    ]


def test_parse_article_reads_a_bold_term_as_a_term_without_a_warning() -> None:
    """`- **pH:** acidity.` was counted as a plain bullet and warned that `pH` does not read
    as a term, with the hint to write it in Title Case (`PH`); the page showed it as a term."""
    text = "Intro text.\n- CBAM: the mechanism.\n- **pH:** acidity.\n- **tCO₂e**: tonnes.\n"
    article, warnings = parse_article("a.txt", text)
    bullets = article.lede[1]
    assert isinstance(bullets, BulletList)
    terms = [item.term and item.term.text for item in bullets.items]
    assert (terms, warnings) == (["CBAM", "pH", "tCO₂e"], [])


@pytest.mark.parametrize("term", ["tCO₂e", "pH", "mRNA", "G7 summit outcomes"])
def test_parse_article_hints_at_bold_for_a_term_a_capital_would_misspell(term: str) -> None:
    """Title Case would write `TCO₂e` or `PH`: a term with a capital after a small letter or a
    digit among its letters is made one in bold, as written."""
    text = f"Intro text.\n- CBAM: the mechanism.\n- {term}: text.\n"
    _, warnings = parse_article("a.txt", text)
    assert [(w.pos.line, w.hint) for w in warnings] == [
        (3, f"write the term in bold, `- **{term}:** …`, to make it one")
    ]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "El ministro del Interior dijo"),
        ("es", "Según la OIM y ACNUR"),
        ("fr", "Selon la Commission européenne"),
        ("fr", "Le ministre a précisé"),
        ("de", "Der Minister sagte"),
        ("de", "Laut Bundespolizei"),
        ("es", "En resumen"),
        ("pt-BR", "O ministro da Justiça disse"),
        ("it", "Secondo il ministero"),
        ("es", "Por ahora"),
        ("fr", "En bref"),
        ("de", "Nach Angaben"),
        ("pt-BR", "Em resumo"),
        ("pt-BR", "Segundo ele"),
        ("it", "In sintesi"),
        ("it", "Dopo il voto"),
        ("fr", "D'après le ministère"),
        ("fr", "L'État a déclaré"),
    ],
)
def test_parse_article_reads_no_sentence_start_as_a_term_outside_english(
    language: str, sentence: str
) -> None:
    """With any case allowed outside English, `- El ministro del Interior dijo: «…»` became a
    bold term silently; a clause starts with a preposition, or an article before more than its
    noun, a term does not."""
    terms = _SENTENCE_CASE_TERMS.get(language, ("Plazos", "Asilo en frontera"))
    text = "Intro text.\n" + "".join(f"- {term}: text.\n" for term in terms[:2])
    article, warnings = parse_article("a.txt", f"{text}- {sentence}: text.\n", language=language)
    bullets = article.lede[1]
    assert isinstance(bullets, BulletList)
    assert [item.term and item.term.text for item in bullets.items] == [*terms[:2], None]
    assert [(w.pos.line, w.message) for w in warnings] == [
        (4, f"bullet may be a term bullet but {sentence!r} does not read as a term")
    ]


@pytest.mark.parametrize(
    ("language", "term"),
    [
        ("es", "La reforma"),
        ("es", "Los plazos"),
        ("fr", "Le calendrier"),
        ("fr", "Les délais"),
        ("fr", "L'impact"),
        ("de", "Die Kosten"),
        ("de", "Das Verfahren"),
        ("pt-BR", "A reforma"),
        ("pt-BR", "Os prazos"),
        ("it", "Il bilancio"),
        ("it", "La riforma"),
    ],
)
def test_parse_article_reads_an_article_and_its_noun_as_a_term_outside_english(
    language: str, term: str
) -> None:
    """`- La reforma: …` was a plain bullet, warned about, as a clause's start: an article and
    its noun name a thing, as a term does; a preposition before a noun (`En resumen:`), or an
    article before more than its noun (`El ministro dijo:`), starts a clause."""
    colon = " :" if language == "fr" else ":"
    text = f"Intro text.\n- Plazos{colon} seis meses.\n- {term}{colon} texto.\n"
    article, warnings = parse_article("a.txt", text, language=language)
    bullets = article.lede[1]
    assert isinstance(bullets, BulletList)
    assert ([item.term and item.term.text for item in bullets.items], warnings) == (
        ["Plazos", term],
        [],
    )


def test_parse_article_hints_at_a_capital_for_a_term_outside_english() -> None:
    """The hint to write the term in Title Case cannot be followed in French."""
    text = "Intro text.\n- Délais: six mois.\n- juge unique: généralisé.\n"
    _, warnings = parse_article("a.txt", text, language="fr")
    assert [(w.pos.line, w.message, w.hint) for w in warnings] == [
        (
            3,
            "bullet may be a term bullet but 'juge unique' does not read as a term",
            "start the term with a capital, not with a preposition nor with an article before "
            "more than one word (at most 6 words) to make it one",
        )
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("| Initiative | Description |", True),
        ("|---|---|", True),
        ("| Only one cell", False),  # one pipe is not a row
        ("Initiative | Description", False),  # rows start with a pipe
        ("A | B | C", False),
    ],
)
def test_is_table_row_needs_a_leading_pipe_and_a_second_one(line: str, expected: bool) -> None:
    assert is_table_row(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("|---|---|", True),
        ("| :--- | ---: | :-: |", True),
        ("|-|", True),
        ("| Initiative | Description |", False),
        ("| --- | n/a |", False),
        ("|-----+----|", True),  # org-mode joins its cells with `+`
        ("------+-------", True),  # and so does psql's query output
        ("| :--- + ---: |", True),
        ("+-----+-----+", False),  # a grid table's border (grids.py)
        ("-5+-3", False),
    ],
)
def test_is_separator_row_reads_only_dashes_and_colons(line: str, expected: bool) -> None:
    assert is_separator_row(line) is expected


def test_separator_alignments_reads_colons() -> None:
    assert separator_alignments("|:---|---:|:---:|---|") == ("left", "right", "center", "")
    assert separator_alignments("|:--+--:|") == ("left", "right")


def test_split_cells_strips_cells_and_keeps_escaped_pipes() -> None:
    assert split_cells("|  a  | b \\| c |d") == ["a", "b \\| c", "d"]
    assert split_cells("| a | b \\|") == ["a", "b \\|"]


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        ("| IT | `a|b` | code pipe |", ["IT", "`a|b`", "code pipe"]),
        ("| ``a`|`b`` | c |", ["``a`|`b``", "c"]),
        ("| `open | c |", ["`open", "c"]),  # an unclosed backtick is text
        ("| `` a|b ` | c |", ["`` a", "b `", "c"]),  # two backticks close only with two
        ("| \\`a | b` |", ["\\`a", "b`"]),  # an escaped backtick opens nothing
    ],
)
def test_split_cells_keeps_a_pipe_inside_a_code_span(row: str, cells: list[str]) -> None:
    assert split_cells(row) == cells


def test_parse_article_keeps_a_code_span_pipe_in_its_cell() -> None:
    article, warnings = parse_article("a.txt", "| Tool | Syntax |\n| Shell | `ls | wc` |\n")
    assert warnings == []
    assert isinstance(article.lede[0], Table)
    assert [cell.html for cell in article.lede[0].rows[0]] == ["Shell", "<code>ls | wc</code>"]


def test_clean_line_collapses_odd_whitespace_and_keeps_smart_quotes() -> None:
    assert (
        clean_line("  Rubio\u2019s\t\tvisit \u00a0 next\u200b week   ")
        == "Rubio\u2019s visit next week"
    )


def test_read_lines_skips_blank_lines_and_keeps_numbers() -> None:
    lines = read_lines("a\n\n  \nb\r\nc\n\n\n")
    assert [(line.text, line.number, line.after_blank) for line in lines] == [
        ("a", 1, False),
        ("b", 4, True),
        ("c", 5, False),
    ]


def test_parse_caption_reads_table_prefix() -> None:
    assert parse_caption("Table: Witnesses heard") == Caption("Table:", True, "Witnesses heard")
    assert parse_caption("Tables: none") is None


def test_parse_caption_reads_the_keyword_in_each_language_the_build_reads() -> None:
    assert parse_caption("Tabla: Personas") == Caption("Tabla:", True, "Personas")
    assert parse_caption("Tableau\u00a0: Pays") == Caption("Tableau\u00a0:", True, "Pays")
    assert parse_caption("Figura: Mapa") == Caption("Figura:", False, "Mapa")
    assert parse_caption("Tablas: ninguna") is None


# --- the shared article ----------------------------------------------------------------


def test_parse_article_source_equals_the_hand_written_default_briefing() -> None:
    if not SOURCE_ARTICLE.exists():
        pytest.skip(f"{SOURCE_ARTICLE} is absent (CI keeps ../shared beside the clone)")
    text = DEFAULT_BRIEFING.read_text(encoding="utf-8")
    briefing, problems = parse_briefing("content/rubio-mexico-ecuador-migration.md", text)
    assert briefing is not None, problems
    article, warnings = parse_article("source-article.txt", SOURCE_ARTICLE.read_text("utf-8"))
    assert warnings == []
    assert [c.variant for c in callouts(briefing.sections)] == ["note"]
    expected = Article(briefing.lede, without_callouts(briefing.sections))
    assert strip_positions(article) == strip_positions(expected)


def test_parse_article_source_has_four_sections_and_ten_term_bullets() -> None:
    if not SOURCE_ARTICLE.exists():
        pytest.skip(f"{SOURCE_ARTICLE} is absent (CI keeps ../shared beside the clone)")
    article, _ = parse_article("source-article.txt", SOURCE_ARTICLE.read_text("utf-8"))
    assert [s.heading.text for s in article.sections][-1] == "Key Takeaways"
    assert [s.pos.line for s in article.sections] == [2, 13, 24, 37]
    lists = [b for s in article.sections for b in s.blocks if isinstance(b, BulletList)]
    assert sum(item.term is not None for lst in lists for item in lst.items) == 10


# --- articles of our own: expected models written out by hand ----------------------------


def rt(text: str, markup: str | None = None) -> RichText:
    """Return RichText for plain text, escaped the way markdown-it escapes it."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return RichText(markup if markup is not None else escaped.replace('"', "&quot;"), text)


def para(text: str) -> Paragraph:
    return Paragraph(rt(text), NOWHERE)


HOUSING_URL = "https://example.org/housing-2025"


def bullets(*items: str | tuple[str, str] | BulletItem, ordered: bool = False) -> BulletList:
    made = tuple(
        item
        if isinstance(item, BulletItem)
        else BulletItem(None, rt(item), (), NOWHERE)
        if isinstance(item, str)
        else BulletItem(rt(item[0]), rt(item[1]), (), NOWHERE)
        for item in items
    )
    return BulletList(made, ordered, NOWHERE)


def table(*rows: tuple[str, ...], align: tuple[str, ...] = (), caption: str | None = None) -> Table:
    header, body = rows[0], rows[1:]
    return Table(
        rt(caption) if caption else None,
        tuple(rt(cell) for cell in header),
        tuple(tuple(rt(cell) for cell in row) for row in body),
        align or ("",) * len(header),  # type: ignore[arg-type]
        NOWHERE,
    )


def section(heading: str, anchor: str, *blocks: Paragraph | BulletList | Table) -> Section:
    takeaways = heading == "Key Takeaways"  # the closing box, by its words
    return Section(rt(heading), anchor, 2, blocks, (), NOWHERE, takeaways)


WATER_POLICY = Article(
    lede=(
        para(
            "England\u2019s rivers are running lower each summer, and the Environment Agency "
            "now expects a shortfall of four billion litres a day by 2050."
        ),
        para("Ministers published a new framework on Tuesday."),
    ),
    sections=(
        section(
            "Drought Planning: What Changes in 2026",
            "drought-planning-what-changes-in-2026",
            para(
                "Water companies must now publish drought plans every three years rather than "
                "every five. The main changes are:"
            ),
            bullets(
                ("Abstraction Licences", "capped at 2019 levels; review date: March 2027."),
                ("Leakage Targets", "a 50% cut by 2040, measured against 2017\u201318."),
                ("Hosepipe Bans", "earlier triggers, announced with two weeks\u2019 notice."),
            ),
            para("Regional shortfalls are uneven, as the figures below show:"),
            table(
                ("Region", "Shortfall (Ml/d)", "Main cause"),
                ("South East", "1,200", "Population growth"),
                ("East Anglia", "800", "Irrigation demand"),
                ("North West", "150", "Reservoir age"),
                align=("", "right", ""),  # numbers are right-aligned
            ),
            para("Nothing has been decided about new reservoirs."),
        ),
        section(
            "Key Takeaways",
            "key-takeaways",
            para(
                "The framework shifts risk from households to suppliers, but only if the "
                "regulator enforces it."
            ),
        ),
    ),
)

EU_ENERGY = Article(
    lede=(
        para(
            "Europe enters the winter with gas storage at 92 per cent, its highest level "
            "since 2020."
        ),
    ),
    sections=(
        section(
            "Where Supply Comes From",
            "where-supply-comes-from",
            para(
                "Norway has overtaken Russia as the largest pipeline supplier. Officials list "
                "three sources of risk:"
            ),
            bullets(
                "Norwegian maintenance outages in October",
                "LNG competition with Asian buyers",
                "A cold snap in January and February",
            ),
            para("Prices have since fallen."),
            para(
                "The Commission\u2019s \u201cREPowerEU\u201d plan sets out what member states "
                "should do next:"
            ),
            bullets(
                "Fill storage to 90 per cent by 1 November each year.",
                "Cut gas demand by 15 per cent against the five-year average.",
                "Buy LNG jointly through the AggregateEU platform.",
                ordered=True,
            ),
        ),
        section(
            "Storage by Country",
            "storage-by-country",
            table(
                ("Country", "Storage (%)", "Change since 2023"),
                ("Germany", "95", "+3"),
                ("Italy", "91", "\u22121"),
                ("Hungary", "88", "0"),
                align=("left", "right", "center"),
            ),
        ),
    ),
)

HOUSING = Article(
    lede=(para("The city council approved its housing strategy last night by 31 votes to 12."),),
    sections=(
        section(
            "Why It Matters",
            "why-it-matters",
            para("Rents rose 9 per cent last year. The strategy makes four commitments:"),
            bullets(
                (
                    "Planning Reform",
                    "permission in principle for brownfield sites within 12 weeks.",
                ),
                ("Social Rent", "40 per cent of new homes on council land."),
                ("Empty Homes", "a council-tax premium of 300 per cent after two years."),
                ("Student Housing", "a cap on new purpose-built blocks."),
                ordered=True,
            ),
            para("Sources for the figures:"),
            bullets(
                BulletItem(
                    None,
                    rt(
                        "https://example.org/housing-2025: the council\u2019s own survey",
                        f'<a href="{HOUSING_URL}">{HOUSING_URL}</a>: the council\u2019s own survey',
                    ),
                    (),
                    NOWHERE,
                ),
                ("ONS", "private rental index, March 2025"),
            ),
        ),
        section(
            "How the Targets Compare",
            "how-the-targets-compare",
            table(
                ("Target", "2025", "2030"),
                ("New homes", "2,000", "2,500"),
                ("Social rent", "400", "1,000"),
                ("Empty homes", "900", ""),
                align=("", "right", "right"),
            ),
            para("Further reading will follow"),
        ),
    ),
)

COMMITTEE_REPORT = Article(
    lede=(
        para("The Home Affairs Committee published its report on asylum accommodation on 3 March."),
        para(
            "Evidence From Ministers, Local Authorities, Charities and Residents of Asylum "
            "Hotels in the North of England and Wales"
        ),
        para("The committee took evidence over six months."),
    ),
    sections=(
        section(
            "Recommendations",
            "recommendations",
            para("The report makes three recommendations to the Home Office:"),
            bullets(
                (
                    "Contract Oversight",
                    "publish monthly performance data, including: occupancy, complaints and costs.",
                ),
                ("Local Consultation", "give councils 28 days\u2019 notice before a site opens."),
                "The committee found: hotel use should end by 2027.",
                ordered=True,
            ),
            table(
                ("Witness", "Organisation"),
                ("Jane Doe", "Refugee Council"),
                ("John Smith", "Local Government Association | LGA"),
                caption="Witnesses heard",
            ),
            para("It also looked at work visas and made two proposals:"),
            bullets(
                ("Work visas", "extend the shortage list to care workers."),
                ("Skilled Worker Route", "lower the salary threshold."),
            ),
        ),
    ),
)

PUBLIC_HEALTH = Article(
    lede=(
        para(
            "Measles cases in England have risen for the third year running, the UK Health "
            "Security Agency said on Friday."
        ),
    ),
    sections=(
        section(
            "Vaccination Uptake: Regional Picture",
            "vaccination-uptake-regional-picture",
            table(
                ("Region", "MMR2 uptake"),
                ("London", "73.1%"),
                ("North East", "89.9%"),
                align=("", "right"),
            ),
            para(
                "Coverage below 95% leaves room for outbreaks. Health boards are trying "
                "several approaches:"
            ),
            BulletList(
                (
                    BulletItem(None, rt("School catch-up clinics"), (), NOWHERE),
                    BulletItem(None, rt("Text reminders from GP surgeries"), (), NOWHERE),
                    BulletItem(
                        None,
                        rt(
                            "Pop-up clinics in community centres",
                            "Pop-up clinics in <em>community centres</em>",
                        ),
                        (),
                        NOWHERE,
                    ),
                ),
                False,
                NOWHERE,
            ),
            para("The agency gave two steps for parents and two for clinicians:"),
            bullets("Check the red book.", "Book a missed dose.", ordered=True),
            bullets("Review practice lists.", "Call unvaccinated children.", ordered=True),
        ),
        section(
            "What Happens Next?",
            "what-happens-next",
            para("A national campaign starts in September."),
        ),
    ),
)

ARTICLES = {
    "water-policy.txt": (WATER_POLICY, []),
    "eu-energy.txt": (EU_ENERGY, []),
    "housing.txt": (
        HOUSING,
        [
            "housing.txt:17:1: warning: table row has 4 cells, header has 3",
            "housing.txt:18:1: warning: table row has 2 cells, header has 3",
            "housing.txt:19:1: warning: line reads like a heading but no text follows; "
            "kept as a paragraph",
        ],
    ),
    "committee-report.txt": (
        COMMITTEE_REPORT,
        [
            "committee-report.txt:2:1: warning: line reads like a heading but has 18 words "
            "(a heading has at most 15); kept as a paragraph",
            "committee-report.txt:8:1: warning: bullet may be a term bullet but "
            "'The committee found' does not read as a term",
        ],
    ),
    "public-health.txt": (PUBLIC_HEALTH, []),
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_parse_article_fixture_gives_the_expected_model(name: str) -> None:
    expected, _ = ARTICLES[name]
    article, _ = parse_article(name, (FIXTURES / name).read_text(encoding="utf-8"))
    assert strip_positions(article) == strip_positions(expected)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_parse_article_fixture_warns_with_input_lines(name: str) -> None:
    _, expected = ARTICLES[name]
    _, warnings = parse_article(name, (FIXTURES / name).read_text(encoding="utf-8"))
    assert [format_diagnostic(w).split("\n")[0] for w in warnings] == expected


def test_parse_article_positions_are_input_lines() -> None:
    text = (FIXTURES / "water-policy.txt").read_text(encoding="utf-8")
    article, _ = parse_article("water-policy.txt", text)
    first = article.sections[0]
    assert [b.pos.line for b in article.lede] == [1, 2]
    assert [s.pos.line for s in article.sections] == [3, 14]
    assert [b.pos.line for b in first.blocks] == [4, 5, 8, 9, 13]
    assert isinstance(first.blocks[1], BulletList)
    assert [item.pos.line for item in first.blocks[1].items] == [5, 6, 7]


def test_parse_article_keeps_a_list_together_across_blank_lines() -> None:
    article, _ = parse_article("a.txt", "Intro:\n- One\n\n- Two\n\n\n- Three\n")
    assert len(article.lede) == 2
    assert isinstance(article.lede[1], BulletList)
    assert len(article.lede[1].items) == 3


def test_parse_article_keeps_every_number_of_a_numbered_list() -> None:
    """A number that does not follow on ("10.", a year) starts a new list there, not a 4."""
    text = "Steps:\n1. One.\n2. Two.\n3) Three.\n10. Ten.\n1986. A year.\n1. Again.\n"
    article, _ = parse_article("a.txt", text)
    lists = [b for b in article.lede if isinstance(b, BulletList)]
    assert [(b.start, [item.text.text for item in b.items]) for b in lists] == [
        (1, ["One.", "Two.", "Three."]),
        (10, ["Ten."]),
        (1986, ["A year."]),
        (1, ["Again."]),
    ]


def test_parse_article_reads_a_table_without_outer_pipes() -> None:
    """GFM allows rows without outer pipes when a delimiter row follows the header."""
    text = (
        "Results improved.\nResults by Subject\nSubject | 2025 | 2026\n--- | --- | ---\n"
        "Maths | 71% | 74%\nEnglish | 80% | 79%\nPass rates are for grades 4 and above.\n"
    )
    article, warnings = parse_article("a.txt", text)
    assert warnings == []
    expected = section(
        "Results by Subject",
        "results-by-subject",
        table(
            ("Subject", "2025", "2026"),
            ("Maths", "71%", "74%"),
            ("English", "80%", "79%"),
            align=("", "right", "right"),
        ),
        para("Pass rates are for grades 4 and above."),
    )
    assert strip_positions(article.sections) == strip_positions((expected,))


def test_parse_article_keeps_a_line_with_pipes_but_no_delimiter_row_a_paragraph() -> None:
    article, warnings = parse_article("a.txt", "Intro.\nBudget | Key Numbers\nMore text.\n")
    assert (article.sections, warnings) == ((), [])
    assert [b.text.text for b in article.lede if isinstance(b, Paragraph)] == [
        "Intro.",
        "Budget | Key Numbers",
        "More text.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "a" * 400_000,  # one long word: no sentence break to find
        "a." * 200_000,
        "| " + "".join("`" * n + "x" for n in range(1, 600)) + " |",  # no run closes
        "Intro | " + "`` " * 5_000,
    ],
    ids=["long-word", "dots", "backtick-runs", "unclosed-fences"],
)
def test_parse_article_reads_hostile_long_lines_in_linear_time(line: str) -> None:
    started = cpu_seconds()
    parse_article("a.txt", f"Intro.\n{line}\n| A | B |\n{line}\nText.\n")
    assert cpu_seconds() - started < 2


def test_parse_article_reads_a_long_list_of_term_bullets_in_linear_time() -> None:
    """Eight times the bullets take about eight times as long (it was sixty-four): a ratio,
    the best of two runs each, so that a loaded machine slows both alike."""

    def seconds(pairs: int) -> float:
        started = cpu_seconds()
        article, _ = parse_article("a.txt", "Intro.\n" + "- Term: text.\n- Plain one\n" * pairs)
        assert isinstance(article.lede[1], BulletList)
        assert len(article.lede[1].items) == 2 * pairs
        return cpu_seconds() - started

    small = min(seconds(1_000) for _ in range(2))
    assert min(seconds(8_000) for _ in range(2)) < 24 * small + 0.5


def test_parse_article_ends_a_table_at_a_blank_line() -> None:
    article, _ = parse_article("a.txt", "| A | B |\n| 1 | 2 |\n\n| C | D |\n| 3 | 4 |\n")
    assert [type(b).__name__ for b in article.lede] == ["Table", "Table"]


def test_parse_article_warns_about_a_term_without_description() -> None:
    _, warnings = parse_article("a.txt", "Risks:\n- Border Security:\n- Jobs\n")
    assert [(w.pos.line, w.message) for w in warnings] == [
        (2, "term bullet has no description; kept as a plain bullet")
    ]


def test_parse_article_warns_about_a_caption_line_with_no_table_after_it() -> None:
    text = "Intro text.\nFigure: Rainfall by month\nMore text.\nTable: Costs\nEnd.\n| A |\n| 1 |\n"
    article, warnings = parse_article("a.txt", text)
    assert [(w.pos.line, w.message, w.hint) for w in warnings] == [
        (
            line,
            f"`{kind}:` line is not right before a table; kept as a paragraph",
            "put it on the line above the table, with no blank line between",
        )
        for line, kind in ((2, "Figure"), (4, "Table"))
    ]
    assert [type(b).__name__ for b in article.lede] == ["Paragraph"] * 5 + ["Table"]


def test_parse_article_says_when_it_drops_an_html_comment() -> None:
    article, warnings = parse_article("a.txt", "<!-- note -->\nText <!-- x --> here.\n")
    assert [type(b).__name__ for b in article.lede] == ["Paragraph"]  # no empty paragraph
    assert [(str(w.pos), w.message) for w in warnings] == [
        (at, "HTML comment dropped: a comment is not shown on the page")
        for at in ("a.txt:1:1", "a.txt:2:6")  # at its `<!--`, as every inline warning is
    ]


_NUL = "character reference `&#0;` stands for U+0000, a control character, which no page may hold"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Lede &#0; here.\n", "1:6"),
        ("Lede  with\ttabs &#0; here.\n", "1:17"),  # a column as typed, past spaces and tab
        ("- Item one\n- Item &#0; two\n", "2:8"),
        ("| A | B |\n| x | y &#0; |\n", "2:9"),
        ("The council, which met in\nMarch, said &#0; no.\n", "2:13"),  # joined lines
        ("Heading &#0; Here\nText follows it.\n", "1:9"),  # the headline, made the title
        ("A backslash \\&#0; is shown as typed.\n", "1:14"),
        ("Link [a](https://e.org/&#0;) here.\n", "1:24"),
    ],
)
def test_parse_article_refuses_a_reference_no_page_may_hold_as_the_build_does(
    text: str, where: str
) -> None:
    """`&#0;` or `&#xD800;` in an article became `\ufffd` in the briefing with no word, where
    the build refuses the reference with an error at its column."""
    _, problems = parse_article("a.txt", text)
    assert [format_diagnostic(d).split("\n")[0] for d in problems if d.is_error] == [
        f"a.txt:{where}: error: {_NUL}"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Code `&#0;` and raw HTML <b title='&#0;'>x</b> are shown as typed.\n",
        "A &#65; &#x1F600; &eacute; &amp;#0; and &#00000000; are fine.\n",
    ],
)
def test_parse_article_keeps_a_reference_shown_as_typed_or_allowed(text: str) -> None:
    assert [d for d in parse_article("a.txt", text)[1] if d.is_error] == []


def test_parse_article_reads_a_reference_as_the_build_does() -> None:
    article, _ = parse_article("a.txt", "Plan &#65; and &#x42;.\n")
    assert [b.text for b in article.lede if isinstance(b, Paragraph)] == [rt("Plan A and B.")]


def test_parse_article_warns_as_the_build_does_of_bold_that_pairs_with_nothing() -> None:
    """Google Docs' `**Key finding: **Budgets` was escaped to `\\*\\*` with no warning, so
    neither import nor build said the page shows the asterisks."""
    text = "Lede after **Key finding: **Budgets fell.\n** Note:** more.\n- Item **x.\n"
    _, warnings = parse_article("a.txt", text)
    assert [(str(w.pos), w.message) for w in warnings] == [
        ("a.txt:1:12", "`**` is not closed; it is shown as text"),
        (
            "a.txt:2:1",
            "`**` followed by a space does not open bold; it and the `**` after it are shown "
            "as text",
        ),
        ("a.txt:3:8", "`**` is not closed; it is shown as text"),
    ]


def test_parse_article_warns_of_marks_alone_on_a_line_but_not_in_a_cell() -> None:
    """A `__` left of a deleted line was escaped and published with no warning; a table's
    significance stars and blanks are values, as in the build."""
    text = "Lede.\n\n__\n\nCountry\t2025\nMexico\t**\n\n| Peru | __ |\n|---|---|\n| a | ** |\n"
    _, warnings = parse_article("a.txt", text)
    assert [(str(w.pos), w.message) for w in warnings] == [
        ("a.txt:3:1", "`__` has no text to make bold; it is shown as text")
    ]


def test_parse_article_is_silent_about_bold_that_pairs() -> None:
    text = (
        "Lede with **bold**, __strong__ and 2 ** 3.\n- **Social Rent:** 40 per cent.\n"
        "- ** Note:** a term bullet Google Docs wrote.\n"
    )
    assert parse_article("a.txt", text)[1] == []


def test_parse_article_gives_a_table_no_caption_when_its_caption_was_only_a_comment() -> None:
    article, _ = parse_article("a.txt", "Table: <!-- later -->\n| A |\n| 1 |\n")
    (table,) = article.lede
    assert isinstance(table, Table)
    assert table.caption is None  # an empty one would be written as a stray "Table:" line


def test_parse_article_ignores_a_stray_delimiter_row_with_a_warning() -> None:
    article, warnings = parse_article("a.txt", "| A | B |\n|---|---|\n| 1 | 2 |\n|---|---|\n")
    assert [(w.pos.line, w.message) for w in warnings] == [
        (4, "delimiter row inside a table body; ignored")
    ]
    assert isinstance(article.lede[0], Table)
    assert len(article.lede[0].rows) == 1


def test_parse_article_escapes_raw_html_through_the_parser_renderer() -> None:
    article, warnings = parse_article("a.txt", "Say <script>alert(1)</script> now.\n")
    assert isinstance(article.lede[0], Paragraph)
    assert "<script>" not in article.lede[0].text.html
    assert warnings == []  # escaped in the briefing, so shown as typed: nothing to warn of


def test_propose_title_prefers_the_first_heading() -> None:
    article, _ = parse_article("a.txt", "Lede text here.\nRents Rise Again\nBody text.\n")
    assert propose_title(article) == ("Rents Rise Again", "the first heading (line 2)")


def test_propose_title_passes_a_first_heading_that_names_a_part_of_any_text() -> None:
    """`Key Points` was proposed as the title: it says nothing of this text."""
    article, _ = parse_article("a.txt", "Lede text here.\nKey Points\nBody text.\n")
    assert propose_title(article) == ("Lede text here", "the first sentence (line 1)")


def test_propose_title_falls_back_to_the_first_sentence_trimmed() -> None:
    article, _ = parse_article(
        "a.txt",
        "The U.S. Senate voted on Tuesday to extend the programme for another eighteen months "
        "at a cost of four billion dollars. Nobody objected.\n",
    )
    title, origin = propose_title(article)
    assert (
        title
        == "The U.S. Senate voted on Tuesday to extend the programme for another eighteen\u2026"
    )
    assert origin == "the first sentence (line 1)"
    short, _ = parse_article("a.txt", "Rents rose. Nobody objected.\n")
    assert propose_title(short)[0] == "Rents rose"


@pytest.mark.parametrize("lede", ["...\nRents rose.\n", "<!-- draft -->\nRents rose.\n"])
def test_propose_title_skips_a_paragraph_with_no_words(lede: str) -> None:
    article, _ = parse_article("a.txt", lede)
    assert propose_title(article) == ("Rents rose", "the first sentence (line 2)")


def test_propose_title_names_the_headline_line_after_blank_lines() -> None:
    article, _ = parse_article("a.txt", "\n\nRail Strike Update\nUnions walk out.\n")
    assert propose_title(article) == ("Rail Strike Update", "the headline (line 3)")


def test_propose_title_is_never_empty() -> None:
    article, _ = parse_article("a.txt", "...\n")
    assert propose_title(article) == ("Untitled briefing", "nothing (no heading or paragraph)")


NEWS_URL = "https://example.org/strike"
NEWS_HEADLINE = Article(
    lede=(
        para("Dock workers in Santos walked out on Monday, halting grain exports for the week."),
        Paragraph(
            rt(
                f"The union says talks broke down over pay. Details are at {NEWS_URL}, it said.",
                "The union says talks broke down over pay. Details are at "
                f'<a href="{NEWS_URL}">{NEWS_URL}</a>, it said.',
            ),
            NOWHERE,
        ),
    ),
    sections=(
        section(
            "What happens next?",
            "what-happens-next",
            para("Mediators meet both sides on Thursday."),
        ),
        section(
            "Exports by Port",
            "exports-by-port",
            table(
                ("Port", "2024", "2025"),
                ("Santos", "41.2", "38.9"),
                ("Paranaguá", "22", "24.5"),
                align=("", "right", "right"),
                caption="Grain exports, million tonnes",
            ),
        ),
    ),
    headline="Port Strike Halts Grain Exports",
)


def test_parse_article_reads_news_copy_headline_lede_question_and_caption() -> None:
    text = (FIXTURES / "news-headline.txt").read_text(encoding="utf-8")
    article, problems = parse_article("news-headline.txt", text)
    assert problems == []
    assert strip_positions(article) == strip_positions(NEWS_HEADLINE)
    assert propose_title(article) == ("Port Strike Halts Grain Exports", "the headline (line 1)")
    assert propose_summary(article) == (
        "Dock workers in Santos walked out on Monday, halting grain exports for the week."
    )


def test_parse_article_does_not_warn_of_note_syntax_the_writer_escapes() -> None:
    """`[^a b]` and `[^]` of a plain-text article are written `\\[^a b\\]`: shown as written."""
    article = "A Headline About Notes\n\nThe article says see [^a b] and then [^] in brackets.\n"
    _, warnings = parse_article("a.txt", article)
    assert [w.message for w in warnings] == []


@pytest.mark.parametrize(
    ("lede", "summary"),
    [
        (
            "Sen. Marco Rubio travels south. The trip follows talks.",
            "Sen. Marco Rubio travels south.",
        ),
        ("Gov. Hochul signed the bill. It takes effect in May.", "Gov. Hochul signed the bill."),
        ("St. Lucia and Grenada agreed. Talks resume.", "St. Lucia and Grenada agreed."),
        ("It was reported by Dr. Smith. Nobody objected.", "It was reported by Dr. Smith."),
        ("Mr. and Mrs. Lee met Ms. Ode. Both spoke.", "Mr. and Mrs. Lee met Ms. Ode."),
        (
            "Prof. Ng and Gen. Ruiz met Rep. Cole. Talks ended.",
            "Prof. Ng and Gen. Ruiz met Rep. Cole.",
        ),
        (
            "Talks at No. 10 Downing Street ended. Aid resumed.",
            "Talks at No. 10 Downing Street ended.",
        ),
        ("Donors, e.g. Norway, pledged. Others waited.", "Donors, e.g. Norway, pledged."),
        (
            "The donors, i.e. Norway and Japan, paid. Others did not.",
            "The donors, i.e. Norway and Japan, paid.",
        ),
        ("The U.S. Senate voted. Nobody objected.", "The U.S. Senate voted."),
        ("J. Smith wrote the report. It is long.", "J. Smith wrote the report."),
        (
            "La Sra. Pérez y la Dra. Gómez llegaron. Hablaron.",
            "La Sra. Pérez y la Dra. Gómez llegaron.",
        ),
        ("El Sr. Noboa habló. ¿Qué dijo? Poco.", "El Sr. Noboa habló."),
        (
            "Ten million fled, according to the UN. Aid has not kept pace.",
            "Ten million fled, according to the UN.",
        ),
        ("Prices rose 4%. Wages did not.", "Prices rose 4%."),
        ("La violencia creció. «Es grave», dijo.", "La violencia creció."),
        ("Why now? Nobody knows.", "Why now?"),
        ("Resolution No. A/RES/76/1 passed. Nobody objected.", "Resolution No. A/RES/76/1 passed."),
        (
            "El Senado votó que no. La ley vuelve ahora al Congreso en mayo.",
            "El Senado votó que no.",
        ),
        (
            "Asked for more, the minister said no. Talks continue.",
            "Asked for more, the minister said no.",
        ),
        ("The reply took 300 ms. Users noticed.", "The reply took 300 ms."),
        ("The reply came in 30 min. Users noticed.", "The reply came in 30 min."),
        ("They met Col. Ruiz. He signed.", "They met Col. Ruiz."),
        ("Compró una col. Luego se fue.", "Compró una col."),
    ],
)
def test_propose_summary_ends_the_first_sentence_after_short_forms(lede: str, summary: str) -> None:
    """`Sen. Marco Rubio…` once gave the summary "Sen", and `…the UN. Aid…` two sentences."""
    article, _ = parse_article("a.txt", f"{lede}\n")
    assert propose_summary(article) == summary


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("¿Qué ha cambiado?", True),
        ("¿Por qué importa?", True),
        ("¡Alerta en Quito!", True),
        ("«Qué ha cambiado»", True),
        ("¿Qué pasó? Nadie lo sabe", False),  # two sentences: prose
        ("¡Basta! Dijo el ministro", False),
        ("¿qué ha cambiado?", False),  # lowercase start
        ("Alerta en Quito!", False),  # an exclamation without its `¡` is prose, as before
    ],
)
def test_is_heading_reads_a_spanish_question_or_exclamation(heading: str, expected: bool) -> None:
    assert is_heading(heading, "Las bandas controlan 31 cárceles.") is expected


def test_parse_article_makes_a_section_of_a_spanish_question() -> None:
    text = (
        "Crisis en Ecuador\nEl presidente declaró el estado de excepción.\n"
        "¿Qué ha cambiado?\nLas bandas controlan 31 cárceles.\n"
    )
    article, warnings = parse_article("q.txt", text)
    assert warnings == []
    assert [section.heading.text for section in article.sections] == ["¿Qué ha cambiado?"]
