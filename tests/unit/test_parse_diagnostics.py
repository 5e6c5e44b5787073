"""Every parser diagnostic, pinned as `path:line:col: severity: message` from a fixture file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefgen.content.parse import decode_source, parse_briefing
from briefgen.content.yamlerrors import _quoted_line
from briefgen.diagnostics import format_diagnostic, sorted_diagnostics
from briefgen.model import Table
from tests.conftest import REPO, cpu_seconds

FIXTURE = Path(__file__).parents[1] / "fixtures" / "parse" / "diagnostics.md"


@dataclass(frozen=True)
class Case:
    """One fixture case: its title, the file's content and the expected diagnostic lines."""

    title: str
    line: int
    content: str
    expected: tuple[str, ...]


def read_cases(path: Path) -> list[Case]:
    """Read dot-delimited cases: title, `.`, content, `.`, expected lines, `.`."""
    lines = path.read_text(encoding="utf-8").split("\n")
    cases: list[Case] = []
    index = 0
    while index < len(lines):
        if not lines[index].strip() or (not cases and lines[index].startswith("#")):
            index += 1
            continue
        title, start = lines[index], index + 1
        assert lines[start] == ".", f"{path}:{start + 1}: expected `.` after the title"
        content_end = lines.index(".", start + 1)
        expected_end = lines.index(".", content_end + 1)
        body = lines[start + 1 : content_end]
        content = "\n".join(body) + ("\n" if body else "")
        expected = tuple(lines[content_end + 1 : expected_end])
        cases.append(Case(title, index + 1, _unescape(content), expected))
        index = expected_end + 1
    return cases


def _unescape(text: str) -> str:
    return re.sub(r"\\x([0-9a-f]{2})|\\u([0-9a-f]{4})", lambda m: chr(int(m[1] or m[2], 16)), text)


CASES = read_cases(FIXTURE)


def _diagnostic_lines(content: str) -> tuple[str, ...]:
    text, diagnostics = decode_source("content/a.md", content.encode("utf-8"))
    if text is not None:
        _, diagnostics = parse_briefing("content/a.md", text)
    return tuple(f"{d.pos}: {d.severity}: {d.message}" for d in sorted_diagnostics(diagnostics))


def test_fixture_has_enough_cases() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[f"L{c.line}-{c.title}" for c in CASES])
def test_parse_reports_fixture_diagnostics(case: Case) -> None:
    assert _diagnostic_lines(case.content) == case.expected


@pytest.mark.parametrize("case", CASES, ids=[f"L{c.line}-{c.title}" for c in CASES])
def test_parse_returns_no_briefing_exactly_when_an_error_is_reported(case: Case) -> None:
    text, decode_problems = decode_source("content/a.md", case.content.encode("utf-8"))
    if text is None:
        assert decode_problems
        return
    briefing, diagnostics = parse_briefing("content/a.md", text)
    assert (briefing is None) == any(d.is_error for d in diagnostics)


def _hint(content: str) -> str | None:
    _, diagnostics = parse_briefing("content/a.md", content)
    return diagnostics[0].hint


def test_parse_hints_to_quote_values_containing_colons() -> None:
    hint = _hint("---\ntitle: Rubio: Mexico visit\ndate: 2026-03-14\n---\n")
    assert hint is not None
    assert "quote values containing `:`" in hint


def test_parse_hints_to_quote_the_lines_own_value_with_a_colon() -> None:
    """An update's `text: Correction: …` was shown the example of a title, not its own line."""
    front = "---\ntitle: T\ndate: 2026-03-14\nupdates:\n  - date: 2026-03-15\n"
    hint = _hint(f'{front}    text: Correction: an earlier version gave "12"\n---\n')
    assert hint == (
        'quote values containing `:`, e.g. text: "Correction: an earlier version gave \\"12\\""'
    )


