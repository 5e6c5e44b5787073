"""`briefgen import` keeps what the author wrote: the briefing it writes, parsed as the build
parses it, shows the article's text, links and structure as typed."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from briefgen.commands.import_ import import_article
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.model import BulletList, Paragraph, Table
from briefgen.report import RecordingReporter

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from briefgen.model import Block, Briefing


def _import(
    tmp_path: Path, article: str, reporter: RecordingReporter | None = None
) -> tuple[Briefing, str, list[str]]:
    """Import `article`; return the briefing as the build reads it, its Markdown and the
    import's warnings (first lines). `reporter`, when given, keeps all the import said."""
    (tmp_path / "content").mkdir(exist_ok=True)  # a project: import writes into no other folder
    source = tmp_path / "article.txt"
    source.write_bytes(article.encode("utf-8"))
    reporter = reporter or RecordingReporter()
    target = import_article(
        tmp_path,
        str(source),
        title=None,
        date=dt.date(2026, 3, 2),
        slug="a",
        tags=[],
        force=True,
        reporter=reporter,
    )
    markdown = target.read_text("utf-8")
    briefing, problems = parse_briefing("content/a.md", markdown)
    assert briefing is not None, problems
    # The build warns of nothing but the line separators import kept (and warned of too).
    assert [p for p in problems if "separator U+202" not in p.message] == []
    warnings = [format_diagnostic(d).split("\n")[0] for d in reporter.problems]
    return briefing, markdown, warnings


def _paragraph(blocks: Sequence[Block], index: int = 0) -> str:
    """Return the HTML of the `index`th block, a paragraph."""
    block = blocks[index]
    assert isinstance(block, Paragraph), block
    return block.text.html


def _built_html(body: str) -> str:
    """Return the first paragraph's HTML of a `.md` body, as the build renders it."""
    text = f"---\ntitle: T\ndate: 2026-03-02\nsummary: S\n---\n\n{body}\n"
    briefing, _ = parse_briefing("content/b.md", text)
    assert briefing is not None
    return _paragraph(briefing.lede)


# --- bare links --------------------------------------------------------------------------


def test_import_links_a_bare_url_whole_as_the_build_does(tmp_path: Path) -> None:
    """`Brexit_(disambiguation)` was cut at `(`, `?a=[x]` at `[`: links to the wrong page."""
    line = (
        "See https://en.wikipedia.org/wiki/Brexit_(disambiguation) today, "
        "and https://example.org/q?filter[status]=open (https://example.org/x)."
    )
    briefing, _, warnings = _import(tmp_path, f"Heading Line Here\n{line}\n")
    html = _paragraph(briefing.lede)
    assert html == _built_html(line)
    assert 'href="https://en.wikipedia.org/wiki/Brexit_(disambiguation)"' in html
    assert warnings == []


# --- line ends ---------------------------------------------------------------------------


def test_import_ends_lines_only_at_lf_cr_and_crlf_as_the_build_does(tmp_path: Path) -> None:
    """A U+2028 (a word processor's soft line break) made the fragment before it a heading
    and the title, and put every later warning one line too low."""
    article = (
        "Odd Whitespace Article\n"
        "The report was published\u2028on 3 May 2026. Page two\u2029follows.\n"
        "Second Page Heading\n"
        "Text on page two. The risks:\n"
        "- Border Security:\n"
        "- Jobs\n"
    )
    briefing, _, warnings = _import(tmp_path, article)
    assert briefing.meta.title == "Odd Whitespace Article"
    assert [section.heading.text for section in briefing.sections] == ["Second Page Heading"]
    assert "published\u2028on 3 May 2026. Page two\u2029follows." in _paragraph(briefing.lede)
    article_txt = tmp_path / "article.txt"
    assert warnings == [
        f"{article_txt}:2:25: warning: line separator U+2028 in the text: Markdown reads no "
        "line break there",
        f"{article_txt}:2:49: warning: paragraph separator U+2029 in the text: Markdown "
        "starts no paragraph there",
        f"{article_txt}:5:1: warning: term bullet has no description; kept as a plain bullet",
    ]


