"""Callout titles: `> [!WARNING] Custom title`, as Obsidian, MkDocs and Quarto users write one."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import jsonschema
import lxml.html
import pytest

from briefgen.content.parse import parse_briefing
from briefgen.content.writer import render_markdown
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Callout, Paragraph, Quote, Site
from briefgen.site.jsonmodel import briefing_schema, briefing_to_json
from briefgen.site.render import Renderer
from tests.unit.model_shape import strip_positions
from tests.unit.sample_briefing import sample_config

if TYPE_CHECKING:
    from pathlib import Path

    from lxml.html import HtmlElement

    from briefgen.model import Briefing

HEAD = "---\ntitle: T\ndate: 2026-01-01\n---\n\n"


def parse(body: str) -> tuple[Briefing, list[str]]:
    briefing, diagnostics = parse_briefing("content/t.md", HEAD + body)
    assert briefing is not None, diagnostics
    return briefing, [format_diagnostic(d).split("\n")[0] for d in diagnostics]


def the_callout(briefing: Briefing) -> Callout:
    (callout,) = briefing.lede
    assert isinstance(callout, Callout)
    return callout


def rendered(briefing: Briefing, tmp_path: Path) -> HtmlElement:
    site = Site(sample_config(), (briefing.entry(),))
    html = Renderer(sample_config(), tmp_path).render_briefing(briefing, site)
    return lxml.html.document_fromstring(html)


def test_parse_callout_title_after_the_marker() -> None:
    briefing, warnings = parse("> [!WARNING] Custom title\n> Text.\n")
    callout = the_callout(briefing)
    assert warnings == []
    assert (callout.variant, callout.title and callout.title.text) == ("warning", "Custom title")
    assert [b.text.text for b in callout.blocks if isinstance(b, Paragraph)] == ["Text."]


def test_parse_callout_title_keeps_inline_markdown_as_a_heading_does() -> None:
    briefing, warnings = parse("> [!note] En *síntesis* con `código`\n> Texto.\n")
    title = the_callout(briefing).title
    assert warnings == []
    assert title is not None and title.text == "En síntesis con código"
    assert title.html == "En <em>síntesis</em> con <code>código</code>"


def test_parse_callout_title_shows_a_link_and_a_note_not_named_by_its_number() -> None:
    body = "> [!TIP] Funding, [the report](https://example.org/r)[^a]\n> Text.\n\n[^a]: A note.\n"
    briefing, warnings = parse(body)
    title = the_callout(briefing).title
    assert warnings == []
    assert title is not None and title.text == "Funding, the report"
    assert '<a href="https://example.org/r">the report</a>' in title.html
    assert 'href="#fn-1"' in title.html
    assert [note.references for note in briefing.notes] == [1]


def test_parse_callout_without_title_keeps_none() -> None:
    briefing, warnings = parse("> [!NOTE]\n> Text.\n")
    assert (warnings, the_callout(briefing).title) == ([], None)


@pytest.mark.parametrize(("first_line", "title"), [("[!tip]- Folded", "Folded"), ("[!TIP]+", None)])
def test_parse_callout_fold_mark_is_warned_and_the_box_kept_open(
    first_line: str, title: str | None
) -> None:
    briefing, warnings = parse(f"> {first_line}\n> Text.\n")
    callout = the_callout(briefing)
    assert (callout.title.text if callout.title else None) == title
    mark = first_line[6]
    assert warnings == [
        f"content/t.md:6:3: warning: a callout does not fold: `{mark}` after `[!TIP]` is "
        "ignored; the box is shown open"
    ]


def test_parse_callout_title_alone_makes_an_empty_box_with_a_warning() -> None:
    briefing, warnings = parse("> [!NOTE] Only a title\n")
    assert the_callout(briefing).blocks == ()
    assert warnings == ["content/t.md:6:3: warning: callout `[!NOTE]` is empty"]


@pytest.mark.parametrize("first_line", ["[!WARNING]:", "[!note] —"])
def test_parse_callout_marker_with_only_punctuation_after_it_is_still_a_quote(
    first_line: str,
) -> None:
    briefing, warnings = parse(f"> {first_line}\n> Some text.\n")
    assert isinstance(briefing.lede[0], Quote)
    assert warnings == [
        "content/t.md:6:3: warning: a callout marker with only punctuation after it on its "
        "line is not a callout; shown as a quote"
    ]


def test_parse_unknown_callout_with_a_title_is_a_quote_with_a_warning() -> None:
    briefing, warnings = parse("> [!summary] Key points\n> Text.\n")
    assert isinstance(briefing.lede[0], Quote)
    assert warnings == ["content/t.md:6:3: warning: unknown callout `[!summary]`; shown as a quote"]


@pytest.mark.parametrize(
    ("kind", "nearest"), [("danger", "CAUTION"), ("Info", "NOTE"), ("success", "TIP")]
)
def test_parse_unknown_callout_kind_is_hinted_the_nearest_of_the_five(
    kind: str, nearest: str
) -> None:
    """Obsidian's and MkDocs' other kinds were hinted the five kinds alone."""
    _, diagnostics = parse_briefing("content/t.md", HEAD + f"> [!{kind}]\n> Text.\n")
    assert [d.hint for d in diagnostics] == [
        f"write `[!{nearest}]`, the kind nearest `[!{kind}]`; the kinds are [!NOTE], [!TIP], "
        "[!IMPORTANT], [!WARNING] or [!CAUTION]"
    ]


@pytest.mark.parametrize(
    ("kind", "meant"),
    [
        ("NOTA", "NOTE"),
        ("Advertencia", "WARNING"),
        ("PRECAUCIÓN", "CAUTION"),
        ("PRECAUCIO\u0301N", "CAUTION"),  # the accent typed as a combining mark (macOS)
        ("Dica", "TIP"),
    ],
)
def test_parse_callout_kind_in_a_translators_language_is_hinted_in_english(
    kind: str, meant: str
) -> None:
    """A Spanish translator writes the box's label (`[!NOTA]`, the theme's own): it was hinted
    the five kinds alone, and `[!PRECAUCIÓN]`, with a letter outside ASCII, was shown as text
    with no warning at all."""
    briefing, diagnostics = parse_briefing("content/t.md", HEAD + f"> [!{kind}]\n> Texto.\n")
    assert briefing is not None
    assert isinstance(briefing.lede[0], Quote)
    assert [(d.message, d.hint) for d in diagnostics] == [
        (
            f"unknown callout `[!{kind}]`; shown as a quote",
            f"write `[!{meant}]`: a marker is written in English whatever the briefing's "
            "language, and the box is labelled in the page's own",
        )
    ]


@pytest.mark.parametrize(
    "kind",
    [
        "\u0928\u094b\u091f",  # Devanagari नोट: a vowel sign (Mc)
        "\u0e2b\u0e21\u0e32\u0e22\u0e40\u0e2b\u0e15\u0e38",  # Thai หมายเหตุ: a vowel below (Mn)
        "\u0645\u064f\u0644\u0627\u062d\u064e\u0638\u0629",  # Arabic مُلاحَظة: harakat
        "\u09a8\u09cb\u099f",  # Bengali নোট
        "\u0b95\u0bc1\u0bb1\u0bbf\u0baa\u0bcd\u0baa\u0bc1",  # Tamil குறிப்பு: a virama
    ],
)
def test_parse_callout_kind_written_with_combining_marks_is_warned(kind: str) -> None:
    """leftovers45: a kind in a script whose words hold combining vowel signs or harakat was
    no marker's name, so the quote showed it as text with no warning."""
    briefing, diagnostics = parse_briefing("content/t.md", HEAD + f"> [!{kind}]\n> Text.\n")
    assert briefing is not None
    assert isinstance(briefing.lede[0], Quote)
    assert [(d.pos.column, d.message, d.hint) for d in diagnostics] == [
        (
            3,
            f"unknown callout `[!{kind}]`; shown as a quote",
            "use [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION]",
        )
    ]


