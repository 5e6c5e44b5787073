"""Links, images and definitions whose destination does not parse: a warning at each place."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from briefgen.content.parse import parse_briefing
from briefgen.content.rawlinks import raw_links
from tests.conftest import cpu_seconds, least_cpu_seconds_beside

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1


def _warnings(body: str) -> list[tuple[int, int, str]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [(d.pos.line, d.pos.column, d.message) for d in diagnostics]


@pytest.mark.parametrize(
    ("body", "column", "message"),
    [
        (
            "See [the report](https://example.org/r “IOM 2025”).\n",
            5,
            "link `[the report](https://example.org/r “IOM 2025”)` cannot be read "
            "(its title is in curly quotes); shown as text",
        ),
        (
            "![Chart of flows](my chart.png)\n",
            1,
            "image `![Chart of flows](my chart.png)` cannot be read "
            "(its address has a space); shown as text",
        ),
        (
            "Space: [annex](annex 2.pdf) here.\n",
            8,
            "link `[annex](annex 2.pdf)` cannot be read (its address has a space); shown as text",
        ),
        (
            "See [it](https://x.org/a_(b) here.\n",
            5,
            "link `[it](https://x.org/a_(b) here.` cannot be read "
            "(its `(` is never closed); shown as text",
        ),
        (
            "- [Mercury](https://en.wikipedia.org/wiki/Mercury_(planet)\n",
            3,
            "link `[Mercury](https://en.wikipedia.org/wiki/Mercury...` cannot be read "
            "(its `(` is never closed); shown as text",
        ),
        (
            "See [a](<https://x.org/a b) now.\n",
            5,
            "link `[a](<https://x.org/a b)` cannot be read "
            "(its `<` is never closed); shown as text",
        ),
        (
            "See [report](<docs/report.pdf and more.\n",
            5,
            "link `[report](<docs/report.pdf and more.` cannot be read "
            "(its `(` is never closed); shown as text",
        ),
        (
            "See [r](<docs/x.pdf> and more.\n",
            5,
            "link `[r](<docs/x.pdf> and more.` cannot be read "
            "(its `(` is never closed); shown as text",
        ),
        (
            "See [a](<annex two) now.\n",
            5,
            "link `[a](<annex two)` cannot be read (its `<` is never closed); shown as text",
        ),
        (
            "[chart]: <my chart\n",
            1,
            "link definition `[chart]: <my chart` cannot be read "
            "(its `<` is never closed); shown as text",
        ),
        (
            "[chart]: <my chart.png\n",
            1,
            "link definition `[chart]: <my chart.png` cannot be read "
            "(its `<` is never closed); shown as text",
        ),
        (
            "[annex]: annex 2.pdf “Annex”\n",
            1,
            "link definition `[annex]: annex 2.pdf “Annex”` cannot be read "
            "(its title is in curly quotes); shown as text",
        ),
        (
            "See [the IOM\nreport](https://e.org “IOM 2025”).\n",
            5,
            "link `[the IOM report](https://e.org “IOM 2025”)` cannot be read "
            "(its title is in curly quotes); shown as text",
        ),
        (
            "![Bar chart of\nflows](my chart.png)\n",
            1,
            "image `![Bar chart of flows](my chart.png)` cannot be read "
            "(its address has a space); shown as text",
        ),
        (
            "![Map [2025] of flows](my map.png)\n",
            1,
            "image `![Map [2025] of flows](my map.png)` cannot be read "
            "(its address has a space); shown as text",
        ),
        (
            "[iom]: https://x.org/r “T”\n",
            1,
            "link definition `[iom]: https://x.org/r “T”` cannot be read "
            "(its title is in curly quotes); shown as text",
        ),
    ],
)
def test_a_destination_that_does_not_parse_is_warned_at_its_place(
    body: str, column: int, message: str
) -> None:
    assert _warnings(body) == [(FIRST_LINE, column, message)]


def test_an_image_at_a_template_tag_is_told_to_name_its_file() -> None:
    """Jekyll's `![x]({{ "/img/a.png" | relative_url }})` was told to write its spaces as `%20`."""
    body = '![Tanker]({{ "/img/tanker.jpg" | relative_url }}) and ![Map]({{ site.url }}/m.png)\n'
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    images = [d for d in diagnostics if d.message.startswith("image")]
    assert [(d.pos.column, d.message.split("(", 2)[-1], d.hint) for d in images] == [
        (
            column,
            "its address holds a Jekyll or Hugo template tag, which briefgen never fills in); "
            "shown as text",
            "write the file's path, relative to this file: `img/chart.png`",
        )
        for column in (1, 55)
    ]


