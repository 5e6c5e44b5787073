"""The parser builds the exact model of the default briefing and of each block kind."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
import yaml

from briefgen.content.parse import decode_source, parse_briefing
from briefgen.content.sources import _entry_hint
from briefgen.diagnostics import Diagnostic
from briefgen.model import (
    Briefing,
    BulletList,
    Callout,
    CodeBlock,
    Paragraph,
    Quote,
    RawHtml,
    RichText,
    Rule,
    Section,
    Table,
)
from briefgen.site.tablecsv import render_csv
from tests.conftest import cpu_seconds

REPO = Path(__file__).resolve().parents[2]
DEFAULT = "content/rubio-mexico-ecuador-migration.md"
FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
NOV_23 = dt.date(2026, 11, 23)


def parse_ok(body: str, *, path: str = "content/a.md", unsafe_html: bool = False) -> Briefing:
    """Parse front matter plus `body`, asserting it succeeds."""
    briefing, diagnostics = parse_briefing(path, FRONT + body, unsafe_html=unsafe_html)
    assert briefing is not None, diagnostics
    return briefing


def plain(text: RichText | None) -> str | None:
    return None if text is None else text.text


@pytest.fixture(scope="module")
def default_briefing() -> Briefing:
    text, problems = decode_source(DEFAULT, (REPO / DEFAULT).read_bytes())
    assert text is not None and problems == []
    briefing, diagnostics = parse_briefing(DEFAULT, text)
    assert diagnostics == []
    assert briefing is not None
    return briefing


class TestDefaultBriefing:
    """The default briefing parses into exactly the structure its Markdown describes."""

    def test_front_matter(self, default_briefing: Briefing) -> None:
        meta = default_briefing.meta
        assert default_briefing.slug == "rubio-mexico-ecuador-migration"
        assert meta.title == (
            "Rubio\u2019s Diplomatic Mission to Mexico and Ecuador: Migration on the Agenda"
        )
        assert meta.date == dt.date(2026, 11, 23)
        assert meta.updated is None
        assert meta.summary is not None
        assert meta.summary.startswith("Senator Marco Rubio travels to Mexico and Ecuador")
        assert meta.summary.endswith("what to watch for.")
        assert meta.tags == ("migration", "latin-america", "diplomacy", "us-foreign-policy")
        assert (meta.draft, meta.authors, meta.layout, dict(meta.extra)) == (False, (), None, {})
        assert [(s.publisher, s.url, s.accessed) for s in meta.sources] == [
            ("U.S. Department of State", "https://www.state.gov/press-releases/", NOV_23),
            ("Government of Mexico", "https://www.gob.mx/sre", NOV_23),
            ("Government of Ecuador", "https://www.cancilleria.gob.ec/", NOV_23),
            (
                "International Organization for Migration (IOM)",
                "https://worldmigrationreport.iom.int/",
                NOV_23,
            ),
        ]

    def test_what_to_watch_callout(self, default_briefing: Briefing) -> None:
        (callout,) = [b for b in default_briefing.sections[1].blocks if isinstance(b, Callout)]
        assert (callout.variant, callout.pos.line) == ("note", 62)
        (paragraph,) = callout.blocks
        assert isinstance(paragraph, Paragraph)
        assert paragraph.text.text.startswith("What to watch: whether the visits produce")

    def test_lede_is_one_paragraph(self, default_briefing: Briefing) -> None:
        (lede,) = default_briefing.lede
        assert isinstance(lede, Paragraph)
        assert lede.text.text.startswith("In a bid to address the complex challenges")
        assert lede.pos.line == 28

    def test_sections_have_exact_headings_and_anchors(self, default_briefing: Briefing) -> None:
        sections = default_briefing.sections
        assert [(s.heading.text, s.anchor, s.level, s.pos.line) for s in sections] == [
            (
                "Rubio\u2019s Diplomatic Mission: "
                "Addressing Migration Challenges in Mexico and Ecuador",
                "rubios-diplomatic-mission-addressing-migration-challenges-in-mexico-and-ecuador",
                2,
                30,
            ),
            (
                "Strengthening Regional Collaboration: Key Insights from the Upcoming Visits",
                "strengthening-regional-collaboration-key-insights-from-the-upcoming-visits",
                2,
                46,
            ),
            (
                "Proposed Strategies for Sustainable Migration Solutions "
                "in the U.S. and Latin America",
                "proposed-strategies-for-sustainable-migration-solutions-in-the-us-and-latin-america",
                2,
                65,
            ),
            ("Key Takeaways", "key-takeaways", 2, 91),
        ]
        assert all(s.subsections == () for s in sections)

    def test_section_block_kinds(self, default_briefing: Briefing) -> None:
        kinds = [[b.kind for b in s.blocks] for s in default_briefing.sections]
        assert kinds == [
            ["paragraph", "list", "paragraph", "table"],
            ["paragraph", "list", "paragraph", "table", "callout"],
            ["paragraph", "list", "paragraph", "table", "paragraph"],
            ["paragraph"],
        ]

    def test_term_bullets(self, default_briefing: Briefing) -> None:
        lists = [
            b for s in default_briefing.sections for b in s.blocks if isinstance(b, BulletList)
        ]
        assert [[plain(item.term) for item in bl.items] for bl in lists] == [
            [
                "Enhancing Bilateral Cooperation",
                "Humanitarian Support",
                "Border Security Initiatives",
            ],
            [
                "Strengthening Economic Opportunities",
                "Improving Border Security",
                "Facilitating Legal Pathways",
            ],
            [
                "Strengthening Regional Cooperation",
                "Economic Development Initiatives",
                "Education and Skills Training",
                "Protection for Vulnerable Groups",
            ],
        ]
        assert all(bl.is_term_list and not bl.ordered for bl in lists)
        first = lists[0].items[0]
        assert first.text.text == (
            "Collaborating with local governments to develop comprehensive strategies "
            "addressing the root causes of migration."
        )
        assert first.children == ()
        assert lists[0].items[2].pos.line == 36

    def test_tables(self, default_briefing: Briefing) -> None:
        tables = [b for s in default_briefing.sections for b in s.blocks if isinstance(b, Table)]
        assert [
            ([h.text for h in t.header], [[c.text for c in r] for r in t.rows]) for t in tables
        ] == [
            (
                ["Initiative", "Description"],
                [
                    [
                        "Community Development Programs",
                        "Investing in education and job creation to reduce poverty.",
                    ],
                    [
                        "Legal Pathways for Migration",
                        "Establishing processes for legal immigration to aid those in need.",
                    ],
                    [
                        "Regional Security Partnerships",
                        "Working with other nations to combat human trafficking and smuggling.",
                    ],
                ],
            ),
            (
                ["Expected Outcome", "Description"],
                [
                    ["Joint Task Forces", "Teams to tackle human trafficking and smuggling."],
                    [
                        "Workforce Initiatives",
                        "Programs aimed at skill development in migrant communities.",
                    ],
                    [
                        "Awareness Campaigns",
                        "Efforts to inform migrants of their rights and legal options.",
                    ],
                ],
            ),
            (
                ["Legal Frameworks", "Description"],
                [
                    [
                        "Work Visa Programs",
                        "Offers temporary visas to migrants filling labor shortages "
                        "in specific industries.",
                    ],
                    [
                        "Asylum Pathways",
                        "Streamlined processes for those fleeing violence or persecution.",
                    ],
                    [
                        "Family Reunification Policies",
                        "Facilitates the legal immigration of family members "
                        "of citizens and residents.",
                    ],
                ],
            ),
        ]
        assert [(t.caption, t.align, t.pos.line) for t in tables] == [
            (None, ("", ""), 40),
            (None, ("", ""), 56),
            (None, ("", ""), 76),
        ]

    def test_key_takeaways_is_one_paragraph(self, default_briefing: Briefing) -> None:
        (paragraph,) = default_briefing.sections[3].blocks
        assert isinstance(paragraph, Paragraph)
        assert paragraph.text.text.endswith(
            "Further updates are expected following the senator\u2019s trip next week."
        )

    def test_emphasis_is_rendered_inline(self, default_briefing: Briefing) -> None:
        paragraph = default_briefing.sections[1].blocks[0]
        assert isinstance(paragraph, Paragraph)
        assert "<em>strategic partnerships</em>" in paragraph.text.html
        assert "*strategic" not in paragraph.text.text


def test_parse_line_endings_and_bom_do_not_change_the_model() -> None:
    text = (REPO / DEFAULT).read_text(encoding="utf-8")
    variants = [text, text.replace("\n", "\r\n"), text.replace("\n", "\r"), "\ufeff" + text]
    variants.append("\ufeff" + text.replace("\n", "\r\n", 10))
    models = []
    for variant in variants:
        decoded, _ = decode_source(DEFAULT, variant.encode("utf-8"))
        assert decoded is not None
        models.append(parse_briefing(DEFAULT, decoded))
    assert all(model == models[0] for model in models)


def test_parse_yaml_table_equals_the_same_gfm_table() -> None:
    gfm = parse_ok(
        "Table: Options *compared*\n\n| Name | Note |\n|---|---|\n"
        "| A | `x` and **y** |\n| 2 | true |\n"
    )
    yaml = parse_ok(
        "Table: Options *compared*\n\n```table\ncolumns:\n  name: Name\n  note: Note\nrows:\n"
        "  - name: A\n    note: '`x` and **y**'\n  - name: 2\n    note: true\n```\n"
    )
    yaml_keys = parse_ok(
        "```table\ncaption: Options *compared*\nrows:\n  - Name: A\n    Note: '`x` and **y**'\n"
        "  - [2, true]\n```\n"
    )
    (gfm_table,), (yaml_table,) = gfm.lede, yaml.lede
    assert isinstance(gfm_table, Table) and isinstance(yaml_table, Table)
    assert gfm_table.caption == RichText("Options <em>compared</em>", "Options compared")
    assert gfm_table == Table(
        yaml_table.caption, yaml_table.header, yaml_table.rows, yaml_table.align, gfm_table.pos
    )
    assert yaml_keys.lede[0] == Table(
        gfm_table.caption, gfm_table.header, gfm_table.rows, gfm_table.align, yaml_keys.lede[0].pos
    )


def test_parse_yaml_table_reads_columns_list_and_pads_short_rows() -> None:
    (table,) = parse_ok("```table\ncolumns: [A, B]\nrows:\n  - [1]\n  - {A: x, B: y}\n```\n").lede
    assert isinstance(table, Table)
    assert [[c.text for c in row] for row in table.rows] == [["1", ""], ["x", "y"]]


def test_parse_yaml_table_matches_row_keys_to_columns_by_their_yaml_name() -> None:
    """`1`, `1.0` and `true` are three YAML 1.2 keys, and three columns, not one."""
    columns = "columns: {1: One, 1.0: Float, true: Yes}\n"
    rows = "rows:\n  - {1: a, 1.0: b, true: c}\n  - [d, e, f]\n"
    (table,) = parse_ok(f"```table\n{columns}{rows}```\n").lede
    assert isinstance(table, Table)
    assert [h.text for h in table.header] == ["One", "Float", "Yes"]
    assert [[c.text for c in row] for row in table.rows] == [["a", "b", "c"], ["d", "e", "f"]]
    (table,) = parse_ok("```table\nrows:\n  - {true: x, 1: y}\n```\n").lede
    assert isinstance(table, Table) and [h.text for h in table.header] == ["true", "1"]


def test_parse_yaml_table_shows_numbers_as_written() -> None:
    """`12.50` is a rate to two decimals, not the float 12.5: a cell reads as written."""
    rows = "  - [12.50, 1e3, 0x1F, -0.0, 007, 1_000]\n"
    (table,) = parse_ok(f"```table\ncolumns: [A, B, C, D, E, F]\nrows:\n{rows}```\n").lede
    assert isinstance(table, Table)
    assert [c.text for c in table.rows[0]] == ["12.50", "1e3", "0x1F", "-0.0", "007", "1_000"]
    # Never made a number, so one of 5,000 digits is text like any other, not Python's error.
    (table,) = parse_ok(f"```table\ncolumns: [A]\nrows:\n  - [{'9' * 5000}]\n```\n").lede
    assert isinstance(table, Table) and table.rows[0][0].text == "9" * 5000


def test_parse_yaml_table_shows_a_null_cell_as_written_and_an_unwritten_one_empty() -> None:
    """`~` and `null` were empty cells, silently, where a pipe table shows `~` as written."""
    rows = "  - [~, null, NULL, Null, '']\n  - {A: x, B: , C: ~}\n  - [y]\n"
    table_text = f"```table\ncolumns: [A, B, C, D, E]\nrows:\n{rows}```\n"
    briefing, _ = parse_briefing("content/a.md", FRONT + table_text)
    assert briefing is not None
    (table,) = briefing.lede
    assert isinstance(table, Table)
    assert [[c.text for c in row] for row in table.rows] == [
        ["~", "null", "NULL", "Null", ""],
        ["x", "", "~", "", ""],
        ["y", "", "", "", ""],
    ]


def test_parse_table_alignment_escaped_pipes_and_padding() -> None:
    (table,) = parse_ok("| L | C | R |\n|:--|:-:|--:|\n| a \\| b | `c` |\n").lede
    assert isinstance(table, Table)
    assert table.align == ("left", "center", "right")
    assert [c.html for c in table.rows[0]] == ["a | b", "<code>c</code>", ""]


def test_parse_caption_line_in_the_theme_languages_captions_the_table() -> None:
    """A Spanish `Tabla:` line was a paragraph above a table named by its header cells."""
    table = "| País | Personas |\n|---|--:|\n| Honduras | 1 200 000 |\n"
    body = (
        f"Tabla: Personas por país\n\n{table}\n"
        "Tabela: Pessoas\n\n```table\nrows:\n  - {País: Brasil}\n```\n\n"
        f"- Tableau : Personnes\n\n  {table.replace(chr(10), chr(10) + '  ')}\n"
        f"> [!NOTE]\n> Tabla: En un recuadro\n>\n> {table.replace(chr(10), chr(10) + '> ')}\n"
    )
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None and diagnostics == []
    gfm, yaml_table, items, callout = briefing.lede
    assert isinstance(items, BulletList) and isinstance(callout, Callout)
    tables = [gfm, yaml_table, *items.items[0].children, *callout.blocks]
    assert [t.caption.text for t in tables if isinstance(t, Table) and t.caption] == [
        "Personas por país",
        "Pessoas",
        "Personnes",
        "En un recuadro",
    ]


def test_parse_caption_line_not_before_a_table_stays_a_paragraph() -> None:
    (paragraph,) = parse_ok("Table: not a caption\n").lede
    assert paragraph == Paragraph(
        RichText("Table: not a caption", "Table: not a caption"), paragraph.pos
    )


@pytest.mark.parametrize(
    ("markdown", "term", "text"),
    [
        ("- **Term:** text here", "Term", "text here"),
        ("- **Term**: text here", "Term", "text here"),
        ("- **Term** — text here", "Term", "text here"),
        ("- **Term —** no", None, "Term — no"),
        ("- **https://example.org:** a URL term", "https://example.org", "a URL term"),
        ("- **A: B:** several colons", "A: B", "several colons"),
        ("- **Bold** but no separator", None, "Bold but no separator"),
        ("- **`code` term:** *em* text", "code term", "em text"),
        # Chinese and Japanese write the full-width colon.
        ("- **期限\uff1a** 2027年", "期限", "2027年"),
        ("- **費用**\uff1a100億円", "費用", "100億円"),
    ],
)
def test_parse_term_bullets(markdown: str, term: str | None, text: str) -> None:
    (bullets,) = parse_ok(markdown + "\n").lede
    assert isinstance(bullets, BulletList)
    assert (plain(bullets.items[0].term), bullets.items[0].text.text) == (term, text)


@pytest.mark.parametrize("markdown", ["- **Key __Point__:** desc", "- **Key **Point**:** desc"])
def test_parse_term_bullet_with_bold_inside_the_term_keeps_tags_balanced(markdown: str) -> None:
    """The term ends at its own closing `**`, not at the first one (a bold word inside it)."""
    (bullets,) = parse_ok(markdown + "\n").lede
    assert isinstance(bullets, BulletList)
    item = bullets.items[0]
    assert item.term is not None
    assert (item.term.html, item.text.html) == ("Key <strong>Point</strong>", "desc")


@pytest.mark.parametrize(
    "item",
    [
        "**Safe third country:**[^a] A country.",
        "**Safe third country**[^a]: A country.",
        "**Safe third country**[^a] \u2014 A country.",
        "**Safe third country[^a]:** A country.",
    ],
)
def test_parse_term_bullet_keeps_a_note_right_after_the_bold_on_its_term(item: str) -> None:
    """h67: `**Term:**[^a] text` showed the note at the start of the definition."""
    (bullets,) = parse_ok(f"- {item}\n- **Other:** text\n\n[^a]: APR Article 59.\n").lede
    assert isinstance(bullets, BulletList)
    first = bullets.items[0]
    assert first.term is not None
    assert (first.term.text, first.text.text) == ("Safe third country[1]", "A country.")


def test_parse_nested_lists_become_children() -> None:
    (bullets,) = parse_ok("3. one\n   - **A:** a\n   - b\n\n   > quoted\n4. two\n").lede
    assert isinstance(bullets, BulletList)
    assert (bullets.ordered, bullets.start) == (True, 3)
    inner, quote = bullets.items[0].children
    assert isinstance(inner, BulletList) and isinstance(quote, Quote)
    assert [plain(i.term) for i in inner.items] == ["A", None]
    assert bullets.items[1].children == ()


def test_parse_block_kinds() -> None:
    briefing = parse_ok("> a quote\n\n```python\nx = 1\n```\n\n    indented\n\n---\n\ntext\n")
    quote, fence, indented, rule, paragraph = briefing.lede
    assert isinstance(quote, Quote) and isinstance(quote.blocks[0], Paragraph)
    assert (fence, indented) == (
        CodeBlock("x = 1\n", "python", fence.pos),
        CodeBlock("indented\n", None, indented.pos),
    )
    assert isinstance(rule, Rule) and isinstance(paragraph, Paragraph)


@pytest.mark.parametrize(
    ("info", "language", "warned"),
    [
        ("python", "python", None),
        ("", None, None),
        ("{.python}", "python", None),
        ("{r}", "r", None),
        ("{python}", "python", None),
        ("{r echo=FALSE}", "r", "echo=FALSE"),
        ('{.python filename="analysis.py"}', "python", 'filename="analysis.py"'),
        ('js title="src/config.js"', "js", 'title="src/config.js"'),
    ],
)
def test_parse_fence_reads_the_language_and_warns_of_attributes_not_shown(
    info: str, language: str | None, warned: str | None
) -> None:
    """Pandoc, Quarto and MkDocs info strings gave `{.python` as the language, and a
    `title="…"` vanished from the page without a word."""
    source = FRONT + f"Lede.\n\n```{info}\nx = 1\n```\n"
    briefing, diagnostics = parse_briefing("content/a.md", source)
    assert briefing is not None
    assert [b.language for b in briefing.lede if isinstance(b, CodeBlock)] == [language]
    expected = [] if warned is None else [f"code fence attributes `{warned}` are not shown"]
    assert [d.message for d in diagnostics] == expected
    assert all(d.pos.line == FRONT.count("\n") + 3 for d in diagnostics)


@pytest.mark.parametrize(
    ("code", "column"),
    [
        pytest.param('```js title="a.js"\nx = 1\n```', 7, id="flush"),
        pytest.param('  ```js title="a.js"\n  x = 1\n  ```', 9, id="indented"),
        pytest.param('- item\n\n  ````  js  title="a.js"\n  x = 1\n  ````', 13, id="list-item"),
        pytest.param('> ~~~{.python filename="a.py"}\n> x = 1\n> ~~~', 15, id="quote-braced"),
        pytest.param("```js js\nx = 1\n```", 7, id="language-as-attribute"),
    ],
)
def test_parse_fence_warns_of_attributes_at_their_column(code: str, column: int) -> None:
    """The warning named column 1 whatever the line held: in a list item or an indented
    fence that is not where the attributes are."""
    source = FRONT + f"Lede.\n\n{code}\n"
    _, diagnostics = parse_briefing("content/a.md", source)
    fence_line = next(n for n, line in enumerate(code.splitlines()) if "=" in line or "js" in line)
    line = FRONT.count("\n") + 3 + fence_line
    assert [(d.pos.line, d.pos.column) for d in diagnostics] == [(line, column)]
    assert all(d.message.startswith("code fence attributes") for d in diagnostics)


@pytest.mark.parametrize(
    ("info", "hint"),
    [
        ("{note}", "write a callout: `> [!NOTE]`"),
        ("{warning}", "write a callout: `> [!NOTE]`"),
        ("{admonition} Custom title", "write a callout: `> [!NOTE]`"),
        ("{Dropdown} More", "write a callout: `> [!NOTE]`"),
        ("{figure} chart.png", "write `![alt text](chart.png)`"),
        ("{code-block} python", "write the language after a plain fence"),
        ("{list-table} Budget", "write a pipe table"),
        ("{math}", "write it in words"),
        *(  # the README's other names
            (f"{{{name}}}", "write a callout: `> [!NOTE]`")
            for name in ("attention", "caution", "danger", "error", "hint", "important")
        ),
        *((f"{{{name}}}", "write a callout: `> [!NOTE]`") for name in ("seealso", "tip")),
        ("{image} chart.png", "write `![alt text](chart.png)`"),
        *(
            (f"{{{name}}} python", "write the language after a plain fence")
            for name in ("code", "code-cell", "sourcecode")
        ),
        *((f"{{{name}}}", "write a pipe table") for name in ("csv-table", "table")),
    ],
)
def test_parse_fence_of_a_myst_directive_is_code_in_no_language_with_a_warning(
    info: str, hint: str
) -> None:
    """Read as Quarto's `{r}` is, ```` ```{note} ```` was code in a language `note`, silently:
    a callout's prose shown as monospace code."""
    source = FRONT + f"Lede.\n\n- item\n\n  ```{info}\n  The figures are provisional.\n  ```\n"
    briefing, diagnostics = parse_briefing("content/a.md", source)
    assert briefing is not None
    item = briefing.lede[1]
    assert isinstance(item, BulletList)
    assert item.items[0].children == (
        CodeBlock("The figures are provisional.\n", None, item.items[0].children[0].pos),
    )
    (warned,) = diagnostics
    assert warned.message == f"MyST directive `{info}` is not supported; shown as code"
    assert (warned.pos.line, warned.pos.column) == (FRONT.count("\n") + 5, 3)
    assert warned.hint is not None and warned.hint.startswith(hint)


