"""The README's example outputs are what briefgen prints and writes: each is run here, so a
change that alters one fails until the README shows it again."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest

from briefgen.content.parse import parse_briefing
from briefgen.model import Callout, Paragraph
from briefgen.site.urls import SITE_PAGE_SLUGS
from tests.cli.test_bad_input import BAD_INPUTS, WARNED_INPUTS
from tests.cli.test_hostile_input import HOSTILE
from tests.conftest import REPO, copy_project, make_project, run_briefgen

README = (REPO / "README.md").read_text(encoding="utf-8")
PROSE = " ".join(README.split())
"""The README with its line breaks and indents made single spaces, for a sentence to match
wherever its lines break."""
_MILLISECONDS = re.compile(r" in \d+ ms ")


def _block_after(heading: str, fence: str) -> str:
    """Return the first code block of `fence` (`console`, `markdown`) after `heading`."""
    section = README.split(f"\n{heading}\n", 1)[1]
    return section.split(f"```{fence}\n", 1)[1].split("\n```", 1)[0]


def _kb(path: Path) -> str:
    """Return a file's size as the README writes it: KB of 1,000 bytes, one decimal."""
    return f"{path.stat().st_size / 1000:.1f} KB"


@pytest.fixture(scope="module")
def repository_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """Return a copy of this repository's project, built twice, and what each build printed."""
    root = copy_project(REPO, tmp_path_factory.mktemp("readme") / "project")
    printed = []
    for _ in range(2):
        run = run_briefgen("build", cwd=root)
        assert (run.code, run.stderr) == (0, "")
        printed.append(run.stdout.rstrip("\n"))
    return root, printed


def test_readme_build_example_is_what_building_this_repository_prints(
    repository_site: tuple[Path, list[str]],
) -> None:
    """It said "41 files written" while a fresh build wrote 42; only the time may differ."""
    _, printed = repository_site
    shown = _block_after("### `briefgen build`", "console").splitlines()
    assert shown[0::2] == ["$ briefgen build"] * 2
    assert [_MILLISECONDS.sub(" in N ms ", line) for line in shown[1::2]] == [
        _MILLISECONDS.sub(" in N ms ", line) for line in printed
    ]


def test_readme_page_sizes_are_those_of_this_repositorys_site(
    repository_site: tuple[Path, list[str]],
) -> None:
    """They said 16.3 and 3.2 KB after the pages had grown to 16.4 and 3.3."""
    site = repository_site[0] / "site"
    page = site / "rubio-mexico-ecuador-migration" / "index.html"
    style, briefing = site / "assets" / "style.css", site / "assets" / "briefing.css"
    css = (style.stat().st_size + briefing.stat().st_size) / 1000
    sentence = (
        f"The default briefing page is {_kb(page)} of HTML plus {css:.1f} KB of CSS (`style.css`,"
        f" {_kb(style)}, and `briefing.css`, {_kb(briefing)}); the home page is"
        f" {_kb(site / 'index.html')} of HTML plus `style.css` alone"
    )
    assert sentence in PROSE


def test_readme_csv_names_are_those_of_this_repositorys_briefing(
    repository_site: tuple[Path, list[str]],
) -> None:
    """They named `1-expected-outcomes-of-the-visit.csv`, a caption the briefing lost long ago."""
    tables = repository_site[0] / "site" / "rubio-mexico-ecuador-migration" / "tables"
    names = [f"`{path.name}`" for path in sorted(tables.iterdir())]
    assert f"no caption, writes {', '.join(names[:-1])} and {names[-1]}." in PROSE


def test_readme_browser_results_count_the_pages_of_this_repositorys_site(
    repository_site: tuple[Path, list[str]],
) -> None:
    """They said "all 8 pages" of a site that had grown to 17 (every page the suite opens)."""
    pages = len(list((repository_site[0] / "site").rglob("*.html")))
    assert f"Results for the default site ({pages} pages, its briefing in two languages):" in PROSE


