"""Regenerate the README's pictures of the PDF and the updates timeline from fresh builds.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

- `pdf-first-page.png`: the default project is built with `--pdf` and the first page of the
  default briefing's PDF is rendered at 60 dpi by poppler's `pdftoppm` (Debian poppler-utils).
- `updates-timeline.png`: the kitchen-sink fixture project (tests/projects/kitchen-sink, whose
  briefing has `updates:`; the default briefing has none) is built, served on 127.0.0.1 and
  opened in Debian's Chromium through Playwright, and the page's "Updates" section is
  captured, clipped to the element with a small margin.

Each build runs on a copy of its project in a temporary folder, so nothing is written into the
repository but the two PNGs.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import FloatRect, ViewportSize

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the browser tests' Chromium settings, shared with them
from tests.browser.harness import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

KITCHEN_SINK = REPO / "tests" / "projects" / "kitchen-sink"
DEFAULT_SLUG = "rubio-mexico-ecuador-migration"
TIMELINE_PAGE = "every-block/index.html"
TIMELINE = "section.updates"
PROJECT_FILES = ("briefgen.yaml", "content", "templates", "static", "locales")
VIEWPORT: ViewportSize = {"width": 760, "height": 900}
"""CSS pixels: the text column at a laptop-like width, so the picture stays small."""
MARGIN = 12
"""CSS pixels kept around the captured element."""


def build(project: Path, work: Path, *flags: str) -> Path:
    """Copy a project's own files into `work`, build it there and return the site folder."""
    source = work / "project"
    source.mkdir(parents=True)
    for name in PROJECT_FILES:
        path = project / name
        if path.is_dir():
            shutil.copytree(path, source / name)
        elif path.is_file():
            shutil.copy2(path, source / name)
    site = work / "site"
    command = [sys.executable, "-m", "briefgen", "build", "-q", "--source", str(source)]
    subprocess.run([*command, "--output", str(site), *flags], check=True)
    return site


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serve the built site without a log line per request."""

    def log_message(self, format: str, *args: object) -> None:
        """Say nothing."""


def pdf_first_page(work: Path, target: Path) -> None:
    """Render the first page of the default briefing's PDF to `target` at 60 dpi."""
    site = build(REPO, work / "default", "--pdf")
    pdf = site / DEFAULT_SLUG / f"{DEFAULT_SLUG}.pdf"
    stem = work / "pdf-first-page"
    command = ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"]
    subprocess.run([*command, str(pdf), str(stem)], check=True)
    shutil.copyfile(stem.with_suffix(".png"), target)


def updates_timeline(work: Path, target: Path) -> None:
    """Capture the updates timeline of the kitchen-sink briefing, as Chromium shows it."""
    from playwright.sync_api import sync_playwright

    site = work / "sink-site"
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base_url = f"http://127.0.0.1:{server.server_address[1]}/"
    built = build(KITCHEN_SINK, work / "sink", "--base-url", base_url)
    shutil.move(built, site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    home = work / "chromium-home"
    env: dict[str, str | float | bool] = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home),
        "XDG_CACHE_HOME": str(home),
    }
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=list(CHROMIUM_ARGS), env=env
            )
            page = browser.new_page(viewport=VIEWPORT)
            page.emulate_media(color_scheme="light", media="screen")
            page.goto(base_url + TIMELINE_PAGE, wait_until="load")
            box = page.locator(TIMELINE).bounding_box()
            if box is None:
                raise SystemExit(f"no {TIMELINE} on {TIMELINE_PAGE}")
            clip: FloatRect = {
                "x": max(0, box["x"] - MARGIN),
                "y": max(0, box["y"] - MARGIN),
                "width": box["width"] + 2 * MARGIN,
                "height": box["height"] + 2 * MARGIN,
            }
            page.screenshot(path=target, clip=clip, animations="disabled")
            browser.close()
    finally:
        server.shutdown()


def main() -> int:
    """Make both pictures in the chosen folder."""
    parser = argparse.ArgumentParser(prog="scripts/screenshots.py")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="briefgen-shots-") as scratch:
        work = Path(scratch)
        pdf_first_page(work, args.out / "pdf-first-page.png")
        updates_timeline(work, args.out / "updates-timeline.png")
    for name in ("pdf-first-page.png", "updates-timeline.png"):
        size = (args.out / name).stat().st_size
        sys.stdout.write(f"{args.out / name}: {size / 1000:.0f} KB\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
