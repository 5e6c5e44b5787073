"""Definition lists (a term line, then `: definition` lines): the term list term bullets make."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from briefgen.content.parse import parse_briefing
from briefgen.content.writer import render_markdown
from briefgen.model import Briefing, BulletItem, BulletList, Paragraph, Quote, RichText, Table
from briefgen.site.jsonmodel import briefing_to_json, render_json
from briefgen.site.render import Renderer
from tests.unit.model_shape import strip_positions
from tests.unit.sample_briefing import sample_config
from tests.unit.test_render import site_of

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
GLOSSARY = """\
Remittances
: Money sent home by migrants.

Asylum *claim*
: A request for protection.
: Made at a border or inside the country.

    A second paragraph of the second definition.

Safe third country
: A country deemed safe:

    - for returns;
    - for transit.
"""


def parse_ok(body: str) -> tuple[Briefing, list[str]]:
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None, diagnostics
    return briefing, [d.message for d in diagnostics]


def only_list(body: str) -> BulletList:
    briefing, diagnostics = parse_ok(body)
    assert diagnostics == []
    (block,) = briefing.lede
    assert isinstance(block, BulletList)
    return block


def test_each_term_is_an_item_with_its_first_definition_as_text() -> None:
    glossary = only_list(GLOSSARY)
    assert glossary.is_term_list and not glossary.ordered
    assert [(i.term and i.term.text, i.text.text) for i in glossary.items] == [
        ("Remittances", "Money sent home by migrants."),
        ("Asylum claim", "A request for protection."),
        ("Safe third country", "A country deemed safe:"),
    ]
    assert glossary.items[1].term is not None
    assert glossary.items[1].term.html == "Asylum <em>claim</em>"
    assert glossary.pos.line == 6


def test_further_definitions_and_paragraphs_are_blocks_below_the_text() -> None:
    second, third = only_list(GLOSSARY).items[1:]
    assert [type(b) for b in second.children] == [Paragraph, Paragraph]
    assert [b.text.text for b in second.children if isinstance(b, Paragraph)] == [
        "Made at a border or inside the country.",
        "A second paragraph of the second definition.",
    ]
    (nested,) = third.children
    assert isinstance(nested, BulletList)
    assert [i.text.text for i in nested.items] == ["for returns;", "for transit."]


@pytest.mark.parametrize(
    "body",
    [
        "Term\n\n: Loose, a blank line after the term.\n",
        "> Term\n> : Inside a quote.\n",
        "Term\n:   Several spaces after the colon.\n",
    ],
)
def test_the_forms_a_definition_may_take(body: str) -> None:
    briefing, diagnostics = parse_ok(body)
    assert diagnostics == []
    block = briefing.lede[0]
    glossary = block.blocks[0] if isinstance(block, Quote) else block
    assert isinstance(glossary, BulletList) and glossary.is_term_list
    assert glossary.items[0].term is not None and glossary.items[0].term.text == "Term"


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        # Pandoc's `~` marker is not read: a wrapped line may start with `~ 40`.
        ("Prices rose\n~ 40 per cent in a year.\n", "Prices rose\n~ 40 per cent in a year."),
        # A colon needs a space after it, as in `10\n:30`.
        ("Meeting at 10\n:30 sharp.\n", "Meeting at 10\n:30 sharp."),
    ],
)
def test_other_lines_stay_a_paragraph(body: str, shown: str) -> None:
    briefing, diagnostics = parse_ok(body)
    assert diagnostics == []
    (paragraph,) = briefing.lede
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text.text == shown.replace("\n", " ")


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        # After a definition list, a term line before a `~` line is not read as a term.
        (
            "Remittances\n: Money sent home by migrants.\n\n"
            "Annual inflation in Argentina reached\n~ 40 per cent in the first quarter.\n",
            "Annual inflation in Argentina reached ~ 40 per cent in the first quarter.",
        ),
        # Nor is a `~` line after a blank line below a definition.
        ("Remittances\n: Money sent home by migrants.\n\n~ 40 per cent.\n", "~ 40 per cent."),
    ],
)
def test_a_tilde_line_after_a_definition_list_stays_a_paragraph(body: str, shown: str) -> None:
    briefing, diagnostics = parse_ok(body)
    assert diagnostics == []
    glossary, paragraph = briefing.lede
    assert isinstance(glossary, BulletList) and isinstance(paragraph, Paragraph)
    assert [(i.term and i.term.text, i.text.text) for i in glossary.items] == [
        ("Remittances", "Money sent home by migrants.")
    ]
    assert paragraph.text.text == shown


@pytest.mark.parametrize(
    "block",
    [
        "- Cost of A\n: Nil.\n",
        "1. Step one\n: Nil.\n",
        "2. Step two\n: Nil.\n",
        "> Quoted\n: Nil.\n",
        "### Heading\n: Nil.\n",
        "***\n: Nil.\n",
    ],
)
@pytest.mark.parametrize("between", ["\n", ""])
def test_a_block_after_a_definition_list_is_what_it_is_alone(block: str, between: str) -> None:
    """Only a list's first term was vetted: `- Cost of A` below a definition became a term
    holding its `- `, silently, where alone it is a list item (with a warning for `: Nil.`)."""
    after, after_problems = parse_ok("Remittances\n: Money sent home.\n" + between + block)
    alone, alone_problems = parse_ok(block)
    glossary, *rest = after.lede
    assert isinstance(glossary, BulletList)
    assert [i.term and i.term.text for i in glossary.items] == ["Remittances"]
    assert strip_positions((rest, after.sections)) == strip_positions((alone.lede, alone.sections))
    assert after_problems == alone_problems


def test_a_definition_list_goes_on_after_a_tilde_paragraph() -> None:
    body = "A\n: First.\n\nPrices rose\n~ 40 per cent.\n\nB\n: Second.\n: Third.\n"
    briefing, diagnostics = parse_ok(body)
    assert diagnostics == []
    first, paragraph, second = briefing.lede
    assert isinstance(first, BulletList) and isinstance(second, BulletList)
    assert isinstance(paragraph, Paragraph)
    assert [i.term and i.term.text for i in (*first.items, *second.items)] == ["A", "B"]
    assert len(second.items[0].children) == 1  # the third definition, below the text


def test_the_page_shows_a_definition_list(tmp_path: Path) -> None:
    briefing, _ = parse_ok(GLOSSARY)
    html = Renderer(sample_config(), tmp_path).render_briefing(briefing, site_of(briefing))
    page = lxml.html.document_fromstring(html)
    assert [dt.text_content() for dt in page.xpath("//dl[@class='terms']/div/dt")] == [
        "Remittances",
        "Asylum claim",
        "Safe third country",
    ]
    (second,) = page.xpath("//dl[@class='terms']/div[2]/dd")
    assert second.text == "A request for protection."
    assert [p.text_content() for p in second.xpath("p")] == [
        "Made at a border or inside the country.",
        "A second paragraph of the second definition.",
    ]


def test_the_json_has_a_list_of_terms() -> None:
    briefing, _ = parse_ok(GLOSSARY)
    json_text = render_json(briefing_to_json(briefing))
    assert '"term": "Remittances"' in json_text
    assert '"text": "Money sent home by migrants."' in json_text


def test_written_back_as_term_bullets_it_reads_as_the_same_model() -> None:
    briefing, _ = parse_ok(GLOSSARY)
    written = render_markdown(briefing)
    assert "- **Remittances:** Money sent home by migrants." in written
    again, problems = parse_briefing("content/a.md", written)
    assert again is not None, problems
    assert strip_positions(again) == strip_positions(briefing)


def test_a_paragraph_line_starting_with_a_colon_is_written_escaped() -> None:
    """`One line\\n: more` is a paragraph only while its first line is not alone: written
    back after a one-line paragraph it would become a definition, so it is escaped."""
    briefing, _ = parse_ok("Term\n\nOne.\nTwo.\n\n: a colon starts this paragraph\n")
    written = render_markdown(briefing)
    assert "\\: a colon starts this paragraph" in written
    again, problems = parse_briefing("content/a.md", written)
    assert again is not None, problems
    assert strip_positions(again) == strip_positions(briefing)


COMPACT = """\
Refugee
: A person who meets the definition in the 1951 Convention.
Asylum seeker
: A person waiting for a decision on a claim.
Migrant
: Anyone who moves.
"""


@pytest.mark.parametrize(
    ("body", "terms"),
    [
        ("A\n: One.\nB\n: Two.\n", [("A", "One."), ("B", "Two.")]),
        (
            COMPACT,
            [
                ("Refugee", "A person who meets the definition in the 1951 Convention."),
                ("Asylum seeker", "A person waiting for a decision on a claim."),
                ("Migrant", "Anyone who moves."),
            ],
        ),
        # A definition wrapped onto an indented line, then the next term.
        (
            "Legacy claim\n: A claim made before 28 June 2022, when the Act came\n"
            "  into force.\nFlow claim\n: A claim made on or after 28 June 2022.\n",
            [
                ("Legacy claim", "A claim made before 28 June 2022, when the Act came into force."),
                ("Flow claim", "A claim made on or after 28 June 2022."),
            ],
        ),
        # A term with two definitions, then the next term.
        ("A\n: One.\n: Also one.\nB\n: Two.\n", [("A", "One."), ("B", "Two.")]),
    ],
)
def test_a_term_right_below_a_definition_is_the_next_term(
    body: str, terms: list[tuple[str, str]]
) -> None:
    """Pandoc's compact form: the term line was read as the end of the definition above it,
    and the `: ` line below it as a further definition of the term before, silently."""
    glossary = only_list(body)
    assert [(i.term and i.term.text, i.text.text) for i in glossary.items] == terms


def test_a_compact_definition_list_reads_as_one_with_blank_lines() -> None:
    spaced = COMPACT.replace("\nAsylum", "\n\nAsylum").replace("\nMigrant", "\n\nMigrant")
    assert strip_positions(only_list(COMPACT)) == strip_positions(only_list(spaced))


def test_a_compact_term_keeps_its_own_line_for_warnings() -> None:
    briefing, diagnostics = parse_briefing(
        "content/a.md", FRONT + "A\n: One.\nB\n: Two.\nC[^gone]\n: Three.\n"
    )
    assert briefing is not None
    (glossary,) = briefing.lede
    assert isinstance(glossary, BulletList)
    assert [item.pos.line for item in glossary.items] == [6, 8, 10]
    assert [(d.pos.line, d.pos.column, d.message) for d in diagnostics] == [
        (10, 2, "note `[^gone]` has no definition; shown as text")
    ]


@pytest.mark.parametrize(
    ("body", "text", "further"),
    [
        # A line indented as the definition's continues it: the `: ` line below is a
        # further definition of the same term.
        ("A\n: One,\n  wrapped.\n: Also one.\n", "One, wrapped.", "Also one."),
        # A line not right above a `: ` line continues the definition lazily, as before.
        ("A\n: One,\nwrapped.\n\n    More.\n", "One, wrapped.", "More."),
    ],
)
def test_a_definitions_own_lines_stay_in_it(body: str, text: str, further: str) -> None:
    (item,) = only_list(body).items
    assert item.text.text == text
    (paragraph,) = item.children
    assert isinstance(paragraph, Paragraph) and paragraph.text.text == further


def test_a_definition_line_continuing_a_paragraph_stays_text_with_a_warning() -> None:
    """The term is the first line of a block, not the last line of a paragraph."""
    briefing, diagnostics = parse_ok("One line.\nTerm\n: not a definition\n")
    (paragraph,) = briefing.lede
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text.text == "One line. Term : not a definition"
    assert diagnostics == ["a `: definition` line inside a paragraph is shown as text"]


def test_a_caption_line_captions_the_table_of_its_definition() -> None:
    body = "Term\n: Table: The caption\n\n    | a | b |\n    |---|---|\n    | 1 | 2 |\n"
    (item,) = only_list(body).items
    (table,) = item.children
    assert isinstance(table, Table) and table.caption is not None
    assert (item.text.text, table.caption.text) == ("", "The caption")


def test_a_stray_caption_line_in_a_definition_is_a_warning() -> None:
    _, diagnostics = parse_ok("Term\n: Table: no table follows\n")
    assert diagnostics == ["`Table:` line is not right before a table; shown as text"]


def test_notes_in_a_definition_list_are_numbered_in_reading_order() -> None:
    """The term is read before its definition, so its note is numbered first."""
    body = (
        "Safe third country[^unhcr]\n: A country deemed safe for returns.[^eu]\n\n"
        "[^unhcr]: UNHCR, 2018.\n[^eu]: Directive 2013/32/EU.\n"
    )
    briefing, diagnostics = parse_ok(body)
    assert diagnostics == []
    (glossary,) = briefing.lede
    assert isinstance(glossary, BulletList)
    (item,) = glossary.items
    assert item.term is not None
    assert ">1</a></sup>" in item.term.html
    assert ">2</a></sup>" in item.text.html
    assert [note.label for note in briefing.notes] == ["unhcr", "eu"]


def test_a_definition_at_the_nesting_limit_is_its_source_text_alone() -> None:
    """A definition shown as its source text was built as well: its words showed twice, and
    the definitions in it were built on down to the parser's limit."""
    nested = "".join(f"{'  ' * i}Term{i}\n\n{'  ' * i}: text{i}\n\n" for i in range(10))
    briefing, diagnostics = parse_ok(nested + "  " * 9 + ": second\n")
    assert diagnostics == [
        "quotes nested more than 19 levels deep, or lists more than 9; "
        "the deeper part is shown as plain text"
    ]
    (glossary,) = briefing.lede
    assert isinstance(glossary, BulletList)
    item: BulletItem = glossary.items[0]
    for _ in range(9):
        (inner,) = item.children
        assert isinstance(inner, BulletList)
        item = inner.items[0]
    assert item.term == RichText("Term9", "Term9")
    assert item.text.text == ": text9\n"
    (second,) = item.children
    assert isinstance(second, Paragraph)
    assert second.text.text == ": second"
