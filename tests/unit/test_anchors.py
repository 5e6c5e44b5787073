"""Heading ids: unique, never a theme id, handed out in linear time."""

from __future__ import annotations

import re
import time
from pathlib import Path

import briefgen
from briefgen.content.slugs import RESERVED_ANCHORS, Anchors


def test_anchors_never_take_a_theme_id() -> None:
    anchors = Anchors()
    claimed = [anchors.claim(text) for text in ("main", "Glance title", "Table 3", "table 3")]
    assert claimed == ["main-1", "glance-title-1", "table-3-1", "table-3-2"]
    assert not RESERVED_ANCHORS & set(claimed)


def test_anchors_are_unique_when_a_heading_looks_like_a_numbered_one() -> None:
    anchors = Anchors()
    claimed = [anchors.claim(text) for text in ("a", "a", "a-1", "a")]
    assert claimed == ["a", "a-1", "a-1-1", "a-2"]


def test_anchors_for_20000_identical_headings_are_linear() -> None:
    anchors = Anchors()
    started = time.perf_counter()
    claimed = [anchors.claim("a") for _ in range(20_000)]
    assert time.perf_counter() - started < 2
    assert len(set(claimed)) == 20_000


def test_a_heading_named_like_a_note_reference_gets_an_id_of_its_own() -> None:
    anchors = Anchors()
    claimed = [anchors.claim(text) for text in ("fnref-1", "fnref 1", "fnref-1-2", "fn-1")]
    assert claimed == ["fnref-1-heading", "fnref-1-heading-1", "fnref-1-2-1", "fn-1-1"]


def test_every_id_the_theme_writes_is_reserved() -> None:
    """A heading taking one of them would give a page two elements with one id."""
    theme = Path(briefgen.__file__).parent / "theme"
    written = {
        found
        for template in theme.rglob("*.html")
        for found in re.findall(r'\bid="([^"{]+)"', template.read_text(encoding="utf-8"))
    }
    assert written
    assert written <= RESERVED_ANCHORS
