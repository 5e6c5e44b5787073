"""Values written in Word's curly quotes, meant as YAML's: a front-matter value or a `table`
row item that opens with `“` is text with its quotes, and a flow list splits it at its comma,
silently. Each is a warning at the value; a curly quote inside the text is the author's."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from briefgen.content.curlyquotes import curly_colon_hint
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import Diagnostic
from tests.conftest import cpu_seconds


def front_matter_problems(lines: str) -> list[Diagnostic]:
    """Return what parsing a briefing whose front matter ends with `lines` reports."""
    filler = "slug: a" if lines.startswith("title:") else "title: T"
    text = f"---\n{filler}\ndate: 2026-03-14\n{lines}---\n\nBody.\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    return diagnostics


def table_problems(
    rows: str, columns: str = "[Measure, Lead body, Cost, Evidence]"
) -> list[Diagnostic]:
    """Return what parsing a `table` fence of `columns` and `rows` (lines, from line 9) reports."""
    fence = f"```table\ncolumns: {columns}\nrows:\n{rows}```\n"
    _, diagnostics = parse_briefing(
        "content/a.md", "---\ntitle: T\ndate: 2026-03-14\n---\n\n" + fence
    )
    return diagnostics


def shown(found: list[Diagnostic]) -> list[tuple[str, str, str, str | None]]:
    return [(d.severity, str(d.pos), d.message, d.hint) for d in found]


def test_curlyquotes_flow_list_split_at_a_comma_is_a_warning_at_each_value() -> None:
    """`authors: [“Natarajan, Priya”, “O’Neill, Tom”]` published four authors, silently."""
    found = front_matter_problems("authors: [“Natarajan, Priya”, “O’Neill, Tom”]\n")
    assert shown(found) == [
        (
            "warning",
            "content/a.md:4:11",
            "`authors` reads `“Natarajan, Priya”` as 2 items, `“Natarajan` and `Priya”`: "
            "`“` and `”` are no YAML quotes, and YAML splits a list at every comma",
            'write "Natarajan, Priya" in straight quotes to keep it one value',
        ),
        (
            "warning",
            "content/a.md:4:31",
            "`authors` reads `“O’Neill, Tom”` as 2 items, `“O’Neill` and `Tom”`: "
            "`“` and `”` are no YAML quotes, and YAML splits a list at every comma",
            'write "O’Neill, Tom" in straight quotes to keep it one value',
        ),
    ]


@pytest.mark.parametrize(
    ("line", "where", "name", "written", "straight"),
    [
        ("title: ‘Heat’s toll’\n", "4:8", "`title`", "‘Heat’s toll’", '"Heat’s toll"'),
        ("tags: [“energy”]\n", "4:8", "`tags` item 1", "“energy”", '"energy"'),
        (
            "authors:\n  - “Natarajan, Priya”\n",
            "5:5",
            "`authors` item 1",
            "“Natarajan, Priya”",
            '"Natarajan, Priya"',
        ),
        (
            "sources:\n  - title: “Heat and health”\n",
            "5:12",
            "`sources` item 1: `title`",
            "“Heat and health”",
            '"Heat and health"',
        ),
    ],
)
def test_curlyquotes_value_wholly_in_curly_quotes_is_a_warning(
    line: str, where: str, name: str, written: str, straight: str
) -> None:
    """`tags: [“energy”]` published the tag `“energy”`, quotes and all, silently."""
    (found,) = [d for d in front_matter_problems(line) if "curly" in d.message]
    opener, closer = written[0], written[-1]
    assert shown([found]) == [
        (
            "warning",
            f"content/a.md:{where}",
            f"{name} `{written}` is in curly quotes, which YAML keeps as text: "
            f"`{opener}` and `{closer}` are no YAML quotes",
            f"write {straight} in straight quotes, or '{written}' to show the curly ones",
        )
    ]


@pytest.mark.parametrize(
    "line",
    [
        "summary: The “deal” failed\n",
        "summary: “Deal” failed, says the “minister”\n",
        "summary: ‘Twas a long winter’s night\n",
        "title: '“Heat”'\n",
        'title: "‘Heat’s toll’"\n',
        "tags: [“energy, heat]\n",
        "tags: [energy, heat”]\n",
        "authors: [O’Neill, Tom’s]\n",
        "tags: [“Rwanda” scheme, judged “unlawful”]\n",
        "tags: [‘Rwanda’ scheme, judged ‘unlawful’]\n",
        "tags: [“Rwanda scheme, judged “unlawful”]\n",
        "tags: [„Wende“ 1989, die „Zeitenwende“]\n",
    ],
)
def test_curlyquotes_quote_inside_the_text_is_no_slip(line: str) -> None:
    assert front_matter_problems(line) == []


def test_curlyquotes_table_row_split_at_a_comma_is_a_warning_at_its_item() -> None:
    """The cost 140 sat under Evidence and DHSC under Cost: the row filled four columns exactly."""
    found = table_problems("  - [“Shading, care homes”, DHSC, 140]\n")
    assert shown(found) == [
        (
            "warning",
            "content/a.md:9:6",
            "row 1 reads `“Shading, care homes”` as 2 cells, `“Shading` and `care homes”`: "
            "`“` and `”` are no YAML quotes, and YAML splits a list at every comma",
            'write "Shading, care homes" in straight quotes to keep it one value',
        )
    ]


def test_curlyquotes_guillemets_split_in_a_table_row() -> None:
    found = table_problems("  - [« Oui, mais », 52, x]\n")
    assert [(str(d.pos), d.message) for d in found] == [
        (
            "content/a.md:9:6",
            "row 1 reads `« Oui, mais »` as 2 cells, `« Oui` and `mais »`: "
            "`«` and `»` are no YAML quotes, and YAML splits a list at every comma",
        )
    ]


def test_curlyquotes_table_cell_quoting_a_phrase_is_kept() -> None:
    """A cell may quote what someone said: in a table, only a split is a slip."""
    assert table_problems("  - [“We will act”, DHSC, 140, ‘high’]\n") == []


def test_curlyquotes_title_with_a_colon_gets_the_straight_quote_hint() -> None:
    """The hint was to quote a value holding `:`, which the author had done, with `“…”`."""
    found = front_matter_problems("summary: “Heat: the facts”\n")
    assert shown(found) == [
        (
            "error",
            "content/a.md:4:10",
            "invalid YAML in front matter: mapping values are not allowed in this context",
            '`“` and `”` are no YAML quotes: write summary: "Heat: the facts" in straight quotes',
        )
    ]


def test_curlyquotes_colon_outside_the_curly_quotes_keeps_the_quoting_hint() -> None:
    (found,) = front_matter_problems("summary: “Heat” and health: the facts\n")
    assert (str(found.pos), found.hint) == (
        "content/a.md:4:27",
        'quote values containing `:`, e.g. summary: "“Heat” and health: the facts"',
    )


def test_curlyquotes_split_starts_only_at_an_item_that_leaves_its_quote_open() -> None:
    """`“Rwanda” scheme` closes its own quote: the split is the later `“Natarajan, Priya”`."""
    found = front_matter_problems(
        "authors: [“Rwanda” scheme, “Natarajan, Priya”, ‘Heat’s, toll’]\n"
    )
    assert [(str(d.pos), d.hint) for d in found] == [
        ("content/a.md:4:28", 'write "Natarajan, Priya" in straight quotes to keep it one value'),
        ("content/a.md:4:48", 'write "Heat’s, toll" in straight quotes to keep it one value'),
    ]


def test_curlyquotes_table_row_whose_cells_each_close_their_quotes_is_kept() -> None:
    """The hint to write the row's three cells as one value would have broken the row."""
    rows = "  - [“Rwanda” scheme, Home Office, judged “unlawful”]\n"
    rows += "  - [„Wende“ 1989, Bundestag, die „Zeitenwende“]\n"
    assert table_problems(rows, columns="[Policy, Owner, Verdict]") == []