def test_an_image_with_no_closing_bracket_is_warned() -> None:
    message = "image `![Chart of flows(c.png)` has no `]` after its alt text; shown as text"
    assert _warnings("Unclosed image: ![Chart of flows(c.png) here.\n") == [
        (FIRST_LINE, 17, message)
    ]


def test_the_hint_says_how_to_write_a_space() -> None:
    _, diagnostics = parse_briefing("content/a.md", FRONT + "![Chart](my chart.png)\n")
    assert [d.hint for d in diagnostics] == [
        "write the space as `%20` (`my%20chart.png`), or put the address in `<…>`: `<my chart.png>`"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "[brackets] (prose in parentheses) and [Note](see the form) stay text.\n",
        "[a](https://x.org \"T\"), ![b](c.png 'd'), [c](<a b.pdf>) and [d](#n).\n",
        "Version [2](version 2.0) and (see [1](#n) here).\n",
        '[a]: https://x.org "Title"\n\nSee [a].\n',
        "Code `[x](my file.pdf)` is code.\n",
        "![Chart of\nflows (2025)](c.png) and ![a (b)](c.png).\n",
        "[Editor's note]: The figures were revised in May after new data.\n",
        "[Update, 4 May]: The ministry revised its figures.\n",
        "[1]: Smith, J. (2020). Migration report.\n",
        "A wrapped [link to the\nreport](https://x.org/r) and [a [nested] one](#n).\n",
        "Prose [with brackets\nover lines] (and an aside) stays.\n",
    ],
)
def test_links_that_parse_and_prose_get_no_warning(body: str) -> None:
    assert _warnings(body) == []


def test_a_definition_below_a_paragraphs_text_is_warned_where_it_starts() -> None:
    """markdown-it reads no definition that would continue a paragraph: the line was shown
    as text, and `[iom]` used elsewhere was no link, with no warning."""
    body = 'Sources below.\n[iom]: https://iom.int "IOM"\n- item\n  [x]: /annex.pdf\n\nSee [iom].\n'
    message = "link definition `{}` is inside a paragraph; shown as text"
    assert _warnings(body) == [
        (FIRST_LINE + 1, 1, message.format('[iom]: https://iom.int "IOM"')),
        (FIRST_LINE + 3, 3, message.format("[x]: /annex.pdf")),
    ]


def test_definitions_that_open_a_paragraph_and_prose_below_text_are_silent() -> None:
    body = "[a]: https://a.org\n[b]: /b.pdf\n\nSee [a] and [b].\nText.\n[Note]: see the annex.\n"
    assert _warnings(body) == []


@pytest.mark.parametrize(
    "body",
    ["[a]: x" + " " * 200_000 + "y\n", "See [a](x" + " \t" * 100_000 + "y) here.\n"],
    ids=["definition", "link"],
)
def test_a_long_run_of_spaces_is_read_in_linear_time(body: str) -> None:
    """A title was looked for from every space of the run: 100,000 spaces took 30 s."""
    started = cpu_seconds()
    _warnings(body)
    seconds = cpu_seconds() - started
    assert seconds < 5, f"took {seconds:.1f} s"


@pytest.mark.parametrize(
    ("line", "times"),
    [("]([", 3), ("[a]( ", 3), ("[a](<b", 4), ("[a](  \t", 3), ("[a](. ", 3)],
    ids=["bracket", "spaced", "angle", "tab", "dot"],
)
def test_a_line_of_unread_links_is_read_about_as_fast_as_markdown_it_reads_it(
    line: str, times: int
) -> None:
    """Bounded by markdown-it's own parse of the same text, not by seconds: both slow down
    alike on a loaded machine. Each `](` was read again up to a thousand characters on for a
    title and a file's extension, and its destination a character a call: 4 to 7 times the
    bare parse (11.6 s for 600 KB of `](` `[`), 5.2 times for `[a](<b`; now 1.3 to 2.5 times
    it, the model included, and 2.6 to 2.8 for `[a](<b`, each of whose links is warned (an
    address starting with `<` is one) where the others' are not: bounded at 4 times, as at a
    load of 18 it took 3.7. Timed in turns with the bare parse, so a busy neighbour's burst
    slows both alike (a full run once took 0.63 s against 0.52 when the two were timed one
    after the other)."""
    text = line * 16_000 + "\n"
    _warnings(line * 10 + "\n")  # what a first parse imports and compiles is not reading
    seconds, bare = least_cpu_seconds_beside(
        lambda: _warnings(text),
        lambda: MarkdownIt("commonmark").enable("table").parse(text),
        bound=lambda bare: times * bare + 0.1,
    )
    assert seconds < times * bare + 0.1, f"took {seconds:.2f} s, the bare parse {bare:.2f} s"


