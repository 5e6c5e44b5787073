"""What a plugin is made of, as a rebuild sees it: a one-file plugin's helper modules and the
template folders it adds count, and templates a plugin adds may read every entry."""

from __future__ import annotations

from pathlib import Path

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
