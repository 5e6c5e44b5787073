"""`briefgen check`: every problem at its file:line, the right exit code, nothing written."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import BRIEFING, make_project, run_briefgen
from tests.unit.test_catalog_text import raw_mo


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def test_check_clean_project_exits_0_and_writes_nothing(project: Path) -> None:
    before = _files(project)
    run = run_briefgen("check", cwd=project)
    assert run.code == 0, run.stderr
    assert run.stdout.strip() == "checked 1 briefing: no errors (0 warnings)"
    assert _files(project) == before, "no site/, no cache, nothing"


def test_check_leaves_an_existing_cache_and_site_alone(project: Path) -> None:
    assert run_briefgen("build", cwd=project).code == 0
    # Files only: the scratch build's cache entry is added to .briefgen-cache/ and removed
    # again, which touches that folder's own mtime.
    before = {p: p.stat().st_mtime_ns for p in project.rglob("*") if p.is_file()}
    assert run_briefgen("check", cwd=project).code == 0
    assert {p: p.stat().st_mtime_ns for p in project.rglob("*") if p.is_file()} == before


def test_check_reports_an_image_escaping_a_nul_at_its_line_and_exits_1(project: Path) -> None:
    """Python refuses a NUL in a path: `check` crashed with exit 70 as `build` did."""
    briefing = "---\ntitle: N\ndate: 2026-03-14\n---\n\n![C](x%00.png)\n"
    make_project(project, f"-- content/escaped.md --\n{briefing}")
    run = run_briefgen("check", cwd=project)
    assert run.code == 1, run.stderr
    assert run.stderr.startswith(
        "content/escaped.md:6:1: error: image `x%00.png` names no file: its `%00` is U+0000"
    )


def test_check_reports_broken_front_matter_at_its_line_and_exits_1(project: Path) -> None:
    make_project(
        project, "-- content/broken.md --\n---\ntitle: Rubio: visit\ndate: 2026-03-14\n---\n"
    )
    run = run_briefgen("check", cwd=project)
    assert run.code == 1
    assert run.stderr.startswith("content/broken.md:2:")
    assert ": error: " in run.stderr
    assert run.stdout.strip() == "checked 2 briefings: 1 error, 0 warnings"
    assert not (project / "site").exists()


def test_check_reports_warnings_with_lines_and_fails_only_when_strict(project: Path) -> None:
    text = BRIEFING.format(title="Second").replace("tags:", "colour: red\ntags:")
    text += "\n## Empty\n\n| A | B |\n|---|---|\n| 1 | 2 | 3 |\n"
    make_project(project, "-- content/second.md --\n" + text)
    run = run_briefgen("check", cwd=project)
    assert run.code == 0, run.stderr
    assert "content/second.md:5:1: warning: unknown field `colour`" in run.stderr
    assert "content/second.md:23:1: warning: table row has 3 cells, header has 2" in run.stderr
    assert run.stdout.strip().startswith("checked 2 briefings: no errors (")
    strict = run_briefgen("check", "--strict", cwd=project)
    assert strict.code == 1
    assert "unknown field `colour`" in strict.stderr


def test_check_reports_broken_internal_link_at_markdown_line(project: Path) -> None:
    """With a briefing's error besides, as the README says: `build` stops at the briefings'
    errors, before its link check; `check` goes on and reports both."""
    text = BRIEFING.format(title="Linking") + "\nSee [the gone one](../gone/).\n"
    dated = BRIEFING.format(title="Dated").replace("2026-03-14", "2026-13-01")
    make_project(project, f"-- content/linking.md --\n{text}-- content/dated.md --\n{dated}")
    run = run_briefgen("check", cwd=project)
    assert run.code == 1
    assert "content/linking.md:18:20: error: broken link `../gone/`" in run.stderr
    assert "content/dated.md:3:1: error: `date`: 2026-13-01 is not a day" in run.stderr
    assert not (project / "site").exists()
    built = run_briefgen("build", cwd=project)
    assert built.code == 1
    assert "content/dated.md:3:1: error: `date`" in built.stderr
    assert "broken link" not in built.stderr


def test_check_names_a_broken_link_as_typed_not_percent_encoded(project: Path) -> None:
    text = BRIEFING.format(title="Linking") + "\nVéase [el café](../café/).\n"
    make_project(project, "-- content/linking.md --\n" + text)
    run = run_briefgen("check", cwd=project)
    assert "content/linking.md:18:17: error: broken link `../café/`" in run.stderr


def test_check_places_a_broken_link_with_escaped_parentheses_in_the_markdown(
    project: Path,
) -> None:
    """`annex\\(2024\\).pdf` was blamed on site/linking/index.html, a generated file."""
    text = (
        BRIEFING.format(title="Linking")
        + "\nSee [four](x%20\\(y\\).html) and [annex](annex\\(2024\\).pdf).\n"
    )
    make_project(project, "-- content/linking.md --\n" + text)
    run = run_briefgen("check", cwd=project)
    assert "content/linking.md:18:12: error: broken link `x (y).html`" in run.stderr
    assert "content/linking.md:18:40: error: broken link `annex(2024).pdf`" in run.stderr


def test_check_reports_template_error_with_template_line(project: Path) -> None:
    make_project(project, "-- templates/briefing.html --\n<p>\n{{ briefing.no_such_field }}\n")
    run = run_briefgen("check", cwd=project)
    assert run.code == 1
    assert run.stderr.startswith("templates/briefing.html:2")
    assert "Traceback" not in run.stderr


def test_check_reports_a_duplicate_slug_as_one_not_as_a_site_page(project: Path) -> None:
    """Two briefings with one slug: each is told the other's file, and the check goes on."""
    twin = BRIEFING.format(title="Twin").replace("summary:", "slug: first\nsummary:")
    make_project(project, "-- content/twin.md --\n" + twin)
    run = run_briefgen("check", cwd=project)
    assert run.code == 1
    assert "content/first.md:1:1: error: slug `first` is also used by content/twin.md" in run.stderr
    assert "content/twin.md:1:1: error: slug `first` is also used by content/first.md" in run.stderr
    assert "site's own page" not in run.stderr


