"""`briefgen import` joins the lines of a hard-wrapped paragraph (as a PDF or an email copies
it) into one paragraph, keeps an article of one paragraph per line as it is, and places
every warning about joined text at the line and column where it was written."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.commands.import_ import describe_counts
from briefgen.diagnostics import format_diagnostic
from briefgen.importer.article import Article
from briefgen.importer.lines import read_lines
from briefgen.importer.proposals import propose_summary
from briefgen.importer.recognise import parse_article
from briefgen.importer.wrapping import join_lines
from briefgen.model import BulletList, Paragraph
from tests.conftest import cpu_seconds

SOURCE_ARTICLE = Path(__file__).resolve().parents[2].parent / "shared" / "source-article.txt"


def _read(text: str) -> tuple[Article, list[str]]:
    """Return the article and its warnings' first lines (`a.txt:3:1: warning: …`)."""
    article, warnings = parse_article("a.txt", text)
    return article, [format_diagnostic(w).split("\n")[0] for w in warnings]


def _paragraphs(article: Article) -> list[tuple[int, str]]:
    """Return the lede's paragraphs: the line each starts on, and its text."""
    return [(b.pos.line, b.text.text) for b in article.lede if isinstance(b, Paragraph)]


def test_parse_article_joins_the_three_lines_of_a_wrapped_paragraph() -> None:
    article, warnings = _read(
        "Growth Forecasts Cut\n"
        "The forecast was published on Tuesday by the\n"
        "World Bank, which said growth would slow to 2.3 per cent in\n"
        "Latin America as trade tensions mount and prices stay high.\n"
        "Exports fell.\n"
    )
    assert _paragraphs(article) == [
        (
            2,
            "The forecast was published on Tuesday by the World Bank, which said growth would "
            "slow to 2.3 per cent in Latin America as trade tensions mount and prices stay high.",
        ),
        (5, "Exports fell."),
    ]
    assert (article.headline, warnings) == ("Growth Forecasts Cut", [])
    assert describe_counts(article).endswith(", 2 paragraphs")


def test_parse_article_keeps_one_paragraph_per_line_apart() -> None:
    """Each line a sentence (ending in `.`, `?`, `!`, a quote or a note's marker) and the
    next starting with a capital: paragraphs, as written; so is a long line that ends with
    no punctuation, such as a headline of more than 15 words."""
    lines = [
        "Rubio meets Mexican and Ecuadorian officials in a week of talks on migration in "
        "Mexico City",
        "The talks opened on Monday in the capital.",
        "Will they succeed? Nobody knows.",
        "Officials are hopeful!",
        "The cuts were the largest on record.[1]",
        "He called it \u201ca turning point.\u201d",
        "Funding fell by a third.\u00b9",
        "Mexican officials said the talks would go on until Friday.",
    ]
    article, _ = _read("\n".join(lines) + "\n")
    assert _paragraphs(article) == [(number, line) for number, line in enumerate(lines, 1)]


def test_parse_article_joins_no_line_of_the_source_article() -> None:
    if not SOURCE_ARTICLE.exists():
        pytest.skip(f"{SOURCE_ARTICLE} is absent (CI keeps ../shared beside the clone)")
    text = SOURCE_ARTICLE.read_text("utf-8")
    article, warnings = parse_article("source-article.txt", text)
    paragraphs = [block for block in article.lede if isinstance(block, Paragraph)]
    paragraphs += [b for s in article.sections for b in s.blocks if isinstance(b, Paragraph)]
    lines = {line.number: line.text for line in read_lines(text)}
    # Each paragraph is its line's text (without the marks of its `*emphasis*`).
    assert [p.text.text for p in paragraphs] == [
        lines[p.pos.line].replace("*", "") for p in paragraphs
    ]
    assert (len(paragraphs), warnings) == (9, [])


def test_propose_summary_reads_the_first_sentence_across_wrapped_lines() -> None:
    """The summary stopped at the line break: `The forecast was published on Tuesday by the`."""
    article, _ = _read(
        "The forecast was published on Tuesday by the\n"
        "World Bank in Washington. Growth would slow to 2.3 per cent in\n"
        "Latin America.\n"
        "What Comes Next\n"
        "Ministers meet in March.\n"
    )
    assert (
        propose_summary(article)
        == "The forecast was published on Tuesday by the World Bank in Washington."
    )


