"""`search: true`: the setting, the search page, Pagefind's index, the CSP of every page, the
index after edits, and the errors when Pagefind is missing or fails (site/ kept)."""

from __future__ import annotations

import gzip
import json
import os
import posixpath
import re
import shutil
from pathlib import Path

import lxml.html
import pytest

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.build.search import (
    ENTRY_FILE,
    _stable_entry,
    ensure_search_available,
    make_index,
)
from briefgen.commands.init import render_scaffold
from briefgen.installation import EXTRAS, install_command
from briefgen.report import RecordingReporter
from tests.conftest import BRIEFING, REPO, leftovers, make_project, run_briefgen, snapshot

pytest.importorskip("pagefind")

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)
"""Every page's policy: no script at all (the theme's, unchanged by search)."""
SEARCH_CSP = CSP.replace("style-src", "script-src 'self' 'wasm-unsafe-eval'; style-src")
SLUG = "rubio-mexico-ecuador-migration"
INSTALL = install_command(EXTRAS["search"])
"""What the hints say installs Pagefind where the briefgen under test runs."""


def _project(root: Path, config: str = "search: true\n") -> Path:
    """Return a project with the default site's English briefing and its Spanish version."""
    root = make_project(
        root, f"-- briefgen.yaml --\ntitle: Briefings\nbase_url: https://example.org/b/\n{config}"
    )
    shutil.copytree(REPO / "content", root / "content")
    return root


def _build(root: Path, out: str = "site") -> list[str]:
    return build_site(BuildOptions(root, root / out), RecordingReporter()).written