def test_check_never_reads_a_template_it_refused(project: Path) -> None:
    """check carries on past errors, but a template linked from outside stays unread."""
    outside = project.parent / "outside.html"
    outside.write_text("{{ 1 / 0 }}", encoding="utf-8")  # would fail if it were rendered
    (project / "templates").mkdir()
    (project / "templates" / "briefing.html").symlink_to(outside)

    run = run_briefgen("check", cwd=project)

    assert run.code == 1
    assert run.stderr.startswith(
        "templates/briefing.html:1:1: error: symlink leaves the project; its target is not read"
    )
    assert "division" not in run.stderr and "internal error" not in run.stderr


def test_check_future_checks_a_scheduled_briefing_as_on_its_day(project: Path) -> None:
    # The Pages workflow runs `check --strict --future`: a briefing dated after today is
    # checked now, and, as nothing is early on its day, is no warning that stops publishing.
    later = BRIEFING.format(title="Later").replace("2026-03-14", "2999-01-01")
    make_project(project, f"-- content/later.md --\n{later}\nSee [the gone page](../gone/).\n")

    strict = run_briefgen("check", "--strict", cwd=project)
    broken = run_briefgen("check", "--strict", "--future", cwd=project)
    (project / "content" / "later.md").write_text(later, encoding="utf-8")
    mended = run_briefgen("check", "--strict", "--future", cwd=project)
    built = run_briefgen("build", "--future", cwd=project)

    assert strict.code == 1  # left out: its broken link is not even looked at
    assert "content/later.md:3:1: warning: left out: `date` 2999-01-01 is in the future" in (
        strict.stderr
    )
    assert "broken link" not in strict.stderr
    assert broken.code == 1
    assert "error: broken link `../gone/`" in broken.stderr
    assert "in the future" not in broken.stderr
    assert (mended.code, mended.stderr) == (0, "")
    assert mended.stdout.strip() == "checked 2 briefings: no errors (0 warnings)"
    assert "`date` 2999-01-01 is in the future" in built.stderr  # publishing early still warns