def test_parse_article_joins_spanish_wrapped_lines_broken_in_a_name() -> None:
    article, _ = _read(
        "El Gobierno firm\u00f3 ayer en Bruselas un nuevo acuerdo comercial con\n"
        "los representantes de los veintisiete pa\u00edses de la Uni\u00f3n\n"
        "Europea, que entrar\u00e1 en vigor el pr\u00f3ximo 1 de enero.\n"
        "La oposici\u00f3n lo critic\u00f3.\n"
    )
    assert _paragraphs(article) == [
        (
            1,
            "El Gobierno firm\u00f3 ayer en Bruselas un nuevo acuerdo comercial con los "
            "representantes de los veintisiete pa\u00edses de la Uni\u00f3n Europea, que "
            "entrar\u00e1 en vigor el pr\u00f3ximo 1 de enero.",
        ),
        (4, "La oposici\u00f3n lo critic\u00f3."),
    ]


def test_parse_article_keeps_a_short_line_before_a_capital_apart() -> None:
    """A short line with no joining word may be a heading or a byline: not joined."""
    article, _ = _read("Intro text here.\nPor Mar\u00eda G\u00f3mez\nEl acuerdo entra en vigor.\n")
    assert [line for line, _ in _paragraphs(article)] == [1, 2, 3]


@pytest.mark.parametrize(
    ("after", "kinds"),
    [
        ("- a bullet\n", ["Paragraph", "BulletList"]),
        ("| a | b |\n|---|---|\n| 1 | 2 |\n", ["Paragraph", "Table"]),
        ("Table: the rates\n| a | b |\n| 1 | 2 |\n", ["Paragraph", "Table"]),
        ("Figure: the map\nMore text.\n", ["Paragraph", "Paragraph", "Paragraph"]),
    ],
)
def test_parse_article_joins_no_bullet_table_caption_or_blank_line(
    after: str, kinds: list[str]
) -> None:
    article, _ = _read("Rents rose.\nIntro text that breaks off on the\n" + after)
    assert [type(block).__name__ for block in article.lede] == ["Paragraph", *kinds]
    assert _paragraphs(article)[1] == (2, "Intro text that breaks off on the")


def test_parse_article_joins_no_line_across_a_blank_line() -> None:
    article, _ = _read(
        "Rents rose by 9 per cent last year in the city, the highest rise recorded by the "
        "council in\n\nfive years.\n"
    )
    assert [line for line, _ in _paragraphs(article)] == [1, 3]


def test_parse_article_joins_no_wrapped_line_into_a_heading() -> None:
    article, _ = _read("Intro text here.\nRents rose 9 per cent.\nWhy It Matters\nRents.\n")
    assert [s.heading.text for s in article.sections] == ["Why It Matters"]
    assert [line for line, _ in _paragraphs(article)] == [1, 2]


def test_parse_article_joins_a_bullets_wrapped_line_in_lower_case() -> None:
    """`small businesses…`, not indented, was a paragraph after the list; a line in Title
    Case after a bullet that ends on a joining word stays a heading."""
    article, _ = _read(
        "Intro text here.\n- Support for\nsmall businesses in the region.\n- Help with\n"
        "Why It Matters\nRents rose.\n"
    )
    bullets = article.lede[1]
    assert isinstance(bullets, BulletList)
    assert [item.text.text for item in bullets.items] == [
        "Support for small businesses in the region.",
        "Help with",
    ]
    assert [s.heading.text for s in article.sections] == ["Why It Matters"]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["a long-", "term plan."], "a long-term plan."),
        (["the inter-", "national aid."], "the inter-national aid."),
        (["the Franco-", "German border"], "the Franco-German border"),
        (["from 2010-", "2020 on."], "from 2010-2020 on."),
        (["from 2010\u2013", "2020 on."], "from 2010\u20132020 on."),
        (["pre-", "and post-war"], "pre- and post-war"),
        (["the deal \u2014", "and more"], "the deal \u2014 and more"),
        (["the imple\u00ad", "mentation of"], "the implementation of"),
    ],
)
def test_join_lines_keeps_a_hyphen_at_a_line_end_without_a_space(
    lines: list[str], joined: str
) -> None:
    assert join_lines(read_lines("\n".join(lines))).text == joined


