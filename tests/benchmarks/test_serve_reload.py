"""The serve reload benchmark sees the reload event of an edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from benchmarks.corpus import generate, write_briefgen
from benchmarks.serve_reload import measure_reloads

if TYPE_CHECKING:
    from pathlib import Path


def test_serve_reload_times_one_edit_to_its_reload_event(tmp_path: Path) -> None:
    specs = generate(3)
    write_briefgen(specs, tmp_path)
    (seconds,) = measure_reloads(tmp_path, [specs[1].slug], settle=0.3)
    assert 0 < seconds < 30
