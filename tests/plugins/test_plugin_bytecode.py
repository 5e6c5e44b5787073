"""A plugin's own modules run as their source reads, never as a `__pycache__` beside them says.

Python trusts a `.pyc` whose recorded mtime (in whole seconds) and size match its source, so a
source saved twice within a second with its size kept (`"one"` to `"two"`), or put back with
`rsync -t` or `cp -p`, runs the old code when something compiled it in between: the plugin's
own tests, `python -c "import plugin"`, an editor. The build's key hashes the source's bytes,
so incremental and clean builds must both run those bytes.
"""

from __future__ import annotations

import os
import py_compile
from pathlib import Path

from tests.conftest import BRIEFING, make_project, run_briefgen

FOOTER = (
    '{% extends "builtin/partials/footer.html" %}'
    "{% block footer_note %}<p>{{ word }}</p>{% endblock %}\n"
)


def _project(root: Path) -> Path:
    return make_project(
        root,
        "-- briefgen.yaml --\ntitle: T\nplugins: [word_plugin]\n"
        "-- word_plugin.py --\nimport helper\n\n\ndef register(api):\n"
        '    api.add_global("word", helper.WORD + "-" + "one")\n'
        '-- helper.py --\nWORD = "one"\n'
        f"-- templates/partials/footer.html --\n{FOOTER}"
        "-- content/a.md --\n" + BRIEFING.format(title="Alpha"),
    )


def _rewrite_keeping_size_and_mtime(path: Path, old: str, new: str) -> None:
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    assert len(old) == len(new) and old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_a_helper_edited_within_its_bytecodes_second_runs_as_edited(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    assert run_briefgen("build", cwd=root).code == 0
    py_compile.compile(str(root / "helper.py"), doraise=True)  # as an `import helper` writes it
    _rewrite_keeping_size_and_mtime(root / "helper.py", '"one"', '"two"')
    done = run_briefgen("build", cwd=root)
    assert done.code == 0, done.stderr
    assert "<p>two-one</p>" in (root / "site" / "index.html").read_text(encoding="utf-8")


def test_a_plugin_edited_within_its_bytecodes_second_runs_as_edited(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    py_compile.compile(str(root / "word_plugin.py"), doraise=True)
    py_compile.compile(str(root / "helper.py"), doraise=True)
    assert run_briefgen("build", cwd=root).code == 0
    _rewrite_keeping_size_and_mtime(root / "word_plugin.py", '"one"', '"six"')
    done = run_briefgen("build", cwd=root)
    assert done.code == 0, done.stderr
    assert "<p>one-six</p>" in (root / "site" / "index.html").read_text(encoding="utf-8")