def test_parse_article_joins_a_word_broken_at_its_hyphen() -> None:
    article, _ = _read("The Senate backed a long-\nterm plan at the Franco-\nGerman border.\n")
    assert _paragraphs(article) == [
        (1, "The Senate backed a long-term plan at the Franco-German border.")
    ]


def test_parse_article_places_warnings_on_a_wrapped_line_at_its_line_and_column() -> None:
    article, warnings = _read(
        "Notes On the Measure\n"
        "The measure sets a limit of 40 m^2^ per flat and\n"
        "  also {>>check this<<} and <!-- hidden --> a rule in\n"
        "the [text](javascript:alert) of the law, as in\n"
        "@fig-map and [^3] and **the rest.\n"
    )
    assert [line for line, _ in _paragraphs(article)] == [2]
    assert sorted(w.split(": warning: ")[0] for w in warnings) == [
        "a.txt:2:33",  # `^2^`
        "a.txt:3:29",  # the dropped comment, at its `<!--`
        "a.txt:3:8",  # CriticMarkup, past the line's indent
        "a.txt:4:5",  # the unsafe link
        "a.txt:5:1",  # `@fig-map`
        "a.txt:5:14",  # the note reference
        "a.txt:5:23",  # the unclosed `**`
    ]


def test_parse_article_places_a_warning_after_a_dropped_link_at_its_column() -> None:
    """What the writer writes differently (an unsafe link dropped) put a later warning on the
    line at column 1, or, in a joined paragraph, on its first line."""
    _, warnings = _read("Notes\nSee [x](javascript:alert) and then @fig-map here.\n")
    assert [w.split(": warning: ")[0] for w in warnings] == ["a.txt:2:5", "a.txt:2:36"]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Analysts at Goldman Sachs said they expected a first cut in June, although",
            "Deputy Governor Sarah Breeden of the Bank of England warned on Monday that",
            '"the battle against inflation is not yet over", and that services prices',
            "remained a concern for the Monetary Policy Committee.",
        ],
        [
            "Los analistas de Goldman Sachs creen que habr\u00e1 recortes, aunque el Fondo",
            "Monetario Internacional advirti\u00f3 el lunes en Washington, en un informe, que",
            "\u00abla batalla contra la inflaci\u00f3n todav\u00eda no ha terminado\u00bb.",
        ],
        [
            "Le gouvernement a pr\u00e9sent\u00e9 mardi un budget qui pr\u00e9voit une baisse des",
            "D\u00e9penses publiques, selon le ministre de l'\u00c9conomie et des Finances.",
        ],
        [
            "Die Bundesregierung hat am Dienstag beschlossen, dass die",
            "Mehrwertsteuer f\u00fcr Speisen in Restaurants wieder sinkt.",
        ],
        [
            "O governo anunciou na ter\u00e7a-feira um plano de investimento do",
            "Banco Nacional de Desenvolvimento para a regi\u00e3o Nordeste.",
        ],
        [
            "Under Article 4 the data holder must",
            "Make the data available to the user without undue delay.",
        ],
        [
            "The largest exporters affected by the new rules include",
            "Mozambique, Ukraine and Viet Nam, which ship most of the grain.",
        ],
    ],
)
def test_parse_article_joins_a_line_after_a_subordinator_article_or_quote(
    lines: list[str],
) -> None:
    """`…June, although` / `Deputy Governor … warned on Monday that` was a `##` section, and
    a line opening with a quote before a word in lower case (`"the battle`) was left apart; so
    was the line after a modal verb or `include` (`…the data holder must` / `Make…`)."""
    article, warnings = _read("Rates Held\n" + "\n".join(lines) + "\n")
    assert (article.sections, warnings) == ((), [])
    assert _paragraphs(article) == [(2, " ".join(lines))]


