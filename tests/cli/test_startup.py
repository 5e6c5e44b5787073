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
)
"""Modules only a PDF, a search index, a broken link, a pool, a plugin or a typo needs."""


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
    "briefgen.site.config",
    "briefgen.content.yamlload",
    "briefgen.model.blocks",
    "briefgen.model.briefing",
    "briefgen.site.links",
    "briefgen.build.publish",
)
"""What a build with nothing to do never needs: the libraries, the YAML settings reader (the
settings come from the cache), and the model's block and briefing dataclasses."""


def test_startup_no_change_build_imports_no_library_nor_model(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "project",
        "-- briefgen.yaml --\ntitle: Briefings\nbase_url: https://example.org/\n"
        "-- content/first.md --\n" + BRIEFING.format(title="First briefing"),
    )
    argv = ["build", "--source", str(root), "--output", str(root / "site")]
    first = _imported_after(argv, NO_CHANGE_SKIPS, tmp_path)

    assert {"yaml", "briefgen.model.briefing", "briefgen.build.publish"} <= set(first)
    assert _imported_after(argv, NO_CHANGE_SKIPS, tmp_path) == []


_GARBAGE_SCRIPT = """\
import gc, json, sys
import briefgen.commands.build as command
from briefgen.cli import main

seen = []
build = command.build
def watched(*args, **kwargs):
    seen.append(gc.isenabled())
    return build(*args, **kwargs)
command.build = watched
gc.collect()
if sys.argv[1] == "off":
    gc.disable()  # from here on, every cycle the build leaves is still there to count
code = main(sys.argv[2:])
print(json.dumps([code, seen, gc.isenabled(), gc.collect()]))
"""


def _build_garbage(root: Path, cwd: Path, collector: str) -> tuple[int, list[bool], bool, int]:
    """Build root in a fresh interpreter with the cycle collector "on" or "off" to begin
    with; return the exit code, whether the collector was on during the build and after it,
    and the cyclic garbage left."""
    argv = ["build", "-q", "--source", str(root), "--output", str(root / "site")]
    done = subprocess.run(
        [sys.executable, "-c", _GARBAGE_SCRIPT, collector, *argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    code, seen, after, left = json.loads(done.stdout.splitlines()[-1])
    return code, seen, after, left


def test_startup_build_runs_without_the_cycle_collector(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "project", "-- content/first.md --\n" + BRIEFING.format(title="First")
    )
    code, seen, after, _ = _build_garbage(root, tmp_path, "on")
    assert (code, seen, after) == (0, [False], True)


def test_startup_build_garbage_does_not_grow_with_the_site(tmp_path: Path) -> None:
    """The cycle collector is off during a build (cli.py): that is safe only while the garbage
    left for it is a fixed amount (parsers, templates), whatever the site's size. Both sizes
    compile in this process (below the pool's threshold), cold and after an edit."""
    left = []
    for count in (2, 40):
        archive = "".join(
            f"-- content/b{n}.md --\n" + BRIEFING.format(title=f"Briefing {n}")
            for n in range(count)
        )
        root = make_project(tmp_path / f"p{count}", archive)
        code, _, _, garbage = _build_garbage(root, tmp_path, "off")
        (root / "content" / "b1.md").write_text(BRIEFING.format(title="Edited"), encoding="utf-8")
        edit_code, _, _, edit_garbage = _build_garbage(root, tmp_path, "off")
        assert (code, edit_code) == (0, 0)
        left.append((garbage, edit_garbage))
    (small, small_edit), (large, large_edit) = left
    assert large <= small + 50
    assert large_edit <= small_edit + 50