def test_readme_new_example_prints_what_new_prints_and_check_warns_where_it_says(
    tmp_path: Path,
) -> None:
    """`new` was shown printing nothing, and the placeholder warning at line 9, a blank line."""
    root = tmp_path / "p"
    assert run_briefgen("init", root, cwd=tmp_path).code == 0
    command, *output = _block_after("### `briefgen new`", "console").splitlines()
    made = run_briefgen("new", "Rubio visits Mexico", "--date", "2026-03-02", cwd=root)
    assert command == '$ briefgen new "Rubio visits Mexico" --date 2026-03-02'
    assert made.stdout.splitlines() == output
    warned = [
        line
        for line in run_briefgen("check", cwd=root).stderr.splitlines()
        if line.endswith("warning: placeholder text from `briefgen new` is still here")
    ]
    lines = [int(line.split(":")[1]) for line in warned]
    listed = ", ".join(map(str, lines[:-1])) + f" and {lines[-1]}"
    assert f"seven in a new file (lines {listed}:" in PROSE
    assert len(lines) == 7
    assert f"the first `{warned[0]}`." in PROSE


def test_readme_footnote_example_renders_the_markup_shown() -> None:
    """The README showed `<sup><a href="#fn-1" id="fnref-1">`, without the class and the
    `aria-describedby` every reference has."""
    source = _block_after("### Footnotes and sources", "markdown")
    text = f"---\ntitle: T\ndate: 2026-03-14\n---\n\n{source}\n"
    briefing, _ = parse_briefing("content/a.md", text)
    assert briefing is not None
    (paragraph,) = briefing.lede
    assert isinstance(paragraph, Paragraph)
    assert f"→ `{paragraph.text.html}` and a" in README


def test_readme_callout_example_titles_the_second_box_as_written() -> None:
    """`> [!TIP] En *síntesis*` was a quote with a warning: the title is now the box's."""
    source = _block_after("### Callouts", "markdown")
    briefing, diagnostics = parse_briefing(
        "content/a.md", f"---\ntitle: T\ndate: 2026-03-14\n---\n\n{source}\n"
    )
    assert briefing is not None and diagnostics == []
    note, tip = briefing.lede
    assert isinstance(note, Callout) and isinstance(tip, Callout)
    assert (note.variant, note.title) == ("note", None)
    assert (tip.variant, tip.title and tip.title.html) == ("tip", "En <em>síntesis</em>")
    assert '`> [!TIP] En *síntesis*` is a tip box titled "En *síntesis*"' in PROSE


def test_readme_json_note_references_are_the_markup_shown(tmp_path: Path) -> None:
    """The README gave `<sup class="note-ref"><a href="#fn-N">N</a></sup>`, leaving out the
    reference's own id (`fnref-N`, `fnref-N-2` for a second) and `aria-describedby`."""
    body = "One.[^a] Two.[^a]\n\n[^a]: A note.\n"
    root = tmp_path / "p"
    (root / "content").mkdir(parents=True)
    (root / "content" / "a.md").write_text(f"---\ntitle: T\ndate: 2026-03-14\n---\n\n{body}")
    assert run_briefgen("build", cwd=root).code == 0
    data = json.loads((root / "site" / "a" / "briefing.json").read_text(encoding="utf-8"))
    html = data["lede"][0]["html"]
    shown = (
        '`<sup class="note-ref"><a href="#fn-N" id="fnref-N" aria-describedby="notes-title">'
        'N</a></sup>` (a second reference to the same note has `id="fnref-N-2"`'
    )
    assert shown in PROSE
    refs = lxml.html.fragment_fromstring(html, create_parent="p").xpath("//sup/a/@id")
    assert refs == ["fnref-1", "fnref-1-2"]
    assert html.startswith(
        'One.<sup class="note-ref"><a href="#fn-1" id="fnref-1" aria-describedby="notes-title">'
        "1</a></sup>"
    )


def test_the_counts_of_broken_warned_and_hostile_projects_are_the_suites() -> None:
    """The README counts the bad-input projects the suite builds; they grow with each fix."""
    said = (
        f"the test suite builds {len(BAD_INPUTS)} broken projects (every row of the bad-input "
        f"checklist that applies), {len(WARNED_INPUTS)} that must warn, and {len(HOSTILE)} "
        "hostile ones"
    )
    assert said in PROSE


@pytest.mark.parametrize(
    "before",
    ["at most 60 characters), and may not be ", "`new` refuses "],
)
def test_readme_names_each_slug_new_and_import_refuse_as_the_sites_own(before: str) -> None:
    """`import`'s named `feed` and `search`, while both commands refuse `pagefind` too."""
    clause = PROSE.split(before, 1)[1].split(" (the site's own pages", 1)[0]
    assert set(re.findall(r"`([^`]+)`", clause)) == SITE_PAGE_SLUGS


