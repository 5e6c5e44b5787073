"""Pictures in trusted raw HTML: each `<img>` found as a browser reads it, and looked up as
the page loads it, for the PDF to print."""

from __future__ import annotations

import pytest

from briefgen.content.images import ImageFile, ImageSettings
from briefgen.content.rawimages import raw_image_warning, raw_images
from briefgen.diagnostics import SourcePos


def test_raw_images_reads_each_src_as_a_browser_does() -> None:
    markup = (
        '<p><IMG alt="a > b" SRC=one.png></p>\n'
        "<!-- <img src=hidden.png> -->\n"
        "<img title='x' src='caf&eacute;.png'><img alt=none><image src=not-img.png>\n"
        '<img\n  src = "three.png"><img alt="<!--" src=four.png>'
    )
    found = list(raw_images(markup))
    assert [src for _, src in found] == ["one.png", "café.png", "three.png", "four.png"]
    assert [markup[offset : offset + 4].lower() for offset, _ in found] == ["<img"] * 4


class _Files:
    """Every site path names an image; remembered, to see what was asked for."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def find(self, path: str) -> ImageFile | str:
        raise AssertionError(path)

    def embedded(self, src: str, data: bytes) -> ImageFile | str:
        raise AssertionError(src)

    def site_image(self, site_path: str) -> ImageFile | str:
        self.asked.append(site_path)
        return ImageFile(site_path)

    def spelling(self, path: str) -> str | None:
        raise AssertionError(path)

    def meant(self, path: str) -> str | None:
        raise AssertionError(path)


@pytest.mark.parametrize(
    ("src", "asked"),
    [
        ("../pic.png", "es/pic.png"),
        ("../../pic.png?v=2#x", "pic.png"),
        ("../../../b/pic.png", "pic.png"),
        ("/b/img/a%20b.png", "img/a b.png"),
        ("/b/es/../img/x.png", "img/x.png"),
        ("chart.png", "es/visit/chart.png"),
        ("https://example.org/b/media/c.png", "media/c.png"),
        ("//example.org/b/media/c.png", "media/c.png"),
    ],
)
def test_raw_image_is_looked_up_where_the_page_loads_it(src: str, asked: str) -> None:
    files = _Files()
    settings = ImageSettings(
        files, printed=True, page="es/visit/", site_url="https://example.org/b/"
    )
    assert raw_image_warning(SourcePos("content/a.md", 3), src, settings) is None
    assert files.asked == [asked]


def test_raw_image_of_another_host_is_warned_and_data_is_printed() -> None:
    files = _Files()
    settings = ImageSettings(files, printed=True, page="visit/")
    at = SourcePos("content/a.md", 3, 5)
    found = raw_image_warning(at, "https://img.example.org/a.png", settings)
    assert found is not None
    assert found.pos == at
    assert found.message.endswith("the PDF never fetches images from the network")
    assert raw_image_warning(at, "data:image/png;base64,AAAA", settings) is None
    assert raw_image_warning(at, "a.png", ImageSettings(files, printed=False)) is None
    assert files.asked == []


def test_raw_image_above_the_root_is_looked_up_at_the_root_of_a_site_at_the_hosts() -> None:
    """Browsers stop at the host's root: `../../../pic.png` from `es/visit/` is `/pic.png`."""
    files = _Files()
    settings = ImageSettings(files, printed=True, page="es/visit/", site_url="https://x.org/")
    assert raw_image_warning(SourcePos("content/a.md", 3), "../../../pic.png", settings) is None
    assert files.asked == ["pic.png"]


@pytest.mark.parametrize(
    ("src", "loaded"),
    [
        ("/img/raw.png", "https://example.org/img/raw.png"),
        ("../../../pic.png", "https://example.org/pic.png"),
        ("https://example.org/other/pic.png", "https://example.org/other/pic.png"),
    ],
)
def test_raw_image_outside_the_base_path_is_warned_of(src: str, loaded: str) -> None:
    """The page at https://example.org/b/es/visit/ loads these from outside its site, and
    the PDF prints their alt text: `/img/raw.png` was looked up as static/img/raw.png."""
    files = _Files()
    settings = ImageSettings(
        files, printed=True, page="es/visit/", site_url="https://example.org/b/"
    )
    found = raw_image_warning(SourcePos("content/a.md", 3), src, settings)
    assert found is not None
    assert found.message == (
        f"raw HTML image `{src}` is not printed in the PDF, which shows its alt text: the page "
        f"loads it from `{loaded}`, outside the site at `https://example.org/b/`"
    )
    assert files.asked == []