def test_check_reports_a_duplicate_slug_with_a_file_that_has_other_errors(project: Path) -> None:
    """Once the other error hid the duplicate: it showed only after that error was fixed."""
    make_project(
        project,
        "-- content/c.md --\n---\ntitle: C\ndate: 2026-01-01\nsummary: s\nslug: d\n---\n\nText.\n"
        "-- content/d.md --\n---\ntitle: D\ndate: 2026-01-01\nsummary: s\ntags: x\n---\n\nText.\n",
    )
    expected = [
        "content/c.md:1:1: error: slug `d` is also used by content/d.md",
        "content/d.md:1:1: error: slug `d` is also used by content/c.md",
        "content/d.md:5:1: error: `tags`: expected a list of strings; write [x]",
    ]
    for command in ("check", "build"):
        run = run_briefgen(command, cwd=project)
        assert run.code == 1, run.stderr
        assert [line for line in run.stderr.splitlines() if ": error: " in line] == expected


def test_check_reports_a_duplicate_slug_with_a_file_whose_date_is_no_day(project: Path) -> None:
    """`2026-25-11` sorts after today, but names no day: the file is not waiting for it."""
    make_project(
        project,
        "-- content/c.md --\n---\ntitle: C\ndate: 2026-01-01\nsummary: s\n---\n\nText.\n"
        "-- content/d.md --\n---\ntitle: D\ndate: 2026-25-11\nsummary: s\nslug: c\n---\n\nText.\n",
    )
    run = run_briefgen("check", cwd=project)
    errors = [line for line in run.stderr.splitlines() if ": error: " in line]
    assert errors[:2] == [
        "content/c.md:1:1: error: slug `c` is also used by content/d.md",
        "content/d.md:1:1: error: slug `c` is also used by content/c.md",
    ]
    assert len(errors) == 3 and errors[2].startswith("content/d.md:3:")


def test_check_leaves_a_draft_with_errors_out_of_the_duplicate_slugs(project: Path) -> None:
    """A draft makes no page (without --drafts), once its errors are fixed or not."""
    make_project(
        project,
        "-- content/first.md --\n---\ntitle: F\ndate: 2026-01-01\nsummary: s\ndraft: true\n"
        "tags: x\n---\n\nText.\n",
    )
    make_project(
        project,
        "-- content/second.md --\n"
        + BRIEFING.format(title="S").replace("summary:", "slug: first\nsummary:"),
    )
    run = run_briefgen("check", cwd=project)
    assert run.code == 1
    assert "is also used by" not in run.stderr, run.stderr


def test_check_reports_a_static_file_problem_with_every_other_problem(project: Path) -> None:
    """A device name in static/ stops the build, but `check` still lists what it found before."""
    (project / "content" / "b.md").write_text(
        BRIEFING.format(title="B").replace("---\n\n", "slug: first\n---\n\n", 1), encoding="utf-8"
    )
    (project / "static").mkdir()
    (project / "static" / "aux.txt").write_text("x", encoding="utf-8")
    run = run_briefgen("check", cwd=project)
    assert run.code == 1
    assert "static/aux.txt:1:1: error: `aux.txt` is a name Windows keeps" in run.stderr
    assert "content/b.md:1:1: error: slug `first` is also used by content/first.md" in run.stderr


def test_a_static_file_and_a_page_folder_differing_by_case_are_refused(project: Path) -> None:
    (project / "static").mkdir()
    (project / "static" / "First").write_text("x", encoding="utf-8")
    run = run_briefgen("build", cwd=project)
    assert run.code == 1
    assert (
        "static/First:1:1: error: `First` (from static/First) and the folder `first/` of "
        "`first/briefing.json` (from content/first.md) differ only by case"
    ) in run.stderr
    assert not (project / "site").exists()