def test_unread_links_far_from_their_line_end_are_read_in_linear_time() -> None:
    """Each `[a](` looked for its line's end to the end of the line, though it reads no more
    than a thousand characters on: 160,000 links on a line took 1.2 s more than on lines of
    their own. Bounded by the same links with the rest of the line moved below them, which
    reads the same text but ends each link's line at once: 2.8 times it before, 1.1 now."""
    links, rest = "[a]( " * 10_000, "word " * 400_000 + "\n"
    seconds, below = least_cpu_seconds_beside(
        lambda: list(raw_links(links + rest, {})),
        lambda: list(raw_links(links + "\n" + rest, {})),
        bound=lambda below: 2 * below,
    )
    assert seconds < 2 * below, f"took {seconds:.2f} s, {below:.2f} s with the rest below"


NO_ADDRESS = "link definition `[ref1]:` has no address; shown as text"


@pytest.mark.parametrize(
    ("body", "line"),
    [
        pytest.param("Intro.\n\n[ref1]:\n", 2, id="alone"),
        pytest.param("Intro.\n\n[ref1]: \t\n", 2, id="spaces-after"),
        pytest.param("Intro.\n[ref1]:\n", 1, id="below-a-paragraphs-text"),
        pytest.param("- item\n\n  [ref1]:\n", 2, id="in-a-list-item"),
    ],
)
def test_a_definition_with_no_address_is_warned_at_its_line(body: str, line: int) -> None:
    """`[ref1]:` with nothing after it was shown as text, with no warning."""
    column = 3 if body.startswith("-") else 1
    assert _warnings(body) == [(FIRST_LINE + line, column, NO_ADDRESS)]


def test_a_definition_with_no_address_has_a_hint_for_an_address_and_for_text() -> None:
    _, diagnostics = parse_briefing("content/a.md", FRONT + "[ref1]:\n")
    assert [d.hint for d in diagnostics] == [
        "write its address after the colon (`[ref1]: https://…`), or remove the line;"
        " for text, write `\\[ref1]:`"
    ]


def test_a_definition_whose_address_on_the_next_line_does_not_parse_is_warned() -> None:
    assert _warnings("[chart]:\nmy chart.png\n") == [
        (
            FIRST_LINE,
            1,
            "link definition `[chart]: my chart.png` cannot be read (its address has a space);"
            " shown as text",
        )
    ]


@pytest.mark.parametrize(
    "body",
    [
        "[Editor's note]:\nThe figures were revised in May.\n",
        "[a]:\nhttps://a.org\n\nSee [a].\n",
        "\\[ref1]:\n",
    ],
)
def test_a_label_and_colon_with_text_or_an_address_below_it_is_silent(body: str) -> None:
    assert _warnings(body) == []


@pytest.mark.parametrize(
    ("body", "column", "message", "hint"),
    [
        (
            "See <https://example.org/a b> now.\n",
            5,
            "autolink `<https://example.org/a b>` cannot be read (its address has a space); "
            "its `<` and `>` are shown as text",
            "write the space as `%20`: `<https://example.org/a%20b>`",
        ),
        (
            "See <www.example.org> now.\n",
            5,
            "autolink `<www.example.org>` cannot be read (it needs `https://`); "
            "its `<` and `>` are shown as text",
            "write `<https://www.example.org>`",
        ),
    ],
)
def test_an_autolink_that_does_not_parse_is_warned(
    body: str, column: int, message: str, hint: str
) -> None:
    """The page showed `&lt;` and `&gt;` around a link cut at the space, silently."""
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert [(d.pos.line, d.pos.column, d.message, d.hint) for d in diagnostics] == [
        (FIRST_LINE, column, message, hint)
    ]


@pytest.mark.parametrize(
    "body", ["<https://example.org/a%20b> and <mailto:a@b.org>.\n", "`<www.x.org>` and a < b > c\n"]
)
def test_autolinks_that_parse_are_quiet(body: str) -> None:
    assert _warnings(body) == []


@pytest.mark.parametrize(
    ("body", "size"),
    [("![Map](img/map.png =300x200)\n", "=300x200"), ('![Map](m.png "Map" =300x)\n', "=300x")],
)
def test_an_images_imsize_size_is_hinted_to_go(body: str, size: str) -> None:
    """markdown-it-imsize's size read as a space in the address: `%20` linked a wrong file."""
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    [(message, hint)] = [(d.message, d.hint) for d in diagnostics]
    assert message.endswith(f"cannot be read (its size `{size}` is not read); shown as text")
    assert hint == f"delete ` {size}`: briefgen sizes an image from its file"