@pytest.mark.parametrize(
    ("info", "drawn", "hint"),
    [
        ("mermaid", "no diagram", "export the diagram as an SVG"),
        ("math", "no formula", "write it in words"),
        ("GeoJSON", "no map", "show the map as an image"),
        ("topojson", "no map", "show the map as an image"),
    ],
)
def test_parse_fence_github_draws_is_code_with_a_warning(info: str, drawn: str, hint: str) -> None:
    """GitHub draws a ```` ```mermaid ```` diagram or a ```` ```math ```` formula; the page
    showed its source as code, silently, where `$$ … $$` maths is warned of."""
    source = FRONT + f"Lede.\n\n> ```{info}\n> graph TD; A-->B;\n> ```\n"
    briefing, diagnostics = parse_briefing("content/a.md", source)
    assert briefing is not None
    (warned,) = diagnostics
    assert warned.message == (
        f"`{info}` fence is shown as code: briefgen draws {drawn} from it, as GitHub does"
    )
    assert (warned.pos.line, warned.pos.column) == (FRONT.count("\n") + 3, 3)
    assert warned.hint is not None and warned.hint.startswith(hint)
    assert warned.hint.endswith("to show its source on purpose, write ```` ```text ```` instead")


def test_parse_sections_nest_by_level_and_anchors_are_unique() -> None:
    briefing = parse_ok(
        "## Key Takeaways\n\n### Detail\n\n#### Finer\n\n### Detail\n\n"
        "## Key Takeaways\n\n## 移民\n"
    )
    outline = [
        (
            s.anchor,
            [(sub.anchor, sub.level, [f.anchor for f in sub.subsections]) for sub in s.subsections],
        )
        for s in briefing.sections
    ]
    assert outline == [
        ("key-takeaways", [("detail", 3, ["finer"]), ("detail-1", 3, [])]),
        ("key-takeaways-1", []),
        ("移民", []),
    ]
    assert briefing.sections[0].subsections[0].subsections[0].level == 4