def test_parse_titled_marker_on_a_later_line_is_still_warned() -> None:
    _, warnings = parse("> [!NOTE] First\n> Text.\n> [!TIP]\n> More.\n")
    assert warnings == [
        "content/t.md:8:3: warning: callout marker `[!TIP]` is not on its quote's first line; "
        "shown as text"
    ]


def test_callout_title_goes_through_json_schema_and_markdown() -> None:
    body = "> [!IMPORTANT] Key *figures*[^a]\n> Text.\n\n> [!NOTE]\n> Plain.\n\n[^a]: A note.\n"
    briefing, _ = parse(body)
    data = briefing_to_json(briefing)
    jsonschema.validate(data, briefing_schema())
    lede = data["lede"]
    assert isinstance(lede, list)
    titled, plain = lede
    assert isinstance(titled, dict) and isinstance(plain, dict)
    assert (titled["title"], str(titled["title_html"])[:22]) == (
        "Key figures",
        "Key <em>figures</em><s",
    )
    assert list(plain) == ["type", "line", "variant", "blocks"]  # as before titles
    again, _ = parse(render_markdown(briefing).split("---\n", 2)[2])
    assert strip_positions(again.lede) == strip_positions(briefing.lede)


def test_render_callout_title_shows_and_names_the_box(tmp_path: Path) -> None:
    briefing, _ = parse("> [!WARNING] Take-up is *low*[^a]\n> Text.\n\n[^a]: A note.\n")
    (box,) = rendered(briefing, tmp_path).xpath("//aside[@role='note']")
    assert box.get("class") == "callout callout-warning"
    assert box.get("aria-label") == "Take-up is low"
    (title,) = box.xpath("./div[@class='callout-title']")
    assert title.xpath("./em/text()") == ["low"]
    assert title.text_content() == "Take-up is low1"