def test_import_proposes_a_title_and_summary_on_one_line(tmp_path: Path) -> None:
    """A U+2028 in the headline or the first sentence went into `title:` or `summary:`,
    which the build then warned of in the file import wrote."""
    article = "Odd\u2028Whitespace Article\nThe report was\u2028published today. More.\n"
    briefing, _, warnings = _import(tmp_path, article)
    separator = "warning: line separator U+2028 in the text: Markdown reads no line break there"
    assert (briefing.meta.title, briefing.meta.summary, warnings) == (
        "Odd Whitespace Article",
        "The report was published today.",
        [f"{tmp_path / 'article.txt'}:{at}: {separator}" for at in ("1:4", "2:15")],
    )
    assert "was\u2028published" in _paragraph(briefing.lede)  # the text keeps it


# --- indented lines ----------------------------------------------------------------------

NESTED = """\
Nested Lists Test Article
The ministry listed its priorities for the year ahead.
- Housing
  - Build 10,000 homes
  - Cut planning delays
- Transport
\t* New bus lanes
1. First step
   1. Sub-step one
   2. Sub-step two
2. Second step
The budget in brief:
- Capital Spending: rises to £4bn in 2027, the largest increase
  since records began in 1990.
- Low-Wage Sectors: 3.1 million workers
  - Hospitality: about 1.2 million workers
- Regional Differences: large
"""


def _shape(blocks: Sequence[Block]) -> list[object]:
    """Return each list as its items' texts, a nested list as a list after its item."""
    shape: list[object] = []
    for block in blocks:
        if isinstance(block, BulletList):
            items: list[object] = []
            for item in block.items:
                term = f"{item.term.text}: " if item.term else ""
                items.append(term + item.text.text)
                if item.children:
                    items.append(_shape(item.children))
            shape.append(items)
        else:
            shape.append(type(block).__name__)
    return shape


def test_import_keeps_nested_bullets_and_continuation_lines_in_their_item(
    tmp_path: Path,
) -> None:
    """Sub-items were written as their parent's siblings, sub-steps as a list between steps 1
    and 2, and a bullet's indented second line as a paragraph after the list."""
    briefing, _, warnings = _import(tmp_path, NESTED)
    assert _shape(briefing.lede) == [
        "Paragraph",
        [
            "Housing",
            [["Build 10,000 homes", "Cut planning delays"]],
            "Transport",
            [["New bus lanes"]],
        ],
        ["First step", [["Sub-step one", "Sub-step two"]], "Second step"],
        "Paragraph",
        [
            "Capital Spending: rises to £4bn in 2027, the largest increase since records "
            "began in 1990.",
            "Low-Wage Sectors: 3.1 million workers",
            [["Hospitality: about 1.2 million workers"]],
            "Regional Differences: large",
        ],
    ]
    assert warnings == []


def test_import_warns_at_an_indented_line_after_a_blank_line_below_a_list(
    tmp_path: Path,
) -> None:
    article = "Heading Line Here\nThe list:\n- One\n- Two\n\n  more about two\nEnd.\n"
    briefing, _, warnings = _import(tmp_path, article)
    assert _shape(briefing.lede) == ["Paragraph", ["One", "Two"], "Paragraph", "Paragraph"]
    assert warnings == [
        f"{tmp_path / 'article.txt'}:6:1: warning: indented line after a list is read as a "
        "paragraph after the list"
    ]


def test_import_keeps_an_items_text_below_its_nested_list_in_the_item(tmp_path: Path) -> None:
    """`more of a` was a paragraph after the list, `- b` began a second list, and the warning
    asked to remove a blank line there was not."""
    article = "Heading Line Here\nThe list:\n- a\n  - sub one\n  - sub two\n  more of a\n- b\n"
    briefing, _, warnings = _import(tmp_path, article)
    assert _shape(briefing.lede) == ["Paragraph", ["a", [["sub one", "sub two"], "Paragraph"], "b"]]
    (outer,) = [block for block in briefing.lede if isinstance(block, BulletList)]
    assert _paragraph(outer.items[0].children, 1) == "more of a"
    assert warnings == []