@pytest.mark.parametrize(
    ("files", "said"),
    [
        (
            ["First/y.txt"],
            "static/First/y.txt:1:1: error: the folder `first/` of `first/briefing.json` (from "
            "content/first.md) and the folder `First/` of `First/y.txt` (from static/First/y.txt) "
            "differ only by case",
        ),
        (
            ["ES/x.txt"],
            "static/ES/x.txt:1:1: error: the folder `es/` of `es/feed.xml` (generated) and the "
            "folder `ES/` of `ES/x.txt` (from static/ES/x.txt) differ only by case",
        ),
        (
            ["a/b/C/x.txt", "a/b/c/y.txt"],
            "static/a/b/c/y.txt:1:1: error: the folder `a/b/c/` of `a/b/c/y.txt` (from "
            "static/a/b/c/y.txt) and the folder `a/b/C/` of `a/b/C/x.txt` (from "
            "static/a/b/C/x.txt) differ only by case",
        ),
    ],
)
def test_a_static_folder_and_another_differing_by_case_are_refused(
    project: Path, files: list[str], said: str
) -> None:
    """At any depth, beside a page's folder or a translation's `es/`: one folder on Windows
    and macOS, so a site built there loses one of them on a case-sensitive host."""
    (project / "content" / "first.es.md").write_text(BRIEFING.format(title="P"), "utf-8")
    for name in files:
        (project / "static" / name).parent.mkdir(parents=True, exist_ok=True)
        (project / "static" / name).write_text("x", encoding="utf-8")
    run = run_briefgen("build", cwd=project)
    assert run.code == 1
    assert run.stderr.splitlines()[:2] == [
        said,
        "  hint: rename one of them: Windows and macOS keep them as one folder",
    ]
    assert not (project / "site").exists()


def test_check_prints_what_build_prints_when_a_translation_has_an_error(tmp_path: Path) -> None:
    """The healthy page's links to its translation break only because the translation's own
    error left it unmade: check reports that error alone, as build does."""
    make_project(
        tmp_path,
        "-- content/v.md --\n---\ntitle: A\ndate: 2026-01-05\nsummary: s\n---\n\n"
        "Hello, see [the other](../es/v/#hola).\n"
        "-- content/v.es.md --\n---\ntitle: B\ndate: 2026-01-05\nsummary: s\ntags: migration\n"
        "---\n\nHola.\n",
    )
    built = run_briefgen("build", cwd=tmp_path)
    checked = run_briefgen("check", cwd=tmp_path)
    assert (checked.code, built.code) == (1, 1)
    assert checked.stderr == built.stderr
    assert checked.stderr == (
        "content/v.es.md:5:1: error: `tags`: expected a list of strings; write [migration]\n"
    )


@pytest.mark.parametrize(
    ("name", "what"),
    [
        ("report.pdf.", "a name ending in `.`, which Windows drops"),
        ("notes ", "a name ending in ` `, which Windows drops"),
        ("a:b.txt", "a name holding `:`, which Windows does not allow"),
        ("why?.txt", "a name holding `?`, which Windows does not allow"),
        *((f"a{c}b.txt", f"a name holding `{c}`, which Windows does not allow") for c in '<>"|*'),
        ("x\ny.txt", "a name holding a control character, which Windows does not allow"),
        ("a\\b.txt", "a name holding `\\`, which Windows does not allow"),  # a folder there
        ("COM¹.txt", "a name Windows keeps for a device"),
    ],
)
def test_a_static_file_windows_cannot_hold_is_refused(project: Path, name: str, what: str) -> None:
    """git for Windows stops at such a path: a site holding it could not be checked out."""
    (project / "static").mkdir()
    (project / "static" / name).write_text("x", encoding="utf-8")
    run = run_briefgen("build", cwd=project)
    shown = name.replace("\n", "\\x0a")
    assert run.code == 1
    assert f"static/{shown}:1:1: error: `{shown}` is {what}\n" in run.stderr
    assert not (project / "site").exists()


