"""What is put in the published site by hand goes at the next build, even one that writes
no file: a build whose output bytes are all as before must not keep it either."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from typing import TYPE_CHECKING

import pytest

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.files import FOLDER_MODE
from briefgen.project import MARKER
from briefgen.report import RecordingReporter
from tests.build.test_spare import _build, _clean, _edit, _prepare, _project, _spares
from tests.conftest import folders, modes, run_briefgen, snapshot

if TYPE_CHECKING:
    from pathlib import Path


def _change_no_output(root: Path, how: str) -> BuildOptions:
    """Change what the cache is keyed on, not one output byte; return the next build's options."""
    options = BuildOptions(root, root / "site")
    if how == "source":  # the summary quoted: new source bytes, the same page
        source = root / "content" / "a.md"
        text = source.read_text("utf-8")
        source.write_text(text.replace("summary: A short summary.", 'summary: "A short summary."'))
    elif how == "drafts":  # a new fingerprint, and no draft to publish
        options = BuildOptions(root, root / "site", drafts=True)
    return options


def _hand_edit(root: Path, outside: Path) -> None:
    """Add a file to a page's folder and swap another page's folder for a link out of the
    project, whose files are copies (new mtimes: the build makes that page again)."""
    site = root / "site"
    (site / "a" / "extra.txt").write_text("hand\n", encoding="utf-8")
    shutil.copytree(site / "b", outside)
    shutil.rmtree(site / "b")
    (site / "b").symlink_to(outside)
    (outside / "secret.txt").write_text("secret\n", encoding="utf-8")


@pytest.mark.parametrize("spare", [True, False])
@pytest.mark.parametrize("how", ["source", "drafts"])
def test_hand_edits_go_at_a_build_that_changes_no_output(
    tmp_path: Path, how: str, *, spare: bool
) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    _build(root)  # nothing changed: the site stays as it is
    if spare:
        _edit(root, "c.md", "Edit.")
        _build(root)  # a swap: the site it retires is the spare
        assert _spares(root)
    else:
        for folder in _spares(root):
            shutil.rmtree(folder)
    outside = tmp_path / "outside"
    _hand_edit(root, outside)
    result = build_site(_change_no_output(root, how), RecordingReporter())
    assert not result.diagnostics
    site = root / "site"
    assert not (site / "a" / "extra.txt").exists()
    assert not (site / "b").is_symlink()
    assert not (site / "b" / "secret.txt").exists()
    # No file of the site is a file of the folder outside, linked.
    inside = {(p.stat().st_dev, p.stat().st_ino) for p in site.rglob("*") if p.is_file()}
    assert not inside & {(p.stat().st_dev, p.stat().st_ino) for p in outside.iterdir()}
    assert (outside / "index.html").stat().st_nlink == 1
    assert snapshot(outside) == {**snapshot(site / "b"), "secret.txt": b"secret\n"}
    clean = tmp_path / "clean"
    build_site(BuildOptions(root, clean / "site", drafts=how == "drafts"), RecordingReporter())
    assert snapshot(site) == snapshot(clean / "site")
    _build(root)
    assert snapshot(site) == _clean(root, tmp_path / "again")


def test_hand_edits_a_build_with_nothing_by_hand_swaps_nothing(tmp_path: Path) -> None:
    """Looking for strays costs no swap where there are none: the site keeps its folder."""
    root = _project(tmp_path / "p")
    _build(root)
    before = os.lstat(root / "site").st_ino
    build_site(_change_no_output(root, "source"), RecordingReporter())
    assert os.lstat(root / "site").st_ino == before