def _outline(sections: tuple[Section, ...]) -> list[object]:
    return [(s.anchor, s.level, _outline(s.subsections)) for s in sections]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Each `###` before the first `##` is treated as `##`, not only the first.
        ("### A\n\nx\n\n### B\n\ny\n", [("a", 2, []), ("b", 2, [])]),
        ("### A\n\n#### A1\n\n### B\n", [("a", 2, [("a1", 3, [])]), ("b", 2, [])]),
        ("### A\n\n## B\n\n### B1\n", [("a", 2, []), ("b", 2, [("b1", 3, [])])]),
        # Skipped levels: headings written alike stay siblings.
        ("## A\n\n#### X\n\n#### Y\n", [("a", 2, [("x", 3, []), ("y", 3, [])])]),
        ("## A\n\n#### X\n\n### Y\n", [("a", 2, [("x", 3, []), ("y", 3, [])])]),
    ],
)
def test_parse_sections_written_at_one_level_stay_siblings_when_clamped(
    body: str, expected: list[object]
) -> None:
    assert _outline(parse_ok(body).sections) == expected


def test_parse_h1_is_dropped_and_text_before_the_first_section_is_the_lede() -> None:
    briefing = parse_ok("# Title\n\nLede.\n\n## One\n\nBody.\n")
    assert [b.kind for b in briefing.lede] == ["paragraph"]
    assert [s.heading.text for s in briefing.sections] == ["One"]