@pytest.mark.parametrize("name", ["a\nb.html", "tab\there.html", "partials\x1b/x.html"])
def test_a_template_named_with_a_control_character_is_refused_as_a_static_file_is(
    project: Path, name: str
) -> None:
    """A line break in a template's name said nothing: no build asks for such a template."""
    (project / "templates" / name).parent.mkdir(parents=True)
    (project / "templates" / name).write_text("x", encoding="utf-8")
    for command in ("check", "build"):
        run = run_briefgen(command, cwd=project)
        shown = name.translate({10: "\\x0a", 9: "\\x09", 27: "\\x1b"})
        part = shown.split("/")[0]
        assert run.code == 1
        assert run.stderr.startswith(
            f"templates/{shown}:1:1: error: `{part}` is a name holding a control character, "
            "which Windows does not allow\n"
            "  hint: rename it: a project holding it cannot be checked out on Windows\n"
        )
        assert "Traceback" not in run.stderr
    assert not (project / "site").exists()


@pytest.mark.parametrize(
    ("composed", "differ", "hint"),
    [
        ("caf\u00e9.txt", "are one name in two Unicode forms", "keep one of them"),
        ("Caf\u00e9.txt", "differ only by case and Unicode form", "rename one of them"),
    ],
)
def test_static_files_named_alike_in_two_unicode_forms_are_refused(
    project: Path, composed: str, differ: str, hint: str
) -> None:
    """macOS keeps `café` written with é and with e and a combining accent as one file."""
    (project / "static").mkdir()
    (project / "static" / composed).write_text("composed", encoding="utf-8")
    (project / "static" / "cafe\u0301.txt").write_text("decomposed", encoding="utf-8")
    run = run_briefgen("build", cwd=project)
    assert run.code == 1
    assert differ in run.stderr
    assert f"hint: {hint}: macOS keeps them as one file" in run.stderr


def test_a_file_saved_in_nfd_links_to_its_own_heading(project: Path) -> None:
    """Heading ids are NFC; a link typed in a file saved decomposed (NFD) must still match."""
    text = BRIEFING.format(title="A") + "\n## Café\n\nSee [the café](#café).\n"
    (project / "content" / "first.md").write_text(
        unicodedata.normalize("NFD", text), encoding="utf-8"
    )
    run = run_briefgen("build", cwd=project)
    assert run.code == 0, run.stderr
    page = (project / "site" / "first" / "index.html").read_text(encoding="utf-8")
    assert 'id="café"' in page
    assert 'href="#caf%C3%A9"' in page


def test_finders_icon_file_is_left_out_as_ds_store_is(project: Path) -> None:
    """macOS writes `Icon\\r` into a folder with a custom icon; Windows cannot hold the name."""
    (project / "static" / "img").mkdir(parents=True)
    (project / "static" / "img" / "Icon\r").write_bytes(b"icon")
    (project / "static" / "img" / ".DS_Store").write_bytes(b"finder")
    (project / "static" / "img" / "map.txt").write_text("x", encoding="utf-8")
    run = run_briefgen("build", cwd=project)
    assert (run.code, run.stderr) == (0, "")
    assert sorted(p.name for p in (project / "site" / "img").iterdir()) == ["map.txt"]