def test_parse_article_joins_a_line_of_a_sentence_that_reads_like_a_heading() -> None:
    """A line of 71 characters not in Title Case, as long as the wrapped line under it, was a
    section and the proposed title."""
    article, warnings = _read(
        "Governor and Chancellor Meet\n"
        "The Governor of the Bank of England met the Chancellor of the Exchequer\n"
        "Rachel Reeves on Tuesday to discuss the outlook for interest rates, the\n"
        "Treasury said in a statement.\n"
    )
    assert (article.headline, article.sections, warnings) == (
        "Governor and Chancellor Meet",
        (),
        [],
    )
    assert [line for line, _ in _paragraphs(article)] == [2]


@pytest.mark.parametrize("heading", ["Things to do", "Why coral reefs die", "Guess who"])
def test_parse_article_keeps_a_short_heading_ending_on_a_word_that_ends_a_phrase(
    heading: str,
) -> None:
    article, _ = _read(f"Intro text here.\n{heading}\nThe museum opens at nine.\n")
    assert [s.heading.text for s in article.sections] == [heading]


def test_parse_article_keeps_a_headline_in_sentence_case_above_a_wrapped_line() -> None:
    article, _ = _read(
        "La Commission europ\u00e9enne propose un nouveau pacte budg\u00e9taire\n"
        "BRUXELLES, 12 novembre (AFP) - La Commission europ\u00e9enne a "
        "pr\u00e9sent\u00e9 mercredi\n"
        "une proposition de r\u00e9forme des r\u00e8gles budg\u00e9taires de l'Union.\n"
    )
    assert (
        article.headline == "La Commission europ\u00e9enne propose un nouveau pacte budg\u00e9taire"
    )


_WRAPPED_OUTLOOK = (
    "Outlook for the World Economy\n"
    "Inflation has eased in most advanced economies, but core price pressures\n"
    "remain persistent in services, and central banks are likely to keep policy\n"
)


@pytest.mark.parametrize(
    "end",
    [
        "rates elevated for longer than markets had anticipated in their forecasts",
        "rates elevated for longer than markets had anticipated this year.3",
        "rates elevated for longer than markets had anticipated this year.[3]",
    ],
)
def test_parse_article_joins_no_heading_to_the_wrapped_paragraph_above(end: str) -> None:
    """The heading, much shorter than the line above, was the paragraph's end; so was one
    after a note's number a PDF pastes as a plain digit (`year.3`)."""
    article, _ = _read(
        f"{_WRAPPED_OUTLOOK}{end}\nOutlook for Emerging Markets\n"
        "Emerging market economies face a more difficult environment. Capital\n"
        "outflows accelerated in the third quarter.\n"
    )
    assert [s.heading.text for s in article.sections] == ["Outlook for Emerging Markets"]
    assert _paragraphs(article)[0][1].endswith(end)


@pytest.mark.parametrize(
    "end",
    [
        "rates elevated for longer than markets had anticipated this year.1",
        "rates elevated for longer, the figures show at https://www.ons.gov.uk",
    ],
)
def test_parse_article_joins_no_paragraph_after_a_note_number_or_a_url(end: str) -> None:
    """`…anticipated.1` / `The slowdown…` were one paragraph: a stop before a note's number,
    or a bare URL, ends a sentence, and one paragraph per line starts with a capital."""
    article, _ = _read(
        f"{_WRAPPED_OUTLOOK}{end}\n"
        "The slowdown is broad-based. In the euro area, growth is projected to reach\n"
        "only 0.8 per cent.\n"
    )
    assert [line for line, _ in _paragraphs(article)] == [2, 5]


def test_parse_article_joins_a_short_last_line_that_heads_no_text() -> None:
    """A much shorter line is joined when it reads as no heading (`Europea.` ends a
    sentence)."""
    article, _ = _read(
        "El Gobierno firm\u00f3 ayer en Bruselas un nuevo acuerdo comercial con\n"
        "los representantes de los veintisiete pa\u00edses de la Uni\u00f3n\n"
        "Europea.\n"
        "La oposici\u00f3n lo critic\u00f3.\n"
    )
    assert [line for line, _ in _paragraphs(article)] == [1, 4]