@pytest.mark.parametrize(
    "line",
    [
        "title: « Nous agirons »\n",
        "title: «Мы победим»\n",
        "summary: „Wir schaffen das“\n",
        "summary: „Solidarność”\n",
        "tags: [«Sí se puede», „Hitze“]\n",
        "authors:\n  - « Liberté »\n",
    ],
)
def test_curlyquotes_guillemets_or_low_quotes_around_a_value_quote_what_was_said(line: str) -> None:
    """A French, Russian or German title in its quotes is typed on purpose, and shown right."""
    assert front_matter_problems(line) == []


@pytest.mark.parametrize(
    ("line", "written", "straight"),
    [
        ("authors: [„Müller, Anna“]\n", "„Müller, Anna“", '"Müller, Anna"'),
        ("authors: [«Dupont, Marie»]\n", "«Dupont, Marie»", '"Dupont, Marie"'),
        ("authors: [»Müller, Anna«]\n", "»Müller, Anna«", '"Müller, Anna"'),
        ("authors: [”Virtanen, Matti”]\n", "”Virtanen, Matti”", '"Virtanen, Matti"'),
        ("authors: [‚Schmidt, Jan‘]\n", "‚Schmidt, Jan‘", '"Schmidt, Jan"'),
        ("authors: [‹Dupont, Marie›]\n", "‹Dupont, Marie›", '"Dupont, Marie"'),
        ("authors: [「田中, 太郎」]\n", "「田中, 太郎」", '"田中, 太郎"'),
        ("authors: [『田中, 太郎』]\n", "『田中, 太郎』", '"田中, 太郎"'),
    ],
)
def test_curlyquotes_other_languages_quotes_split_at_a_comma_are_a_warning(
    line: str, written: str, straight: str
) -> None:
    """`[»Müller, Anna«]` published the authors `»Müller` and `Anna«`, silently."""
    (found,) = front_matter_problems(line)
    first, second = written.split(", ")
    assert (str(found.pos), found.message, found.hint) == (
        "content/a.md:4:11",
        f"`authors` reads `{written}` as 2 items, `{first}` and `{second}`: "
        f"`{written[0]}` and `{written[-1]}` are no YAML quotes, and YAML splits a list at every "
        "comma",
        f"write {straight} in straight quotes to keep it one value",
    )


