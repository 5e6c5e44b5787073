"""A cache folder this user may not use is one warning at `.briefgen-cache`, and the build
goes on without it: the cache is disposable, and the site is the one a clean build makes.

Run as `nobody` when the suite runs as root, who may use any folder (tests/unprivileged.py).
"""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from tests.conftest import BRIEFING, leftovers, make_project, run_briefgen, snapshot
from tests.unprivileged import give_to_the_unprivileged, run_unprivileged, shared_temp_dir

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

pytestmark = pytest.mark.slow

WARNING = [
    ".briefgen-cache:1:1: warning: cannot use the build cache: Permission denied",
    "  hint: building everything without it; give it back (`chmod -R u+rwX .briefgen-cache`) "
    "or delete `.briefgen-cache` (briefgen makes it again)",
]


@pytest.fixture
def built(unprivileged_lib: Path) -> Iterator[Path]:
    """Return a project of two briefings built (cache, spare and all) by the unprivileged."""
    shared = shared_temp_dir()
    root = make_project(
        shared / "project",
        "-- content/a.md --\n"
        + BRIEFING.format(title="Alpha")
        + "-- content/b.md --\n"
        + BRIEFING.format(title="Beta"),
    )
    try:
        for path in (shared, *shared.rglob("*")):
            path.chmod(0o755 if path.is_dir() else 0o644)
        give_to_the_unprivileged(root)
        first = run_unprivileged(root, unprivileged_lib, "build")
        assert (first.code, first.stderr) == (0, "")
        # A second build after an edit: the one before it left its site as the spare.
        (root / "content" / "a.md").write_text(BRIEFING.format(title="Alpha 2"), "utf-8")
        second = run_unprivileged(root, unprivileged_lib, "build")
        assert (second.code, second.stderr) == (0, "")
        assert any((root / ".briefgen-cache").glob("spare-*/"))
        yield root
    finally:
        for path in (shared, *shared.rglob("*")):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(shared)


def _clean_site(root: Path, tmp_path: Path) -> dict[str, bytes]:
    """Return the site a first build of the project's content makes."""
    clean = make_project(tmp_path / "clean", "")
    shutil.copytree(root / "content", clean / "content")
    assert run_briefgen("build", cwd=clean).code == 0
    return snapshot(clean / "site")


@pytest.mark.parametrize("mode", [0o000, 0o555], ids=["chmod-000", "chmod-555"])
def test_unusable_cache_is_one_warning_and_the_build_is_a_clean_one(
    built: Path, unprivileged_lib: Path, tmp_path: Path, mode: int
) -> None:
    """It once said "building everything", then failed after the swap, at the spare tree's
    absolute path: `/…/.briefgen-cache/spare-…:1:1: error: cannot use: Permission denied`."""
    cache = built / ".briefgen-cache"
    kept = snapshot(cache)
    (built / "content" / "b.md").write_text(BRIEFING.format(title="Beta 2"), "utf-8")
    cache.chmod(mode)
    try:
        run = run_unprivileged(built, unprivileged_lib, "build")
    finally:
        cache.chmod(0o755)
    assert (run.code, run.stderr.splitlines()) == (0, WARNING)
    assert snapshot(built / "site") == _clean_site(built, tmp_path)
    assert snapshot(cache) == kept  # neither read nor written
    assert leftovers(built) == []
    # Usable again, the cache of the build before is no worse than none.
    (built / "content" / "a.md").write_text(BRIEFING.format(title="Alpha 3"), "utf-8")
    again = run_unprivileged(built, unprivileged_lib, "build")
    assert (again.code, again.stderr) == (0, "")
    assert snapshot(built / "site") == _clean_site(built, tmp_path / "again")


def test_serve_refuses_an_unusable_cache_it_would_build_in(
    built: Path, unprivileged_lib: Path
) -> None:
    cache = built / ".briefgen-cache"
    cache.chmod(0o000)
    try:
        run = run_unprivileged(built, unprivileged_lib, "serve", "--port", "0")
    finally:
        cache.chmod(0o755)
    assert run.code == 1
    assert run.stderr.splitlines() == [
        ".briefgen-cache:1:1: error: cannot use the build cache: Permission denied",
        "  hint: serve builds in it; give it back (`chmod -R u+rwX .briefgen-cache`) "
        "or delete `.briefgen-cache` (briefgen makes it again)",
    ]
