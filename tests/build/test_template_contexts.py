"""The README's Themes table names what each template's context holds: a theme author writes
templates from it, and Jinja's undefined variables are errors. It said the sitemap had the
feed's `updated`, `feed_page` and `tag`, and both had `tags`; this test builds a site that
renders every template and reads the names each one was given, so the table cannot drift."""

from __future__ import annotations

import re
from collections import defaultdict
from importlib.resources import files
from typing import TYPE_CHECKING

import jinja2
import pytest
from jinja2 import nodes

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from briefgen.site.environment import theme_environment
from tests.conftest import REPO, copy_project, skip_module_without

if TYPE_CHECKING:
    from collections.abc import Mapping

# The search page and the print page are rendered only where their extras are installed.
pytest.importorskip("pagefind")
skip_module_without("weasyprint")

README = (REPO / "README.md").read_text(encoding="utf-8")

READ_BY_FUNCTIONS = frozenset({"catalog", "table_files", "regions"})
"""Context names the theme's functions read (`_()`, `csv_url`, `unique_region_name`), not
templates: the README leaves them out, as a template has no use for them."""

SETTINGS = "search: true\npdf: true\nfeed:\n  full_content: true\n"
"""Every optional page: the search page, the print page and feed entries' content."""

_CODE = re.compile(r"`([^`]+)`")


def _without_asides(text: str) -> str:
    """Return `text` without its parenthesised asides, nested ones too: they describe a name,
    and may quote others (`<ol start>`) that are no context."""
    while True:
        shorter = re.sub(r"\([^()]*\)", "", text)
        if shorter == text:
            return text
        text = shorter


def _names(text: str) -> set[str]:
    """Return the names quoted in `text` outside its asides."""
    return set(_CODE.findall(_without_asides(text)))


def readme_table() -> dict[str, set[str]]:
    """Return the Themes table: each template name (`briefing-<layout>.html` as written) and
    the extra context its row lists."""
    section = README.split("\n## Themes and template overrides\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    table: dict[str, set[str]] = {}
    for row in rows:
        templates, _renders, context = row.strip("|").split(" | ")
        for name in _CODE.findall(templates):
            table[name] = _names(context)
    return table


def readme_common_names() -> set[str]:
    """Return the names the README says every template gets."""
    prose = " ".join(README.split())
    listed = prose.split("Every template also gets ", 1)[1].split(", plus ", 1)[0]
    return _names(listed)


def _pattern(name: str) -> re.Pattern[str]:
    """Return a README template name as a pattern: `<layout>` or `<kind>` stands for a word."""
    parts = re.split(r"<[a-z]+>", name)
    return re.compile("[^/]+".join(re.escape(part) for part in parts))


@pytest.fixture(scope="module")
def contexts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, bool], list[set[str]]]:
    """Build the default site with every optional page and a layout, and return the names
    each template was rendered with: by (template, included), one set per rendering.

    Jinja makes a context for every template it renders and every one it includes (which
    also sees its includer's names and loop variables); `{% extends %}` makes none.
    """
    root = copy_project(REPO, tmp_path_factory.mktemp("contexts") / "project")
    with (root / "briefgen.yaml").open("a", encoding="utf-8") as config:
        config.write(SETTINGS)
    briefing = root / "content" / "rubio-mexico-ecuador-migration.md"
    text = briefing.read_text(encoding="utf-8")
    briefing.write_text(text.replace("\ntitle:", "\nlayout: wide\ntitle:", 1), encoding="utf-8")
    (root / "templates" / "briefing-wide.html").write_text(
        '{% extends "builtin/briefing.html" %}\n', encoding="utf-8"
    )
    seen: dict[tuple[str, bool], list[set[str]]] = defaultdict(list)
    new_context = jinja2.Template.new_context

    def recording(
        template: jinja2.Template,
        values: dict[str, object] | None = None,
        shared: bool = False,
        local: Mapping[str, object] | None = None,
    ) -> jinja2.runtime.Context:
        names = set(values or ()) | set(local or ())
        seen[str(template.name), shared].append(names - set(template.environment.globals))
        return new_context(template, values, shared, local)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jinja2.Template, "new_context", recording)
        reporter = RecordingReporter()
        build_site(BuildOptions(root, root / "site"), reporter)
    assert reporter.problems == []
    return dict(seen)


def _rendered(
    contexts: Mapping[tuple[str, bool], list[set[str]]], included: bool
) -> dict[str, list[set[str]]]:
    """Return the names of the templates rendered (or, with `included`, included)."""
    return {name: found for (name, shared), found in contexts.items() if shared == included}


def _matching(rendered: Mapping[str, list[set[str]]], pattern: re.Pattern[str]) -> list[set[str]]:
    """Return the names of every rendering of a template `pattern` matches."""
    return [names for name, found in rendered.items() if pattern.fullmatch(name) for names in found]


def _extended() -> set[str]:
    """Return the theme's templates that others extend: they see the page's own context."""
    env = theme_environment()
    found = set()
    for path in (files("briefgen") / "theme" / "templates").iterdir():
        if path.name.endswith((".html", ".xml")):
            for node in env.parse(path.read_text(encoding="utf-8")).find_all(nodes.Extends):
                if isinstance(node.template, nodes.Const):
                    found.add(str(node.template.value))
    return found


def test_every_page_gets_the_common_names_the_readme_lists(
    contexts: dict[tuple[str, bool], list[set[str]]],
) -> None:
    pages = [names for found in _rendered(contexts, False).values() for names in found]
    assert readme_common_names() == set.intersection(*pages) - READ_BY_FUNCTIONS


def test_every_template_briefgen_renders_has_a_row(
    contexts: dict[tuple[str, bool], list[set[str]]],
) -> None:
    patterns = [_pattern(name) for name in readme_table()]
    for name in _rendered(contexts, False):
        assert any(p.fullmatch(name) for p in patterns), f"no README row for {name}"


@pytest.mark.parametrize("row", sorted(readme_table()))
def test_readme_row_lists_what_the_template_gets(
    row: str, contexts: dict[tuple[str, bool], list[set[str]]]
) -> None:
    """A rendered template's row lists exactly its names beyond the common ones; an included
    one's names are all there (it also sees its includer's); an extended one lists none."""
    listed = readme_table()[row]
    pages = _rendered(contexts, False)
    common = set.intersection(*(names for found in pages.values() for names in found))
    rendered = _matching(pages, _pattern(row))
    included = _matching(_rendered(contexts, True), _pattern(row))
    if rendered:
        assert all(listed <= names for names in rendered), f"{row} lacks some of {listed}"
        assert set.union(*rendered) - common - READ_BY_FUNCTIONS <= listed
    elif included:
        assert all(listed <= names for names in included), f"{row} lacks some of {listed}"
    else:
        assert row in _extended(), f"{row} is never rendered, included or extended"
        assert listed == set()
