"""Raw HTML an untrusted site shows as text: the hint says what to write instead of the
elements exporters write (Notion's `<aside>`, Pandoc 3's `<figure>`, Google Docs' `<br>`)."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing

HEAD = "---\ntitle: T\ndate: 2026-01-01\n---\n\n"
CALLOUT = (
    "write a callout: `> [!NOTE]` on a line of its own, then each line of its text after `> ` "
    "(`unsafe_html: true` in briefgen.yaml trusts raw HTML)"
)
PANDOC_FIGURE = (
    '<figure>\n<img src="./media/image1.png"\nstyle="width:6.5in;height:3.2in" />\n'
    "<figcaption><p>Figure 1 Excess deaths</p></figcaption>\n</figure>\n"
)


def _hints(body: str) -> list[tuple[int, int | None, str | None]]:
    briefing, diagnostics = parse_briefing("content/a.md", HEAD + body)
    assert briefing is not None
    assert {d.message for d in diagnostics} == {"raw HTML is shown as text"}
    return [(d.pos.line, d.pos.column, d.hint) for d in diagnostics]


def test_notions_aside_is_hinted_as_a_callout_at_both_its_tags() -> None:
    """Notion writes each callout so: the hint was "write Markdown instead"."""
    body = "<aside>\n💡 **TL;DR** — Ten operators are in scope.\n\n</aside>\n"
    assert _hints(body) == [(6, 1, CALLOUT), (9, 1, CALLOUT)]


def test_pandocs_captioned_figure_is_hinted_as_an_image_and_a_figure_line() -> None:
    assert _hints(PANDOC_FIGURE) == [
        (
            6,
            1,
            "write the image as `![its alt text](./media/image1.png)`, and its caption as a "
            "`Figure: …` line right below it",
        )
    ]


def test_an_img_tag_is_hinted_as_an_image_sized_from_its_file() -> None:
    assert _hints('Intro.\n\n<img src="media/x.png" style="width:50%">\n') == [
        (8, 1, "write the image as `![its alt text](media/x.png)`: briefgen sizes it from its file")
    ]


@pytest.mark.parametrize("tag", ["<br>", "<br/>", "<br />", "<BR>"])
def test_a_line_break_tag_in_a_table_cell_is_hinted_at_what_a_cell_can_do(tag: str) -> None:
    """Google Docs writes `<br>` in cells: there is no Markdown to write instead."""
    body = f"| Office | Head |\n|:---|:---|\n| ECHO{tag}DG INTPA | Ana |\n"
    assert _hints(body) == [
        (
            8,
            7,
            "a pipe table's cell is one line, which Markdown cannot break: part it with `;`, or "
            "set `unsafe_html: true` in briefgen.yaml, which makes `<br>` a line break there",
        )
    ]


def test_a_line_break_tag_in_a_paragraph_is_hinted_as_a_backslash() -> None:
    assert _hints("First line<br>second line.\n") == [
        (6, 11, "for a line break, end the line with `\\` and write the rest on the next line")
    ]


@pytest.mark.parametrize("indent", ["", "  "])
def test_a_comment_block_never_ended_is_named_with_the_lines_it_shows(indent: str) -> None:
    """It ran to the end of the briefing, headings and all, warned as raw HTML whose hint was
    to write Markdown."""
    body = f"Text.\n\n{indent}<!-- TODO: check the figures\n\n## Next\n\nMore.\n"
    (warning,) = parse_briefing("content/a.md", HEAD + body)[1]
    assert (warning.pos.line, warning.pos.column, warning.message, warning.hint) == (
        8,
        len(indent) + 1,
        "unclosed HTML comment `<!--` is shown as text, with everything after it to line 12",
        "end the comment with `-->` where your note ends: a comment is left out of the page",
    )


def test_other_raw_html_keeps_the_hint_to_write_markdown() -> None:
    (hint,) = _hints('Some <span class="x">styled</span> text.\n')
    assert str(hint[2]).startswith("write Markdown instead (`unsafe_html: true`")


QUOTE = "write a quote: each of its lines after `> `, the speaker on its last as `> — Name`"


@pytest.mark.parametrize(
    ("body", "hint"),
    [
        # A social post's embed code, pasted into a newsroom's explainer.
        (
            '<blockquote class="twitter-tweet"><p lang="en">Budget passed 31 to 19.</p>&mdash; '
            'Council (@cc) <a href="https://x.com/cc/status/1">1 Dec 2026</a></blockquote>\n',
            QUOTE,
        ),
        ("> “A tax on jobs,” she said.\n> <cite>Jo Whitfield</cite>\n", QUOTE),
        (
            "She called it <q>a tax on jobs</q>.\n",
            "write the words between quotation marks, “like this”: `<q>` is a quote within a line",
        ),
        ("Some <b>bold</b> and <strong>strong</strong> text.\n", "write **bold** instead"),
        ("Some <i>slanted</i> and <em>stressed</em> text.\n", "write *emphasis* instead"),
        ("A <del>wrong</del> figure.\n", "write ~~struck~~ instead"),
        ("Run <code>briefgen build</code>.\n", "write code between backticks, `like this`"),
        ("<p>A paragraph a CMS wrapped.</p>\n", "leave a blank line between paragraphs instead"),
        ("Text.\n\n<hr>\n", "write `---` on a line of its own, with a blank line above it"),
        ("<h2>Background</h2>\n", "write the heading as `## Heading` on its own line"),
        ("<ul>\n<li>One</li>\n</ul>\n", "write a list: each item on a line starting `- `"),
    ],
)
def test_what_a_cms_or_an_embed_code_writes_is_hinted_by_its_markdown(body: str, hint: str) -> None:
    """Each was hinted "write Markdown instead", which names no Markdown for the element."""
    assert {found for _, _, found in _hints(body)} == {hint}


@pytest.mark.parametrize(
    ("body", "hint"),
    [
        # `pandoc -t gfm` writes a Word table with merged cells, or paragraphs in one, so.
        (
            '<table>\n<colgroup>\n<col style="width: 50%" />\n</colgroup>\n'
            "<tr><td><p>Kenya</p><p>(revised)</p></td></tr>\n</table>\n",
            "write a pipe table: `| a | b |`, then `|---|---|`, then a `| … |` line per row; or "
            "its rows as YAML in a ```` ```table ```` fence",
        ),
        (
            "Area, 40 km<sup>2</sup>.\n",
            "type the superscript itself (`m²`, `1ᵉʳ`), or write a note as `[^1]`",
        ),
        ("Water, H<sub>2</sub>O.\n", "type the subscript itself (`H₂O`, `CO₂`)"),
        ("An <u>underlined</u> word.\n", "write **bold** or *emphasis* instead"),
        ("A <mark>highlighted</mark> word.\n", "write **bold** or *emphasis* instead"),
    ],
)
def test_what_pandoc_writes_from_a_word_file_is_hinted_by_its_markdown(
    body: str, hint: str
) -> None:
    """The hint was "write Markdown instead", which names no Markdown for a table or an H₂O."""
    assert {found for _, _, found in _hints(body)} == {hint}


@pytest.mark.parametrize(
    ("body", "hint"),
    [
        # A link copied from a web page's HTML, and the anchors Word and HTML pages put
        # before a heading, in it or on a line of their own (hunt11).
        (
            'See <a href="https://www.gov.uk/x" target="_blank">the guidance</a>.\n',
            "write the link as `[its text](https://www.gov.uk/x)`",
        ),
        (
            '## <a name="methods"></a>Methods\n\nText.\n',
            "delete it: a heading gets its id from its text, and `{#its-id}` at the heading's"
            " end sets another",
        ),
        (
            '<A ID="top"></A>\n',
            "delete it: a heading gets its id from its text, and `{#its-id}` at the heading's"
            " end sets another",
        ),
        (
            "<details>\n<summary>Method</summary>\n\nText.\n</details>\n",
            "write its text as it should show: a page folds nothing away; a `> [!NOTE]` callout"
            " sets it apart",
        ),
        (
            '<iframe src="https://www.youtube.com/embed/x"></iframe>\n',
            "link to what it shows, `[its title](https://…)`: a page plays nothing embedded",
        ),
    ],
)
def test_a_link_an_anchor_a_fold_and_an_embed_are_hinted_by_what_to_write(
    body: str, hint: str
) -> None:
    """Each was hinted "write Markdown instead", which names no Markdown for any of them."""
    assert {found for _, _, found in _hints(body)} == {hint}
