"""A message quotes an author's value cut short (`diagnostics.excerpt`): one pasted blob in a
field, a link or a note label never floods a terminal or a CI log with a line as long."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.conftest import make_project, run_briefgen

if TYPE_CHECKING:
    from pathlib import Path

BLOB = "x" * 60_000
HEAD = "---\ntitle: T\ndate: 2026-03-14\nsummary: S\n"
LONGEST = 300
"""The longest line a message about one value may take, path and quoted excerpts included."""


def _lines(tmp_path: Path, files: dict[str, str]) -> list[str]:
    root = make_project(
        tmp_path / "p", "".join(f"-- content/{name} --\n{text}" for name, text in files.items())
    )
    run = run_briefgen("build", cwd=root)
    assert run.code in (0, 1), run.stderr  # the note and the callout are warnings
    return run.stderr.splitlines()


@pytest.mark.parametrize(
    ("files", "said"),
    [
        ({"a.md": f"---\ntitle: T\nsummary: S\ndate: {BLOB}\n---\n\nB.\n"}, "`date`: expected"),
        ({"a.md": f"{HEAD}layout: {BLOB}\n---\n\nB.\n"}, "has no template briefing-xxx"),
        ({"a.md": f"{HEAD}tags: {BLOB}\n---\n\nB.\n"}, "`tags`: expected a list"),
        ({"a.md": f"{HEAD}authors: {BLOB}\n---\n\nB.\n"}, "`authors`: expected a list"),
        ({"a.md": f"{HEAD}lang: {BLOB}\n---\n\nB.\n"}, "`lang` `xxx"),
        ({"a.md": f"{HEAD}draft: {BLOB}\n---\n\nB.\n"}, "`draft`: expected true or false"),
        ({"a.md": f"{HEAD}---\n\nText [^{BLOB}].\n"}, "has no definition"),
        ({"a.md": f"{HEAD}---\n\n> [!{BLOB}]\n> body\n"}, "unknown callout"),
        ({"a.md": f"{HEAD}---\n\n![alt]({BLOB}.png)\n"}, "no file `content/xxx"),
        ({"a.md": f"{HEAD}---\n\n[a](#{BLOB})\n"}, "has no element with id `xxx"),
    ],
    ids=["date", "layout", "tags", "authors", "lang", "draft", "note", "callout", "image", "link"],
)
def test_message_quoting_a_huge_value_is_bounded(
    tmp_path: Path, files: dict[str, str], said: str
) -> None:
    lines = _lines(tmp_path, files)

    assert any(said in line for line in lines), lines[:3]
    assert max(map(len, lines)) <= LONGEST, [line[:120] for line in lines]