@pytest.mark.parametrize("spare", [True, False])
def test_hand_edits_a_folder_holding_no_file_goes_at_a_build_with_nothing_to_do(
    tmp_path: Path, *, spare: bool
) -> None:
    """`mkdir site/junk site/a/x`: a build with nothing to do looked for files only, so a
    folder holding none stayed (at any depth), and the site was not a clean build's. One in
    the `.git` every build keeps stays, and costs no swap."""
    root = _project(tmp_path / "p")
    _build(root)
    if spare:
        _edit(root, "c.md", "Edit.")
        _build(root)  # a swap: the site it retires is the spare
        assert _spares(root)
    site = root / "site"
    (site / ".git" / "refs").mkdir(parents=True)
    (site / "junk").mkdir()
    (site / "a" / "x").mkdir()
    (site / "deep" / "er" / "est").mkdir(parents=True)  # folders holding only folders
    result = _build(root)
    assert (result.written, result.compiled) == ([], 0)
    _build(root, tmp_path / "clean", tmp_path / "clean-cache")
    assert folders(site) == sorted([".git", ".git/refs", *folders(tmp_path / "clean")])
    assert snapshot(site) == snapshot(tmp_path / "clean")
    before = os.lstat(site).st_ino
    _build(root)  # nothing by hand left: nothing to swap
    assert os.lstat(site).st_ino == before


@pytest.mark.parametrize("how", ["source", "edit"])
def test_hand_edits_a_folder_moved_out_and_linked_back_shares_no_file(
    tmp_path: Path, how: str
) -> None:
    """`mv site/b elsewhere; ln -s elsewhere site/b`: the spare's files of `b` are those
    moved out, hard-linked; the repaired site must not publish them, or a write to the
    folder outside would change it."""
    root = _project(tmp_path / "p")
    _build(root)
    _edit(root, "c.md", "Edit.")
    _build(root)  # a swap: the site it retires is the spare, linked to the site's files
    assert _spares(root)
    outside = tmp_path / "outside"
    (root / "site" / "b").rename(outside)
    (root / "site" / "b").symlink_to(outside)
    if how == "edit":
        _edit(root, "a.md", "Another edit.")
        _build(root)
    else:
        build_site(_change_no_output(root, how), RecordingReporter())
    site = root / "site"
    assert not (site / "b").is_symlink()
    inside = {(p.stat().st_dev, p.stat().st_ino) for p in site.rglob("*") if p.is_file()}
    assert not inside & {(p.stat().st_dev, p.stat().st_ino) for p in outside.iterdir()}
    (outside / "index.html").write_text("changed outside\n", encoding="utf-8")
    assert snapshot(site) == _clean(root, tmp_path / "clean")
    _edit(root, "c.md", "Edit again.")
    _build(root)
    assert snapshot(site) == _clean(root, tmp_path / "again")


@pytest.mark.parametrize("spare", ["linked", "retired"])
@pytest.mark.parametrize("into", ["a link", "a file"])
@pytest.mark.parametrize("how", ["nothing", "source", "edit"])
def test_hand_edits_a_folder_of_folders_swapped_for_a_link_or_a_file_is_made_again(
    tmp_path: Path, how: str, into: str, spare: str
) -> None:
    """`page/` holds only folders (`page/2/`). Swapped for a link (or a file), the next
    build put its pages in the stage, then pruned the whole folder as a stray path: the site
    published no second page, and the link check saw nothing wrong (a second bug hunt)."""
    root = _project(tmp_path / "p")
    with (root / "briefgen.yaml").open("a", encoding="utf-8") as config:
        config.write("\nhome:\n  per_page: 1\n")
    _build(root)
    if spare == "linked":
        assert _prepare(root)  # linked from the new site, as `briefgen build` does after it
    else:
        _edit(root, "c.md", "Edit.")
        _build(root)  # the site this swap retires is the spare, the next build's stage
    site, outside = root / "site", tmp_path / "outside"
    (site / "page").rename(outside)
    if into == "a link":
        (site / "page").symlink_to(outside)
    else:
        (site / "page").write_text("hi\n", encoding="utf-8")
    if how == "edit":
        _edit(root, "a.md", "Another edit.")
    if how in ("nothing", "edit"):
        _build(root)
    else:
        build_site(_change_no_output(root, how), RecordingReporter())
    assert (site / "page" / "2" / "index.html").is_file()
    assert snapshot(site) == _clean(root, tmp_path / "clean")


