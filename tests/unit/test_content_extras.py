"""Footnotes, sources, callouts, task lists, strikethrough, autolinks and shortcode warnings."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import lxml.html
import pytest
from markdown_it import MarkdownIt

from briefgen.content.parse import parse_briefing
from briefgen.content.writer import render_markdown
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Briefing, BulletList, Callout, Paragraph, Quote, Table
from briefgen.site.jsonmodel import briefing_schema, briefing_to_json
from tests.conftest import cpu_seconds, uncapped
from tests.cpubound import cpu_seconds_within
from tests.unit.model_shape import strip_positions

HEAD = "---\ntitle: T\ndate: 2026-01-01\n---\n\n"
SAMPLE = (
    HEAD
    + "Text[^a] and ~~old~~ https://example.org/x and[^a] again.\n\n"
    + "| A | B |\n|---|---|\n| x[^b] | y |\n\n"
    + "- [x] done\n- [ ] **Term:** open\n\n"
    + "> [!WARNING]\n> Watch out.\n\n"
    + "[^a]: First note[^b].\n\n"
    + "[^b]: Second note.\n"
)


def parse(text: str) -> tuple[Briefing, list[str]]:
    briefing, diagnostics = parse_briefing("content/t.md", text)
    assert briefing is not None, diagnostics
    return briefing, [format_diagnostic(d).split("\n")[0] for d in diagnostics]


def test_parse_footnotes_numbers_notes_by_first_reference() -> None:
    briefing, warnings = parse(SAMPLE)
    assert warnings == []
    assert [(n.label, n.number, n.references) for n in briefing.notes] == [("a", 1, 2), ("b", 2, 2)]
    first = briefing.lede[0]
    assert isinstance(first, Paragraph)
    html = lxml.html.fragment_fromstring(first.text.html, create_parent="p")
    links = html.xpath("//sup[@class='note-ref']/a")
    assert [(a.get("href"), a.get("id"), a.text) for a in links] == [
        ("#fn-1", "fnref-1", "1"),
        ("#fn-1", "fnref-1-2", "1"),
    ]
    assert "<s>old</s>" in first.text.html
    assert '<a href="https://example.org/x">https://example.org/x</a>' in first.text.html


def test_parse_task_list_and_callout() -> None:
    briefing, _ = parse(SAMPLE)
    tasks, callout = briefing.lede[2], briefing.lede[3]
    assert isinstance(tasks, BulletList) and isinstance(callout, Callout)
    assert [(i.checked, i.text.text) for i in tasks.items] == [(True, "done"), (False, "open")]
    assert callout.variant == "warning"
    assert isinstance(callout.blocks[0], Paragraph)
    assert callout.blocks[0].text.text == "Watch out."


@pytest.mark.parametrize("variant", ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"])
def test_parse_callout_variants(variant: str) -> None:
    briefing, _ = parse(HEAD + f"> [!{variant}]\n> Text.\n")
    assert isinstance(briefing.lede[0], Callout)
    assert briefing.lede[0].variant == variant.lower()


def test_json_of_new_blocks_validates_against_the_schema() -> None:
    briefing, _ = parse(SAMPLE.replace("---\n\n", "---\n\n", 1))
    data = briefing_to_json(briefing)
    jsonschema.validate(data, briefing_schema())
    assert [note["label"] for note in data["notes"]] == ["a", "b"]  # type: ignore[attr-defined]


def test_sources_are_read_and_in_json() -> None:
    text = HEAD.replace(
        "---\n\n",
        "sources:\n  - title: Report\n    url: https://example.org/r\n"
        "    publisher: Office\n    accessed: 2026-01-02\n---\n\nBody.\n",
        1,
    ).replace("---\ntitle", "---\ntitle", 1)
    text = HEAD[:-6] + text[len(HEAD) - 6 :]
    briefing, warnings = parse(text)
    assert warnings == []
    assert briefing.meta.sources[0].title == "Report"
    data = briefing_to_json(briefing)
    jsonschema.validate(data, briefing_schema())
    assert data["sources"] == [
        {
            "title": "Report",
            "url": "https://example.org/r",
            "publisher": "Office",
            "published": None,
            "accessed": "2026-01-02",
        }
    ]


def test_sources_errors_point_at_their_line() -> None:
    text = "---\ntitle: T\ndate: 2026-01-01\nsources:\n  - url: ftp://x.org/a\n---\n\nBody.\n"
    _, diagnostics = parse_briefing("content/t.md", text)
    assert [format_diagnostic(d).split("\n")[0] for d in diagnostics] == [
        "content/t.md:5:5: error: `sources` item 1 has no `title`",
        "content/t.md:5:5: error: `sources` item 1: `url` must be a web address (http:// or https://),"
        " got `ftp://x.org/a`",
    ]


@pytest.mark.parametrize(
    ("source", "message", "hint"),
    [
        (
            "{title: R, url: www.oecd.org/report}",
            "`url` must be a web address (http:// or https://), got `www.oecd.org/report`",
            "write `https://www.oecd.org/report`",
        ),
        (
            "{title: R, url: 'https:/oecd.org'}",
            "`url` must be a web address (http:// or https://), got `https:/oecd.org`",
            "write `https://oecd.org`",
        ),
        (
            "{title: R, url: ../budget/}",
            "`url` must be a web address (http:// or https://), got `../budget/`",
            "a source is a work elsewhere: link a page of this site from the text instead",
        ),
        (
            # A file's name, not the host `https://annex.pdf` it was hinted as.
            "{title: R, url: annex.pdf}",
            "`url` must be a web address (http:// or https://), got `annex.pdf`",
            "write the address a browser shows for the work, from `https://`; a file of your "
            "own goes in static/, linked from the text",
        ),
        ("{title: '', url: 'https://oecd.org'}", "`title` is empty", "write the work's title"),
        ("{title: R, publisher: ' '}", "`publisher` is empty", "write it, or remove the line"),
    ],
)
def test_a_sources_field_of_no_use_is_told_with_what_to_write(
    source: str, message: str, hint: str
) -> None:
    """A blank title was "must be text", hint "quote it" (it was quoted), beside "has no
    `title`"; an address with no scheme or one slash had no hint at all."""
    text = f"---\ntitle: T\ndate: 2026-01-01\nsources:\n  - {source}\n---\n\nBody.\n"
    _, diagnostics = parse_briefing("content/t.md", text)
    assert [(d.message, d.hint) for d in diagnostics] == [(f"`sources` item 1: {message}", hint)]