def _page(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


def _csp(page: lxml.html.HtmlElement) -> str:
    (meta,) = page.xpath("//meta[@http-equiv='Content-Security-Policy']")
    return str(meta.get("content"))


def _indexed_text(site: Path) -> str:
    """Return the text of every page in the index (Pagefind's fragments are gzipped JSON)."""
    fragments = sorted((site / "pagefind" / "fragment").iterdir())
    return " ".join(gzip.decompress(f.read_bytes()).decode() for f in fragments)


def _indexed_contents(site: Path) -> list[str]:
    """Return each indexed page's words, as searches match them (a fragment's `content`)."""
    fragments = sorted((site / "pagefind" / "fragment").iterdir())
    records = [gzip.decompress(f.read_bytes()).removeprefix(b"pagefind_dcd") for f in fragments]
    return [json.loads(record)["content"] for record in records]


@pytest.fixture(scope="module")
def searched(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = _project(tmp_path_factory.mktemp("search") / "project")
    _build(root)
    return root / "site"


def test_search_setting_must_be_true_or_false(tmp_path: Path) -> None:
    root = _project(tmp_path / "p", 'search: "yes"\n')
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    assert "briefgen.yaml:3:1: error: `search` must be true or false" in run.stderr
    assert "Traceback" not in run.stderr
    assert not (root / "site").exists()


def test_search_builds_a_page_per_language_and_the_index(searched: Path) -> None:
    assert (searched / "search" / "index.html").is_file()
    assert (searched / "es" / "search" / "index.html").is_file()
    assert (searched / "assets" / "search.js").is_file()
    assert (searched / "pagefind" / "pagefind.js").is_file()
    assert (searched / "pagefind" / "pagefind-worker.js").is_file()  # pagefind.js loads it
    # Pagefind's own interfaces are not used by the theme's search.js, so not published.
    assert not list((searched / "pagefind").glob("pagefind-*ui*"))
    assert not (searched / "pagefind" / "pagefind-highlight.js").exists()
    entry = json.loads((searched / ENTRY_FILE).read_bytes())
    # One index per <html lang>, holding only the briefings (list pages are not indexed).
    languages = entry["languages"]
    assert list(languages) == ["en", "es"]
    assert [languages[lang]["page_count"] for lang in languages] == [1, 1]
    text = _indexed_text(searched)
    assert '"url":"/rubio-mexico-ecuador-migration/"' in text
    assert '"url":"/es/rubio-mexico-ecuador-migration/"' in text
    assert "smuggling" in text and "tráfico" in text
    assert "At a glance" not in text  # the contents box is left out of the index


def test_search_page_alone_has_a_script_and_a_wider_csp(searched: Path) -> None:
    pages = sorted(searched.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        rel = path.relative_to(searched).as_posix()
        page = _page(path)
        scripts = page.xpath("//script")
        if rel in {"search/index.html", "es/search/index.html"}:
            assert _csp(page) == SEARCH_CSP, rel
            assert [(s.get("type"), s.get("src")) for s in scripts] == [
                ("module", "../" * rel.count("/") + "assets/search.js")
            ]
        else:
            assert _csp(page) == CSP, rel
            assert scripts == [], rel
            assert not page.xpath("//*[@*[starts-with(name(), 'on')]]"), rel


def test_search_page_has_a_labelled_form_and_a_noscript_note(searched: Path) -> None:
    page = _page(searched / "es" / "search" / "index.html")
    (field,) = page.xpath("//form[@role='search']//input[@type='search']")
    (label,) = page.xpath(f"//label[@for='{field.get('id')}']")
    assert label.text_content() == "Buscar informes"
    assert page.xpath("//form/@data-bundle") == ["../../pagefind/"]
    (note,) = page.xpath("//noscript")
    assert "JavaScript" in note.text_content()
    status = page.xpath("//p[@role='status']")[0]
    # Every text the count takes in Spanish, and which count takes which (0 and 2 on: plural).
    assert (status.get("data-form0"), status.get("data-form1"), status.get("data-form2")) == (
        "%(count)s informes coinciden con «%(query)s».",
        "%(count)s informe coincide con «%(query)s».",
        None,
    )
    assert status.get("data-plural") == "0 1" + " 0" * 198


def test_search_link_in_the_menu_and_index_marks_on_briefings_only(searched: Path) -> None:
    home = _page(searched / "index.html")
    assert home.xpath("//nav[@class='site-nav']//a[.='Search']/@href") == ["search/"]
    spanish = _page(searched / "es" / SLUG / "index.html")
    assert spanish.xpath("//nav[@class='site-nav']//a[.='Buscar']/@href") == ["../../es/search/"]
    assert spanish.xpath("//article/@data-pagefind-body") == [""]
    assert not home.xpath("//*[@data-pagefind-body]")


def test_search_is_in_every_pages_menu_and_leaves_out_static_pages_and_the_sitemap(
    tmp_path: Path,
) -> None:
    """The README: "Search" is linked from every page's menu (the 404 page's too, from the
    base path), an HTML file of your own in `static/` is not indexed, and the search pages
    are in no sitemap."""
    root = make_project(
        _project(tmp_path / "p"),
        '-- static/docs/mine.html --\n<!doctype html><html lang="en"><title>M</title>'
        "<p>Zebrafinch.</p></html>\n",
    )
    _build(root)
    site = root / "site"
    menus: dict[str, list[str]] = {}
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel != "docs/mine.html":
            links = _page(path).xpath("//nav[@class='site-nav']//a[.='Search' or .='Buscar']/@href")
            menus[rel] = [posixpath.normpath(posixpath.join("/b/" + rel, "..", h)) for h in links]
    assert len(menus) > 10
    assert menus == {
        rel: ["/b/es/search" if rel.startswith("es/") else "/b/search"] for rel in menus
    }
    assert "zebrafinch" not in _indexed_text(site).lower()
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "/b/es/</loc>" in sitemap
    assert "search/" not in sitemap and "feed/" not in sitemap


def test_search_off_publishes_nothing_of_it(tmp_path: Path) -> None:
    unset = _project(tmp_path / "unset", "")
    off = _project(tmp_path / "off", "search: false\n")
    _build(unset)
    _build(off)
    site = snapshot(unset / "site")
    assert site == snapshot(off / "site")
    assert not [rel for rel in site if "search" in rel or rel.startswith("pagefind/")]
    for rel, data in site.items():
        if rel.endswith(".html"):
            page = lxml.html.fromstring(data)
            assert (page.xpath("//script"), _csp(page)) == ([], CSP), rel
            assert b"pagefind" not in data and b">Search<" not in data, rel


def test_search_flag_turns_it_on_for_one_build(tmp_path: Path) -> None:
    root = _project(tmp_path / "p", "")
    run = run_briefgen("build", "--search", cwd=root)
    assert run.code == 0, run.stderr
    assert (root / "site" / "search" / "index.html").is_file()
    assert (root / "site" / ENTRY_FILE).is_file()


def test_search_index_follows_every_edit_and_equals_a_clean_build(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    assert _build(root) == []  # nothing changed: the index is kept, not made again
    before = snapshot(root / "site" / "pagefind")
    path = root / "content" / f"{SLUG}.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nA zebrafish swam by.\n", "utf-8")
    written = _build(root)
    assert any(rel.startswith("pagefind/fragment/") for rel in written)
    assert "zebrafish" in _indexed_text(root / "site")
    assert snapshot(root / "site" / "pagefind") != before
    shutil.rmtree(root / ".briefgen-cache")
    _build(root, "clean")
    assert snapshot(root / "site") == snapshot(root / "clean")


def test_search_index_forgets_a_deleted_briefing_when_building_on_the_spare(
    tmp_path: Path,
) -> None:
    # From the third build on, the stage is the spare tree: the site before the last swap,
    # which still holds pages this build does not make. Pagefind must not index those.
    root = _project(tmp_path / "p")
    path = root / "content" / f"{SLUG}.md"
    for sentence in ("A zebrafish swam by.", "A narwhal swam by."):
        _build(root)
        path.write_text(path.read_text(encoding="utf-8") + f"\n{sentence}\n", "utf-8")
    _build(root)
    path.unlink()
    _build(root)
    assert "narwhal" not in _indexed_text(root / "site")
    shutil.rmtree(root / ".briefgen-cache")
    _build(root, "clean")
    assert snapshot(root / "site") == snapshot(root / "clean")


def test_search_index_of_the_same_pages_is_the_same_whatever_order_they_were_written(
    tmp_path: Path,
) -> None:
    """Pagefind numbers pages in its walk's order, which is a folder's own: on tmpfs, the
    order the files were made in. An incremental build, writing over the last site, and a
    clean one made two indexes of the same pages (found by the incremental walk in memory)."""
    pages = [f"{name}/index.html" for name in ("alpha", "beta", "gamma", "delta")] + ["index.html"]
    made: list[dict[str, bytes]] = []
    for order, site in ((pages, tmp_path / "a"), (pages[::-1], tmp_path / "b")):
        for rel in order:
            (site / rel).parent.mkdir(parents=True, exist_ok=True)
            words = " ".join([rel.split("/")[0]] * 3)
            page = f'<html lang="en"><body><main data-pagefind-body><p>{words}</p></main>'
            (site / rel).write_text(page + "</body></html>", encoding="utf-8")
        made.append(make_index(ensure_search_available(), site, sorted(pages)))
        assert sorted(path.name for path in site.iterdir()) == sorted(
            {r.split("/")[0] for r in pages}
        )
    assert made[0] == made[1]


def test_search_entry_lists_languages_in_a_stable_order() -> None:
    data = b'{"version":"1.5.2","languages":{"fr":{"page_count":1},"en":{"page_count":2}}}'
    assert _stable_entry(data) == (
        b'{"version":"1.5.2","languages":{"en":{"page_count":2},"fr":{"page_count":1}}}'
    )


def test_search_without_pagefind_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")
    fake = tmp_path / "fake" / "pagefind"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('No module named pagefind')\n", "utf-8")
    # This pagefind fails to import; briefgen comes from where it came from.
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join([str(fake.parent), os.environ.get("PYTHONPATH", "")])
    )
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    assert "Traceback" not in run.stderr
    assert run.stderr.splitlines()[:2] == [
        "briefgen.yaml:1:1: error: `search: true` needs Pagefind, which is not installed",
        f"  hint: install it with `{INSTALL}`, or set `search: false`",
    ]
    assert not (root / "site").exists()


def test_search_flag_without_pagefind_names_the_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The error blamed `search: true` in a briefgen.yaml that had none, and said to set
    # `search: false`.
    root = _project(tmp_path / "p", "")
    fake = tmp_path / "fake" / "pagefind"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('No module named pagefind')\n", "utf-8")
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join([str(fake.parent), os.environ.get("PYTHONPATH", "")])
    )
    run = run_briefgen("build", "--search", cwd=root)
    assert run.code == 1
    assert run.stderr.splitlines()[:2] == [
        "--search:1:1: error: `--search` needs Pagefind, which is not installed",
        f"  hint: install it with `{INSTALL}`, or build without `--search`",
    ]


def test_search_without_pagefinds_binary_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-binary"))
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    assert "error: `search: true` needs Pagefind's binary, which was not found" in run.stderr
    assert f"install it with `{INSTALL}`" in run.stderr


@pytest.mark.skipif(os.name != "posix", reason="the failing binary is a shell script")
def test_search_failure_keeps_the_published_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    published = snapshot(root / "site")
    failing = tmp_path / "pagefind"
    failing.write_text("#!/bin/sh\necho 'Error: cannot index' >&2\nexit 3\n", encoding="utf-8")
    failing.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(failing))
    path = root / "content" / f"{SLUG}.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", "utf-8")
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    assert "briefgen.yaml:1:1: error: Pagefind failed (exit 3): Error: cannot index" in run.stderr
    assert "Traceback" not in run.stderr
    assert snapshot(root / "site") == published
    assert leftovers(root) == []


