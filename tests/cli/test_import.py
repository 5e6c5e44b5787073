"""`briefgen import` end to end: files in, content/<slug>.md and a summary out."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import lxml.html
import pytest

from briefgen.commands.import_ import import_article
from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import BriefgenError, format_diagnostic
from briefgen.report import RecordingReporter
from tests.conftest import REPO, SHARED, cpu_seconds, make_project, run_briefgen
from tests.unit.model_shape import callouts, strip_positions, without_callouts

SOURCE_ARTICLE = SHARED / "source-article.txt"
DEFAULT_SLUG = "rubio-mexico-ecuador-migration"
FIXTURES = REPO / "tests" / "fixtures" / "import"
SUMMARY = "4 sections, 10 bullets (10 term bullets), 3 tables, 9 paragraphs"
CONFIG = "-- briefgen.yaml --\ntitle: T\ndescription: D\nlanguage: en\nauthor: A\n"
CONFIG += "base_url: https://example.org/\n"


@pytest.fixture
def source_article() -> Path:
    if not SOURCE_ARTICLE.exists():
        pytest.skip(f"{SOURCE_ARTICLE} is absent (CI keeps ../shared beside the clone)")
    return SOURCE_ARTICLE


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project", CONFIG)


# The page header, and what the default briefing adds by hand to the source article (see
# tests/unit/model_shape.py): the comparison of the two pages leaves these out.
ADDED_BY_HAND = (
    "ancestor::header"
    " | ancestor-or-self::aside[contains(@class, 'callout')]"
    " | ancestor-or-self::section[@class='sources']"
)


def _page_structure(page: Path) -> list[tuple[str, str]]:
    """Return the article's headings, paragraphs, list items and cells, in order."""
    tree = lxml.html.parse(str(page))
    article = tree.xpath("//main")[0]
    wanted = {"h2", "p", "li", "th", "td", "dt", "dd", "caption"}
    return [
        (el.tag, " ".join(el.text_content().split()))
        for el in article.iter()
        if isinstance(el.tag, str) and el.tag in wanted and not el.xpath(ADDED_BY_HAND)
    ]


def test_import_source_article_builds_a_page_like_the_default_briefing(
    tmp_path: Path, source_article: Path
) -> None:
    project = tmp_path / "project"
    shutil.copytree(REPO / "content", project / "content")
    shutil.copy(REPO / "briefgen.yaml", project / "briefgen.yaml")
    default = (project / "content" / f"{DEFAULT_SLUG}.md").read_text(encoding="utf-8")
    title = "Rubio\u2019s Diplomatic Mission to Mexico and Ecuador: Migration on the Agenda"
    run = run_briefgen(
        "import",
        source_article,
        "--title",
        title,
        "--date",
        "2026-11-23",
        "--slug",
        "imported",
        "--tags",
        "migration,latin-america",
        "--source",
        project,
        cwd=tmp_path,
    )
    assert run.code == 0, run.stderr
    assert run.stdout == f"imported content/imported.md: {SUMMARY}\n"
    assert run.stderr == ""

    written = (project / "content" / "imported.md").read_text(encoding="utf-8")
    imported, _ = parse_briefing("content/imported.md", written)
    hand_written, _ = parse_briefing(f"content/{DEFAULT_SLUG}.md", default)
    assert imported is not None and hand_written is not None
    assert (imported.meta.sources, callouts(imported.sections)) == ((), [])
    assert len(hand_written.meta.sources) == 4
    assert [c.variant for c in callouts(hand_written.sections)] == ["note"]
    assert strip_positions(imported.sections) == strip_positions(
        without_callouts(hand_written.sections)
    )
    assert strip_positions(imported.lede) == strip_positions(hand_written.lede)
    assert imported.meta.title == title
    assert imported.meta.date == dt.date(2026, 11, 23)
    assert imported.meta.tags == ("migration", "latin-america")

    build = run_briefgen("build", "--source", project, cwd=tmp_path)
    assert build.code == 0, build.stderr
    site = project / "site"
    assert _page_structure(site / "imported" / "index.html") == _page_structure(
        site / DEFAULT_SLUG / "index.html"
    )
    default_page = lxml.html.parse(str(site / DEFAULT_SLUG / "index.html"))
    assert len(default_page.xpath("//main//aside[contains(@class, 'callout-note')]")) == 1
    assert len(default_page.xpath("//main//section[@class='sources']//li")) == 4


def test_import_refuses_to_overwrite_without_force(empty_project: Path) -> None:
    article = FIXTURES / "water-policy.txt"
    args = ("import", article, "--title", "Water", "--source", empty_project)
    assert run_briefgen(*args, cwd=empty_project).code == 0
    before = (empty_project / "content" / "water.md").read_bytes()

    again = run_briefgen(*args, "--date", "2020-01-01", cwd=empty_project)
    assert again.code == 1
    assert again.stderr.splitlines() == [
        "content/water.md:1:1: error: content/water.md already exists",
        "  hint: pass --force to overwrite it, or --slug to pick another name",
    ]
    assert (empty_project / "content" / "water.md").read_bytes() == before

    forced = run_briefgen(*args, "--date", "2020-01-01", "--force", cwd=empty_project)
    assert forced.code == 0, forced.stderr
    assert "date: 2020-01-01\n" in (empty_project / "content" / "water.md").read_text("utf-8")