def test_a_source_listed_twice_is_shown_once_with_a_warning_at_the_second() -> None:
    """A list pasted twice showed each work twice, without a word; one with another
    address, or the same title from another publisher, is another work."""
    report = "  - {title: Report, url: https://example.org/r}\n"
    other = "  - {title: Report, url: https://example.org/s}\n"
    text = f"---\ntitle: T\ndate: 2026-01-01\nsources:\n{report}{other}{report}---\n\nBody.\n"
    briefing, diagnostics = parse_briefing("content/t.md", text)
    assert briefing is not None
    assert [s.url for s in briefing.meta.sources] == [
        "https://example.org/r",
        "https://example.org/s",
    ]
    assert [format_diagnostic(d) for d in diagnostics] == [
        "content/t.md:7:5: warning: `sources` item 3 repeats item 1: shown once\n"
        "  hint: delete one of them"
    ]


def test_diagnostics_for_notes_callouts_and_shortcodes() -> None:
    text = HEAD + "A[^missing] {{< youtube x >}}\n\n> [!FOO]\n> q\n\n[^unused]: never cited.\n"
    _, warnings = parse(text)
    assert warnings == [
        "content/t.md:6:2: warning: note `[^missing]` has no definition; shown as text",
        "content/t.md:8:3: warning: unknown callout `[!FOO]`; shown as a quote",
        "content/t.md:11:1: warning: note `[^unused]` is never referred to",
        "content/t.md:6:13: warning: Hugo/Jekyll shortcodes are not supported;"
        " `{{< youtube x >}}` is shown as text",
    ]


def test_unknown_callout_stays_a_quote() -> None:
    briefing, _ = parse(HEAD + "> [!FOO]\n> q\n")
    assert isinstance(briefing.lede[0], Quote)


@pytest.mark.parametrize(
    "text",
    [
        SAMPLE,
        HEAD + "> [!NOTE]\n\n> [!TIP]\n> - a\n> - b\n",
        HEAD + "- [ ] one\n  - [x] nested\n",
        HEAD + "A ~~b~~ c[d](https://e.org) ~ tilde\n",
        HEAD + "A[^n].\n\n[^n]: One.\n\n    ```\n    code\n    ```\n",
    ],
)
def test_write_markdown_round_trips_new_blocks(text: str) -> None:
    briefing, _ = parse(text)
    again, _ = parse(render_markdown(briefing))
    assert strip_positions(again) == strip_positions(briefing)


def test_every_block_fixture_validates(tmp_path: Path) -> None:
    source = Path(__file__).parents[1] / "projects" / "kitchen-sink" / "content" / "every-block.md"
    briefing, _ = parse_briefing("content/every-block.md", source.read_text(encoding="utf-8"))
    assert briefing is not None
    jsonschema.validate(briefing_to_json(briefing), briefing_schema())
    kinds = {block.kind for section in briefing.sections for block in section.blocks}
    assert {"callout", "list", "table", "quote", "code", "rule", "paragraph"} <= kinds
    assert briefing.notes and briefing.meta.sources


def test_a_table_in_a_note_has_its_csv_and_validates_against_the_schema() -> None:
    text = HEAD + "A claim.[^1]\n\n[^1]: Data:\n\n    | a | b |\n    |---|---|\n    | 1 | 2 |\n"
    briefing, _ = parse(text)
    data = briefing_to_json(briefing)
    jsonschema.validate(data, briefing_schema())
    table = data["notes"][0]["blocks"][1]  # type: ignore[index]
    assert table["csv"].endswith("/tables/1-a-b.csv")


@pytest.mark.parametrize(
    ("first_line", "marker", "after"),
    [
        ("[!WARNING]:", "[!WARNING]", ":"),
        ("[!note] —", "[!NOTE]", "—"),
        ("[!TIP] ...", "[!TIP]", "..."),
    ],
)
def test_a_callout_marker_followed_by_punctuation_alone_is_hinted_without_it(
    first_line: str, marker: str, after: str
) -> None:
    """`> [!WARNING]:` was told to keep its "title" in bold, `> **:**`."""
    _, (found,) = parse_briefing("content/t.md", HEAD + f"> {first_line}\n> Colon after.\n")
    assert found.hint == (
        f"put the marker alone on the quote's first line, without the `{after}` after it: "
        f"`> {marker}`, then the text on the next"
    )