def test_render_callout_title_is_indexed_where_the_kinds_name_is_not(tmp_path: Path) -> None:
    """The author's words are the page's to search; the kind's name is the theme's label."""
    config = dataclasses.replace(sample_config(), search=True)
    briefing, _ = parse("> [!TIP] Take-up\n> Text.\n\n> [!TIP]\n> Text.\n")
    html = Renderer(config, tmp_path).render_briefing(briefing, Site(config, (briefing.entry(),)))
    titles = lxml.html.document_fromstring(html).xpath("//div[@class='callout-title']")
    assert [(t.text, t.get("data-pagefind-ignore")) for t in titles] == [
        ("Take-up", None),
        ("Tip", ""),
    ]


def test_render_callout_without_title_keeps_the_kinds_name(tmp_path: Path) -> None:
    briefing, _ = parse("> [!CAUTION]\n> Text.\n")
    (box,) = rendered(briefing, tmp_path).xpath("//aside[@role='note']")
    assert box.get("aria-label") == "Caution"
    assert box.xpath("./div[@class='callout-title']/text()") == ["Caution"]


def test_render_callout_title_is_the_authors_words_on_a_page_in_another_language(
    tmp_path: Path,
) -> None:
    """The kind's name is the theme's label, translated; a title the author wrote is shown as
    written (a Spanish library's "En síntesis" over a Spanish page's "Consejo")."""
    config = dataclasses.replace(sample_config(), language="es")
    briefing, _ = parse("> [!TIP] En síntesis\n> Texto.\n\n> [!TIP]\n> Otro.\n")
    site = Site(config, (briefing.entry(),))
    page = lxml.html.document_fromstring(Renderer(config, tmp_path).render_briefing(briefing, site))
    assert page.xpath("//aside[@role='note']/@aria-label") == ["En síntesis", "Consejo"]
    assert page.xpath("//div[@class='callout-title']/text()") == ["En síntesis", "Consejo"]


@pytest.mark.parametrize("written", ['!!! note "En síntesis"', "/// note | En síntesis"])
def test_an_admonition_with_a_title_is_hinted_to_a_callout_that_keeps_it(written: str) -> None:
    """MkDocs' admonitions carry a title: the callout that replaces one can carry it too."""
    _, diagnostics = parse_briefing("content/t.md", HEAD + f"{written}\n\nTexto.\n")
    hints = [d.hint for d in diagnostics]
    assert (
        "write a callout: `> [!NOTE]` and its title if any on its own line, then the text in "
        "`> ` lines"
    ) in hints


def test_callout_title_of_a_note_alone_is_warned_and_the_box_named_by_its_kind(
    tmp_path: Path,
) -> None:
    briefing, warnings = parse("> [!TIP] [^a]\n> Text.\n\n[^a]: A note.\n")
    assert warnings == [
        "content/t.md:6:3: warning: callout title has no words, only a note's number; the box "
        "is named by its kind"
    ]
    (box,) = rendered(briefing, tmp_path).xpath("//aside[@role='note']")
    assert box.get("aria-label") == "Tip"


