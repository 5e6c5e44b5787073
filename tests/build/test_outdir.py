"""The output folder (build/outdir.py): a `.git` in it survives every build, as in MkDocs and
Pelican, and a site changed from elsewhere between builds is never mixed with a spare's files."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from briefgen.build import outdir, stage
from briefgen.build.options import BuildOptions
from briefgen.build.outdir import MARKER_TEXT, mounted, output_write_error, validate_output_dir
from briefgen.build.pipeline import build_site
from briefgen.commands.check import unbuildable_site
from briefgen.diagnostics import BriefgenError, SourcePos
from briefgen.project import MARKER
from briefgen.report import RecordingReporter
from tests.build.test_spare import _build, _clean, _edit, _project
from tests.conftest import BRIEFING, snapshot


def _without_git(files: dict[str, bytes]) -> dict[str, bytes]:
    return {rel: data for rel, data in files.items() if not rel.startswith(".git")}


def test_outdir_git_repository_in_the_site_survives_every_build(tmp_path: Path) -> None:
    # `cd site && git init && git add -A && git commit`, a common manual gh-pages deploy:
    # each build replaced the folder whole and deleted the repository with it.
    root = _project(tmp_path / "p")
    _build(root)
    git = root / "site" / ".git"
    (git / "objects").mkdir(parents=True)
    (git / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    (git / "objects" / "pack").write_bytes(b"\0pack")
    repository = snapshot(git)

    for step in range(3):  # an empty stage first, then spares
        _edit(root, "a.md", f"Edit {step}.")
        _build(root)
        assert snapshot(git) == repository
    (root / "content" / "c.md").unlink()  # a removed briefing's folder goes, not the repository
    _build(root)
    unchanged = _build(root)

    assert snapshot(git) == repository
    assert _without_git(snapshot(root / "site")) == _clean(root, tmp_path)
    assert (unchanged.compiled, unchanged.written, unchanged.removed) == (0, [], [])


def test_outdir_git_file_of_a_worktree_survives_a_build(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    pointer = "gitdir: /home/me/briefings/.git/worktrees/site\n"
    (root / "site" / ".git").write_text(pointer, encoding="utf-8")

    _edit(root, "b.md", "Edited.")
    _build(root)

    assert (root / "site" / ".git").read_text(encoding="utf-8") == pointer


def test_outdir_holding_only_a_git_checkout_is_built_into_without_force(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    (root / "site" / ".git").mkdir(parents=True)
    (root / "site" / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")

    _build(root)

    assert (root / "site" / ".git" / "HEAD").is_file()
    assert _without_git(snapshot(root / "site")) == _clean(root, tmp_path)


@pytest.mark.parametrize("how", ["pulled", "replaced"])
def test_outdir_site_changed_from_elsewhere_is_not_mixed_with_the_spare(
    tmp_path: Path, how: str
) -> None:
    # A bug hunter's `git pull` brought another machine's content/ and built site/: the next
    # edit wrote back, from the spare, this machine's older bytes of every page whose new
    # bytes the pulled site already held.
    root = _project(tmp_path / "p")
    _build(root)
    _edit(root, "b.md", "First.")
    _build(root)  # the site before is now a spare
    (root / "content" / "c.md").write_text(BRIEFING.format(title="Gamma, renamed"), "utf-8")
    _build(root, tmp_path / "elsewhere", tmp_path / "elsewhere-cache")
    site = root / "site"
    if how == "replaced":
        shutil.rmtree(site)
        shutil.copytree(tmp_path / "elsewhere", site)
    else:  # as git writes a checkout: each file a new one, renamed into place
        for rel, data in snapshot(tmp_path / "elsewhere").items():
            (site / rel).parent.mkdir(parents=True, exist_ok=True)
            (site / f"{rel}.new").write_bytes(data)
            (site / f"{rel}.new").replace(site / rel)

    _edit(root, "a.md", "Second.")
    _build(root)

    assert snapshot(site) == _clean(root, tmp_path)


@pytest.mark.parametrize("stop", [KeyboardInterrupt, OSError])
def test_outdir_git_goes_back_when_a_two_rename_swap_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stop: type[BaseException]
) -> None:
    # Without renameat2 (macOS, some network file systems) the swap is two renames; a Ctrl-C
    # between them left the site gone and its repository in the stage, then discarded.
    root = _project(tmp_path / "p")
    _build(root)
    (root / "site" / ".git").mkdir()
    (root / "site" / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    before = snapshot(root / "site")
    monkeypatch.setattr(stage, "exchange", lambda first, second: False)
    rename = Path.rename

    def stopped(self: Path, target: Path) -> Path:
        if self.name.startswith(".site.stage-"):
            raise stop("stopped between the two renames")
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", stopped)
    _edit(root, "a.md", "Edited.")

    with pytest.raises(stop):
        _build(root)

    assert snapshot(root / "site") == before


@pytest.mark.parametrize("damage", ["appended", "emptied", "symlink"])
def test_outdir_damaged_marker_is_written_again(tmp_path: Path, damage: str) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    marker = root / "site" / MARKER
    if damage == "appended":
        with marker.open("a", encoding="utf-8") as stream:
            stream.write("junk\n")
    elif damage == "emptied":
        marker.write_bytes(b"")
    else:
        (tmp_path / "elsewhere").write_bytes(MARKER_TEXT)
        marker.unlink()
        marker.symlink_to(tmp_path / "elsewhere")
    # Counted as any file changed by hand is: the summary said "(nothing changed)".
    assert _build(root).written == [MARKER]
    assert not marker.is_symlink()
    assert marker.read_bytes() == MARKER_TEXT
    assert snapshot(root / "site") == _clean(root, tmp_path / "clean")


@pytest.mark.parametrize(
    "how", ["as it was", "no cache", "another folder", "a file of mine", "a new folder of mine"]
)
def test_outdir_a_folder_without_its_marker_is_refused(tmp_path: Path, how: str) -> None:
    """Nothing but the marker says a folder is briefgen's. A bug hunt's own folder, made
    where site/ was, took its inode and held an empty `.nojekyll` "as written": a rule that
    trusted the cache for those deleted the user's pages."""
    root = _project(tmp_path / "p")
    _build(root)
    site = root / "site"
    (site / MARKER).unlink()
    if how == "a new folder of mine":
        shutil.rmtree(site)
        site.mkdir()
        (site / ".nojekyll").write_bytes(b"")
        (site / "index.html").write_text("<h1>Mine</h1>\n", encoding="utf-8")
    elif how == "no cache":
        shutil.rmtree(root / ".briefgen-cache")
    elif how == "another folder":  # a copy put in the site's place: another inode
        shutil.copytree(site, tmp_path / "copy", copy_function=shutil.copy2)
        shutil.rmtree(site)
        (tmp_path / "copy").rename(site)
    elif how == "a file of mine":
        (site / "notes.txt").write_text("mine\n", encoding="utf-8")
    before = snapshot(site)
    with pytest.raises(BriefgenError, match="holds files briefgen did not write"):
        _build(root)
    assert snapshot(site) == before


