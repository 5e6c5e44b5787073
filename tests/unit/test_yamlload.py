"""The strict YAML loader refuses what untrusted front matter must not do, at file lines."""

from __future__ import annotations

import pytest
import yaml
from markdown_it import MarkdownIt

from briefgen.content import yamlload
from briefgen.content.parse import parse_briefing
from briefgen.content.yamlload import load_yaml
from briefgen.content.yamlsource import YamlSource
from briefgen.content.yamlspaces import hidden_spaces_in_text
from tests.conftest import cpu_seconds, least_cpu_seconds_beside

SOURCE = YamlSource("content/a.md", first_line=2)


def problems(text: str, source: YamlSource = SOURCE) -> list[str]:
    doc, diagnostics = load_yaml(text, source)
    assert (doc is None) == bool(diagnostics)
    return [f"{d.pos}: {d.message}" for d in diagnostics]


def test_load_yaml_follows_the_core_schema() -> None:
    doc, _ = load_yaml(
        "a: NO\nb: yes\nc: true\nd: 1:20\ne: 0o17\nf: 2026-03-14\ng: ~\nh: 1_000\ni: .5\n", SOURCE
    )
    assert doc is not None
    assert doc.data == {
        "a": "NO",
        "b": "yes",
        "c": True,
        "d": "1:20",
        "e": 15,
        "f": "2026-03-14",
        "g": None,
        "h": "1_000",
        "i": 0.5,
    }


def test_load_yaml_reads_leading_zeros_as_decimal_as_yaml_1_2_does() -> None:
    """YAML 1.1 (PyYAML's own rule) read `02134` as the octal 1116: a ZIP code became
    another number; YAML 1.2 reads it as 2134, and `0o17` alone is octal."""
    doc, _ = load_yaml("zip: 02134\nneg: -010\nplus: +007\nzero: 00\noct: 0o10\n", SOURCE)
    assert doc is not None
    assert doc.data == {"zip": 2134, "neg": -10, "plus": 7, "zero": 0, "oct": 8}


def test_load_yaml_records_file_positions_of_keys_and_items() -> None:
    doc, _ = load_yaml("title: T\nrows:\n  - a: 1\n    b: 2\n", YamlSource("x.md", 10, 4))
    assert doc is not None
    assert str(doc.pos("title")) == "x.md:10:5"
    assert str(doc.pos("rows", 0)) == "x.md:12:9"
    assert str(doc.pos("rows", 0, "b")) == "x.md:13:9"
    assert str(doc.pos("rows", 0, "missing")) == "x.md:12:9"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: &x 1\nb: *x\n", "content/a.md:2:4: anchors/aliases are not allowed"),
        (
            "a: !!python/object/apply:os.system ['id']\n",
            "content/a.md:2:4: YAML tags are not allowed",
        ),
        ("a: !!str 1\n", "content/a.md:2:4: YAML tags are not allowed"),
        ("a: ! x\n", "content/a.md:2:4: YAML tags are not allowed"),
        (
            "a: [1\n",
            "content/a.md:2:4: invalid YAML in front matter: `[` is never closed: "
            "YAML found no `]` for it",
        ),
        (
            "a: [1, {b: 2]\n",
            "content/a.md:2:13: invalid YAML in front matter: did not find expected ',' or '}'",
        ),
        (
            "a: [x: y: z]\n",
            "content/a.md:2:9: invalid YAML in front matter: did not find expected ',' or ']'",
        ),
        ("[" * 60 + "]" * 60, "content/a.md:2:51: YAML nested more than 50 levels deep"),
    ],
)
def test_load_yaml_rejects(text: str, expected: str) -> None:
    assert problems(text) == [expected]


@pytest.mark.parametrize("keys", [("1", "true"), ("0", "false"), ("1", "1.0"), ("1", "1e0")])
def test_load_yaml_reads_keys_as_their_names(keys: tuple[str, str]) -> None:
    """Python's `1 == True == 1.0` once made these one key, reported as `True`."""
    doc, found = load_yaml(f"extra:\n  {keys[0]}: a\n  {keys[1]}: b\n", SOURCE)
    assert found == []
    assert doc is not None and doc.data == {"extra": {keys[0]: "a", keys[1]: "b"}}
    assert str(doc.pos("extra", keys[1])) == "content/a.md:4:3"


