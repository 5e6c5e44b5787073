"""An incremental build checks the links that may have broken since the last build, no fewer."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.build.cache import BuildState, CachedSource
from briefgen.build.options import BuildOptions, BuildResult
from briefgen.build.pipeline import build_site
from briefgen.build.scans import SourcesOfPages
from briefgen.diagnostics import BriefgenError
from briefgen.report import RecordingReporter
from briefgen.site import links
from tests.conftest import BRIEFING, make_project

LINKING = BRIEFING.replace("The lede.", "The lede, see [Beta](../b/#first-section).")


def _project(root: Path) -> Path:
    return make_project(
        root,
        "-- content/a.md --\n" + LINKING.format(title="Alpha") + ""
        "-- content/b.md --\n" + BRIEFING.format(title="Beta") + ""
        "-- content/c.md --\n" + BRIEFING.format(title="Gamma"),
    )


def _build(root: Path) -> BuildResult:
    return build_site(BuildOptions(root, root / "site"), RecordingReporter())


def _checked_pages(monkeypatch: pytest.MonkeyPatch) -> list[set[str] | None]:
    """Record the `only` argument of every link check."""
    calls: list[set[str] | None] = []
    check = links.check_links

    def recording(*args: object, **kwargs: object) -> object:
        only = kwargs.get("only")
        calls.append(None if only is None else set(only))  # type: ignore[call-overload]
        return check(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(links, "check_links", recording)
    return calls


def test_edit_keeping_ids_checks_only_pages_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    calls = _checked_pages(monkeypatch)
    with (root / "content" / "b.md").open("a", encoding="utf-8") as stream:
        stream.write("\nOne more sentence.\n")
    _build(root)
    (only,) = calls
    assert only is not None
    assert "b/index.html" in only
    assert "a/index.html" not in only and "c/index.html" not in only


def test_edit_removing_a_linked_heading_is_caught_on_the_unchanged_page(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    text = BRIEFING.format(title="Beta").replace("## First section", "## Renamed section")
    (root / "content" / "b.md").write_text(text, encoding="utf-8")
    with pytest.raises(BriefgenError) as failure:
        _build(root)
    (problem,) = failure.value.diagnostics
    assert problem.pos.path == "content/a.md"
    assert "has no element with id `first-section`" in problem.message


def test_deleting_a_linked_briefing_is_caught_on_the_unchanged_page(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    (root / "content" / "b.md").unlink()
    with pytest.raises(BriefgenError) as failure:
        _build(root)
    assert [d.pos.path for d in failure.value.diagnostics] == ["content/a.md"]


def _damage_links(root: Path) -> None:
    for shard in (root / ".briefgen-cache").glob("links-*.json"):
        shard.write_text("garbage", encoding="utf-8")


def _rename_linked_heading(root: Path) -> None:
    text = BRIEFING.format(title="Beta").replace("## First section", "## Renamed section")
    (root / "content" / "b.md").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("edit_between", [False, True], ids=["next-build", "after-an-edit"])
def test_a_lost_id_is_caught_when_the_cache_lost_the_page_links(
    tmp_path: Path, edit_between: bool
) -> None:
    # Without the last build's scan of b's page, its ids then are unknown: all is checked.
    # An edit in between saves the links it has (c's page, not the carried ones) as trusted.
    root = _project(tmp_path / "p")
    _build(root)
    _damage_links(root)
    if edit_between:
        with (root / "content" / "c.md").open("a", encoding="utf-8") as stream:
            stream.write("\nOne more sentence.\n")
        _build(root)
    _rename_linked_heading(root)
    with pytest.raises(BriefgenError) as failure:
        _build(root)
    assert [d.pos.path for d in failure.value.diagnostics] == ["content/a.md"]


def test_an_id_removed_from_a_static_page_is_caught_on_the_unchanged_page(
    tmp_path: Path,
) -> None:
    page = '<!doctype html><html lang="en"><title>About</title><h2 id="team">Team</h2></html>\n'
    root = _project(tmp_path / "p")
    (root / "static").mkdir()
    (root / "static" / "about.html").write_text(page, encoding="utf-8")
    text = BRIEFING.format(title="Gamma").replace(
        "The lede.", "See [the team](../about.html#team)."
    )
    (root / "content" / "c.md").write_text(text, encoding="utf-8")
    _build(root)
    (root / "static" / "about.html").write_text(page.replace('"team"', '"people"'), "utf-8")
    with pytest.raises(BriefgenError) as failure:
        _build(root)
    assert [d.pos.path for d in failure.value.diagnostics] == ["content/c.md"]


def test_the_sources_of_pages_are_made_only_for_a_message(tmp_path: Path) -> None:
    """The link check names a broken link's Markdown file from the page's source: that map
    (every published file of a large site) is made only when a message asks for it."""
    state = BuildState()
    state.sources["content/a.md"] = CachedSource("d", None, (), ("a/index.html", "a/x.csv"))
    state.sources["content/b.md"] = CachedSource("d", None, (), ())
    pages = SourcesOfPages(state.sources)
    assert pages and pages._found is None
    assert dict(pages) == {"a/index.html": "content/a.md", "a/x.csv": "content/a.md"}
    assert not SourcesOfPages({"content/b.md": state.sources["content/b.md"]})
    root = _project(tmp_path)
    _build(root)
    (root / "content/a.md").write_text(
        LINKING.format(title="Alpha").replace("#first-section", "#no-such-id"), encoding="utf-8"
    )
    with pytest.raises(BriefgenError) as caught:
        _build(root)
    assert any(d.pos.path == "content/a.md" for d in caught.value.diagnostics)
