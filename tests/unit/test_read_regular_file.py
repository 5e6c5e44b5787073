"""`read_regular_file` with a limit reads the file as it is when read, not as `fstat` saw it."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

from briefgen.files import FileTooLargeError, read_regular_file

if TYPE_CHECKING:
    from pathlib import Path


def _seen_smaller(monkeypatch: pytest.MonkeyPatch, by: int) -> None:
    """Make `fstat` report each file `by` bytes smaller: a file that grew after it looked."""
    real = os.fstat

    def fstat(fd: int) -> os.stat_result:
        info = real(fd)
        fields = list(info)
        fields[6] = max(info.st_size - by, 0)  # st_size
        return os.stat_result(fields)

    monkeypatch.setattr(os, "fstat", fstat)


@pytest.mark.parametrize(("size", "grown"), [(0, 10), (100, 1), (100, 60), (5000, 4000)])
def test_a_file_that_grew_after_fstat_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int, grown: int
) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(bytes(i % 251 for i in range(size + grown)))
    _seen_smaller(monkeypatch, grown)
    assert read_regular_file(path, 10_000) == path.read_bytes()


def test_a_file_that_grew_past_the_limit_after_fstat_is_too_large(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"x" * 150)
    _seen_smaller(monkeypatch, 100)
    with pytest.raises(FileTooLargeError) as raised:
        read_regular_file(path, 120)
    assert raised.value.size == 121  # what reading found: one byte past the limit
