"""A YAML table's cells, caption and column labels, and an update's text: what they leave as
text is warned about at their YAML key, as in a paragraph."""

from __future__ import annotations

import pytest

from briefgen.content.images import ImageSettings
from briefgen.content.parse import parse_briefing

FRONT = "---\ntitle: T\ndate: 2026-01-01\nsummary: s\n---\n\n"
TABLE = (
    "```table\ncaption: {caption}\ncolumns:\n  a: {label}\n  b: B\n"
    "rows:\n  - a: {cell}\n    b: x\n```\n"
)
ORDINARY = '"**Bold**, _em_, [a link](https://x.org/), `a**b`, 10 ** 6 and 41 %"'
UNCLOSED = "`**` is not closed; it is shown as text"
COMMENT = "Obsidian comment `%%` is not supported: the text up to the next `%%` is published"
EMPTY_LINK = "a link with no text: readers cannot see or follow it"
MARKED = "marked text `==m==` is not supported; shown with its `==`"


def _warnings(text: str) -> list[tuple[int, int, str]]:
    _, diagnostics = parse_briefing("content/t.md", text)
    return sorted((d.pos.line, d.pos.column, d.message) for d in diagnostics)


def _table(caption: str = "Cap", label: str = "A", cell: str = "x") -> str:
    return FRONT + TABLE.format(caption=caption, label=label, cell=cell)


@pytest.mark.parametrize(
    ("cell", "messages"),
    [
        ('"**open and %%private%%"', [COMMENT, UNCLOSED]),
        ('"==m== and [](https://x.org/)"', [EMPTY_LINK, MARKED]),
    ],
)
def test_a_yaml_cell_warns_of_leftovers_at_its_key(cell: str, messages: list[str]) -> None:
    assert _warnings(_table(cell=cell)) == [(13, 5, message) for message in sorted(messages)]


def test_a_yaml_caption_warns_of_leftovers_at_its_key() -> None:
    found = _warnings(_table(caption='"Cap ==m== **open"'))
    assert found == [(8, 1, UNCLOSED), (8, 1, MARKED)]


def test_a_yaml_column_label_warns_of_leftovers_at_its_key() -> None:
    assert _warnings(_table(label='"Col **open"')) == [(10, 3, UNCLOSED)]
    assert _warnings(_table(label='"[y][nodef]"')) == [
        (10, 3, "link `[y][nodef]` has no definition `[nodef]: …`; shown as text")
    ]


def test_an_update_text_warns_of_leftovers_at_its_key() -> None:
    update = 'updates:\n  - date: 2026-01-02\n    text: "See [](https://x.org) and **open %%n%%"\n'
    found = _warnings(FRONT.replace("---\n\n", update + "---\n\n") + "Body.\n")
    assert found == [(7, 5, COMMENT), (7, 5, UNCLOSED), (7, 5, EMPTY_LINK)]


def test_each_mistake_of_a_yaml_text_is_counted_at_its_key() -> None:
    """Two unclosed `**` of one cell were two equal warnings at its key, shown once: the
    second mistake was published raw under check --strict."""
    found = _warnings(_table(cell='"**Key: **Budgets fell. **Second: **Costs rose."'))
    assert found == [(13, 5, f"{UNCLOSED} (2 times in this text)")]


def test_each_mistake_of_an_image_title_is_counted_at_the_image() -> None:
    found = _warnings(FRONT + '![Alt](https://x.org/c.png "**Key: **a. **Second: **b")\n')
    assert f"{UNCLOSED} (2 times in this text)" in [message for _, _, message in found]


def test_a_private_note_alone_in_a_plain_text_is_warned() -> None:
    """Letters and `%` take a fast path that renders no markup: `%%` alone skipped the check."""
    assert _warnings(_table(cell="x %%yaml cell%% y")) == [(13, 5, COMMENT)]
    assert _warnings(_table(caption="Cap %%note%% end")) == [(8, 1, COMMENT)]
    update = "updates:\n  - date: 2026-01-02\n    text: Our %%check with Ana%% figure.\n"
    found = _warnings(FRONT.replace("---\n\n", update + "---\n\n") + "Body.\n")
    assert found == [(7, 5, COMMENT)]


def test_a_misread_note_in_a_cell_is_warned_once() -> None:
    found = _warnings(_table(cell='"see [^a b]"'))
    assert found == [(13, 5, "`[^a b]` is shown as text: a note's label has no spaces")]


def test_ordinary_yaml_texts_stay_silent() -> None:
    update = f"updates:\n  - date: 2026-01-02\n    text: {ORDINARY}\n"
    text = FRONT.replace("---\n\n", update + "---\n\n")
    text += TABLE.format(caption=ORDINARY, label=ORDINARY, cell=ORDINARY)
    assert _warnings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        _table(cell='"see [the data][oecd]"') + "\n[oecd]: https://www.oecd.org/\n",
        _table(caption='"From [OECD]"') + "\n[oecd]: https://www.oecd.org/\n",
        FRONT + '![Chart](https://x.org/c.png "From [the data][OECD]")\n\n'
        "[oecd]: https://www.oecd.org/\n",
        FRONT.replace(
            "---\n\n", "updates:\n  - date: 2026-01-02\n    text: Added [OECD][]\n---\n\n"
        )
        + "Body.\n\n[oecd]: https://www.oecd.org/\n",
    ],
    ids=["cell", "caption", "image-title", "update"],
)
def test_a_text_parsed_on_its_own_links_by_the_files_definitions(text: str) -> None:
    """A YAML cell or caption, a figure's title caption and an update's text are parsed apart
    from the file: `[text][ref]` there was shown as written, warned as having no definition,
    and the definition, used, as never used."""
    briefing, diagnostics = parse_briefing(
        "content/t.md", text, images=ImageSettings(remote_hosts=("x.org",))
    )
    assert [d.message for d in diagnostics] == []
    assert briefing is not None
    assert '<a href="https://www.oecd.org/">' in str(briefing)