def test_import_nests_lists_as_deep_as_the_build_shows_then_says_so(tmp_path: Path) -> None:
    """300 levels crashed the writer (RecursionError), and 12 imported a file the build then
    warned about: the build shows nine levels."""
    outline = "".join("  " * level + f"- level {level}\n" for level in range(300))
    briefing, _, warnings = _import(tmp_path, "Deep Outline Here\nThe outline:\n" + outline)
    depth, blocks = 0, briefing.lede
    while lists := [block for block in blocks if isinstance(block, BulletList)]:
        depth, blocks = depth + 1, lists[0].items[0].children
    assert depth == 9
    assert warnings == [
        f"{tmp_path / 'article.txt'}:12:1: warning: list nested more than 9 levels deep; the "
        "deeper bullets are kept at that level"
    ]


def test_import_is_silent_about_indented_paragraphs_outside_lists(tmp_path: Path) -> None:
    article = "Heading Line Here\n    First paragraph, indented.\n    Second one.\n- Item\nEnd.\n"
    _, _, warnings = _import(tmp_path, article)
    assert warnings == []


# --- section breaks ----------------------------------------------------------------------


def test_import_keeps_a_spaced_section_break_as_written_like_an_unspaced_one(
    tmp_path: Path,
) -> None:
    """`* * *` and `- - -` were bullets showing `* *` and `- -`, unlike `***` and `---`."""
    breaks = ["***", "- - -", "* * *", "_ _ _", "---", "*  *  *  *"]
    article = "Separator Lines Article\n" + "".join(f"Text.\n{mark}\n" for mark in breaks)
    briefing, _, warnings = _import(tmp_path, article)
    shown = [_paragraph(briefing.lede, index) for index in range(1, 2 * len(breaks), 2)]
    assert shown == [mark.replace("  ", " ") for mark in breaks]
    assert warnings == []


# --- backslashes -------------------------------------------------------------------------


def test_import_shows_typed_backslashes_in_body_summary_and_title(tmp_path: Path) -> None:
    """`\\\\server\\share` lost a backslash, `C:\\Data\\*.csv` the one before `*`, `5\\%` its
    only one: Markdown read each as an escape."""
    article = (
        'Why \\\\SERVER\\Share and "C:\\Temp" Were Exposed\n'
        "Files in C:\\temp\\new and \\\\nas\\x41 were lost. Staff use C:\\Data\\*.csv, "
        "5\\% and a\\_b; code `C:\\x\\*` stays, as does a \\` tick and *emphasis*.\n"
        "| Path | Share |\n|---|---|\n| a \\| b | \\\\srv\\x |\n"
    )
    reporter = RecordingReporter()
    briefing, _, warnings = _import(tmp_path, article, reporter)
    assert briefing.meta.title == 'Why \\\\SERVER\\Share and "C:\\Temp" Were Exposed'
    # The notice shows the title as it will be, not as a Python string with its `\` doubled.
    assert reporter.infos[0].startswith(
        "proposed title 'Why \\\\SERVER\\Share and \"C:\\Temp\" Were Exposed' from the headline"
    )
    assert briefing.meta.summary == "Files in C:\\temp\\new and \\\\nas\\x41 were lost."
    assert _paragraph(briefing.lede) == (
        "Files in C:\\temp\\new and \\\\nas\\x41 were lost. Staff use C:\\Data\\*.csv, "
        "5\\% and a\\_b; code <code>C:\\x\\*</code> stays, as does a \\` tick and "
        "<em>emphasis</em>."
    )
    table = briefing.lede[1]
    assert isinstance(table, Table)
    assert [cell.text for cell in table.rows[0]] == ["a | b", "\\\\srv\\x"]
    assert warnings == []


def test_import_shows_a_backslash_before_a_pipe_as_typed_outside_a_table(
    tmp_path: Path,
) -> None:
    """Only a table's cell reads `\\|` as an escaped pipe: `grep 'a\\|b'` lost its `\\`."""
    article = "Heading Line Here\nRun grep 'a\\|b' on it.\n- Use 'x\\|y' too\n"
    briefing, _, warnings = _import(tmp_path, article)
    assert _paragraph(briefing.lede) == "Run grep 'a\\|b' on it."
    (bullets,) = [block for block in briefing.lede if isinstance(block, BulletList)]
    assert bullets.items[0].text.text == "Use 'x\\|y' too"
    assert warnings == []


