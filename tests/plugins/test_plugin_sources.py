"""What a plugin is made of, as a rebuild sees it: a one-file plugin's helper modules and the
template folders it adds count, and templates a plugin adds may read every entry."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest

from briefgen.pluginsources import plugin_source_files
from tests.conftest import BRIEFING, make_project, run_briefgen, snapshot

FOOTER = (
    '{% extends "builtin/partials/footer.html" %}'
    "{% block footer_note %}<p>{{ word }} {{ site.entries|length }}</p>{% endblock %}\n"
)
PLUGIN = (
    "from pathlib import Path\n\nimport helper\n\n\n"
    "def register(api):\n"
    '    api.add_global("word", helper.WORD)\n'
    '    api.add_templates(Path(__file__).parent / "plugin_templates")\n'
)


def _project(root: Path) -> Path:
    return make_project(
        root,
        "-- briefgen.yaml --\ntitle: T\nplugins: [footer_plugin]\n"
        f"-- footer_plugin.py --\n{PLUGIN}"
        '-- helper.py --\nWORD = "one"\n'
        f"-- plugin_templates/partials/footer.html --\n{FOOTER}"
        "-- content/a.md --\n" + BRIEFING.format(title="Alpha"),
    )


def test_editing_a_helper_module_of_a_one_file_plugin_rebuilds(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    assert run_briefgen("build", cwd=root).code == 0
    (root / "helper.py").write_text('WORD = "two"\n', encoding="utf-8")
    assert run_briefgen("build", cwd=root).code == 0
    assert "<p>two 1</p>" in (root / "site" / "index.html").read_text(encoding="utf-8")


def test_editing_a_template_folder_a_plugin_added_rebuilds(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    assert run_briefgen("build", cwd=root).code == 0
    footer = root / "plugin_templates" / "partials" / "footer.html"
    footer.write_text(FOOTER.replace("<p>", "<p>edited "), encoding="utf-8")
    assert run_briefgen("build", cwd=root).code == 0
    assert "<p>edited one 1</p>" in (root / "site" / "index.html").read_text(encoding="utf-8")


def test_a_plugin_template_reading_every_entry_never_goes_stale(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    assert run_briefgen("build", cwd=root).code == 0
    (root / "content" / "b.md").write_text(BRIEFING.format(title="Beta"), encoding="utf-8")
    done = run_briefgen("build", cwd=root)
    assert done.code == 0, done.stderr
    clean = tmp_path / "clean"
    (tmp_path / "p2").mkdir()
    for rel in ("briefgen.yaml", "footer_plugin.py", "helper.py"):
        (tmp_path / "p2" / rel).write_bytes((root / rel).read_bytes())
    for folder in ("content", "plugin_templates"):
        for path in (root / folder).rglob("*"):
            if path.is_file():
                target = tmp_path / "p2" / path.relative_to(root)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(path.read_bytes())
    assert run_briefgen("build", "--output", clean, cwd=tmp_path / "p2").code == 0
    assert snapshot(root / "site") == snapshot(clean)
    assert "<p>one 2</p>" in (root / "site" / "404.html").read_text(encoding="utf-8")


def test_templates_linked_in_from_inside_the_project_may_read_every_entry(tmp_path: Path) -> None:
    """A `templates/partials` that is a symlink to a shared folder in the project is the
    project's own templates, as the loader reads it: lists go stale no more than with a copy."""
    root = make_project(
        tmp_path / "p",
        f"-- shared/partials/footer.html --\n{FOOTER.replace('{{ word }} ', '')}"
        "-- content/a.md --\n" + BRIEFING.format(title="Alpha"),
    )
    (root / "templates").mkdir()
    (root / "templates" / "partials").symlink_to("../shared/partials", target_is_directory=True)
    assert run_briefgen("build", cwd=root).code == 0
    (root / "content" / "b.md").write_text(BRIEFING.format(title="Beta"), encoding="utf-8")
    assert run_briefgen("build", cwd=root).code == 0
    for page in ("404.html", "a/index.html", "tags/index.html"):
        assert "<p>2</p>" in (root / "site" / page).read_text(encoding="utf-8"), page


