"""briefgen.yaml mistakes: every one reported at its line in one run, and site/ kept."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from briefgen import settingsfile
from tests.conftest import BRIEFING, make_project, run_briefgen, snapshot

if TYPE_CHECKING:
    from collections.abc import Callable

BROKEN_CONFIG = """\
title: [not, a, string]
language: not a language tag
unsafe_html: "yes"
titel: typo
extra: 5
"""


def _project(root: Path, config: str) -> Path:
    return make_project(
        root,
        f"-- briefgen.yaml --\n{config}-- content/a.md --\n" + BRIEFING.format(title="A"),
    )


def test_config_errors_are_all_reported_in_one_run_at_their_lines(tmp_path: Path) -> None:
    root = _project(tmp_path / "project", BROKEN_CONFIG)
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    assert "Traceback" not in run.stderr
    heads = [line.split(": error: ")[0] for line in run.stderr.splitlines() if ": error: " in line]
    assert heads == [
        "briefgen.yaml:1:1",
        "briefgen.yaml:2:1",
        "briefgen.yaml:3:1",
        "briefgen.yaml:4:1",
        "briefgen.yaml:5:1",
    ]
    assert "did you mean `title`?" in run.stderr


def test_config_error_keeps_the_published_site(tmp_path: Path) -> None:
    root = _project(tmp_path / "project", "title: Fine\nbase_url: https://example.org/\n")
    assert run_briefgen("build", cwd=root).code == 0
    before = snapshot(root / "site")
    (root / "briefgen.yaml").write_text(BROKEN_CONFIG, encoding="utf-8")
    assert run_briefgen("build", cwd=root).code == 1
    assert snapshot(root / "site") == before
    assert not list(root.glob(".site.stage-*"))


def test_config_warning_is_shown_on_a_successful_build(tmp_path: Path) -> None:
    root = _project(tmp_path / "project", "title: Fine\nbase_url: example.org/briefs\n")
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    assert run.stderr.startswith("briefgen.yaml:2:1: warning: base_url `example.org/briefs`")
    feed = (root / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "https://example.org/briefs/" in feed


def test_config_base_url_flag_overrides_a_bad_one(tmp_path: Path) -> None:
    root = _project(tmp_path / "project", "title: Fine\nbase_url: ftp://example.org/\n")
    assert run_briefgen("build", cwd=root).code == 1
    run = run_briefgen("build", "--base-url", "https://example.net/", cwd=root)
    assert run.code == 0, run.stderr


def test_config_empty_file_uses_defaults(tmp_path: Path) -> None:
    root = _project(tmp_path / "project", "")
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    assert (root / "site" / "index.html").is_file()


@pytest.mark.parametrize(
    ("make", "what"),
    [
        (Path.mkdir, "is a folder"),
        (lambda path: os.mkfifo(path), "is a FIFO"),
        (lambda path: path.symlink_to("nowhere.yaml"), "is a link to nothing"),
        (lambda path: path.symlink_to(path.name), "cannot be read"),
    ],
)
def test_config_that_is_not_a_file_is_an_error(
    tmp_path: Path, make: Callable[[Path], object], what: str
) -> None:
    root = _project(tmp_path / "project", "")
    (root / "briefgen.yaml").unlink()
    make(root / "briefgen.yaml")
    for command in ("build", "check"):
        run = run_briefgen(command, cwd=root)
        assert run.code == 1, run.stderr
        assert run.stderr.startswith(f"briefgen.yaml:1:1: error: briefgen.yaml {what}")
    assert not (root / "site").exists()


@pytest.mark.parametrize(
    ("names", "warned", "hint"),
    [
        (("briefgen.yml",), "briefgen.yml", "rename it `briefgen.yaml`"),
        (("Briefgen.yaml",), "Briefgen.yaml", "rename it `briefgen.yaml`"),
        (("BRIEFGEN.YAML",), "BRIEFGEN.YAML", "rename it `briefgen.yaml`"),
        (
            ("briefgen.yaml", "briefgen.yml"),
            "briefgen.yml",
            "move its settings into `briefgen.yaml`",
        ),
    ],
)
def test_a_settings_file_with_a_near_miss_name_is_a_warning_at_it(
    tmp_path: Path, names: tuple[str, ...], warned: str, hint: str
) -> None:
    """It was ignored without a word, and a disk that ignores case reads `Briefgen.yaml`:
    a laptop and CI built two different sites."""
    root = make_project(tmp_path, "-- content/a.md --\n" + BRIEFING.format(title="A"))
    for name in names:
        (root / name).write_text("title: Other\n", encoding="utf-8")
    run = run_briefgen("build", cwd=root)
    assert run.code == 0
    assert run.stderr == (
        f"{warned}:1:1: warning: `{warned}` is not read: settings are read from "
        f"`briefgen.yaml` only\n  hint: {hint}" + (" and remove it\n" if len(names) > 1 else "\n")
    )
    assert run_briefgen("build", "--strict", cwd=root).code == 1


def test_a_case_variant_read_by_a_disk_that_ignores_case_is_a_warning(tmp_path: Path) -> None:
    """On macOS or Windows the listing holds `Briefgen.yaml` and opening `briefgen.yaml` reads
    it; here a stand-in for such a disk says both names are one file."""
    (tmp_path / "Briefgen.yaml").write_text("title: Mine\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(settingsfile, "same_file", lambda first, second: True)
        found = settingsfile.misnamed_settings(tmp_path, "briefgen.yaml")
    assert [(str(d.pos), d.message, d.hint) for d in found] == [
        (
            "Briefgen.yaml:1:1",
            "`Briefgen.yaml` is read only because this disk ignores case",
            "rename it `briefgen.yaml`: a disk that does not (Linux, CI) reads no settings",
        )
    ]


def test_a_folder_or_a_backup_named_like_the_settings_is_silent(tmp_path: Path) -> None:
    """A folder holds no settings, and a backup beside the real file is normal."""
    (tmp_path / "Briefgen.yaml").mkdir()
    (tmp_path / "briefgen.yml").mkdir()
    for backup in ("briefgen.yaml.bak", "briefgen.yaml~", ".briefgen.yaml.swp", "briefgen.yaml"):
        (tmp_path / backup).write_text("title: Mine\n", encoding="utf-8")
    assert settingsfile.misnamed_settings(tmp_path, "briefgen.yaml") == []


def test_a_link_to_a_settings_file_with_a_near_miss_name_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "shared.yaml").write_text("title: Mine\n", encoding="utf-8")
    (tmp_path / "briefgen.yml").symlink_to("shared.yaml")
    assert [str(d.pos) for d in settingsfile.misnamed_settings(tmp_path, "briefgen.yaml")] == [
        "briefgen.yml:1:1"
    ]
