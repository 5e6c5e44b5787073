"""The catalog check's findings are kept under a key of the catalogs and briefgen's code."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.build import pipeline
from briefgen.build.catalogcache import CATALOG_CACHE, validate_catalogs_cached
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.diagnostics import Diagnostic, SourcePos, error, format_diagnostic
from briefgen.report import RecordingReporter
from briefgen.site.catalogs import validate_catalogs
from tests.conftest import make_project

PO = "locales/he/LC_MESSAGES/messages.po"
HALF = 'msgid "Notes"\nmsgstr "הערות"\n'
BROKEN = 'msgid "Notes"\nmsgstr הערות\n'


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = make_project(tmp_path, f"-- {PO} --\n{HALF}")
    (root / ".briefgen-cache").mkdir()
    return root


def _checked(root: Path) -> list[str]:
    return [format_diagnostic(d) for d in validate_catalogs_cached(root, root / ".briefgen-cache")]


def test_a_second_check_replays_the_first_without_reading_the_catalogs_again(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _checked(root)
    assert first == [format_diagnostic(d) for d in validate_catalogs(root)]
    assert "no translation" in first[0]

    def must_not_run(_: Path) -> list[object]:
        raise AssertionError("checked again")

    monkeypatch.setattr("briefgen.site.catalogs.validate_catalogs", must_not_run)
    assert _checked(root) == first


@pytest.mark.parametrize("edit", ["change", "add", "remove"])
def test_any_edit_under_locales_checks_again(root: Path, edit: str) -> None:
    _checked(root)
    if edit == "change":
        (root / PO).write_text(BROKEN, encoding="utf-8")
    elif edit == "add":
        make_project(root, f"-- locales/fr/LC_MESSAGES/messages.po --\n{BROKEN}")
    else:
        (root / PO).unlink()

    assert _checked(root) == [format_diagnostic(d) for d in validate_catalogs(root)]


@pytest.mark.parametrize("damage", [b"", b"{", b'{"format": 1, "value": [1]}', b"\xff"])
def test_a_damaged_cache_file_is_a_miss(root: Path, damage: bytes) -> None:
    _checked(root)
    (root / ".briefgen-cache" / CATALOG_CACHE).write_bytes(damage)

    assert _checked(root) == [format_diagnostic(d) for d in validate_catalogs(root)]


def test_without_a_cache_folder_nothing_is_written(tmp_path: Path) -> None:
    root = make_project(tmp_path, f"-- {PO} --\n{BROKEN}")

    assert _checked(root)[0].startswith(f"{PO}:2:1: error:")
    assert not (root / ".briefgen-cache").exists()


def test_an_edit_under_templates_checks_again(root: Path) -> None:
    """The project's templates decide which msgids are used."""
    make_project(root, f'-- {PO} --\n{HALF}\nmsgid "Footer"\nmsgstr "x"\n')
    assert any("no template uses `Footer`" in said for said in _checked(root))

    make_project(root, '-- templates/footer.html --\n{{ _("Footer") }}\n')

    assert not any("no template uses" in said for said in _checked(root))


def test_loading_plugins_checks_again(root: Path) -> None:
    make_project(root, f'-- {PO} --\n{HALF}\nmsgid "Footer"\nmsgstr "x"\n')
    _checked(root)

    found = validate_catalogs_cached(root, root / ".briefgen-cache", plugins=True)

    assert not any("no template uses" in d.message for d in found)


@pytest.mark.parametrize("name", ["fr/LC_MESSAGES/messages.po", "es/LC_MESSAGES/messages.mo"])
def test_a_folder_named_like_a_catalog_is_a_warning_cached_or_not(root: Path, name: str) -> None:
    """It was passed by without a word, and its language showed English labels; an empty
    folder changes no file the cache's key hashes, so the warning is never kept."""
    first = _checked(root)
    (root / "locales" / name).mkdir(parents=True)
    warned = (
        f"locales/{name}:1:1: warning: not read: a folder, not a catalog file\n"
        "  hint: make it the catalog file `locales/<lang>/LC_MESSAGES/messages.po`"
    )
    assert _checked(root) == [*first, warned]
    assert _checked(root) == [*first, warned]


def test_pages_rendered_without_a_refused_catalog_are_never_served_to_a_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A keep-going build that refused a catalog rendered its pages without it; a build
    after it, with the same lasting cache and the catalog accepted, kept those pages."""
    root = make_project(
        tmp_path,
        "-- content/v.es.md --\n---\ntitle: B\ndate: 2026-01-05\nsummary: s\n---\n\nHola.\n"
        '-- locales/es/LC_MESSAGES/messages.po --\nmsgid "Skip to content"\nmsgstr "Saltar BR"\n',
    )
    page = root / "site/es/v/index.html"
    refusal = [error(SourcePos("locales/es/LC_MESSAGES/messages.po", 1), "refused")]
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "validate_catalogs_cached", lambda *_, **__: refusal)
        build_site(BuildOptions(root, root / "site", keep_going=True), RecordingReporter())
    assert "Saltar BR" not in page.read_text(encoding="utf-8")

    build_site(BuildOptions(root, root / "site"), RecordingReporter())
    assert "Saltar BR" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize(("before", "during"), [(HALF, BROKEN), (BROKEN, HALF)])
def test_a_catalog_saved_while_it_is_checked_is_checked_again(
    root: Path, monkeypatch: pytest.MonkeyPatch, before: str, during: str
) -> None:
    """The check reads the catalogs after their key is taken: what it found for the file
    saved meanwhile is not kept under the key of the file it replaced."""
    from briefgen.site import catalogs

    (root / PO).write_text(before, encoding="utf-8")
    real = catalogs.validate_catalogs

    def saved_meanwhile(root: Path, *, plugins: bool = False) -> list[Diagnostic]:
        (root / PO).write_text(during, encoding="utf-8")
        return real(root, plugins=plugins)

    with monkeypatch.context() as patched:
        patched.setattr(catalogs, "validate_catalogs", saved_meanwhile)
        _checked(root)
    (root / PO).write_text(before, encoding="utf-8")  # saved back

    assert _checked(root) == [format_diagnostic(d) for d in validate_catalogs(root)]