@pytest.mark.parametrize("then", ["nothing", "edit", "no-cache"])
def test_hand_edits_a_file_made_less_readable_is_written_again(tmp_path: Path, then: str) -> None:
    """`chmod 600` on a published page keeps its size and mtime, and a hard-linked carry-over
    kept the mode: the site was not a clean build's, even with the cache deleted."""
    root = _project(tmp_path / "p")
    _build(root)
    site = root / "site"
    (site / "a" / "index.html").chmod(0o600)
    (site / "data.txt").chmod(0o400)
    (site / MARKER).chmod(0o600)  # the marker, which a build writes too
    if then == "edit":
        _edit(root, "c.md", "Edit.")
    elif then == "no-cache":
        shutil.rmtree(root / ".briefgen-cache")
    _build(root)
    _build(root, tmp_path / "clean", tmp_path / "clean-cache")
    assert modes(site) == modes(tmp_path / "clean")
    assert snapshot(site) == snapshot(tmp_path / "clean")


_MODES = {"700": 0o700, "777": 0o777, "1777": 0o1777, "g+s": FOLDER_MODE | stat.S_ISGID}
_THEN = ["nothing", "source", "edit", "no-cache"]
_FOLDERS = {"tags": "tags", "a": "a", "site": ""}
_EVERY_PAIR = [
    pytest.param(folder, then, mode, id=f"{name}-{then}-{shown}")
    for m, (name, mode) in enumerate(_MODES.items())
    for t, then in enumerate(_THEN)
    for shown, folder in [list(_FOLDERS.items())[(m + t) % 3]]
]
"""Each mode with each next step, and each folder with each of both: 16 cases, not all 48."""


@pytest.mark.parametrize(("folder", "then", "mode"), _EVERY_PAIR)
def test_hand_edits_a_folder_given_other_permissions_gets_a_builds_back(
    tmp_path: Path, folder: str, then: str, mode: int
) -> None:
    """`chmod 700 site/tags` (or `site` itself): a build with nothing to do kept it, and
    one that wrote retired it as the spare, which the build after swapped in again, so the
    mode came and went at every other build. A server serving as another user gives a 403
    for every page below such a folder. So with more permissions (`chmod 777`, `1777`,
    `g+s`): a world-writable folder came back at every other deploy."""
    root = _project(tmp_path / "p")
    _build(root)
    _edit(root, "c.md", "Edit.")
    _build(root)  # a swap: the site it retires is the spare
    assert _spares(root)
    site = root / "site"
    (site / folder).chmod(mode)
    assert stat.S_IMODE(os.lstat(site / folder).st_mode) == mode
    if then == "edit":
        _edit(root, "c.md", "Another edit.")
    elif then == "no-cache":
        shutil.rmtree(root / ".briefgen-cache")
    if then == "source":
        result = build_site(_change_no_output(root, then), RecordingReporter())
    else:
        result = _build(root)
    shown = f"{folder}/" if folder else "./"
    # Counted and listed as a file written again is, alone when no output changed.
    assert result.written == [shown] if then in ("nothing", "source") else shown in result.written
    for step in range(3):  # the spare, retired with the hand's mode, comes back no more
        if step:
            _edit(root, "c.md", f"Edit {step}.")
            assert shown not in _build(root).written
        _build(root, tmp_path / f"clean-{step}", tmp_path / f"clean-cache-{step}")
        assert modes(site) == modes(tmp_path / f"clean-{step}")
        assert snapshot(site) == snapshot(tmp_path / f"clean-{step}")
    before = os.lstat(site).st_ino
    assert _build(root).written == []  # all well: nothing to swap
    assert os.lstat(site).st_ino == before