def test_import_reports_warnings_with_the_input_line(empty_project: Path) -> None:
    shutil.copy(FIXTURES / "housing.txt", empty_project / "housing.txt")
    run = run_briefgen("import", "housing.txt", "--title", "Housing", cwd=empty_project)
    assert run.code == 0, run.stderr
    assert run.stdout.splitlines() == [
        "imported content/housing.md: 2 sections, 6 bullets (5 term bullets), 1 table, 4 paragraphs"
    ]
    assert [line for line in run.stderr.splitlines() if "warning" in line] == [
        "housing.txt:17:1: warning: table row has 4 cells, header has 3",
        "housing.txt:18:1: warning: table row has 2 cells, header has 3",
        "housing.txt:19:1: warning: line reads like a heading but no text follows; "
        "kept as a paragraph",
    ]


def test_import_lists_twenty_of_one_warning_and_counts_the_rest(empty_project: Path) -> None:
    """16,000 one-letter lines, each reading like a heading, gave 16,000 warnings that said one
    thing: as the build lists the first 20 control characters of a file and counts the rest,
    21 are listed, the 21st saying how many more follow (none when it is the last)."""
    said = "line reads like a heading but the next line does too; kept as a paragraph"
    last = "line reads like a heading but no text follows; kept as a paragraph"
    for lines, counted in ((25, " (and 3 more like it after this one)"), (22, "")):
        (empty_project / "letters.txt").write_text("X\n" * lines, encoding="utf-8")
        args = ("import", "letters.txt", "--title", "T", "--force")
        run = run_briefgen(*args, cwd=empty_project)
        assert run.code == 0, run.stderr
        assert [line for line in run.stderr.splitlines() if "warning" in line] == [
            *(f"letters.txt:{n}:1: warning: {said}" for n in range(1, 21)),
            f"letters.txt:21:1: warning: {said}{counted}",
            f"letters.txt:{lines}:1: warning: {last}",
        ]


def test_import_refuses_markdown_over_the_size_limit_at_the_article(empty_project: Path) -> None:
    """A 1 MB article of bare URLs is 2.1 MB as Markdown, each URL written `[url](url)`: the
    error named content/urls.md, a file import was not writing."""
    url = "https://example.org/" + "a" * 280
    (empty_project / "urls.txt").write_text((" ".join([url] * 10) + "\n") * 360, "utf-8")
    run = run_briefgen("import", "urls.txt", "--title", "Links", cwd=empty_project)
    assert run.code == 1
    assert re.fullmatch(
        r"urls\.txt:1:1: error: the article converted to Markdown is 2,1\d\d,\d{3} bytes; "
        r"the limit is 2,097,152 bytes \(2 MB\)\n  hint: split the article into several files\n",
        run.stderr,
    ), run.stderr
    assert not (empty_project / "content" / "links.md").exists()


def test_import_reads_stdin_and_proposes_a_title(empty_project: Path) -> None:
    text = "Lede line.\r\nRents Are Rising\r\n- Social Rent: 40 per cent.\r\n\r\n\r\n"
    done = _run_with_stdin(empty_project, text, "import", "-", "--date", "2026-02-03")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "proposed title 'Rents Are Rising' from the first heading (line 2); "
        "pass --title to choose another",
        "imported content/rents-are-rising.md: 1 section, 1 bullet (1 term bullet), "
        "0 tables, 1 paragraph",
    ]
    assert (empty_project / "content" / "rents-are-rising.md").read_text("utf-8") == (
        "---\n"
        'title: "Rents Are Rising"\n'
        "date: 2026-02-03\n"
        'summary: "Lede line."\n'
        "tags: []\n"
        "---\n\n"
        "Lede line.\n\n"
        "## Rents Are Rising\n\n"
        "- **Social Rent:** 40 per cent.\n"
    )


def test_import_says_when_title_replaces_the_headline(empty_project: Path) -> None:
    (empty_project / "a.txt").write_text("\nRail Strike Update\nUnions walk out.\n", "utf-8")
    run = run_briefgen("import", "a.txt", "--title", "Strikes", cwd=empty_project)
    assert run.code == 0, run.stderr
    assert run.stderr.splitlines() == [
        "a.txt:2:1: warning: the headline 'Rail Strike Update' is left out: --title replaces it",
        "  hint: leave --title out to make the headline the title",
    ]
    same = run_briefgen("import", "a.txt", "--title", "Rail Strike Update", cwd=empty_project)
    assert same.code == 0, same.stderr
    assert same.stderr == ""


