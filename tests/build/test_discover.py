"""What discovery says of a file of content/ that is neither a briefing nor an image."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

from briefgen.build.discover import discover_sources
from briefgen.diagnostics import format_diagnostic
from tests.conftest import BRIEFING, make_project

if TYPE_CHECKING:
    from pathlib import Path


COPY_HINT = "delete it, or keep it out of static/, which publishes every file"


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("A.MD", "rename it `A.md`: a briefing's name ends in `.md`, lower case"),
        ("b.Md", "rename it `b.md`: a briefing's name ends in `.md`, lower case"),
        ("c.markdown", "rename it `c.md`: a briefing's name ends in `.md`, lower case"),
        ("d.qmd", "rename it `d.md`: a briefing's name ends in `.md`, lower case"),  # Quarto's
        ("e.Rmd", "rename it `e.md`: a briefing's name ends in `.md`, lower case"),  # R's
        ("report.pdf", "put PDFs and other files in static/"),
        *(
            (name, f"a copy an editor or a tool left of `a.md`: {COPY_HINT}")
            for name in ("a.md~", "#a.md#", "a.md.orig", "a.md.BAK")
        ),
    ],
)
def test_a_file_that_is_no_briefing_is_warned_with_what_to_do(
    tmp_path: Path, name: str, hint: str
) -> None:
    """`A.MD`, as a disk that ignores case or a Windows tool may write it, was told to go to
    static/ with the PDFs; so was an editor's backup of a draft, which static/ publishes."""
    root = make_project(tmp_path, f"-- content/{name} --\nx\n")

    sources, problems = discover_sources(root)

    assert sources == []
    assert [(str(p.pos), p.message, p.hint) for p in problems] == [
        (f"content/{name}:1:1", "not a briefing (not .md) or an image; ignored", hint)
    ]


@pytest.mark.parametrize("hops", [0, 41])
def test_a_briefing_link_the_system_cannot_follow_is_not_built(tmp_path: Path, hops: int) -> None:
    """`cat` cannot read `s.md -> r/real.md/` (Not a directory) nor a chain of 41 links (Too
    many levels of symbolic links), but Python's `Path.resolve` took both to the briefing."""
    root = make_project(tmp_path, "-- content/r/real.md --\n" + BRIEFING.format(title="R"))
    content = root / "content"
    if hops:
        (content / "l0.md").symlink_to("r/real.md")
        for hop in range(1, hops + 1):
            (content / f"l{hop}.md").symlink_to(f"l{hop - 1}.md")
        broken = f"l{hops}.md"
    else:
        broken = "s.md"
        (content / broken).symlink_to("r/real.md/")

    sources, problems = discover_sources(root)

    assert f"content/{broken}" not in [source.rel for source in sources]
    assert [
        line.split(": error: ")[1].startswith("cannot read the file: ")
        for p in problems
        if (line := format_diagnostic(p).splitlines()[0]).startswith(f"content/{broken}:1:1:")
    ] == [True]


def test_each_source_has_its_real_path_as_a_string_in_sorted_order(tmp_path: Path) -> None:
    """Paths are made as strings (no `Path` per source): each is the file's real path, under
    content/ resolved (the project reached through a link), a linked briefing's its target's."""
    project = make_project(
        tmp_path,
        "".join(
            f"-- content/{rel} --\n" + BRIEFING.format(title=rel)
            for rel in ("b.md", "a.md", "x/c.md", "x/y/d.md")
        ),
    )
    (project / "content" / "linked.md").symlink_to("x/y/d.md")
    root = tmp_path / "through-a-link"
    root.symlink_to(project)

    sources, problems = discover_sources(root)

    assert problems == []
    real = project.resolve() / "content"
    assert [(s.rel, s.path) for s in sources] == [
        ("content/a.md", str(real / "a.md")),
        ("content/b.md", str(real / "b.md")),
        ("content/linked.md", str(real / "x" / "y" / "d.md")),
        ("content/x/c.md", str(real / "x" / "c.md")),
        ("content/x/y/d.md", str(real / "x" / "y" / "d.md")),
    ]
    assert all(isinstance(s.path, str) and s.stamp is not None for s in sources)


def test_names_that_are_not_utf8_are_reported_among_good_ones(tmp_path: Path) -> None:
    """The listing is scanned once for a name that is not UTF-8; each such file or folder is
    still an error at its path, and the good names beside it are still built."""
    root = make_project(
        tmp_path, "".join(f"-- content/{n}.md --\n" + BRIEFING.format(title=n) for n in "ab")
    )
    content = bytes(root / "content")
    with open(content + b"/caf\xe9.md", "wb") as stream:  # noqa: PTH123 (a name as bytes)
        stream.write(b"x")
    os.mkdir(content + b"/d\xff")  # noqa: PTH102 (a name as bytes)

    sources, problems = discover_sources(root)

    assert [s.rel for s in sources] == ["content/a.md", "content/b.md"]
    assert sorted(format_diagnostic(p).splitlines()[0] for p in problems) == [
        "content/caf\\xe9.md:1:1: error: file name is not valid UTF-8; skipped",
        "content/d\\xff:1:1: error: file name is not valid UTF-8; skipped",
    ]