def test_hand_edits_a_folder_made_less_readable_is_reported_as_written(tmp_path: Path) -> None:
    """`briefgen build -v` counts and lists a folder given its permissions back as it does a
    page written again, so a build that changed the site never says nothing changed; counted
    as a folder (after `chmod -R a-w site` it once said "62 files written" of 43 files)."""
    root = _project(tmp_path / "p")
    assert run_briefgen("build", cwd=root).code == 0
    (root / "site" / "tags").chmod(0o700)
    (root / "site" / "a" / "index.html").chmod(0o600)
    run = run_briefgen("build", "-v", cwd=root)
    assert run.code == 0
    assert "(1 file and 1 folder written)" in run.stdout
    assert run.stdout.splitlines()[-2:] == ["  wrote a/index.html", "  wrote tags/"]


@pytest.mark.parametrize(
    ("before", "after"), [(0o022, 0o002), (0o002, 0o022)], ids=["022-then-002", "002-then-022"]
)
@pytest.mark.parametrize("then", ["nothing", "edit"])
def test_hand_edits_another_umask_gives_its_mode_to_every_folder(
    tmp_path: Path, then: str, before: int, after: int
) -> None:
    """`umask 002` after builds under 022: files were written again, and the stage made of
    the spare, whose folders were made under 022, was published as it was, lacking `g+w`.
    And back under 022, the spare's folders made under 002 were published with `g+w`."""
    root = _project(tmp_path / "p")
    assert run_briefgen("build", cwd=root, umask=before).code == 0
    _edit(root, "c.md", "Edit.")
    assert run_briefgen("build", cwd=root, umask=before).code == 0
    assert _spares(root)
    if then == "edit":
        _edit(root, "c.md", "Another edit.")
    assert run_briefgen("build", cwd=root, umask=after).code == 0
    clean = tmp_path / "clean"
    assert run_briefgen("build", "--output", clean, cwd=root, umask=after).code == 0
    made, clean_made = modes(root / "site"), modes(clean)
    made_folders = ["", *folders(clean)]
    assert [made[rel] for rel in made_folders] == [clean_made[rel] for rel in made_folders]
    if after & ~before == 0:  # files with more permissions than a build gives are let be
        assert made == clean_made
    assert clean_made[""] == clean_made["tags"] == 0o777 & ~after


@pytest.mark.skipif(sys.platform != "linux", reason="Linux makes a setgid folder's folders so")
def test_hand_edits_folders_below_a_setgid_folder_keep_the_mode_mkdir_gives(
    tmp_path: Path,
) -> None:
    """A shared web root (`chmod g+s`): a clean build's folders are setgid, as `mkdir` makes
    them there, so builds keep them so, and one with nothing to do has nothing to put right."""
    www = tmp_path / "www"
    www.mkdir()
    www.chmod(FOLDER_MODE | stat.S_ISGID)
    root = _project(tmp_path / "p")
    site = www / "site"
    for step in range(3):
        _edit(root, "c.md", f"Edit {step}.")
        assert not [
            rel
            for rel in build_site(BuildOptions(root, site), RecordingReporter()).written
            if rel.endswith("/")
        ]
    assert _spares(root)
    assert _build(root, site).written == []
    _build(root, www / "clean", tmp_path / "clean-cache")
    assert modes(site) == modes(www / "clean")
    assert modes(site)["tags"] == FOLDER_MODE | stat.S_ISGID


def test_hand_edits_a_spare_made_in_a_setgid_cache_gives_a_builds_mode(tmp_path: Path) -> None:
    """The spare a first build links up is made in the cache folder: one there that gives its
    folders setgid (`chmod g+s .briefgen-cache`) must not publish them so."""
    root = _project(tmp_path / "p")
    (root / ".briefgen-cache").mkdir()
    (root / ".briefgen-cache").chmod(FOLDER_MODE | stat.S_ISGID)
    options = BuildOptions(root, root / "site", spare_after_first_build=True)
    build_site(options, RecordingReporter())
    assert _spares(root)
    _edit(root, "c.md", "Edit.")
    build_site(options, RecordingReporter())
    _build(root, tmp_path / "clean", tmp_path / "clean-cache")
    assert modes(root / "site") == modes(tmp_path / "clean")