def test_an_unknown_callout_is_warned_at_its_marker_in_a_list_too() -> None:
    """It was placed at column 1, while a slipped marker (`[! NOTE]`) is placed at its `[`."""
    _, warnings = parse(HEAD + "- item\n\n  >  [!BAR]\n  > x\n")
    assert warnings == ["content/t.md:8:6: warning: unknown callout `[!BAR]`; shown as a quote"]


@pytest.mark.parametrize(
    ("first_line", "at", "why"),
    [
        ("[! NOTE]", 3, "`[! NOTE]` is not a callout marker: it has a space inside its brackets"),
        ("[!TIP ]", 3, "`[!TIP ]` is not a callout marker: it has a space inside its brackets"),
        ("[!NOTE", 3, "`[!NOTE` is not a callout marker: its closing `]` is missing"),
        ("[NOTE]", 3, "`[NOTE]` is not a callout marker: its `!` is missing"),
        ("![WARNING]", 3, "`![WARNING]` is not a callout marker: its `!` is outside its brackets"),
        ("**[!NOTE]**", 3, "`**[!NOTE]**` is not a callout marker: it is written in bold"),
        ("*[!TIP]* Title", 3, "`*[!TIP]*` is not a callout marker: it is written in italics"),
        (
            "__[!WARNING] Costs__",
            3,
            "`__[!WARNING]` is not a callout marker: it is written in bold",
        ),
        (
            "[!NOTE\u200b]",
            9,  # at the character no one sees
            "`[!NOTE]` is not a callout marker: it holds an invisible character (U+200B)",
        ),
        (
            "[!\u00adWARNING]",
            5,
            "`[!WARNING]` is not a callout marker: it holds an invisible character (U+00AD)",
        ),
        (
            "[!NOTE]&#8203;",
            10,  # at the reference, as typed
            "`[!NOTE]` is not a callout marker: it holds an invisible character (U+200B)",
        ),
        (
            "[!NOTE&#x200B;]",
            9,
            "`[!NOTE]` is not a callout marker: it holds an invisible character (U+200B)",
        ),
        (
            "[!TIP] &shy;",
            10,
            "`[!TIP]` is not a callout marker: it holds an invisible character (U+00AD)",
        ),
        *(  # before the marker, or between it and its title: at the character, as typed
            (
                line,
                at,
                f"`[!{name}]` is not a callout marker: it holds an invisible character (U+{code})",
            )
            for line, at, name, code in (
                ("&#8203;[!NOTE]", 3, "NOTE", "200B"),
                ("&#x200B;[!TIP] Title", 3, "TIP", "200B"),
                ("\u200b[!TIP] Title", 3, "TIP", "200B"),
                ("[!TIP]&#8203; Title", 9, "TIP", "200B"),
                ("[!WARNING] &shy;Costs", 14, "WARNING", "00AD"),
            )
        ),
        *(  # beside a space inside the brackets, before a title: once silent
            (
                line,
                at,
                f"`{shown}` is not a callout marker: it holds an invisible character (U+200B) "
                "and has a space inside its brackets",
            )
            for line, at, shown in (
                ("[!TIP \u200b] Title", 9, "[!TIP ]"),
                ("[!TIP &#8203;] Title", 9, "[!TIP ]"),
                ("[! TIP\u200b] Title", 9, "[! TIP]"),
            )
        ),
        *(  # French spacing, as Word's and macOS's autocorrect types it
            (
                marker,
                3,
                f"`{marker}` is not a callout marker: it has a space inside its brackets "
                f"(U+{ord(space):04X} {name})",
            )
            for marker, space, name in (
                ("[\u00a0!NOTE]", "\u00a0", "NO-BREAK SPACE"),
                ("[\u202f!NOTE]", "\u202f", "NARROW NO-BREAK SPACE"),
                ("[!NOTE\u00a0]", "\u00a0", "NO-BREAK SPACE"),
            )
        ),
    ],
)
def test_a_callout_marker_nearly_written_is_a_quote_with_a_warning(
    first_line: str, at: int, why: str
) -> None:
    """GitHub reads `[!NOTE]` as written only: a slip leaves the marker on the page."""
    briefing, warnings = parse(HEAD + f"> {first_line}\n> Text.\n")
    assert isinstance(briefing.lede[0], Quote)
    assert warnings == [f"content/t.md:6:{at}: warning: {why}; shown as a quote"]


@pytest.mark.parametrize(
    ("first_line", "marker", "meant", "named"),
    [
        ("[! NOTE] Key points", "[! NOTE]", "NOTE", ""),
        ("[!TIP ] *Read* this first", "[!TIP ]", "TIP", ""),
        ("[ !warning] Deadline", "[ !warning]", "WARNING", ""),
        ("[! CAUTION] **Costs**", "[! CAUTION]", "CAUTION", ""),
        ("[\u00a0!NOTE] Titre", "[\u00a0!NOTE]", "NOTE", " (U+00A0 NO-BREAK SPACE)"),
    ],
)
def test_a_callout_marker_with_a_space_inside_and_a_title_is_a_quote_with_a_warning(
    first_line: str, marker: str, meant: str, named: str
) -> None:
    """`> [! NOTE]` alone was warned of, while `> [! NOTE] Title` was a quote showing the
    marker, with no warning."""
    briefing, found = parse_briefing("content/t.md", HEAD + f"> {first_line}\n> Text.\n")
    assert briefing is not None and isinstance(briefing.lede[0], Quote)
    assert [format_diagnostic(d) for d in found] == [
        f"content/t.md:6:3: warning: `{marker}` is not a callout marker: it has a space inside "
        f"its brackets{named}; shown as a quote\n"
        f"  hint: write `[!{meant}]` with no space inside its brackets: `> [!{meant}] Title`"
    ]


