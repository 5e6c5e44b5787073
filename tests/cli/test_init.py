"""`briefgen init`: a ready project that builds, checks clean and never overwrites a file."""

from __future__ import annotations

import errno
import os
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import TextIO

import pytest
import yaml

from briefgen.commands.init import (
    PAGES_WORKFLOW,
    REQUIREMENTS,
    SCAFFOLD,
    init_project,
    render_scaffold,
)
from briefgen.diagnostics import BriefgenError
from briefgen.installation import installed_requirement
from briefgen.model.site import SETTING_KEYS
from briefgen.project import (
    CACHE_DIR,
    CONFIG_NAME,
    CONTENT_DIR,
    OUTPUT_DIR,
    SOURCE_DIRS,
)
from briefgen.report import RecordingReporter
from briefgen.site.config import parse_config
from tests.cli.test_publish import _actionlint, _actionlint_or_skip
from tests.clirunner import run_command
from tests.conftest import BRIEFING, run_briefgen

EXAMPLE = Path(CONTENT_DIR) / "example.md"


@pytest.fixture(scope="module")
def created(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a project made by `briefgen init` in a new folder."""
    parent = tmp_path_factory.mktemp("init")
    run = run_briefgen("init", "site-project", cwd=parent)
    assert run.code == 0, run.stderr
    return parent / "site-project"


def test_init_writes_every_scaffold_file(created: Path) -> None:
    written = sorted(p.relative_to(created).as_posix() for p in created.rglob("*") if p.is_file())

    assert written == sorted(rel for _, rel in SCAFFOLD)


def test_init_project_builds_and_checks_strict_without_a_warning(created: Path) -> None:
    check = run_briefgen("check", "--strict", cwd=created)
    build = run_briefgen("build", cwd=created)

    assert (check.code, check.stderr) == (0, "")
    assert "1 briefing:" in check.stdout
    assert build.code == 0, build.stderr
    assert (created / OUTPUT_DIR / "example" / "index.html").is_file()
    # No `description:` yet: the home and feed pages are described all the same (Lighthouse).
    for page in ("index.html", "feed/index.html"):
        html = (created / OUTPUT_DIR / page).read_text(encoding="utf-8")
        assert (
            '<meta name="description" content="Briefings published by Policy Briefings.">' in html
        )


def test_init_config_hints_for_pages_and_a_custom_domain_filled_in_together_warn(
    created: Path, tmp_path: Path
) -> None:
    """Both hints, filled in, passed `check --strict`; the site went up at the custom domain's
    root with a 404 page linking `/repo/…` and canonical URLs on github.io."""
    project = shutil.copytree(created, tmp_path / "project")
    config = project / CONFIG_NAME
    text = config.read_text(encoding="utf-8")
    text = text.replace(
        "# base_url: https://OWNER.github.io/REPOSITORY/", "base_url: https://o.github.io/repo/"
    )
    text = text.replace("# cname: briefings.example.org", "cname: briefings.example.org")
    config.write_text(text, encoding="utf-8")
    line = text[: text.index("base_url: https")].count("\n") + 1

    check = run_briefgen("check", "--strict", cwd=project)
    workflow = run_briefgen(
        "check", "--strict", "--base-url", "https://briefings.example.org/", cwd=project
    )

    assert check.code == 1
    assert check.stderr.startswith(
        f"briefgen.yaml:{line}:1: warning: base_url `https://o.github.io/repo/` points away from"
        " the custom domain `briefings.example.org` (`cname`)"
    )
    assert "hint: write `base_url: https://briefings.example.org/`" in check.stderr
    assert (workflow.code, workflow.stderr) == (0, "")


def test_init_example_shows_the_vocabulary(created: Path) -> None:
    text = (created / EXAMPLE).read_text(encoding="utf-8")

    for piece in ("- **", "\nTable: ", "|---|", "[^1]", "\n[^1]: ", "> [!NOTE]", "\nLede\n: "):
        assert piece in text


def test_init_example_switched_to_another_language_is_warned_until_marked_english(
    tmp_path: Path,
) -> None:
    """leftovers45: a project switched to `language: es` after `init` published the English
    example as `lang="es"`, with no word of it."""
    run = run_briefgen("init", "p", cwd=tmp_path)
    assert run.code == 0, run.stderr
    project = tmp_path / "p"
    config = project / CONFIG_NAME
    config.write_text(
        config.read_text(encoding="utf-8").replace("\nlanguage: en\n", "\nlanguage: es\n"),
        encoding="utf-8",
    )
    expected = (
        f"{EXAMPLE.as_posix()}:1:1: warning: the example briefing `briefgen init` wrote is in "
        "English, but its page is published as `es`"
    )
    for _ in range(2):  # the second build replays it from the cache
        build = run_briefgen("build", cwd=project)
        assert build.code == 0, build.stderr
        assert build.stderr.splitlines()[0] == expected
        assert '<html lang="es"' in (project / OUTPUT_DIR / "example" / "index.html").read_text()
    example = project / EXAMPLE
    text = example.read_text(encoding="utf-8")
    example.write_text(text.replace("\ndate: ", "\nlang: en\ndate: ", 1), encoding="utf-8")
    check = run_briefgen("check", "--strict", cwd=project)
    assert (check.code, check.stderr) == (0, "")


def test_init_config_names_every_setting_in_a_comment(created: Path) -> None:
    text = (created / CONFIG_NAME).read_text(encoding="utf-8")
    settings = yaml.safe_load(text)

    assert isinstance(settings, dict)
    for key in SETTING_KEYS:
        assert f"\n# {key}:" in text or f"\n{key}:" in text, key
    assert set(settings) <= set(SETTING_KEYS)


def test_init_pins_this_briefgen_and_ignores_build_output(created: Path) -> None:
    requirements = (created / "requirements.txt").read_text(encoding="utf-8")
    ignored = (created / ".gitignore").read_text(encoding="utf-8").split()

    assert installed_requirement().line in requirements.splitlines()
    assert {f"/{OUTPUT_DIR}/", f"/{CACHE_DIR}/", ".venv/"} <= set(ignored)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_init_gitignore_leaves_git_only_the_projects_own_files(tmp_path: Path) -> None:
    """The build lock stays beside `site/` after every build, and a stage that could not be
    removed would too: `git add -A` once committed them."""
    assert run_briefgen("init", "p", cwd=tmp_path).code == 0
    root = tmp_path / "p"
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    assert run_briefgen("build", cwd=root).code == 0
    (root / f".{OUTPUT_DIR}.stage-1" / "index.html").parent.mkdir()
    (root / f".{OUTPUT_DIR}.stage-1" / "index.html").write_text("old site\n")
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )

    assert sorted(line.removeprefix("?? ") for line in status.stdout.splitlines()) == sorted(
        rel for _, rel in SCAFFOLD
    )


def test_init_workflow_checks_strict_caches_and_passes_actionlint(created: Path) -> None:
    workflow = created / PAGES_WORKFLOW
    steps = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"]["build"]["steps"]
    runs = "\n".join(step.get("run", "") for step in steps)
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache@"))

    assert "pip install -r requirements.txt" in runs
    assert "briefgen check --strict" in runs
    # The cache and the last site, without the spare tree: what makes a CI build incremental
    # (tests/build/test_cache.py builds such a restored checkout).
    paths = cache["with"]["path"].split()
    assert paths == [f"{CACHE_DIR}/", f"!{CACHE_DIR}/spare-*", f"{OUTPUT_DIR}/"]
    lint = _actionlint(_actionlint_or_skip(), workflow)
    assert (lint.returncode, lint.stdout) == (0, "")


def test_init_workflow_caches_by_version_and_sources_falling_back_to_the_version() -> None:
    """The README: the cache is keyed on briefgen's version and a hash of every source folder
    (`content/`, `templates/`, `static/`, `locales/`), `briefgen.yaml` and `requirements.txt`,
    falling back to the newest cache of the same version. A run whose key is found saves no
    cache: an input left out of the key (a `locales/` catalog, a briefgen commit pinned at the
    same version) would have every later run start from the cache before it, and redo its work."""
    steps = yaml.safe_load(render_scaffold("pages.yml"))["jobs"]["build"]["steps"]
    (cache,) = [s for s in steps if s.get("uses", "").startswith("actions/cache@")]
    version = "briefgen-${{ env.BRIEFGEN_VERSION }}-"
    sources = (*(f"{folder}/**" for folder in SOURCE_DIRS), CONFIG_NAME, REQUIREMENTS)
    hashed = ", ".join(f"'{source}'" for source in sources)
    assert cache["with"]["key"] == f"{version}${{{{ hashFiles({hashed}) }}}}"
    assert cache["with"]["restore-keys"] == f"{version}\n"


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")

    run = run_briefgen("init", cwd=tmp_path)

    assert run.code == 1
    assert "is not empty; not creating a project there" in run.stderr
    assert "--force" in run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize("git", ["folder", "file"])
def test_init_takes_a_folder_holding_only_git_for_empty(tmp_path: Path, git: str) -> None:
    """An empty repository cloned from GitHub was refused as not empty, which only `--force`
    got past; a linked worktree's `.git` is a file."""
    if git == "folder":
        (tmp_path / ".git").mkdir()
        (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    else:
        (tmp_path / ".git").write_text("gitdir: /nowhere\n", encoding="utf-8")

    run = run_briefgen("init", cwd=tmp_path)

    assert run.code == 0, run.stderr
    assert f"({len(SCAFFOLD)} files written)" in run.stdout
    assert (tmp_path / EXAMPLE).is_file()


def test_init_force_adds_missing_files_and_skips_existing_ones(tmp_path: Path) -> None:
    (tmp_path / CONFIG_NAME).write_text("title: Ours\n", encoding="utf-8")

    run = run_briefgen("init", "--force", cwd=tmp_path)

    assert run.code == 0, run.stderr
    assert (tmp_path / CONFIG_NAME).read_text(encoding="utf-8") == "title: Ours\n"
    assert f"skipped {CONFIG_NAME}: it already exists" in run.stdout
    assert (tmp_path / EXAMPLE).is_file()
    assert f"({len(SCAFFOLD) - 1} files written)" in run.stdout


def test_init_never_writes_through_a_symlink(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    project = tmp_path / "project"
    project.mkdir()
    (project / CONTENT_DIR).symlink_to(outside, target_is_directory=True)
    (project / "README.md").symlink_to(outside / "readme-target.md")

    run = run_briefgen("init", "--force", str(project), cwd=tmp_path)

    assert run.code == 0, run.stderr
    assert list(outside.iterdir()) == []
    assert f"skipped {EXAMPLE.as_posix()}" in run.stdout
    assert "skipped README.md" in run.stdout


def test_init_into_a_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("", encoding="utf-8")

    run = run_briefgen("init", "taken", cwd=tmp_path)

    assert run.code == 1
    assert "taken exists and is not a folder" in run.stderr


@pytest.mark.parametrize("force", [False, True])
def test_init_refuses_a_content_that_is_a_file(tmp_path: Path, force: bool) -> None:
    """With --force, a file `content` was "skipped content/example.md: it already exists",
    and init said it created a project whose every build stops: content/ is no folder."""
    (tmp_path / CONTENT_DIR).write_text("", encoding="utf-8")

    with pytest.raises(BriefgenError) as raised:
        init_project(tmp_path, RecordingReporter(), force=force)

    assert [(str(d.pos), d.message) for d in raised.value.diagnostics] == [
        (
            f"{tmp_path / CONTENT_DIR}:1:1",
            f"{tmp_path / CONTENT_DIR} is a file, not a folder: a project keeps its briefings "
            "in content/",
        )
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [CONTENT_DIR], "nothing written"


def test_init_force_names_a_file_where_a_folder_goes(tmp_path: Path) -> None:
    (tmp_path / ".github").write_text("", encoding="utf-8")
    reporter = RecordingReporter()

    init_project(tmp_path, reporter, force=True)

    assert f"skipped {PAGES_WORKFLOW}: .github is a file, not a folder" in reporter.infos


def test_init_below_a_file_names_the_file(tmp_path: Path) -> None:
    taken = tmp_path / "taken"
    taken.write_text("", encoding="utf-8")

    with pytest.raises(BriefgenError) as raised:
        init_project(taken / "site", RecordingReporter())

    assert [(str(d.pos), d.message) for d in raised.value.diagnostics] == [
        (f"{taken / 'site'}:1:1", f"{taken} exists and is not a folder")
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_init_unwritable_parent_is_an_error_not_a_crash(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)

    run = run_briefgen("init", "locked/new", cwd=tmp_path)

    assert run.code == 1
    assert "cannot write the project" in run.stderr


class _FullDisk:
    """A file opened on a full disk: it takes half of what is written, then fails."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *_: object) -> None:
        self._stream.close()

    def write(self, text: str) -> int:
        self._stream.write(text[: len(text) // 2])
        self._stream.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_init_on_a_full_disk_leaves_no_half_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """init wrote each file in place: a full disk left half of the example briefing."""
    opened = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda *args, **kwargs: _FullDisk(opened(*args, **kwargs)))

    with pytest.raises(BriefgenError) as caught:
        init_project(tmp_path / "p", RecordingReporter())

    (problem,) = caught.value.diagnostics
    assert problem.message == "cannot write the project: No space left on device"
    assert [path for path in (tmp_path / "p").rglob("*") if not path.is_dir()] == []


# Settings that turn PDFs or search on (or not) as briefgen reads them, each written as a user may.
EXTRAS_CONFIGS = (
    "pdf: true\n",
    "pdf: True\n",
    "pdf: TRUE  # print them\n",
    "pdf: false\n",
    "pdf: {page_size: Letter}\n",
    "pdf:\n  page_size: Letter\n",
    "pdf:  # on Letter paper\n  page_size: Letter\n",
    "pdf : true\n",
    "search: true\n",
    "search: True\n",
    "search: TRUE # find briefings\n",
    "search: false\n",
    "search : true\n",
    "# pdf: true\n# search: true\n",
    # Settings YAML reads as a line search did not:
    '"pdf": true\n',
    "'search': true\n",
    "search:\n  true\n",
    "{pdf: true, search: true}\n",
)


@pytest.mark.parametrize("settings", EXTRAS_CONFIGS)
def test_init_workflow_installs_the_extras_briefgen_yaml_turns_on(
    tmp_path: Path, settings: str
) -> None:
    workflow = yaml.safe_load(render_scaffold("pages.yml"))
    steps = {step.get("name"): step.get("run", "") for step in workflow["jobs"]["build"]["steps"]}
    whole = settings if settings.startswith("{") else "title: T\n" + settings
    # With a byte-order mark too, which editors on Windows write.
    for text in (whole, "\ufeff" + whole):
        (tmp_path / CONFIG_NAME).write_text(text, encoding="utf-8")
        config, problems = parse_config((tmp_path / CONFIG_NAME).read_bytes())
        assert problems == []
        assert _installs(steps["Install what PDFs need"], tmp_path) == config.pdf
        assert _installs(steps["Install what search needs"], tmp_path) == config.search


def _installs(step: str, project: Path) -> bool:
    """Return whether a workflow step's `if` installs its extra in `project`: the condition is
    one command, `.venv/bin/python -m <module> <feature>`, run here as `python -m` in the
    project, forked from the warmed interpreter as the tests' `briefgen` commands are."""
    condition = step.split("if ", 1)[1].split("; then", 1)[0]
    python, dash_m, module, *arguments = shlex.split(condition)
    assert (python, dash_m) == (".venv/bin/python", "-m"), condition
    assert not set(";&|<>$`()") & set(condition), condition  # no more than one command
    code, _, stderr = run_command(arguments, cwd=project, timeout=60, umask=-1, module=module)
    assert stderr == ""
    return code == 0


def test_init_example_is_not_in_the_future_for_a_ci_runner_in_any_time_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Made at UTC+14 and checked at UTC-12 (26 hours behind): the Pages workflow's
    # `check --strict` runs on a runner whose calendar day may be behind the author's.
    monkeypatch.setenv("TZ", "Etc/GMT-14")
    assert run_briefgen("init", "p", cwd=tmp_path).code == 0
    monkeypatch.setenv("TZ", "Etc/GMT+12")
    check = run_briefgen("check", "--strict", cwd=tmp_path / "p")

    assert (check.code, check.stderr) == (0, "")


@pytest.mark.parametrize(
    ("args", "folder", "next_step"),
    [
        (("my briefings",), "my briefings", "next: cd 'my briefings' && briefgen serve"),
        ((), "here", "next: briefgen serve"),
        ((".",), "here", "next: briefgen serve"),
    ],
)
def test_init_next_step_is_a_command_to_paste(
    tmp_path: Path, args: tuple[str, ...], folder: str, next_step: str
) -> None:
    cwd = tmp_path / "here"
    cwd.mkdir()
    run = run_briefgen("init", *args, cwd=cwd if folder == "here" else tmp_path)

    assert run.code == 0, run.stderr
    assert run.stdout.splitlines()[-1] == next_step


@pytest.mark.parametrize("shell", ["bash", "dash"])
@pytest.mark.parametrize(
    "folder",
    ["-dash", "-", "tab\tname", "line\nbreak\n", "it's 100%\\n", "it's\t100%\\", "\u202eevil"],
)
def test_init_next_step_lands_in_the_new_folder_when_pasted(
    tmp_path: Path, shell: str, folder: str
) -> None:
    # A leading dash is no option of `cd`; a control character is neither printed raw nor
    # written in a form the shell reads as another name.
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    run = run_briefgen("init", "--", folder, cwd=tmp_path)
    step = run.stdout.splitlines()[-1].removeprefix("next: ")
    where = tmp_path / "where"

    pasted = subprocess.run(
        [shell, "-c", step.replace("briefgen serve", f"pwd -P > '{where}'")],
        cwd=tmp_path,
        capture_output=True,
        check=False,
    )

    assert run.code == 0, run.stderr
    assert step.isprintable()
    assert (pasted.returncode, pasted.stderr) == (0, b"")
    assert where.read_bytes() == os.fsencode(tmp_path.resolve() / folder) + b"\n"


@pytest.mark.parametrize(("step", "extra"), [("PDFs need", "pdf"), ("search needs", "search")])
def test_init_workflow_adds_extras_to_the_version_requirements_txt_installed(
    step: str, extra: str
) -> None:
    # After an upgrade in requirements.txt, as the project's README says to do, the extra must
    # not pin the version init wrote: pip would go back to it.
    workflow = yaml.safe_load(render_scaffold("pages.yml"))
    steps = {s.get("name"): s.get("run", "") for s in workflow["jobs"]["build"]["steps"]}
    assert "BRIEFGEN_VERSION=" in steps["Install briefgen"]
    line = next(x for x in steps[f"Install what {step}"].splitlines() if "[" + extra in x)
    done = subprocess.run(
        ["bash", "-c", line.strip().replace(".venv/bin/pip", "echo", 1)],
        env={**os.environ, "BRIEFGEN_VERSION": "9.9.9"},
        capture_output=True,
        text=True,
        check=True,
    )

    assert done.stdout == f"install briefgen[{extra}]==9.9.9\n"


@pytest.mark.parametrize(
    ("python", "code", "github_env"),
    [("echo 9.9.9", 0, "BRIEFGEN_VERSION=9.9.9\n"), ("exit 1", 1, "")],
)
def test_init_workflow_install_step_stops_when_briefgen_cannot_be_imported(
    tmp_path: Path, python: str, code: int, github_env: str
) -> None:
    """A requirements.txt that installs no briefgen once left the step green, with an empty
    version: `echo "…$(failing)"` succeeds under `bash -e`, so the error came steps later."""
    workflow = yaml.safe_load(render_scaffold("pages.yml"))
    step = next(
        s for s in workflow["jobs"]["build"]["steps"] if s.get("name") == "Install briefgen"
    )
    # The venv, the install and the import, each a script standing in for the real one.
    for rel, body in {
        "bin/python3": "exit 0",
        ".venv/bin/pip": "exit 0",
        ".venv/bin/python": python,
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
        (tmp_path / rel).chmod(0o755)
    (tmp_path / "step.sh").write_text(step["run"], encoding="utf-8")
    (tmp_path / "github-env").touch()

    # As GitHub runs a `run:` step on Linux.
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "step.sh"],
        cwd=tmp_path,
        env={
            **os.environ,
            "PATH": f"{tmp_path / 'bin'}:{os.environ['PATH']}",
            "GITHUB_ENV": str(tmp_path / "github-env"),
        },
        capture_output=True,
        check=False,
    )

    assert done.returncode == code
    assert (tmp_path / "github-env").read_text(encoding="utf-8") == github_env


def test_init_prints_no_raw_control_byte_for_the_folder_name(tmp_path: Path) -> None:
    run = run_briefgen("init", "a\x1b[31mb", cwd=tmp_path)

    assert run.code == 0, run.stderr
    assert "\x1b" not in run.stdout
    assert "created a briefgen project in a\\x1b[31mb (6 files written)" in run.stdout


def test_init_workflow_publishes_daily_and_checks_scheduled_briefings(tmp_path: Path) -> None:
    # A briefing dated after the push that brings it must neither stop the publication (the
    # strict check) nor wait for the next push to appear on its day.
    workflow = yaml.safe_load(render_scaffold("pages.yml"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    steps = {s.get("name"): s.get("run", "") for s in workflow["jobs"]["build"]["steps"]}
    assert run_briefgen("init", "p", cwd=tmp_path).code == 0
    later = BRIEFING.format(title="Later").replace("2026-03-14", "2999-01-01")
    (tmp_path / "p" / "content" / "later.md").write_text(later, encoding="utf-8")
    pages_url = "https://owner.github.io/repo"  # what configure-pages gives
    command = steps["Check the briefings"].replace("${{ steps.pages.outputs.base_url }}", pages_url)
    check = shlex.split(command.removeprefix(".venv/bin/briefgen "))

    run = run_briefgen(*check, cwd=tmp_path / "p")

    assert [entry["cron"] for entry in triggers["schedule"]] == ["17 0 * * *"]
    assert (run.code, run.stderr) == (0, "")


def test_init_workflow_question_of_what_a_project_needs_takes_one_feature(tmp_path: Path) -> None:
    for arguments in ([], ["pdfs"], ["pdf", "search"]):
        code, _, stderr = run_command(
            arguments, cwd=tmp_path, timeout=60, umask=-1, module="briefgen.commands.needs"
        )
        assert (code, stderr) == (2, "usage: python -m briefgen.commands.needs {pdf,search}\n")


def test_init_workflow_question_needs_nothing_of_settings_it_cannot_read(tmp_path: Path) -> None:
    """The check step after it says what is wrong; the install step must not fail first."""
    (tmp_path / CONFIG_NAME).mkdir()
    code, _, stderr = run_command(
        ["pdf"], cwd=tmp_path, timeout=60, umask=-1, module="briefgen.commands.needs"
    )
    assert (code, stderr) == (1, "")


def test_readme_init_example_prints_and_writes_what_the_readme_says(tmp_path: Path) -> None:
    """The `briefgen init` console example, and the files "A briefing site of your own" says
    init writes: what a new user reads before running it."""
    import re

    from tests.conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n### `briefgen init`\n", 1)[1]
    command, *printed = section.split("```console\n", 1)[1].split("\n```", 1)[0].splitlines()
    prose = " ".join(readme.split("`briefgen init` writes ", 1)[1].split(" It refuses")[0].split())
    named = re.findall(
        r"`([\w/-]*\.[\w./-]+)`", re.sub(r" \([^()]*(\([^()]*\)[^()]*)*\)", "", prose)
    )

    run = run_briefgen(*command.removeprefix("$ briefgen ").split(), cwd=tmp_path)

    # stderr may warn that this checkout's briefgen cannot be installed again on CI (README)
    assert (run.code, run.stdout.splitlines()) == (0, printed)
    project = tmp_path / "my-briefings"
    written = sorted(p.relative_to(project).as_posix() for p in project.rglob("*") if p.is_file())
    assert sorted(named) == written