@pytest.mark.parametrize(
    "first_lines",
    [
        "[!NOTE] See [the long\n> report](https://example.org/r) for more.",
        "[!TIP] *An emphasised\n> title* and body.",
        "[!NOTE] **Strong\n> words** and body.",
        "[!NOTE] ~~old\n> new~~ body.",
    ],
)
def test_callout_title_whose_span_runs_onto_the_next_line_is_no_title(
    first_lines: str, tmp_path: Path
) -> None:
    """The title is the marker's line: a span cut at its end would split the title's element."""
    briefing, warnings = parse(f"> {first_lines}\n")
    callout = the_callout(briefing)
    assert warnings == [
        "content/t.md:6:3: warning: callout title runs on past the marker's line (a link or "
        "emphasis goes on to the next); the box is named by its kind, its text kept below"
    ]
    assert callout.title is None
    (shown,) = callout.blocks
    assert isinstance(shown, Paragraph) and not shown.text.text.startswith("[!")
    page = rendered(briefing, tmp_path)
    (box,) = page.xpath("//aside[@role='note']")
    (title,) = box.xpath("./div[@class='callout-title']")
    assert len(title) == 0  # the kind's name, no element cut in two
    (body,) = box.xpath("./p")
    assert body.text_content().split() == shown.text.text.split()


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("<!-- draft title -->", "<!-- draft title -->"),
        ("&nbsp;", "&nbsp;"),
        ("[](https://example.org)", "[](https://example.org)"),
    ],
)
def test_callout_title_that_shows_nothing_gives_the_box_its_kinds_name(
    title: str, shown: str
) -> None:
    briefing, warnings = parse(f"> [!WARNING] {title}\n> Body.\n")
    assert the_callout(briefing).title is None
    assert (
        f"content/t.md:6:3: warning: callout title `{shown}` shows no words; the box is "
        "named by its kind"
    ) in warnings


def test_callout_title_of_a_no_break_space_alone_names_it() -> None:
    """Not "callout title `` shows no words": the character no one sees is named."""
    briefing, warnings = parse("> [!TIP]\u00a0\n> Body.\n")
    assert the_callout(briefing).title is None
    assert warnings == [
        "content/t.md:6:3: warning: callout title of U+00A0 NO-BREAK SPACE alone shows no "
        "words; the box is named by its kind"
    ]


def test_callout_title_of_a_note_and_punctuation_is_warned_as_a_note_alone(
    tmp_path: Path,
) -> None:
    """A note's number is no word, so `[^a]:` names nothing but a colon; the hint keeps the
    kind the author wrote."""
    briefing, diagnostics = parse_briefing(
        "content/t.md", HEAD + "> [!CAUTION] [^a]:\n> Text.\n\n[^a]: A note.\n"
    )
    assert [format_diagnostic(d) for d in diagnostics] == [
        "content/t.md:6:3: warning: callout title has no words, only a note's number; the box "
        "is named by its kind\n"
        "  hint: write the title's words before the note: `> [!CAUTION] Title[^1]`"
    ]
    assert briefing is not None
    (box,) = rendered(briefing, tmp_path).xpath("//aside[@role='note']")
    assert box.get("aria-label") == "Caution"


@pytest.mark.parametrize("first_line", [r"\[!NOTE] Literal marker", r"\[!NOTE]", "&#91;!TIP] T"])
def test_escaped_callout_marker_is_a_quote_shown_as_written(first_line: str) -> None:
    """A backslash (or a character reference) writes the marker as text, as on GitHub."""
    briefing, warnings = parse(f"> {first_line}\n> Body\n")
    (quote,) = briefing.lede
    assert isinstance(quote, Quote) and isinstance(quote.blocks[0], Paragraph)
    assert quote.blocks[0].text.text.startswith(("[!NOTE]", "[!TIP]"))
    assert warnings == []


@pytest.mark.parametrize("title", ["💡", "⚠️", "★★★"])
def test_callout_title_of_an_emoji_or_symbol_is_a_title(title: str) -> None:
    briefing, warnings = parse(f"> [!TIP] {title}\n> Body\n")
    callout = the_callout(briefing)
    assert (warnings, callout.title and callout.title.text) == ([], title)