@pytest.mark.parametrize(
    ("first_line", "marker", "meant", "why"),
    [
        ("[!NOTE Key points", "[!NOTE", "NOTE", "its closing `]` is missing"),
        ("[!TIP read this first", "[!TIP", "TIP", "its closing `]` is missing"),
        (
            "[!WARNING Deadline] soon",
            "[!WARNING Deadline]",
            "WARNING",
            "its `]` comes after the title",
        ),
    ],
)
def test_a_callout_marker_without_its_bracket_before_a_title_is_a_quote_with_a_warning(
    first_line: str, marker: str, meant: str, why: str
) -> None:
    """`> [!NOTE` alone was warned of, while `> [!NOTE Key points` showed its marker as text
    with no warning."""
    briefing, found = parse_briefing("content/t.md", HEAD + f"> {first_line}\n> Text.\n")
    assert briefing is not None and isinstance(briefing.lede[0], Quote)
    assert [format_diagnostic(d) for d in found] == [
        f"content/t.md:6:3: warning: `{marker}` is not a callout marker: {why}; shown as a quote\n"
        f"  hint: write `> [!{meant}] Title`"
    ]


@pytest.mark.parametrize(
    "first_line",
    [
        "[!wow that was close",
        "[!NOTEs are due Friday",
        "[!note to self: buy milk",
        "[!important: see below]",
        "[!Note: the figures below] are provisional",
        "[!NOTE-worthy things",
        "[!caution, wet floor",
        # The README: a kind in brackets without its `!` is prose but in capitals alone.
        "[Note]",
        "[NOTE] text",
    ],
)
def test_a_bracket_and_bang_before_a_word_that_names_no_callout_kind_is_prose(
    first_line: str,
) -> None:
    briefing, found = parse_briefing("content/t.md", HEAD + f"> {first_line}\n> Text.\n")
    assert briefing is not None and isinstance(briefing.lede[0], Quote)
    assert found == []


@pytest.mark.parametrize(
    ("quote", "at"),
    [
        ("- item\n\n  > [!NOTE]&#8203;\n  > x\n", "8:12"),
        ("> [!NOTE]\n> Text.\n> [!TIP]&#8203;\n> More.\n", "8:9"),  # below its first line
        ("> \u200b[!NOTE]\n> x\n", "6:3"),
        ("> [!TIP&#8203;] Title\n> x\n", "6:8"),  # inside it, a title after it
    ],
)
def test_an_invisible_character_in_a_callout_marker_is_warned_of_where_it_is(
    quote: str, at: str
) -> None:
    """A reference (`&#8203;`) was looked for on the line as the character it stands for, found
    nowhere, and the warning was placed at column 1."""
    _, warnings = parse(HEAD + quote)
    assert [w.split(": warning: ")[0] for w in warnings] == [f"content/t.md:{at}"]


WIDE, HALF = "without the `|wide`", "in half-width characters"


@pytest.mark.parametrize(
    ("quote", "written", "why", "hint"),
    [
        ("> [!TIP|wide]", "[!TIP|wide]", "a callout takes no `|` options", f"`[!TIP]`, {WIDE}"),
        ("> [!note|no-icon] Key points", "[!note|no-icon]", "a callout takes no", "`[!NOTE]`, w"),
        (
            "> \uff3b!NOTE\uff3d",
            "\uff3b!NOTE\uff3d",
            "it holds full-width characters (`\uff3b`, `\uff3d`)",
            f"`[!NOTE]`, {HALF}",
        ),
        (
            "> \uff3b\uff01NOTE\uff3d 要点",
            "\uff3b\uff01NOTE\uff3d",
            "it holds full-width characters (`\uff3b`, `\uff01`",
            f"`[!NOTE]`, {HALF}",
        ),
        (
            "> \uff3b!\uff34\uff29\uff30\uff3d",
            "\uff3b!\uff34\uff29\uff30\uff3d",
            "it holds full-width characters (`\uff3b`, `\uff34`",
            f"`[!TIP]`, {HALF}",
        ),
        ("> [!FOO|wide]", "[!FOO|wide]", "a callout takes no", "use [!NOTE], [!TIP], [!IMPO"),
    ],
    ids=["options", "options-title", "full-width", "full-width-bang", "full-width-name", "foo"],
)
def test_a_callout_marker_typed_as_none_is_a_quote_with_a_warning_at_it(
    quote: str, written: str, why: str, hint: str
) -> None:
    """Obsidian's options (`[!TIP|wide]`) and a CJK keyboard's full-width brackets made a quote
    that showed the marker, with no warning."""
    briefing, found = parse_briefing("content/t.md", HEAD + f"{quote}\n> Text.\n")
    assert briefing is not None and isinstance(briefing.lede[0], Quote)
    (warning,) = found
    message, hinted = format_diagnostic(warning).split("\n  hint: ")
    assert message.startswith(f"content/t.md:6:3: warning: `{written}` is not a callout marker: ")
    assert why in message and message.endswith("; shown as a quote")
    assert hinted.startswith(f"write {hint}" if hint.startswith("`") else hint), hinted