SLUG_SEARCH = "-- content/s.md --\n---\ntitle: S\ndate: 2026-03-14\nslug: search\n---\n\nText.\n"


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (
            "-- content/search.md --\n" + BRIEFING.format(title="S"),
            "content/search.md:1:1: error: file name `search` gives the reserved slug `search`",
        ),
        (
            SLUG_SEARCH,
            "content/s.md:4:1: error: slug `search` is reserved",
        ),
        (
            "-- static/pagefind/extra.txt --\nx\n",
            "static/pagefind/extra.txt:1:1: error: `pagefind/extra.txt` is inside `pagefind/`, "
            "the folder of the search index",
        ),
        (
            "-- templates/base.html --\n<!doctype html><html lang=en><title>x</title>"
            "{% block main %}{% endblock %}</html>\n",
            "templates/base.html:1:1: error: the search page's Content-Security-Policy lacks "
            "`script-src 'self' 'wasm-unsafe-eval'`",
        ),
    ],
    ids=["file-named-search", "slug-search", "static-pagefind", "base-without-block"],
)
def test_search_conflicts_are_errors_at_their_file(
    tmp_path: Path, files: str, message: str
) -> None:
    root = _project(tmp_path / "p")
    make_project(root, files)
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    assert message in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (
            SLUG_SEARCH,
            "content/s.md:4:1: error: slug `search` is reserved",
        ),
        (
            "-- static/pagefind/x.js --\nx\n",
            "static/pagefind/x.js:1:1: error: `pagefind/x.js` is inside `pagefind/`, "
            "the folder of the search index",
        ),
    ],
    ids=["slug-search", "static-pagefind"],
)
def test_search_conflicts_are_errors_with_search_off_too(
    tmp_path: Path, files: str, message: str
) -> None:
    """They built silently until `search: true`, which then broke the site."""
    root = _project(tmp_path / "p", config="")
    make_project(root, files)
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    assert message in run.stderr