def test_a_helper_imported_late_or_by_another_plugin_first_counts(tmp_path: Path) -> None:
    """A Python file beside a one-file plugin is its code, however it comes to be imported."""
    plugin = (
        "def shout(text):\n    import lazy_helper\n\n    return lazy_helper.shape(text)\n\n\n"
        'def register(api):\n    api.add_filter("shout", shout)\n'
    )
    footer = "{% block footer_note %}<p>{{ 'hi' | shout }}</p>{% endblock %}"
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nplugins: [lazy_plugin]\n"
        f"-- lazy_plugin.py --\n{plugin}"
        "-- lazy_helper.py --\ndef shape(text):\n    return text.upper()\n"
        '-- templates/partials/footer.html --\n{% extends "builtin/partials/footer.html" %}'
        f"{footer}\n"
        "-- content/a.md --\n" + BRIEFING.format(title="Alpha"),
    )
    assert run_briefgen("build", cwd=root).code == 0
    assert "<p>HI</p>" in (root / "site" / "index.html").read_text(encoding="utf-8")
    (root / "lazy_helper.py").write_text('def shape(text):\n    return text + "?"\n')
    assert run_briefgen("build", cwd=root).code == 0
    assert "<p>hi?</p>" in (root / "site" / "index.html").read_text(encoding="utf-8")


def test_a_plugin_template_reached_through_a_linked_folder_counts(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    linked = root / "plugin_templates" / "partials"
    (root / "shared").mkdir()
    linked.rename(root / "shared" / "partials")
    linked.symlink_to("../shared/partials", target_is_directory=True)
    assert run_briefgen("build", cwd=root).code == 0
    footer = root / "shared" / "partials" / "footer.html"
    footer.write_text(FOOTER.replace("<p>", "<p>linked "), encoding="utf-8")
    assert run_briefgen("build", cwd=root).code == 0
    assert "<p>linked one 1</p>" in (root / "site" / "index.html").read_text(encoding="utf-8")


SHOUT_PLUGIN = (
    "def shout(text):\n"
    "    from shout_lib.style import decorate  # imported when first used, not in register()\n\n"
    "    return decorate(text)\n\n\n"
    'def register(api):\n    api.add_filter("shout", shout)\n'
)
SHOUT_FOOTER = (
    '-- templates/partials/footer.html --\n{% extends "builtin/partials/footer.html" %}'
    "{% block footer_note %}<p>{{ 'read the sources' | shout }}</p>{% endblock %}\n"
)


def _rebuilt_equals_clean(root: Path, tmp_path: Path, kept: tuple[str, ...]) -> dict[str, bytes]:
    """Build `root` again and a copy of its sources (`kept`, and content/) from nothing;
    assert both sites are the same and return it."""
    done = run_briefgen("build", cwd=root)
    assert done.code == 0, done.stderr
    clean = tmp_path / "clean"
    for rel in (*kept, "briefgen.yaml", "content"):
        for path in [root / rel, *(root / rel).rglob("*")]:
            if path.is_file() and "__pycache__" not in path.parts:
                target = clean / path.relative_to(root)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(path.read_bytes())
    assert run_briefgen("build", cwd=clean).code == 0
    assert snapshot(root / "site") == snapshot(clean / "site")
    return snapshot(root / "site")


def test_a_package_below_a_one_file_plugin_imported_at_render_time_counts(
    tmp_path: Path,
) -> None:
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nplugins: [shout_plugin]\n"
        f"-- shout_plugin.py --\n{SHOUT_PLUGIN}"
        "-- shout_lib/__init__.py --\n"
        "-- shout_lib/style.py --\ndef decorate(text):\n    return text.upper()\n"
        f"{SHOUT_FOOTER}"
        "-- content/a.md --\n" + BRIEFING.format(title="Alpha"),
    )
    assert run_briefgen("build", cwd=root).code == 0
    assert "<p>READ THE SOURCES</p>" in (root / "site" / "index.html").read_text("utf-8")
    (root / "shout_lib" / "style.py").write_text("def decorate(text):\n    return text + '?'\n")
    kept = ("shout_plugin.py", "shout_lib", "templates")
    site = _rebuilt_equals_clean(root, tmp_path, kept)
    assert b"<p>read the sources?</p>" in site["index.html"]


