"""Telling a Markdown export from a plain article, and taking the title off its body."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.content.images import ImageSettings
from briefgen.importer.markdownfile import (
    front_matter_kind,
    is_markdown,
    parse_markdown_body,
    read_markdown_article,
)
from tests.conftest import cpu_seconds

REPO = Path(__file__).resolve().parents[2]
SOURCE_ARTICLE = REPO.parent / "shared" / "source-article.txt"
FIXTURES = REPO / "tests" / "fixtures" / "import"


@pytest.mark.parametrize(
    "text",
    [
        "# Budget Talks Stall\n\nThe Senate adjourned.\n",
        "Lede.\n\n## What Happens Next\n\nText.\n",
        "Lede.\n\n> A quote.\n\n![Chart](chart.png)\n",
        "Lede[^1].\n\n::: {.callout-note}\nBody.\n:::\n\n[^1]: The note.\n",
        'Lede.\n\n!!! note "Heads up"\n    Body.\n\n--8<-- "snippet.md"\n',
        "Lede.\n\n```python\nx = 1\n```\n> quoted\n",
        "Budget Talks\n\nText here[^1].\n\n[^1]: The note.\n",
    ],
    ids=[
        "title",
        "section",
        "quote-and-image",
        "pandoc-div",
        "mkdocs",
        "fence-and-quote",
        "a-note-and-its-reference",
    ],
)
def test_is_markdown_reads_exports_of_other_tools(text: str) -> None:
    assert is_markdown(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rail Strike Update\n\n#strike trends.\n\n#solidarity\n\nUnions walk out.\n",
        "The union wrote:\n\n> We will strike.\n>\n> Talks failed.\n\nUnions walk out.\n",
        "Update\n\n# of members balloted: 40,000.\nUnions walk out.\n",
        "Update\n\n# of members balloted: 40,000.\n\nUnions walk out.\n",
        "Lede with **bold** and a [link](https://example.org).\n",
        "Lede.\n\n```\n# not a heading\n> not a quote\n```\n",
        "Rail Strike\nThe union wrote:\n> We strike.\n![Map](map.png)\nUnions walk out.\n",
    ],
    ids=[
        "hashtags",
        "quoted-email",
        "number-sign",
        "number-sign-alone",
        "inline-only",
        "inside-a-fence",
        "no-blank-line",
    ],
)
def test_is_markdown_leaves_plain_articles_plain(text: str) -> None:
    assert not is_markdown(text)


def test_is_markdown_leaves_the_source_article_and_import_fixtures_plain() -> None:
    articles = sorted(FIXTURES.glob("*.txt"))
    if SOURCE_ARTICLE.exists():
        articles.append(SOURCE_ARTICLE)
    assert [a.name for a in articles if is_markdown(a.read_text("utf-8"))] == []


@pytest.mark.parametrize(
    "text",
    [
        '---\ntitle: "Budget talks resume"\ndate: 2025-03-01\ntags: [budget]\n---\n\nText.\n',
        "--- \n# a comment\ntitle: T\ntags:\n  - budget\n- talks\n\nog:image: x.png\n---\nText.\n",
        "---\nlayout: post\ntitle: Budget\nlast_modified_at: 2026-03-05T10:00:00Z\n"
        "categories: [budget]\n---\n\nText.\n",
        "---\ntitle: Budget\nlinkTitle: Budget\ndate: 2026-03-05\ndraft: true\n"
        "_build:\n  list: never\n---\n\nText.\n",
        '---\ntitle: "Budget"\nauthor:\n  - name: Norah Jones\nformat:\n  html:\n    toc: true\n'
        "execute:\n  echo: false\n---\n\nText.\n",
        "---\ntitle: Budget\nauthor: Team\n...\n\nBody.\n",
        # A hidden character before or after a `---` does not hide front matter from import.
        "\u200b---\ntitle: Budget\n---\n\nText.\n\n---\n\nMore.\n",
        "---\ntitle: Budget\n---\u200b\n\nText.\n\n---\n\nMore.\n",
    ],
    ids=[
        "jekyll-post",
        "comment-items-and-blank-line",
        "jekyll",
        "hugo",
        "quarto",
        "pandoc",
        "hidden-opening",
        "hidden-closing",
    ],
)
def test_front_matter_kind_reads_fields_between_two_rules(text: str) -> None:
    assert front_matter_kind(text) == "YAML"


@pytest.mark.parametrize(
    "text",
    [
        '+++\ntitle = "Budget"\ndate = 2026-03-05\n+++\n\nBody.\n',
        "+++\n# Hugo\n\ndraft = true\ntags = [\n  'budget',\n]\n"
        "[params]\nauthor = 'Team'\n+++\nBody.\n",
        '+++\n[params]\nauthor = "Team"\n+++\n',
    ],
    ids=["hugo", "comment-array-and-table", "table-first"],
)
def test_front_matter_kind_reads_hugo_toml_between_two_plus_rules(text: str) -> None:
    """It was imported as text, `+++ title = "Budget"` proposed as the title."""
    assert front_matter_kind(text) == "TOML"


@pytest.mark.parametrize(
    "text",
    [
        "---\nThe council met last night.\n---\n\nMore.\n",
        "---\nNote: the council met.\nIt voted 31 to 12.\n---\n",
        "---\n\n---\nText.\n",
        "---\n  indented: first\n---\n",
        "---\ntitle: T\n\nNo closing rule.\n",
        "Lede.\n---\ntitle: T\n---\n",
        "---\nUPDATE: This article was corrected on 5 March 2026.\n---\n\nThe budget rises.\n",
        "---\nNote: this memo is draft.\n---\n\nText.\n",
        "---\nTo: All staff\nFrom: Press office\ncc: Finance\nDate: 5 March 2026\n---\n\nText.\n",
        "+++\nThe council met.\n+++\n",
        '+++\ntitle = "Budget"\n\nNo closing line.\n',
        "+++\n+++\n",
    ],
    ids=[
        "prose",
        "a-field-then-prose",
        "nothing-between",
        "no-field",
        "unclosed",
        "not-line-1",
        "update",
        "note",
        "memo-header",
        "plus-rule-over-prose",
        "plus-unclosed",
        "plus-nothing-between",
    ],
)
def test_front_matter_kind_leaves_a_rule_over_prose_to_the_article(text: str) -> None:
    """A line in capitals (`UPDATE:`, `To:`) is a memo's or a notice's, no field's key: such
    articles were refused as having front matter."""
    assert front_matter_kind(text) is None


def test_read_markdown_article_takes_the_title_off_the_body() -> None:
    article = read_markdown_article(
        "a.md", "\n# Budget *Talks* #\n\n\nLede.\n\n## Next\n\nText.\n\n"
    )
    assert (article.title, article.title_line, article.body) == (
        "Budget Talks",
        2,
        "Lede.\n\n## Next\n\nText.",
    )
    assert (article.input_line(0), article.input_line(2), article.input_line(-1)) == (5, 7, 2)
    assert article.demoted == frozenset()


def test_read_markdown_article_moves_headings_down_under_a_second_title_level() -> None:
    """Google Docs writes Title and Heading 1 alike as `# `: the build would drop the second."""
    text = "# Title\n\nLede.\n\n# Section\n\n## Sub\n\n```\n# code\n```\n"
    article = read_markdown_article("a.md", text)
    assert article.title == "Title"
    assert article.body == "Lede.\n\n## Section\n\n### Sub\n\n```\n# code\n```"
    assert article.demoted == {2, 4}


def test_read_markdown_article_takes_a_headline_standing_alone_as_the_title() -> None:
    article = read_markdown_article("a.md", "Budget Talks Stall\n\nLede.\n\n> Quote.\n")
    assert (article.title, article.body) == ("Budget Talks Stall", "Lede.\n\n> Quote.")
    untitled = read_markdown_article("a.md", "The Senate adjourned.\n\n## Next\n\nText.\n")
    assert untitled.title is None
    assert untitled.body.startswith("The Senate adjourned.")


@pytest.mark.parametrize(
    "line",
    ["# a" + " " * 1_000_000, "![" * 500_000, "## x" + " #" * 300_000, "[^" * 500_000],
    ids=["spaces", "image-openers", "closing-marks", "note-openers"],
)
def test_markdown_import_reads_hostile_long_lines_in_linear_time(line: str) -> None:
    """A closing-`#` pattern that backtracked would take hours on a line of spaces."""
    started = cpu_seconds()
    is_markdown(f"{line}\n\n> quote\n")
    read_markdown_article("a.md", f"{line}\n\nText.\n")
    assert cpu_seconds() - started < 5


def test_parse_markdown_body_places_warnings_at_the_article_line_and_column() -> None:
    """A heading moved one level down has one `#` more: its warnings keep the article's column."""
    text = "# T\n\nLede.\n\n# Section {.x} more\n\nText {.y} here.\n"
    article = read_markdown_article("in.md", text)
    _, warnings = parse_markdown_body("in.md", article, ImageSettings(links_from="content/_.md"))
    assert [(str(w.pos), w.message) for w in warnings] == [
        ("in.md:5:11", "attribute block `{.x}` is not read; shown as text"),
        ("in.md:7:6", "attribute block `{.y}` is not read; shown as text"),
    ]