def test_a_briefing_named_like_the_feed_page_is_an_error_not_a_crash(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", "-- content/feed.md --\n" + BRIEFING.format(title="F"))
    run = run_briefgen("build", cwd=root)
    assert run.code == 1
    assert "content/feed.md:1:1: error: the briefing's `feed/index.html` would replace" in (
        run.stderr
    )


def test_init_workflow_installs_pagefind_when_search_is_on(tmp_path: Path) -> None:
    workflow = render_scaffold("pages.yml")
    step = workflow.split("- name: Install what search needs", 1)[1].split("- name:", 1)[0]
    assert "if .venv/bin/python -m briefgen.commands.needs search; then" in step
    assert '.venv/bin/pip install "briefgen[search]==$BRIEFGEN_VERSION"' in step
    assert "# search: true" in render_scaffold("briefgen.yaml")
    root = tmp_path / "site-project"
    assert run_briefgen("init", root, cwd=tmp_path).code == 0
    config = root / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "search: true\n", encoding="utf-8")
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    assert (root / "site" / "search" / "index.html").is_file()


def test_search_warns_when_no_page_marks_what_to_index(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    custom = (
        '{% extends "base.html" %}{% block main %}'
        "<article><h1>{{ briefing.meta.title }}</h1><p>{{ briefing.meta.summary }}</p>"
        "</article>{% endblock %}\n"
    )
    # A briefing whose text shows the attribute (escaped on its page) does not mark anything.
    shown = BRIEFING.format(title="Shown").replace(
        "A short summary.", "'Put data-pagefind-body on <article data-pagefind-body>.'"
    )
    make_project(root, f"-- templates/briefing.html --\n{custom}-- content/shown.md --\n{shown}")
    warning = "templates/briefing.html:1:1: warning: no page marks the text to index"

    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    assert warning in run.stderr
    # Pagefind fell back to whole pages: the home page's menu is in the index now.
    assert "Topics" in _indexed_text(root / "site")
    strict = run_briefgen("check", "--strict", cwd=root)
    assert strict.code == 1
    assert warning in strict.stderr
    again = run_briefgen("build", cwd=root)  # nothing changed: said again
    assert (again.code, "nothing changed" in again.stdout) == (0, True), again.stdout
    assert warning in again.stderr
    assert run_briefgen("build", "--strict", cwd=root).code == 1


def test_search_on_the_theme_warns_about_nothing(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    run = run_briefgen("build", "--strict", cwd=root)
    assert run.code == 0, run.stderr
    assert "data-pagefind-body" not in run.stderr
    assert "Topics" not in _indexed_text(root / "site")  # the menu is left out of the index


def test_search_on_a_site_without_briefings_warns_about_nothing(tmp_path: Path) -> None:
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/\nsearch: true\n",
    )
    (root / "content").mkdir()
    run = run_briefgen("build", "--strict", cwd=root)
    assert run.code == 0, run.stderr
    assert "warning" not in run.stderr


def test_search_index_keeps_each_table_header_cell_a_word_of_its_own(searched: Path) -> None:
    """Header cells are words apart in the index, as on the page: `InitiativeDescription`
    would be found for neither word."""
    data = json.loads((searched / SLUG / "briefing.json").read_bytes())
    headers = [
        block["header"]
        for section in data["sections"]
        for block in section["blocks"]
        if block["type"] == "table"
    ]
    assert headers
    (content,) = [c for c in _indexed_contents(searched) if data["title"].split(":")[0] in c]
    for header in headers:
        assert " ".join(header) in content


def test_search_index_leaves_out_the_csv_links_and_the_notes_back_links(tmp_path: Path) -> None:
    """Like the JSON and PDF links: every briefing with a table or a note would otherwise be
    found for "download", "CSV", "back" or "reference" (in Spanish "descargar", "volver")."""
    body = "A claim.[^1]\n\n| Year | Value |\n|---|---|\n| 2025 | 1 |\n\n[^1]: The source.\n"
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\nsearch: true\n"
        f"-- content/a.md --\n---\ntitle: A\ndate: 2026-03-14\nsummary: S.\n---\n\n{body}"
        f"-- content/b.md --\n---\ntitle: B\ndate: 2026-03-14\nsummary: S.\nlang: es\n---\n\n"
        f"{body}",
    )
    _build(root)
    site = root / "site"
    text = " ".join(_indexed_contents(site))
    assert "A claim." in text and "The source." in text and "Year Value" in text
    assert "Download CSV" not in text and "Back to reference" not in text
    assert "Descargar CSV" not in text and "Volver a la referencia" not in text
    assert "\u21a9" not in text  # the back link's arrow
    page = _page(site / "a" / "index.html")
    assert page.xpath("//p[@class='table-download']/a") and page.xpath("//a[@class='note-back']")


