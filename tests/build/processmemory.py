"""What a build keeps in its process between builds, forgotten as a new `briefgen build`
process starts without it. One list for every test that acts as a new process: a test that
missed a memory would check a save or a load against what it still remembers."""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from briefgen.build import cache, discover, imagestamps, records, shards

if TYPE_CHECKING:
    import pytest

MEMORIES: tuple[tuple[ModuleType, str], ...] = (
    (shards, "_KNOWN"),
    (shards, "_UNCHECKED"),
    (shards, "_COUNTS"),
    (cache, "_SAVED"),
    (discover, "_SEEN"),
    (imagestamps, "_IMAGE_SEEN"),
    (records, "_MADE"),
    (records, "_OUTPUTS"),
    (records, "_HINTS"),
)
"""Each memory by its module and name, looked up when forgotten: a test may have put a fresh
one in its place."""


def forget_process_memory() -> None:
    """Forget what this process read and wrote, as a new process would."""
    for module, name in MEMORIES:
        getattr(module, name).clear()


def fresh_process_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give the test empty memories of its own, the process's own put back after it."""
    for module, name in MEMORIES:
        monkeypatch.setattr(module, name, type(getattr(module, name))())