@pytest.mark.parametrize(
    ("text", "expected", "kept"),
    [
        ("a: 1\nb: 2\na: 3\n", ["4:1: duplicate key `a` (first on line 2)"], {"a": 1, "b": 2}),
        ("x:\n  k: 1\n  k: 2\n", ["4:3: duplicate key `k` (first on line 3)"], {"x": {"k": 1}}),
        ("1: a\n0x1: b\n", ["3:1: duplicate key `0x1` (first on line 2)"], {"1": "a"}),
        ("True: 1\ntrue: 2\n", ["3:1: duplicate key `true` (first on line 2)"], {"True": 1}),
        ("1: a\n'1': b\n", ["3:1: duplicate key `1` (first on line 2)"], {"1": "a"}),
        (
            "a: 1\nb: {c: 1, c: 2}\na: 2\na: 3\n",
            [
                "3:11: duplicate key `c` (first on line 3)",
                "4:1: duplicate key `a` (first on line 2)",
                "5:1: duplicate key `a` (first on line 2)",
            ],
            {"a": 1, "b": {"c": 1}},
        ),
    ],
)
def test_load_yaml_reports_each_repeated_key_and_reads_the_rest(
    text: str, expected: list[str], kept: dict[str, object]
) -> None:
    """A key written twice is an error, but the rest of the YAML is read with its first value,
    so that what else is wrong in it is reported by the same build."""
    doc, diagnostics = load_yaml(text, SOURCE)
    assert [f"{d.pos}: {d.message}".removeprefix("content/a.md:") for d in diagnostics] == expected
    assert all(d.is_error for d in diagnostics)
    assert doc is not None and doc.data == kept


def test_load_yaml_rejects_billion_laughs_fast() -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    started = cpu_seconds()
    assert problems("\n".join(lines)) == ["content/a.md:2:5: anchors/aliases are not allowed"]
    assert cpu_seconds() - started < 0.5


def test_load_yaml_rejects_oversized_input_naming_the_limit() -> None:
    assert problems("a: " + "x" * 70_000) == [
        "content/a.md:2:1: front matter is 70,003 bytes; the limit is 65,536 bytes (64 KB)"
    ]


def test_load_yaml_survives_deep_flow_nesting() -> None:
    assert len(problems("[" * 100_000)) == 1


_BROKEN = [
    "title: Rubio: Mexico visit\n",
    "a: b\n c: d\n",
    "a: [1, 2\nb: 3\n",
    "a:\n\t- b\n",
    'a: "unterminated\n',
    "a: 1\n---\nb: [\n",
    "a: 1\n...\nb: 2\n",
    "- - - - - - - - - - - - - - - - - - - - - - - - - - - - x\n",
    "[" * 60 + "]" * 60 + "\n",
    "a: &x 1\nb: *x\n",
    "a: !!str 1\n",
    "a: 1\na: 2\n",
    "{a: 1, b: }}\n",
    "? a\n: b\n",
    'a: "x" *y\n',
    "a: x\n*y: 1\n",
    "a: [b, *c]\n",
    "a:\t&x 1\n",
    "a: 1\u2028*b\n",
    "a: 1\r&b 2\n",
    "- 1\n-*x\n",
    "\ufeff&a x\n",
    "a: b\n  *c\n",
]