def test_parse_raw_html_is_escaped_by_default_and_live_when_unsafe() -> None:
    body = "<div>hi</div>\n\nsome <b>bold</b>\n"
    safe = parse_ok(body)
    trusted = parse_ok(body, unsafe_html=True)
    assert [b.text.html for b in safe.lede if isinstance(b, Paragraph)] == [
        "&lt;div&gt;hi&lt;/div&gt;",
        "some &lt;b&gt;bold&lt;/b&gt;",
    ]
    # A block of trusted HTML is a block of its own, not a paragraph (`<p><div>` is invalid).
    block, paragraph = trusted.lede
    assert block == RawHtml(RichText("<div>hi</div>", "hi"), block.pos)
    # Trusted inline markup is not among the words (the JSON `text`, search, reading time).
    assert paragraph == Paragraph(RichText("some <b>bold</b>", "some bold"), paragraph.pos)
    _, diagnostics = parse_briefing("content/a.md", FRONT + body, unsafe_html=True)
    assert diagnostics == []


def test_parse_trusted_br_breaks_the_plain_text_as_a_markdown_line_break_does() -> None:
    """`<br>` is how a table cell breaks a line: `ECHO<br>DG INTPA` is two names, not one."""
    body = (
        "| Donor | Channels |\n|---|---|\n| EU | ECHO<br>DG INTPA |\n"
        "| US | USAID<br/>State PRM |\n| UN | OCHA<BR />CERF |\n\n"
        "Paragraph one<br>paragraph two.\n\nParagraph three\\\nparagraph four.\n"
    )
    table, paragraph, hard_break = parse_ok(body, unsafe_html=True).lede
    assert isinstance(table, Table)
    assert [plain(row[1]) for row in table.rows] == [
        "ECHO\nDG INTPA",
        "USAID\nState PRM",
        "OCHA\nCERF",
    ]
    assert table.rows[0][1].html == "ECHO<br>DG INTPA"
    assert paragraph == Paragraph(
        RichText("Paragraph one<br>paragraph two.", "Paragraph one\nparagraph two."), paragraph.pos
    )
    assert isinstance(hard_break, Paragraph)
    assert plain(hard_break.text) == "Paragraph three\nparagraph four."


def test_parse_trusted_br_parts_a_cells_csv_lines_and_a_headings_id_words() -> None:
    """The README's Safety: `ECHO<br>DG INTPA` in a cell stays two lines in the table's CSV,
    and `## Break<br>here` is `#break-here`, as a space between its words would make it."""
    body = (
        "| Donor | Channels |\n|---|---|\n| EU | ECHO<br>DG INTPA |\n\n## Break<br>here\n\nText.\n"
    )
    briefing = parse_ok(body, unsafe_html=True)
    (table,) = briefing.lede
    assert isinstance(table, Table)
    assert render_csv(table) == b'\xef\xbb\xbfDonor,Channels\r\nEU,"ECHO\nDG INTPA"\r\n'
    (section,) = briefing.sections
    assert section.anchor == "break-here"


@pytest.mark.parametrize("unsafe_html", [False, True])
def test_parse_html_comments_are_dropped_without_a_warning(unsafe_html: bool) -> None:
    body = (
        "<!-- an author's note\nover two lines -->\n\n"
        "Text <!-- inline\nnote --> more <br>.\n\n"
        "<!-- a --> <!-- b -->\n\n"
        "## One <!-- heading note -->\n\n"
        "- item <!-- x -->\n"
    )
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body, unsafe_html=unsafe_html)
    assert briefing is not None
    assert [b.kind for b in briefing.lede] == ["paragraph"]
    text = briefing.lede[0].text if isinstance(briefing.lede[0], Paragraph) else None
    assert text is not None and "<!--" not in text.html and "note" not in text.text
    assert briefing.sections[0].heading.text == "One"
    assert briefing.sections[0].anchor == "one"
    items = briefing.sections[0].blocks[0]
    assert isinstance(items, BulletList) and items.items[0].text.html == "item"
    # Only the other raw HTML is reported, at its own line: the one after the inline comment.
    expected = [] if unsafe_html else [("raw HTML is shown as text", 10)]
    assert [(d.message, d.pos.line) for d in diagnostics] == expected


def test_parse_inline_comment_between_words_leaves_one_space() -> None:
    """`a <!-- c --> b` reads `a b`: a heading so written keeps the id its words give."""
    briefing = parse_ok("Text <!-- c --> after.\n\n## HTML <!-- c --> comment\n\nBody.\n")
    (paragraph,) = briefing.lede
    assert isinstance(paragraph, Paragraph)
    assert (paragraph.text.text, paragraph.text.html) == ("Text after.", "Text after.")
    (section,) = briefing.sections
    assert (section.heading.text, section.anchor) == ("HTML comment", "html-comment")


def test_parse_raw_html_around_a_comment_keeps_todays_behaviour() -> None:
    briefing, diagnostics = parse_ok_with("<!-- note --> <div>x</div>\n")
    assert isinstance(briefing.lede[0], Paragraph)
    assert briefing.lede[0].text.html == "&lt;!-- note --&gt; &lt;div&gt;x&lt;/div&gt;"
    assert [d.message for d in diagnostics] == ["raw HTML is shown as text"]


def test_parse_raw_html_after_a_comment_keeps_the_hint_of_raw_html() -> None:
    _, diagnostics = parse_ok_with("<!-- note --> <div>x</div>\n")
    assert str(diagnostics[0].hint).startswith("write Markdown instead")


@pytest.mark.parametrize(
    "comment", ["<!-- TODO: check with the press office -->", "<!-- TODO:\ncheck -->"]
)
def test_parse_a_comment_opening_a_paragraph_hints_at_a_line_of_its_own(comment: str) -> None:
    """The hint said "write Markdown instead", though the comment is what to move."""
    text = "The ministry said 4,000 claims were processed.\nIt said so on Tuesday.\n"
    _, diagnostics = parse_ok_with(f"{comment} {text}")
    assert [(d.pos.line, d.message) for d in diagnostics] == [(6, "raw HTML is shown as text")]
    assert diagnostics[0].hint == (
        "put the comment on a line of its own, where it is dropped, and the text on the "
        "line below it"
    )
    # As the hint says: the comment is dropped and the text is one paragraph.
    briefing, diagnostics = parse_ok_with(f"{comment}\n{text}")
    assert diagnostics == []
    (paragraph,) = briefing.lede
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text.text == text.strip().replace("\n", " ")