@pytest.mark.parametrize(
    ("body", "column", "message"),
    [
        (
            "See [the report] (https://x.org/r) here.\n",
            5,
            "link `[the report] (https://x.org/r)` cannot be read (a space between its `]` and "
            "`(`); shown as text",
        ),
        (
            "![Chart of flows] (chart.png)\n",
            1,
            "image `![Chart of flows] (chart.png)` cannot be read (a space between its `]` and "
            "`(`); shown as text",
        ),
        (
            "See [the report]\u00a0(https://x.org/r) here.\n",
            5,
            "link `[the report]\u00a0(https://x.org/r)` cannot be read (a no-break space, U+00A0, "
            "between its `]` and `(`); shown as text",
        ),
        (
            "![Chart]\u3000(chart.png)\n",
            1,
            "image `![Chart]\u3000(chart.png)` cannot be read (an ideographic space, U+3000, "
            "between its `]` and `(`); shown as text",
        ),
        (
            "See [the report]](https://x.org/r) here.\n",
            17,
            "`](https://x.org/r)` after a second `]` is shown as text: the link has one `]` too "
            "many",
        ),
        (
            "See [the report]](more) here.\n",
            17,
            "`](more)` after a second `]` is shown as text: the link has one `]` too many",
        ),
        (
            "See the report](https://x.org/r) here.\n",
            15,
            "`](https://x.org/r)` is shown as text: no `[` opens the link it ends",
        ),
        ("See the report](\n", 15, "`](` is shown as text: no `[` opens the link it ends"),
        (
            "See [the report](\nand more.\n",
            5,
            "link `[the report](` cannot be read (no address after its `(`); shown as text",
        ),
        (
            "| a |\n|---|\n| [b] (https://x.org) |\n",
            3,
            "link `[b] (https://x.org)` cannot be read (a space between its `]` and `(`); "
            "shown as text",
        ),
    ],
)
def test_a_links_bracket_or_parenthesis_left_by_a_slip_is_warned_at_its_place(
    body: str, column: int, message: str
) -> None:
    """Each was shown as text with no warning: a space before the `(` (a no-break one too,
    which an editor shows as any other), a doubled or missing
    `[`/`]`, or a `(` with nothing after it on its line."""
    line = FIRST_LINE + (2 if body.startswith("|") else 0)  # a table's cell: its third line
    assert _warnings(body) == [(line, column, message)]


@pytest.mark.parametrize(
    "body",
    [
        "Code `a](https://x.org)` and `[a] (https://x.org)` and `[a](` stay code.\n",
        "A note[^1] (https://x.org/source).\n\n[^1]: The note.\n",
        "- [ ] (https://x.org/form) to fill in\n- [x] (https://x.org/done) done\n",
        "See [r] (https://x.org/more) too.\n\n[r]: https://x.org/r\n",
        "Escaped \\](https://x.org) and \\[a\\] (https://x.org) are text.\n",
        "The interval [0, 1](2, 3) and [a [b]](https://x.org) and [c](\nhttps://x.org).\n",
        "An aside] (see the annex) and a smiley :-](x) are prose.\n",
        "A link [text](https://x.org) then (more) [here].\n",
    ],
)
def test_brackets_and_parentheses_of_prose_and_code_get_no_slip_warning(body: str) -> None:
    assert _warnings(body) == []


@pytest.mark.parametrize(
    "line",
    ["[a] (", "]](a", "a](", "[a] (b.pdf ", "]](/b.pdf "],
    ids=["spaced", "doubled", "unopened", "spaced-address", "doubled-address"],
)
def test_a_line_of_link_slips_is_read_about_as_fast_as_markdown_it_reads_it(line: str) -> None:
    """As `test_a_line_of_unread_links_is_read_about_as_fast_as_markdown_it_reads_it`: each
    slip's parentheses are read a thousand characters on at most, in C. Bound looser, as each
    of the address lines' slips is a warning to make and place (their addresses are no bare
    `https://` one, which briefgen's own linkify reads at three times the bare parse)."""
    text = line * 16_000 + "\n"
    _warnings(line * 10 + "\n")
    seconds, bare = least_cpu_seconds_beside(
        lambda: _warnings(text),
        lambda: MarkdownIt("commonmark").enable("table").parse(text),
        bound=lambda bare: 6 * bare + 0.2,
    )
    assert seconds < 6 * bare + 0.2, f"took {seconds:.2f} s, the bare parse {bare:.2f} s"


