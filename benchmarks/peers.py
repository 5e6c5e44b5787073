"""Write the corpus as Hugo, MkDocs and Pelican projects, and install the Python peers."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import (
    BASE_URL,
    SITE_AUTHOR,
    SITE_DESCRIPTION,
    SITE_TITLE,
    front_matter,
    render_body,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from benchmarks.corpus import BriefingSpec

log = logging.getLogger(__name__)

PEERS_DIR = Path(__file__).resolve().parent / ".peers"
# Pinned the way the issue names them; each lives in its own venv so their deps never meet ours.
PEER_REQUIREMENTS = {
    "mkdocs": ("mkdocs>=1.6,<1.7",),
    "pelican": ("pelican>=4.12,<4.13", "markdown>=3.5"),
}

HUGO_CONFIG = f"""\
baseURL = "{BASE_URL}"
languageCode = "en"
title = "{SITE_TITLE}"
relativeURLs = true
[params]
description = "{SITE_DESCRIPTION}"
author = "{SITE_AUTHOR}"
"""

HUGO_BASEOF = """\
<!doctype html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ .Site.Title }}</title>
<meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}\
{{ .Site.Params.description }}{{ end }}">
</head>
<body>
<header><a href="{{ "" | relURL }}">{{ .Site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
"""

HUGO_SINGLE = """\
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
{{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
<nav>{{ .TableOfContents }}</nav>
{{ .Content }}
<ul class="tags">{{ range .GetTerms "tags" }}
<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}
</ul>
</article>
{{ end }}
"""

HUGO_LIST = """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}
<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>
<time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}
</ul>
{{ end }}
"""

HUGO_INDEX = """\
{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
<ul>{{ range .Site.RegularPages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time>
<p>{{ .Params.summary }}</p></li>{{ end }}
</ul>
{{ end }}
"""

PELICAN_CONFIG = f"""\
# Pelican's own defaults, except what one page per briefing at <slug>/index.html needs.
AUTHOR = "{SITE_AUTHOR}"
SITENAME = "{SITE_TITLE}"
SITEURL = "{BASE_URL.rstrip("/")}"
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
RELATIVE_URLS = True
ARTICLE_URL = "{{slug}}/"
ARTICLE_SAVE_AS = "{{slug}}/index.html"
"""


def write_hugo(specs: Sequence[BriefingSpec], root: Path) -> None:
    """Write a Hugo project: config.toml, layouts/ and content/<slug>.md with YAML front matter."""
    layouts = root / "layouts" / "_default"
    layouts.mkdir(parents=True, exist_ok=True)
    (root / "content").mkdir(parents=True, exist_ok=True)
    (root / "config.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    (layouts / "baseof.html").write_text(HUGO_BASEOF, encoding="utf-8")
    (layouts / "single.html").write_text(HUGO_SINGLE, encoding="utf-8")
    (layouts / "list.html").write_text(HUGO_LIST, encoding="utf-8")
    (root / "layouts" / "index.html").write_text(HUGO_INDEX, encoding="utf-8")
    for spec in specs:
        text = front_matter(spec) + render_body(spec, yaml_tables=False)
        (root / "content" / f"{spec.slug}.md").write_text(text, encoding="utf-8")


def write_mkdocs(specs: Sequence[BriefingSpec], root: Path) -> None:
    """Write an MkDocs project: mkdocs.yml with a short nav, docs/index.md and docs/<slug>.md."""
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    # The default nav lists every page on every page (output grows with N squared): keep it short.
    (root / "mkdocs.yml").write_text(
        f"site_name: {SITE_TITLE}\n"
        f"site_url: {BASE_URL}\n"
        f"site_description: {SITE_DESCRIPTION}\n"
        f"site_author: {SITE_AUTHOR}\n"
        "nav:\n  - Home: index.md\n"
        "markdown_extensions:\n  - tables\n",
        encoding="utf-8",
    )
    index = [f"# {SITE_TITLE}", ""]
    for spec in sorted(specs, key=lambda s: (s.date, s.slug), reverse=True):
        index.append(f"- [{spec.title}]({spec.slug}.md) {spec.date.isoformat()}")
        (docs / f"{spec.slug}.md").write_text(
            front_matter(spec) + render_body(spec, yaml_tables=False), encoding="utf-8"
        )
    (docs / "index.md").write_text("\n".join(index) + "\n", encoding="utf-8")


def write_pelican(specs: Sequence[BriefingSpec], root: Path) -> None:
    """Write a Pelican project: pelicanconf.py and content/<slug>.md with metadata headers."""
    (root / "content").mkdir(parents=True, exist_ok=True)
    (root / "pelicanconf.py").write_text(PELICAN_CONFIG, encoding="utf-8")
    for spec in specs:
        header = (
            f"Title: {spec.title}\n"
            f"Date: {spec.date.isoformat()}\n"
            f"Slug: {spec.slug}\n"
            f"Tags: {', '.join(spec.tags)}\n"
            f"Summary: {spec.summary}\n\n"
        )
        text = header + render_body(spec, yaml_tables=False)
        (root / "content" / f"{spec.slug}.md").write_text(text, encoding="utf-8")


def peer_bin(name: str) -> Path:
    """Return the path of a Python peer's CLI inside its venv."""
    return PEERS_DIR / name / "bin" / name


def setup_peer(name: str) -> bool:
    """Create the peer's venv and install it from PyPI unless present; return whether it works."""
    if peer_bin(name).exists():
        return True
    venv = PEERS_DIR / name
    log.info("installing %s into %s", name, venv)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
        subprocess.run([*pip, *PEER_REQUIREMENTS[name]], check=True)
    except subprocess.CalledProcessError as exc:
        log.warning("could not install %s: %s", name, exc)
        return False
    return peer_bin(name).exists()
