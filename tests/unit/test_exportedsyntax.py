"""Chat citation marks, LaTeX commands, WordPress shortcodes, MDX lines, MultiMarkdown
citations and HackMD tags left as text: each warned at its line and column, prose silent."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import Diagnostic

FRONT = "---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n---\n\n"


def _diagnostics(body: str) -> list[Diagnostic]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return diagnostics


def _places(body: str) -> list[tuple[int, int, str]]:
    return [(d.pos.line, d.pos.column, d.message) for d in _diagnostics(body)]


@pytest.mark.parametrize(
    ("body", "line", "column", "message"),
    [
        (
            "The decree passed【1†source】 in May.\n",
            7,
            18,
            "ChatGPT's citation mark `【1†source】` is shown as text: it names a source only "
            "the chat could see",
        ),
        (
            "- Rates rose.【4:0†report.pdf】\n",
            7,
            14,
            "ChatGPT's citation mark `【4:0†report.pdf】`",
        ),
        (
            "Rates rose. \ue200cite\ue202turn0search1\ue202turn0news3\ue201 More.\n",
            7,
            13,
            "ChatGPT's citation mark `cite turn0search1 turn0news3`",
        ),
        (
            "See Table~\\ref{tab:costs} and \\cite{iea2025}.\n",
            7,
            10,
            "LaTeX command `~\\ref{tab:costs}` is not read; shown as text",
        ),
        ("As shown \\citep[p.~4]{smith2020}.\n", 7, 10, "LaTeX command `\\citep[p.~4]{smith2020}`"),
        ("| a |\n|---|\n| \\footnote{Ibid.} |\n", 9, 3, "LaTeX command `\\footnote{Ibid.}`"),
        (
            '[caption id="attachment_12" width="300"]Map of the basins[/caption]\n',
            7,
            1,
            'WordPress shortcode `[caption id="attachment_12" width="300"]` is not supported; '
            "shown as text",
        ),
        ("[embed]https://example.org/v[/embed]\n", 7, 1, "WordPress shortcode `[embed]`"),
        (
            "import Tabs from '@theme/Tabs';\n",
            7,
            1,
            "MDX line `import Tabs from '@theme/Tabs';` is not read; shown as text",
        ),
        ("export const meta = {a: 1};\n", 7, 1, "MDX line `export const meta = {a: 1};`"),
        (
            "As argued [#Smith2020].\n",
            7,
            11,
            "MultiMarkdown citation `[#Smith2020]` is not read; shown as text",
        ),
        ("> [name=Ana] Check the source.\n", 7, 3, "HackMD tag `[name=Ana]` is not read"),
        ("Agreed [time=Sun, Jun 4, 2023 9:00 PM].\n", 7, 8, "HackMD tag `[time=Sun, Jun 4"),
        ("A note [color=#f00] to check.\n", 7, 8, "HackMD tag `[color=#f00]` is not read"),
        ("Burning is the ::main cause::.\n", 7, 16, "highlight `::main cause::` (Bear's"),
        (
            "Growth slowed { | Smith, (2020) | p. 4 | | zu:2345:ABCD1234 }.\n",
            7,
            15,
            "Zotero citation `{ | Smith, (2020) | p. 4 | | zu:2345:...` is not read",
        ),
    ],
)
def test_exported_syntax_is_warned_at_its_place(
    body: str, line: int, column: int, message: str
) -> None:
    places = _places(body)
    assert places and places[0][:2] == (line, column), places
    assert places[0][2].startswith(message)


def test_each_of_several_marks_is_warned() -> None:
    body = '[caption id="a"]Map[/caption] and [gallery ids="1,2"]\n'
    assert [place[:2] for place in _places(body)] == [(7, 1), (7, 20), (7, 35)]


def test_the_latex_hint_says_what_to_write_for_its_command() -> None:
    hints = [d.hint for d in _diagnostics("See \\cite{a}, \\ref{b} and \\textbf{c}.\n")]
    assert hints[0] == (
        "list the work under `sources:` in the front matter, or cite it in a `[^note]`"
    )
    assert hints[1] is not None and hints[1].startswith("write the reference out")
    assert hints[2] == "write `**bold**`"


@pytest.mark.parametrize(
    "body",
    [
        "Prices in 【东京】 rose; see 【注】.\n",  # lenticular brackets of CJK prose
        "We import goods from 'third countries' at cost.\n",
        "Exports fell; import duties from\n'friendly' partners rose.\n",
        "They export default swaps.\n",
        "A transcript's [video] and [sic], a [sample n=1200] and [see note 2].\n",
        "The matrix \\\\ref is a path C:\\reports\\ref and \\label alone.\n",
        "Let's recite the turn0 rule; cited at [#1].\n",
        "Use std::vector::size, fe80::1 and a Dataview Status:: done.\n",
        "An address http://x.org/::a:: and C:\\foo::bar:: too.\n",
        "Sets {a | b} and { | x | y }, a cell's { | } and {zu:1}.\n",
        "`\\cite{a}` and `[/caption]` in code.\n",
        "Save it as C:\\Reports\\item.docx, then open {the} file.\n",
        "```\nimport Tabs from '@theme/Tabs';\n```\n",
        "The hashtag [#MeToo] campaign and [#BLM] marches.\n",
        'A [sample n="1200"] and a [Sample N="1,200"] panel.\n',
        "An and/or [/r] forum, a [/s] mark.\n",
    ],
)
def test_prose_and_code_stay_silent(body: str) -> None:
    assert _places(body) == []


def test_a_latex_tie_before_a_command_is_no_one_tilde_strikethrough() -> None:
    """`0.4%~\\cite{a}. As Section~\\ref{b}` was warned as `~struck~` as well."""
    body = "It fell to 0.4%~\\cite{haldane2017}. As Section~\\ref{sec:causes} shows.\n"
    assert [place[2].split(" ", 2)[:2] for place in _places(body)] == [
        ["LaTeX", "command"],
        ["LaTeX", "command"],
    ]


def test_a_latex_list_and_environment_are_warned_line_by_line() -> None:
    body = "\\begin{itemize}\n\\item Weak investment\n\\end{itemize}\n"
    assert [(place[0], place[1]) for place in _places(body)] == [(7, 1), (8, 1), (9, 1)]


def test_latex_items_alone_are_warned_though_the_run_holds_no_brace() -> None:
    body = "Intro.\n\n\\item Weak investment\n\\item Strong exports\n"
    assert [(place[0], place[1]) for place in _places(body)] == [(9, 1), (10, 1)]


def test_a_label_inside_display_maths_is_warned_as_the_maths_only() -> None:
    body = "$$\ng = \\alpha + \\beta x \\label{eq:growth}\n$$\n"
    assert [place[2].split(" ", 1)[0] for place in _places(body)] == ["`$$`"]


def test_chatgpts_content_reference_is_one_chat_mark_not_an_attribute_block() -> None:
    """`{index=0}` was warned as an attribute block, hinted to leave `oaicite:0` on the page."""
    body = "Inflation fell. :contentReference[oaicite:0]{index=0}\n"
    assert _places(body) == [
        (
            7,
            17,
            "ChatGPT's citation mark `:contentReference[oaicite:0]{index=0}` is shown as text: "
            "it names a source only the chat could see",
        )
    ]


def test_an_obsidian_embed_named_like_a_shortcode_is_warned_as_the_embed_only() -> None:
    """`![[embed]]` was warned as WordPress' `[embed]` as well."""
    assert [place[2].split(" ", 2)[:2] for place in _places("See ![[embed]] ok.\n")] == [
        ["Obsidian", "embed"]
    ]