def test_a_callout_marker_typed_as_none_below_a_quote_s_first_line_is_warned_about() -> None:
    _, warnings = parse(HEAD + "> [!NOTE]\n> Text.\n> \uff3b!TIP\uff3d\n> More.\n")
    assert warnings == [
        "content/t.md:8:3: warning: `\uff3b!TIP\uff3d` is not a callout marker: it holds "
        "full-width characters (`\uff3b`, `\uff3d`); shown as text"
    ]


def test_a_callout_marker_nearly_written_below_a_quote_s_first_line_is_warned_about() -> None:
    _, warnings = parse(HEAD + "> [!NOTE]\n> Text.\n> [! TIP]\n> More.\n")
    assert warnings == [
        "content/t.md:8:3: warning: `[! TIP]` is not a callout marker: it has a space inside "
        "its brackets; shown as text"
    ]


@pytest.mark.parametrize(
    "quote",
    [
        *("> [!NOTE] [! x]", "> [!nOtE]\n> x", "> [!FOO] bar", "> [! two words]\n> x"),
        *("> [! wow] that was close", "> [ !x ] marks the spot", "> [! NOTE title", "> [ ] x"),
        *(
            "> [!NOTE] a\uff5cb",
            "> \uff3b注\uff3d text",
            "> \\[!TIP|wide]",
            "> [!TIP|wide](https://x.org)",
        ),
        # Japanese prose: a bracketed full-width word that names no callout's kind
        *("> \uff3b\uff01\uff2e\uff25\uff37\uff3d\u65b0\u88fd\u54c1", "> x\n> \uff3b!PR\uff3d"),
    ],
)
def test_a_callout_marker_as_written_or_plain_text_is_no_slip(quote: str) -> None:
    _, warnings = parse(HEAD + quote + "\n")
    assert not any("is not a callout marker" in w for w in warnings)


def test_a_spaced_note_label_and_an_empty_note_are_warned_about() -> None:
    text = HEAD + "A claim[^a b] and another[^b].\n\n[^b]:\n"
    briefing, warnings = parse(text)
    assert sorted(warnings) == [
        "content/t.md:6:8: warning: `[^a b]` is shown as text: a note's label has no spaces",
        "content/t.md:8:1: warning: note `[^b]` is empty",
    ]
    paragraph = briefing.lede[0]
    assert isinstance(paragraph, Paragraph) and "[^a b]" in paragraph.text.text


def test_a_spaced_note_labels_definition_is_no_link_definition() -> None:
    """The README: `[^note 1]: Ibid.` stays as text too, and is no link definition, which
    would make `[^note 1]` a link to `Ibid.`."""
    briefing, warnings = parse(HEAD + "See [^note 1] here.\n\n[^note 1]: Ibid.\n")
    shown = "`[^note 1]` is shown as text: a note's label has no spaces"
    assert warnings == [
        f"content/t.md:6:5: warning: {shown}",
        f"content/t.md:8:1: warning: {shown}",
    ]
    assert [(b.text.html if isinstance(b, Paragraph) else b) for b in briefing.lede] == [
        "See [^note 1] here.",
        "[^note 1]: Ibid.",
    ]
    assert briefing.notes == ()


@pytest.mark.parametrize(
    ("body", "at", "shown"),
    [
        ("Empty label here[^] in a sentence.\n", "6:17", "Empty label here[^] in a sentence."),
        ("Text.\n\n[^]: A note without a label.\n", "8:1", "[^]: A note without a label."),
    ],
)
def test_an_empty_note_label_is_shown_as_text_with_a_warning(
    body: str, at: str, shown: str
) -> None:
    briefing, warnings = parse(HEAD + body)
    assert warnings == [f"content/t.md:{at}: warning: `[^]` is shown as text: a note needs a label"]
    paragraph = briefing.lede[-1]
    assert isinstance(paragraph, Paragraph) and paragraph.text.text == shown


@pytest.mark.parametrize(
    ("label", "note"),
    [
        ("note 1", "Ibid."),
        ("World Bank", "https://data.worldbank.org"),
        ("", "#fn-2"),
        ("a\nb", 'op.cit "p. 4"'),
    ],
)
def test_a_misread_note_s_definition_is_text_not_a_link_definition(label: str, note: str) -> None:
    """A note's text that reads as a link's address never makes the reference a link to it."""
    body = f"Claim.[^{label}]\n\n[^{label}]: {note}\n"
    briefing, warnings = parse(HEAD + body)
    defined_at = 8 + label.count("\n")
    assert [w.split(": warning: ")[0] for w in warnings] == [
        "content/t.md:6:7",
        f"content/t.md:{defined_at}:1",
    ]
    claim, definition = briefing.lede
    assert isinstance(claim, Paragraph) and isinstance(definition, Paragraph)
    assert "<a " not in claim.text.html
    assert definition.text.html.startswith(f"[^{label}]: ")


def test_each_misread_note_reference_is_a_warning_at_its_column() -> None:
    body = (
        "Spending rose [^see table] while officials disagreed [^per ministry].\n\n"
        "Arrivals fell.[^] Departures rose.[^] Not `[^a b]` in code, nor \\[^].\n\n"
        "| [^] | [^] |\n|---|---|\n"
    )
    _, warnings = parse(HEAD + body)
    assert [w.split(": warning: ")[0] for w in sorted(warnings)] == [
        "content/t.md:10:3",
        "content/t.md:10:9",
        "content/t.md:6:15",
        "content/t.md:6:54",
        "content/t.md:8:15",
        "content/t.md:8:35",
    ]


