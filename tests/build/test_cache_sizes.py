"""A cache file past its limit (a sparse file of 3 GB) is a cache miss, never read whole.

The cache is briefgen's own, but a CI cache restores it from a tarball, which can hold
anything: read whole, such a file took all the memory, and under a limit on it (`ulimit -v`)
ended the build with a MemoryError, exit 70.
"""

from __future__ import annotations

import resource
from typing import TYPE_CHECKING

import pytest

from tests.build.test_cache_fifos import CACHE_FILES, _built_twice
from tests.cli.test_machine_limits import _build_limited
from tests.conftest import BRIEFING, make_project

if TYPE_CHECKING:
    from pathlib import Path

MEMORY = 2560 * 1024 * 1024
"""The address space a build may take (`ulimit -v`): enough for a build, not for the file."""


def _grown(path: Path) -> None:
    """Make the file at `path` a sparse one of 3 GB, its saved bytes first."""
    with path.open("r+b") as handle:
        handle.truncate(3 * 1024**3)


@pytest.mark.parametrize("pattern", CACHE_FILES)
def test_a_huge_file_in_the_cache_is_a_miss_not_read_whole(tmp_path: Path, pattern: str) -> None:
    root = _built_twice(tmp_path)
    (cache_file,) = (root / ".briefgen-cache").glob(pattern)
    _grown(cache_file)
    # A new briefing: the build takes the full way, which reads every kind of cache file.
    make_project(root, "-- content/b.md --\n" + BRIEFING.format(title="B"))

    run = _build_limited(root, resource.RLIMIT_AS, MEMORY)

    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert (root / "site/b/index.html").is_file()


def test_a_huge_state_file_is_named_with_the_limit_in_the_notice(tmp_path: Path) -> None:
    root = _built_twice(tmp_path)
    (state_file,) = (root / ".briefgen-cache").glob("state-*.json")
    _grown(state_file)

    run = _build_limited(root, resource.RLIMIT_AS, MEMORY)

    notice = (
        f"ignoring a damaged build cache (.briefgen-cache/{state_file.name}: it is 3,221,225,472 "
        "bytes; the limit is 268,435,456 bytes (256 MB)); building everything"
    )
    assert notice in run.stdout.splitlines(), run.stdout + run.stderr
