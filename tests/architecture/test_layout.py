"""The package's shape: no import cycle, stages import only downwards, modules stay small,
and only project.py spells the project's paths."""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest

from briefgen.project import (
    ASSETS_DIR,
    CACHE_DIR,
    CONFIG_NAME,
    CONTENT_DIR,
    LOCALES_DIR,
    MARKER,
    MEDIA_DIR,
    OUTPUT_DIR,
    SPARE_TOKEN,
    STATIC_DIR,
    TEMPLATES_DIR,
)
from tests.conftest import REPO

PACKAGE = REPO / "src" / "briefgen"
LAYERS = {
    "scaffold": 0,
    "model": 1,
    "content": 2,
    "site": 3,
    "build": 5,
    "importer": 5,
    "dev": 6,
    "commands": 7,
}
"""Each package's rank: a module may import only from modules of its rank or a lower one
(scaffold/ is `briefgen init`'s files, and imports nothing)."""
TOP_LEVEL = {
    **dict.fromkeys(
        (
            "briefgen",
            "dataclasscode",
            "diagnostics",
            "encodings",
            "files",
            "foldertree",
            "installation",
            "patterns",
            "project",
            "projectwalk",
            "readstamps",
            "report",
            "settingsfile",
        ),
        0,
    ),
    "stopsignals": 0,
    "plugins": 4,
    "pluginguard": 4,
    "pluginsources": 0,
    "pluginimport": 0,
    **dict.fromkeys(("arguments", "cli", "typoparser", "__main__"), 8),
}
"""Each top-level module's rank: what every stage uses at the bottom; the plugin API between
the site it extends and the build that runs it; the command line on top."""
MAX_LINES = 400
COMPILED_THEME = PACKAGE / "theme" / "compiled"
"""Jinja's code for the theme's templates (scripts/compile_theme.py): data, not modules."""


def _package_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if COMPILED_THEME not in p.parents)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Return every briefgen name `path` imports (modules among them), TYPE_CHECKING included."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("briefgen"):
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("briefgen"))
    return found


@functools.cache
def _graph() -> dict[str, set[str]]:
    """Return each module's briefgen imports; parsed once, as every parametrized test reads it."""
    modules = {_module_name(p): p for p in _package_modules()}
    return {name: _imports(path) & modules.keys() - {name} for name, path in modules.items()}


def _find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """Return one import cycle as a list of modules, or None (iterative depth-first search)."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for start in sorted(graph):
        if state.get(start):
            continue
        path: list[str] = [start]
        stack = [iter(sorted(graph[start]))]
        state[start] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(sorted(graph[nxt])))
    return None


def test_package_has_no_import_cycle() -> None:
    # A package's __init__ re-exporting its modules is not a cycle of the code that uses it.
    graph = {
        name: {dep for dep in deps if not name.startswith(dep + ".")}
        for name, deps in _graph().items()
    }
    assert _find_cycle(graph) is None


def test_find_cycle_reports_a_cycle() -> None:
    assert _find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _find_cycle({"a": {"b"}, "b": set()}) is None


def _rank(module: str) -> int:
    """Return a module's rank: its own when it is a top-level module, else its package's."""
    parts = module.split(".")
    if len(parts) == 1:
        return TOP_LEVEL[module]
    return TOP_LEVEL[parts[1]] if len(parts) == 2 and parts[1] in TOP_LEVEL else LAYERS[parts[1]]


def test_every_module_has_a_rank() -> None:
    unranked = [
        name
        for name in _graph()
        if (name.split(".")[1:2] or [name])[0] not in {*LAYERS, *TOP_LEVEL}
    ]
    assert unranked == [], "give each a rank in LAYERS or TOP_LEVEL"


# Named without parsing them: collection (in every test worker) need not parse every module.
@pytest.mark.parametrize("module", sorted(_module_name(p) for p in _package_modules()))
def test_stage_imports_only_lower_stages(module: str) -> None:
    upward = [dep for dep in sorted(_graph()[module]) if _rank(dep) > _rank(module)]
    assert upward == [], f"{module} imports from a later stage"


def test_model_imports_no_parser_template_or_yaml_library() -> None:
    for path in (PACKAGE / "model").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(
            r"^\s*(from|import) (markdown_it|jinja2|yaml|pathlib|os)\b", text, re.M
        )


@pytest.mark.parametrize(
    "path", _package_modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix()
)
def test_module_stays_small(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


def _spelled_project_paths(path: Path) -> list[str]:
    """Return the strings of `path` (docstrings aside) that spell a path project.py names:
    its folders followed by `/` (`assets/style.css`), or the settings, marker or cache file."""
    folders = (
        CONTENT_DIR,
        TEMPLATES_DIR,
        STATIC_DIR,
        LOCALES_DIR,
        OUTPUT_DIR,
        ASSETS_DIR,
        MEDIA_DIR,
    )
    path_like = re.compile(f"(?:{'|'.join(map(re.escape, folders))})/[^\\s`]*")
    names = {CONFIG_NAME, MARKER, SPARE_TOKEN, CACHE_DIR}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
    return [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
        if n.value in names or path_like.fullmatch(n.value)
    ]


def test_only_project_spells_the_project_paths() -> None:
    spelled = {
        path.relative_to(PACKAGE).as_posix(): found
        for path in _package_modules()
        if path.name != "project.py" and (found := _spelled_project_paths(path))
    }
    assert spelled == {}


def test_spelled_project_paths_finds_a_folder_spelled_again(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text('"""Not `assets/a.css`."""\nA = "assets/a.css"\nB = f"{A}/b"\n')
    assert _spelled_project_paths(module) == ["assets/a.css"]


def test_readme_module_table_matches_the_tree() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("| Module | Job |", 1)[1].split("\n\n", 1)[0]
    named = set(re.findall(r"`([\w/{},.]+\.py)`", table))
    listed: set[str] = set()
    for name in named:
        match = re.fullmatch(r"(.*?)\{(.*)\}\.py", name)
        if match:
            listed.update(f"{match[1]}{stem}.py" for stem in match[2].split(","))
        else:
            listed.add(name)
    actual = {
        p.relative_to(PACKAGE).as_posix() for p in _package_modules() if p.name != "__init__.py"
    }
    assert listed == actual