def test_misread_note_references_in_one_line_are_found_in_linear_time() -> None:
    (_, warnings), seconds, bound = cpu_seconds_within(
        lambda: parse(HEAD + "A[^] b[^x y] " * 14_000 + "\n\n" + "[^a b" * 14_000 + "\n"), 4
    )
    assert len(uncapped(warnings)) == 28_000
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


def test_warned_tokens_of_one_line_are_placed_in_linear_time() -> None:
    """Each place is looked for on its line; a destination written with entities is never
    found as written, and searching the rest of a long line for each one was quadratic: at
    26,000 links 8 s of CPU, 12 times markdown-it's own parse of the text and over twice the
    bound, where ours takes about 2.5 times it. Bounded by that parse, measured here, not by
    seconds: both slow down alike on a loaded machine."""
    text = HEAD + " ".join(f"[a](java&#x09;script:{n})" for n in range(26_000)) + " [^x] <b>\n"
    started = cpu_seconds()
    MarkdownIt("commonmark").enable("table").parse(text)
    bare = cpu_seconds() - started
    started = cpu_seconds()
    _, warnings = parse(text)
    seconds = cpu_seconds() - started
    assert len(uncapped(warnings)) == 26_002
    assert seconds < 5 * bare + 0.5, f"took {seconds:.1f} s, the bare parse {bare:.1f} s"


def test_misread_note_references_in_an_update_are_each_warned_about() -> None:
    update = 'updates:\n  - date: 2026-01-03\n    text: "Cut[^a b] and[^]"\n---\n\n'
    _, warnings = parse(HEAD.replace("---\n\n", update, 1) + "Body.\n")
    assert [w.split(": warning: ")[1].split(" is ")[0] for w in warnings] == ["`[^a b]`", "`[^]`"]


@pytest.mark.parametrize("text", ["| a | b |", "> [!NOTE] x", "- a list", "See ![x](a.png)"])
def test_block_syntax_in_an_update_is_warned_about(text: str) -> None:
    update = f'updates:\n  - date: 2026-01-03\n    text: "{text}"\n---\n\n'
    front = HEAD.replace("---\n\n", update, 1)
    _, warnings = parse(front + "Body.\n")
    assert len(warnings) == 1 and "an update is inline text" in warnings[0]


def test_a_note_in_a_heading_is_not_one_of_its_words() -> None:
    text = HEAD + "## Funding gaps[^a]\n\nText.\n\n## Costs[^x]\n\nMore.\n\n[^a]: A note.\n"
    briefing, warnings = parse(text)
    funding, costs = briefing.sections
    assert (funding.anchor, funding.heading.text) == ("funding-gaps", "Funding gaps")
    assert 'href="#fn-1"' in funding.heading.html
    # A reference without a note stays text, in the heading's words as on the page.
    assert (costs.anchor, costs.heading.text) == ("costsx", "Costs[^x]")
    assert [w.split(": warning: ")[1] for w in warnings] == [
        "note `[^x]` has no definition; shown as text"
    ]


def test_a_note_that_cites_itself_shows_the_reference_as_text() -> None:
    text = HEAD + "Text.[^c]\n\n[^c]: See [^c] and [^d].\n\n[^d]: Back to [^c].\n"
    briefing, warnings = parse(text)
    assert [w.split(": warning: ")[1] for w in warnings] == [
        "note `[^c]` refers to itself; shown as text"
    ]
    c, d = briefing.notes
    assert (c.label, c.references, d.label, d.references) == ("c", 2, "d", 1)
    first = c.blocks[0]
    assert isinstance(first, Paragraph)
    assert first.text.text == "See [^c] and [2]."


def test_a_note_defined_inside_another_note_is_found_when_that_one_is_built() -> None:
    # `[^b]` is cited before its definition, which is met only inside note `a`: it crashed.
    briefing, warnings = parse(HEAD + "Text[^b].\n\n[^a]: [^b]: The note.\n")
    assert [(note.label, note.number) for note in briefing.notes] == [("b", 1), ("a", 2)]
    assert [w.split(": warning: ")[1] for w in warnings] == [
        "note `[^a]` is never referred to",
        "note `[^a]` is empty",
    ]


def test_a_note_reference_in_an_update_says_notes_belong_to_the_body() -> None:
    """The note is defined: the warning must not say it has no definition."""
    update = "updates:\n  - date: 2026-01-03\n    text: Fixed a figure[^a].\n---\n\n"
    front = HEAD.replace("---\n\n", update, 1)
    briefing, warnings = parse(front + "Body.[^a]\n\n[^a]: The note.\n")
    assert warnings == [
        "content/t.md:6:5: warning: note `[^a]` cannot be referred to from an update; shown as text"
    ]
    assert briefing.meta.updates[0].text.text == "Fixed a figure[^a]."


def test_a_note_only_an_update_refers_to_is_warned_of_once_at_the_update() -> None:
    """A correction's note referred to from its update alone got a second warning, "never
    referred to", whose hint (delete it) was wrong: the one problem is the reference."""
    update = "updates:\n  - date: 2026-01-03\n    text: Fixed a figure.[^fix]\n---\n\n"
    front = HEAD.replace("---\n\n", update, 1)
    briefing, warnings = parse(front + "Body.\n\n[^fix]: The figure was 12, not 21.\n")
    assert warnings == [
        "content/t.md:6:5: warning: note `[^fix]` cannot be referred to from an update; shown "
        "as text"
    ]
    assert [note.label for note in briefing.notes] == ["fix"]  # still shown, not lost