def test_readme_missing_template_example_is_what_the_build_prints(tmp_path: Path) -> None:
    """It left out the page being rendered, which the line names for each briefing."""
    root = make_project(
        tmp_path / "p",
        "-- content/example.md --\n---\ntitle: T\ndate: 2026-01-02\nsummary: S.\n---\n\nText.\n"
        "-- templates/briefing.html --\n{% extends 'builtin/briefing.html' %}\n\n"
        "{% block main %}{% include 'briefng.html' %}{% endblock %}\n",
    )
    run = run_briefgen("build", cwd=root)

    error_line, hint = run.stderr.splitlines()[:2]
    near = hint.removeprefix("  hint: ").split("? ")[0]
    assert run.code == 1
    assert f"``{error_line}``, with the hint ``{near}?``" in PROSE


def test_readme_real_run_of_mistakes_is_what_the_build_prints(tmp_path: Path) -> None:
    """ "When something is wrong" shows a run's lines and its exit code: made again here from
    files with those mistakes at those lines."""
    root = make_project(
        tmp_path / "p",
        "-- content/ecuador.md --\n---\ntitle: Ecuador\ndate: 2026-02-30\ntags: migration\n"
        "sumary: Quito.\n---\n\nLede.\n\n## Section\n\n| A | B |\n|---|---|\n| 1 | 2 | 3 |\n"
        "-- content/rubio-visit.md --\n---\ntitle: Rubio: Mexico visit\ndate: 2026-01-02\n"
        "summary: S.\n---\n\nText.\n",
    )
    shown = _block_after("## When something is wrong", "console").splitlines()
    assert (shown[0], shown[-2:]) == ("$ briefgen build", ["$ echo $?", "1"])

    run = run_briefgen("build", cwd=root)

    assert (run.code, run.stdout, run.stderr.splitlines()) == (1, "", shown[1:-2])
    assert not (root / "site").exists()


def _output_patterns() -> list[re.Pattern[str]]:
    """Return each path of the README's table of what `build` writes, as a pattern."""
    section = README.split("\n### `briefgen build`\n", 1)[1].split("| Output | What |", 1)[1]
    table = section.split("\n\n", 1)[0]
    paths = [
        span
        for cell in re.findall(r"^\| (.*?) \| ", table, re.MULTILINE)
        for span in re.findall(r"`([^`]+)`", cell)
        if span != "es/…"  # a language's folder, laid out as the rest: tested by its prefix
    ]
    wildcard = {"…": ".+", "<path under content/>": ".+"}
    patterns = []
    for path in paths:
        parts = re.split(r"(<[^>]+>|…)", path)
        text = "".join(
            wildcard.get(p, "[^/]+") if p.startswith("<") or p == "…" else re.escape(p)
            for p in parts
        )
        patterns.append(re.compile(text))
    return patterns


def test_readme_table_of_what_build_writes_names_every_file_of_this_repositorys_site(
    repository_site: tuple[Path, list[str]],
) -> None:
    """Each file a build wrote matches a row of "It writes:" (a translation's under its
    language's folder, `es/…`): nothing lands in the published site unannounced."""
    root, _ = repository_site
    patterns = _output_patterns()
    assert len(patterns) >= 20
    site = root / "site"
    written = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    unlisted = [
        path
        for path in written
        if not any(p.fullmatch(path) or p.fullmatch(path.removeprefix("es/")) for p in patterns)
    ]
    assert "es/index.html" in written
    assert unlisted == []


def test_readme_links_within_itself_name_its_headings() -> None:
    """Each `[…](#anchor)` the README uses to send a reader on (`see [Search](#search)`)
    names a heading, by GitHub's rule for a heading's anchor."""
    text = re.sub(r"^```.*?^```", "", README, flags=re.MULTILINE | re.DOTALL)
    headings = re.findall(r"^#{1,6} (.+)$", text, re.MULTILINE)
    anchors = {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}
    linked = set(re.findall(r"\]\(#([^)]+)\)", text))
    assert len(linked) > 20
    assert linked - anchors == set()
