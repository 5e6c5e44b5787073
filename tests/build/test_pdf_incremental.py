"""A PDF has a key of its own: printed again when its briefing, its images or the print
templates change, carried over when only its page's related list or another template does,
and an incremental build still equals a clean one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import lxml.html
import pytest

from briefgen.build.options import BuildOptions
from briefgen.build.pipeline import build_site
from briefgen.project import THEME_TEMPLATES
from briefgen.report import RecordingReporter
from briefgen.site import pdf
from tests.conftest import make_project, skip_module_without, snapshot
from tests.unit.test_figures import png

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.model import Briefing

pypdf = pytest.importorskip("pypdf")
skip_module_without("weasyprint")


def _briefing(title: str, tags: str, body: str = "The lede.\n\n## Section\n\nText.\n") -> str:
    return f"---\ntitle: {title}\ndate: 2025-03-01\ntags: [{tags}]\n---\n\n{body}"


def _project(root: Path) -> Path:
    return make_project(
        root,
        "-- briefgen.yaml --\ntitle: Briefings\nbase_url: https://example.org/b/\npdf: true\n"
        f"-- content/noted.md --\n{_briefing('Noted', 'trade')}"
        f"-- content/third.md --\n{_briefing('Third', 'trade')}"
        f"-- content/other.md --\n{_briefing('Other', 'energy')}",
    )


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the slug of every briefing printed (below 48 briefings, builds run in-process)."""
    slugs: list[str] = []
    real = pdf.print_pdf

    def spy(briefing: Briefing, *args: object, **kwargs: object) -> pdf.PrintedPdf:
        slugs.append(briefing.slug)
        return real(briefing, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "print_pdf", spy)
    return slugs


def _build(root: Path) -> set[str]:
    """Build incrementally into site/, check it equals a clean build, return what changed."""
    result = build_site(BuildOptions(root, root / "site"), RecordingReporter())
    number = len(list(root.parent.glob("clean-*")))
    clean, cache = root.parent / f"clean-{number}", root.parent / f"cache-{number}"
    build_site(BuildOptions(root, clean, cache_dir=cache), RecordingReporter())
    assert snapshot(root / "site") == snapshot(clean)
    return set(result.written)


def _link(site: Path, slug: str) -> str:
    page = lxml.html.fromstring((site / slug / "index.html").read_bytes())
    text: str = page.xpath("//p[@class='pdf-link']/a")[0].text_content()
    return text


def test_pdf_kept_when_only_its_related_list_changes(tmp_path: Path, printed: list[str]) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    link = _link(root / "site", "noted")
    printed.clear()
    other = root / "content" / "other.md"
    other.write_text(_briefing("Other", "trade"), encoding="utf-8")  # now related to noted

    written = _build(root)

    assert "noted/index.html" in written  # its related list changed…
    assert "noted/noted.pdf" not in written  # …its PDF did not
    assert printed.count("noted") == 1  # printed by the clean build only
    assert printed.count("other") == 2  # edited: printed by both builds
    assert _link(root / "site", "noted") == link
    pages = len(pypdf.PdfReader(root / "site" / "noted" / "noted.pdf").pages)
    size = (root / "site" / "noted" / "noted.pdf").stat().st_size
    assert re.fullmatch(rf"Download PDF \({pages} pages?, {round(size / 1000)} KB\)", link)


def test_pdf_printed_again_when_its_briefing_changes(tmp_path: Path, printed: list[str]) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    printed.clear()
    noted = root / "content" / "noted.md"
    noted.write_text(_briefing("Noted", "trade", "A new lede.\n"), encoding="utf-8")

    written = _build(root)

    assert "noted/noted.pdf" in written
    assert sorted(printed) == ["noted", "noted", "other", "third"]  # the clean build prints all


def test_pdf_printed_again_when_the_print_template_changes(
    tmp_path: Path, printed: list[str]
) -> None:
    root = _project(tmp_path / "p")
    _build(root)
    printed.clear()
    template = (THEME_TEMPLATES / "print.html").read_text(encoding="utf-8")
    (root / "templates").mkdir()
    (root / "templates" / "print.html").write_text(
        template.replace("<article>", "<article><p>Printed copy</p>"), encoding="utf-8"
    )

    written = _build(root)

    assert {"noted/noted.pdf", "third/third.pdf", "other/other.pdf"} <= written
    assert printed.count("noted") == 2
    assert "Printed copy" in pypdf.PdfReader(root / "site/noted/noted.pdf").pages[0].extract_text()


def test_pdf_kept_when_a_build_option_it_does_not_read_changes(
    tmp_path: Path, printed: list[str]
) -> None:
    # --future changes every page's key (which briefings are out depends on the day); no PDF
    # reads it, so the PDFs are carried over while the pages are made again.
    root = _project(tmp_path / "p")
    _build(root)
    printed.clear()
    build_site(BuildOptions(root, root / "site", future=True), RecordingReporter())
    assert printed == []
    assert _link(root / "site", "noted").startswith("Download PDF (1 page, ")


def test_pages_of_a_briefing_left_out_go_although_its_pdf_was_kept(tmp_path: Path) -> None:
    # Found by the thorough stateful walk: a changed fingerprint keeps only the outputs keyed
    # apart (PDFs), and the stage took that short list for the whole published site, so a
    # spare tree's pages of a briefing now left out (dated ahead, no --future) stayed.
    root = _project(tmp_path / "p")
    ahead = _briefing("Ahead", "trade").replace("2025-03-01", "2999-01-01")
    (root / "content" / "ahead.md").write_text(ahead, encoding="utf-8")
    site = root / "site"
    build_site(BuildOptions(root, site, future=True), RecordingReporter())
    (root / "templates").mkdir()
    (root / "templates" / "404.html").write_text("<!doctype html><title>Gone</title>\n")
    build_site(BuildOptions(root, site, future=True), RecordingReporter())  # swaps: a spare
    assert (site / "ahead" / "index.html").is_file()

    _build(root)  # no --future: compared with a clean build

    assert not (site / "ahead").exists()


def test_pdf_shows_the_briefing_image_and_reprints_when_it_changes(
    tmp_path: Path, printed: list[str]
) -> None:
    root = _project(tmp_path / "p")
    (root / "content" / "noted").mkdir()
    chart = root / "content" / "noted" / "chart.png"
    chart.write_bytes(png(60, 30))
    noted = root / "content" / "noted.md"
    (root / "static").mkdir()
    (root / "static" / "logo.png").write_bytes(png(20, 40))
    body = "![A chart](noted/chart.png)\n\n![A logo](../static/logo.png)\n"
    noted.write_text(_briefing("Noted", "trade", body), "utf-8")
    _build(root)
    first = pypdf.PdfReader(root / "site" / "noted" / "noted.pdf").pages[0]
    images = [x.get_object() for x in first["/Resources"]["/XObject"].values()]
    sizes = {(x["/Width"], x["/Height"]) for x in images if x["/Subtype"] == "/Image"}
    assert sizes == {(60, 30), (20, 40)}  # from content/ and from static/
    printed.clear()
    chart.write_bytes(png(80, 30))

    assert "noted/noted.pdf" in _build(root)
    assert printed.count("noted") == 2