def test_parse_hint_to_quote_a_value_leaves_its_comment_out() -> None:
    """A note after the value is YAML's comment: inside the quotes it would be published."""
    hint = _hint("---\ntitle: Rubio: Mexico visit  # draft\ndate: 2026-03-14\n---\n")
    assert hint == 'quote values containing `:`, e.g. title: "Rubio: Mexico visit"'


def test_parse_hint_to_quote_a_value_reads_a_long_line_in_linear_time() -> None:
    """A lazy value before optional blanks took time quadratic in a run of blanks."""
    started = cpu_seconds()
    example = _quoted_line("title: a" + " " * 40_000 + "b: c", 0)
    assert cpu_seconds() - started < 2
    assert example.startswith('title: "a ')


def test_parse_hints_to_indent_yaml_with_spaces() -> None:
    assert _hint("---\ntitle: T\nextra:\n\ta: 1\n---\n") == "indent with spaces, not tabs"


def test_parse_hints_a_list_of_sources_in_one_line() -> None:
    """The hint showed its example on three lines, each break printed as `\\x0a`."""
    _, diagnostics = parse_briefing(
        "content/a.md", "---\ntitle: T\ndate: 2026-03-14\nsources: {title: x}\n---\n"
    )
    assert format_diagnostic(diagnostics[0]).splitlines() == [
        "content/a.md:4:1: error: `sources` must be a list of entries with at least a `title:`",
        "  hint: make it a list, a `- title:` line for each source, or on one line:"
        " `sources: [{title: Annual report 2025, url: https://example.org/report}]`",
    ]


def test_parse_hints_to_put_custom_fields_under_extra() -> None:
    assert _hint("---\ntitle: T\ndate: 2026-03-14\nsumary: x\n---\n") == (
        "put custom fields under `extra:`"
    )


def test_parse_names_the_table_row_fix() -> None:
    text = "---\ntitle: T\ndate: 2026-03-14\n---\n| a |\n|---|\n| 1 | 2 |\n"
    assert _hint(text) == "remove the extra `|` cell or add a header column"


@pytest.mark.parametrize(
    ("body", "hint"),
    [
        ("- **:** x", "write the term in the bold part, or delete the item"),
        ("&nbsp;\n: x", "write the term on the line above the `:`, or delete the item"),
    ],
)
def test_parse_hints_how_to_fill_an_empty_term(body: str, hint: str) -> None:
    assert _hint(f"---\ntitle: T\ndate: 2026-03-14\n---\n\n{body}\n") == hint


def test_parse_hints_to_escape_a_pipe_inside_code_in_a_table_cell() -> None:
    """GFM splits the row at it first: the page showed `` `c `` and dropped `` d` ``, and the
    hint said to remove a cell the writer never wrote."""
    text = "---\ntitle: T\ndate: 2026-03-14\n---\n| a | b |\n|---|---|\n| 1 \\| x | `c|d` |\n"
    assert _hint(text) == (
        "write it as `\\|`: a table row is split at every `|` not escaped, in code too"
    )
    escaped = text.replace("`c|d`", "`c\\|d`")
    briefing, _ = parse_briefing("content/a.md", escaped)
    assert briefing is not None
    (table,) = briefing.lede
    assert isinstance(table, Table)
    assert [cell.text for cell in table.rows[0]] == ["1 | x", "c|d"]


@pytest.mark.parametrize(
    ("fence", "shown"), [("`" * 50_000, "50,000 backticks"), ("~" * 12, "12 tildes")]
)
def test_parse_hint_to_close_a_long_fence_counts_its_marks(fence: str, shown: str) -> None:
    """A fence line of 50,000 backticks once gave a 50 KB hint repeating them."""
    text = f"---\ntitle: T\ndate: 2026-03-14\n---\n\n{fence}\ncode\n"
    assert _hint(text) == f"add a line of {shown} (as many as open it) where the code ends"
    assert _hint(text.replace(fence, "````")) == "add a line ```` where the code ends"


