"""The names of a project's folders and files: the only module that knows them.

A project is a folder with `briefgen.yaml`, `content/`, `templates/`, `static/` and
`locales/`; briefgen
writes `site/` and keeps its cache in `.briefgen-cache/`. The built-in theme ships inside the
package. A folder with neither `briefgen.yaml` nor `content/` is no project: no command
writes into it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.diagnostics import BriefgenError, SourcePos, error, missing_project

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic

CONFIG_NAME = "briefgen.yaml"
"""The site settings file, at the project root."""
CONTENT_DIR = "content"
"""Briefings: one Markdown file each."""
BRIEFING_SUFFIX = ".md"
MARKDOWN_SUFFIXES = (".md", ".markdown", ".qmd", ".rmd")
"""File names of Markdown (Quarto's and R Markdown's too), in lower case: a briefing is named
with `BRIEFING_SUFFIX` only, and a file named otherwise of these is told how to rename it."""
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif"})
"""Files a briefing may show as images; in content/ they sit next to the briefings."""
TEMPLATES_DIR = "templates"
MAX_TEMPLATE_BYTES = 2 * 1024 * 1024
"""Largest file of `templates/` read (2 MB, as a briefing; the theme's largest is 12 KB).
Trusted as a template is, one read whole without a limit (a sparse file of 3 GB) took all
the memory (exit 70), and Jinja compiles one of 10 MB in a minute and 4 GB."""
"""The project's template overrides, searched before the theme's."""
STATIC_DIR = "static"
"""Files copied into the site as they are."""
CACHE_DIR = ".briefgen-cache"
"""The incremental build cache and serve's private output."""
OUTPUT_DIR = "site"
"""Where `briefgen build` writes unless told otherwise."""
MARKER = ".briefgen-build"
"""File in every output folder saying briefgen wrote it, so replacing it needs no --force."""
KEPT = frozenset({".git"})
"""Names at the top of the output folder that every build carries into the new site as they
are: no build makes them, lists them or deletes them (build/outdir.py)."""
SPARE_TOKEN = ".briefgen-spare"
"""File in an idle spare tree holding its token (build/spare.py); never part of a site."""
RESERVED_OUTPUT_NAMES = frozenset({MARKER, SPARE_TOKEN, *KEPT})
"""Names at the top of the output folder that are briefgen's: no output is, or is below, one."""
SERVE_OUTPUT = "serve-site"
"""serve's output folder, inside the cache folder, so it never touches site/."""
THEME_DIR = Path(__file__).parent / "theme"
"""The built-in theme (templates and static files), shipped inside the package."""
THEME_TEMPLATES = THEME_DIR / "templates"
THEME_COMPILED = THEME_DIR / "compiled.json"
"""The index of the theme's compiled templates: what each was compiled from."""
THEME_COMPILED_CODE = THEME_DIR / "compiled"
"""The Python Jinja generates for each theme template, `<name>.py`, shipped so a build need
not compile them; Python's own bytecode cache (`__pycache__` beside them) serves their code."""
THEME_STATIC = THEME_DIR / "static"
THEME_SEARCH = THEME_DIR / "search"
"""The search page's script and stylesheet, published only with `search: true`."""
PRINT_TEMPLATES = (
    THEME_TEMPLATES / "print.html",
    THEME_TEMPLATES / "partials",
    THEME_TEMPLATES / "blocks",
)
"""The theme's templates a briefing's PDF is printed from: print.html and what it includes."""
THEME_LOCALES = THEME_DIR / "locales"
"""The theme's gettext catalogs: `<lang>/LC_MESSAGES/messages.po` and its compiled `.mo`."""
LOCALES_DIR = "locales"
"""The project's own catalogs, same layout as the theme's; they win over the theme's."""
ASSETS_DIR = "assets"
"""Where the theme's static files land in the site."""
MEDIA_DIR = "media"
"""Where images from content/ land in the site, at their path under content/."""
SOURCE_DIRS = (CONTENT_DIR, TEMPLATES_DIR, STATIC_DIR, LOCALES_DIR)
"""The folders a project's author writes: never an output folder, never written by a build;
serve rebuilds when they change (or the config file does)."""


LOCK = "lock"
"""What ends the name of the build lock beside an output folder: `.site.lock`."""
STAGE = "stage-"
"""What ends the name of a build's stage beside its output folder, before the build's PID:
`.site.stage-<pid>` (a leftover of any PID is a killed build's)."""
OLD = "old-"
"""What ends the name of the old site a two-rename swap moves aside, before the build's
PID: `.site.old-<pid>` (a leftover of any PID is put back as the site)."""
WRITTEN_BESIDE = {LOCK: "the build lock", STAGE: "the stage", OLD: "the old site"}
"""Each of those endings, and what the name holds: every name a build writes beside its
output folder `site` is `.site.` and one of them."""


def beside_name(output: str, ending: str, pid: int | str = "") -> str:
    """Return the name of what a build writes beside its output folder named `output`:
    `ending` (of WRITTEN_BESIDE), then the build's `pid` for a stage or an old site (`*`
    for the glob of every one)."""
    return f".{output}.{ending}{pid}"


def written_beside(output: str, name: str) -> str | None:
    """Return the ending (of WRITTEN_BESIDE) of `name` when a build writes it beside its
    output folder named `output`, or None."""
    prefix = f".{output}."
    if not name.startswith(prefix):
        return None
    rest = name[len(prefix) :]
    if rest == LOCK:
        return LOCK
    return next((end for end in (STAGE, OLD) if rest.startswith(end)), None)


def output_beside(name: str) -> tuple[str, str] | None:
    """Return the name of an output folder a build of which writes `name` beside it, with
    the ending of `name` (of WRITTEN_BESIDE), or None: no output folder may have such a name,
    which a build of its neighbour would remove, take for its own old site or lock."""
    cut = name.find(".", 2) if name.startswith(".") else -1
    while cut != -1:
        ending = written_beside(name[1:cut], name)
        if ending is not None:
            return name[1:cut], ending
        cut = name.find(".", cut + 1)
    return None


def is_project(folder: Path) -> bool:
    """Return True for a folder with `briefgen.yaml` or `content/` (even a broken one, which a
    command names): the only kind a command may write into."""
    return any(os.path.lexists(folder / name) for name in (CONFIG_NAME, CONTENT_DIR))


def refuse_a_folder_that_is_no_project(root: Path) -> None:
    """Raise BriefgenError, with the error build gives there, unless `root` is a project: a
    mistyped --source makes no project, and briefgen run in a project's content/ (or in any
    folder) leaves no cache and writes no content/content/ there, which no build would read."""
    if not root.is_dir():
        raise BriefgenError([missing_project(root)])
    if not is_project(root):
        raise BriefgenError([missing_content(root)])


def missing_content(root: Path) -> Diagnostic:
    """Return the error for a folder without content/, as every command gives it."""
    hint = "create content/ and put one Markdown file per briefing in it"
    if (project := _project_holding(root)) is not None:
        hint = f"run briefgen in the project folder, {project}, not inside its content/"
    elif not (root / CONFIG_NAME).is_file():  # no sign of a project: the wrong folder
        hint = f"run briefgen in a project folder (`briefgen init` makes one), or {hint}"
    return error(SourcePos(CONTENT_DIR, 1), "content/ folder not found", hint)


def _project_holding(folder: Path) -> Path | None:
    """Return the project (a folder with `briefgen.yaml`) whose content/ is `folder` or holds
    it: briefgen run there instead of in the project folder finds no content/ of its own."""
    resolved = folder.resolve()
    for inside in (resolved, *resolved.parents):
        if inside.name == CONTENT_DIR and (inside.parent / CONFIG_NAME).is_file():
            return inside.parent
    return None