def test_import_places_an_unclosed_bold_warning_at_its_typed_column(tmp_path: Path) -> None:
    _, _, warnings = _import(tmp_path, "Heading Line Here\nSee C:\\\\ and \\\\ then **open.\n")
    assert warnings == [
        f"{tmp_path / 'article.txt'}:2:22: warning: `**` is not closed; it is shown as text"
    ]


# --- captions ----------------------------------------------------------------------------


def test_import_reads_a_table_line_above_a_blank_line_as_the_caption_the_build_shows(
    tmp_path: Path,
) -> None:
    """Import warned that the `Table:` line was kept as a paragraph, yet wrote it where the
    build reads it as the table's caption."""
    article = (
        "Arrivals Data Released\nThe statistics office released new data.\n"
        "Table: Arrivals by route\n\n| Route | Total |\n|---|---|\n| Sea | 1,200 |\n"
    )
    briefing, _, warnings = _import(tmp_path, article)
    (_, table) = briefing.lede
    assert isinstance(table, Table)
    assert table.caption is not None
    assert table.caption.text == "Arrivals by route"
    assert warnings == []


# --- warnings about text import escapes ----------------------------------------------------


def test_import_does_not_warn_of_html_or_star_runs_it_shows_as_typed(tmp_path: Path) -> None:
    """Import warned of raw HTML (hinting at `unsafe_html`) and of an unclosed `*****` in text
    it escapes, which the page shows as typed and the build never warns about."""
    line = (
        "Press the <Enter> key, as x < y > z; <b>bold</b> is text. "
        "Hotels are rated *** to *****, or ___ at worst."
    )
    briefing, _, warnings = _import(tmp_path, f"Keyboard Guide Published\n{line}\n")
    assert warnings == []
    assert _paragraph(briefing.lede) == line.replace("<", "&lt;").replace(">", "&gt;")


def test_import_still_warns_of_bold_google_docs_failed_to_pair(tmp_path: Path) -> None:
    _, _, warnings = _import(tmp_path, "Heading Line Here\nLede **Key finding: **Budgets fell.\n")
    assert warnings == [
        f"{tmp_path / 'article.txt'}:2:6: warning: `**` is not closed; it is shown as text"
    ]


def test_import_does_not_hint_at_backslashes_it_would_show(tmp_path: Path) -> None:
    """The build's hint "or write `\\*\\*` to show the marks": in plain text the marks are
    shown already, and the backslashes would be shown too."""
    reporter = RecordingReporter()
    _import(tmp_path, "Heading Line Here\nLede **Key finding: **Budgets fell.\n", reporter)
    assert [d.hint for d in reporter.problems] == [
        "end the text with `**` right after its last character, and put a space after it "
        "when that character is punctuation (`**Note:** text`)"
    ]


def test_import_writes_a_hard_wrapped_paragraph_as_one(tmp_path: Path) -> None:
    """Each line of a paragraph copied from a PDF was a paragraph of its own, broken in
    mid-sentence, and the summary stopped at the first line's end."""
    reporter = RecordingReporter()
    briefing, markdown, warnings = _import(
        tmp_path,
        "Growth Forecasts Cut\n"
        "The forecast was published on Tuesday by the\n"
        "World Bank, which said growth would slow to 2.3 per cent in\n"
        "Latin America as trade tensions mount and prices stay high.\n",
        reporter,
    )
    text = (
        "The forecast was published on Tuesday by the World Bank, which said growth would "
        "slow to 2.3 per cent in Latin America as trade tensions mount and prices stay high."
    )
    assert (_paragraph(briefing.lede), len(briefing.lede), warnings) == (text, 1, [])
    assert f"\n{text}\n" in markdown
    assert briefing.meta.summary == text
    assert reporter.infos[-1].endswith(", 1 paragraph")