@pytest.mark.parametrize(
    "link", ["[the report[^a]](https://example.org/r)", "[the report[^a]][r]\n\n[r]: /r"]
)
def test_a_note_reference_inside_a_link_text_is_warned_about(link: str) -> None:
    """Links may not hold links: the reference wins and the link is left as written."""
    _, warnings = parse(HEAD + f"See {link}\n\n[^a]: The note.\n")
    assert warnings == [
        "content/t.md:6:16: warning: a note reference inside a link's text breaks the link;"
        " it is shown as written"
    ]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("详见https://example.org/报告。下一句。", "https://example.org/报告"),
        ("見る\uff1ahttps://example.org/a、https://example.org/b\uff01", "https://example.org/a"),
        ("\uff08https://example.org/x\uff09", "https://example.org/x"),
        ("「https://example.org/y」です", "https://example.org/y"),
    ],
)
def test_a_bare_link_ends_before_full_width_punctuation(text: str, url: str) -> None:
    """Chinese and Japanese put no space after an address: 。 and the words after it are not
    part of it."""
    briefing, warnings = parse(HEAD + text + "\n")
    assert warnings == []
    paragraph = briefing.lede[0]
    assert isinstance(paragraph, Paragraph)
    link = lxml.html.fragment_fromstring(paragraph.text.html, create_parent="p").find("a")
    assert link is not None and link.text == url


@pytest.mark.parametrize(
    "quote",
    [
        "> [!NOTE]\n> Table: Seats by party\n>\n> | A | B |\n> |---|---|\n> | 1 | 2 |\n",
        "> [!NOTE]\n> Table: Seats by party\n> | A | B |\n> |---|---|\n> | 1 | 2 |\n",
    ],
)
def test_a_caption_line_first_in_a_callout_captions_the_table_after_it(quote: str) -> None:
    """The line after the marker is a paragraph of its own: a `Table:` line there names the
    table that follows, as it does anywhere else, and is not left on the page as text."""
    briefing, warnings = parse(HEAD + quote)
    assert warnings == []
    (callout,) = briefing.lede
    assert isinstance(callout, Callout)
    (table,) = callout.blocks
    assert isinstance(table, Table)
    assert table.caption is not None and table.caption.text == "Seats by party"


def test_a_stray_caption_line_first_in_a_callout_is_warned_about() -> None:
    briefing, warnings = parse(HEAD + "> [!NOTE]\n> Table: no table after it\n\nText.\n")
    assert warnings == [
        "content/t.md:7:3: warning: `Table:` line is not right before a table; shown as text"
    ]
    (callout, _) = briefing.lede
    assert isinstance(callout, Callout) and isinstance(callout.blocks[0], Paragraph)


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("See https://example.org/a: and more", "https://example.org/a"),
        ("Ask https://example.org/q?, then", "https://example.org/q"),
        ("End https://example.org/x. Next", "https://example.org/x"),
        ("Wow https://example.org/x!", "https://example.org/x"),
        ("A https://example.org/x_ b", "https://example.org/x"),
        ("A https://example.org/x~ b", "https://example.org/x"),
        ("Then https://example.org/x, then", "https://example.org/x"),
        ("A https://example.org/x* b", "https://example.org/x"),
        ("A https://example.org/q?a=1 b", "https://example.org/q?a=1"),
        ("A https://example.org/a:b c", "https://example.org/a:b"),
    ],
)
def test_a_bare_link_leaves_trailing_punctuation_out_as_gfm_does(text: str, url: str) -> None:
    """GitHub's autolinks end before a trailing `?`, `!`, `.`, `,`, `:`, `*`, `_` or `~`."""
    briefing, warnings = parse(HEAD + text + "\n")
    assert warnings == []
    paragraph = briefing.lede[0]
    assert isinstance(paragraph, Paragraph)
    link = lxml.html.fragment_fromstring(paragraph.text.html, create_parent="p").find("a")
    assert link is not None and (link.text, link.get("href")) == (url, url)
    assert paragraph.text.text == text


