"""The benchmark corpus is deterministic and builds with briefgen."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from benchmarks.chart import render_chart
from benchmarks.corpus import TableSpec, generate, write_briefgen
from benchmarks.peers import write_hugo, write_mkdocs, write_pelican

from tests.conftest import snapshot

if TYPE_CHECKING:
    from pathlib import Path


def _write_all(root: Path, seed: int) -> dict[str, bytes]:
    """Write a 5-briefing corpus in every layout under root and snapshot it."""
    specs = generate(5, seed)
    write_briefgen(specs, root / "briefgen")
    write_hugo(specs, root / "hugo")
    write_mkdocs(specs, root / "mkdocs")
    write_pelican(specs, root / "pelican")
    return snapshot(root)


def test_corpus_same_seed_writes_same_bytes(tmp_path: Path) -> None:
    first = _write_all(tmp_path / "a", seed=7)
    assert first == _write_all(tmp_path / "b", seed=7)
    assert first != _write_all(tmp_path / "c", seed=8)


def test_corpus_briefings_have_the_default_shape() -> None:
    for spec in generate(20):
        assert 4 <= len(spec.sections) <= 5
        assert 1 <= len(spec.tags) <= 4
        tables = [b for s in spec.sections for b in s.blocks if isinstance(b, TableSpec)]
        assert 2 <= len(tables) <= 3


def test_corpus_of_three_builds_with_briefgen(tmp_path: Path) -> None:
    specs = generate(3)
    write_briefgen(specs, tmp_path)
    out = tmp_path / "site"
    argv = [sys.executable, "-m", "briefgen", "build", "--source", str(tmp_path)]
    done = subprocess.run([*argv, "--output", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for spec in specs:
        assert (out / spec.slug / "index.html").is_file()


def test_chart_is_well_formed_svg() -> None:
    svg = render_chart({"briefgen": [(1, 0.1), (100, 0.3)], "hugo": [(1, 0.05)]}, "t", "s")
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