@pytest.mark.parametrize("text", _BROKEN)
def test_load_yaml_skips_the_event_check_only_where_it_finds_nothing(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = YamlSource("content/x.md", 2)
    fast = load_yaml(text, source)
    monkeypatch.setattr(yamlload, "_may_hide_trouble", lambda text: True)
    checked = load_yaml(text, source)
    assert (fast[0] is None) == (checked[0] is None)
    assert fast[1] == checked[1]


@pytest.mark.parametrize(
    "text",
    [
        "title: Trade & Industry\n",
        "summary: a *cut* of **two** thirds\n",
        "title: Act now!\n",
        "rows:\n  - [a, 0.42***]\n",
        'a: "*x"\n',
    ],
)
def test_load_yaml_reads_marks_inside_a_value_without_the_event_check(text: str) -> None:
    """A `&`, `*` or `!` inside a value is text, not an anchor, alias or tag: the text is
    loaded once, not read for its events first (a third of a corpus's YAML texts)."""
    assert not yamlload._may_hide_trouble(text)
    assert load_yaml(text, SOURCE)[1] == []


@pytest.mark.parametrize(
    "text", ["a: &x 1\n", "a: *x\n", "- !!str 1\n", "[&a 1, *a]\n", "a:\n  &x b: 1\n", "!t a\n"]
)
def test_load_yaml_reads_the_events_of_a_text_with_a_node_property(text: str) -> None:
    assert yamlload._may_hide_trouble(text)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_load_yaml_names_a_line_separator_that_breaks_an_unquoted_value(separator: str) -> None:
    """YAML reads U+2028 and U+2029 as line breaks, which the file does not show: say so."""
    _, diagnostics = load_yaml(f"title: A{separator}B\ndate: 2026-01-01\n", SOURCE)
    (problem,) = diagnostics
    assert problem.hint is not None
    assert f"U+{ord(separator):04X}" in problem.hint and "quote" in problem.hint


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_load_yaml_places_a_line_separator_error_at_the_separator(separator: str) -> None:
    """YAML fails a line later, at the valid `date:`: the mistake is the invisible separator."""
    text = f"title: Rubio visit{separator}Mexico\ndate: 2026-01-01\nsummary: S\n"
    _, diagnostics = load_yaml(text, SOURCE)
    assert [str(problem.pos) for problem in diagnostics] == ["content/a.md:2:19"]


def test_load_yaml_records_a_comment_after_an_unquoted_value_at_its_hash() -> None:
    """YAML drops ` #12` from `Brief #12` without a word; the loader says where it went."""
    text = 'a: Brief #12\nb: "Brief #12" # note\n# own line\nc:\n  - x  # y\nd: >-\n  e #f\n'
    doc, _ = load_yaml(text, SOURCE)
    assert doc is not None
    assert {path: (str(c.pos), c.text) for path, c in doc.comments.items()} == {
        ("a",): ("content/a.md:2:10", "#12"),
        ("c", 0): ("content/a.md:6:8", "# y"),
    }


def test_load_yaml_places_a_comment_after_a_yaml_only_line_break() -> None:
    doc, _ = load_yaml('a: "b\u2028c"\nd: Brief #12\n', SOURCE)
    assert doc is not None
    assert [str(c.pos) for c in doc.comments.values()] == ["content/a.md:3:10"]


@pytest.mark.parametrize(
    ("text", "where", "message", "hint"),
    [
        (
            "title: H\ntags: [#housing, cities]\nsummary: A.\nauthors: [A. Writer]\n",
            "content/a.md:3:7",
            "`[` is never closed: YAML found no `]` for it",
            'a ` #` starts a YAML comment, which hid the `]`: quote it: tags: ["#housing", cities]',
        ),
        (
            "title: H\ntags: [#housing, cities]\n",
            "content/a.md:3:7",
            "`[` is never closed: YAML found no `]` for it",
            'a ` #` starts a YAML comment, which hid the `]`: quote it: tags: ["#housing", cities]',
        ),
        (
            "extra: {a: 1, #b: 2}\n",
            "content/a.md:2:8",
            "`{` is never closed: YAML found no `}` for it",
            'a ` #` starts a YAML comment, which hid the `}`: quote it: extra: {a: 1, "#b: 2"}',
        ),
        (
            "tags: [housing, cities #x]\n",
            "content/a.md:2:7",
            "`[` is never closed: YAML found no `]` for it",
            "a ` #` starts a YAML comment, which hid the `]`: quote it: "
            'tags: [housing, "cities #x"]',
        ),
        (
            "authors: [Jane Doe #lead]\n",
            "content/a.md:2:10",
            "`[` is never closed: YAML found no `]` for it",
            "a ` #` starts a YAML comment, which hid the `]`: quote it: "
            'authors: ["Jane Doe #lead"]',
        ),
        (
            "refs: {report: Annual report #3, year: 2025}\n",
            "content/a.md:2:7",
            "`{` is never closed: YAML found no `}` for it",
            "a ` #` starts a YAML comment, which hid the `}`: quote it: "
            'refs: {report: "Annual report #3", year: 2025}',
        ),
        (
            "authors: [{name: Jane Doe #lead}, {name: Bob}]\n",
            "content/a.md:2:11",
            "`{` is never closed: YAML found no `}` for it",
            "a ` #` starts a YAML comment, which hid the `}`: quote it: "
            'authors: [{name: "Jane Doe #lead"}, {name: Bob}]',
        ),
        (
            "title: H\nkeys: [a,\n  b\nsummary: A.\n",
            "content/a.md:3:7",
            "`[` is never closed: YAML found no `]` for it",
            "close it with `]`, or quote the value if the `[` is text",
        ),
    ],
)
def test_load_yaml_places_an_unclosed_bracket_where_it_opens(
    text: str, where: str, message: str, hint: str
) -> None:
    """YAML failed at a later valid line or the closing `---`, after a `#` hid the `]`."""
    _, found = load_yaml(text, SOURCE)
    assert [(str(d.pos), d.message, d.hint) for d in found] == [
        (where, f"invalid YAML in front matter: {message}", hint)
    ]


AFTER_QUOTES = "text after the closing `{}` of a quoted value: YAML reads only what the quotes hold"


@pytest.mark.parametrize(
    ("text", "where", "quote", "hint"),
    [
        (
            'title: "Hamas" and the truce\ndate: 2026-01-05\n',
            "content/a.md:2:16",
            '"',
            """quote the whole value: title: '"Hamas" and the truce'""",
        ),
        (
            "tags: 'trade', 'aid'\n",
            "content/a.md:2:14",
            "'",
            "write a list in brackets: tags: ['trade', 'aid']",
        ),
        (
            "sources:\n  - title: 'Women''s' report # draft\n",
            "content/a.md:3:23",
            "'",
            "quote the whole value: - title: \"'Women''s' report\"",
        ),
        (
            "title: 'Europe's migration pact'\n",
            "content/a.md:2:16",
            "'",
            "quote it so that its `'` does not end it: title: \"Europe's migration pact\"",
        ),
        (
            'summary: "The "safe country" rule"\n',
            "content/a.md:2:16",
            '"',
            """quote it so that its `"` does not end it: summary: 'The "safe country" rule'""",
        ),
        (
            'authors:\n  - "Ana" Ruiz\n',
            "content/a.md:3:11",
            '"',
            """quote the whole value: - '"Ana" Ruiz'""",
        ),
        # A `-` after the quotes is read as a list's item: YAML told of no quotes.
        (
            'title: "A" - "B"\n',
            "content/a.md:2:12",
            '"',
            """quote the whole value: title: '"A" - "B"'""",
        ),
    ],
)
def test_load_yaml_tells_of_text_after_a_quoted_value(
    text: str, where: str, quote: str, hint: str
) -> None:
    """YAML said only "did not find expected key" (or "'-' indicator"), with no hint."""
    _, found = load_yaml(text, SOURCE)
    message = f"invalid YAML in front matter: {AFTER_QUOTES.format(quote)}"
    assert [(str(d.pos), d.message, d.hint) for d in found] == [(where, message, hint)]


@pytest.mark.parametrize(
    ("text", "where", "message", "hint"),
    [
        (
            'tags: ["trade" policy, aid]\n',
            "content/a.md:2:16",
            'text after the closing `"` of a quoted item: YAML reads only what the quotes hold',
            """put a comma between two items, `"trade", policy`; or quote the item whole, """
            "`'trade policy'`",
        ),
        (
            "title: {{ page.title }}\n",
            "content/a.md:2:8",
            "`{{ page.title }}` is a template's tag: nothing fills it in, and YAML reads its "
            "braces as a mapping",
            "write the value itself; or, to show the braces, quote it: title: '{{ page.title }}'",
        ),
        # An apostrophe ended the item: no two items, nor a space, are meant.
        (
            "tags: ['women's rights']\n",
            "content/a.md:2:15",
            "text after the closing `'` of a quoted item: YAML reads only what the quotes hold",
            """quote it so that its `'` does not end it: `"women's rights"`""",
        ),
        # The list's `]` stays outside the quotes; a Liquid tag stops YAML at its `%`.
        (
            "tags: [{{ page.tags }}, aid]\n",
            "content/a.md:2:8",
            "`{{ page.tags }}` is a template's tag: nothing fills it in, and YAML reads its "
            "braces as a mapping",
            "write the value itself; or, to show the braces, quote it: "
            "tags: ['{{ page.tags }}', aid]",
        ),
        (
            "summary: {% include summary.md %}\n",
            "content/a.md:2:10",
            "`{% include summary.md %}` is a template's tag: nothing fills it in, and YAML "
            "cannot read its `%`",
            "write the value itself; or, to show the braces, quote it: "
            "summary: '{% include summary.md %}'",
        ),
    ],
)
def test_load_yaml_hints_at_a_flow_items_text_after_quotes_and_a_template_tag(
    text: str, where: str, message: str, hint: str
) -> None:
    """YAML said "did not find expected ',' or ']'" and "found unhashable key", no hint."""
    _, found = load_yaml(text, SOURCE)
    assert [(str(d.pos), d.message, d.hint) for d in found] == [
        (where, f"invalid YAML in front matter: {message}", hint)
    ]


@pytest.mark.parametrize(
    ("text", "where", "message", "hint"),
    [
        (
            "title: T\ndate: 2026-01-05\n  summary: An example\n",
            "content/a.md:4:3",
            "`summary:` is indented more than `date:` above it, so YAML reads it as more of "
            "`date`'s value",
            "start `summary:` in the column of `date:`; if the line goes on with that value, "
            "quote the value",
        ),
        (
            "sources:\n  - title: Report\n  url: https://x.org/\n",
            "content/a.md:4:3",
            "`url:` is indented 2 spaces, which lines it up with no key above it: YAML cannot "
            "tell which mapping it belongs to",
            "indent it as `title:` is, 4 spaces, to put it beside `title:`; or as a key further "
            "left is",
        ),
        (
            "extra:\n  region: Sahel\n year: 2026\n",
            "content/a.md:4:2",
            "`year:` is indented 1 space, which lines it up with no key above it: YAML cannot "
            "tell which mapping it belongs to",
            "indent it as `region:` is, 2 spaces, to put it beside `region:`; or as a key "
            "further left is",
        ),
        (
            'title: "Annex C:\\Users\\ana"\n',
            "content/a.md:2:17",
            "in double quotes a `\\` starts an escape, and `\\Us` is none YAML reads",
            "write `\\\\` for a backslash, or quote the value with `'`, where `\\` is a plain "
            "character",
        ),
    ],
)
def test_load_yaml_names_a_misplaced_key_or_escape(
    text: str, where: str, message: str, hint: str
) -> None:
    """YAML said "did not find expected key", or "mapping values are not allowed" with the
    hint to quote a `:`, or "found unknown escape character", none of which names the fix."""
    _, found = load_yaml(text, SOURCE)
    assert [(str(d.pos), d.message, d.hint) for d in found] == [
        (where, f"invalid YAML in front matter: {message}", hint)
    ]


KEY_HINT = (
    "write `key: value`, with a `:` and a space after the key; indent a line that continues "
    "the value above"
)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("title: T\nsummary An example\ndate: 2026-01-05\n", "content/a.md:3:1"),
        ("title: T\nsummary An example", "content/a.md:3:1"),
        ("title: T\nsummary: An example\nthat runs on\ndate: 2026-01-05\n", "content/a.md:4:1"),
        ("sources:\n  - a\n  b\n", "content/a.md:4:3"),
        # The first key: YAML reads it and the lines under it as one key, up to a `:`.
        ("summary An example\ntitle: T\n", "content/a.md:2:1"),
        ("summary An example\nmore text\ntitle: T\n", "content/a.md:2:1"),
        ("title\tA\ndate: 2026-01-05\nsummary: S\n", "content/a.md:2:1"),
        ("summary An example # note\ntitle: T\n", "content/a.md:2:1"),
        ("# Notes\n\nsummary An example # note\ntitle: T\n", "content/a.md:4:1"),
        ("sources:\n  - title A report\n    url: https://example.org\n", "content/a.md:3:5"),
    ],
)
def test_load_yaml_places_a_line_without_a_colon_at_that_line(text: str, where: str) -> None:
    """YAML gave up at the next line, or past the last one, where it found no `:`."""
    _, found = load_yaml(text, SOURCE)
    assert [(str(d.pos), d.message, d.hint) for d in found] == [
        (where, "invalid YAML in front matter: could not find expected ':'", KEY_HINT)
    ]