def test_decode_reports_invalid_utf8_with_line_and_byte() -> None:
    _, diagnostics = decode_source("content/a.md", b"---\ntitle: caf\xe9\n---\n")
    assert [f"{d.pos}: {d.message}" for d in diagnostics] == [
        "content/a.md:2:11: not valid UTF-8 at line 2, byte 14"
    ]


@pytest.mark.parametrize(
    ("front_end", "body_end"), [("\n", "\n"), ("\r\n", "\r\n"), ("\r", "\r"), ("\n", "\r")]
)
def test_decode_places_invalid_utf8_at_its_line_and_character_column(
    front_end: str, body_end: str
) -> None:
    front = "---\ntitle: T\ndate: 2026-03-14\n---\n".replace("\n", front_end)
    body = "\nText.\n\n".replace("\n", body_end)  # so the bad byte is on line 8
    data = f"{front}{body}€ é 😀 é".encode() + b"\xe9\n"
    _, diagnostics = decode_source("content/a.md", data)
    assert [f"{d.pos}: {d.message}" for d in diagnostics] == [
        f"content/a.md:8:8: not valid UTF-8 at line 8, byte {data.index(bytes([0xE9]))}"
    ]


def test_decode_does_not_count_a_bom_as_a_column() -> None:
    _, diagnostics = decode_source("content/a.md", b"\xef\xbb\xbfcaf\xe9\n")
    assert [f"{d.pos}: {d.message}" for d in diagnostics] == [
        "content/a.md:1:4: not valid UTF-8 at line 1, byte 6"
    ]


def test_decode_rejects_files_over_two_megabytes() -> None:
    _, diagnostics = decode_source("content/a.md", b"x" * (2 * 1024 * 1024 + 1))
    assert [f"{d.pos}: {d.message}" for d in diagnostics] == [
        "content/a.md:1:1: file is 2,097,153 bytes; the limit is 2,097,152 bytes (2 MB)"
    ]


def test_parse_rejects_text_over_two_megabytes() -> None:
    _, diagnostics = parse_briefing("content/a.md", "é" * (1024 * 1024 + 1))
    assert [d.message for d in diagnostics] == [
        "file is 2,097,154 bytes; the limit is 2,097,152 bytes (2 MB)"
    ]


def test_parse_rejects_front_matter_over_64_kilobytes() -> None:
    text = "---\ntitle: T\ndate: 2026-03-14\nsummary: " + "x" * 70_000 + "\n---\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [f"{d.pos}: {d.message}" for d in diagnostics] == [
        "content/a.md:2:1: front matter is 70,035 bytes; the limit is 65,536 bytes (64 KB)"
    ]


def test_parse_rejects_a_yaml_table_over_256_kilobytes() -> None:
    """The README's Safety promises tables over 256 KB are refused, as front matter over 64 KB;
    one of 256 KB exactly is read."""
    front = "---\ntitle: T\ndate: 2026-03-14\n---\n\n```table\n"
    table = "columns: [A, B]\nrows:\n  - [a, {}]\n"

    def problems(size: int) -> list[str]:
        cell = "x" * (size - len(table.format("")))
        _, diagnostics = parse_briefing("content/a.md", front + table.format(cell) + "```\n")
        return [f"{d.pos}: {d.message}" for d in diagnostics if "limit" in d.message]

    assert problems(256 * 1024) == []
    assert problems(256 * 1024 + 1) == [
        "content/a.md:7:1: table is 262,145 bytes; the limit is 262,144 bytes (256 KB)"
    ]


def test_parse_transliterates_a_name_without_latin_letters() -> None:
    briefing, _ = parse_briefing("content/移民.md", "---\ntitle: T\ndate: 2026-03-14\n---\n")
    assert briefing is not None
    assert briefing.slug == "yi-min"


def test_parse_reports_an_invalid_language_tag_at_its_line() -> None:
    text = "---\ntitle: T\ndate: 2026-03-14\nlang: spanish_MX\n---\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [f"{d.pos}: {d.message}" for d in diagnostics] == [
        "content/a.md:4:1: `lang` `spanish_MX` is not a language tag briefgen takes"
    ]


