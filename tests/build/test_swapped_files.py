"""A project file swapped, between the walk that checked it and a later read, for a FIFO, for
nothing, for a folder or for a symlink out of the project: the read refuses what the walk
would have refused. Never a hang, never a traceback (exit 70), never the link's target
published, and on an error `site/` is left as it was.

The swap is made by an audit hook just before the build's N-th `open` of the file (the same
timing a concurrent editor, sync tool or `git checkout` can hit), so each case is
deterministic: N walks every open of the file the build makes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from briefgen.build.discover import read_head
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.diagnostics import BriefgenError
from briefgen.files import LinkLeavesError, NotRegularFileError, read_regular_file
from briefgen.report import RecordingReporter
from tests.conftest import make_project, snapshot
from tests.unit.test_figures import png

STATIC = "static/data.txt"
IMAGE = "content/chart.png"
FOOTER = "templates/partials/footer.html"
CATALOG = "locales/es/LC_MESSAGES/messages.po"
SETTINGS = "briefgen.yaml"
SECRET = b"outside the project: never published"
PO_HEAD = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: es\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)
BRIEFING = """\
---
title: Alpha
date: 2026-03-14
summary: A short summary.
---

The lede.

![A chart of flows](chart.png)
"""


class _Swap:
    """The file to swap, for what, and before which of its opens; inert until `arm`."""

    target = ""
    kind = ""
    nth = 0
    seen = 0

    def arm(self, target: Path, kind: str, nth: int) -> None:
        self.target, self.kind, self.nth, self.seen = os.path.normpath(target), kind, nth, 0

    def disarm(self) -> None:
        self.target = ""

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if event != "open" or not self.target or not args:
            return
        path = args[0]
        if not isinstance(path, str | os.PathLike):
            return
        if os.path.normpath(Path(path).absolute()) != self.target:
            return
        self.seen += 1
        if self.seen != self.nth:
            return
        target = Path(self.target)
        if target.is_dir() and not target.is_symlink():
            target.rmdir()
        else:
            target.unlink()
        if self.kind == "fifo":
            os.mkfifo(target)
        elif self.kind == "dir":
            target.mkdir()
        elif self.kind.startswith("link:"):
            target.symlink_to(self.kind.removeprefix("link:"))


SWAP = _Swap()
sys.addaudithook(SWAP)  # once per process; inert while disarmed


def _project(root: Path) -> Path:
    make_project(
        root,
        "-- briefgen.yaml --\ntitle: T\nlanguage: es\n"
        f"-- content/a.md --\n{BRIEFING}"
        f"-- {STATIC} --\nv1 data\n"
        f"-- {FOOTER} --\n<footer>note one</footer>\n"
        f'-- {CATALOG} --\n{PO_HEAD}msgid "Built with briefgen"\nmsgstr "Hecho con uno"\n',
    )
    (root / IMAGE).write_bytes(png(4, 3))
    return root


_CHANGED = {
    STATIC: b"v2 data, longer\n",
    IMAGE: png(5, 3),
    FOOTER: b"<footer>note two</footer>\n",
    CATALOG: (PO_HEAD + 'msgid "Built with briefgen"\nmsgstr "Hecho con dos"\n').encode(),
    SETTINGS: b"title: T2\nlanguage: es\n",
}
"""A change to each file, so the build after it reads it again instead of carrying it over."""


def _build(root: Path) -> None:
    build_site(BuildOptions(root, root / "site"), RecordingReporter())


@pytest.mark.parametrize("nth", [1, 2, 3, 4, 5])  # every open the build makes of one
@pytest.mark.parametrize("kind", ["fifo", "gone", "dir", "link"])
@pytest.mark.parametrize("rel", [STATIC, IMAGE, FOOTER, CATALOG, SETTINGS])
def test_a_file_swapped_before_a_read_is_refused_at_that_read(
    tmp_path: Path, rel: str, kind: str, nth: int
) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    secret = tmp_path / "secret.txt"
    secret.write_bytes(SECRET)
    (root / rel).write_bytes(_CHANGED[rel])
    before = snapshot(root / "site")

    SWAP.arm(root / rel, f"link:{secret}" if kind == "link" else kind, nth)
    try:
        _build(root)
    except BriefgenError as failed:
        assert snapshot(root / "site") == before
        said = [f"{d.pos.path}: {d.message}" for d in failed.diagnostics]
        assert any(rel in line for line in said), said
        return
    finally:
        SWAP.disarm()

    site = snapshot(root / "site")
    assert not any(SECRET in data for data in site.values())
    if SWAP.seen >= nth and rel in (STATIC, IMAGE):  # what they publish was swapped away
        pytest.fail(f"{rel} swapped for {kind} before open {nth}, and the build passed")


@pytest.mark.parametrize("kind", ["fifo", "gone", "dir", "link"])
def test_a_static_file_swapped_before_its_copy_is_an_error_at_it(tmp_path: Path, kind: str) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    secret = tmp_path / "secret.txt"
    secret.write_bytes(SECRET)
    (root / STATIC).write_bytes(_CHANGED[STATIC])
    before = snapshot(root / "site")

    SWAP.arm(root / STATIC, f"link:{secret}" if kind == "link" else kind, 2)  # 1: the walk's
    try:
        with pytest.raises(BriefgenError) as failed:
            _build(root)
    finally:
        SWAP.disarm()

    why = {
        "fifo": "it is a FIFO, not a file",
        "gone": "No such file or directory",
        "dir": "it is a folder, not a file",
        "link": "it is a symlink that leaves the project; its target is not read",
    }[kind]
    said = [f"{d.pos.path}:{d.pos.line}: {d.message}" for d in failed.value.diagnostics]
    assert said == [f"{STATIC}:1: cannot read the file: {why}"]
    assert snapshot(root / "site") == before


def test_a_static_link_to_another_project_file_is_still_published(tmp_path: Path) -> None:
    """A link the walk accepts (its target inside the project) is followed at the copy too."""
    root = _project(tmp_path / "p")
    (root / "static" / "same.txt").symlink_to("data.txt")

    _build(root)

    assert (root / "site" / "same.txt").read_bytes() == b"v1 data\n"


def test_a_briefings_head_is_never_waited_on(tmp_path: Path) -> None:
    """The peek for `lang:` (a briefing in a language's folder) refuses a FIFO swapped in."""
    os.mkfifo(tmp_path / "a.md")

    assert read_head(tmp_path / "a.md") == ""


def test_a_project_file_is_read_within_the_project_only(tmp_path: Path) -> None:
    root = tmp_path / "p"
    (root / "static" / "in").mkdir(parents=True)
    (root / "static" / "in" / "a.txt").write_bytes(b"mine")
    (root / "static" / "same.txt").symlink_to("in/a.txt")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.txt").write_bytes(SECRET)
    (root / "static" / "out").symlink_to(tmp_path / "out")  # a folder on the way, swapped
    inside = os.path.realpath(root)

    assert read_regular_file(root / "static" / "same.txt", inside=inside) == b"mine"
    for leaving in ("static/out/a.txt", "static/out"):
        with pytest.raises(LinkLeavesError):
            read_regular_file(root / leaving, inside=inside)
    with pytest.raises(NotRegularFileError, match="not a regular file"):
        read_regular_file(root / "static" / "in", inside=inside)
