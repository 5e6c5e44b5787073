"""scripts/screenshots.py makes the README's pictures of the PDF and the timeline from builds."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tests.conftest import skip_module_without

from .harness import REPO_ROOT

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]
skip_module_without("weasyprint")

MAX_BYTES = 150_000


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_readme_pictures_are_made_from_fresh_builds(tmp_path: Path) -> None:
    script = REPO_ROOT / "scripts" / "screenshots.py"
    done = subprocess.run(
        [sys.executable, str(script), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    pdf_page, timeline = tmp_path / "pdf-first-page.png", tmp_path / "updates-timeline.png"
    assert _png_size(pdf_page) == (497, 702)  # A4 (595 by 842 pt) at 60 dpi, rounded up
    width, height = _png_size(timeline)
    assert 300 <= width <= 800 and 60 <= height <= 400  # the section alone, not the page
    for picture in (pdf_page, timeline):
        assert 1_000 < picture.stat().st_size < MAX_BYTES
        assert (REPO_ROOT / "docs" / "screenshots" / picture.name).is_file()
