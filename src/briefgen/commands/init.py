"""`briefgen init`: write a ready project (example briefing, settings, Pages workflow)."""

from __future__ import annotations

import datetime as dt
import os
import shlex
from importlib.resources import files
from typing import TYPE_CHECKING

import yaml

from briefgen import __version__
from briefgen.commands.gitrepo import current_branch, find_repository
from briefgen.commands.keptfiles import KEPT_FILE_CHECKS
from briefgen.commands.otherdeploys import other_pages_deploys
from briefgen.diagnostics import BriefgenError, SourcePos, error, terminal_safe, warning
from briefgen.files import make_folders, write_file_atomically
from briefgen.installation import REPOSITORY, Requirement, installed_requirement
from briefgen.patterns import pattern
from briefgen.project import (
    BRIEFING_SUFFIX,
    CACHE_DIR,
    CONFIG_NAME,
    CONTENT_DIR,
    LOCALES_DIR,
    OUTPUT_DIR,
    STATIC_DIR,
    TEMPLATES_DIR,
)
from briefgen.report import count

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.report import Reporter

PAGES_WORKFLOW = ".github/workflows/pages.yml"
REQUIREMENTS = "requirements.txt"
PINNED_INSTALL = f".venv/bin/pip install -r {REQUIREMENTS}"
SCAFFOLD = (
    ("briefing.md", f"{CONTENT_DIR}/example{BRIEFING_SUFFIX}"),
    (CONFIG_NAME, CONFIG_NAME),
    ("gitignore.txt", ".gitignore"),
    ("README.md", "README.md"),
    (REQUIREMENTS, REQUIREMENTS),
    ("pages.yml", PAGES_WORKFLOW),
)
"""(file in briefgen/scaffold, path in the new project) for every file init writes."""
DEFAULT_BRANCH = "main"
WRITABLE_BRANCH = pattern(r"[A-Za-z0-9][A-Za-z0-9._/-]*")
"""A branch name the workflow's `branches:` filter can hold as it is: none of the characters
GitHub reads as a pattern (`+`, a leading `!`), none YAML's flow list would end at."""


def init_project(target: Path, reporter: Reporter, *, force: bool = False) -> list[str]:
    """Write the project skeleton into `target` and return the paths written, never overwriting."""
    _refuse_a_folder_another_project_builds(target)
    _refuse_unless_empty(target, force=force)
    written = []
    try:
        make_folders(target)
        repository = find_repository(target.resolve())
        branch = current_branch(repository) if repository else None
        published = branch if branch and WRITABLE_BRANCH.fullmatch(branch) else DEFAULT_BRANCH
        requirement = installed_requirement()
        for name, rel in SCAFFOLD:
            text = render_scaffold(name, branch=published, requirement=requirement.line)
            if (skipped := _create_file(target, rel, text)) is None:
                written.append(rel)
            elif rel in KEPT_FILE_CHECKS:
                KEPT_FILE_CHECKS[rel](target, rel, text, reporter)
            else:
                reporter.info(f"skipped {rel}: {skipped}")
    except OSError as failed:
        raise BriefgenError(
            [error(SourcePos(str(target), 1), f"cannot write the project: {failed.strerror}")]
        ) from None
    if repository and PAGES_WORKFLOW in written:
        _report_workflow_in_repository(target, repository, branch, published, reporter)
    reporter.diagnostics(other_pages_deploys(repository or target, target / PAGES_WORKFLOW))
    if REQUIREMENTS in written and requirement.local_source is not None:
        _report_local_install(target, requirement, reporter)
    reporter.info(f"created a briefgen project in {target} ({count(len(written), 'file')} written)")
    step = "briefgen serve"  # a command to paste: no `cd .` for the current folder
    if not target.samefile(os.curdir):
        step = f"cd {_shell_word(str(target))} && {step}"
    reporter.info(f"next: {step}")
    return written


