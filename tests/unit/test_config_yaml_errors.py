"""briefgen.yaml's YAML mistakes at the line and column that hold them, as front matter's are."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.diagnostics import format_diagnostic
from briefgen.site.config import load_config

if TYPE_CHECKING:
    from pathlib import Path

_LINE_ENDS = ["\n", "\r\n", "\r"]


def _load(tmp_path: Path, text: str, line_end: str) -> list[str]:
    (tmp_path / "briefgen.yaml").write_bytes(text.replace("\n", line_end).encode("utf-8"))
    _, problems = load_config(tmp_path)
    return [format_diagnostic(p) for p in problems]


@pytest.mark.parametrize("line_end", _LINE_ENDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "title: X\nextra: [a, b\nauthor: me\ndescription: d\n",
            "briefgen.yaml:2:8: error: invalid YAML: `[` is never closed: YAML found no `]` for it",
        ),
        (
            "title: X\nextra: {a: b\n",
            "briefgen.yaml:2:8: error: invalid YAML: `{` is never closed: YAML found no `}` for it",
        ),
        (
            "title: X\ndescription: fine\nextra:\n  k: ab\x01cd\n",
            "briefgen.yaml:4:8: error: control character U+0001 in the file",
        ),
        (
            "title: é中\x7f\n",
            "briefgen.yaml:1:10: error: control character U+007F in the file",
        ),
        (
            "title: Site\u2028name\nlanguage: en\n",
            "briefgen.yaml:1:12: error: invalid YAML: could not find expected ':'",
        ),
        (
            "title: 'a\u2029b'\ndescription: d\nextra: [a: b: c]\n",
            "briefgen.yaml:3:13: error: invalid YAML: did not find expected ',' or ']'",
        ),
        (
            "title: [DRAFT] Site\n",
            "briefgen.yaml:1:8: error: invalid YAML: a value cannot start with `[` unquoted: "
            "YAML reads `[DRAFT]` as a list, and the text after it as a second value",
        ),
        (
            "title: X\nextra: {note: *Provisional estimates}\n",
            "briefgen.yaml:2:15: error: invalid YAML: a value cannot start with `*` unquoted: "
            "YAML reads it as an alias, a repeat of a value named with `&`",
        ),
        (
            "title: X\nextra:\n  " + "k" * 2000 + ": 1\n",
            "briefgen.yaml:3:3: error: invalid YAML: a key of 2000 characters is too long: YAML "
            "reads a key of at most 1,024 before its `:`, quoted or not",
        ),
    ],
)
def test_config_yaml_error_is_at_the_mistake(
    tmp_path: Path, text: str, expected: str, line_end: str
) -> None:
    (problem,) = _load(tmp_path, text, line_end)
    assert problem.split("\n")[0] == expected


@pytest.mark.parametrize("line_end", _LINE_ENDS)
@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_config_yaml_only_line_break_is_named_in_the_hint(
    tmp_path: Path, separator: str, line_end: str
) -> None:
    (problem,) = _load(tmp_path, f"title: X\ndescription: a{separator}b\nk: v\n", line_end)
    assert problem.startswith("briefgen.yaml:2:15: error: invalid YAML"), problem
    assert f"hint: the text holds U+{ord(separator):04X}, a line break to YAML" in problem


@pytest.mark.parametrize("line_end", _LINE_ENDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title: X\nlanguage en\n", "briefgen.yaml:2:1"),
        ("title: X\nlanguage en", "briefgen.yaml:2:1"),
        ("title My site\nlanguage: en\n", "briefgen.yaml:1:1"),
        ("title: X\nextra:\n  a: 1\n  b\n# end\n", "briefgen.yaml:4:3"),
        ("title: X\ndescription: 'Site\n\n", "briefgen.yaml:2:14"),
    ],
)
def test_config_yaml_error_names_a_line_of_the_file(
    tmp_path: Path, text: str, expected: str, line_end: str
) -> None:
    """YAML gave up past the last line: at the line after a key with no `:`, or at the end; or
    at the next line's `:`, which it read as the first key's, with a hint to quote a value."""
    (problem,) = _load(tmp_path, text, line_end)
    assert problem.startswith(f"{expected}: error: invalid YAML"), problem
    assert "hint: " in problem
    assert "quote values" not in problem


def test_config_unclosed_bracket_error_keeps_a_valid_file_silent(tmp_path: Path) -> None:
    text = "title: 'a\u2028b [x'\ndescription: \"{\"\nextra: {a: [b, c]}\n"
    # No bracket error: only the title's line break, which a title shows as a space.
    assert _load(tmp_path, text, "\r") == [
        "briefgen.yaml:1:1: warning: `title` holds a line break (U+2028), shown as a space\n"
        "  hint: write the title on one line"
    ]


@pytest.mark.parametrize("line_end", _LINE_ENDS)
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_config_invalid_utf8_is_at_its_character_column(
    tmp_path: Path, line_end: str, bom: bytes
) -> None:
    data = f"language: en{line_end}title: € Caf".encode() + b"\xe9" + line_end.encode()
    (tmp_path / "briefgen.yaml").write_bytes(bom + data)
    _, problems = load_config(tmp_path)
    byte = len(bom) + data.index(b"\xe9")  # from the file's start, as a content file's
    assert [format_diagnostic(p) for p in problems] == [
        f"briefgen.yaml:2:13: error: not valid UTF-8 at byte {byte}"
    ]