def test_search_index_leaves_out_the_reading_time(searched: Path) -> None:
    """The reading time ("1 min read") was on every briefing, so a search for "reading" (a
    bill's second reading), stemmed to "read", found them all; "lectura" likewise in Spanish."""
    contents = _indexed_contents(searched)
    assert len(contents) == 2
    assert all("min read" not in c and "min de lectura" not in c for c in contents)
    assert all("November 2026" in c or "noviembre de 2026" in c for c in contents)  # the date


def test_search_index_leaves_out_the_themes_labels(tmp_path: Path) -> None:
    """A briefing was found for "caution", "notes", "sources", "updated" or "done" (in Spanish
    "precaución", "notas", "fuentes"), and every briefing with authors for "by" and "and"
    ("por", "y"): the callout titles, section headings, byline and task words the theme
    writes, not the author. The author's words around them stay indexed, the names too. So was
    every briefing with a table without a caption, for the "and" of the name the theme gives
    it ("Port and Vessels", hidden), whose header cells were indexed twice."""
    head = (
        "date: 2026-03-14\nsummary: S.\nupdated: 2026-03-20\nauthors: [Ana Torres, Bo Li]\n"
        "updates:\n  - date: 2026-03-16\n    text: Fixed a figure.\n"
        "sources:\n  - title: Bank bulletin\n---\n\n"
    )
    body = (
        "A claim.[^1]\n\n> [!CAUTION]\n> Rates may move.\n\n> [!TIP] Lagged figures\n> Wait.\n\n"
        "- [x] Read the bulletin\n- [ ] Call the bank\n\n"
        "| Port | Vessels |\n|---|---|\n| Hodeidah | 330 |\n\n[^1]: The source.\n"
    )
    root = make_project(
        tmp_path / "p",
        "-- briefgen.yaml --\nsearch: true\n"
        f"-- content/a.md --\n---\ntitle: A\n{head}{body}"
        f"-- content/b.md --\n---\ntitle: B\nlang: es\n{head}{body}",
    )
    _build(root)
    site = root / "site"
    text = " ".join(_indexed_contents(site))
    # A callout title the author wrote after the marker is the author's, and indexed.
    for words in ("A claim.", "The source.", "Rates may move.", "Read the bulletin", "Lagged"):
        assert words in text
    assert "Bank bulletin" in text and "Fixed a figure." in text
    labels = [
        "Caution",
        "Tip",
        "Notes",
        "Sources",
        "Updates",
        "Updated",
        "Task done",
        "Task not done",
    ]
    labels += ["Precaución", "Notas", "Fuentes", "Actualizaciones", "Actualizado el", "Tarea"]
    assert [label for label in labels if label in text] == []
    indexed = re.findall(r"\w+", text)
    assert [indexed.count(name) for name in ("Ana", "Torres", "Bo", "Li")] == [2, 2, 2, 2]
    assert [indexed.count(word) for word in ("Port", "Vessels", "Hodeidah")] == [2, 2, 2]
    assert {"By", "and", "Por", "y"}.isdisjoint(indexed)
    page = _page(site / "a" / "index.html")
    assert page.xpath("//div[@class='callout-title']")[0].text == "Caution"
    assert page.xpath("//h2[@id='notes-title']") and page.xpath("//h2[@id='sources-title']")
    for path, by, joined in (("a", "By", "and"), ("es/b", "Por", "y")):
        (byline,) = _page(site / path / "index.html").xpath("//*[@class='authors']")
        assert byline.text_content() == f"{by} Ana Torres {joined} Bo Li"
        assert [s.text for s in byline.xpath(".//*[@data-pagefind-ignore]")] == [by, joined]
        (caption,) = _page(site / path / "index.html").xpath("//caption")
        assert caption.text_content() == f"Port {joined} Vessels"  # the table's name, unchanged


def test_search_off_keeps_the_themes_labels_unmarked(tmp_path: Path) -> None:
    """Without search the page is byte for byte what it was before search existed."""
    text = "---\ntitle: A\ndate: 2026-03-14\nsummary: S.\n---\n\n> [!NOTE]\n> x\n\n- [x] y\n"
    root = make_project(tmp_path / "p", f"-- content/a.md --\n{text}")
    _build(root)
    assert b"pagefind" not in (root / "site" / "a" / "index.html").read_bytes()
