"""The spare tree: the site before the last swap, reused as the next stage (build/spare.py)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from briefgen.build import discover
from briefgen.build.cache import state_path
from briefgen.build.lock import build_lock
from briefgen.build.options import BuildOptions, BuildResult
from briefgen.build.pipeline import build_site, prepare_next_build
from briefgen.build.spare import TOKEN, Spare
from briefgen.diagnostics import BriefgenError, SourcePos
from briefgen.project import MARKER
from briefgen.report import RecordingReporter
from tests.conftest import BRIEFING, leftovers, make_project, snapshot
from tests.unit.test_figures import png


def _project(root: Path) -> Path:
    return make_project(
        root,
        "-- content/a.md --\n" + BRIEFING.format(title="Alpha") + ""
        "-- content/b.md --\n" + BRIEFING.format(title="Beta") + ""
        "-- content/c.md --\n" + BRIEFING.format(title="Gamma") + ""
        "-- static/data.txt --\none\n",
    )


def _build(root: Path, out: Path | None = None, cache: Path | None = None) -> BuildResult:
    return build_site(
        BuildOptions(root, out or root / "site", cache_dir=cache), RecordingReporter()
    )


def _edit(root: Path, name: str, text: str) -> None:
    with (root / "content" / name).open("a", encoding="utf-8") as stream:
        stream.write(f"\n{text}\n")


def _clean(root: Path, tmp_path: Path) -> dict[str, bytes]:
    _build(root, tmp_path / "clean", tmp_path / "clean-cache")
    return snapshot(tmp_path / "clean")


def _spares(root: Path) -> list[Path]:
    return sorted(p for p in (root / ".briefgen-cache").glob("spare-*") if p.is_dir())


def test_spare_old_site_becomes_the_next_stage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    first = (root / "site" / "a").stat().st_ino
    _edit(root, "b.md", "One more line.")
    _build(root)
    assert [p.name for p in _spares(root)] != []  # the first site waits in the cache
    _edit(root, "b.md", "Another line.")
    made = _recording_mkdir(monkeypatch)
    result = _build(root)
    monkeypatch.undo()
    # The folder of an unchanged briefing is the first site's own: not made again.
    assert "a" not in made
    assert (root / "site" / "a").stat().st_ino == first
    assert result.compiled == 1
    assert snapshot(root / "site") == _clean(root, tmp_path)
    assert leftovers(root) == []
    assert not (root / "site" / TOKEN).exists()


def test_spare_follows_removals_and_additions(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    _edit(root, "a.md", "Edit.")
    _build(root)
    (root / "content" / "c.md").unlink()
    _build(root)
    (root / "content" / "d.md").write_text(BRIEFING.format(title="Delta"), encoding="utf-8")
    _build(root)
    _edit(root, "a.md", "Edit again.")
    _build(root)
    assert snapshot(root / "site") == _clean(root, tmp_path)
    assert not (root / "site" / "c").exists()  # no empty folder left of a removed page


def test_spare_untrusted_after_a_killed_build_is_not_used(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    _edit(root, "a.md", "Edit.")
    _build(root)
    (spare,) = _spares(root)
    (spare / TOKEN).unlink()  # as a build killed while it used the spare leaves it
    (spare / "a" / "index.html").write_bytes(b"half-written")
    _edit(root, "b.md", "Edit.")
    _build(root)
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_spare_survives_a_failed_build(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    _edit(root, "a.md", "Edit.")
    _build(root)
    before = snapshot(root / "site")
    broken = (root / "content" / "b.md").read_text(encoding="utf-8")
    (root / "content" / "b.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    with pytest.raises(BriefgenError):
        _build(root)
    assert snapshot(root / "site") == before
    assert len(_spares(root)) == 1  # handed back, with what the failed build touched
    (root / "content" / "b.md").write_text(broken + "\nFixed.\n", encoding="utf-8")
    _build(root)
    assert snapshot(root / "site") == _clean(root, tmp_path)
    assert leftovers(root) == []


def test_spare_another_tools_folder_in_site_is_removed(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    _edit(root, "a.md", "Edit.")
    _build(root)
    (root / "site" / "pagefind").mkdir()
    (root / "site" / "pagefind" / "index.js").write_text("x", encoding="utf-8")
    for number in range(3):  # and it never comes back from the spare
        _edit(root, "b.md", f"Edit {number}.")
        _build(root)
        assert snapshot(root / "site") == _clean(root, tmp_path / str(number))


def test_spare_file_added_inside_a_page_folder_is_removed_by_a_no_change_build(
    tmp_path: Path,
) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    _edit(root, "a.md", "Edit.")
    _build(root)
    (root / "site" / "b" / "notes.txt").write_text("mine", encoding="utf-8")
    assert _build(root).removed == ["b/notes.txt"]
    assert (_build(root).written, _build(root).removed) == ([], [])
    for number in range(2):  # and it never comes back from the spare
        _edit(root, "c.md", f"Edit {number}.")
        _build(root)
        assert snapshot(root / "site") == _clean(root, tmp_path / str(number))


@pytest.mark.parametrize("stray", ["b/notes.txt", "b/extra/", "b/link"])
def test_spare_stray_added_inside_a_page_folder_before_an_edit_never_comes_back(
    tmp_path: Path, stray: str
) -> None:
    """The site a swap retires becomes the spare: what it held beyond the cache's record of
    the site (a file, a folder, a symlink of someone else's) must be pruned from it too."""
    root = _project(tmp_path / "p")
    _build(root)
    _edit(root, "a.md", "Edit.")
    _build(root)
    path = root / "site" / stray
    if stray.endswith("/"):
        path.mkdir()
    elif stray.endswith("link"):
        (tmp_path / "outside").mkdir()
        (tmp_path / "outside" / "x.txt").write_text("x", encoding="utf-8")
        path.symlink_to(tmp_path / "outside")
    else:
        path.write_text("mine", encoding="utf-8")
    for number in range(3):
        _edit(root, "c.md", f"Edit {number}.")
        _build(root)
        assert snapshot(root / "site") == _clean(root, tmp_path / str(number))
        assert not os.path.lexists(path)


@pytest.mark.parametrize("edit", [True, False], ids=["then an edit", "then no edit"])
@pytest.mark.parametrize("folder", ["b", "tags", "b/tables"])
def test_spare_site_folder_replaced_by_a_symlink_is_never_published_or_written_through(
    tmp_path: Path, folder: str, edit: bool
) -> None:
    """A folder of the site swapped for a link to a copy of it (a restore, a hand's work):
    the next build makes it again; the site it retires must not bring the link back as the
    stage, where later builds would publish it and write through it, outside the project."""
    root = _project(tmp_path / "p")
    _build(root)
    _edit(root, "a.md", "Edit.")
    _build(root)
    copy = tmp_path / "copy"
    shutil.copytree(root / "site" / folder, copy)
    shutil.rmtree(root / "site" / folder)
    (root / "site" / folder).symlink_to(copy)
    kept = snapshot(copy)
    for number in range(3):
        if edit or number:
            _edit(root, "b.md", f"Edit {number}.")
        _build(root)
        assert snapshot(root / "site") == _clean(root, tmp_path / str(number))
        assert not (root / "site" / folder).is_symlink()
        assert snapshot(copy) == kept


def test_spare_folder_a_build_left_then_made_again_keeps_its_new_files(tmp_path: Path) -> None:
    """`media/` goes with the last image and comes back with the next: the spare holds the
    old folder, which pruning must not take with the file this build wrote into it."""
    root = _project(tmp_path / "p")
    (root / "content" / "img").mkdir()
    (root / "content" / "img" / "chart.png").write_bytes(png(10, 20))
    figure, text = "\n![A chart](img/chart.png)\n", (root / "content" / "a.md").read_text()
    for number, body in enumerate([figure, "", figure, "", figure]):
        (root / "content" / "a.md").write_text(text + body, encoding="utf-8")
        _build(root)
        assert snapshot(root / "site") == _clean(root, tmp_path / str(number))


def _prepare(root: Path) -> bool:
    return prepare_next_build(BuildOptions(root, root / "site"))


def _recording_mkdir(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    made: list[str] = []
    mkdir = Path.mkdir

    def recording_mkdir(path: Path, *args: Any, **kwargs: Any) -> None:
        made.append(path.name)
        mkdir(path, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", recording_mkdir)
    return made


def test_first_build_links_a_spare_its_first_edit_builds_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")
    options = BuildOptions(root, root / "site", spare_after_first_build=True)
    build_site(options, RecordingReporter())
    (spare,) = _spares(root)
    inode = (root / "site" / "a" / "index.html").stat().st_ino
    assert (spare / "a" / "index.html").stat().st_ino == inode  # linked, not copied
    _edit(root, "b.md", "One more line.")
    made = _recording_mkdir(monkeypatch)
    result = build_site(options, RecordingReporter())
    monkeypatch.undo()
    assert "a" not in made  # the stage was the spare: no folder made per briefing
    assert result.compiled == 1
    assert snapshot(root / "site") == _clean(root, tmp_path)
    assert leftovers(root) == []
    assert not (root / "site" / TOKEN).exists()


def test_first_build_interrupted_while_linking_its_spare_keeps_site_and_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")

    def interrupted(self: Spare, site: Path, published: object) -> bool:
        raise KeyboardInterrupt

    monkeypatch.setattr(Spare, "make", interrupted)
    options = BuildOptions(root, root / "site", spare_after_first_build=True)
    with pytest.raises(KeyboardInterrupt):
        build_site(options, RecordingReporter())
    monkeypatch.undo()
    assert snapshot(root / "site") == _clean(root, tmp_path)
    assert build_site(options, RecordingReporter()).compiled == 0  # the cache was saved


def test_build_into_a_published_site_keeps_that_site_as_the_spare(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    linked: list[Path] = []

    def make(self: Spare, site: Path) -> bool:
        linked.append(site)
        return False

    monkeypatch.setattr(Spare, "make", make)
    _edit(root, "b.md", "One more line.")
    build_site(BuildOptions(root, root / "site", spare_after_first_build=True), RecordingReporter())
    assert linked == []  # the site the swap moved out is the spare: nothing to link
    assert len(_spares(root)) == 1


@pytest.mark.parametrize("site", ["deleted", "emptied"])
def test_spare_is_not_taken_when_no_record_names_what_it_must_prune(
    tmp_path: Path, site: str
) -> None:
    root = _project(tmp_path / "p")
    options = BuildOptions(root, root / "site", spare_after_first_build=True)
    build_site(options, RecordingReporter())
    assert len(_spares(root)) == 1
    (root / "content" / "c.md").unlink()
    for state in (root / ".briefgen-cache").glob("state-*.json"):
        state.unlink()  # as after an upgrade of briefgen: the state is not trusted
    if site == "deleted":
        shutil.rmtree(root / "site")
    else:
        for child in (root / "site").iterdir():
            if child.name != MARKER:
                shutil.rmtree(child) if child.is_dir() else child.unlink()
    build_site(options, RecordingReporter())
    # The spare still holds c's pages; nothing could say they must go, so it was not used.
    assert snapshot(root / "site") == _clean(root, tmp_path)
    assert leftovers(root) == []


def test_prepare_gives_a_cold_build_a_spare_its_first_edit_builds_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    assert _spares(root) == []  # no swap has moved a site out yet
    before = snapshot(root / "site")
    inode = (root / "site" / "a" / "index.html").stat().st_ino
    assert _prepare(root)
    (spare,) = _spares(root)
    # Every file linked, not copied; the published site untouched.
    assert (spare / "a" / "index.html").stat().st_ino == inode
    assert snapshot(root / "site") == before
    _edit(root, "b.md", "One more line.")
    made = _recording_mkdir(monkeypatch)
    result = _build(root)
    monkeypatch.undo()
    assert "a" not in made  # the stage was the spare: no folder made per briefing
    assert result.compiled == 1
    assert snapshot(root / "site") == _clean(root, tmp_path)
    assert (root / "site" / "a" / "index.html").stat().st_ino == inode
    assert leftovers(root) == []
    assert not (root / "site" / TOKEN).exists()


def test_prepare_keeps_a_trusted_spare_and_makes_none_without_a_site(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    assert not _prepare(root)  # nothing published yet
    assert _spares(root) == []
    _build(root)
    _edit(root, "a.md", "Edit.")
    _build(root)
    (spare,) = _spares(root)
    kept = (spare / "a").stat().st_ino
    assert _prepare(root)
    assert (_spares(root)[0] / "a").stat().st_ino == kept


def test_prepare_never_writes_through_a_link_into_the_site(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    # A file where the spare keeps its token, and a symlink: neither is linked into it.
    (root / "site" / TOKEN).write_text("mine", encoding="utf-8")
    (root / "site" / "link.txt").symlink_to(root / "site" / "data.txt")
    assert _prepare(root)
    assert (root / "site" / TOKEN).read_text(encoding="utf-8") == "mine"
    (spare,) = _spares(root)
    assert not (spare / "link.txt").is_symlink()
    _edit(root, "a.md", "Edit.")
    _build(root)
    assert snapshot(root / "site") == _clean(root, tmp_path)
    assert leftovers(root) == []


def test_prepare_yields_to_a_held_lock_and_clears_a_killed_prepares_tree(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    # Left by a prepare killed half-way: removed by the next one.
    spare = Spare(state_path(root / ".briefgen-cache", root / "site", root)).path
    left = spare.with_name(f"{spare.name}.1.tmp")
    (left / "a").mkdir(parents=True)
    with build_lock(root / "site", SourcePos("x", 1)):
        assert not _prepare(root)
    assert [p.name for p in _spares(root)] == [left.name]
    assert _prepare(root)
    assert _spares(root) == [spare]


def test_build_without_a_spare_clears_the_tree_of_an_interrupted_first_build(
    tmp_path: Path,
) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    # Left by a first build stopped while it linked its spare (Ctrl-C after the swap).
    spare = Spare(state_path(root / ".briefgen-cache", root / "site", root)).path
    left = spare.with_name(f"{spare.name}.1.tmp")
    (left / "a").mkdir(parents=True)
    journal = spare.with_name(f"{spare.name}.json.1.tmp")  # of a save of the journal, stopped
    journal.write_text("{}", encoding="utf-8")
    _edit(root, "a.md", "Edit.")
    _build(root)  # no spare to take: the leftovers go, the swapped-out site is the spare
    assert _spares(root) == [spare]
    assert not journal.exists()
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_prepare_remembers_sources_a_build_saw_just_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")
    _build(root)  # its sources are too new to trust their stats
    monkeypatch.setattr(discover, "_RACY_NS", 0)  # as they are by the time prepare runs
    assert _prepare(root)
    read: list[str] = []
    original = discover._bytes

    def recording_bytes(path: str) -> bytes:
        read.append(Path(path).name)
        return original(path)

    monkeypatch.setattr(discover, "_bytes", recording_bytes)
    _edit(root, "b.md", "One more line.")
    _build(root)
    assert "a.md" not in read
    assert "b.md" in read


@pytest.mark.parametrize("order", ["file, then folder", "folder, then file"])
def test_a_published_file_that_becomes_a_folder_or_back_matches_a_clean_build(
    tmp_path: Path, order: str
) -> None:
    """The spare is the site before the last: it holds the old kind of thing at that path."""
    root = _project(tmp_path / "p")
    as_file, as_folder = root / "static/notes", root / "static/notes/a.txt"
    steps = [as_file, as_folder, as_file, as_folder]
    for number, step in enumerate(steps if order == "file, then folder" else steps[1:]):
        if as_file.is_dir():
            shutil.rmtree(as_file)
        elif as_file.is_file():
            as_file.unlink()
        step.parent.mkdir(parents=True, exist_ok=True)
        step.write_text(f"{step.name}\n", encoding="utf-8")
        _build(root)
        assert snapshot(root / "site") == _clean(root, tmp_path / str(number))
    assert leftovers(root) == []


def test_a_page_damaged_into_a_folder_is_repaired_and_the_spare_still_used(
    tmp_path: Path,
) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    page = root / "site/a/index.html"
    page.unlink()
    page.mkdir()
    (page / "x").write_text("x", encoding="utf-8")
    for step in range(3):  # the damaged site becomes the spare, then the stage
        _edit(root, "b.md", f"Edit {step}.")
        assert _build(root).compiled >= 1
        assert snapshot(root / "site") == _clean(root, tmp_path / str(step))


@pytest.mark.parametrize("spare", [True, False], ids=["with a spare", "on CI, without"])
def test_a_page_replaced_by_a_symlink_to_a_copy_is_written_again(
    tmp_path: Path, spare: bool
) -> None:
    root = _project(tmp_path / "p")
    options = BuildOptions(root, root / "site", spare_after_first_build=spare)
    build_site(options, RecordingReporter())
    page = root / "site/index.html"
    copy = tmp_path / "copy.html"
    copy.write_bytes(page.read_bytes())
    page.unlink()
    page.symlink_to(copy)
    build_site(options, RecordingReporter())
    assert not page.is_symlink()
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_marker_swapped_for_a_symlink_is_written_again(tmp_path: Path) -> None:
    """The build marker is carried over by a hard link, which on Linux links a symlink
    itself: one put in its place must not be published again."""
    root = _project(tmp_path / "p")
    _build(root)
    (tmp_path / "outside").mkdir()
    marker = root / "site" / MARKER
    marker.unlink()
    marker.symlink_to(tmp_path / "outside")
    for number in range(3):
        _edit(root, "c.md", f"Edit {number}.")
        _build(root)
        assert not marker.is_symlink()
        assert snapshot(root / "site") == _clean(root, tmp_path / str(number))


def test_spare_linked_from_another_folder_is_never_taken_nor_written_through(
    tmp_path: Path,
) -> None:
    """A spare moved to another disk and linked back would be the stage, written through,
    then swapped in: `site/` a link out of the project, refused by every later build."""
    root = _project(tmp_path / "p")
    _build(root)
    _edit(root, "a.md", "Edit.")
    _build(root)
    (spare,) = _spares(root)
    elsewhere = tmp_path / "elsewhere"
    spare.rename(elsewhere)
    spare.symlink_to(elsewhere, target_is_directory=True)
    before = snapshot(elsewhere)
    _edit(root, "b.md", "Edit.")
    _build(root)
    assert not (root / "site").is_symlink()
    assert snapshot(elsewhere) == before
    assert snapshot(root / "site") == _clean(root, tmp_path)
    _edit(root, "c.md", "Edit.")
    _build(root)  # the link is gone: this build keeps a spare of its own again
    assert [p.is_symlink() for p in _spares(root)] == [False]
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_spare_journal_nested_too_deep_to_decode_is_damage_not_a_crash(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    _edit(root, "a.md", "Edit.")
    _build(root)
    (journal,) = (root / ".briefgen-cache").glob("spare-*.json")
    journal.write_text("[" * 100_000, encoding="utf-8")
    _edit(root, "b.md", "Edit.")
    _build(root)
    assert snapshot(root / "site") == _clean(root, tmp_path)