@pytest.mark.parametrize(
    ("tag", "message", "hint"),
    [
        (
            "en-US-u-ca-gregory",
            "has an extension (`u-ca-gregory`)",
            "write `lang: en-US`",
        ),
        (
            "de-Latn-DE-1901-u-co-phonebk",
            "has an extension (`u-co-phonebk`)",
            "write `lang: de-Latn-DE-1901`",
        ),
        (
            "en-x-aaaaaaaa-bbbbbbbb",
            "has a private-use part (`x-aaaaaaaa-bbbbbbbb`)",
            "write `lang: en`",
        ),
        (
            "x-newsroom",
            "is a private-use tag",
            "write a tag such as es, fr, pt-BR or zh-Hant",
        ),
    ],
)
def test_parse_refuses_a_tag_with_an_extension_saying_so(tag: str, message: str, hint: str) -> None:
    """Valid BCP 47 tags were refused as "not a BCP 47 language tag", which is false."""
    text = f"---\ntitle: T\ndate: 2026-03-14\nlang: {tag}\n---\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [(f"{d.pos}: {d.message}", d.hint) for d in diagnostics] == [
        (
            f"content/a.md:4:1: `lang` `{tag}` {message};"
            " briefgen takes only a language, script, region and variants",
            hint,
        )
    ]


@pytest.mark.parametrize(
    ("tag", "hint"),
    [
        ("i-klingon", "write `lang: tlh`, its preferred value"),
        ("en-GB-oed", "write `lang: en-GB-oxendict`, its preferred value"),
        ("zh-min-nan", "write `lang: nan`, its preferred value"),
        ("I-NAVAJO", "write `lang: nv`, its preferred value"),
        ("i-default", "write a tag such as es, fr, pt-BR or zh-Hant"),
    ],
)
def test_parse_refuses_a_grandfathered_tag_saying_so(tag: str, hint: str) -> None:
    """They are valid BCP 47 tags, registered whole: "not a BCP 47 language tag" was false."""
    text = f"---\ntitle: T\ndate: 2026-03-14\nlang: {tag}\n---\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [(f"{d.pos}: {d.message}", d.hint) for d in diagnostics] == [
        (
            f"content/a.md:4:1: `lang` `{tag}` is a grandfathered tag, registered whole;"
            " briefgen takes only a language, script, region and variants",
            hint,
        )
    ]


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("pt_BR", "write `lang: pt-BR`: a tag joins its subtags with `-`"),
        ("es_419", "write `lang: es-419`: a tag joins its subtags with `-`"),
        ("Spanish", "write `lang: es`, the tag of Spanish"),
        ("Español", "write `lang: es`, the tag of Spanish"),
        ("français", "write `lang: fr`, the tag of French"),
        ("Brazilian Portuguese", "write `lang: pt-BR`, the tag of Brazilian Portuguese"),
        ("Newspeak", "write a tag such as es, fr, pt-BR or zh-Hant"),
    ],
)
def test_parse_hints_a_language_written_by_name_or_as_a_locale(written: str, hint: str) -> None:
    """Each got "write a tag such as es, fr, pt-BR or zh-Hant", though a file named
    `a.pt_BR.md` is told its tag: a translator writes the language's name, in it or English."""
    text = f"---\ntitle: T\ndate: 2026-03-14\nlang: {written}\n---\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [(d.message, d.hint) for d in diagnostics] == [
        (f"`lang` `{written}` is not a language tag briefgen takes", hint)
    ]


