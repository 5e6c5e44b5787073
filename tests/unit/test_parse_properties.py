"""Random and hostile input gives diagnostics, never another exception, and finishes fast.

Examples default to 200 per property; set HYPOTHESIS_PROFILE (ci, thorough: see
tests/conftest.py) to use that profile's budget instead.
"""

from __future__ import annotations

import dataclasses
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.content.parse import decode_source, parse_briefing
from briefgen.content.yamlload import load_yaml
from briefgen.content.yamlsource import YamlSource
from briefgen.model import Briefing, BulletList, Paragraph, Quote, RichText
from tests.cpubound import cpu_seconds_within

EXAMPLES = settings().max_examples if os.environ.get("HYPOTHESIS_PROFILE") else 200
PROPERTY = settings(max_examples=EXAMPLES, deadline=None)
FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
NESTING_WARNING = (
    "quotes nested more than 19 levels deep, or lists more than 9; "
    "the deeper part is shown as plain text"
)

markdown_alphabet = st.sampled_from(
    [
        *"abc :-*_`|>#[]()!<>&;\\\"'\n\t\r",
        "**",
        "---",
        "```",
        "| --- |",
        "## ",
        "- ",
        "1. ",
        "```table\n",
        "Table: ",
        "javascript:",
        "<script>",
        "&#x09;",
        "\x00",
        "\ufeff",
        "é",
        "移",
        "[^a]",
        "[^a]: ",
        "[^b]",
        "[^b]: ",
        "{#a}",
        " {.takeaways}",
        "> [!NOTE]\n",
        "Figure: ",
        "Figura: ",
        "Tableau : ",
        "![a](a.png)",
        "https://a",
        "\u2028",
    ],
)
markdown_text = st.lists(markdown_alphabet, max_size=80).map("".join)
yaml_scalar = st.one_of(st.text(max_size=20), st.integers(), st.booleans(), st.none())
yaml_text = st.lists(
    st.sampled_from(
        [
            *"ab :-[]{}&*!,'\"\n#|>?",
            "title: ",
            "date: ",
            "tags: ",
            "  - ",
            "2026-03-14",
            "!!python/object:x",
            "&a ",
            "*a",
            "extra:\n  ",
        ]
    ),
    max_size=40,
).map("".join)


def check(path: str, data: bytes) -> None:
    """Decode and parse; only diagnostics may come out, and errors mean no briefing."""
    text, diagnostics = decode_source(path, data)
    if text is None:
        assert any(d.is_error for d in diagnostics)
        return
    briefing, diagnostics = parse_briefing(path, text)
    assert all(d.pos.path == path and d.pos.line >= 1 for d in diagnostics)
    assert (briefing is None) == any(d.is_error for d in diagnostics)
    if briefing is not None:
        assert isinstance(briefing, Briefing)


@PROPERTY
@given(st.binary(max_size=300))
def test_random_bytes_give_only_diagnostics(data: bytes) -> None:
    check("content/a.md", data)


@PROPERTY
@given(markdown_text)
def test_random_markdown_body_gives_only_diagnostics(body: str) -> None:
    check("content/a.md", (FRONT + body).encode("utf-8"))


@PROPERTY
@given(yaml_text, markdown_text)
def test_random_front_matter_gives_only_diagnostics(front: str, body: str) -> None:
    check("content/a.md", f"---\n{front}\n---\n{body}".encode())


@PROPERTY
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "title",
                "date",
                "updated",
                "tags",
                "draft",
                "slug",
                "layout",
                "authors",
                "extra",
                "summary",
                "sumary",
            ]
        ),
        st.one_of(yaml_scalar, st.lists(yaml_scalar, max_size=3)),
    )
)
def test_random_typed_front_matter_gives_only_diagnostics(fields: dict[str, object]) -> None:
    lines = [f"{key}: {value!r}" for key, value in fields.items()]
    check("content/a.md", ("---\n" + "\n".join(lines) + "\n---\nbody\n").encode())


@PROPERTY
@given(yaml_text)
def test_random_yaml_tables_give_only_diagnostics(table: str) -> None:
    check("content/a.md", f"{FRONT}```table\n{table}\n```\n".encode())


@PROPERTY
@given(st.text(max_size=200))
def test_load_yaml_never_raises(text: str) -> None:
    doc, diagnostics = load_yaml(text, YamlSource("content/a.md", 2))
    assert (doc is None) == bool(diagnostics)


def _depth(briefing: Briefing) -> int:
    depth, blocks = 0, list(briefing.lede)
    while blocks:
        depth += 1
        blocks = [
            c
            for b in blocks
            for c in (
                b.blocks
                if isinstance(b, Quote)
                else [x for i in b.items for x in i.children]
                if isinstance(b, BulletList)
                else []
            )
        ]
    return depth