@pytest.mark.parametrize(
    ("text", "marker", "note"),
    [
        (
            "Sittings report\n\nThe committee met.[1]\n\n## Evidence\n\nIt heard.\n\n[1] HC Deb.\n",
            3,
            9,
        ),
        ("# Committee report\nCommittee met.[1]\n## Notes\n[1] HC Deb.\n", 2, 4),
    ],
    ids=["headline", "title-close"],
)
def test_parse_markdown_body_names_the_article_line_in_its_messages(
    text: str, marker: int, note: int
) -> None:
    """A bracketed note's warning was placed at the article's line, but named the line of its
    note as the parse of the body under a stand-in front matter counts it (line 14 of 9)."""
    article = read_markdown_article("art.txt", text)
    _, warnings = parse_markdown_body("art.txt", article, ImageSettings(links_from="content/_.md"))
    (found,) = [w for w in warnings if "note's marker" in w.message]
    assert found.pos.line == marker
    assert f"its note at line {note}:" in found.message
    assert found.hint is not None and found.hint.endswith(f"that starts line {note}")


def test_a_file_named_as_markdown_takes_capitalised_keys_for_front_matter() -> None:
    """Hugo reads keys in any case and Obsidian writes `Title:`: such a `.md` post was imported
    as prose, its fields proposed as the title. A plain-text memo keeps its `To:` lines."""
    text = "---\nTitle: Budget 2026\nDate: 2026-03-05\nTags: [budget]\n---\n\nThe budget rises.\n"
    assert front_matter_kind(text, markdown=True) == "YAML"
    assert front_matter_kind(text) is None


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("# Title\n\nLede.\n\n| Step | Do |\n|---|---| see `line 40` |\n| 1 | 2 |\n", "line 40"),
        ("# Title\n\nLede.\n\nText {{ y ` line 99 }} here.\n", "line 99"),
    ],
)
def test_parse_markdown_body_keeps_a_line_number_the_article_wrote(text: str, quoted: str) -> None:
    """`see `line 40`` was quoted as `see `line 1``: a code span flipped the backticks' pairing,
    and the number past the end was taken for the title's line."""
    article = read_markdown_article("in.md", text)
    _, warnings = parse_markdown_body("in.md", article, ImageSettings(links_from="content/_.md"))
    assert [quoted in w.message for w in warnings] == [True]
