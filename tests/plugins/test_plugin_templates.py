"""What a plugin adds to templates (filters, globals, template folders) fails as the project's
error, never as exit 0 with nothing published nor as exit 70."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.build.passes import PARALLEL_THRESHOLD
from tests.conftest import BRIEFING, leftovers, make_project, run_briefgen, snapshot

if TYPE_CHECKING:
    from pathlib import Path

FOOTER = "-- templates/partials/footer.html --\nx\n{{ config.title | ex }}\n"


def _built(root: Path, files: str, briefings: int = 1) -> dict[str, bytes]:
    """Build the project without its plugin and templates, then add them: return the site."""
    pages = "".join(
        f"-- content/b{n}.md --\n" + BRIEFING.format(title=f"B{n}") for n in range(briefings)
    )
    make_project(root, f"-- briefgen.yaml --\ntitle: T\n{pages}")
    first = run_briefgen("build", cwd=root)
    assert first.code == 0, first.stderr
    make_project(root, f"-- briefgen.yaml --\ntitle: T\nplugins: [p]\n{files}")
    return snapshot(root / "site")


FILTERS = {
    "sys.exit(0) in a filter": (
        "import sys\n\ndef register(api):\n    api.add_filter('ex', lambda x: sys.exit(0))\n",
        FOOTER,
        "templates/partials/footer.html:2:1: error: plugin `p` failed in its filter `ex`: "
        "SystemExit: 0 (rendering ",
    ),
    "sys.exit(0) in a filter Jinja calls while compiling": (
        "import sys\n\ndef register(api):\n    api.add_filter('ex', lambda x: sys.exit(0))\n",
        FOOTER.replace("config.title", "1"),
        "templates/partials/footer.html:2:1: error: plugin `p` failed in its filter `ex`: "
        "SystemExit: 0 (rendering ",
    ),
    "an exception in a filter with keywords": (
        "def register(api):\n    api.add_filter('ex', lambda x, by=1: x / by)\n",
        FOOTER.replace("| ex", "| length | ex(by=0)"),
        "templates/partials/footer.html:2:1: error: plugin `p` failed in its filter `ex`: "
        "ZeroDivisionError: division by zero (rendering ",
    ),
    "sys.exit in a global": (
        "import sys\n\ndef register(api):\n    api.add_global('bye', lambda: sys.exit('bye'))\n",
        FOOTER.replace("config.title | ex", "bye()"),
        "templates/partials/footer.html:2:1: error: plugin `p` failed in its global `bye`: "
        "SystemExit: bye (rendering ",
    ),
    "GeneratorExit in a filter": (
        "def fail(x):\n    raise GeneratorExit()\n\n"
        "def register(api):\n    api.add_filter('ex', fail)\n",
        FOOTER,
        "templates/partials/footer.html:2:1: error: plugin `p` failed in its filter `ex`: "
        "GeneratorExit (rendering ",
    ),
    "GeneratorExit in a global": (
        "def fail():\n    raise GeneratorExit('bye')\n\n"
        "def register(api):\n    api.add_global('bye', fail)\n",
        FOOTER.replace("config.title | ex", "bye()"),
        "templates/partials/footer.html:2:1: error: plugin `p` failed in its global `bye`: "
        "GeneratorExit: bye (rendering ",
    ),
}


@pytest.mark.parametrize("kind", FILTERS)
def test_a_failing_filter_or_global_is_an_error_at_the_template_line(
    tmp_path: Path, kind: str
) -> None:
    plugin, template, said = FILTERS[kind]
    root = tmp_path / "p"
    site = _built(root, f"-- p.py --\n{plugin}{template}")
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    assert said in run.stderr
    assert "hint: fix the plugin, or take it out of `plugins:`" in run.stderr
    assert "internal error" not in run.stderr
    assert snapshot(root / "site") == site
    assert leftovers(root) == []


def test_an_undefined_value_given_to_a_filter_is_the_templates_mistake(tmp_path: Path) -> None:
    plugin = "def register(api):\n    api.add_filter('ex', lambda x: str(x))\n"
    root = tmp_path / "p"
    _built(root, f"-- p.py --\n{plugin}" + FOOTER.replace("config.title", "nope"))
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    assert "templates/partials/footer.html:2:1: error: 'nope' is undefined" in run.stderr
    assert "plugin `p`" not in run.stderr


def test_a_filter_ending_the_process_in_a_worker_is_the_same_error(tmp_path: Path) -> None:
    plugin, template, said = FILTERS["sys.exit(0) in a filter"]
    root = tmp_path / "p"
    site = _built(root, f"-- p.py --\n{plugin}{template}", briefings=PARALLEL_THRESHOLD + 2)
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    assert said in run.stderr
    assert "internal error" not in run.stderr
    assert snapshot(root / "site") == site


def test_filters_and_globals_that_work_render_silently(tmp_path: Path) -> None:
    plugin = (
        "import jinja2\n\n@jinja2.pass_context\ndef ex(context, value):\n"
        "    return f'{context[\"lang\"]}:{value}'\n\n"
        "class Box:\n    size = 3\n\n"
        "def register(api):\n    api.add_filter('ex', ex)\n    api.add_global('box', Box)\n"
        "    api.add_global('answer', 42)\n"
    )
    template = FOOTER.replace("config.title | ex", "config.title | ex }} {{ box.size + answer")
    root = tmp_path / "p"
    _built(root, f"-- p.py --\n{plugin}{template}")
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    assert "en:T 45" in (root / "site" / "index.html").read_text(encoding="utf-8")


TEMPLATE_FOLDER = "-- extra/partials/footer.html --\nfrom the plugin's folder\n"


@pytest.mark.parametrize("folder", ["'extra'", "Path('extra')"])
def test_a_relative_template_folder_is_read_from_the_plugins_folder(
    tmp_path: Path, folder: str
) -> None:
    plugin = f"from pathlib import Path\n\ndef register(api):\n    api.add_templates({folder})\n"
    root = tmp_path / "p"
    _built(root, f"-- p.py --\n{plugin}{TEMPLATE_FOLDER}")
    # From another folder: the plugin's folder is the project's, not the current one.
    run = run_briefgen("build", "--source", root, cwd=tmp_path)
    assert run.code == 0, run.stderr
    assert "from the plugin's folder" in (root / "site" / "index.html").read_text(encoding="utf-8")


def test_a_template_folder_that_is_no_path_is_an_error_at_plugins(tmp_path: Path) -> None:
    root = tmp_path / "p"
    site = _built(root, "-- p.py --\ndef register(api):\n    api.add_templates(5)\n")
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    assert run.stderr.startswith(
        "briefgen.yaml:2:1: error: plugin `p` failed to load: "
        "TypeError: add_templates takes a folder path, not int"
    )
    assert snapshot(root / "site") == site