def test_a_folder_without_init_below_a_one_file_plugin_counts(tmp_path: Path) -> None:
    """A folder of modules without `__init__.py` is a namespace package Python imports from."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nplugins: [shout_plugin]\n"
        f"-- shout_plugin.py --\n{SHOUT_PLUGIN}"
        "-- shout_lib/style.py --\ndef decorate(text):\n    return text.upper()\n"
        f"{SHOUT_FOOTER}"
        "-- content/a.md --\n" + BRIEFING.format(title="Alpha"),
    )
    assert run_briefgen("build", cwd=root).code == 0
    (root / "shout_lib" / "style.py").write_text("def decorate(text):\n    return text + '!'\n")
    site = _rebuilt_equals_clean(root, tmp_path, ("shout_plugin.py", "shout_lib", "templates"))
    assert b"<p>read the sources!</p>" in site["index.html"]


def test_a_site_output_importing_a_subpackage_when_it_runs_counts(tmp_path: Path) -> None:
    plugin = (
        "from briefgen.site.outputs import Output\n\n\n"
        "def outputs(context):\n"
        "    from plug_lib import data\n    from plug_lib.sub import more\n\n"
        "    text = data.TEXT + more.TEXT\n"
        '    yield Output("plug.txt", text, lambda: text.encode())\n\n\n'
        "def register(api):\n    api.add_site_output(outputs)\n"
    )
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nplugins: [out_plugin]\n"
        f"-- out_plugin.py --\n{plugin}"
        "-- plug_lib/__init__.py --\n"
        '-- plug_lib/data.py --\nTEXT = "a"\n'
        "-- plug_lib/sub/__init__.py --\n"
        '-- plug_lib/sub/more.py --\nTEXT = "b"\n'
        "-- content/a.md --\n" + BRIEFING.format(title="Alpha"),
    )
    assert run_briefgen("build", cwd=root).code == 0
    assert (root / "site" / "plug.txt").read_text() == "ab"
    (root / "plug_lib" / "sub" / "more.py").write_text('TEXT = "b2"\n')
    site = _rebuilt_equals_clean(root, tmp_path, ("out_plugin.py", "plug_lib"))
    assert site["plug.txt"] == b"ab2"


def test_python_files_no_plugin_imports_from_are_not_its_own(tmp_path: Path) -> None:
    """briefgen's own folders, a site it built (a static `.py` is published there), a virtual
    environment, bytecode, `node_modules`, linked folders and folders no import can name hold
    no module of a one-file plugin beside `briefgen.yaml`, unless it loaded one registering;
    every module in a folder below it Python imports from, at any depth, is its own."""
    root = make_project(
        tmp_path / "p",
        "-- plug.py --\n-- helper.py --\n-- notes.txt --\n"
        "-- lib/__init__.py --\n-- lib/data.json --\n-- lib/deep/er/mod.py --\n"
        "-- spaces/mod.py --\n-- lib/__pycache__/x.py --\n"
        "-- static/script.py --\n-- content/a.py --\n-- templates/t.py --\n"
        "-- locales/l.py --\n-- public/.briefgen-build --\n-- public/script.py --\n"
        "-- env/pyvenv.cfg --\n-- env/lib/module.py --\n-- node_modules/gyp/x.py --\n"
        "-- my-lib/mod.py --\n-- my-lib/loaded.py --\n-- .hidden/mod.py --\n"
        "-- elsewhere/x.txt --\n",
    )
    (root / "elsewhere" / "mod.py").write_text("")
    (root / "linked").symlink_to(root / "elsewhere", target_is_directory=True)
    plugin, loaded = ModuleType("plug"), ModuleType("loaded")
    plugin.__file__ = str(root / "plug.py")
    loaded.__file__ = str(root / "my-lib" / "loaded.py")
    folder, files = plugin_source_files(plugin, [loaded], root)
    assert folder == root
    assert [f.relative_to(root).as_posix() for f in files] == [
        "plug.py",
        "elsewhere/mod.py",
        "helper.py",
        "lib/__init__.py",
        "lib/deep/er/mod.py",
        "my-lib/loaded.py",
        "spaces/mod.py",
    ]


HELPER_FOOTER = (
    '-- templates/partials/footer.html --\n{% extends "builtin/partials/footer.html" %}'
    "{% block footer_note %}<p>{{ 'note' | shout }}</p>{% endblock %}\n"
)
REGISTER_IMPORTING_HELPER = (
    "def register(api):\n    import myhelp\n\n"
    '    api.add_filter("shout", lambda s: str(s).upper() + myhelp.SUFFIX)\n'
)
LATE_IMPORTING_HELPER = (
    "def shout(text):\n    import myhelp\n\n    return str(text).upper() + myhelp.SUFFIX\n\n\n"
    'def register(api):\n    api.add_filter("shout", shout)\n'
)


@pytest.mark.parametrize(
    ("name", "plugin_file", "plugin"),
    [
        ("pk", "pk/__init__.py", REGISTER_IMPORTING_HELPER),
        ("plugs.myplug", "plugs/myplug.py", REGISTER_IMPORTING_HELPER),
        ("pk", "pk/__init__.py", LATE_IMPORTING_HELPER),
        ("plugs.myplug", "plugs/myplug.py", LATE_IMPORTING_HELPER),
    ],
    ids=["package", "plugin-in-a-folder", "package-late", "plugin-in-a-folder-late"],
)
def test_a_project_module_a_plugin_imports_from_elsewhere_counts(
    tmp_path: Path, name: str, plugin_file: str, plugin: str
) -> None:
    """The project folder is on the import path of every plugin: a package, or a plugin in a
    folder of the project, that imports a module beside `briefgen.yaml` (in `register()` or
    once its filter runs) is rebuilt when that module is edited, as from nothing."""
    root = make_project(
        tmp_path / "p",
        f"-- briefgen.yaml --\ntitle: T\nplugins: [{name}]\n"
        f"-- {plugin_file} --\n{plugin}"
        '-- myhelp.py --\nSUFFIX = "-a"\n'
        f"{HELPER_FOOTER}"
        "-- content/a.md --\n" + BRIEFING.format(title="Alpha"),
    )
    assert run_briefgen("build", cwd=root).code == 0
    assert "<p>NOTE-a</p>" in (root / "site" / "index.html").read_text("utf-8")
    (root / "myhelp.py").write_text('SUFFIX = "-b"\n')
    kept = (plugin_file.split("/")[0], "myhelp.py", "templates")
    site = _rebuilt_equals_clean(root, tmp_path, kept)
    assert b"<p>NOTE-b</p>" in site["index.html"]


SAVED_DURING_IMPORT = {
    "itself": (
        "from pathlib import Path\n\n"
        'WORD = "one"\n\n\n'
        "def register(api):\n"
        '    api.add_global("word", WORD)\n'
        '    if WORD == "one":  # saved while the build imports it\n'
        "        me = Path(__file__)\n"
        "        text = me.read_text(encoding='utf-8')\n"
        "        me.write_text(text.replace('\"one\"', '\"two, longer\"'), encoding='utf-8')\n"
    ),
    "its helper": (
        "from pathlib import Path\n\nimport helper\n\n\n"
        "def register(api):\n"
        '    api.add_global("word", helper.WORD)\n'
        '    if helper.WORD == "one":  # saved while the build imports it\n'
        '        saved = Path(__file__).parent / "helper.py"\n'
        "        saved.write_text('WORD = \"two, longer\"\\n', encoding='utf-8')\n"
    ),
}


@pytest.mark.parametrize("saved", sorted(SAVED_DURING_IMPORT))
def test_a_plugin_saved_while_a_build_imports_it_shows_at_the_next_build(
    tmp_path: Path, saved: str
) -> None:
    """The build ran the code it imported, not the code on disk once it had registered: the
    next build makes what the saved code makes, as a briefing saved mid-build shows."""
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nplugins: [saved_plugin]\n"
        f"-- saved_plugin.py --\n{SAVED_DURING_IMPORT[saved]}"
        '-- helper.py --\nWORD = "one"\n'
        f"-- templates/partials/footer.html --\n{FOOTER.replace(' {{ site.entries|length }}', '')}"
        "-- content/a.md --\n" + BRIEFING.format(title="Alpha"),
    )
    assert run_briefgen("build", cwd=root).code == 0
    assert "<p>one</p>" in (root / "site" / "index.html").read_text(encoding="utf-8")

    done = run_briefgen("build", cwd=root)

    assert done.code == 0, done.stderr
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns("site", ".briefgen-cache"))
    assert run_briefgen("build", cwd=clean).code == 0
    assert "<p>two, longer</p>" in (clean / "site" / "index.html").read_text(encoding="utf-8")
    assert snapshot(root / "site") == snapshot(clean / "site")
