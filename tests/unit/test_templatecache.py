"""Compiled templates: the theme's shipped store is current and used only when it fits."""

from __future__ import annotations

import builtins
import os
import sys
from typing import TYPE_CHECKING

import jinja2
import pytest

from briefgen.build.spare import TOKEN
from briefgen.cli import main
from briefgen.model import Site
from briefgen.project import CACHE_DIR, THEME_COMPILED, THEME_COMPILED_CODE, THEME_TEMPLATES
from briefgen.site import templatecache
from briefgen.site.environment import theme_environment
from briefgen.site.render import Renderer
from briefgen.site.templatecache import (
    CODE_SUFFIX,
    TemplateCache,
    code_files,
    compile_theme,
    dumps_store,
    environment_key,
)
from tests.conftest import BRIEFING, make_project
from tests.unit.sample_briefing import sample_briefing, sample_config

if TYPE_CHECKING:
    from pathlib import Path


def _no_compiling(env: jinja2.Environment, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the names of templates Jinja compiles in `env` from now on."""
    compiled: list[str] = []
    original = env.compile

    def spy(source: str, name: str | None = None, *args: object, **kwargs: object) -> object:
        compiled.append(str(name))
        return original(source, name, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(env, "compile", spy)
    return compiled


STALE = "the compiled theme is stale: run .venv/bin/python scripts/compile_theme.py"


def test_templatecache_shipped_store_matches_the_theme() -> None:
    store = compile_theme(theme_environment())
    expected = code_files(store)
    shipped = {
        p.relative_to(THEME_COMPILED_CODE).as_posix(): p.read_text(encoding="utf-8")
        for p in THEME_COMPILED_CODE.rglob(f"*{CODE_SUFFIX}")
    }

    assert THEME_COMPILED.read_text(encoding="utf-8") == dumps_store(store), STALE
    assert sorted(shipped) == sorted(expected), STALE
    for rel, python in expected.items():
        assert shipped[rel] == python, f"{rel}: {STALE}"
    assert '"python"' not in THEME_COMPILED.read_text(encoding="utf-8")


def test_templatecache_covers_every_theme_template() -> None:
    names = {
        p.relative_to(THEME_TEMPLATES).as_posix()
        for p in THEME_TEMPLATES.rglob("*")
        if p.suffix in (".html", ".xml")
    }
    store = compile_theme(theme_environment())
    assert isinstance(store["templates"], dict)
    assert set(store["templates"]) == names
    assert "blocks/table.html" in names


def test_templatecache_renders_theme_pages_without_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    renderer = Renderer(sample_config(), tmp_path)
    compiled = _no_compiling(renderer._env, monkeypatch)
    briefing = sample_briefing()
    page = renderer.render_briefing(briefing, Site(sample_config(), (briefing.entry(),)))

    assert "Mission &lt;to&gt; Mexico &amp; Ecuador" in page
    assert compiled == []


def test_templatecache_compiles_a_project_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    footer = tmp_path / "templates" / "partials" / "footer.html"
    footer.parent.mkdir(parents=True)
    footer.write_text("<footer>Our own footer</footer>\n", encoding="utf-8")
    renderer = Renderer(sample_config(), tmp_path)
    compiled = _no_compiling(renderer._env, monkeypatch)
    briefing = sample_briefing()
    page = renderer.render_briefing(briefing, Site(sample_config(), (briefing.entry(),)))

    assert "Our own footer" in page
    assert compiled == ["partials/footer.html"]

    # The next build of the process (serve's next save) has it at hand, until it is edited.
    again = Renderer(sample_config(), tmp_path)
    recompiled = _no_compiling(again._env, monkeypatch)
    again.render_briefing(briefing, Site(sample_config(), (briefing.entry(),)))
    footer.write_text("<footer>Edited footer</footer>\n", encoding="utf-8")
    edited = Renderer(sample_config(), tmp_path)
    compiled_after_edit = _no_compiling(edited._env, monkeypatch)
    page = edited.render_briefing(briefing, Site(sample_config(), (briefing.entry(),)))
    assert recompiled == []
    assert "Edited footer" in page
    assert compiled_after_edit == ["partials/footer.html"]


def test_templatecache_ignores_the_store_for_another_environment(tmp_path: Path) -> None:
    env = theme_environment()
    env.filters["shout"] = jinja2.pass_context(lambda _ctx, text: str(text).upper())
    assert environment_key(env) != environment_key(theme_environment())

    source = (THEME_TEMPLATES / "base.html").read_text(encoding="utf-8")
    other = TemplateCache(environment_key(env)).get_bucket(env, "base.html", None, source)
    same = TemplateCache(environment_key(theme_environment())).get_bucket(
        env, "base.html", None, source
    )
    assert other.code is None
    assert same.code is not None


def _write_store(folder: Path, store: dict[str, object]) -> TemplateCache:
    """Write `store` as the theme ships it under `folder`; return a cache over it."""
    index, code = folder / "compiled.json", folder / "compiled"
    index.write_text(dumps_store(store), encoding="utf-8")
    for rel, python in code_files(store).items():
        (code / rel).parent.mkdir(parents=True, exist_ok=True)
        (code / rel).write_text(python, encoding="utf-8")
    return TemplateCache(str(store["environment"]), shipped=index, code=code)


def test_templatecache_uses_an_entry_only_for_its_own_name_and_source(tmp_path: Path) -> None:
    env = theme_environment()
    key = environment_key(env)
    python = env.compile("shipped {{ 1 }}", "x.html", raw=True)
    checksum = jinja2.BytecodeCache().get_source_checksum("shipped {{ 1 }}")
    entry = {"autoescape": True, "checksum": checksum, "python": python}
    escaped_off = {**entry, "autoescape": False}
    templates = {"x.html": entry, "z.html": escaped_off}
    cache = _write_store(tmp_path, {"environment": key, "templates": templates})

    shipped = cache.get_bucket(env, "x.html", str(tmp_path / "x.html"), "shipped {{ 1 }}").code
    assert shipped is not None
    # Named after the template's file, as Jinja names what it compiles (tracebacks, filename).
    assert shipped.co_filename == str(tmp_path / "x.html")
    assert env.template_class.from_code(env, shipped, {}, None).render() == "shipped 1"
    assert cache.get_bucket(env, "x.html", None, "edited {{ 1 }}").code is None
    assert cache.get_bucket(env, "y.html", None, "shipped {{ 1 }}").code is None
    # Compiled with autoescaping off, while this environment escapes `.html`: not used.
    assert cache.get_bucket(env, "z.html", None, "shipped {{ 1 }}").code is None


def test_templatecache_writes_compiled_code_nowhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    root = make_project(
        tmp_path / "project",
        "-- content/first.md --\n"
        + BRIEFING.format(title="First")
        + "-- templates/partials/footer.html --\n<footer>Ours</footer>\n",
    )

    assert main(["build", "--source", str(root), "--output", str(root / "site")]) == 0
    assert "<footer>Ours</footer>" in (root / "site" / "index.html").read_text(encoding="utf-8")
    assert list(os.walk(home)) == [(str(home), [], [])]
    # The build cache is JSON that loading never runs: no compiled template is kept in it.
    # Beside it, only the spare tree: links to the published site's own files.
    kept = sorted(p.name for p in (root / CACHE_DIR).iterdir() if not p.name.startswith("spare-"))
    assert kept
    assert [name for name in kept if not name.endswith((".json", ".gitignore"))] == []
    site = {p.relative_to(root / "site").as_posix() for p in (root / "site").rglob("*")}
    for spare in (root / CACHE_DIR).glob("spare-*/"):
        linked = {p.relative_to(spare).as_posix() for p in spare.rglob("*")}
        assert linked - {TOKEN} <= site


def test_templatecache_compiles_when_a_shipped_file_is_missing_or_broken(tmp_path: Path) -> None:
    env = theme_environment()
    key = environment_key(env)
    entries = {}
    for name in ("gone.html", "broken.html"):
        entries[name] = {
            "autoescape": True,
            "checksum": jinja2.BytecodeCache().get_source_checksum(name),
            "python": "def root(:\n" if name == "broken.html" else "",
        }
    cache = _write_store(tmp_path, {"environment": key, "templates": entries})
    (tmp_path / "compiled" / f"gone.html{CODE_SUFFIX}").unlink()

    assert cache.get_bucket(env, "gone.html", None, "gone.html").code is None
    assert cache.get_bucket(env, "broken.html", None, "broken.html").code is None


def test_templatecache_shipped_code_renders_as_compiled_code() -> None:
    env = theme_environment()
    name = "partials/footer.html"
    path = THEME_TEMPLATES / name
    source = path.read_text(encoding="utf-8")
    shipped = TemplateCache(environment_key(env)).get_bucket(env, name, str(path), source).code
    compiled = env.compile(source, name, str(path))

    assert shipped is not None
    assert shipped.co_filename == compiled.co_filename == str(path)
    assert shipped.co_code == compiled.co_code


def test_templatecache_reads_shipped_code_from_pythons_bytecode_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = theme_environment()
    key = environment_key(env)
    python = env.compile("cached {{ 2 }}", "c.html", raw=True)
    checksum = jinja2.BytecodeCache().get_source_checksum("cached {{ 2 }}")
    entry = {"autoescape": True, "checksum": checksum, "python": python}
    store: dict[str, object] = {"environment": key, "templates": {"c.html": entry}}
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", None)
    first = _write_store(tmp_path, store).get_bucket(env, "c.html", None, "cached {{ 2 }}").code
    assert first is not None
    assert list((tmp_path / "compiled" / "__pycache__").glob("c.html.*.pyc"))

    # A new process: nothing kept in memory, and no compile() of the Python left to pay.
    monkeypatch.setattr(templatecache, "_KEPT", {})

    def no_compile(*args: object, **kwargs: object) -> object:
        raise AssertionError("compiled again")

    monkeypatch.setattr(builtins, "compile", no_compile)
    cache = TemplateCache(key, shipped=tmp_path / "compiled.json", code=tmp_path / "compiled")
    again = cache.get_bucket(env, "c.html", None, "cached {{ 2 }}").code
    monkeypatch.undo()
    assert again is not None
    assert env.template_class.from_code(env, again, {}, None).render() == "cached 2"