def test_parse_article_joins_a_chain_of_wrapped_lines_starting_with_capitals() -> None:
    """`…hosted by Poland's` / `Prime Minister…` was a paragraph of its own: the line above
    was carried on by a capital, not by a joining word."""
    lines = [
        "Officials said on Monday that the talks had been constructive and that the",
        "Secretary of State would travel next week to meet the President of France",
        "Emmanuel Macron and the German Chancellor at a summit hosted by Poland's",
        "Prime Minister Donald Tusk in Warsaw on Thursday, the officials said.",
    ]
    article, warnings = _read("Diplomatic Tour Announced\n" + "\n".join(lines) + "\n")
    assert (_paragraphs(article), warnings) == ([(2, " ".join(lines))], [])


def test_parse_article_keeps_a_run_of_title_case_lines_apart() -> None:
    """Lines in Title Case, one after another, are no wrapped paragraph: none is carried on."""
    lines = [f"Regional Development Fund for the North East Area {n}" for n in range(30)]
    article, _ = _read("Intro text here.\n" + "\n".join(lines) + "\n")
    assert len(_paragraphs(article)) == 31


@pytest.mark.parametrize(
    "line", ["X", "Alpha Beta Gamma Delta", "Short 12"], ids=["letter", "title", "digits"]
)
def test_parse_article_reads_a_run_of_short_lines_as_fast_as_sentences(line: str) -> None:
    """16,000 lines of `X` took 15 s, 1 ms a line: each line's cells were split about 250
    times and a chain of 12 lines above it walked about 9 times, as the lines around it asked
    whether it was wrapped. Lines that end a sentence stop the walk, so they were fast; a run
    of short lines now takes about as long as they do (it took 14 to 23 times as long)."""

    def seconds(text: str) -> float:
        started = cpu_seconds()
        parse_article("a.txt", text)
        return cpu_seconds() - started

    sentences = min(seconds("Done.\n" * 1_000) for _ in range(2))
    assert min(seconds(f"{line}\n" * 1_000) for _ in range(2)) < 4 * sentences + 0.05


def test_parse_article_joins_a_bullets_wrapped_line_after_a_joining_word() -> None:
    """`12 per cent of firms…` and `September 2026.`, under a bullet that breaks off on `to`
    or `from`, were paragraphs that split the list."""
    article, warnings = _read(
        "Key Figures From the Survey\n"
        "The survey of 2,000 businesses found that:\n"
        "- Investment intentions fell for the third quarter in a row, to\n"
        "12 per cent of firms planning to increase spending.\n"
        "- Free breakfast clubs in all primary schools from\n"
        "September 2026.\n"
        "- Help with\n"
        "Why It Matters\n"
        "Rents rose.\n"
    )
    bullets = article.lede[1]
    assert isinstance(bullets, BulletList)
    assert [item.text.text for item in bullets.items] == [
        "Investment intentions fell for the third quarter in a row, to 12 per cent of firms "
        "planning to increase spending.",
        "Free breakfast clubs in all primary schools from September 2026.",
        "Help with",
    ]
    assert ([s.heading.text for s in article.sections], warnings) == (["Why It Matters"], [])


@pytest.mark.parametrize("start", ["£450m", "$450m", "€450m", "(roughly) 450m euros"])
@pytest.mark.parametrize("term", ["", "Desalination: "])
def test_parse_article_joins_a_bullets_wrapped_line_that_starts_with_a_sign(
    start: str, term: str
) -> None:
    """A line starting with `£`, `$`, `€` or `(` under a bullet that breaks off on a joining
    word was a paragraph that split the list, though a paragraph's line so was joined."""
    article, warnings = _read(
        "Water Policy\n"
        "The region faces a drought.\n"
        f"- {term}The first plant opens in 2028, at a cost of\n"
        f"{start}, funded by the Treasury.\n"
        "- Metering is compulsory for new homes.\n"
    )
    assert [type(block) for block in article.lede] == [Paragraph, BulletList]
    bullets = article.lede[1]
    assert isinstance(bullets, BulletList)
    assert [item.text.text for item in bullets.items] == [
        f"The first plant opens in 2028, at a cost of {start}, funded by the Treasury.",
        "Metering is compulsory for new homes.",
    ]
    assert warnings == []


