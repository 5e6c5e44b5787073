"""The tests' list of a build's in-process memories is the whole of them."""

from __future__ import annotations

from tests.build.processmemory import MEMORIES


def test_every_memory_the_cache_modules_keep_is_forgotten_by_a_new_process() -> None:
    modules = {module for module, _ in MEMORIES}
    kept = {
        (module.__name__, name)
        for module in modules
        for name, value in vars(module).items()
        if name.startswith("_") and not name.startswith("__") and isinstance(value, dict | set)
    }
    assert kept == {(module.__name__, name) for module, name in MEMORIES}