def test_load_yaml_places_an_unclosed_quote_where_it_opens() -> None:
    """YAML gave up at the end of the front matter, on its last line or past it."""
    _, found = load_yaml('title: "Budget talks\ndate: 2026-01-05\n', SOURCE)
    assert [(str(d.pos), d.message, d.hint) for d in found] == [
        (
            "content/a.md:2:8",
            'invalid YAML in front matter: `"` is never closed: YAML found no `"` after it',
            'end the value with `"`',
        )
    ]


def test_load_yaml_reads_a_comment_after_a_closed_bracket_silently() -> None:
    doc, found = load_yaml("tags: [housing, cities]  # two\nkeys: [a,  # first\n  b]\n", SOURCE)
    assert found == []
    assert doc is not None and doc.data == {"tags": ["housing", "cities"], "keys": ["a", "b"]}


def test_load_yaml_reads_an_unclosed_bracket_before_many_spaces_in_linear_time() -> None:
    """The comment's item was matched lazily before the spaces after it: 40,000 spaces took
    20 s, and the hint repeated the whole line."""
    started = cpu_seconds()
    _, found = load_yaml("tags: [#" + " " * 60_000 + "x\n", SOURCE)
    seconds = cpu_seconds() - started
    assert [len(str(d.hint)) < 200 for d in found] == [True]
    assert seconds < 5, f"took {seconds:.1f} s"