def test_parse_comment_ends_at_its_first_close_so_text_after_it_shows() -> None:
    """`<!-- a --> b -->` is a comment and then text, as in HTML: not one comment dropped."""
    briefing, diagnostics = parse_ok_with("<!-- a --> b -->\n")
    assert isinstance(briefing.lede[0], Paragraph)
    assert briefing.lede[0].text.html == "&lt;!-- a --&gt; b --&gt;"
    assert [d.message for d in diagnostics] == ["raw HTML is shown as text"]


def test_parse_a_less_than_sign_read_as_a_tag_hints_at_writing_it_as_text() -> None:
    _, diagnostics = parse_ok_with("Households with income <median and savings >0 were kept.\n")
    assert [(d.pos.column, d.message) for d in diagnostics] == [(24, "raw HTML is shown as text")]
    assert "write `&lt;` or put a space after it" in str(diagnostics[0].hint)


def parse_ok_with(body: str) -> tuple[Briefing, list[Diagnostic]]:
    """Parse front matter plus `body` with the safe parser; return the model and diagnostics."""
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    return briefing, list(diagnostics)


@pytest.mark.parametrize(
    "link",
    [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](%6Aavascript:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](data:text/html,hi)",
        "[x](data:image/png;base64,AA==)",  # a picture's data, allowed in an image alone
        "[x](vbscript:msgbox)",
        "<javascript:alert(1)>",
        "[x](&#106;avascript:alert(1))",
        "[x]\n\n[x]: javascript:alert(1)",
    ],
)
def test_parse_unsafe_links_lose_their_href_and_warn(link: str) -> None:
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + link + "\n")
    assert briefing is not None
    html = briefing.lede[0].text.html if isinstance(briefing.lede[0], Paragraph) else ""
    assert "href" not in html and "<a" not in html
    # A reference link's address is its definition's, where the warning is (test_wrappedlinks).
    line = 8 if "]: " in link else 6
    assert [(d.severity, d.pos.line, d.message.split("`")[0]) for d in diagnostics] == [
        ("warning", line, "unsafe link ")
    ]


@pytest.mark.parametrize(
    "address", ["data:image/svg+xml;base64,PHN2Zz4=", "data:image/bmp;base64,Qk0=", "data:,x"]
)
def test_parse_an_image_of_data_other_than_the_four_allowed_is_removed(address: str) -> None:
    """The README allows `data:image/png|gif|jpeg|webp` in images and no other data URL."""
    briefing, diagnostics = parse_briefing("content/a.md", f"{FRONT}Text ![i]({address}).\n")
    assert briefing is not None and isinstance(paragraph := briefing.lede[0], Paragraph)
    assert "<img" not in paragraph.text.html
    assert [d.message for d in diagnostics] == [
        f"unsafe image address `{address}` removed; the alt text is shown"
    ]
    # An SVG's is told why: "or a data:image URL" read as a hint to write the one refused.
    svg = address.startswith("data:image/svg")
    assert ("save it next to the briefing as a .svg file" in str(diagnostics[0].hint)) is svg


def test_parse_unsafe_link_after_a_code_span_over_two_lines_is_warned_at_its_line() -> None:
    body = "A `code\nspan` and <!-- a\ncomment -->\nthen [x](javascript:alert(1)).\n"
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert [(d.pos.line, d.message.split("`")[0]) for d in diagnostics] == [(9, "unsafe link ")]


def test_parse_safe_links_keep_their_href() -> None:
    (paragraph,) = parse_ok(
        "[a](https://example.org) [b](#key-takeaways) ![i](data:image/png;base64,AA==)"
        " [c](mailto:press@example.org) [d](tel:+525512345678) [e](annex.pdf)"
        " ![w](data:image/webp;base64,UklGRg==) ![g](data:image/gif;base64,R0lGODlh)"
        " ![j](data:image/jpeg;base64,/9j/4A==)\n"
    ).lede
    assert isinstance(paragraph, Paragraph)
    for href in ("mailto:press@example.org", "tel:+525512345678", "annex.pdf"):
        assert f'href="{href}"' in paragraph.text.html
    assert 'href="https://example.org"' in paragraph.text.html
    assert 'href="#key-takeaways"' in paragraph.text.html
    for src in (
        "png;base64,AA==",
        "webp;base64,UklGRg==",
        "gif;base64,R0lGODlh",
        "jpeg;base64,/9j/4A==",
    ):
        assert f'src="data:image/{src}"' in paragraph.text.html


def test_parse_unicode_file_name_gives_an_ascii_slug() -> None:
    assert parse_ok("x\n", path="content/Café Über-Mexico!.md").slug == "cafe-uber-mexico"
    nfd = "content/Cafe\u0301.md"
    assert parse_ok("x\n", path=nfd).slug == "cafe"


def test_parse_front_matter_slug_wins_over_the_file_name() -> None:
    text = "---\ntitle: T\ndate: '2026-03-14'\nslug: my-visit\ndraft: true\n---\n"
    briefing, diagnostics = parse_briefing("content/a.md", text)
    assert diagnostics == [] and briefing is not None
    assert (briefing.slug, briefing.meta.draft, briefing.meta.date) == (
        "my-visit",
        True,
        dt.date(2026, 3, 14),
    )


def test_parse_front_matter_normalises_tags_and_keeps_extra_as_written() -> None:
    text = (
        "---\ntitle: '  T  '\ndate: 2026-03-14\ntags: ['  Latin   America ', Latin America, x]\n"
        "authors: [Jane]\nlayout: wide\nextra:\n  country: NO\n  on: yes\n  n: 1.5\n---\n"
    )
    briefing, diagnostics = parse_briefing("content/a.md", text)
    # Its spaces collapsed, the second tag is the first again: shown once, with a warning.
    assert [(d.pos.line, d.pos.column, d.message) for d in diagnostics] == [
        (4, 30, "`tags` item 2 repeats item 1: shown once")
    ]
    assert briefing is not None
    meta = briefing.meta
    assert (meta.title, meta.tags, meta.authors, meta.layout) == (
        "T",
        ("Latin America", "x"),
        ("Jane",),
        "wide",
    )
    assert dict(meta.extra) == {"country": "NO", "on": "yes", "n": 1.5}


def test_parse_reads_windows_style_relative_links_as_slash_paths() -> None:
    text = (
        "---\ntitle: T\ndate: 2026-03-14\n---\n\n[a](..\\files\\a.pdf) [b](\\\\host\\share)"
        " [c](/\\host\\x) [d](\\\\/host/x)\n"
    )
    briefing, _ = parse_briefing("content/w.md", text)
    assert briefing is not None
    paragraph = briefing.lede[0]
    assert isinstance(paragraph, Paragraph)
    html = paragraph.text.html
    assert 'href="../files/a.pdf"' in html
    assert 'href="//host' not in html


def _walk(value: object) -> list[object]:
    """Every dataclass value under `value`, depth first (blocks, items, rows)."""
    found: list[object] = []
    if isinstance(value, (list, tuple)):
        for item in value:
            found.extend(_walk(item))
    elif dataclasses.is_dataclass(value) and not isinstance(value, (RichText, type)):
        found.append(value)
        for field in dataclasses.fields(value):
            found.extend(_walk(getattr(value, field.name)))
    return found


@pytest.mark.parametrize(
    "body",
    [
        "- Table: Outcomes\n\n  | A | B |\n  |---|---|\n  | 1 | 2 |\n",
        "1. Table: Outcomes\n\n   | A | B |\n   |---|---|\n   | 1 | 2 |\n",
        "> [!TIP]\n> Table: Outcomes\n>\n"
        "> ```table\n> columns: [A, B]\n> rows:\n>   - [1, 2]\n> ```\n",
        "> Table: Outcomes\n>\n> | A | B |\n> |---|---|\n> | 1 | 2 |\n",
    ],
)
def test_parse_caption_line_first_in_a_list_item_or_quote_captions_its_table(body: str) -> None:
    """The caption line may be the first line of a container: it is not left as text (a
    callout's, below its marker: test_content_extras.py)."""
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None and not diagnostics, diagnostics
    values = _walk(briefing.lede)
    (table,) = [value for value in values if isinstance(value, Table)]
    assert plain(table.caption) == "Outcomes"
    texts = [value for value in values if isinstance(value, Paragraph)]
    assert not [p for p in texts if "Table:" in p.text.text], texts


