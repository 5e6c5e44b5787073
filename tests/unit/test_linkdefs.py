"""Link reference definitions no link uses are a warning at their line, never dropped silently."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.content.validate import validate_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Callout, Paragraph, Quote
from tests.conftest import uncapped
from tests.cpubound import cpu_seconds_within

FRONT = "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n\n"


def _warnings(body: str) -> list[str]:
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    diagnostics += validate_briefing(briefing) if briefing is not None else []
    return [format_diagnostic(d) for d in diagnostics]


def test_linkdefs_unused_citation_is_a_warning_at_its_line() -> None:
    body = (
        "The report found a sharp rise in displacement [1], and internal displacement rose too.\n"
        "\n"
        '[1]: https://www.unhcr.org/global-trends "UNHCR, Global Trends 2026"\n'
        '[2]: https://www.idmc.ch/grid-2026 "IDMC, Global Report on Internal Displacement 2026"\n'
    )
    assert _warnings(body) == [
        "content/a.md:10:1: warning: link definition `[2]` is never used; it is not shown\n"
        "  hint: link to it with `[text][2]`, list the work under `sources:` in the front"
        " matter, or delete it"
    ]


@pytest.mark.parametrize(
    ("line", "label", "word"),
    [
        ("[Source]: ONS", "Source", "ONS"),
        ("[Note]: Provisional.", "Note", "Provisional."),
        ("[Nota]: Próximamente", "Nota", "Próximamente"),
    ],
)
def test_linkdefs_an_unused_definition_whose_address_is_a_word_is_hinted_as_text(
    line: str, label: str, word: str
) -> None:
    """hunt11: an editor's `[Source]: ONS` line vanished, and the hint offered only a link,
    `sources:` or deleting it, never how to show the line."""
    assert _warnings(f"The figures follow.\n\n{line}\n") == [
        f"content/a.md:9:1: warning: link definition `[{label}]` is never used; it is not shown\n"
        f"  hint: `{word}` reads as a word, not an address: to show the line as text, write"
        f" `\\[{label}]:` for `[{label}]:`; or link to it with `[text][{label}]`, or delete it"
    ]


@pytest.mark.parametrize("address", ["report.pdf", "www.oecd.org", "/about/", "#top", "a/b"])
def test_linkdefs_an_unused_definition_of_an_address_is_hinted_as_a_link(address: str) -> None:
    assert _warnings(f"Text.\n\n[r]: {address}\n")[-1].endswith(
        "hint: link to it with `[text][r]`, list the work under `sources:` in the front matter,"
        " or delete it"
    )


@pytest.mark.parametrize(
    "use",
    [
        "[the report][ref]",
        "[REF][]",
        "[Ref]",
        "![a chart][ref]",
        "| a |\n|---|\n| [x][ref] |",
        "- [ ] check [ref]",
        "## Heading [ref]\n\nText.",
        "Text.[^n]\n\n[^n]: As [ref] says.",
        "> [!NOTE]\n> See [ref].",
        "Term\n: See [ref].",
    ],
)
def test_linkdefs_a_definition_any_link_uses_is_no_warning(use: str) -> None:
    body = f"{use}\n\n[ref]: https://example.org/chart.png\n"
    assert [w for w in _warnings(body) if "link definition" in w] == []


@pytest.mark.parametrize(
    ("used", "defined"), [("cafe\u0301", "caf\u00e9"), ("caf\u00e9", "cafe\u0301")]
)
def test_linkdefs_a_label_links_whatever_the_unicode_form_of_its_accents(
    used: str, defined: str
) -> None:
    """`[café]` with its accent decomposed and `[café]:` composed look alike: the link was
    shown as text with "no definition", and the definition warned as never used."""
    briefing, diagnostics = parse_briefing(
        "content/a.md", FRONT + f"See [the data][{used}].\n\n[{defined}]: https://example.org/\n"
    )
    assert diagnostics == []
    assert briefing is not None
    paragraph = briefing.lede[0]
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text.html == 'See <a href="https://example.org/">the data</a>.'


@pytest.mark.parametrize(
    "body",
    ["Only `[ref]` in code.\n", "Only \\[ref] escaped.\n", "```\n[ref]\n```\n", "    [ref]\n"],
)
def test_linkdefs_a_label_in_code_or_escaped_is_no_use(body: str) -> None:
    warnings = _warnings(f"{body}\n[ref]: https://example.org/\n")
    assert [w.split("\n")[0].split(": warning: ")[1] for w in warnings] == [
        "link definition `[ref]` is never used; it is not shown"
    ]


def test_linkdefs_a_references_section_of_definitions_warns_at_each() -> None:
    body = "Text.\n\n## References\n\n[a]: https://a.example/\n[b]: https://b.example/\n"
    assert [w.split("\n")[0] for w in _warnings(body)] == [
        "content/a.md:11:1: warning: link definition `[a]` is never used; it is not shown",
        "content/a.md:12:1: warning: link definition `[b]` is never used; it is not shown",
        "content/a.md:9:1: warning: section `References` holds only link definitions"
        " (`[1]: https://…`), which are shown only through the links that use them: it shows"
        " empty",
    ]


def test_linkdefs_many_definitions_and_links_take_linear_time() -> None:
    count = 14_000
    links = " ".join(f"[x][d{n}]" for n in range(0, count, 2))
    definitions = "".join(f"[d{n}]: https://example.org/{n}\n" for n in range(count))
    found, seconds, bound = cpu_seconds_within(lambda: _warnings(f"{links}\n\n{definitions}"), 3.5)
    unused = [w for w in uncapped(found) if "never used" in w]
    assert (len(unused), seconds < bound) == (count // 2, True), (
        f"took {seconds:.1f} s, more than {bound:.1f} s"
    )


def test_linkdefs_callout_marker_with_a_colon_is_warned_as_a_marker() -> None:
    """`> [!WARNING]: Deadline` reads as a link definition, so the box and its title vanish."""
    assert _warnings("> [!WARNING]: Deadline\n>\n> Body text here.\n") == [
        "content/a.md:7:3: warning: `[!WARNING]:` is read as a link definition, not a callout "
        "marker, so it is not shown\n"
        "  hint: remove the `:` after the marker: `> [!WARNING] Title`"
    ]


@pytest.mark.parametrize(
    ("body", "definition"),
    [
        ("> [!WARNING]\n> Watch.\n\n[!WARNING]: https://example.org/x\n", 10),
        ("> [!WARNING]: Deadline\n> Text.\n\n> [!WARNING]\n> Watch.\n", 7),  # one in a quote
        ("> [!warning]\n> Watch.\n\n[!Warning]: <https://example.org/x>\n", 10),  # any case
    ],
    ids=["definition", "in-a-quote", "case"],
)
def test_linkdefs_definition_labelled_as_a_callout_marker_leaves_its_markers_callouts(
    body: str, definition: int
) -> None:
    """A definition anywhere in a file (a quote's too) made markdown-it read each `[!WARNING]`
    of the file as a link to it: every `> [!WARNING]` box was a quote, with no warning."""
    briefing, _ = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    assert [block.kind for block in briefing.lede][-1] == "callout"
    warnings = _warnings(body)
    assert len(warnings) == 1
    assert warnings[0].startswith(f"content/a.md:{definition}:"), warnings


def test_linkdefs_definition_labelled_as_a_callout_marker_links_what_names_it() -> None:
    """Only a quote's first line holds a callout's marker: every lookup of `[!note]` was
    refused, so these links were shown as raw brackets, warned of at the definition only."""
    body = (
        "See the [guide][!note] and [!note] and [!NOTE][] for more.\n\n"
        "> [!NOTE]\n> A box.\n\n[!note]: https://example.org/guide\n"
    )
    briefing, found = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None and found == []
    paragraph, callout = briefing.lede
    assert isinstance(paragraph, Paragraph) and isinstance(callout, Callout)
    assert paragraph.text.html.count('<a href="https://example.org/guide">') == 3


def test_linkdefs_definition_labelled_as_a_callout_marker_no_link_uses_is_never_used() -> None:
    assert _warnings("> [!NOTE]\n> A box.\n\n[!NOTE]: https://example.org/x\n") == [
        "content/a.md:10:1: warning: link definition `[!NOTE]` is never used; it is not shown\n"
        "  hint: link to it with `[text][!NOTE]`, list the work under `sources:` in the front"
        " matter, or delete it"
    ]


@pytest.mark.parametrize(
    ("body", "lines", "meant"),
    [
        ("> [!WARNING]: Deadline\n> Text.\n\nSee [!warning].\n", [7], "WARNING"),  # used
        ("> [!TIP|wide]: Deadline\n> Text.\n", [7], "TIP"),
        (f"> [!{'A' * 50}]: Deadline\n> Text.\n", [7], "A" * 50),
        ("> [!NOTE]: Deadline\n> Text.\n\n> [!Note]: Other\n> Text.\n", [7, 10], "NOTE"),
    ],
    ids=["used", "options", "long", "twice"],
)
def test_linkdefs_callout_marker_and_colon_in_a_quote_is_warned_as_a_marker(
    body: str, lines: list[int], meant: str
) -> None:
    """Not as a definition never used ("link to it with `[text][!TIP|wide]`"), nor as one
    defined twice: the quote's first line it took is lost whether a link names it or not."""
    warnings = _warnings(body)
    assert [int(found.split(":")[1]) for found in warnings] == lines, warnings
    for found in warnings:
        message, hint = found.split("\n  hint: ")
        assert message.endswith(
            "is read as a link definition, not a callout marker, so it is not shown"
        ), found
        assert hint == f"remove the `:` after the marker: `> [!{meant}] Title`", found


def test_linkdefs_a_definition_labelled_as_a_marker_with_options_makes_no_marker_a_link() -> None:
    """`[!TIP|wide]: https://…` made `> [!TIP|wide] Title` a link, with no warning of the
    options a callout takes none of."""
    body = "> [!TIP|wide] Title\n> Text.\n\n[!tip|wide]: https://example.org/x\n"
    briefing, found = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None and isinstance(briefing.lede[0], Quote)
    assert [format_diagnostic(d).split("\n")[0] for d in found] == [
        "content/a.md:7:3: warning: `[!TIP|wide]` is not a callout marker: a callout takes no "
        "`|` options; shown as a quote",
        "content/a.md:10:1: warning: link definition `[!tip|wide]` is never used; it is not shown",
    ]


@pytest.mark.parametrize("marker", ["[ !NOTE]", "[\u00a0!NOTE]", "[!NOTE\u202f]"])
def test_linkdefs_a_marker_spaced_at_a_quote_s_first_line_is_no_link_either(marker: str) -> None:
    """Its label is the marker's once spaces are trimmed: the slip was a link, not warned."""
    body = f"> {marker}\n> Watch.\n\n[!note]: https://example.org/x\n"
    warnings = [w.split("\n")[0] for w in _warnings(body)]
    assert [w.split(" is not a callout marker: ")[0] for w in warnings] == [
        f"content/a.md:7:3: warning: `{marker}`",
        "content/a.md:10:1: warning: link definition `[!note]` is never used; it is not shown",
    ]