def _run_with_stdin(cwd: Path, text: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefgen", *args],
        cwd=cwd,
        input=text,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("missing.txt",),
            "missing.txt:1:1: error: cannot read the article: No such file or directory",
        ),
        (("empty.txt",), "empty.txt:1:1: error: the article has no text to import"),
        (
            ("article.txt", "--title", "Search"),
            "article.txt:1:1: error: the title 'Search' gives the slug 'search', the name of one "
            "of the site's own pages",
        ),
        (
            ("reference.txt",),
            "reference.txt:2:10: error: character reference `&#xD800;` stands for U+D800, a "
            "surrogate, which no page may hold alone",
        ),
    ],
)
def test_import_fails_with_a_located_error(
    empty_project: Path, args: tuple[str, ...], message: str
) -> None:
    (empty_project / "article.txt").write_text("Some text.\n", encoding="utf-8")
    (empty_project / "empty.txt").write_text("\n  \n", encoding="utf-8")
    reference = "Some text.\nA broken &#xD800; character.\n"
    (empty_project / "reference.txt").write_text(reference, encoding="utf-8")
    run = run_briefgen("import", *args, cwd=empty_project)
    assert run.code == 1
    assert run.stderr.splitlines()[0] == message
    assert not (empty_project / "content").exists() or not any(
        (empty_project / "content").iterdir()
    )


def test_import_rejects_invalid_utf8(empty_project: Path) -> None:
    (empty_project / "latin1.txt").write_bytes("Caf\xe9 policy.\n".encode("latin-1"))
    run = run_briefgen("import", "latin1.txt", cwd=empty_project)
    assert run.code == 1
    assert run.stderr.startswith("latin1.txt:1:4: error: not valid UTF-8 at line 1, byte 3")


def test_import_article_defaults_the_date_to_today(empty_project: Path) -> None:
    reporter = RecordingReporter()
    target = import_article(
        empty_project,
        str(FIXTURES / "eu-energy.txt"),
        title=None,
        date=None,
        slug=None,
        tags=["energy"],
        force=False,
        reporter=reporter,
    )
    assert target == empty_project / "content" / "where-supply-comes-from.md"
    briefing, problems = parse_briefing("content/x.md", target.read_text("utf-8"))
    assert briefing is not None, problems
    assert briefing.meta.date == dt.date.today()
    assert reporter.infos[-1] == (
        "imported content/where-supply-comes-from.md: 2 sections, 6 bullets (0 term bullets), "
        "1 table, 4 paragraphs"
    )
    assert reporter.problems == []


def test_import_warns_as_the_build_does_of_tags_that_share_a_page(empty_project: Path) -> None:
    """`--tags "C++,c#"` was written silently, and the next `build --strict` failed on it."""
    article = FIXTURES / "water-policy.txt"
    args = ("import", article, "--title", "Water", "--tags", "C++,c#", "--slug", "m2")
    run = run_briefgen(*args, cwd=empty_project)
    assert run.code == 0
    shared = (
        "content/m2.md:5:15: warning: `tags` item 2, `c#`, shares its page with item 1, `C++`:"
        " only `C++` is shown"
    )
    assert [line for line in run.stderr.splitlines() if "warning" in line] == [shared]
    build = run_briefgen("build", "--strict", cwd=empty_project)
    assert build.code == 1
    assert shared in build.stderr.splitlines()


@pytest.mark.parametrize(
    ("given", "written", "empty"), [("a,,b", "[a, b]", [2]), (" , ", "[]", [1, 2])]
)
def test_import_warns_of_each_empty_tag_it_leaves_out(
    empty_project: Path, given: str, written: str, empty: list[int]
) -> None:
    """`--tags " , "` wrote `tags: []` without a word: in front matter an empty item is an
    error; on the command line it is left out, with a warning, as a stray comma is a slip."""
    article = FIXTURES / "water-policy.txt"
    args = ("import", article, "--title", "Water", "--tags", given, "--slug", "m2")
    run = run_briefgen(*args, cwd=empty_project)

    assert run.code == 0, run.stderr
    assert [line for line in run.stderr.splitlines() if "warning" in line] == [
        f"--tags:1:1: warning: `--tags` item {item} is empty: it is left out" for item in empty
    ]
    assert f"\ntags: {written}\n" in (empty_project / "content" / "m2.md").read_text()


def test_import_blank_tags_are_no_tags_without_a_warning(empty_project: Path) -> None:
    """`--tags "$TAGS"` with nothing in it: no item was typed, so none is empty."""
    article = FIXTURES / "water-policy.txt"
    run = run_briefgen("import", article, "--title", "W", "--tags", "", cwd=empty_project)

    assert (run.code, run.stderr) == (0, "")


def test_import_warns_of_markdown_in_the_title_at_its_line(empty_project: Path) -> None:
    """The build warns that a title is plain text; import wrote it without a word."""
    reporter = RecordingReporter()
    import_article(
        empty_project,
        str(FIXTURES / "water-policy.txt"),
        title="Use *this*",
        date=None,
        slug="m3",
        tags=[],
        force=False,
        reporter=reporter,
    )
    assert [f"{d.pos}: {d.message}" for d in reporter.problems] == [
        "content/m3.md:2:1: `title` is plain text: `*this*` is shown as written"
    ]