def test_curlyquotes_other_languages_quotes_around_a_value_are_kept() -> None:
    assert front_matter_problems("title: »Hitze«\ntags: [”värme”, 「熱」]\n") == []


@pytest.mark.parametrize(
    ("lines", "where", "subject"),
    [
        ("tags:\n  - “Heat: the facts”\n", "5:5", "`tags` item 1"),
        ("authors: [“Dr: Ana”]\n", "4:11", "`authors` item 1"),
    ],
)
def test_curlyquotes_list_item_with_a_colon_gets_the_straight_quote_hint(
    lines: str, where: str, subject: str
) -> None:
    """YAML read the item as a key and its value: the hint to quote it was already followed."""
    (found,) = front_matter_problems(lines)
    inner = lines.split("“")[1].split("”")[0]
    assert (found.severity, str(found.pos), found.message.startswith(subject), found.hint) == (
        "error",
        f"content/a.md:{where}",
        True,
        f'`“` and `”` are no YAML quotes: write "{inner}" in straight quotes',
    )


def test_curlyquotes_table_cell_with_a_colon_gets_the_straight_quote_hint() -> None:
    (found,) = table_problems("  - [“Heat: the facts”, 2]\n", columns="[Title, Count]")
    assert (str(found.pos), found.hint) == (
        "content/a.md:9:6",
        '`“` and `”` are no YAML quotes: write "Heat: the facts" in straight quotes',
    )


@pytest.mark.parametrize("line", ["title: “”\n", "title: “ ”\n", "tags: [‘’]\n"])
def test_curlyquotes_quotes_around_nothing_are_not_hinted_to_an_empty_value(line: str) -> None:
    """`write "" in straight quotes` led to an empty title, itself an error."""
    (found,) = front_matter_problems(line)
    assert found.severity == "warning"
    assert found.hint == "they quote nothing: write the text between straight quotes"


@pytest.mark.parametrize(
    ("line", "where", "key"),
    [
        ("  - - key: “Heat: the facts”  \n", "10:12", "key: "),
        ("  - -key: “Heat: the facts”\n", "10:11", "-key: "),  # `-key` is a key, not an item
    ],
)
def test_curlyquotes_key_after_list_dashes_gets_the_straight_quote_hint(
    line: str, where: str, key: str
) -> None:
    (found,) = table_problems(f"  - [a, b, c, d]\n{line}")
    assert (str(found.pos), found.hint) == (
        f"content/a.md:{where}",
        f'`“` and `”` are no YAML quotes: write {key}"Heat: the facts" in straight quotes',
    )


@pytest.mark.parametrize(
    "line",
    [" " + "- " * 50_000 + "x:y: z", "k: “a" + " " * 100_000 + "b”"],
    ids=["dashes", "spaces"],
)
def test_curlyquotes_colon_hint_reads_a_hostile_line_about_as_fast_as_markdown_it(
    line: str,
) -> None:
    """Bounded by markdown-it's own parse of the same text, not by seconds. Each way to split
    a run of `- ` between list items and a key was tried to its `:`, and each end of the value
    before a run of spaces to the run's end: 60,000 `- ` took 22 s to build."""
    text = f"rows: foo\n{line}\n"
    started = cpu_seconds()
    MarkdownIt("commonmark").enable("table").parse(text)
    bare = cpu_seconds() - started
    started = cpu_seconds()
    curly_colon_hint(text, 1)
    seconds = cpu_seconds() - started
    assert seconds < 3 * bare + 0.3, f"took {seconds:.1f} s, the bare parse {bare:.1f} s"