def _report_workflow_in_repository(
    target: Path, repository: Path, branch: str | None, published: str, reporter: Reporter
) -> None:
    """Say on which branch the workflow publishes, and warn when GitHub will not run it: on a
    branch other than the repository's, or below the repository's root."""
    where = SourcePos(str(target / PAGES_WORKFLOW), 1)
    if published != DEFAULT_BRANCH:
        reporter.info(
            f"the Pages workflow publishes every push to `{published}`, the current branch"
        )
    elif branch != DEFAULT_BRANCH:
        current = f"is `{branch}`" if branch else "cannot be read (HEAD names no branch)"
        message = f"the workflow publishes pushes to `{published}`; the current branch {current}"
        hint = "write the branch you publish from in its `branches: [main]`"
        reporter.diagnostics([warning(where, message, hint)])
    inside = target.resolve().relative_to(repository).as_posix()
    if inside != ".":
        message = (
            f"GitHub runs only the workflows in the repository's root `.github/workflows/`, "
            f"and this one is in `{inside}/`"
        )
        root_workflows = os.path.relpath(repository / ".github" / "workflows")
        hint = (
            f"give the project a repository of its own (`git init` in it), or move the workflow "
            f"to {root_workflows}/ and point it at `{inside}/`: `defaults: run: working-directory:"
            f" {inside}` in its build job, and `{inside}/` before each path it caches, hashes and "
            "uploads"
        )
        reporter.diagnostics([warning(where, message, hint)])


def _report_local_install(target: Path, requirement: Requirement, reporter: Reporter) -> None:
    """Warn that `requirements.txt` names this version's release, as CI cannot install
    briefgen from where this one was installed (a folder, a wheel file)."""
    text = render_scaffold(REQUIREMENTS, requirement=requirement.line)
    line = text.splitlines().index(requirement.line) + 1
    message = (
        f"briefgen was installed from {requirement.local_source}, which the Pages workflow "
        f"cannot install; {REQUIREMENTS} names the v{__version__} release instead"
    )
    hint = (
        "to publish with a briefgen of your own, push it to a repository and write "
        "`briefgen @ git+<its URL>@<commit>` there"
    )
    reporter.diagnostics([warning(SourcePos(str(target / REQUIREMENTS), line), message, hint)])


def _shell_word(folder: str) -> str:
    """Return `folder` as one word that any POSIX shell, dash included, reads back as that name.

    A leading `-` would be taken by `cd` for an option (`-` alone for the last folder), so such a
    name gets `./`. Control characters can be neither printed to the terminal nor written as
    `$'…'`, which dash lacks: they become printf's octal escapes, and a `/` keeps a trailing line
    break from being dropped by the command substitution.
    """
    if folder.startswith("-"):
        folder = f"./{folder}"
    if terminal_safe(folder) == folder:
        return shlex.quote(folder)
    if folder.endswith("\n"):
        folder += "/"
    escaped = "".join(
        "".join(f"\\{byte:03o}" for byte in os.fsencode(char))
        if char in "'%\\" or terminal_safe(char) != char
        else char
        for char in folder
    )
    return f"\"$(printf '{escaped}')\""


def render_scaffold(
    name: str,
    *,
    install: str = PINNED_INSTALL,
    branch: str = DEFAULT_BRANCH,
    requirement: str | None = None,
) -> str:
    """Return a scaffold file's text with the project's folder names, this version, the
    requirement that installs it (by default, as this briefgen was installed) and the branch
    the workflow publishes filled in."""
    text = files("briefgen.scaffold").joinpath(name).read_text(encoding="utf-8")
    values = {
        "VERSION": __version__,
        "REQUIREMENT": requirement or installed_requirement().line,
        "REPOSITORY": REPOSITORY,
        # Today where the day begins last (UTC-12): never after today on any machine, so the
        # example is not left out as future by a CI runner whose day is behind the author's.
        "DATE": (dt.datetime.now(dt.UTC) - dt.timedelta(hours=12)).date().isoformat(),
        "CONTENT_DIR": CONTENT_DIR,
        "TEMPLATES_DIR": TEMPLATES_DIR,
        "STATIC_DIR": STATIC_DIR,
        "LOCALES_DIR": LOCALES_DIR,
        "REQUIREMENTS": REQUIREMENTS,
        "OUTPUT_DIR": OUTPUT_DIR,
        "CACHE_DIR": CACHE_DIR,
        "CONFIG_NAME": CONFIG_NAME,
        "BRANCH": branch,
        # A name such as `1.0` or `yes` would be read as a number or a boolean.
        "BRANCH_YAML": branch if yaml.safe_load(branch) == branch else f'"{branch}"',
        "INSTALL": install,
        "PDF_INSTALL": _extra_install(install, "pdf"),
        "SEARCH_INSTALL": _extra_install(install, "search"),
    }
    for key, value in values.items():
        text = text.replace(f"@@{key}@@", value)
    return text