@pytest.mark.parametrize("key", ["''", '""', "'  '"])
def test_parse_reports_an_empty_translation_key_at_its_line(key: str) -> None:
    """An empty key was dropped silently: the file fell back to its base name's group."""
    text = f"---\ntitle: T\ndate: 2026-03-14\ntranslation_key: {key}\n---\n"
    briefing, diagnostics = parse_briefing("content/a.es.md", text)
    assert briefing is None
    assert [f"{d.pos}: {d.message}" for d in diagnostics] == [
        "content/a.es.md:4:1: `translation_key` is empty"
    ]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("", "is empty"),
        (" null", "is `null`: YAML reads it as no value"),
        (" ~", "is `~`: YAML reads it as no value"),
        (' ""', "is empty"),
    ],
)
@pytest.mark.parametrize("key", ["lang", "translation_key"])
def test_parse_reports_a_language_field_with_no_value_at_its_line(
    key: str, written: str, shown: str
) -> None:
    """YAML reads `lang:` as absent: the file took its name's language, or group, unwarned."""
    text = f"---\ntitle: T\ndate: 2026-03-14\n{key}:{written}\n---\n"
    briefing, diagnostics = parse_briefing("content/a.es.md", text)
    assert briefing is None
    assert [f"{d.pos}: {d.message}" for d in diagnostics] == [
        f"content/a.es.md:4:1: `{key}` {shown}"
    ]
    assert diagnostics[0].hint is not None and diagnostics[0].hint.endswith("or remove the line")


def test_parse_reads_a_translation_key() -> None:
    text = "---\ntitle: T\ndate: 2026-03-14\ntranslation_key: visit\n---\n\nText.\n"
    briefing, diagnostics = parse_briefing("content/a.es.md", text)
    assert briefing is not None and briefing.translation_key == "visit"
    assert diagnostics == []


@pytest.mark.parametrize("lang", ["nul", "CON", "aux", "prn"])
def test_parse_rejects_a_language_whose_folder_is_a_windows_device_name(lang: str) -> None:
    text = f"---\ntitle: T\ndate: 2026-03-14\nlang: {lang}\n---\n"
    briefing, diagnostics = parse_briefing("content/a.md", text)
    folder = lang.lower()
    assert briefing is None
    assert [f"{d.pos}: {d.message}" for d in diagnostics] == [
        f"content/a.md:4:1: language `{folder}` would be published in a folder `{folder}/`, "
        "a name Windows keeps for a device"
    ]


def test_parse_reads_a_device_name_suffix_as_part_of_the_name() -> None:
    """No language CLDR knows is a device name, so `a.nul.md` makes no `nul/` folder."""
    briefing, diagnostics = parse_briefing(
        "content/a.nul.md", "---\ntitle: T\ndate: 2026-03-14\n---\n"
    )
    assert briefing is not None and (briefing.slug, briefing.lang_dir) == ("a-nul", "")
    assert [f"{d.pos}: {d.message}" for d in diagnostics] == [
        "content/a.nul.md:1:1: file name: `nul` names no language CLDR knows, so it is part of"
        " the page's name"
    ]


def test_parse_accepts_a_device_name_language_when_it_is_the_sites_own() -> None:
    text = "---\ntitle: T\ndate: 2026-03-14\nlang: nul\n---\n"
    briefing, diagnostics = parse_briefing("content/a.md", text, default_language="nul")
    assert briefing is not None and diagnostics == []
    assert briefing.lang_dir == ""


def test_parse_rejects_a_windows_device_name_as_derived_slug() -> None:
    _, diagnostics = parse_briefing("content/CON.md", "---\ntitle: T\ndate: 2026-03-14\n---\n")
    assert [d.message for d in diagnostics] == ["file name `CON` gives the reserved slug `con`"]


@pytest.mark.parametrize(
    ("path", "hint"),
    [
        (
            "content/README.md",
            "`README.md` is no briefing: move it out of content/, or into a folder whose name "
            "starts with `_` (`content/_docs/`), which is not built",
        ),
        *(
            (
                f"content/docs/{name}.md",
                f"`{name}.md` is no briefing: move it out of content/, or into a folder whose "
                "name starts with `_` (`content/_docs/`), which is not built",
            )
            for name in ("CHANGELOG", "CONTRIBUTING", "LICENSE")  # the others the README names
        ),
        ("content/notes.md", "start the file with `---`, then `title:` and `date:`, then `---`"),
    ],
)
def test_parse_tells_a_repository_file_in_content_to_move(path: str, hint: str) -> None:
    """A `README.md` about the folder, as a repository keeps one, was told to start with
    front matter, as if it were a briefing."""
    _, diagnostics = parse_briefing(path, "# Briefings\n\nOne file per briefing.\n")
    assert [(d.message, d.hint) for d in diagnostics] == [
        ("missing front matter (`---` on line 1)", hint)
    ]