def test_import_article_raises_briefgen_error_for_an_existing_file(empty_project: Path) -> None:
    (empty_project / "content").mkdir()
    (empty_project / "content" / "taken.md").write_text("keep me", encoding="utf-8")
    with pytest.raises(BriefgenError) as caught:
        import_article(
            empty_project,
            str(FIXTURES / "eu-energy.txt"),
            title="T",
            date=None,
            slug="taken",
            tags=[],
            force=False,
            reporter=RecordingReporter(),
        )
    assert [format_diagnostic(d).split("\n")[0] for d in caught.value.diagnostics] == [
        "content/taken.md:1:1: error: content/taken.md already exists"
    ]
    assert (empty_project / "content" / "taken.md").read_text("utf-8") == "keep me"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("fifo", "fifo:1:1: error: cannot read the article: it is a FIFO, not a file"),
        ("/dev/zero", "/dev/zero:1:1: error: cannot read the article: it is a device, not a file"),
    ],
)
def test_import_refuses_what_is_not_a_regular_file(
    empty_project: Path, name: str, message: str
) -> None:
    """A FIFO would block the import forever, and /dev/zero would fill the memory."""
    os.mkfifo(empty_project / "fifo")
    run = run_briefgen("import", name, cwd=empty_project)
    assert run.code == 1
    assert run.stderr.splitlines()[0] == message
    assert not (empty_project / "content").exists()