def _extra_install(install: str, extra: str) -> str:
    """Return the command adding an extra (`pdf`, `search`) to what `install` installs, for the
    workflow: the pinned install's version of briefgen, or this checkout (`pip install .`,
    the repository's own workflow)."""
    if install == PINNED_INSTALL:
        # The version requirements.txt installed (the install step sets it), never this one:
        # after an upgrade there, pinning the version init wrote would install that one again.
        return f'.venv/bin/pip install "briefgen[{extra}]==$BRIEFGEN_VERSION"'
    return f'{install.removesuffix(" .")} ".[{extra}]"'


_BUILT_FOLDERS = {
    CONTENT_DIR: "whose build would read its files as briefings",
    STATIC_DIR: "whose build would publish its files",
    TEMPLATES_DIR: "whose build would read its files as templates",
    LOCALES_DIR: "whose build would read its files as catalogs",
    OUTPUT_DIR: "whose next build replaces that folder and would delete it",
    CACHE_DIR: "the build cache, which briefgen may delete at any time",
}
"""A folder of a project that its build reads, writes or clears, and what it would do to a
project made there."""


def _refuse_a_folder_another_project_builds(target: Path) -> None:
    """Raise BriefgenError when `target` lies in another project's content/, static/,
    templates/, locales/, site/ or .briefgen-cache/: its build would read the new project's
    files as its own (README.md as a briefing without front matter), publish them, or delete
    them. --force does not help: no file of the new project could stay there."""
    try:
        resolved = target.resolve()
    except (OSError, RuntimeError):  # a link that loops: the mkdir that follows says so
        return
    for project in resolved.parents:
        folder = resolved.relative_to(project).parts[0]
        if folder in _BUILT_FOLDERS and (project / CONFIG_NAME).is_file():
            shown = os.path.relpath(project)
            shown = project.as_posix() if shown.startswith("..") else shown.replace(os.sep, "/")
            raise BriefgenError(
                [
                    error(
                        SourcePos(str(target), 1),
                        f"{terminal_safe(str(target))} is inside {folder}/ of the briefgen "
                        f"project in {terminal_safe(shown)}, {_BUILT_FOLDERS[folder]}",
                        "create the project outside that folder (beside it, or in a folder "
                        "of its own)",
                    )
                ]
            )


def _refuse_unless_empty(target: Path, *, force: bool) -> None:
    """Raise BriefgenError when target or a folder on its way is a file, or target is a
    folder with files and no --force."""
    where = SourcePos(str(target), 1)
    # A file on the way (`init notes.txt/site`) would fail the mkdir as "File exists".
    for folder in (target, *target.parents):
        if folder.exists() and not folder.is_dir():
            raise BriefgenError([error(where, f"{folder} exists and is not a folder")])
    content = target / CONTENT_DIR
    if content.exists() and not content.is_dir():
        # --force or not: the project would have no folder for its briefings, and build
        # and serve would stop at once.
        raise BriefgenError(
            [
                error(
                    SourcePos(str(content), 1),
                    f"{content} is a file, not a folder: a project keeps its briefings in "
                    f"{CONTENT_DIR}/",
                    "rename or remove it, then run init again",
                )
            ]
        )
    # A repository made with `git init`, or an empty one just cloned, holds only its `.git`.
    if target.is_dir() and any(e.name != ".git" for e in target.iterdir()) and not force:
        raise BriefgenError(
            [
                error(
                    where,
                    f"{target} is not empty; not creating a project there",
                    "choose an empty or new folder, or pass --force to add only the missing files",
                )
            ]
        )


def _create_file(root: Path, rel: str, text: str) -> str | None:
    """Create root/rel with `text`; return why it was not (it exists, or a folder on its way is
    a link or a file), else None. The file is written whole or not at all: a full disk leaves
    no half of one."""
    path = root / rel
    folder = root
    for part in path.relative_to(root).parent.parts:
        folder = folder / part
        if not folder.is_symlink() and folder.exists() and not folder.is_dir():
            return f"{folder.relative_to(root).as_posix()} is a file, not a folder"
        if folder.is_symlink():
            return _EXISTS
        folder.mkdir(exist_ok=True)
    try:
        write_file_atomically(path, text, overwrite=False)
    except FileExistsError:
        return _EXISTS
    return None


_EXISTS = "it already exists or is a link"