LONG_KEY = "k" * 1100


@pytest.mark.parametrize(
    ("text", "where", "length"),
    [
        (f"extra:\n  {LONG_KEY}: 1\n", "content/a.md:3:3", 1100),
        (f"title: T\n{LONG_KEY}: 1\n", "content/a.md:3:1", 1100),
        (f'extra:\n  "{LONG_KEY}": 1\n', "content/a.md:3:3", 1102),
        (f"extra: {{a: 1, {LONG_KEY}: 2}}\n", "content/a.md:2:15", 1100),
        (f"tags:\n  - {LONG_KEY}: 1\n", "content/a.md:3:5", 1100),
    ],
)
def test_load_yaml_names_a_key_over_1024_characters(text: str, where: str, length: int) -> None:
    """YAML's message was "mapping values are not allowed" with the hint to quote a value,
    past the key's end: quoting a key does not lift YAML's limit."""
    _, found = load_yaml(text, SOURCE)
    assert [(str(d.pos), d.message, d.hint) for d in found] == [
        (
            where,
            f"invalid YAML in front matter: a key of {length} characters is too long: YAML "
            "reads a key of at most 1,024 before its `:`, quoted or not",
            "shorten it, or write `? ` and the key on a line of its own, `: ` and the value below",
        )
    ]