def test_parse_article_joins_a_word_broken_at_a_soft_hyphen_whole() -> None:
    """A soft hyphen (U+00AD) at a line's end left a space in the word: `imple mentation`."""
    article, warnings = _read(
        "The committee found the department had failed to monitor the imple\u00ad\n"
        "mentation of the programme, and that the contractor had not met its per\u00ad\n"
        "formance targets.\n"
    )
    assert (_paragraphs(article), warnings) == (
        [
            (
                1,
                "The committee found the department had failed to monitor the implementation "
                "of the programme, and that the contractor had not met its performance targets.",
            )
        ],
        [],
    )
    assert "implementation of the programme" in (propose_summary(article) or "")


def test_parse_article_joins_no_short_title_to_a_line_led_by_a_names_particle() -> None:
    """`The President's Remarks` / `von der Leyen said…` was one paragraph: a name's `von` is
    in lower case, but no wrapped word."""
    article, warnings = _read(
        "The Commission presented a plan on Tuesday to raise 150 billion euros.\n"
        "The President's Remarks\n"
        "von der Leyen said the plan was a turning point for European security and\n"
        "urged governments to approve it before the summer.\n"
    )
    assert ([s.heading.text for s in article.sections], warnings) == (
        ["The President's Remarks"],
        [],
    )


@pytest.mark.parametrize(
    "end",
    [
        "migration. https://doi.org/10.2139/ssrn.2457264",
        "migration, www.iza.org/dp1234",
        "migration.\u00b9",
        "migration.[12]",
        "migration.3",
        "migration.\u201d",
    ],
)
@pytest.mark.parametrize("particle", ["van Dalen, H. P.", "de Haas, H.", "von der Leyen, U."])
def test_parse_article_joins_no_line_led_by_a_names_particle_to_a_finished_line(
    end: str, particle: str
) -> None:
    """`…ssrn.2457264` / `van Dalen, H. P. (2005)…` were one paragraph: a line that ends on a
    bare URL, or on a note's marker or a closing quote after its stop, ends its sentence (as
    one that ends on `.` does), whatever case the line under it starts in."""
    first = f"Stark, O. (1985). The new economics of labor {end}"
    second = f"{particle} (2005). The effect of remittances. Population Studies, 59(3)."
    article, _ = _read(f"The works below are cited in the note.\n{first}\n{second}\n")
    assert [line for line, _ in _paragraphs(article)] == [1, 2, 3]


@pytest.mark.parametrize(
    ("end", "after"),
    [
        ("figures at https://www.ine.gob.ec", "and revises them every quarter."),
        ("calendar at www.ine.gob.ec/calendario", "before quoting them."),
        ("calendar at www.ine.gob.ec/calendario", "which lists each release."),
        ("as set out in Annex A.1", "and Table 3 of the bulletin."),
        ("as set out in Chapter II.3", "of the report."),
    ],
)
def test_parse_article_joins_a_sentence_that_goes_on_after_an_address_or_label(
    end: str, after: str
) -> None:
    """`…at https://www.ine.gob.ec` / `and revises them…` and `…in Annex A.1` / `and Table 3…`
    were two paragraphs, the second starting with `and`: a bare URL ends a sentence only
    when the next line does not go on with it, and a label (`Annex A.1`) ends none."""
    first = f"Prices rose 0.4 per cent in October, and the statistics office publishes the {end}"
    article, _ = _read(f"Inflation Update\n\n{first}\n{after}\n")
    assert [text for _, text in _paragraphs(article)] == [f"{first} {after}"]


