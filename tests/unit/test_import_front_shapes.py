"""What the plain-text importer makes of a report's front and its reviewers' traces: a
sentence ending in a note's mark of any kind, a credit line with no colon (`Prepared by…`), a
title with a subtitle under it, Google Docs' comments, a checklist of mixed marks."""

from __future__ import annotations

import pytest

from briefgen.diagnostics import format_diagnostic
from briefgen.importer.article import Article
from briefgen.importer.proposals import propose_summary, propose_title
from briefgen.importer.recognise import parse_article
from briefgen.model import BulletList, Paragraph


def _read(text: str, language: str = "en") -> tuple[Article, list[str]]:
    """Return the article and its warnings' first lines (`a.txt:3:1: warning: …`)."""
    article, warnings = parse_article("a.txt", text, language=language)
    return article, [format_diagnostic(w).split("\n")[0] for w in warnings]


def _headings(article: Article) -> list[str]:
    return [section.heading.text for section in article.sections]


@pytest.mark.parametrize(
    "mark", ["*", "\u2020", "[b]", "(1)", "[a][b]", "[note 1]", "\u201d*", "?*"]
)
def test_parse_article_reads_a_line_ending_in_a_stop_and_a_note_mark_as_a_sentence(
    mark: str,
) -> None:
    """`Teams will reassess on Friday.*` (or `.†`, `.[b]`, `.(1)`) was a `##` section, silently:
    a stop followed by a note's mark of any kind ends a sentence, as `.[1]` does."""
    article, warnings = _read(
        "Flood Update\n\nThe river rose 2.1 m overnight.\n\n"
        f"Teams will reassess on \u201cFriday.{mark}\n\nThe district office confirmed it.\n"
    )
    assert (_headings(article), warnings) == ([], [])
    assert len(article.lede) == 3


def test_propose_summary_ends_at_a_stop_before_a_letter_mark() -> None:
    """`…overnight.[a] Evacuations…` was summed up whole, its `[a]` in the summary."""
    article, _ = _read(
        "Flood Update\n\nThe river rose 2.1 m overnight.[a] Evacuations began at 04:00.\n"
    )
    assert propose_summary(article) == "The river rose 2.1 m overnight."


@pytest.mark.parametrize(
    ("credit", "language"),
    [
        ("Prepared by the Emergency Response Unit, Green Rivers Alliance", "en"),
        ("Compiled by the Data Team", "en"),
        ("Written by Jane Doe", "en"),
        ("Report prepared by Jane Doe, Policy Unit", "en"),
        ("Elaborado por el Departamento de Estudios, Extensi\u00f3n y Publicaciones", "es"),
        ("R\u00e9dig\u00e9 par Marie Dupont", "fr"),
        ("Erstellt von der Abteilung Analyse", "de"),
        ("Redigido pela Equipe de Dados", "pt"),
        ("A cura di Mario Rossi, Ufficio Studi", "it"),
    ],
)
def test_parse_article_reads_a_credit_without_a_colon_as_no_heading(
    credit: str, language: str
) -> None:
    """`Prepared by …` under the headline was proposed as the title, the headline the lede."""
    article, warnings = _read(
        f"Drought Sitrep\n\n{credit}\n\nThe drought has entered its ninth month. It goes on."
        "\n\nResponse\n\nWe are trucking water to 14 villages.\n",
        language,
    )
    assert propose_title(article) == ("Drought Sitrep", "the headline (line 1)")
    assert propose_summary(article) == "The drought has entered its ninth month."
    assert (_headings(article), warnings) == (["Response"], [])


def test_parse_article_keeps_a_heading_of_a_participle_and_by() -> None:
    """`Written by Hand` is no credit: a name after `by` starts with a capital."""
    article, _ = _read("Intro text here.\n\nWritten by hand\n\nThe letters were signed.\n")
    assert _headings(article) == ["Written by hand"]


def test_parse_article_names_the_next_line_with_text_past_a_blank_line() -> None:
    """The warning said "the next line does too" of a line a blank line parted from it."""
    _, warnings = _read("The council met.\n\nKey Findings\n\nMain Results\nRents rose.\n")
    assert warnings == [
        "a.txt:3:1: warning: line reads like a heading but the next line with text (line 5) "
        "does too; kept as a paragraph"
    ]