TABLE = YamlSource("content/a.md", first_line=10, column_offset=0, what="table")


@pytest.mark.parametrize(
    ("text", "where", "problem", "quoted"),
    [
        ("title: [DRAFT] Welfare measures\n", "2:8", "start with `[`", 'title: "[DRAFT] Welfare'),
        ("title: {Draft} note\n", "2:8", "reads `{Draft}` as a mapping", 'title: "{Draft} note"'),
        ("summary: **Key:** it is.\n", "2:10", "alias", 'summary: "**Key:** it is."'),
        ("summary: *Draft* - not for circulation.\n", "2:10", "alias", '"*Draft* - not'),
        ("summary: *Provisional estimates.\n", "2:10", "alias", '"*Provisional estimates."'),
        ("summary: *Provisional\n", "2:10", "alias", 'summary: "*Provisional"'),
        ("summary: &Co report\n", "2:10", "anchor", 'summary: "&Co report"'),
        ("summary: `ETS2` explained.\n", "2:10", "start with `` ` ``", '"`ETS2` explained."'),
        ("summary: @UNHCR figures\n", "2:10", "start with `@`", 'summary: "@UNHCR figures"'),
        ("summary: > The report\n", "2:10", "block of lines", 'summary: "> The report"'),
        ("rows:\n  - [Right to Try, *, *]\n", "11:20", "alias", '- [Right to Try, "*", "*"]'),
        ("rows:\n  - [**Total**, 40, '(2,650)']\n", "11:6", "alias", '- ["**Total**", 40,'),
        ("rows:\n  - [% change, 3, 4]\n", "11:6", "start with `%`", '- ["% change", 3, 4]'),
        ("rows:\n  - [R&D, &, 4]\n", "11:11", "anchor", '- [R&D, "&", 4]'),
        ("rows:\n  - A: *Provisional* figure\n", "11:8", "alias", 'A: "*Provisional* figure"'),
        ("rows:\n  - [*Provisional, 3]\n", "11:6", "alias", '- ["*Provisional", 3]'),
        ("rows:\n  - [Cites H[^h], 2]\n", "11:13", "cannot hold `[`", '- ["Cites H[^h]", 2]'),
        ("rows:\n  - [a,\n     *c*, d]\n", "12:6", "alias", '"*c*", d]'),
    ],
)
def test_load_yaml_names_a_value_meant_as_text_at_its_first_character(
    text: str, where: str, problem: str, quoted: str
) -> None:
    """`[DRAFT]`, `**bold**`, `*` cells: YAML syntax at a value's start, with the quoted
    value as the hint, at the character (not where YAML gave up, nor a column past it)."""
    source = TABLE if text.startswith("rows:") else SOURCE
    _, (found,) = load_yaml(text, source)
    assert str(found.pos) == f"content/a.md:{where}"
    assert problem in found.message
    assert found.hint is not None and "quote the" in found.hint and quoted in found.hint


def test_load_yaml_keeps_the_anchor_message_for_an_anchor_and_its_alias() -> None:
    assert problems("a: &x 1\nb: *x\nc: *Provisional text\n") == [
        "content/a.md:2:4: anchors/aliases are not allowed"
    ]


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        # A wrapped value: quoting its first line alone left `measures for 2024` a bare key.
        ("summary: [DRAFT] Welfare\n  measures for 2024\n", "[DRAFT] Welfare measures for 2024"),
        ("summary: *Provisional estimates\n    for 2024\n", "*Provisional estimates for 2024"),
        # A comment after the value stays one, outside the quotes.
        ("summary: [DRAFT] Welfare # note\n", "[DRAFT] Welfare"),
        ("summary: [DRAFT] Welfare\n  measures # note\n", "[DRAFT] Welfare measures"),
        ("title: [DRAFT] Welfare measures\n", "[DRAFT] Welfare measures"),
    ],
)
def test_load_yaml_hint_for_a_value_meant_as_text_reads_cleanly_when_applied(
    lines: str, value: str
) -> None:
    """Written over the value's lines, the hinted line is read as the text meant."""
    _, (found,) = load_yaml(f"{lines}date: 2026-03-14\n", SOURCE)
    assert found.hint is not None
    applied = found.hint.partition("`: ")[2]
    doc, diagnostics = load_yaml(f"{applied}\ndate: 2026-03-14\n", SOURCE)
    assert diagnostics == []
    assert doc is not None and isinstance(doc.data, dict)
    assert doc.data[lines.partition(":")[0]] == value


@pytest.mark.parametrize("line", ["summary: &x\n", "summary: &Co report\n"])
def test_load_yaml_names_an_anchor_meant_as_text_invalid_yaml_as_its_siblings(line: str) -> None:
    """`summary: &x` lacked the prefix that `*x`, `[x] y` and `` `x` `` have."""
    (message,) = problems(line)
    assert message.startswith(
        "content/a.md:2:10: invalid YAML in front matter: a value cannot start with `&` unquoted"
    )