@pytest.mark.parametrize(
    ("body", "line"), [(">\n", 6), ("> <!-- only a comment -->\n", 6), ("- a\n\n  >\n", 8)]
)
def test_parse_empty_quote_is_warned_about(body: str, line: int) -> None:
    """An empty quote shows a bar beside nothing: said at its line, as an empty callout is."""
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    assert [(d.pos.line, d.message) for d in diagnostics] == [(line, "quote is empty")]


@pytest.mark.parametrize("marker", ["", "> [!NOTE]\n"])
def test_parse_quote_holding_a_wrong_table_fence_reports_only_its_error(marker: str) -> None:
    """The quote holds a table: the table's error was followed by a false "quote is empty"."""
    fence = "> ```table\n> columns: [A]\n> rows:\n>   - [x, y]\n> ```\n"
    _, diagnostics = parse_briefing("content/a.md", FRONT + marker + fence)
    assert [d.message for d in diagnostics] == ["row 1 has 2 cells, the table has 1 columns"]


def test_parse_heading_reading_table_in_a_quote_is_no_caption() -> None:
    """Only a paragraph is a caption line: a heading kept as text stays text, once."""
    briefing, _ = parse_briefing(
        "content/a.md", FRONT + "> ### Table: Heading\n>\n> | a | b |\n> |---|---|\n> | 1 | 2 |\n"
    )
    assert briefing is not None
    (quote,) = briefing.lede
    assert isinstance(quote, Quote)
    paragraph, table = quote.blocks
    assert isinstance(paragraph, Paragraph) and paragraph.text.text == "Table: Heading"
    assert isinstance(table, Table) and table.caption is None


@pytest.mark.parametrize("value", ["0x1F", "1.50", "true", "True", "1e400", "0o17", "-.5"])
def test_parse_text_field_hint_quotes_the_value_as_written(value: str) -> None:
    """The hint once quoted Python's reading of it: `0x1F` became "31", `1.50` "1.5"."""
    text = f"---\ntitle: {value}\ndate: 2026-03-14\nsummary: S.\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [d.hint for d in diagnostics] == [f'quote it: title: "{value}"']


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("[a]", 'title: "[a]"'),
        ('[a, "x, y", 0x1F, {k: v}]', 'title: "[a, \\"x, y\\", 0x1F, {k: v}]"'),
        ("{x: 1}", 'title: "{x: 1}"'),
    ],
)
def test_parse_text_field_hint_writes_a_list_or_mapping_as_yaml(value: str, hint: str) -> None:
    """The hint once quoted Python's text of it: `title: "['a']"`, a syntax YAML lacks."""
    text = f"---\ntitle: {value}\ndate: 2026-03-14\nsummary: S.\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [d.hint for d in diagnostics] == [f"quote it: {hint}"]
    assert yaml.safe_load(hint)["title"] == value


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("draft: 0x1", "`draft`: expected true or false, got `0x1`"),
        ("date: 0x1F", "`date`: expected an ISO date YYYY-MM-DD, got `0x1F`"),
        ("tags: [1.50]", "`tags` item 1 is `1.50`; expected non-empty text"),
        ("tags: 1.50", "`tags`: expected a list of strings; write [1.50]"),
        (
            "sources: [{title: T, accessed: 0x1F}]",
            "`sources` item 1: `accessed` must be a date YYYY-MM-DD, got `0x1F`",
        ),
    ],
)
def test_parse_field_message_quotes_the_value_as_written(field: str, message: str) -> None:
    date = "" if field.startswith("date") else "date: 2026-03-14\n"
    text = f"---\ntitle: T\n{date}summary: S.\n{field}\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [d.message for d in diagnostics] == [message]


@pytest.mark.parametrize(
    ("value", "message", "hint"),
    [
        (
            "2026-01-05T10:20",
            "`published` must be a date YYYY-MM-DD, got `2026-01-05T10:20`",
            "write published: 2026-01-05",
        ),
        ("2026-13-01", "`published`: 2026-13-01 is not a day in the calendar", "check the day"),
        (
            "yesterday",
            "`published` must be a date YYYY-MM-DD, got `yesterday`",
            "write the day as YYYY-MM-DD",
        ),
    ],
)
def test_parse_source_date_hint_is_its_own_day_or_the_form(
    value: str, message: str, hint: str
) -> None:
    """Every hint was `write published: 2026-01-31`, a made-up day that read like a correction."""
    text = f"---\ntitle: T\ndate: 2026-03-14\nsources:\n  - title: X\n    published: {value}\n---\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [(f"{d.pos}: {d.message}", d.hint) for d in diagnostics] == [
        (f"content/a.md:6:5: `sources` item 1: {message}", hint)
    ]


@pytest.mark.parametrize(
    ("entry", "hint"),
    [
        (
            "World Bank (2025), Annual Report, https://wb.org/r",
            'write - {title: "World Bank (2025), Annual Report", url: https://wb.org/r}',
        ),
        ("UNHCR Global Trends 2025", 'write - {title: "UNHCR Global Trends 2025"}'),
        # A Markdown link, and an address in parentheses, were split at `](` and before `)`.
        (
            '"[IMF WEO](https://www.imf.org/weo)"',
            'write - {title: "IMF WEO", url: https://www.imf.org/weo}',
        ),
        (
            '"IMF (2026), [World Economic Outlook](https://www.imf.org/weo), April"',
            'write - {title: "IMF (2026), World Economic Outlook, April", url:'
            " https://www.imf.org/weo}",
        ),
        (
            "OECD (2025), Report (https://oecd.org/r)",
            'write - {title: "OECD (2025), Report", url: https://oecd.org/r}',
        ),
        ("https://wb.org/r", "write - {title: Its title, url: https://wb.org/r}"),
        ("42", "give each source `title:` and, where it has them, `url:`, `publisher:`, …"),
    ],
)
def test_parse_source_written_as_a_line_of_text_is_hinted_as_an_entry(
    entry: str, hint: str
) -> None:
    """A citation typed as one line, as a bibliography lists it, was told only to give each
    source a `title:`."""
    text = f"---\ntitle: T\ndate: 2026-03-14\nsources:\n  - {entry}\n---\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [(f"{d.pos}: {d.message}", d.hint) for d in diagnostics] == [
        ("content/a.md:5:5: `sources` item 1 must be a mapping", hint)
    ]


def test_parse_source_written_as_a_long_line_of_text_is_hinted_in_linear_time() -> None:
    """Its search for an address at the end was quadratic in a run of separators: a line of
    40,000 characters took 22 s."""
    started = cpu_seconds()
    hint = _entry_hint("a" + " -" * 20_000)
    seconds = cpu_seconds() - started
    assert hint.startswith('write - {title: "a - - -')
    assert seconds < 0.5, f"took {seconds:.1f} s"


@pytest.mark.parametrize("key", ["~", "null", "true", "True", "7", "0x7", "1.50"])
def test_parse_unknown_field_is_named_as_yaml_wrote_it(key: str) -> None:
    text = f"---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n{key}: x\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [f"{d.pos}: {d.message}" for d in diagnostics] == [
        f"content/a.md:5:1: unknown field `{key}`"
    ]


