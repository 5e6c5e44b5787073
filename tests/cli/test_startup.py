"""Start-up: a command imports only what it uses, so `--help` and a small build start fast."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING

from tests.conftest import BRIEFING, make_project

if TYPE_CHECKING:
    from pathlib import Path

LIBRARIES = ("jinja2", "markdown_it", "yaml", "babel")
"""What the build needs and `--help` or `--version` never should."""
OPTIONAL = (
    "briefgen.site.pdf",
    "briefgen.build.search",
    "briefgen.site.places",
    "subprocess",
    "multiprocessing",
    "concurrent.futures",
    "importlib.metadata",
    "difflib",
    "html.parser",
    "xml.parsers.expat",
)
"""Modules only a PDF, a search index, a broken link, a pool, a plugin, a typo, trusted raw
HTML or a project's own `feed.xml` or `sitemap.xml` (read back as XML) needs."""


def _imported_after(argv: list[str], watched: tuple[str, ...], cwd: Path) -> list[str]:
    """Run briefgen's main with argv in a fresh interpreter; return the watched modules loaded."""
    script = (
        "import json, sys\n"
        "from briefgen.cli import main\n"
        "try:\n"
        f"    main({argv!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(json.dumps([m for m in {watched!r} if m in sys.modules]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=cwd, capture_output=True, text=True, check=True
    )
    found: list[str] = json.loads(done.stdout.splitlines()[-1])
    return found


def test_startup_help_and_version_import_no_library(tmp_path: Path) -> None:
    assert _imported_after(["--version"], LIBRARIES, tmp_path) == []
    assert _imported_after(["--help"], LIBRARIES, tmp_path) == []
    assert _imported_after(["build", "--help"], LIBRARIES, tmp_path) == []


def test_startup_small_build_imports_no_optional_module(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "project",
        "-- content/first.md --\n" + BRIEFING.format(title="First briefing"),
    )
    argv = ["build", "--source", str(root), "--output", str(root / "site")]

    assert _imported_after(argv, OPTIONAL, tmp_path) == []
    assert (root / "site" / "first" / "index.html").is_file()


def test_startup_broken_link_still_finds_its_line(tmp_path: Path) -> None:
    body = BRIEFING.format(title="First briefing") + "\nSee [the map](/nowhere/).\n"
    root = make_project(tmp_path / "project", "-- content/first.md --\n" + body)
    argv = ["build", "--source", str(root), "--output", str(root / "site")]

    assert _imported_after(argv, ("briefgen.site.places",), tmp_path) == ["briefgen.site.places"]


NO_CHANGE_SKIPS = (
    *LIBRARIES,
    "briefgen.site.settingsyaml",
    "briefgen.content.yamlload",
    "briefgen.model.blocks",
    "briefgen.model.briefing",
    "briefgen.site.links",
    "briefgen.build.publish",
    "hashlib",
)
"""What a build with nothing to do never needs: the libraries, the YAML settings reader (the
settings come from the cache, checked by site/config.py's rules without PyYAML), the model's
block and briefing dataclasses, and `hashlib` (its OpenSSL start-up; `files.digest` takes
BLAKE2 from CPython's own module)."""


def test_startup_no_change_build_imports_no_library_nor_model(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "project",
        # A `&` that starts no reference needs none of markdown-it's list of names.
        "-- briefgen.yaml --\ntitle: Trade & Migration\nbase_url: https://example.org/\n"
        "-- content/first.md --\n" + BRIEFING.format(title="First briefing"),
    )
    argv = ["build", "--source", str(root), "--output", str(root / "site")]
    first = _imported_after(argv, NO_CHANGE_SKIPS, tmp_path)

    assert {"yaml", "briefgen.model.briefing", "briefgen.build.publish"} <= set(first)
    assert _imported_after(argv, NO_CHANGE_SKIPS, tmp_path) == []
