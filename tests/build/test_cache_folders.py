"""A folder where a cache file belongs is replaced by the file at the next save.

A random walk that made a folder of a cache shard (a tarball restored over the cache, a
`mkdir` by mistake) got `.briefgen-cache:1:1: warning: cannot write the build cache: Is a
directory`, hint "the next build will be a full one", at every build from then on: each was a
full one, and none could save. The cache folder is briefgen's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.build.test_cache_fifos import CACHE_FILES, _built_twice
from tests.conftest import BRIEFING, make_project, run_briefgen

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize("pattern", CACHE_FILES)
def test_a_folder_in_the_cache_is_replaced_by_its_file(tmp_path: Path, pattern: str) -> None:
    root = _built_twice(tmp_path)
    (cache_file,) = (root / ".briefgen-cache").glob(pattern)
    cache_file.unlink()
    (cache_file / "inner").mkdir(parents=True)
    # A new briefing: the build takes the full way, which writes every kind of cache file.
    make_project(root, "-- content/b.md --\n" + BRIEFING.format(title="B"))

    first = run_briefgen("build", cwd=root, timeout=60)
    second = run_briefgen("build", cwd=root, timeout=60)

    for run in (first, second):  # the catalog's warning aside, nothing of the cache
        assert run.code == 0, run.stderr
        assert ".briefgen-cache" not in run.stderr
    assert second.stdout.endswith("(nothing changed)\n"), second.stdout