@pytest.mark.parametrize(
    ("catalog", "where"),
    [
        pytest.param(
            'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=x; plural=(n != 1);\\n"\n',
            "messages.po:3:1",
            id="po-nplurals-not-a-number",
        ),
        pytest.param(
            'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2; plural=(n != 1); plural=(((;\\n"\n',
            "messages.po:3:1",
            id="po-last-plural-unreadable",
        ),
    ],
)
def test_check_reports_a_catalog_pages_cannot_read_and_renders_on(
    tmp_path: Path, catalog: str, where: str
) -> None:
    """`check` carries on after a catalog error, and its pages read the theme's catalog: they
    read the broken one before, and the check ended in an internal error (exit 70)."""
    make_project(
        tmp_path,
        "-- content/v.es.md --\n---\ntitle: B\ndate: 2026-01-05\nsummary: s\n---\n\nHola.\n"
        f"-- locales/es/LC_MESSAGES/messages.po --\n{catalog}",
    )
    run = run_briefgen("check", cwd=tmp_path)
    assert run.code == 1, run.stderr
    assert run.stderr.startswith(f"locales/es/LC_MESSAGES/{where}: error: "), run.stderr
    assert "internal error" not in run.stderr


def test_check_reports_a_compiled_catalog_gettext_cannot_read_and_renders_on(
    tmp_path: Path,
) -> None:
    make_project(
        tmp_path,
        "-- content/v.es.md --\n---\ntitle: B\ndate: 2026-01-05\nsummary: s\n---\n\nHola.\n",
    )
    folder = tmp_path / "locales/es/LC_MESSAGES"
    folder.mkdir(parents=True)
    header = "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: plural=(n != 1); nplurals=2;\n"
    (folder / "messages.mo").write_bytes(raw_mo(header))
    run = run_briefgen("check", cwd=tmp_path)
    assert run.code == 1, run.stderr
    assert run.stderr.startswith("locales/es/LC_MESSAGES/messages.mo:1:1: error: "), run.stderr


@pytest.mark.parametrize("file", ["messages.po", "messages.mo"])
@pytest.mark.parametrize("command", ["check", "build"])
def test_a_plural_formula_dividing_by_zero_is_one_error_at_the_catalog(
    tmp_path: Path, command: str, file: str
) -> None:
    """`check` read the catalog it had refused, and its pages failed as they rendered: a
    second error blamed on the theme's base.html."""
    make_project(
        tmp_path,
        "-- content/v.es.md --\n---\ntitle: B\ndate: 2026-01-05\nsummary: s\n---\n\nHola.\n",
    )
    folder = tmp_path / "locales/es/LC_MESSAGES"
    folder.mkdir(parents=True)
    header = "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n/0);\n"
    if file.endswith(".mo"):
        (folder / file).write_bytes(raw_mo(header))
    else:
        quoted = "".join(f'"{line}\\n"\n' for line in header.splitlines())
        (folder / file).write_text(
            f'msgid ""\nmsgstr ""\n{quoted}\nmsgid "Notes"\nmsgstr "Notas"\n'
        )
    run = run_briefgen(command, cwd=tmp_path)
    assert run.code == 1, run.stderr
    line = 1 if file.endswith(".mo") else 4
    errors = [text for text in run.stderr.splitlines() if ": error: " in text]
    assert errors == [
        f"locales/es/LC_MESSAGES/{file}:{line}:1: error: the plural formula fails for n = 0 "
        "(integer division or modulo by zero)"
    ]


def _check_started(
    root: Path, system_temp: Path, *, nohup: bool = False
) -> tuple[subprocess.Popen[str], Path]:
    """Start `briefgen check` in its own process group, as a terminal's job (under `nohup`,
    SIGHUP ignored, with `nohup`); return it and its scratch folder, once it has made that."""
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "check"],
        preexec_fn=(lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN)) if nohup else None,
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "TMPDIR": str(system_temp)},
    )
    deadline = time.monotonic() + 60
    while not (found := list(root.glob(".briefgen-cache/briefgen-check-*"))):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "check never made its scratch folder in the project"
        time.sleep(0.005)
    return process, found[0]


def _busy_project(root: Path) -> Path:
    """Return a project whose check takes a second or more."""
    files = "".join(
        f"-- content/b{n:02d}.md --\n" + BRIEFING.format(title=f"B{n}") + "Text. " * 2000
        for n in range(40)
    )
    return make_project(root, files)