@pytest.mark.parametrize(
    ("body", "column", "shown"),
    [
        ("[a [b](https://x.org/)](https://y.org/)\n", 1, "[a [b](https://x.org/)](https://y.org/)"),
        ("See [a [ref][r] b](https://x.org/).\n\n[r]: https://y.org/\n", 5, "[a [ref][r] b]("),
        ("See [a [r] b](https://x.org/).\n\n[r]: https://y.org/\n", 5, "[a [r] b]("),
        ("See [a [R][] b](https://x.org/).\n\n[r]: https://y.org/\n", 5, "[a [R][] b]("),
        ("- [a [b](https://x.org/)](y.pdf)\n", 3, "[a [b](https://x.org/)](y.pdf)"),
        (
            "See [a [b](https://x.org/) c][r].\n\n[r]: https://y.org/\n",
            5,
            "[a [b](https://x.org/) c][r]",
        ),
        ("See [a [b](https://x.org/) c][q].\n", 5, "[a [b](https://x.org/) c][q]"),
        ("See [a [b](https://x.org/) c][].\n", 5, "[a [b](https://x.org/) c][]"),
        (
            "See [a [![Map of sites](m.png)](https://u.org/)](https://v.org/).\n",
            5,
            "[a [![Map of sites](m.png)](https://u.org/)](ht",
        ),
        (
            "[[![Map of sites](m.png)](https://u.org/) b](https://v.org/)\n",
            1,
            "[[![Map of sites](m.png)](https://u.org/) b](ht",
        ),
    ],
    ids=[
        "inline",
        "full",
        "shortcut",
        "collapsed",
        "item",
        "defined",
        "undefined",
        "empty",
        "linked-image",
        "linked-image-first",
    ],
)
def test_a_link_whose_text_holds_a_link_is_warned_at_its_bracket(
    body: str, column: int, shown: str
) -> None:
    """Links may not hold links (CommonMark): the inner one is made, and the outer one's `[`
    and `](…)` were shown as text with no warning."""
    ((line, at, message),) = [w for w in _warnings(body) if "never used" not in w[2]]
    assert (line, at) == (FIRST_LINE, column)
    assert message.startswith(f"link `{shown}")
    assert message.endswith(
        "cannot be read (its text holds a link, and a link cannot hold another); shown as text"
    )


@pytest.mark.parametrize(
    "body",
    [
        "[![Map](m.png)](https://x.org/) and [a ![b](c.png) d](https://x.org/)\n",
        "[![Map][m]](https://x.org/) and [a ![b][m] d](https://x.org/)\n\n[m]: m.png\n",
        "[a [2024] b](https://x.org/) and [a [b](not an address) c](https://x.org/)\n",
        "Code `[a [b](https://c.org)](https://d.org)` is code.\n",
        "See [a [b] c][r] and [a ![b](c.png) d][r].\n\n[r]: https://y.org/\n",
        "[![Map](m.png)](https://u.org/) and [a [![Map](m.png)](not an address)](x)\n",
    ],
)
def test_a_link_whose_text_holds_an_image_or_brackets_is_silent(body: str) -> None:
    assert _warnings(body) == []


def test_an_image_in_a_reference_links_text_with_no_definition_is_warned() -> None:
    """`[a ![Map](m.png) c][q]` shows its brackets when `q` has no definition, as `[a b][q]`."""
    ((line, column, message),) = _warnings("See [a ![Map of sites](m.png) c][q].\n")
    assert (line, column) == (FIRST_LINE, 5)
    assert message == (
        "link `[a ![Map of sites](m.png) c][q]` has no definition `[q]: …`; shown as text"
    )


def test_a_phone_number_typed_with_spaces_is_warned_with_the_number_as_the_hint() -> None:
    """`[call us](tel:+44 20 7946 0000)` was shown as written with no warning: only addresses
    that start with a scheme and `//`, `mailto:`, a path or `#` were read as links meant."""
    _, diagnostics = parse_briefing(
        "content/a.md", FRONT + "Call [the desk](tel:+44 20 7946 0000) today.\n"
    )
    assert [(d.pos.column, d.message, d.hint) for d in diagnostics] == [
        (
            6,
            "link `[the desk](tel:+44 20 7946 0000)` cannot be read (its address has a space);"
            " shown as text",
            "write the number without spaces: `tel:+442079460000`",
        )
    ]
