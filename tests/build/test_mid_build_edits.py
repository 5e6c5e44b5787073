"""A file rewritten while a build runs, between the read its key comes from and the read its
output comes from: the next build equals a clean one, as for a briefing edited mid-build.

`cp`, `cat >` and many editors open with O_TRUNC, then write: a build may read the file
empty (or half-written) even when it ends with the bytes the build keyed it by. The edit is
made here where the build has taken every key and not yet rendered or copied anything (the
first import of the publishing stage), and the old bytes are put back once it ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from briefgen.build import publish
from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.report import RecordingReporter
from tests.conftest import BRIEFING, copy_project, make_project, snapshot

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.build.discover import LoadedSource
    from briefgen.build.options import Build, BuildResult
    from briefgen.build.staticfiles import StaticFile
    from briefgen.diagnostics import Diagnostic

FOOTER = "templates/partials/footer.html"
CATALOG = "locales/es/LC_MESSAGES/messages.po"
STATIC = "static/data.txt"
PO_HEAD = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: es\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)
VERSIONS = {
    FOOTER: ("<footer>note one</footer>\n", "<footer>note two, longer</footer>\n"),
    CATALOG: (
        PO_HEAD + 'msgid "Built with briefgen"\nmsgstr "Hecho con uno"\n',
        PO_HEAD + 'msgid "Built with briefgen"\nmsgstr "Hecho con dos, más largo"\n',
    ),
    STATIC: ("v1 data\n", "v2 data, longer\n"),
}


def _project(root: Path, rel: str) -> Path:
    settings = "title: T\nlanguage: es\n" if rel == CATALOG else "title: T\n"
    return make_project(
        root,
        f"-- briefgen.yaml --\n{settings}"
        "-- content/a.md --\n" + BRIEFING.format(title="Alpha") + ""
        "-- content/b.md --\n" + BRIEFING.format(title="Beta") + ""
        f"-- {rel} --\n{VERSIONS[rel][0]}",
    )


def _build(root: Path, out: Path | None = None, cache: Path | None = None) -> BuildResult:
    return build_site(
        BuildOptions(root, out or root / "site", cache_dir=cache), RecordingReporter()
    )


def _clean(root: Path, tmp_path: Path) -> dict[str, bytes]:
    copy = copy_project(root, tmp_path / "clean")
    _build(copy)
    return snapshot(copy / "site")


def _rewrite_during_publishing(monkeypatch: pytest.MonkeyPatch, path: Path, text: str) -> None:
    """Make the next build find `path` holding `text` once its keys are taken."""
    real = publish.publish_site

    def rewritten_first(
        build: Build,
        sources: list[LoadedSource],
        static: list[StaticFile],
        problems: list[Diagnostic],
    ) -> BuildResult:
        path.write_text(text, encoding="utf-8")
        return real(build, sources, static, problems)

    monkeypatch.setattr(publish, "publish_site", rewritten_first)


@pytest.mark.parametrize("rel", [FOOTER, CATALOG, STATIC])
@pytest.mark.parametrize("during", ["", "note zero, half"])
def test_a_file_rewritten_during_a_build_shows_at_the_next_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rel: str, during: str
) -> None:
    root = _project(tmp_path / "p", rel)
    _build(root)
    changed = VERSIONS[rel][1]
    (root / rel).write_text(changed, encoding="utf-8")  # a change, so the build renders
    with monkeypatch.context() as patched:
        _rewrite_during_publishing(patched, root / rel, during)
        _build(root)
    (root / rel).write_text(changed, encoding="utf-8")  # the bytes the build started with

    _build(root)

    assert snapshot(root / "site") == _clean(root, tmp_path)
    _build(root)  # and it stays so
    assert snapshot(root / "site") == _clean(root, tmp_path)


def test_a_file_left_as_it_was_during_a_build_keeps_the_next_one_without_work(
    tmp_path: Path,
) -> None:
    root = _project(tmp_path / "p", FOOTER)
    _build(root)
    (root / FOOTER).write_text(VERSIONS[FOOTER][1], encoding="utf-8")
    assert _build(root).written

    assert _build(root).written == []