def test_import_stops_reading_stdin_at_the_size_limit(empty_project: Path) -> None:
    """`import - < /dev/zero` ends with an error instead of filling the memory."""
    with Path("/dev/zero").open("rb") as zeros:
        done = subprocess.run(
            [sys.executable, "-m", "briefgen", "import", "-"],
            cwd=empty_project,
            stdin=zeros,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == (
        "<stdin>:1:1: error: standard input is over the limit of 2,097,152 bytes (2 MB)"
    )


def _reading_stdin(pid: int) -> bool:
    """Return True when the process `pid` is blocked reading its standard input."""
    with contextlib.suppress(OSError):
        call = Path(f"/proc/{pid}/syscall").read_text(encoding="ascii").split()
        return call[:2] == ["0", "0x0"]  # read(0, …) on x86-64 and arm64 alike
    return False


@pytest.mark.skipif(not Path("/proc/self/syscall").exists(), reason="needs Linux's /proc")
def test_import_interrupted_while_reading_says_nothing_of_an_output_folder(
    empty_project: Path,
) -> None:
    """Ctrl-C said "the output folder holds the last complete build", a build's words: an
    import has no output folder, and writes nothing until it has read its input."""
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "import", "-"],
        cwd=empty_project,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not _reading_stdin(process.pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 130
    assert (out + err).strip() == "interrupted"
    assert not (empty_project / "content").exists()


def test_import_reports_a_bad_image_at_the_article_line_and_writes_nothing(
    empty_project: Path,
) -> None:
    """It was blamed on content/<slug>.md, a file that was never written, at that file's line."""
    text = "Policy visit\n\nThe minister travelled.\n\n![Map](/etc/passwd)\n"
    (empty_project / "article.txt").write_text(text, encoding="utf-8")
    run = run_briefgen("import", "article.txt", "--slug", "visit", cwd=empty_project)
    assert run.code == 1, run.stderr
    assert run.stderr.splitlines()[0] == (
        "article.txt:5:1: error: image `/etc/passwd` is outside content/ and static/"
    )
    assert not (empty_project / "content" / "visit.md").exists()


def test_import_reads_image_links_as_the_briefing_will(empty_project: Path) -> None:
    """`img/map.png` is relative to content/<slug>.md: it was called outside content/, exit 0."""
    text = "Policy visit\n\nThe minister travelled.\n\n![Map](img/map.png)\n"
    (empty_project / "article.txt").write_text(text, encoding="utf-8")
    run = run_briefgen("import", "article.txt", "--slug", "visit", cwd=empty_project)
    assert run.code == 0, run.stderr
    assert "error" not in run.stderr
    assert (empty_project / "content" / "visit.md").is_file()


@pytest.mark.parametrize("markdown", [False, True])
def test_import_allows_a_remote_image_from_a_host_briefgen_yaml_allows(
    empty_project: Path, markdown: bool
) -> None:
    """The check of the article and of the file it writes read no briefgen.yaml: it told the
    user to allow the host they had allowed."""
    config = empty_project / "briefgen.yaml"
    config.write_text(
        config.read_text(encoding="utf-8") + "images:\n  remote_hosts: [cdn.example.org]\n",
        encoding="utf-8",
    )
    head = "# Policy visit\n\n" if markdown else "Policy visit\n\n"
    text = f"{head}The minister travelled.\n\n![Chart](https://cdn.example.org/a.png)\n"
    (empty_project / "article.txt").write_text(text, encoding="utf-8")
    run = run_briefgen("import", "article.txt", "--slug", "visit", cwd=empty_project)
    assert run.code == 0, run.stderr
    assert (empty_project / "content" / "visit.md").is_file()


def _import_seconds(project: Path, text: str, slug: str) -> tuple[float, Path]:
    """Import `text` as an article; return the CPU seconds it took and the file written."""
    article = project / f"{slug}.txt"
    article.write_text(text, encoding="utf-8")
    started = cpu_seconds()
    written = import_article(
        project,
        str(article),
        title="T",
        date=dt.date(2026, 1, 2),
        slug=slug,
        tags=[],
        force=False,
        reporter=RecordingReporter(),
    )
    return cpu_seconds() - started, written


def test_import_article_imports_many_lists_in_linear_time(
    empty_project: Path,
) -> None:
    """40,000 one-item lists (`1.` after `1.` starts a new one) took 50 s: the writer counted
    back over the run of lists before each one. At 10,000 that took 9 s of CPU, 9 times an
    import of as many paragraphs and 2.6 times the bound; ours takes about 1.5 times it.
    Bounded by that import, measured here, not by seconds: both slow down alike on a loaded
    machine."""
    paragraphs, _ = _import_seconds(empty_project, "x\n\n" * 10_000, "paragraphs")
    seconds, written = _import_seconds(empty_project, "1. x\n" * 10_000, "many")
    assert seconds < 3 * paragraphs + 0.5, f"took {seconds:.1f} s, paragraphs {paragraphs:.1f} s"
    text = written.read_text("utf-8")
    assert (text.count("\n1. x\n"), text.count("\n<!-- -->\n")) == (10_000, 9_999)


def test_import_writes_a_markdown_export_through_with_its_title_and_sections(
    empty_project: Path,
) -> None:
    """A Google Docs export gave the title `# Budget Talks Stall` and its headings and quote as
    escaped text, with no warning from import or build."""
    shutil.copy(FIXTURES / "google-docs-export.md", empty_project / "export.md")
    run = run_briefgen("import", "export.md", "--date", "2026-01-01", cwd=empty_project)
    assert run.code == 0, run.stderr
    assert run.stderr == ""
    assert run.stdout.splitlines() == [
        "read the article as Markdown: its body is written as it stands, each heading one "
        "level down (`# ` is the title's level)",
        "proposed title 'Budget Talks Stall' from the headline (line 1); "
        "pass --title to choose another",
        "imported content/budget-talks-stall.md: 2 sections, 2 bullets (0 term bullets), "
        "0 tables, 3 paragraphs",
    ]
    written = (empty_project / "content" / "budget-talks-stall.md").read_text("utf-8")
    assert written == (
        "---\n"
        'title: "Budget Talks Stall"\n'
        "date: 2026-01-01\n"
        'summary: "The Senate adjourned without a deal on Tuesday."\n'
        "tags: []\n"
        "---\n\n"
        "The Senate adjourned **without a deal** on Tuesday. See [the bill](https://example.com/bill).\n\n"
        "## What Happens Next\n\n"
        "Negotiators return on Monday.\n\n"
        "> A quoted statement from the minister.\n\n"
        "### Who Decides\n\n"
        "- The finance committee.\n"
        "- The full Senate.\n"
    )
    build = run_briefgen("build", cwd=empty_project)
    assert build.code == 0, build.stderr
    assert build.stderr == ""
    page = lxml.html.parse(str(empty_project / "site" / "budget-talks-stall" / "index.html"))
    assert page.xpath("//main//h1/text()") == ["Budget Talks Stall"]
    assert page.xpath("//main//h2/text()")[:1] == ["What Happens Next"]
    assert page.xpath("//main//h3/text()") == ["Who Decides"]
    assert len(page.xpath("//main//blockquote")) == 1


def test_import_of_markdown_opening_with_a_heading_takes_the_summary_from_a_section(
    empty_project: Path,
) -> None:
    """An export whose body opens with a `##` heading has no lede: import wrote no summary,
    and the briefing then failed `check --strict` with "missing `summary`"."""
    text = "# Report Title\n\n## Background\n\nThe council voted today. It passed.\n"
    (empty_project / "a.md").write_text(text, encoding="utf-8")
    run = run_briefgen("import", "a.md", "--date", "2026-01-01", "--slug", "m", cwd=empty_project)
    assert run.code == 0, run.stderr
    written = (empty_project / "content" / "m.md").read_text("utf-8")
    assert 'summary: "The council voted today."\n' in written
    assert run_briefgen("check", "--strict", cwd=empty_project).code == 0


def test_import_counts_the_blocks_inside_callouts_and_list_items(empty_project: Path) -> None:
    """The count looked inside quotes and list items only: a callout's paragraphs, tables and
    bullets were left out of it."""
    text = (
        "# Budget Talks\n\nLede.\n\n> [!NOTE]\n> Said in a note.\n>\n"
        "> | A | B |\n> |---|---|\n> | 1 | 2 |\n>\n> - **Term:** one\n>   - nested\n"
    )
    (empty_project / "a.md").write_text(text, encoding="utf-8")
    run = run_briefgen("import", "a.md", "--date", "2026-01-01", cwd=empty_project)
    assert run.code == 0, run.stderr
    assert run.stdout.splitlines()[-1] == (
        "imported content/budget-talks.md: "
        "0 sections, 2 bullets (1 term bullet), 1 table, 2 paragraphs"
    )


def test_import_of_markdown_warns_as_the_build_does_at_the_article_lines(
    empty_project: Path,
) -> None:
    """Quarto `:::` blocks and MkDocs admonitions were escaped: no step warned about them."""
    text = (
        "# Budget Talks\n\nLede.\n\n::: {.callout-note}\nBody.\n:::\n\n"
        "Footnote here[^1].\n\n[^1]: The note.\n"
    )
    (empty_project / "a.md").write_text(text, encoding="utf-8")
    run = run_briefgen("import", "a.md", "--date", "2026-01-01", cwd=empty_project)
    assert run.code == 0, run.stderr
    warnings = [line for line in run.stderr.splitlines() if "warning" in line]
    assert warnings == [
        "a.md:5:1: warning: `:::` fenced blocks are not supported; `::: {.callout-note}` is "
        "shown as text",
        "a.md:7:1: warning: `:::` fenced blocks are not supported; `:::` is shown as text",
    ]
    build = run_briefgen("build", cwd=empty_project)
    # The same warnings, five lines down: the front matter replaces the `# ` title.
    built = [line for line in build.stderr.splitlines() if "warning" in line]
    assert [line.split(": ", 1) for line in built] == [
        [f"content/budget-talks.md:{place}", line.split(": ", 1)[1]]
        for place, line in zip(("10:1", "12:1"), warnings, strict=True)
    ]


def test_import_of_markdown_reports_an_error_at_the_article_line(empty_project: Path) -> None:
    text = "# Budget Talks\n\nLede.\n\n## Chart\n\n![](chart.png)\n"
    (empty_project / "a.md").write_text(text, encoding="utf-8")
    run = run_briefgen("import", "a.md", cwd=empty_project)
    assert run.code == 1
    assert run.stderr.splitlines()[0] == "a.md:7:1: error: image `chart.png` has no alt text"
    assert not (empty_project / "content").exists()


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: X\n---\n\n# Budget Talks\n\nLede.\n",
        # A Jekyll post of plain paragraphs is no Markdown by its block lines.
        '---\ntitle: "Budget talks resume"\ndate: 2025-03-01\ntags: [budget]\n---\n\n'
        "The talks resumed today.\n\nMinisters met for **three hours**.\n",
    ],
    ids=["with-a-heading", "plain-paragraphs"],
)
def test_import_refuses_markdown_with_its_own_front_matter(empty_project: Path, text: str) -> None:
    (empty_project / "a.md").write_text(text, encoding="utf-8")
    run = run_briefgen("import", "a.md", cwd=empty_project)
    assert run.code == 1
    assert run.stderr.splitlines() == [
        "a.md:1:1: error: the article is Markdown with its own front matter",
        "  hint: copy it into content/ and complete its front matter (README: Front matter)",
    ]