def test_parse_article_reads_a_title_over_a_subtitle_as_the_headline() -> None:
    """`Cyclone Freddy Anniversary Sitrep` / `Situation Report No. 15` proposed the subtitle
    as the title and the headline as the summary; the headline is the title, the subtitle the
    lede's first paragraph, and the summary the text's first sentence."""
    article, warnings = _read(
        "Cyclone Freddy Anniversary Sitrep\nSituation Report No. 15\n\n"
        "One year on, 19,000 households remain displaced. Most camps lack latrines.\n\n"
        "Health\n\nCholera cases rose for three weeks.\n"
    )
    assert propose_title(article) == ("Cyclone Freddy Anniversary Sitrep", "the headline (line 1)")
    assert propose_summary(article) == "One year on, 19,000 households remain displaced."
    lede = [block.text.text for block in article.lede]  # type: ignore[attr-defined]
    assert lede[0] == "Situation Report No. 15"
    assert (_headings(article), warnings) == (["Health"], [])


def test_parse_article_reads_a_title_over_a_first_heading_as_the_headline() -> None:
    """`Flood Update` / blank / `Background` over text made `Background` the title: the first
    line is the headline, and the heading a blank line parts from it heads its section."""
    article, warnings = _read("Flood Update\n\nBackground\n\nThe river rose.\n")
    assert propose_title(article) == ("Flood Update", "the headline (line 1)")
    assert (_headings(article), warnings) == (["Background"], [])


_COMMENTED = (
    "Flood Update\n\nThe river rose 2.1 m overnight.[a] Evacuations began at 04:00.\n\n"
    "Next Steps\n\nTeams will reassess on Friday.[b]\n\n"
    "[a]Can we confirm this with the district office?\n"
    "[b]@grace.banda@example.org please check date\n"
)


def test_parse_article_warns_of_google_docs_comments() -> None:
    """Google Docs' comments (`[a]` in the text, `[a]Can we confirm…` at the foot) were
    published with no warning."""
    _, warnings = _read(_COMMENTED)
    said = "line reads as a Google Docs comment, anchored at `[{}]` on line {}: a reviewer's "
    end = "comment would be published"
    assert warnings == [
        f"a.txt:9:1: warning: {said.format('a', 3)}{end}",
        f"a.txt:10:1: warning: {said.format('b', 7)}{end}",
    ]


def test_parse_article_turns_notes_over_google_docs_comments() -> None:
    """A note's line `[1] …` right over the comments' `[a]Can…` kept every note as text, the
    comment read as a line of the note that does not carry on its sentence."""
    article, warnings = _read(
        "Flood Update\n\nThe river rose 2.1 m overnight.[a] Evacuations began.[1]\n\n"
        "[1] DoDMA situation update, 27 November.\n[a]Can we confirm this?\n"
    )
    assert [note.label for note in article.notes] == ["1"]
    assert warnings == [
        "a.txt:6:1: warning: line reads as a Google Docs comment, anchored at `[a]` on line 3: "
        "a reviewer's comment would be published"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The parties agree.\n\n[a]Payment is due on delivery.\n[b]Interest runs monthly.\n",
        "See the clause.[a]\n\n[a]Payment is due.\n[b]Interest runs monthly.\n",
        "See the clause.[a] Also.[b]\n\n[a] Payment is due.\n[b] Interest runs monthly.\n",
    ],
    ids=["no-anchors", "one-unmatched", "spaced"],
)
def test_parse_article_reads_lettered_lines_as_comments_only_one_for_one(text: str) -> None:
    """A contract's `[a]`, `[b]` clauses are no comments: anchors and lines must match."""
    _, warnings = _read(text)
    assert not any("Google Docs comment" in warning for warning in warnings)


@pytest.mark.parametrize(
    "marks", [("\u2610", "\u2611", "\u2610"), ("\u2714", "\u2718"), ("\u2705", "\u274c")]
)
def test_parse_article_warns_of_a_checklist_of_mixed_marks(marks: tuple[str, ...]) -> None:
    """`☐` / `☑` / `☐` lines gave no warning, `☐` / `☐` / `☐` three: a done or not-done list."""
    items = "".join(f"{mark} Item number {n}\n" for n, mark in enumerate(marks))
    _, warnings = _read(f"Actions Due\n\nThe team agreed the steps.\n\n{items}")
    assert [w.split(": warning:")[0] for w in warnings] == [
        f"a.txt:{5 + n}:1" for n in range(len(marks))
    ]


_EURO = (
    "\nWhy the Euro Is Falling Against the Dollar\n\n"
    "The euro fell to a two-year low on Monday. Traders blamed weak growth.\n\n"
    "What Comes Next\nThe ECB meets on Thursday.\n"
)


