"""Pandoc's attribute blocks left as text: warned where they start, with the hint their place
calls for (an image's size, a tracked change, a comment, an underline, a bookmark)."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import Diagnostic
from briefgen.model import Figure, Paragraph

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1

IMAGE_HINT = (
    "delete it: briefgen sizes an image from its file, and an image alone in its paragraph "
    "is a figure"
)


def _diagnostics(body: str) -> list[Diagnostic]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return diagnostics


def _placed(body: str) -> list[tuple[int, int, str, str | None]]:
    return [(d.pos.line - FIRST_LINE, d.pos.column, d.message, d.hint) for d in _diagnostics(body)]


@pytest.mark.parametrize(
    ("body", "column", "shown"),
    [
        (
            '![Line chart of excess deaths](media/image1.png){width="6.268055555555556in"\n'
            'height="3.1340277777777776in"}\n',
            49,
            '{width="6.268055555555556in" height="...',
        ),
        ('![Chart](c.png){#fig:x\nwidth="80%"}\n', 16, '{#fig:x width="80%"}'),
        ('![Chart](c.png){width="80%"\n  fig-alt="A chart of\n  rates"}\n', 16, None),
        ('![Chart](c.png){width="6.5in" height="3in"}\n', 16, '{width="6.5in" height="3in"}'),
    ],
)
def test_a_block_after_an_image_is_warned_with_the_image_hint_even_wrapped(
    body: str, column: int, shown: str | None
) -> None:
    """Pandoc wraps at 72 columns, so a Word image's size nearly always runs onto a second line."""
    [(line, col, message, hint)] = _placed(body)
    assert (line, col, hint) == (0, column, IMAGE_HINT)
    assert shown is None or message == f"attribute block `{shown}` is not read; shown as text"


def test_an_image_is_a_figure_once_its_wrapped_block_is_deleted() -> None:
    """As on one line, the block keeps the image inline; the hint's fix makes it a figure."""
    wrapped = '![Chart](c.png){width="6.5in"\nheight="3in"}\nFigure: Rates\n'
    briefing, _ = parse_briefing("content/a.md", FRONT + wrapped)
    assert briefing is not None
    assert [type(block) for block in briefing.lede] == [Paragraph]
    fixed, _ = parse_briefing("content/a.md", FRONT + "![Chart](c.png)\nFigure: Rates\n")
    assert fixed is not None
    assert [type(block) for block in fixed.lede] == [Figure]


@pytest.mark.parametrize(
    "body",
    [
        "The probability P{X=1\nY=2} holds.\n",
        "Sets {a=1,\nb=2} and {x, y}.\n",
        'A quote {"width="\nx} here.\n',
    ],
)
def test_wrapped_braces_of_prose_are_no_block(body: str) -> None:
    assert _diagnostics(body) == []


TRACKED = (
    '[Deleted figure of £4.2bn]{.deletion author="Jane Doe" date="2026-11-01T10:00:00Z"}'
    '[£3.9bn]{.insertion author="Jane Doe" date="2026-11-01T10:00:00Z"} was spent.\n'
)


def test_tracked_changes_say_that_deleted_words_would_be_published() -> None:
    """Removing only the block, as the old hint said, published "Deleted figure of £4.2bn"."""
    deletion, insertion = _placed(TRACKED)
    assert deletion == (
        0,
        27,
        "Word's tracked deletion `[Deleted figure of £4.2bn]{.deletion …}` is shown as text: "
        "the deleted words are published",
        "delete it whole, its text too (or accept or reject Word's changes, then convert)",
    )
    assert insertion[:2] == (0, 92)
    assert insertion[3] == "delete the block and the brackets around its text: write `£3.9bn`"


def test_a_word_comment_says_the_comment_would_be_published() -> None:
    body = (
        '[Check this figure]{.comment-start id="0" author="Reviewer"}The rate'
        '[]{.comment-end id="0"} rose.\n'
    )
    comment, end = _placed(body)
    assert comment[1:] == (
        20,
        "Word comment `[Check this figure]{.comment-start …}` is shown as text: the reviewer's "
        "comment is published",
        "delete it whole, its text too, and the `[]{.comment-end}` that ends it",
    )
    assert end[1:] == (
        71,
        'attribute block `{.comment-end id="0"}` is not read; shown as text',
        "delete the empty span `[]` with its block: it holds no text to show",
    )


@pytest.mark.parametrize(
    ("body", "hint"),
    [
        (
            "It introduced a [yellow]{.underline}, amber and red scale.\n",
            "delete the block and the brackets around its text: write `yellow`",
        ),
        (
            "A [wrapped\nbookmark]{#_Toc123 .anchor} here.\n",
            "delete the block and the brackets around its text: write `wrapped bookmark`",
        ),
        (
            "Lede []{#_Toc12345 .anchor}here.\n",
            "delete the empty span `[]` with its block: it holds no text to show",
        ),
        (
            "A [`code`]{.mark} span.\n",
            "delete the block and the brackets around its text, keeping the text",
        ),
        (
            "See {#_Ref12} above.\n",
            "only a heading takes one `{#its-id .takeaways}` block, at its end; remove this one "
            "(or write `\\{` to show the braces)",
        ),
    ],
)
def test_a_spans_block_is_hinted_to_go_with_its_brackets(body: str, hint: str) -> None:
    """Removing only `{.underline}` left `[yellow]` on the page, and `--strict` then silent."""
    [diagnostic] = _diagnostics(body)
    assert diagnostic.hint == hint