def _plain_field_diagnostics(field: str, value: str) -> list[Diagnostic]:
    """Return what parsing a briefing says whose `field` (title on line 2, summary on 3)
    is written `value`."""
    fields = {"title": "T", "summary": "S.", field: value}
    head = "".join(f"{k}: {v}\n" for k, v in fields.items())
    text = f"---\n{head}date: 2026-03-14\n---\n\nText.\n"
    briefing, diagnostics = parse_briefing("content/a.md", text)
    assert briefing is not None
    return diagnostics


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [
        ("summary", '"The **key** point."', "**key**"),
        (
            "summary",
            '"See [the report](https://example.org/)."',
            "[the report](https://example.org/)",
        ),
        ("title", '"A `code` title"', "`code`"),
        ("summary", '"A noted claim[^1]."', "[^1]"),
        ("summary", '"An __underlined__ word."', "__underlined__"),
        ("title", '"What *The Economist* Got Wrong"', "*The Economist*"),
        ("summary", '"A reply to _The Economist_\'s leader."', "_The Economist_"),
        ("summary", '"With ~~old~~ new figures."', "~~old~~"),
        ("summary", '"**See https://example.org/a**"', "**See https://example.org/a**"),
        ("summary", '"At https://example.org/_a_, *emphasis*."', "*emphasis*"),
        ("summary", '"> [!NOTE] Rents rose 12%."', "[!NOTE]"),
        ("title", '"[!warning]- Draft"', "[!warning]"),
    ],
)
def test_parse_markdown_in_a_plain_text_field_is_a_warning_at_its_line(
    field: str, value: str, shown: str
) -> None:
    diagnostics = _plain_field_diagnostics(field, value)
    line = 2 if field == "title" else 3
    assert [(d.pos.line, d.message) for d in diagnostics] == [
        (line, f"`{field}` is plain text: `{shown}` is shown as written")
    ]


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("title", '"**Key finding: **Budgets"', "`**` is not closed; it is shown as text"),
        ("title", '"Budgets ~~cut"', "`~~` is not closed; it is shown as text"),
        (
            "title",
            '"{{< ref x >}} Budget"',
            "Hugo/Jekyll shortcodes are not supported; `{{< ref x >}}` is shown as text",
        ),
        ("summary", '"The **key point."', "`**` is not closed; it is shown as text"),
        (
            "summary",
            '"Figures {% include note %} revised."',
            "Hugo/Jekyll shortcodes are not supported; `{% include note %}` is shown as text",
        ),
    ],
)
def test_parse_a_leftover_in_a_plain_text_field_is_a_warning_at_its_line(
    field: str, value: str, said: str
) -> None:
    """The body warns of these; in a title they were shown raw without a word."""
    diagnostics = _plain_field_diagnostics(field, value)
    line = 2 if field == "title" else 3
    assert [(d.pos.line, d.pos.column, d.message, d.hint) for d in diagnostics] == [
        (
            line,
            1,
            f"`{field}` is plain text: {said}",
            "write it without the marks; a plain-text field shows them as written",
        )
    ]


@pytest.mark.parametrize(
    ("field", "value", "tag"),
    [
        ("title", '"<b>Budget</b> cuts"', "<b>"),
        ("summary", '"Cuts<br/>and more"', "<br/>"),
        ("title", '"Budget <!-- draft --> cuts"', "<!-- draft -->"),
        ("title", '"Income <median>"', "<median>"),
    ],
)
def test_parse_raw_html_in_a_plain_text_field_is_a_warning_at_its_line(
    field: str, value: str, tag: str
) -> None:
    """The body warns that raw HTML is shown as text; in a title it was shown so silently."""
    diagnostics = _plain_field_diagnostics(field, value)
    line = 2 if field == "title" else 3
    assert [(d.pos.line, d.message, d.hint) for d in diagnostics] == [
        (
            line,
            f"`{field}` is plain text: `{tag}` is shown as written",
            "remove it, or write its `<` as `&lt;` to show it as text",
        )
    ]


@pytest.mark.parametrize("value", ['"a < b and c>d"', '"&lt;b> cuts"', '"x <https://example.org>"'])
def test_parse_a_lone_angle_bracket_in_a_plain_text_field_is_no_html(value: str) -> None:
    assert _plain_field_diagnostics("title", value) == []


def test_parse_a_leftover_in_an_author_tag_or_source_is_a_warning_at_its_item() -> None:
    text = (
        "---\ntitle: T\nsummary: S.\ndate: 2026-03-14\nauthors:\n  - Ana Ruiz\n"
        '  - "**Jane Doe"\ntags: [migration, "{{% tag %}}"]\nsources:\n'
        '  - title: "The ~~annual report"\n    url: https://example.org/\n---\n\nText.\n'
    )
    diagnostics = parse_briefing("content/a.md", text)[1]
    assert [str(d.pos) + ": " + d.message for d in diagnostics] == [
        "content/a.md:7:5: `authors` is plain text: `**` is not closed; it is shown as text",
        "content/a.md:8:19: `tags` is plain text: Hugo/Jekyll shortcodes are not supported;"
        " `{{% tag %}}` is shown as text",
        "content/a.md:10:5: `title` is plain text: `~~` is not closed; it is shown as text",
    ]


@pytest.mark.parametrize(
    "summary",
    [
        "5 * 3 * 2 and snake__case__names",
        "A [bracket] and a_b_c",
        "Costs (in $) [2026]",
        "2*3*4 and a*b, a lone * and a star* noted*",
        "file_name_here and snake_case_name",
        "A range of 5 ~ 10, ~5 to ~10 and a ~ tilde",  # `~a~` is warned: test_pastedsyntax
        "The guide at https://docs.python.org/3/reference/datamodel.html#object.__init__ changed.",
        "See https://example.org/files/_draft_/report and www.example.org/~~x~~/.",
        "Code at https://example.org/`x` and https://en.wikipedia.org/wiki/A_(b)_c.",
        "Significance: *** p < 0.01, ** p < 0.05, 10 ** 6 and 2**10",
        "A ~~~ line, an arrow ~~> and 5 ~~ 10",
        "Braces {in prose} and {{double}} and a % sign",
    ],
)
def test_parse_prose_in_a_plain_text_field_is_no_warning(summary: str) -> None:
    text = f'---\ntitle: T\nsummary: "{summary}"\ndate: 2026-03-14\n---\n\nText.\n'
    assert parse_briefing("content/a.md", text)[1] == []


@pytest.mark.parametrize(
    ("written", "title", "what"),
    [
        ('"Line one\\nline two"', "Line one line two", "a line break (U+000A)"),
        ('"Line one \\n line two"', "Line one line two", "a line break (U+000A)"),
        ("|\n  Line one\n  line two", "Line one line two", "a line break (U+000A)"),
        ('"Line one\\Lline two"', "Line one line two", "a line break (U+2028)"),
        ('"Tab\\there"', "Tab here", "a tab (U+0009)"),
        ('"Tab\there"', "Tab here", "a tab (U+0009)"),
    ],
)
@pytest.mark.parametrize("key", ["title", "summary"])
def test_parse_a_title_or_summary_holding_a_tab_or_line_break_is_one_line_with_a_warning(
    key: str, written: str, title: str, what: str
) -> None:
    """The page's `<title>`, its JSON and the feed held the break as written, unwarned; the
    page's heading showed a space. A `summary: |` reached the meta description, the JSON and
    the feed so too."""
    fields = {"title": "T", "summary": "S."} | {key: written}
    text = (
        f"---\ntitle: {fields['title']}\nsummary: {fields['summary']}\ndate: 2026-03-14\n"
        "---\n\nText.\n"
    )
    briefing, diagnostics = parse_briefing("content/a.md", text)
    assert briefing is not None
    assert getattr(briefing.meta, key) == title
    assert [(d.pos.line, d.message, d.hint) for d in diagnostics] == [
        (2 if key == "title" else 3, f"`{key}` holds {what}, shown as a space",
         f"write the {key} on one line")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("field", "line", "named", "hint"),
    [
        ('tags: [Trade, "a\\Lb"]', 2, "`tags` item 2", "item"),
        ('authors: ["Ana\\LRuiz"]', 2, "`authors` item 1", "item"),
        ('authors: ["Ana\\tRuiz"]', 2, "`authors` item 1", "item"),
        ('translation_key: "rubio\\Lvisit"', 2, "`translation_key`", "translation_key"),
        ('sources:\n  - title: "S\\Lt"\n    url: https://example.org/', 3,
         "`sources` item 1: `title`", "title"),
        ('sources:\n  - title: S\n    publisher: "P\\Pq"', 4,
         "`sources` item 1: `publisher`", "publisher"),
    ],
)  # fmt: skip
def test_parse_a_line_break_in_any_one_line_text_field_is_warned_as_in_a_title(
    field: str, line: int, named: str, hint: str
) -> None:
    """h97: a U+2028 in a tag, an author, a source's title or publisher or a translation key
    became a space with no word, while one in the title was warned."""
    text = f"---\n{field}\ntitle: T\ndate: 2026-03-14\n---\n\nText.\n"
    briefing, diagnostics = parse_briefing("content/a.md", text)
    assert briefing is not None
    code = "U+0009" if "\\t" in field else "U+2029" if "\\P" in field else "U+2028"
    what = "a tab" if code == "U+0009" else "a line break"
    assert [(d.pos.line, d.message, d.hint) for d in diagnostics] == [
        (line, f"{named} holds {what} ({code}), shown as a space", f"write the {hint} on one line")
    ]
    assert len(briefing.meta.sources) == ("sources" in field)  # warned, not left out