@pytest.mark.parametrize(
    ("text", "where", "said", "code"),
    [
        ("title:\u00a0Nbsp after colon\ndate: 2026-12-01\nsummary: x\n", "2:7", "title:", "00A0"),
        ("title: T\ndate: 2026-12-01\nsummary:\u00a0x\n", "4:9", "summary:", "00A0"),
        ("title: T\ndate:\u00a02026-12-01\nsummary: x\n", "3:6", "date:", "00A0"),
        ("title: T\ntags:\u00a0[a, b]\n", "3:6", "tags:", "00A0"),
        ("title:\u202fT\ndate: 2026-12-01\n", "2:7", "title:", "202F"),
        ("title:\u2007T\ndate: 2026-12-01\n", "2:7", "title:", "2007"),
        ("tags:\n  - a\n  -\u00a0b\nsummary: x\n", "4:4", "-", "00A0"),
        ("updates:\n  - date:\u00a02026-01-02\n    text: x\n", "3:10", "date:", "00A0"),
    ],
)
def test_load_yaml_names_a_no_break_space_after_a_keys_colon_at_it(
    text: str, where: str, said: str, code: str
) -> None:
    """YAML read `title:` and its value as one text, and failed at the next line ("mapping
    values are not allowed", hint: quote a value with `:`) or at the closing `---`."""
    _, found = load_yaml(text, SOURCE)
    name = {"00A0": "no-break space", "202F": "narrow no-break space", "2007": "figure space"}
    assert [(str(d.pos), d.message) for d in found] == [
        (
            f"content/a.md:{where}",
            f"invalid YAML in front matter: a {name[code]} (U+{code}) follows `{said}`; "
            "YAML needs a plain space",
        )
    ]
    assert [d.hint for d in found] == [
        f"replace the U+{code} after `{said}` with a plain space "
        "(most editors show it as a space, or as nothing)"
    ]


def test_load_yaml_leaves_a_no_break_space_that_is_not_the_trouble_unnamed() -> None:
    """A no-break space after a colon inside a text is the author's: the error is elsewhere."""
    text = "summary: |\n  Ratio:\u00a0two to one\ntitle: Rubio: Mexico visit\n"
    _, found = load_yaml(text, SOURCE)
    assert [(str(d.pos), d.message) for d in found] == [
        (
            "content/a.md:4:13",
            "invalid YAML in front matter: mapping values are not allowed in this context",
        )
    ]
    assert load_yaml("title: Ratio:\u00a0two to one\n", SOURCE)[1] == []


def test_load_yaml_names_the_first_of_no_break_spaces_that_make_one_text() -> None:
    """Neither blank alone is YAML's trouble: the lines are one text until both are spaces."""
    text = "title:\u00a0A\ndate:\u00a02026-01-02\nsummary: x\n"
    _, found = load_yaml(text, SOURCE)
    assert [str(d.pos) for d in found] == ["content/a.md:2:7"]


def test_load_yaml_tries_no_break_spaces_after_colons_in_bounded_time() -> None:
    """Each was read again with a plain space in its place: 7,800 lines took 9 s."""
    started = cpu_seconds()
    _, found = load_yaml("s: |\n" + "  a:\u00a0x\n" * 7800 + "title: a: b\n", SOURCE)
    seconds = cpu_seconds() - started
    assert [
        d.message.endswith("mapping values are not allowed in this context") for d in found
    ] == [True]
    assert seconds < 1, f"took {seconds:.1f} s"
    started = cpu_seconds()
    load_yaml("k:\u00a0" + "- " * 30_000 + "\nx\n", SOURCE)
    assert cpu_seconds() - started < 1


@pytest.mark.parametrize(
    ("lines", "where", "message", "said"),
    [
        (
            "tags:\n  -\u00a0energy\n  -\u00a0health\n",
            "6:4",
            "`tags`: expected a list of strings",
            "-",
        ),
        (
            "extra:\n  region:\u00a0Americas\n",
            "6:10",
            "`extra` must be a mapping of your own fields, not text",
            "region:",
        ),
    ],
)
def test_load_yaml_names_a_no_break_space_that_made_a_list_or_mapping_text(
    lines: str, where: str, message: str, said: str
) -> None:
    """YAML read each `-` and its item as one text: the hint to write `[- energy - health]`
    copied the no-break spaces back, and gave one tag."""
    text = f"---\ntitle: T\ndate: 2026-03-14\nsummary: S\n{lines}---\n\nBody.\n"
    _, found = parse_briefing("content/a.md", text)
    assert [(d.severity, str(d.pos), d.message, d.hint) for d in found] == [
        (
            "error",
            f"content/a.md:{where}",
            f"{message}: a no-break space (U+00A0) follows `{said}`; YAML needs a plain space",
            f"replace the U+00A0 after `{said}` with a plain space "
            "(most editors show it as a space, or as nothing)",
        )
    ]


