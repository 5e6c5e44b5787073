"""`new --lang` and `import --lang` start a translation: `content/<slug>.<code>.md`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.conftest import run_briefgen

if TYPE_CHECKING:
    from pathlib import Path

ARTICLE = "Remesas a Guatemala\n\nLas remesas crecieron otra vez en 2025.\n"


def _command(command: str, project: Path, *options: str) -> list[str]:
    """Return the arguments of `new` or `import` writing a Spanish briefing in `project`."""
    if command == "new":
        return ["new", "Remesas a Guatemala", *options]
    article = project / "articulo.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    return ["import", str(article), *options]


@pytest.mark.parametrize("command", ["new", "import"])
def test_new_and_import_lang_write_the_translation_beside_the_original(
    project: Path, command: str
) -> None:
    """`new` wrote English placeholders, headings and examples into the Spanish file."""
    run = run_briefgen(*_command(command, project, "--lang", "es", "--slug", "first"), cwd=project)
    built = run_briefgen("build", "--drafts", cwd=project)

    assert run.code == 0, run.stderr
    assert (project / "content" / "first.es.md").is_file()
    assert built.code == 0, built.stderr
    spanish = (project / "site" / "es" / "first" / "index.html").read_text(encoding="utf-8")
    original = (project / "site" / "first" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="es"' in spanish
    assert 'hreflang="es" href="' in original
    if command == "new":  # from the Spanish skeleton: it was the English one
        assert 'id="puntos-clave"' in spanish and "Qué ocurrió" in spanish
        checked = run_briefgen("check", cwd=project)
        warned = [line for line in checked.stderr.splitlines() if "placeholder text" in line]
        assert [line.split(":")[:2] for line in warned] == [
            ["content/first.es.md", str(line)] for line in (4, 10, 14, 15, 16, 20, 24)
        ]


@pytest.mark.parametrize("command", ["new", "import"])
def test_new_and_import_lang_names_the_file_in_the_tags_usual_case(
    project: Path, command: str
) -> None:
    run = run_briefgen(*_command(command, project, "--lang", "PT-br"), cwd=project)

    assert run.code == 0, run.stderr
    assert (project / "content" / "remesas-a-guatemala.pt-BR.md").is_file()


@pytest.mark.parametrize("command", ["new", "import"])
@pytest.mark.parametrize("lang", ["xx", "old", "es-", "es.md", "x-klingon", ""])
def test_new_and_import_lang_refuse_what_the_build_would_not_read_as_a_language(
    project: Path, command: str, lang: str
) -> None:
    """As a file name's suffix: a tag CLDR does not know would be part of the page's name."""
    run = run_briefgen(*_command(command, project, "--lang", lang), cwd=project)

    assert run.code == 2
    assert f"argument --lang: `{lang}` is not a language tag CLDR knows" in run.stderr
    assert sorted(p.name for p in (project / "content").iterdir()) == ["first.md"]


@pytest.mark.parametrize("lang", ["es", "pt-BR"])
@pytest.mark.parametrize("command", ["new", "import"])
def test_new_and_import_lang_refuse_a_page_another_file_has_in_that_language(
    project: Path, command: str, lang: str
) -> None:
    """Named by its path in the site, in its language's folder: it said `first/`, the page of
    content/first.md."""
    visita = f"---\ntitle: V\ndate: 2026-01-01\nlang: {lang}\nslug: first\nsummary: s\n---\n\nT.\n"
    (project / "content" / "visita.md").write_text(visita, encoding="utf-8")

    run = run_briefgen(*_command(command, project, "--lang", lang, "--slug", "first"), cwd=project)

    assert (run.code, run.stderr.splitlines()[0]) == (
        1,
        f"content/first.{lang}.md:1:1: error: the page `{lang}/first/` is already "
        "content/visita.md's",
    )


@pytest.mark.parametrize("command", ["new", "import"])
def test_new_and_import_slug_with_a_language_suffix_points_to_lang(
    project: Path, command: str
) -> None:
    run = run_briefgen(*_command(command, project, "--slug", "first.es"), cwd=project)

    assert run.code == 2
    assert run.stderr.splitlines()[-1].endswith(
        "argument --slug: `first.es` is not a slug: to write the `es` translation of `first`, "
        "pass `--slug first --lang es`"
    )


@pytest.mark.parametrize("slug", ["es", "pt-br"])
@pytest.mark.parametrize("command", ["new", "import"])
def test_new_and_import_refuse_a_slug_that_is_a_language_folder_of_the_project(
    project: Path, command: str, slug: str
) -> None:
    """`es/` is the home page of the project's Spanish briefings (drafts too: the day one is
    published, the build would refuse this file)."""
    lang = {"es": "es", "pt-br": "pt-BR"}[slug]
    hola = f"---\ntitle: H\ndate: 2026-01-01\nlang: {lang}\ndraft: true\nsummary: s\n---\n\nT.\n"
    (project / "content" / "hola.md").write_text(hola, encoding="utf-8")
    before = sorted(p.name for p in (project / "content").iterdir())

    run = run_briefgen(*_command(command, project, "--slug", slug), cwd=project)
    translated = run_briefgen(
        *_command(command, project, "--slug", slug, "--lang", "fr"), cwd=project
    )

    assert (run.code, run.stderr) == (
        1,
        f"content/{slug}.md:1:1: error: the page `{slug}/` is the home page of the site's "
        f"`{lang}` briefings\n  hint: pass --slug to choose another name\n",
    )
    assert translated.code == 0, translated.stderr  # `fr/{slug}/` is no language's home page
    assert sorted(p.name for p in (project / "content").iterdir()) == sorted(
        [*before, f"{slug}.fr.md"]
    )