@pytest.mark.parametrize(
    ("rel", "what"),
    [
        ("sub/.site.stage-1", "`.site.stage-1` is the name of the stage of a build into `site`"),
        (".site.old-1", "`.site.old-1` is the name of the old site of a build into `site`"),
        (".site.lock", "`.site.lock` is the name of the build lock of a build into `site`"),
        (
            ".my.site.old-x/a",
            "`.my.site.old-x` is the name of the old site of a build into `my.site`",
        ),
    ],
)
def test_outdir_a_name_a_build_writes_beside_its_output_is_refused(
    tmp_path: Path, rel: str, what: str
) -> None:
    """`--output .site.stage-1` was built, and the next plain build deleted it as a killed
    build's stage; `.site.old-1` it took for site/; after `.site.lock` every one failed."""
    out = tmp_path / rel
    (problem,) = validate_output_dir(tmp_path, out, force=True, at=SourcePos("--output", 1))
    assert problem.pos == SourcePos("--output", 1)
    assert problem.message == f"refusing to build into {out}: {what}"
    assert problem.hint == "pick another --output: that build would remove or replace it"


@pytest.mark.parametrize("name", [".site", ".site.v2", "site.lock", "..lock", ".site.stage"])
def test_outdir_a_name_no_build_writes_beside_its_output_is_accepted(
    tmp_path: Path, name: str
) -> None:
    out = tmp_path / "p" / name
    assert validate_output_dir(tmp_path / "p", out, force=True, at=SourcePos("x", 1)) == []
    # Outside the project only its own name counts: a build there is not the project's.
    elsewhere = tmp_path / ".site.old-1" / "p" / name
    assert validate_output_dir(tmp_path / "p", elsewhere, force=True, at=SourcePos("x", 1)) == []


