"""Files saved as UTF-16 or UTF-32 are named so, once, wherever a project's text is read."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.build.templates import validate_templates
from briefgen.content.parse import decode_source
from briefgen.diagnostics import format_diagnostic
from briefgen.encodings import wide_encoding
from briefgen.site.catalogs import validate_catalogs
from briefgen.site.config import load_config
from tests.conftest import make_project

if TYPE_CHECKING:
    from pathlib import Path

BRIEFING = "---\ntitle: Café\ndate: 2026-01-15\nsummary: S\n---\n\nThe body.\n"
SAID = "error: the file is saved as {}, not UTF-8\n  hint: save it as UTF-8: an editor's Save As"
WIDE = [
    ("utf-16", "UTF-16"),  # Notepad's "Unicode", PowerShell 5's `>`: with a BOM
    ("utf-16-le", "UTF-16"),
    ("utf-16-be", "UTF-16"),
    ("utf-32", "UTF-32"),
    ("utf-32-le", "UTF-32"),
    ("utf-32-be", "UTF-32"),
]


@pytest.mark.parametrize(("codec", "name"), WIDE)
def test_wide_encoding_is_told_by_bom_or_by_nuls(codec: str, name: str) -> None:
    assert wide_encoding(BRIEFING.encode(codec)) == name


@pytest.mark.parametrize(
    "data",
    [
        BRIEFING.encode(),
        b"\xef\xbb\xbf" + BRIEFING.encode(),
        BRIEFING.encode("latin-1"),
        b"\x00" * 1000,  # NULs alone are control characters, each told at its place
        b"---\ntitle: a\x00b\n---\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00",
    ],
)
def test_wide_encoding_leaves_other_bytes_alone(data: bytes) -> None:
    assert wide_encoding(data) is None


@pytest.mark.parametrize(("codec", "name"), WIDE)
def test_decode_names_a_briefing_saved_as_utf16_once_at_line_1(codec: str, name: str) -> None:
    """Was "may be Latin-1 or Windows-1252" with a BOM, and 20 NUL errors without one."""
    _, problems = decode_source("content/a.md", BRIEFING.encode(codec))

    assert [format_diagnostic(p) for p in problems] == [
        f"content/a.md:1:1: {SAID.format(name)} offers the encoding"
    ]


@pytest.mark.parametrize(("codec", "name"), WIDE[:2])
def test_settings_saved_as_utf16_are_named_so(tmp_path: Path, codec: str, name: str) -> None:
    (tmp_path / "briefgen.yaml").write_bytes("title: Briefs\n".encode(codec))

    _, problems = load_config(tmp_path)

    assert [format_diagnostic(p) for p in problems] == [
        f"briefgen.yaml:1:1: {SAID.format(name)} offers the encoding"
    ]


@pytest.mark.parametrize(("codec", "name"), WIDE[:2])
def test_a_template_saved_as_utf16_is_named_so(tmp_path: Path, codec: str, name: str) -> None:
    root = make_project(tmp_path, "")
    (root / "templates").mkdir()
    (root / "templates" / "base.html").write_bytes("<p>{{ x }}</p>\n".encode(codec))

    assert [format_diagnostic(p) for p in validate_templates(root)] == [
        f"templates/base.html:1:1: {SAID.format(name)} offers the encoding"
    ]


@pytest.mark.parametrize(("codec", "name"), WIDE[:2])
def test_a_catalog_saved_as_utf16_is_named_so(tmp_path: Path, codec: str, name: str) -> None:
    root = make_project(tmp_path, "")
    folder = root / "locales" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.po").write_bytes('msgid "Contents"\nmsgstr "Índice"\n'.encode(codec))

    assert [format_diagnostic(p) for p in validate_catalogs(root)] == [
        f"locales/es/LC_MESSAGES/messages.po:1:1: {SAID.format(name)} offers the encoding"
    ]