@pytest.mark.parametrize(
    "body",
    [
        ">" * 10_000 + " deep\n",
        "> " * 1_000 + "deep\n",
        "".join("  " * i + "- item\n" for i in range(1_000)),
        "".join("   " * i + "1. item\n" for i in range(1_000)),
        "*" * 50_000 + "a" + "*" * 50_000 + "\n",
    ],
    ids=["gt-10000", "quote-1000", "list-1000", "ordered-1000", "emphasis-50000"],
)
def test_deep_nesting_is_cut_off_with_a_warning_not_a_recursion_error(body: str) -> None:
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    assert _depth(briefing) <= 20
    if not body.startswith("*"):
        assert [d.message for d in diagnostics] == [NESTING_WARNING]


@pytest.mark.parametrize(
    "nested",
    [
        "".join("  " * i + f"- level {i}\n" for i in range(10)),
        "".join("   " * i + f"1. step {i}\n" for i in range(12)),
        "> " * 25 + "deep\n",
    ],
    ids=["list-10", "ordered-12", "quote-25"],
)
def test_a_flattened_list_ends_where_its_lines_end(nested: str) -> None:
    """At markdown-it's own limit a list item ran to the end of the file, taking every later
    paragraph and section with it (a list ten deep lost the briefing's next section)."""
    body = f"## A\n\n{nested}\nAfter the list.\n\n> A quote.\n\n## B\n\nSection B text.\n"
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    assert [d.message for d in diagnostics] == [NESTING_WARNING]
    assert [section.heading.text for section in briefing.sections] == ["A", "B"]
    (a, b) = briefing.sections
    assert isinstance(a.blocks[-1], Quote)
    assert _texts(a.blocks[-2]) == ["After the list."]
    assert _texts(b.blocks) == ["Section B text."]


@pytest.mark.parametrize(
    "body",
    [
        "[a](<b" * 16_000,
        "!-- <" * 16_000,
        "]([" * 16_000,
        "<!--" * 16_000,
        "[" * 16_000 + "]" * 16_000,
        "`" * 16_000,
        "| a " * 5_000 + "\n" + "|-" * 5_000 + "\n" + "| x " * 5_000 + "\n",
        "- **a:** " * 14_000,
        "<!-- -->" * 16_000 + "<!--",
    ],
    ids=[
        "link-dest",
        "html-comment",
        "bracket-paren",
        "comment-open",
        "brackets",
        "backticks",
        "wide-table",
        "terms",
        "closed-comments-then-open",
    ],
)
def test_quadratic_patterns_finish_fast(body: str) -> None:

    def read() -> None:
        text, _ = decode_source("content/a.md", (FRONT + body + "\n").encode())
        assert text is not None
        parse_briefing("content/a.md", text)

    _, seconds, bound = cpu_seconds_within(read, 3)
    # At most 0.6 s idle (2.9 s with two test workers on a loaded machine); a Python scan from
    # each of 14,000 or more marks takes 5e-8 * 14_000**2 = 10 s idle.
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


def test_huge_document_of_normal_paragraphs_parses() -> None:
    briefing, _ = parse_briefing("content/a.md", FRONT + "Some text here.\n\n" * 10_000)
    assert briefing is not None
    assert len(briefing.lede) == 10_000
    assert isinstance(briefing.lede[-1], Paragraph)


def _texts(value: object) -> list[str]:
    """The plain text of every `RichText` under `value`."""
    if isinstance(value, RichText):
        return [value.text]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _texts(item)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [t for f in dataclasses.fields(value) for t in _texts(getattr(value, f.name))]
    return []


@pytest.mark.parametrize(
    ("body", "words", "flattened"),
    [
        (">" * 10_000 + " deepest\n", ["deepest"], 1),
        ("".join("  " * i + f"- item{i}\n" for i in range(40)), ["item19", "item25", "item39"], 1),
        ("".join("   " * i + f"1. step{i}\n" for i in range(40)), ["step20", "step39"], 1),
        # A blank line ends every quote: each of q20 to q39 is a quote of its own.
        ("".join("> " * i + f"q{i}\n\n" for i in range(1, 40)), ["q20", "q39"], 20),
    ],
    ids=["gt-10000", "list-40", "ordered-40", "quotes-40"],
)
def test_text_below_the_nesting_limit_is_shown_as_text(
    body: str, words: list[str], flattened: int
) -> None:
    """markdown-it stops parsing below its nesting limit; the words there are not lost."""
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    assert [d.message for d in diagnostics] == [NESTING_WARNING] * flattened
    text = " ".join(_texts(briefing))
    assert [word for word in words if word not in text.split()] == []