def test_a_word_bookmark_ending_a_heading_goes_with_its_brackets() -> None:
    """Pandoc writes Word's contents bookmarks so; the heading read `Scope []`, silently."""
    briefing, diagnostics = parse_briefing(
        "content/a.md", FRONT + "## Scope []{#_Toc2 .anchor}\n\nText.\n"
    )
    assert briefing is not None
    [section] = briefing.sections
    assert (section.heading.text, section.anchor) == ("Scope", "scope")
    assert [(d.pos.column, d.message, d.hint) for d in diagnostics] == [
        (
            12,
            "heading attribute `#_Toc2` `.anchor` is not read",
            "delete the empty span `[]` with its block: it holds no text to show",
        )
    ]


@pytest.mark.parametrize(
    ("body", "heading", "hint"),
    [
        (
            "## Scope \\[]{.anchor}\n",
            "Scope []",
            "a heading takes `{#its-id}` and `{.takeaways}`",
        ),
        (
            "## Scope [x]{.underline}\n",
            "Scope [x]",
            "delete the block and the brackets around its text: write `x`",
        ),
        ("## Scope [] {.anchor}\n", "Scope []", "a heading takes `{#its-id}` and `{.takeaways}`"),
    ],
)
def test_a_heading_keeps_brackets_no_span_of_its_block_holds(
    body: str, heading: str, hint: str
) -> None:
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body + "\nText.\n")
    assert briefing is not None
    assert briefing.sections[0].heading.text == heading
    [diagnostic] = diagnostics
    assert diagnostic.hint is not None
    assert diagnostic.hint.startswith(hint)


@pytest.mark.parametrize(
    "body",
    [
        "![Map of parishes][m]{width=50%}\n\n[m]: img/map.png\n",
        "![Map of parishes][]{width=50%}\n\n[map of parishes]: img/map.png\n",
        "![Map][m]{#fig-map .wide}\n\n[m]: img/map.png\n",
    ],
)
def test_a_block_after_a_reference_image_gets_the_image_hint(body: str) -> None:
    """The label's brackets are no span: taking them out would break the image."""
    [(line, _, _, hint)] = _placed(body)
    assert (line, hint) == (0, IMAGE_HINT)


def test_a_block_after_a_reference_link_keeps_its_label() -> None:
    [(_, _, _, hint)] = _placed("See [the annex][a]{target=_blank}.\n\n[a]: https://example.org\n")
    assert hint is not None
    assert "brackets" not in hint


def test_a_block_ending_a_link_definition_says_it_unmakes_the_definition() -> None:
    """Pandoc reads attributes on a definition; markdown-it reads no definition there."""
    body = (
        "![Map of parishes][m1] and [the annex][a1].\n\n"
        "[m1]: img/map.png {width=50%}\n"
        "[m2]: img/b.png\n\n"
        '[a1]: https://example.org/annex.pdf "Annex" {target=_blank}\n'
    )
    placed = _placed(body)
    assert [(line, col) for line, col, _, _ in placed] == [(0, 1), (0, 28), (2, 19), (5, 45)]
    image, link, block, titled = placed
    assert image[2].startswith("image `![Map of parishes][m1]` is shown as text: its definition")
    assert "line 8" in image[2]
    assert link[2].startswith("link `[the annex][a1]` is shown as text: its definition")
    for _, _, message, hint in (block, titled):
        assert "link definition" in message
        assert hint is not None
        assert hint.startswith("delete the block")


def test_a_quarto_caption_in_an_images_block_is_hinted_as_a_figure_line() -> None:
    """Deleting the block, as the image hint says, lost the caption."""
    [(_, _, _, hint)] = _placed('![Map](img/map.png){#fig-map fig-cap="Lisbon parishes"}\n')
    assert hint == (
        "delete it, and write its caption as a `Figure: Lisbon parishes` line right under the "
        "image: briefgen sizes an image from its file, and an image alone in its paragraph is "
        "a figure"
    )


@pytest.mark.parametrize(
    "linked",
    [
        "[![Chart](c.png)](https://example.org/d)",
        '[![Chart](c.png "Rates")](https://example.org/d "Data")',
        "[![Chart][c]](https://example.org/d)",
        "[![Chart](c.png)][d]",
        "[![Chart][c]][d]",
    ],
)
def test_a_block_after_a_linked_image_is_warned_with_the_image_hint(linked: str) -> None:
    """Quarto writes the size after the link round an image: it was told only a heading takes
    a block, as if it stood on text."""
    definitions = {"[c]": "[c]: c.png\n", "[d]": "[d]: https://example.org/d\n"}
    body = f"{linked}{{width=50%}}\n\n" + "".join(
        line for label, line in definitions.items() if label in linked
    )
    [(line, column, _, hint)] = _placed(body)
    assert (line, column, hint) == (0, len(linked) + 1, IMAGE_HINT)


@pytest.mark.parametrize(
    "fence", ["::: {.callout-note}", '::: {custom-style="Box Text"}', "  :::: {#box .aside}"]
)
def test_a_fences_attributes_are_warned_of_once_with_the_fence(fence: str) -> None:
    """`::: {.callout-note}` got the fence's warning, hinted as a callout, and one at its
    attributes, hinted "remove this one" as if they stood on a paragraph."""
    assert [(line, message) for line, _, message, _ in _placed(f"{fence}\nBody.\n:::\n")] == [
        (0, f"`:::` fenced blocks are not supported; `{fence.strip()}` is shown as text"),
        (2, "`:::` fenced blocks are not supported; `:::` is shown as text"),
    ]
