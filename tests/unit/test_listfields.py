"""`tags:` and `authors:` written as other tools read them: Jekyll's space-separated tags,
Quarto's and Pandoc's author mappings. The message gives a value that works."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic

FRONT = "---\ntitle: T\ndate: 2026-11-01\nsummary: S.\n"


def _errors(fields: str) -> list[tuple[int, int, str, str | None]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + fields + "---\n\nLede.\n")
    return [(d.pos.line, d.pos.column, d.message, d.hint) for d in diagnostics]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "trade mercosur",
            "`tags`: expected a list of strings; write [trade, mercosur] "
            "(Jekyll's tags are split at spaces), or [trade mercosur] for one tag",
        ),
        ("trade, mercosur", "`tags`: expected a list of strings; write [trade, mercosur]"),
        ("trade", "`tags`: expected a list of strings; write [trade]"),
        ("{trade, mercosur}", "`tags`: expected a list of strings; write [trade, mercosur]"),
        ("(trade, mercosur)", "`tags`: expected a list of strings; write [trade, mercosur]"),
    ],
)
def test_a_tags_string_is_written_as_the_list_jekyll_read(value: str, message: str) -> None:
    """Jekyll reads `tags: trade mercosur` as two tags; the example made it one."""
    assert _errors(f"tags: {value}\n") == [(5, 1, message, None)]


@pytest.mark.parametrize(
    ("field", "message"),
    [
        (
            "tags:\n  -health\n  -nhs\n",
            "`tags`: expected a list of strings; write [health, nhs] (a list's item needs a"
            " space after its `-`: `- health`)",
        ),
        (
            "authors:\n  -Jane Doe\n  -John Smith\n",
            "`authors`: expected a list of strings; write [Jane Doe, John Smith] (a list's item"
            " needs a space after its `-`: `- Jane Doe`)",
        ),
        (
            "tags: -health\n",
            "`tags`: expected a list of strings; write [health] (a list's item needs a space"
            " after its `-`: `- health`)",
        ),
    ],
)
def test_items_written_with_no_space_after_their_dash_are_hinted_without_it(
    field: str, message: str
) -> None:
    """hunt11: `-health` / `-nhs` is one text to YAML, and the example was the list
    `[-health, -nhs]`, tags that start with a hyphen."""
    assert _errors(field) == [(5, 1, message, None)]


def test_an_authors_string_keeps_its_spaces() -> None:
    [(_, _, message, _)] = _errors("authors: Jane Doe\n")
    assert message == "`authors`: expected a list of strings; write [Jane Doe]"


@pytest.mark.parametrize(
    ("authors", "hint"),
    [
        (
            "authors:\n  - name: Jane Doe\n    affiliation: X\n",
            "write the name alone, `- Jane Doe`: briefgen reads an author as text, "
            "and no `affiliation`",
        ),
        (
            "authors:\n  - name: Jane Doe\n",
            "write the name alone, `- Jane Doe`: briefgen reads an author as text",
        ),
        (
            "authors:\n  - {email: j@x.org}\n",
            "write the author as text in its place: briefgen reads no `email`",
        ),
    ],
)
def test_an_author_mapping_is_hinted_as_its_name(authors: str, hint: str) -> None:
    """Quarto's and Pandoc's `- name: …` mappings: "quote it" published the braces."""
    [(line, column, _, given)] = _errors(authors)
    assert (line, column, given) == (6, 5, hint)


@pytest.mark.parametrize(
    ("field", "hint"),
    [
        ("tags:\n  - Trade: Mexico\n", 'quote it: `- "Trade: Mexico"`'),
        ("authors:\n  - Jane Doe: lead\n", 'quote it: `- "Jane Doe: lead"`'),
        ("tags:\n  - 'Say \"hi\"': 2024\n", 'quote it: `- "Say \\"hi\\": 2024"`'),
    ],
)
def test_text_with_a_colon_that_yaml_read_as_a_mapping_is_hinted_quoted(
    field: str, hint: str
) -> None:
    """`- Trade: Mexico` is text YAML made a mapping: no Quarto key, so it is quoted."""
    [(line, column, _, given)] = _errors(field)
    assert (line, column, given) == (6, 5, hint)


@pytest.mark.parametrize("key", ["authors", "tags"])
def test_an_item_listed_twice_is_shown_once_with_a_warning_at_the_second(key: str) -> None:
    briefing, problems = parse_briefing(
        "content/a.md",
        f"---\ntitle: A\ndate: 2026-01-01\nsummary: S.\n{key}: [Jane, Ana, Jane]\n---\n\nText.\n",
    )

    assert briefing is not None
    assert getattr(briefing.meta, key) == ("Jane", "Ana")
    assert [format_diagnostic(p) for p in problems] == [
        f"content/a.md:5:{len(key) + 15}: warning: `{key}` item 3 repeats item 1: shown once\n"
        "  hint: delete one of them"
    ]