def test_outdir_a_folder_taken_with_force_counts_the_marker_it_is_given(tmp_path: Path) -> None:
    """The one file a first build does not count is the marker of a folder it made."""
    root = _project(tmp_path / "p")
    first = _build(root)
    assert MARKER not in first.written
    (root / "site" / MARKER).unlink()
    forced = build_site(BuildOptions(root, root / "site", force=True), RecordingReporter())
    assert forced.written == [MARKER]
    assert (root / "site" / MARKER).read_bytes() == MARKER_TEXT
    assert _build(root).written == []


@pytest.mark.parametrize("held", [(), (".git",)])
def test_outdir_a_first_build_into_an_empty_folder_does_not_count_its_marker(
    tmp_path: Path, held: tuple[str, ...]
) -> None:
    """`mkdir site` before the first build made it say 18 files written, not 17, and list
    the marker: a folder that holds nothing a build makes is new to briefgen."""
    root = _project(tmp_path / "p")
    for name in held:
        (root / "site" / name).mkdir(parents=True)
    (root / "site").mkdir(exist_ok=True)
    first = _build(root)
    assert MARKER not in first.written
    assert first.written == _build(root, tmp_path / "fresh", tmp_path / "cache").written
    assert (root / "site" / MARKER).read_bytes() == MARKER_TEXT


def test_outdir_git_goes_back_from_the_stage_of_a_build_killed_before_its_swap(
    tmp_path: Path,
) -> None:
    """`kill -9` after the site's `.git` was carried into the stage, before the swap: the
    next build dropped that stage, and the gh-pages repository with it (a second bug hunt)."""
    root = _project(tmp_path / "p")
    _build(root)
    site = root / "site"
    (site / ".git").mkdir()
    (site / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    repository = snapshot(site / ".git")
    killed = root / ".site.stage-999999999"  # no such process: abandoned
    killed.mkdir()
    (site / ".git").rename(killed / ".git")

    _edit(root, "a.md", "Edited.")
    _build(root)

    assert snapshot(site / ".git") == repository
    assert not killed.exists()


def test_outdir_a_mount_point_is_refused_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kernel refuses to swap a mount point (EBUSY): a Docker volume mounted at site/
    got "internal error" after a whole build. A bind mount on its parent's disk is found
    only in the mount table (unprivileged tests cannot mount, so the table is given)."""
    root = _project(tmp_path / "p")
    _build(root)
    site = root / "site"
    before = snapshot(site)
    table = f"36 22 8:1 /srv/www {os.fspath(site.resolve()).replace(' ', chr(92) + '040')} rw"
    monkeypatch.setattr(outdir, "_mount_table", lambda: table)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(BriefgenError, match="it is a mount point") as failure:
        _build(root)
    # The hint's `--output` is read from the current folder, as the option is.
    assert "`--output p/site/public`" in str(failure.value.diagnostics[0].hint)
    assert snapshot(site) == before


def test_outdir_mount_points_are_read_from_mountinfo_with_escapes_undone() -> None:
    """A bind mount on its parent's disk has its parent's device: only the table knows it."""
    table = (
        "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        "36 22 8:1 /srv/www /home/ana/my\\040briefings/site rw - ext4 /dev/sda1 rw\n"
    )
    assert mounted(table) == {"/", "/home/ana/my briefings/site"}


def test_outdir_a_full_disk_while_writing_the_stage_is_blamed_on_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write to an open file names no file: the error went to `.:1:1`, with no hint."""
    root = _project(tmp_path / "p")
    _build(root)
    before = snapshot(root / "site")

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(stage.Stage, "write", full)
    _edit(root, "a.md", "Edit.")
    with pytest.raises(BriefgenError) as failure:
        _build(root)
    (problem,) = failure.value.diagnostics
    assert problem.pos.path == "--output"
    assert problem.message.endswith("site: No space left on device")
    assert snapshot(root / "site") == before


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.ENAMETOOLONG])
def test_outdir_a_failed_write_of_a_static_file_is_blamed_on_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    """It was `static/big.bin:1:1: error: cannot read the file: No space left on device`."""
    root = _project(tmp_path / "p")
    _build(root)
    before = snapshot(root / "site")
    (root / "static" / "big.bin").write_bytes(b"x" * 1000)
    write = stage.Stage.write

    def full(self: stage.Stage, rel: str, data: bytes) -> None:
        if rel == "big.bin":
            raise OSError(code, os.strerror(code), str(self.path / rel))
        write(self, rel, data)

    monkeypatch.setattr(stage.Stage, "write", full)
    with pytest.raises(BriefgenError) as failure:
        _build(root)
    (problem,) = failure.value.diagnostics
    assert problem.pos.path == "--output"
    assert problem.message.endswith(f"site: {os.strerror(code)}")
    assert snapshot(root / "site") == before