def test_import_refuses_a_text_file_with_its_own_front_matter_as_no_markdown(
    empty_project: Path,
) -> None:
    text = "---\ntitle: Budget talks\ndate: 2025-03-01\n---\n\nThe talks resumed today.\n"
    (empty_project / "a.txt").write_text(text, encoding="utf-8")
    run = run_briefgen("import", "a.txt", cwd=empty_project)
    assert run.code == 1
    assert run.stderr.splitlines() == [
        "a.txt:1:1: error: the article has its own front matter",
        "  hint: copy it into content/ and complete its front matter (README: Front matter)",
    ]


def test_import_refuses_front_matter_closed_by_pandocs_dots(empty_project: Path) -> None:
    """It was imported as text, `--- title: Budget author: Team` proposed as the title."""
    text = "---\ntitle: Budget\nauthor: Team\n...\n\nThe talks resumed today.\n"
    (empty_project / "a.txt").write_text(text, encoding="utf-8")
    run = run_briefgen("import", "a.txt", cwd=empty_project)
    assert run.code == 1
    assert run.stderr.splitlines()[0] == "a.txt:1:1: error: the article has its own front matter"
    assert not (empty_project / "content").exists()


_COPY_IT = "copy it into content/ and complete its front matter (README: Front matter), and "


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "a.txt",
            "\u00a0---\ntitle: Budget talks\ndate: 2025-03-01\n---\n\nThe talks resumed.\n\n"
            "---\n\nMore.\n",
            [
                "a.txt:1:1: error: the article has its own front matter, though a hidden U+00A0 "
                "NO-BREAK SPACE is in front of the `---` on line 1",
                f"  hint: {_COPY_IT}delete the U+00A0 (most editors show it as a space, or as "
                "nothing)",
            ],
        ),
        (
            "a.md",
            "---\ntitle: Budget talks\ndate: 2025-03-01\n\ufeff---\n\n# Budget\n\nText.\n\n"
            "---\n\nMore.\n",
            [
                "a.md:4:1: error: the article is Markdown with its own front matter, though a "
                "hidden U+FEFF ZERO WIDTH NO-BREAK SPACE is in front of the `---` on line 4",
                f"  hint: {_COPY_IT}delete the U+FEFF (a byte order mark is left inside a file "
                "where two files were joined, as `cat a.md b.md` does)",
            ],
        ),
        (
            "a.txt",
            "-\u00ad--\ntitle: Budget talks\ndate: 2025-03-01\n---\n\nThe talks resumed.\n",
            [
                "a.txt:1:2: error: the article has its own front matter, though a hidden U+00AD "
                "SOFT HYPHEN is inside the `---` on line 1",
                f"  hint: {_COPY_IT}delete the U+00AD (most editors show it as a space, or as "
                "nothing)",
            ],
        ),
    ],
    ids=["opening", "closing", "among-dashes"],
)
def test_import_refuses_front_matter_behind_a_hidden_character_at_its_line(
    empty_project: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str, expected: list[str]
) -> None:
    """A no-break space or a byte order mark before a `---` hid the front matter: it was
    imported as text, `--- title: Budget talks date: 2025-03-01` proposed as the title."""
    (empty_project / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(empty_project)
    with pytest.raises(BriefgenError) as caught:
        import_article(
            empty_project, name, title=None, date=None, slug=None, tags=[], force=False,
            reporter=RecordingReporter(),
        )  # fmt: skip
    assert [format_diagnostic(d) for d in caught.value.diagnostics] == ["\n".join(expected)]
    assert not (empty_project / "content").exists()


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_import_refuses_hugos_toml_front_matter(empty_project: Path, name: str) -> None:
    """It was imported as text, `+++ title = "Budget"` proposed as the title."""
    text = '+++\ntitle = "Budget"\ndate = 2026-03-05\n+++\n\nThe talks resumed today.\n'
    (empty_project / name).write_text(text, encoding="utf-8")
    run = run_briefgen("import", name, cwd=empty_project)
    assert run.code == 1
    assert run.stderr.splitlines() == [
        f"{name}:1:1: error: the article opens with Hugo's TOML front matter (`+++`)",
        "  hint: briefgen reads YAML between `---` lines: copy it into content/ and write it so "
        '(`title: Budget`, not `title = "Budget"`; README: Front matter)',
    ]
    assert not (empty_project / "content").exists()


@pytest.mark.parametrize(
    ("opening", "first"),
    [
        ("The council met last night and approved the plan.", None),
        ("UPDATE: This article was corrected on 5 March 2026.", None),
        ("Note: this memo is draft.", None),
        ("To: All staff\nFrom: Press office\nDate: 5 March 2026", "To: All staff"),
    ],
    ids=["prose", "update", "note", "memo-header"],
)
def test_import_reads_a_plain_article_opening_with_a_rule_as_plain(
    empty_project: Path, opening: str, first: str | None
) -> None:
    """`UPDATE:`, `Note:` and `To:` are no front matter's keys: such articles were refused."""
    text = f"---\n{opening}\n---\n\nMore text here.\n"
    (empty_project / "a.txt").write_text(text, encoding="utf-8")
    run = run_briefgen("import", "a.txt", "--slug", "a", "--title", "Plan", cwd=empty_project)
    assert run.code == 0, run.stderr
    assert "front matter" not in run.stderr
    body = (empty_project / "content" / "a.md").read_text(encoding="utf-8").split("---\n\n", 1)[1]
    assert body.startswith(f"\\---\n\n{first or opening}\n")


@pytest.mark.parametrize(
    "text",
    [
        "Rail Strike Update\n\n#strike trends today.\n\n#solidarity\n\nUnions walk out.\n",
        "Rail Strike Update\n\nThe union wrote:\n\n> We will strike on Monday.\n> Talks failed.\n\n"
        "Unions walk out.\n",
        "Rail Strike Update\n\n# of members balloted: 40,000.\nUnions walk out.\n",
    ],
    ids=["hashtags", "quoted-email", "number-sign"],
)
def test_import_reads_plain_text_with_hashtags_or_a_quoted_email_as_plain(
    empty_project: Path, text: str
) -> None:
    (empty_project / "a.txt").write_text(text, encoding="utf-8")
    run = run_briefgen("import", "a.txt", "--slug", "a", cwd=empty_project)
    assert run.code == 0, run.stderr
    assert "Markdown" not in run.stdout
    written = (empty_project / "content" / "a.md").read_text("utf-8")
    assert "\\#" in written or "\\>" in written


def test_import_of_plain_text_warns_as_the_build_does_at_the_article_columns(
    empty_project: Path,
) -> None:
    """`m^2^`, a reviewer's `{>>comment<<}` and `@fig-map` were imported silently, and only
    `build --strict` then failed, at the briefing's lines."""
    text = (
        "Budget Talks\nThe minister spoke.\nThe area is 40 m^2^ in total.\n"
        "The draft said {>>check this number<<} 40 per cent.\nSee @fig-map for the route.\n"
    )
    (empty_project / "a.txt").write_text(text, encoding="utf-8")
    run = run_briefgen("import", "a.txt", "--date", "2026-01-01", cwd=empty_project)
    assert run.code == 0, run.stderr
    warnings = [line for line in run.stderr.splitlines() if "warning" in line]
    assert [line.split(": warning")[0] for line in warnings] == [
        "a.txt:3:17",
        "a.txt:4:16",
        "a.txt:5:5",
    ]
    build = run_briefgen("build", "--strict", cwd=empty_project)
    built = [line for line in build.stderr.splitlines() if "warning" in line]
    # The same warnings at the same columns of the briefing's lines.
    assert [line.split(":", 3)[2:] for line in built] == [
        line.split(":", 3)[2:] for line in warnings
    ]


@pytest.mark.parametrize(
    "command", [("import", "a.txt"), ("new", "Budget Talks"), ("serve", "--port", "8799")]
)
def test_commands_that_write_refuse_a_source_folder_that_does_not_exist(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    """A mistyped `--source` made the whole folder tree and a new project in it (`serve`: its
    cache and lock, then served an error page until stopped)."""
    (tmp_path / "a.txt").write_text("Budget Talks\nThe minister spoke.\n", encoding="utf-8")
    run = run_briefgen(*command, "--source", "nowhere/project", cwd=tmp_path)
    assert run.code == 1
    assert run.stderr.splitlines() == [
        "--source:1:1: error: project folder nowhere/project not found",
        "  hint: run briefgen in a project folder (`briefgen init` makes one), or fix --source",
    ]
    assert not (tmp_path / "nowhere").exists()


def test_import_caps_warnings_of_one_kind_as_the_build_does(empty_project: Path) -> None:
    """Rows of too many cells are one kind of warning whatever count each names: import
    listed all 25 (grouping by exact words), where the build lists 21 and counts the rest."""
    rows = "".join(f"| r{n} |{' x |' * (3 + n)}\n" for n in range(25))
    (empty_project / "rows.txt").write_text(f"Lede.\n| A | B |\n|---|---|\n{rows}", "utf-8")
    run = run_briefgen("import", "rows.txt", "--title", "T", cwd=empty_project)
    assert run.code == 0, run.stderr
    warnings = [line for line in run.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 21, warnings
    assert warnings[-1].endswith(" (and 4 more like it after this one)")


@pytest.mark.parametrize(
    ("site_language", "lang", "terms"),
    [
        ("en", "fr", 3),  # --lang fr: a French translation
        ("fr", None, 3),  # the site's own language is French
        ("en", None, 2),  # English: a term of three words is in Title Case
    ],
)
def test_import_reads_terms_as_the_briefings_language_writes_them(
    tmp_path: Path, site_language: str, lang: str | None, terms: int
) -> None:
    """`import --lang fr` warned that `Assignation à résidence` should be in Title Case, and
    wrote it as a plain bullet among two term bullets."""
    config = CONFIG.replace("language: en", f"language: {site_language}")
    project = make_project(tmp_path / "project", config)
    article = tmp_path / "asile.txt"
    article.write_text(
        "Le projet de loi a été adopté en première lecture le 20 novembre.\n\n"
        "Ce que prévoit le texte\n"
        "- Délais: six mois au lieu de huit.\n"
        "- Juge unique: généralisé à la CNDA.\n"
        "- Assignation à résidence: élargie aux demandeurs Dublin.\n",
        encoding="utf-8",
    )
    reporter = RecordingReporter()
    written = import_article(
        project,
        str(article),
        title="Asile",
        date=dt.date(2026, 11, 24),
        slug="asile",
        tags=[],
        lang=lang,
        force=False,
        reporter=reporter,
    )
    markdown = written.read_text(encoding="utf-8")
    assert markdown.count("- **") == terms
    warned = [d.message for d in reporter.problems if "term" in d.message]
    assert len(warned) == 3 - terms


def _readme_import_blocks() -> list[str]:
    """Return the code blocks of the README's `briefgen import` section, in order."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n### `briefgen import`\n", 1)[1].split("\n## Publishing", 1)[0]
    return re.findall(r"^```\w*\n(.*?)^```$", section, re.MULTILINE | re.DOTALL)


def test_readme_import_of_the_source_article_prints_the_summary_the_tests_check() -> None:
    said = [block for block in _readme_import_blocks() if "source-article.txt" in block]
    assert said[0].splitlines()[1] == f"imported content/rubios-diplomatic-mission.md: {SUMMARY}"


def test_readme_memo_example_imports_as_shown(empty_project: Path) -> None:
    """The README's `memo.txt`, its command, what it prints and the briefing it writes."""
    memo, console, written = _readme_import_blocks()[-3:]
    (empty_project / "memo.txt").write_text(memo, encoding="utf-8")
    command, *printed = console.rstrip("\n").splitlines()
    assert command.startswith("$ briefgen import ")

    run = run_briefgen(*command.removeprefix("$ briefgen ").split(" "), cwd=empty_project)

    assert run.code == 0
    assert sorted(run.stdout.splitlines() + run.stderr.splitlines()) == sorted(printed)
    assert run.stderr.splitlines() == [
        line for line in printed if "memo.txt:" in line or "hint:" in line
    ]
    assert (empty_project / "content" / "why-it-matters.md").read_text("utf-8") == written


def test_import_writes_a_link_within_the_site_for_the_build_to_check(empty_project: Path) -> None:
    # The README: links to another briefing or to a part of a page are checked only by the
    # build, against the whole site; import writes them as they are.
    (empty_project / "sahel.txt").write_text(
        "Water in the Sahel\n\nThe rains failed. See [our earlier note](../older-note/) and "
        "[the figures](#wells).\n\nFigures\n\nWells dried up.\n",
        encoding="utf-8",
    )
    run = run_briefgen("import", "sahel.txt", "--slug", "sahel", cwd=empty_project)
    assert run.code == 0, run.stderr
    written = (empty_project / "content" / "sahel.md").read_text("utf-8")
    assert "](../older-note/)" in written and "](#wells)" in written
    line = 1 + written[: written.index("../older-note/")].count("\n")
    build = run_briefgen("build", cwd=empty_project)
    assert build.code == 1
    errors = [entry for entry in build.stderr.splitlines() if ": error: " in entry]
    assert errors[0].startswith(f"content/sahel.md:{line}:")
    assert "broken link `../older-note/`: the site has no `older-note/index.html`" in errors[0]
    assert any("broken link `#wells`" in entry for entry in errors)