PELICAN = (
    "`{}:` starts Pelican's or MultiMarkdown's metadata lines: put them between `---` lines, "
    "each key in lower case (`title:`, `date: 2026-03-10`)"
)


@pytest.mark.parametrize(
    ("header", "hint"),
    [
        (
            "Title: Digital Taxes\nDate: 2026-03-10 10:20\nTags: tax, OECD\n",
            PELICAN.format("Title"),
        ),
        ("Summary:  x\n", PELICAN.format("Summary")),
        ("Note: prose\n", "start the file with `---`, then `title:` and `date:`, then `---`"),
        # Hugo reads JSON front matter too: it was told to "start the file with `---`".
        (
            '{\n  "title": "Digital Taxes",\n  "date": "2026-03-10"\n}\n',
            "front matter in JSON (`{` on line 1, as Hugo reads it) is not read: write it as "
            'YAML between `---` lines: `title: Budget`, not `"title": "Budget"`',
        ),
        # review45: on one line, it was told to "start the file with `---`".
        (
            '{"title": "Digital Taxes", "date": "2026-03-10"}\n',
            "front matter in JSON (`{` on line 1, as Hugo reads it) is not read: write it as "
            'YAML between `---` lines: `title: Budget`, not `"title": "Budget"`',
        ),
        ("{\nnot json\n", "start the file with `---`, then `title:` and `date:`, then `---`"),
        ("{{< note >}}\n", "start the file with `---`, then `title:` and `date:`, then `---`"),
    ],
)
def test_parse_tells_a_pelican_header_to_become_front_matter(header: str, hint: str) -> None:
    """Pelican's `Title: …` lines were told to "start the file with `---`", as if absent."""
    _, diagnostics = parse_briefing("content/a.md", header + "\nBody.\n")
    assert [(d.message, d.hint) for d in diagnostics] == [
        ("missing front matter (`---` on line 1)", hint)
    ]


def test_readme_limits_are_the_ones_the_parser_holds() -> None:
    """The README's "Limits" state each bound a briefing is held to; a bound moved in the code
    and not there (or the reverse) fails here, as the tests of each limit use the code's."""
    from briefgen.content import nesting, tags, yamlload, yamlsource, yamltables
    from briefgen.content.parse import MAX_FILE_BYTES

    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    limits = readme.split("### Limits ", 1)[1].split("## Languages and translations", 1)[0]
    assert "- A file: at most 2 MB, UTF-8" in limits
    assert MAX_FILE_BYTES == 2 * 1024 * 1024
    said = (
        "Front matter: at most 64 KB; `tags`: at most 50; a `table` fence: at most 256 KB; "
        "YAML nesting: at most 50 levels."
    )
    assert said in limits
    front_matter = yamlsource.YamlSource("content/a.md", 2).max_bytes
    assert (front_matter, tags.MAX_TAGS) == (64 * 1024, 50)
    assert (yamltables.MAX_TABLE_BYTES, yamlload.MAX_DEPTH) == (256 * 1024, 50)
    flattened = "Quotes nested deeper than 19 levels and lists (definition lists too) nested "
    assert f"{flattened}deeper than 9 are flattened" in limits
    assert (nesting.FLATTENED_FROM, nesting.LIST_LEVELS) == (19, 9)
    assert "notes themselves are not flattened but read 39 levels deep" in limits
    assert nesting.PARSED_NESTING - 1 == 39
    assert "Brackets in a paragraph are read 20 levels deep" in limits
    assert nesting.INLINE_NESTING == 20