@pytest.mark.parametrize(
    "kicker",
    [
        "ANALYSIS",
        "Explainer",
        "World",
        "Policy Brief No. 12",
        "Issue 42",
        "Research Paper 26/04",
        "DRAFT \u2013 NOT FOR CIRCULATION",
        "Ana Torres",
        "Dear Colleagues",
        "For Internal Use Only",
    ],
)
def test_parse_article_keeps_the_headline_under_a_kicker_the_title(kicker: str) -> None:
    """`ANALYSIS`, `DRAFT`, `Issue 42` or a name over the headline was taken for a title over
    its subtitle: the kicker the title, the headline a silent paragraph."""
    article, warnings = _read(kicker + _EURO)
    title = "Why the Euro Is Falling Against the Dollar"
    assert propose_title(article) == (title, "the first heading (line 2)")
    assert _headings(article) == [title, "What Comes Next"]
    assert warnings == [
        "a.txt:1:1: warning: line reads like a heading but the next line does too; kept as a "
        "paragraph"
    ]


@pytest.mark.parametrize(
    ("title", "subtitle", "language"),
    [
        ("Sudan Crisis", "Flash Update No. 7", "en"),
        ("Reforming Global Trade Rules", "A Policy Brief from the Centre for Trade", "en"),
        ("Annual Report 2025", "Context", "en"),
        ("Regional Security Brief", "Prepared for the Council", "en"),
        ("Ukraine Weekly", "Issue 42: Winter Energy Crisis", "en"),
        ("Claves de la sequ\u00eda en Catalu\u00f1a", "Lo que hay que saber", "es"),
    ],
)
def test_parse_article_reads_a_subtitle_or_series_label_under_the_title(
    title: str, subtitle: str, language: str
) -> None:
    """A subtitle longer than its title is one when it says what the document is or whom it
    is for, or numbers it in a series; a title ending in a year is no series label."""
    article, warnings = _read(
        f"{title}\n{subtitle}\n\nTrade fell in 2025. It rose later.\n\nResponse\nIt grew.\n",
        language,
    )
    assert propose_title(article) == (title, "the headline (line 1)")
    assert (_headings(article), warnings) == (["Response"], [])


@pytest.mark.parametrize("subtitle", ["Research Briefing", "Situation Update"])
def test_parse_article_reads_a_subtitle_shaped_like_a_name_under_the_title(subtitle: str) -> None:
    """`Annual Report 2025` / `Research Briefing` read as a run of names, the first heading
    the title: the line under the title is no name of a run."""
    article, warnings = _read(
        f"Annual Report 2025\n{subtitle}\n\nThe policy dates from 2010.\n\nOur Work\nWe ran 12.\n"
    )
    assert propose_title(article) == ("Annual Report 2025", "the headline (line 1)")
    assert propose_summary(article) == "The policy dates from 2010."
    assert (_headings(article), warnings) == (["Our Work"], [])


def test_parse_article_keeps_a_greeting_over_a_short_title_a_paragraph() -> None:
    """`Hi team` over `Budget Update` is a greeting, no title over its subtitle."""
    article, _ = _read("Hi team\nBudget Update\n\nIt passed.\n\nNext Steps\nWe vote.\n")
    # `Next Steps` names a part of any text: the title is the first line after the greeting.
    assert propose_title(article) == ("Budget Update", "the first sentence (line 2)")


@pytest.mark.parametrize(
    "heading", ["Cases Reported by Region", "Crops Edited by CRISPR", "Essays Written by Pupils"]
)
def test_parse_article_keeps_a_heading_of_a_noun_a_participle_and_by(heading: str) -> None:
    """A Title Case heading with `by` in it was read as a credit with no colon, a paragraph:
    only a document's word may lead a credit (`Report prepared by…`)."""
    article, warnings = _read(
        f"Measles Update\n\nCases rose in March.\n\n{heading}\nThe North recorded 400 cases.\n"
    )
    assert (_headings(article), warnings) == ([heading], [])


def test_parse_article_keeps_a_headline_of_a_noun_a_participle_and_by_the_title() -> None:
    """`Emissions Produced by Industry` as the headline was a credit: the first heading the
    title."""
    article, _ = _read(
        "Emissions Produced by Industry\n\nIndustrial emissions fell in 2025.\n\nSteel\nIt fell.\n"
    )
    assert propose_title(article) == ("Emissions Produced by Industry", "the headline (line 1)")


@pytest.mark.parametrize(
    "sentence",
    [
        "Written by Tolstoy in 1869, the novel remains popular.",
        "Produced by Oxfam and its partners, the report covers 40 countries.",
    ],
)
def test_propose_summary_takes_a_sentence_that_opens_like_a_credit(sentence: str) -> None:
    """A sentence that goes on past the name after `by` was skipped as a credit."""
    article, _ = _read(
        f"War and Peace at 150\n\n{sentence}\n\nIt has sold well. Readers love it.\n"
    )
    assert propose_summary(article) == sentence