@pytest.mark.parametrize(
    ("text", "url", "shown"),
    [
        ("At https://ex.org/my%20file.pdf now", "https://ex.org/my%20file.pdf", None),
        ("At <https://ex.org/a%20b?q=1%0A2> now", "https://ex.org/a%20b?q=1%0A2", None),
        (
            "At https://ex.org/caf%C3%A9%20bar",
            "https://ex.org/caf%C3%A9%20bar",
            "https://ex.org/café%20bar",
        ),
    ],
)
def test_a_link_shows_an_escaped_space_in_its_address_as_written(
    text: str, url: str, shown: str | None
) -> None:
    """`https://ex.org/my%20file.pdf` was linked whole but shown `…/my file.pdf`: an address
    with a space in it, which a reader copying it cuts there. Other escapes are shown decoded."""
    briefing, warnings = parse(HEAD + text + "\n")
    assert warnings == []
    paragraph = briefing.lede[0]
    assert isinstance(paragraph, Paragraph)
    link = lxml.html.fragment_fromstring(paragraph.text.html, create_parent="p").find("a")
    assert link is not None and (link.text, link.get("href")) == (shown or url, url)
    assert (shown or url) in paragraph.text.text


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("The tables are at https://www.ons.gov.uk/census.[^ons]", "https://www.ons.gov.uk/census"),
        (
            "Data from https://www.ons.gov.uk/census[^ons] and more.",
            "https://www.ons.gov.uk/census",
        ),
        ("See https://example.org/report.pdf.[^ons] Also", "https://example.org/report.pdf"),
        ("See https://example.org/x,[^ons]", "https://example.org/x"),
    ],
)
def test_a_bare_link_ends_before_a_note_reference(text: str, url: str) -> None:
    """The link was `census.%5B%5Eons%5D`, with `[^ons]` left raw and the note unreferred to."""
    briefing, warnings = parse(HEAD + text + "\n\n[^ons]: Office for National Statistics.\n")
    assert warnings == []
    paragraph = briefing.lede[0]
    assert isinstance(paragraph, Paragraph)
    html = lxml.html.fragment_fromstring(paragraph.text.html, create_parent="p")
    (link, note) = html.xpath("a | sup/a")
    assert (link.text, link.get("href")) == (url, url)
    assert (note.get("href"), note.text) == ("#fn-1", "1")
    assert [n.references for n in briefing.notes] == [1]


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/q?filter[status]=open",
        "https://regex101.com/?regex=[^a-z]+&flavor=python",
        "https://api.example.org/items?filter[status]=open&q[^x]=1",
    ],
)
def test_a_bare_link_keeps_brackets_that_are_no_note_reference(url: str) -> None:
    """As on GitHub, only a reference to a note the file defines ends the address: the link
    was cut at `[^a-z]`, the rest warned as a note with no definition."""
    text = (
        f"Open cases: {url}.\n\nSee the census.[^ons]\n\n[^ons]: Office for National Statistics.\n"
    )
    briefing, warnings = parse(HEAD + text)
    assert warnings == []
    paragraph = briefing.lede[0]
    assert isinstance(paragraph, Paragraph)
    link = lxml.html.fragment_fromstring(paragraph.text.html, create_parent="p").find("a")
    assert link is not None and link.text == url
    assert paragraph.text.text == f"Open cases: {url}."


def test_a_bare_link_ends_before_a_defined_note_after_an_undefined_one() -> None:
    """The label is matched as the note's reference would be, whatever its case."""
    text = (
        "See https://example.org/?q[^x]=1[^ONS] today.\n\n[^ons]: Office for National Statistics.\n"
    )
    briefing, warnings = parse(HEAD + text)
    assert warnings == []
    paragraph = briefing.lede[0]
    assert isinstance(paragraph, Paragraph)
    html = lxml.html.fragment_fromstring(paragraph.text.html, create_parent="p")
    (link, note) = html.xpath("a | sup/a")
    assert link.text == "https://example.org/?q[^x]=1"
    assert note.get("href") == "#fn-1"


@pytest.mark.parametrize(
    ("cell", "url", "notes"),
    [
        ("https://example.org/census[^ons]", "https://example.org/census", 1),
        ("https://regex101.com/?regex=[^a-z]+", "https://regex101.com/?regex=[^a-z]+", 0),
    ],
)
def test_a_bare_link_in_a_table_fence_cell_knows_the_files_notes(
    cell: str, url: str, notes: int
) -> None:
    """A YAML cell is parsed on its own: it was given no notes, so a defined `[^ons]` after a
    URL went into the address, and the note was never referred to."""
    table = f'```table\ncolumns: [Source, Link]\nrows:\n  - [ONS, "{cell}"]\n```\n'
    briefing, warnings = parse(HEAD + f"See the census.[^ons]\n\n{table}\n[^ons]: Office.\n")
    assert warnings == []
    table_block = next(b for b in briefing.lede if isinstance(b, Table))
    html = lxml.html.fragment_fromstring(table_block.rows[0][1].html, create_parent="td")
    assert [a.text for a in html.xpath("a")] == [url]
    assert len(html.xpath("sup/a")) == notes


def test_a_note_label_matches_its_definition_whatever_the_case_as_on_github() -> None:
    """GitHub matches `[^Src]` to `[^SRC]:` (labels compare case-folded); the note keeps the
    label its definition wrote, and a second definition differing only in case is a twice."""
    briefing, warnings = parse(
        HEAD + "A claim[^Src] and[^src] again.\n\n[^SRC]: The source.\n\n[^sRc]: Another.\n"
    )
    assert warnings == [
        "content/t.md:10:1: warning: note `[^sRc]` is defined twice; the first definition is used"
    ]
    (note,) = briefing.notes
    assert (note.label, note.number, note.references) == ("SRC", 1, 2)
    paragraph = briefing.lede[0]
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text.text == "A claim[1] and[1] again."


def test_a_note_label_matches_its_definition_whatever_its_unicode_form() -> None:
    """A label with its accent decomposed (NFD) and the same label composed look alike: they
    were "no definition" and "never referred to", named alike in both warnings."""
    briefing, warnings = parse(HEAD + "Prices rose.[^cafe\u0301]\n\n[^caf\u00e9]: ICO.\n")
    assert warnings == []
    assert [(n.label, n.number, n.references) for n in briefing.notes] == [("caf\u00e9", 1, 1)]


@pytest.mark.parametrize(
    "url", ["https://es.wikipedia.org/wiki/Migración", "https://example.org/报告?q=移民#第二"]
)
def test_a_source_url_may_hold_letters_of_any_script(url: str) -> None:
    """An IRI is a valid `href` (vnu agrees): only ASCII a URL may not hold must be encoded."""
    text = HEAD[:-5] + f"sources:\n  - title: Ley\n    url: {url}\n---\n\nBody.\n"
    briefing, warnings = parse(text)
    assert warnings == []
    assert briefing.meta.sources[0].url == url