def test_load_yaml_names_a_no_break_space_that_made_table_rows_text() -> None:
    fence = "```table\ncolumns: [A, B]\nrows:\n  -\u00a0[1, 2]\n```\n"
    _, found = parse_briefing("content/a.md", "---\ntitle: T\ndate: 2026-03-14\n---\n\n" + fence)
    assert [(str(d.pos), d.message) for d in found] == [
        (
            "content/a.md:9:4",
            "table `rows` must be a non-empty list: a no-break space (U+00A0) follows `-`; "
            "YAML needs a plain space",
        )
    ]


def test_load_yaml_leaves_a_no_break_space_in_text_a_field_wants_unnamed() -> None:
    """In a summary, the lines are text as meant: no field is of the wrong type."""
    text = "---\ntitle: T\ndate: 2026-03-14\nsummary: S\n  -\u00a0x\n---\n\nBody.\n"
    assert parse_briefing("content/a.md", text)[1] == []


def test_load_yaml_names_each_no_break_space_at_its_own_line() -> None:
    """Lines as YAML counts them: CRLF is one break, U+2028 another the file does not show."""
    text = (
        "title: T\r\ndate: 2026-03-14\r\nsummary: S\u2028 \r\ntags:\r\n  -\u00a0energy\r\n"
        "  -\u00a0health\r\nextra:\r\n  region:\u00a0Americas\r\n"
    )
    _, found = parse_briefing("content/a.md", f"---\r\n{text}---\r\n\r\nBody.\r\n")
    assert [(str(d.pos), d.message.split(":")[0]) for d in found] == [
        ("content/a.md:6:4", "`tags`"),
        ("content/a.md:9:10", "`extra` must be a mapping of your own fields, not text"),
    ]


def test_hidden_spaces_in_many_values_are_placed_about_as_fast_as_markdown_it_reads_them() -> None:
    """Bounded by markdown-it's own parse of the same text, not by seconds. Each value's blank
    was placed by counting the lines from the text's start: a table of 16,000 cells `x:` and a
    no-break space took 31 s to build, and printed nothing."""
    text = "rows:\n" + "  - - x:\u00a0y\n" * 5_000
    root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert root is not None
    seconds, bare = least_cpu_seconds_beside(
        lambda: hidden_spaces_in_text(root, text),
        lambda: MarkdownIt("commonmark").enable("table").parse(text),
        bound=lambda bare: 3 * bare + 0.1,
    )
    found = hidden_spaces_in_text(root, text)
    assert (found[("rows", 4_999, 0)].line, len(found)) == (5_000, 5_000)
    assert seconds < 3 * bare + 0.1, f"took {seconds:.1f} s, the bare parse {bare:.1f} s"


def test_load_yaml_walks_no_value_for_bad_characters_the_text_cannot_make(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A value holds the text's characters and what its escapes make: a text with neither a
    backslash nor a control character or noncharacter is not walked value by value."""

    def refuse(data: object) -> None:
        raise AssertionError("walked")

    monkeypatch.setattr(yamlload, "find_bad_character", refuse)
    doc, diagnostics = load_yaml("title: Trade\nrows:\n  - [a, 'b c', 1.5]\n", SOURCE)
    assert doc is not None and diagnostics == []


@pytest.mark.parametrize("text", ['a: "x\\x01"\n', 'a: "\\U0010FFFF"\n', 'a: "\\uFFFE"\n'])
def test_load_yaml_refuses_a_bad_character_an_escape_makes(text: str) -> None:
    doc, diagnostics = load_yaml(text, SOURCE)
    assert doc is None
    (problem,) = diagnostics
    assert problem.message.startswith("front matter holds the character U+")


def test_load_yaml_builds_each_text_key_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The duplicate-key check reads a text key as written, which is what building it gives:
    the mapping builds it, once."""
    built: list[object] = []
    original = yamlload._StrictLoader.construct_object

    def counting(self: yaml.SafeLoader, node: yaml.Node, deep: bool = False) -> object:
        if isinstance(node, yaml.ScalarNode):
            built.append(node.value)
        return original(self, node, deep)

    monkeypatch.setattr(yamlload._StrictLoader, "construct_object", counting)
    doc, diagnostics = load_yaml("title: T\nrows:\n  - {a: 1, 2: b}\n", SOURCE)
    assert doc is not None and diagnostics == []
    assert doc.data == {"title": "T", "rows": [{"a": 1, "2": "b"}]}
    assert sorted(map(str, built)) == ["1", "2", "2", "T", "a", "b", "rows", "title"]