def test_parse_article_takes_a_sources_headline_for_the_title() -> None:
    """`Sources: Ministers Close to Deal on Budget`, a wire's headline, was read as a source's
    line: the first heading the title, the headline the summary."""
    article, warnings = _read(
        "Sources: Ministers Close to Deal on Budget\n\n"
        "Ministers are close to a deal, officials said.\n\nWhat Is Agreed\nHealth will rise.\n"
    )
    title = "Sources: Ministers Close to Deal on Budget"
    assert propose_title(article) == (title, "the headline (line 1)")
    assert propose_summary(article) == "Ministers are close to a deal, officials said."
    assert (_headings(article), warnings) == (["What Is Agreed"], [])


@pytest.mark.parametrize(
    ("heading", "language"),
    [
        ("Who Is Affected?*", "en"),
        ("What Went Wrong?!\u2020", "en"),
        ("\u00bfA qui\u00e9n afecta?*", "es"),
    ],
)
def test_parse_article_keeps_a_question_heading_with_a_note_mark(
    heading: str, language: str
) -> None:
    """`Who Is Affected?*` was read as a sentence ending in a note's mark, a paragraph: only
    a full stop before a mark ends a sentence (`…on Friday.*`)."""
    article, warnings = _read(
        f"Pension Reform Explained\n\nThe age will rise to 68.\n\n{heading}\nPeople will wait.\n",
        language,
    )
    assert (_headings(article), warnings) == ([heading], [])


def test_parse_article_keeps_a_source_line_over_a_blank_line_and_a_heading_silent() -> None:
    """`Sources: IEA, Eurostat` between paragraphs, a blank line and a heading under it, was
    warned about as reading like a heading, though a source's line never is one."""
    article, warnings = _read(
        "Energy Prices Brief\n\nGas prices fell in 2025.\n\nSources: IEA, Eurostat\n\n"
        "Outlook\nPrices will remain stable.\n"
    )
    assert (_headings(article), warnings) == (["Outlook"], [])


def test_parse_article_reads_a_title_and_subtitle_over_the_first_heading() -> None:
    """`Cyclone Freddy Sitrep` / `Situation Report No. 15` / blank / `Highlights` over text
    made `Highlights` the title and the headline the summary, both top lines warned."""
    article, warnings = _read(
        "Cyclone Freddy Sitrep\nSituation Report No. 15\n\nHighlights\n"
        "More than 500,000 people are displaced.\n\nShelter\nTents are needed.\n"
    )
    assert propose_title(article) == ("Cyclone Freddy Sitrep", "the headline (line 1)")
    assert propose_summary(article) == "More than 500,000 people are displaced."
    assert (_headings(article), warnings) == (["Highlights", "Shelter"], [])


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Why ~costs~ rose", "Why ~costs~ rose"),
        ("Emissions of H~2~O and CO~2~ rose", "Emissions of H~2~O and CO~2~ rose"),
        ("Key finding: **Budgets fell", "Key finding: Budgets fell"),
    ],
)
def test_propose_title_keeps_a_pair_of_tildes_whole(headline: str, title: str) -> None:
    """An unpaired `**` is cut from a proposed title, which would show it; a `~` that starts a
    pair was cut too, and `H~2~O` became `H2~O`, half a mark the title then showed."""
    article, _ = _read(f"{headline}\n\nThe costs rose by a lot this year. It goes on.\n")
    assert propose_title(article) == (title, "the headline (line 1)")


@pytest.mark.parametrize(
    ("note", "language"),
    [
        ("Editor's note: This article was updated on 4 March 2026 to correct a figure.", "en"),
        ("Editor\u2019s Note: Figures updated on 4 March", "en"),
        ("Editors' note: An earlier version named the wrong port.", "en"),
        ("Nota del editor: Este art\u00edculo se actualiz\u00f3 el 4 de marzo.", "es"),
        ("NDLR : Cet article a \u00e9t\u00e9 mis \u00e0 jour le 4 mars.", "fr"),
        ("Anmerkung der Redaktion: Aktualisiert am 4. M\u00e4rz", "de"),
    ],
)
def test_parse_article_reads_an_editors_note_as_no_title_heading_or_summary(
    note: str, language: str
) -> None:
    """import50: `By Jane Doe` / `Editor's note: This article was updated…` over a headline
    summed the briefing up with the editor's note, and an `Editor's note: Figures updated on
    4 March` lower down, over text, was a `##` section: a note of how the article was made or
    changed heads and sums up nothing, as a credit does; it is kept as a paragraph."""
    text = "Train drivers voted on Friday to accept a pay offer. It ends the strike.\n"
    article, warnings = _read(f"By Jane Doe\n{note}\n\nRail Strike Ends\n{text}", language)
    assert propose_summary(article) == text.split(" It")[0]
    article, warnings = _read(f"{note}\n\n{text}", language)
    assert propose_title(article)[0] == text.split(".")[0]
    assert propose_summary(article) == text.split(" It")[0]
    article, warnings = _read(f"Rail Strike Ends\n\n{text}\n{note}\n{text}", language)
    assert (_headings(article), warnings) == ([], [])
    assert [b.text.text for b in article.lede if isinstance(b, Paragraph)][1:2] == [note]