@pytest.mark.parametrize(
    ("written", "blamed"),
    [
        ("site/a/index.html", True),
        (".site.stage-123", True),
        (".site.stage-123/a/index.html", True),
        (".site.old-123", True),
        ("content/a.md", False),
        ("sites/a", False),
    ],
)
def test_outdir_only_errors_writing_the_output_or_beside_it_are_blamed_on_output(
    tmp_path: Path, written: str, blamed: bool
) -> None:
    problem = OSError(errno.EPERM, "Operation not permitted", str(tmp_path / written))
    found = output_write_error(problem, tmp_path / "site", SourcePos("--output", 1))
    assert (found is not None) == blamed
    other = OSError(errno.ENOENT, "No such file or directory", str(tmp_path / "site"))
    assert output_write_error(other, tmp_path / "site", SourcePos("--output", 1)) is None


def test_outdir_serve_folder_errors_name_the_folder_and_no_output_option(tmp_path: Path) -> None:
    served = BuildOptions(tmp_path, tmp_path / ".briefgen-cache" / "serve-site", named_output=False)
    assert served.output_pos == SourcePos(".briefgen-cache/serve-site", 1)
    assert BuildOptions(tmp_path, tmp_path / "site").output_pos == SourcePos("--output", 1)
    full = OSError(errno.ENOSPC, "No space left on device", str(served.out / "a.html"))
    found = output_write_error(full, served.out, served.output_pos)
    assert found is not None
    [diagnostic] = found.diagnostics
    assert diagnostic.hint == "free space on its disk or check its permissions"


@pytest.mark.parametrize("kind", ["file", "symlink", "dangling symlink"])
def test_outdir_check_warns_of_a_site_no_build_may_replace(tmp_path: Path, kind: str) -> None:
    """`check` builds into a folder of its own, so it passed a project whose `site/` is a file
    or a link, which every `briefgen build` then refused, --force or not."""
    site = tmp_path / "site"
    if kind == "file":
        site.write_text("x", encoding="utf-8")
    else:
        (tmp_path / "real").mkdir()
        site.symlink_to(tmp_path / ("real" if kind == "symlink" else "gone"))
    [found] = unbuildable_site(tmp_path)
    assert (found.severity, found.pos) == ("warning", SourcePos("site", 1))
    said = "is a file, not a folder" if kind == "file" else "it is a symlink"
    assert found.message.startswith("`briefgen build` would stop: ") and said in found.message
    site.unlink()
    assert unbuildable_site(tmp_path) == []
    site.mkdir()
    (site / "foreign.html").write_text("x", encoding="utf-8")
    assert unbuildable_site(tmp_path) == [], "a folder --force may replace is the build's call"
