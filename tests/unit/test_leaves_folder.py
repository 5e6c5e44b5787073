"""`leaves_folder`: paths read back from the cache or a journal are data, checked before use."""

from __future__ import annotations

import pytest

from briefgen.files import leaves_folder


@pytest.mark.parametrize(
    ("paths", "leaves"),
    [
        ([], False),
        (["index.html", "a/tables/1-x.csv", ".nojekyll", "..a/b", "a/..b", "x/y..."], False),
        (["../a"], True),
        (["a/../b"], True),
        (["/etc/passwd"], True),
        (["a//b"], True),
        (["a/"], True),
        (["./a"], True),
        (["a/."], True),
        ([""], True),
        (["a\0b"], True),
        (["index.html", ".."], True),
    ],
)
def test_only_plain_relative_paths_stay_inside(paths: list[str], leaves: bool) -> None:
    assert leaves_folder(paths) is leaves