@pytest.mark.parametrize(
    "heading", ["Notes to editors", "Editorial Notes", "The Editor's Choice", "Editor: Jane Doe"]
)
def test_parse_article_keeps_a_heading_near_an_editors_note_a_heading(heading: str) -> None:
    """Only an editor's note's label before its colon makes one: a heading that names editors
    (`Notes to editors`) stays a heading."""
    article, _ = _read(f"Rail Strike Ends\n\nIt ended.\n\n{heading}\nThe drivers voted.\n")
    assert _headings(article) == ([] if heading.startswith("Editor:") else [heading])


@pytest.mark.parametrize(
    ("bullet", "term", "language"),
    [
        ("- Autoroutes :\u00a0p\u00e9ages gel\u00e9s en 2027.", "Autoroutes", "fr"),
        ("- V\u00e9lo\u202f:\u202f2 000 km de pistes.", "V\u00e9lo", "fr"),
        ("- Source:\u00a0https://example.org/a:b", "Source", "en"),
        ("- Funding:\u00a0Two grants of 2:1 match.", "Funding", "en"),
    ],
)
def test_parse_article_reads_a_term_before_a_no_break_space(
    bullet: str, term: str, language: str
) -> None:
    """import50: `- Autoroutes :\u00a0péages gelés` (French typography, or a web page's copy,
    `Source:&nbsp;OCHA`) was a plain bullet with no warning, its list's other items terms: a
    colon before a space of any kind ends a term, as before U+0020."""
    article, warnings = _read(
        f"Transport Plan\n\nThe plan was published on Monday. It runs to 2030.\n\n"
        f"- Trains: 300 new trains by 2030.\n{bullet}\n\nIt was welcomed.\n",
        language,
    )
    items = next(b for b in article.lede if isinstance(b, BulletList)).items
    assert [item.term.text if item.term else None for item in items] == ["Trains", term]
    assert warnings == []


@pytest.mark.parametrize(
    ("text", "title", "headings"),
    [
        (
            "Summary\n\nThe council approved a housing plan. It adds homes.\n\n"
            "Background\nThe city lacks homes.\n",
            ("The council approved a housing plan", "the first sentence (line 3)"),
            ["Summary", "Background"],
        ),
        (
            "EXECUTIVE SUMMARY\nRents rose 9% in 2025.\n\nWhat Changed\nA law passed.\n",
            ("Rents rose 9% in 2025", "the first sentence (line 2)"),
            ["EXECUTIVE SUMMARY", "What Changed"],
        ),
        (
            "Executive Summary:\nRents rose 9% in 2025.\n\nA Law Passed\nIt did.\n",
            ("A Law Passed", "the first heading (line 4)"),
            ["A Law Passed"],  # a line ending in `:` is a paragraph, and no title
        ),
        (
            "Executive Summary:\nRents rose 9% in 2025.\n",
            ("Rents rose 9% in 2025", "the first sentence (line 2)"),
            [],
        ),
        (
            "The plan was approved.\n\nBackground\nA law passed.\n",
            ("The plan was approved", "the first sentence (line 1)"),
            ["Background"],
        ),
        (  # a year is no section's number: `2025 Outlook` names what the text is about
            "2025 Outlook\n\nRents will rise.\n\nBackground\nA law passed.\n",
            ("2025 Outlook", "the headline (line 1)"),
            ["Background"],
        ),
        (  # a headline over `Background`: the title, as before
            "Rents Rise Again\n\nRents rose.\n\nBackground\nA law passed.\n",
            ("Rents Rise Again", "the headline (line 1)"),
            ["Background"],
        ),
    ],
)
def test_a_heading_naming_a_part_of_any_text_is_no_title(
    text: str, title: tuple[str, str], headings: list[str]
) -> None:
    """A text opening with `Summary` was given the title "Summary": such a line heads a
    section, and the title is the first sentence, as for a text with no heading."""
    article, _ = _read(text)
    assert (propose_title(article), _headings(article)) == (title, headings)