@pytest.mark.parametrize(
    ("body", "column", "message", "hint"),
    [
        (
            "/images/chart.png\n",
            1,
            "iA Writer content block `/images/chart.png` is not read; shown as text",
            "show it as an image: `![what it shows](images/chart.png)`",
        ),
        (
            "> /tables/capacity.csv (Capacity)\n",
            3,
            "iA Writer content block `/tables/capacity.csv (Capacity)` is not read; shown as text",
            "write the table as a pipe table (`| a | b |`), or link the file",
        ),
        (
            '/notes.txt "Notes"\n/a.png\n',
            1,
            'iA Writer content block `/notes.txt "Notes"` is not read; shown as text',
            "paste the file's text here, or link it: `[its title](…)`",
        ),
    ],
)
def test_an_ia_writer_content_block_is_warned_with_what_to_write(
    body: str, column: int, message: str, hint: str
) -> None:
    diagnostics = _diagnostics(body)
    assert [(d.pos.line, d.pos.column, d.message, d.hint) for d in diagnostics] == [
        (7, column, message, hint)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "/r/housing is a forum.\n",
        "/etc/hosts\n",
        "/images/chart.png and more text\n",
        "/a.png\nand a line of prose.\n",
        "Text\n/a.png\n",
    ],
)
def test_a_path_in_prose_is_no_content_block(body: str) -> None:
    assert [d for d in _diagnostics(body) if "content block" in d.message] == []


@pytest.mark.parametrize(
    "body",
    [
        "See [#Costs](#costs) and [/about](/about).\n",
        "See [#Costs][c] and [/about][].\n\n[c]: #costs\n[/about]: /about\n",
        "See [#Costs] and [name=Ana].\n\n[#costs]: #costs\n[name=ana]: https://x.org/\n",
        "Watch [embed](https://example.org/v) and [caption][].\n\n[caption]: https://x.org/\n",
    ],
)
def test_a_link_whose_text_looks_like_a_tag_or_shortcode_stays_silent(body: str) -> None:
    assert _places(body) == []


def test_a_tag_or_shortcode_beside_an_undefined_label_is_still_warned() -> None:
    messages = [m for _, _, m in _places("Cited [#Smith2020][x] and [/caption].\n\n[y]: /y\n")]
    assert "MultiMarkdown citation `[#Smith2020]` is not read; shown as text" in messages
    assert "WordPress shortcode `[/caption]` is not supported; shown as text" in messages


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("As argued [#Smith2020].\n", "MultiMarkdown citation `[#Smith2020]`"),
        ("As argued [#doe:2006].\n", "MultiMarkdown citation `[#doe:2006]`"),
        ("As argued [#Doe.Smith-2019a].\n", "MultiMarkdown citation `[#Doe.Smith-2019a]`"),
        ("Map[/caption] here.\n", "WordPress shortcode `[/caption]`"),
        ("A box[/su_box] here.\n", "WordPress shortcode `[/su_box]`"),
        ('[audio src="a.mp3"]\n', 'WordPress shortcode `[audio src="a.mp3"]`'),
        ("[contact-form-7 id='12']\n", "WordPress shortcode `[contact-form-7 id='12']`"),
    ],
)
def test_the_documented_shapes_still_warn_beside_the_prose_they_are_told_from(
    body: str, shown: str
) -> None:
    """Narrowed so that a hashtag (`[#MeToo]`), a sample's quoted size (`[sample n="1200"]`)
    and a letter after a slash (`[/r]`) stay prose: the shapes the README names still warn."""
    ((_, _, message),) = _places(body)
    assert message.startswith(shown)