def test_parse_a_long_run_of_spaces_in_a_title_is_folded_in_linear_time() -> None:
    """Each start of a space run was read to its end: 20,000 spaces before a tab took 8 s."""
    title = "x" + " " * 30_000 + "y\tz"  # front matter is at most 64 KB
    text = f'---\ntitle: "{title}"\nsummary: "{title}"\ndate: 2026-03-14\n---\n\nText.\n'
    started = cpu_seconds()
    briefing, _ = parse_briefing("content/a.md", text)
    seconds = cpu_seconds() - started
    assert briefing is not None
    assert briefing.meta.title == "x" + " " * 30_000 + "y z"
    assert seconds < 2, f"took {seconds:.1f} s"


def test_parse_a_summary_folded_with_a_greater_than_is_one_line_unwarned() -> None:
    """As the README says to write a summary of several lines."""
    text = "---\ntitle: T\nsummary: >-\n  Line one\n  line two\ndate: 2026-03-14\n---\n\nText.\n"
    briefing, diagnostics = parse_briefing("content/a.md", text)
    assert briefing is not None
    assert (briefing.meta.summary, diagnostics) == ("Line one line two", [])


def test_parse_markdown_in_a_source_title_is_a_warning_at_its_line() -> None:
    text = (
        "---\ntitle: T\nsummary: S.\ndate: 2026-03-14\nsources:\n"
        '  - title: "The **annual** report"\n    url: https://example.org/\n---\n\nText.\n'
    )
    diagnostics = parse_briefing("content/a.md", text)[1]
    assert [(d.pos.line, d.message) for d in diagnostics] == [
        (6, "`title` is plain text: `**annual**` is shown as written")
    ]


def test_parse_markdown_in_an_author_or_tag_is_a_warning_at_its_item() -> None:
    """Names and tags are plain text too (the byline, the feed's `<author>`, tag pages)."""
    text = (
        "---\ntitle: T\nsummary: S.\ndate: 2026-03-14\nauthors:\n  - Ana Ruiz\n"
        '  - "[Jane Doe](https://example.org/jane)"\n'
        'tags: [migration, "**bold**", C#, snake_case, "5 * 3"]\n---\n\nText.\n'
    )
    diagnostics = parse_briefing("content/a.md", text)[1]
    assert [str(d.pos) + ": " + d.message for d in diagnostics] == [
        "content/a.md:7:5: `authors` is plain text: "
        "`[Jane Doe](https://example.org/jane)` is shown as written",
        "content/a.md:8:19: `tags` is plain text: `**bold**` is shown as written",
    ]


def test_parse_plain_authors_and_tags_are_no_warning() -> None:
    text = (
        "---\ntitle: T\nsummary: S.\ndate: 2026-03-14\n"
        'authors: [Jane Doe, "O\'Brien, A.", María_José, "[Staff]"]\n'
        "tags: [latin-america, C++, snake_case, a*b, 5 * 3]\n---\n\nText.\n"
    )
    assert parse_briefing("content/a.md", text)[1] == []


def test_parse_hostile_plain_text_field_is_read_in_linear_time() -> None:
    summary = "*a _b ~~c " * 20_000
    text = f'---\ntitle: T\nsummary: "{summary}"\ndate: 2026-03-14\n---\n\nText.\n'
    started = cpu_seconds()
    parse_briefing("content/a.md", text)
    seconds = cpu_seconds() - started
    assert seconds < 2, f"took {seconds:.1f} s"


@pytest.mark.parametrize(
    ("draft", "message", "hint"),
    [
        ('"false"', 'got the text "false"', "remove the quotes: draft: false"),
        ("'true'", 'got the text "true"', "remove the quotes: draft: true"),
        ("no", "got `no`, which YAML 1.2 reads as text", "write draft: false"),
        ("off", "got `off`, which YAML 1.2 reads as text", "write draft: false"),
        ('"no"', "got `no`, which YAML 1.2 reads as text", "write draft: false"),
        ("on", "got `on`, which YAML 1.2 reads as text", "write draft: true"),
        ("0", "got `0`", "write draft: false"),
        ("maybe", "got `maybe`", "write draft: true or draft: false"),
    ],
)
def test_parse_draft_hint_spells_what_was_meant(draft: str, message: str, hint: str) -> None:
    """The hint was always `write draft: true`: followed, `draft: off` left the site."""
    text = f"---\ntitle: T\ndate: 2026-03-14\nsummary: S.\ndraft: {draft}\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [(d.message, d.hint) for d in diagnostics] == [
        (f"`draft`: expected true or false, {message}", hint)
    ]


@pytest.mark.parametrize(
    ("line", "hint"),
    [
        ("title: Brief #12 on Sudan", 'title: "Brief #12 on Sudan"'),
        ('title: The "Brief" #12', "title: 'The \"Brief\" #12'"),
    ],
)
def test_parse_hash_in_unquoted_title_hints_the_quoted_title(line: str, hint: str) -> None:
    text = f"---\n{line}\ndate: 2026-03-14\nsummary: S.\n---\n\nText.\n"
    briefing, diagnostics = parse_briefing("content/a.md", text)
    assert briefing is not None and "#" not in briefing.meta.title  # as YAML read it
    assert [d.hint for d in diagnostics] == [
        f"quote the value to keep the `#`: {hint}; a note goes on a line of its own"
    ]


@pytest.mark.parametrize(
    ("line", "hint"),
    [
        ("title: #1 in Europe", 'title: "#1 in Europe"'),
        ("tags: #health #policy", 'tags: ["#health", "#policy"]'),
        ("authors: #team lead", 'authors: ["#team lead"]'),
        ("tags:\n  - #health", '- "#health"'),
        ("sources:\n  - title: #12", 'title: "#12"'),
        ("extra:\n  team: #blue", 'team: "#blue"'),
    ],
)
def test_parse_value_that_is_all_comment_hints_the_quoted_value(line: str, hint: str) -> None:
    """`tags: #health` is no tag at all to YAML: the hint keeps the `#` in quotes."""
    title = "" if line.startswith("title:") else "title: T\n"
    text = f"---\n{title}date: 2026-03-14\nsummary: S.\n{line}\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [d.hint for d in diagnostics] == [
        f"quote the value to keep the `#`: {hint}; a note goes on a line of its own"
    ]


@pytest.mark.parametrize(
    ("line", "hint"),
    [
        ("slug: #brief", "slug: …  #brief"),
        ("draft: #later", "draft: …  #later"),
        ("updates:\n  - date: #2026-03-15\n    text: T.", "date: …  #2026-03-15"),
    ],
)
def test_parse_date_or_name_that_is_all_comment_hints_the_value_before_it(
    line: str, hint: str
) -> None:
    """A `#` cannot start a date or a slug: quoted, it would be another error."""
    text = f"---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n{line}\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [d.hint for d in diagnostics] == [
        f"write the value before the `#`, which starts a note: {hint}"
    ]


@pytest.mark.parametrize(
    "line",
    ["title: Issue#12 of C#", "title: Brief №12", "title: 'Brief #12' # note", "title: |\n  A #1"],
)
def test_parse_hash_that_yaml_keeps_in_a_title_is_silent(line: str) -> None:
    text = f"---\n{line}\ndate: 2026-03-14  # published\nsummary: S.\n---\n\nText.\n"
    briefing, diagnostics = parse_briefing("content/a.md", text)
    assert briefing is not None and diagnostics == []
