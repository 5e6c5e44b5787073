"""A settings file, template or catalog no one may read is an error at its place in the
project, worded as an unreadable briefing's, and the site is kept."""

from __future__ import annotations

import builtins
import errno
import io
import os
from typing import TYPE_CHECKING, Any

import pytest

from briefgen import cli
from briefgen.project import MAX_TEMPLATE_BYTES
from tests.conftest import BRIEFING, make_project, run_briefgen, snapshot

if TYPE_CHECKING:
    from pathlib import Path


def _project(root: Path) -> Path:
    root = make_project(
        root,
        "-- briefgen.yaml --\ntitle: Unreadable\n"
        "-- templates/partials/footer.html --\n<footer>Ours</footer>\n"
        '-- locales/de/LC_MESSAGES/messages.po --\nmsgid ""\nmsgstr ""\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Briefings"\nmsgstr "Kurzberichte"\n'
        "-- content/a.md --\n" + BRIEFING.format(title="Alpha"),
    )
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    catalog = Catalog(locale="fr")
    catalog.add("Briefings", "Notes")
    mo = root / "locales" / "fr" / "LC_MESSAGES" / "messages.mo"
    mo.parent.mkdir(parents=True)
    with mo.open("wb") as stream:
        write_mo(stream, catalog)
    return root


def _refuse_to_open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Make every open of `path` fail as `chmod 000` makes it for anyone but root."""
    target = os.path.realpath(path)
    real_open = io.open

    def refusing_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, str | os.PathLike) and os.path.realpath(file) == target:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(file))
        return real_open(file, *args, **kwargs)

    real_os_open = os.open

    def refusing_os_open(file: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if isinstance(file, str | os.PathLike) and os.path.realpath(file) == target:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(file))
        return real_os_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(io, "open", refusing_open)
    monkeypatch.setattr(builtins, "open", refusing_open)
    monkeypatch.setattr(os, "open", refusing_os_open)  # project files are read through it


@pytest.mark.parametrize("command", ["build", "check"])
@pytest.mark.parametrize(
    "rel",
    [
        "briefgen.yaml",
        "templates/partials/footer.html",
        "locales/de/LC_MESSAGES/messages.po",
        "locales/fr/LC_MESSAGES/messages.mo",
    ],
)
def test_unreadable_input_is_an_error_at_its_project_path(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    rel: str,
    command: str,
) -> None:
    root = _project(tmp_path / "project")
    monkeypatch.chdir(root)
    assert cli.main(["build"]) == cli.EXIT_OK  # the caches of settings and catalogs made
    before = snapshot(root / "site")
    capsys.readouterr()
    _refuse_to_open(monkeypatch, root / rel)
    assert cli.main([command]) == cli.EXIT_ERRORS
    err = capsys.readouterr().err
    assert f"{rel}:1:1: error: cannot read the file: Permission denied\n" in err
    assert str(tmp_path) not in err
    assert snapshot(root / "site") == before


def test_check_reports_an_unreadable_template_once_at_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`check` renders on past the error with the theme's template: the include that met the
    file said it again, once more for each kind of page."""
    root = _project(tmp_path / "project")
    monkeypatch.chdir(root)
    _refuse_to_open(monkeypatch, root / "templates/partials/footer.html")
    assert cli.main(["check"]) == cli.EXIT_ERRORS
    err = capsys.readouterr().err
    said = "templates/partials/footer.html:1:1: error: cannot read the file: Permission denied\n"
    assert said in err
    assert err.count("footer.html") == 1
    assert "PermissionError" not in err


def test_check_names_a_template_that_is_not_utf8_where_a_page_includes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was a raw `UnicodeDecodeError('utf-8', b'…', …)` beside the file's own error."""
    root = _project(tmp_path / "project")
    (root / "templates/partials/footer.html").write_bytes(b"<footer>caf\xe9</footer>\n")
    monkeypatch.chdir(root)
    assert cli.main(["check"]) == cli.EXIT_ERRORS
    err = capsys.readouterr().err
    assert "templates/partials/footer.html:1:12: error: not valid UTF-8" in err
    assert err.count("footer.html") == 1  # not again where a page includes it
    assert "UnicodeDecodeError" not in err


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("templates/briefing.html", ""),  # the theme's renders on in its place
        ("templates/base.html", ""),  # extended by the theme's pages
        ("templates/partials/mine.html", '{% include "partials/mine.html" %}'),  # ours alone
    ],
)
def test_check_reports_an_oversized_template_once(tmp_path: Path, name: str, written: str) -> None:
    """It was reported at the file and again by each kind of page that used it; a template
    of the project's own was also "not found" where it was included."""
    root = _project(tmp_path / "project")
    (root / "templates/partials/footer.html").write_text(
        f"<footer>Ours{written}</footer>\n", encoding="utf-8"
    )
    with (root / name).open("wb") as big:
        big.truncate(MAX_TEMPLATE_BYTES + 1)
    run = run_briefgen("check", cwd=root)
    limit = f"{MAX_TEMPLATE_BYTES + 1:,} bytes; the limit is {MAX_TEMPLATE_BYTES:,} bytes (2 MB)"
    assert run.code == 1
    errors = [line for line in run.stderr.splitlines() if ": error: " in line]
    assert errors == [f"{name}:1:1: error: cannot read the file: it is {limit}"]
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize(
    "uses",
    [
        '{% import "macros.html" as m %}{{ m.hello() }}',
        '{% import "macros.html" as m with context %}{% call m.hello() %}x{% endcall %}',
        '{% from "macros.html" import hello, title %}{{ hello() }}{{ title.upper() }}',
    ],
)
def test_check_reports_a_refused_template_once_not_each_macro_imported_from_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], uses: str
) -> None:
    """The stand-in for a refused template of the project's own was an empty module: each
    page calling a macro from it failed with "has no attribute 'hello'" and a hint to import
    it `with context`. An error of the importing template's own is still said."""
    root = _project(tmp_path / "project")
    (root / "templates/macros.html").write_bytes(
        "{% macro hello() %}hi{% endmacro %}".encode("utf-16")
    )
    (root / "templates/partials/footer.html").write_text(f"<footer>{uses}{{{{ missing_one }}}}\n")
    monkeypatch.chdir(root)
    assert cli.main(["check"]) == cli.EXIT_ERRORS
    errors = [line for line in capsys.readouterr().err.splitlines() if ": error: " in line]
    assert errors[0] == "templates/macros.html:1:1: error: the file is saved as UTF-16, not UTF-8"
    assert errors[1:] and all(
        line.startswith("templates/partials/footer.html:1:1: error: 'missing_one' is undefined")
        for line in errors[1:]
    )


def test_check_renders_the_blocks_of_a_template_extending_a_refused_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The empty stand-in for the refused layout placed none of the page's blocks, so an
    error in one went unsaid until the layout was fixed."""
    root = _project(tmp_path / "project")
    (root / "templates/layout.html").write_bytes("{% block main %}{% endblock %}".encode("utf-16"))
    (root / "templates/briefing.html").write_text(
        '{% extends "layout.html" %}{% block main %}\n{{ briefing.no_such_field }}{% endblock %}'
    )
    monkeypatch.chdir(root)
    assert cli.main(["check"]) == cli.EXIT_ERRORS
    errors = [line for line in capsys.readouterr().err.splitlines() if ": error: " in line]
    assert len(errors) == 2
    assert "templates/layout.html:1:1: error: the file is saved as UTF-16, not UTF-8" in errors
    said = next(line for line in errors if line.startswith("templates/briefing.html:2:1: error:"))
    assert "no_such_field" in said