@pytest.mark.slow
def test_check_killed_leaves_its_scratch_in_the_project_for_the_next_check(
    tmp_path: Path,
) -> None:
    """It was in /tmp, under a random name no later check knew: left there for good."""
    root, system_temp = _busy_project(tmp_path / "p"), tmp_path / "tmp"
    system_temp.mkdir()
    process, scratch = _check_started(root, system_temp)
    os.killpg(process.pid, signal.SIGKILL)
    process.communicate()
    assert scratch.is_dir()
    assert run_briefgen("check", cwd=root).code == 0
    assert not scratch.exists()
    assert list(system_temp.iterdir()) == []


@pytest.mark.slow
def test_check_of_a_closed_terminal_exits_130_and_removes_its_scratch(tmp_path: Path) -> None:
    """SIGHUP, which a closed terminal or ssh session sends its jobs, once ended it at once."""
    root, system_temp = _busy_project(tmp_path / "p"), tmp_path / "tmp"
    system_temp.mkdir()
    process, scratch = _check_started(root, system_temp)
    os.killpg(process.pid, signal.SIGHUP)
    try:
        _, err = process.communicate(timeout=60)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    assert (process.returncode, "Traceback" in err) == (130, False), err
    assert not scratch.exists()
    assert list(system_temp.iterdir()) == []


@pytest.mark.slow
def test_check_under_nohup_goes_on_when_its_terminal_closes(tmp_path: Path) -> None:
    """`nohup briefgen check`: SIGHUP ignored is the user's choice, not to be overridden."""
    root, system_temp = _busy_project(tmp_path / "p"), tmp_path / "tmp"
    system_temp.mkdir()
    process, scratch = _check_started(root, system_temp, nohup=True)
    os.killpg(process.pid, signal.SIGHUP)
    try:
        _, err = process.communicate(timeout=120)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 0, err
    assert not scratch.exists()


@pytest.mark.parametrize("command", ["check", "build"])
def test_nothing_outside_the_project_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """The README: `check` writes nothing outside the project (its scratch folder is in the
    cache folder), and neither does a build; the system's temporary folder and the home
    folder stay as they were, a translated site with a broken link and a warning included."""
    root = make_project(
        tmp_path / "project",
        "-- briefgen.yaml --\ntitle: T\nbase_url: https://example.org/\n"
        "-- content/first.md --\n" + BRIEFING.format(title="First") + "\nSee [x](/nowhere/).\n"
        "-- content/first.es.md --\n" + BRIEFING.format(title="Primero"),
    )
    outside = {name: tmp_path / name for name in ("tmp", "home")}
    for folder in outside.values():
        folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(outside["tmp"]))
    monkeypatch.setenv("HOME", str(outside["home"]))
    run = run_briefgen(command, cwd=root)
    assert run.code == 1, run.stderr  # the broken link
    assert "broken link" in run.stderr
    assert {name: list(folder.iterdir()) for name, folder in outside.items()} == {
        "tmp": [],
        "home": [],
    }


def test_check_reports_a_page_template_that_is_not_utf8_at_it_not_as_a_bug(
    tmp_path: Path,
) -> None:
    # The build stops at the file's error before any page is rendered; `check` renders on,
    # and the loader's failure for a template a page is made from (no template line above it
    # to blame) was exit 70.
    root = make_project(
        tmp_path / "p",
        "-- content/a.md --\n---\ntitle: A\ndate: 2024-01-05\nsummary: S.\ntags: [x]\n---\n\nX.\n",
    )
    (root / "templates").mkdir()
    (root / "templates" / "tag.html").write_bytes(b'\xff{% extends "builtin/tag.html" %}\n')
    run = run_briefgen("check", cwd=root)
    assert run.code == 1, run.stderr
    assert "internal error" not in run.stderr
    assert "templates/tag.html:1:1: error: not valid UTF-8" in run.stderr