def test_parse_article_joins_an_emails_quoted_lines_without_their_markers() -> None:
    """`…will be` / `> published…` stayed apart, `…at the` / `> same time` was joined with its
    `>` in mid-sentence, and a lone `>` was a paragraph; a quoted line never goes on with
    one not quoted, nor one with it."""
    article, warnings = _read(
        "On Tuesday, Priya Shah wrote:\n"
        "> The Budget will be\n"
        "> published on 26 November, and the forecast at the\n"
        "> same time, see [x](javascript:alert) for the\n"
        ">\n"
        "> Please make sure the pack is ready by the\n"
        "24th, as before.\n"
        "James\n"
    )
    assert _paragraphs(article) == [
        (1, "On Tuesday, Priya Shah wrote:"),
        (
            2,
            "> The Budget will be published on 26 November, and the forecast at the same time, "
            "see x for the",
        ),
        (6, "> Please make sure the pack is ready by the"),
        (7, "24th, as before."),
        (8, "James"),
    ]
    assert [w.split(": warning: ")[0] for w in warnings] == ["a.txt:4:18", "a.txt:8:1"]


@pytest.mark.parametrize(
    ("salutation", "body"),
    [
        ("Sehr geehrte Damen und Herren,", "wir möchten Sie über die neuen Regeln informieren."),
        ("Liebe Kolleginnen und Kollegen,", "anbei finden Sie den Entwurf."),
        ("Estimados señores:", "les escribimos para informarles de las nuevas normas."),
        ("Bonjour Marie,", "merci pour votre message."),
        ("Hi Sarah,", "thanks for sending this through."),
    ],
)
def test_parse_article_joins_no_line_to_a_salutation(salutation: str, body: str) -> None:
    """`Sehr geehrte Damen und Herren, wir möchten…` was one paragraph: a continental email
    starts the line after its salutation in lower case."""
    article, _ = _read(f"Neue Regeln\n{salutation}\n{body}\nDie Regeln gelten ab März.\n")
    assert _paragraphs(article) == [(2, salutation), (3, body), (4, "Die Regeln gelten ab März.")]


def test_parse_article_joins_no_line_that_starts_with_an_address() -> None:
    """`…unter www.bmi.bund.de www.bmas.de hat…` was one paragraph: a lower-case address is no
    wrapped word; nor is a line that ends on one a heading."""
    article, warnings = _read(
        "Neue Regeln\n"
        "Weitere Informationen finden Sie unter www.bmi.bund.de\n"
        "www.bmas.de hat die Einzelheiten.\n"
        "Contact: press@example.org\n"
        "www.example.org has the text.\n"
    )
    assert [line for line, _ in _paragraphs(article)] == [2, 3, 4, 5]
    assert (article.sections, warnings) == ((), [])


@pytest.mark.parametrize(
    ("address", "rest"),
    [
        ("https://www.ons.gov.uk/economy/", "inflationandpriceindices/bulletins/october2026"),
        ("www.gob.mx/sre/datos", "/abiertos-2024 has the data."),
        ("https://example.org/search", "?q=migration&page=2 for more."),
        ("https://example.org/rules", ".html in full."),
        ("https://example.org/data", "abiertos/2024.html and more."),
    ],
)
def test_parse_article_warns_at_an_address_cut_at_the_line_end(address: str, rest: str) -> None:
    """`…/economy/` / `inflationandpriceindices/…` linked the cut address, silently."""
    _, warnings = _read(f"Cut Address\nMore information is at {address}\n{rest}\n")
    assert warnings == [
        f"a.txt:2:24: warning: address `{address}` looks cut at the line end: the next line "
        "goes on with it"
    ]


def test_parse_article_keeps_a_cut_addresss_lines_one_paragraph() -> None:
    """A line that ends on an address ends its paragraph, but not when the next line goes on
    with the address, cut there: that is a wrap (and warned)."""
    article, _ = _read(
        "Cut Address\nMore is at https://www.ons.gov.uk/economy/\ninflation/bulletins for more.\n"
    )
    assert [line for line, _ in _paragraphs(article)] == [2]


@pytest.mark.parametrize(
    "text",
    [
        "More is at https://example.org\nand/or the ministry's site.\n",
        "More is at https://example.org/a\nkm/h is the unit.\n",
        "More is at https://example.org/a\n\n/en/ is the English site.\n",
        "Write to press@example.org\n.html files are attached.\n",
    ],
)
def test_parse_article_warns_at_no_address_the_next_line_does_not_go_on_with(text: str) -> None:
    """A pair of words (`and/or`), a blank line between, or an email address: no cut."""
    assert _read(f"Cut Address\n{text}")[1] == []
