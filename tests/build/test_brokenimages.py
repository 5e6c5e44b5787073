"""Image files a browser shows broken, or as nothing, are told apart (build/brokenimages.py)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pytest

from briefgen.build.images import ProjectImages
from briefgen.content.images import ImageFile
from tests.unit.test_figures import png, png_claiming

if TYPE_CHECKING:
    from pathlib import Path

GIF = (
    b"GIF89a\x02\x00\x02\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff"  # header, 2-colour table
    b",\x00\x00\x00\x00\x02\x00\x02\x00\x00\x02\x02\x44\x01\x00;"  # one picture, the trailer
)
JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
JPEG_SIZE = b"\xff\xc0\x00\x0b\x08\x00\x02\x00\x03\x01\x01\x11\x00"  # 3 by 2, one component
JPEG = JPEG_HEAD + JPEG_SIZE + b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00" + b"\x12\x34\xff\xd9"


def _problem(tmp_path: Path, name: str, data: bytes) -> str | None:
    """Return why a page's image in static/ shows broken, as the build finds it."""
    (tmp_path / "static").mkdir(exist_ok=True)
    (tmp_path / "static" / name).write_bytes(data)
    found = ProjectImages(tmp_path, "../").find(f"static/{name}")
    assert isinstance(found, ImageFile), found
    return found.broken


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("a.png", png(4, 4)[:8], "is not a readable PNG: it ends within its header"),
        ("a.png", png(4, 4)[:33], "is not a readable PNG: it ends after its header"),
        ("a.png", png(40, 40)[:60], "is not a readable PNG: it is cut short"),
        ("a.png", png(4, 4)[:33] + png(4, 4)[-12:], "is not a readable PNG: it holds no picture"),
        ("a.jpg", JPEG_HEAD[:10], "is not a readable JPEG: it ends within its header"),
        ("a.jpg", JPEG_HEAD + JPEG_SIZE, "is not a readable JPEG: it ends after its header"),
        ("a.jpg", JPEG[:-4], "is not a readable JPEG: it is cut short"),
        ("a.gif", b"GIF89a", "is not a readable GIF: it ends within its header"),
        ("a.gif", GIF[:13], "is not a readable GIF: it ends within its header"),
        ("a.gif", GIF[:19], "is not a readable GIF: it ends after its header"),
        ("a.gif", GIF[:-4], "is not a readable GIF: it is cut short"),
        ("a.gif", GIF[:19] + b";", "is not a readable GIF: it holds no picture"),
        ("a.png", png_claiming(0, 0), "says it is 0 by 0 pixels: browsers show nothing"),
        (
            "a.png",
            png_claiming(2**31 - 1, 2**31 - 1),
            "says it is 2,147,483,647 by 2,147,483,647 pixels, past the 1,000,000 a side "
            "briefgen reads",
        ),
    ],
)
def test_broken_image_tells_a_raster_file_cut_short_or_of_no_size(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    """Each was published without a word, and a reader saw a broken image."""
    assert _problem(tmp_path, name, data) == f"`static/{name}` {problem}"


SVG = '<svg xmlns="http://www.w3.org/2000/svg" {}><rect width="8" height="4"/></svg>'


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (
            SVG.format('width="8"')[:-6].encode(),
            "is not a readable SVG: XML error at its line 1, column 79: no element found",
        ),
        (
            SVG.format('width="8"').encode() + b"\0",
            "is not a readable SVG: XML error at its line 1, column 85: not well-formed "
            "(invalid token)",
        ),
        (
            SVG.format('width="8"').replace("<rect", "<text>caf\xe9</text><rect").encode("latin-1"),
            "is not a readable SVG: XML error at its line 1, column 60: not well-formed "
            "(invalid token)",
        ),
        (
            SVG.format('width="-10" height="4"').encode(),
            "says it is `-10` wide, no size a page can show it at",
        ),
        (
            SVG.format('height="NaN"').encode(),
            "says it is `NaN` high, no size a page can show it at",
        ),
        (
            SVG.format('height="1e-999px"').encode(),
            "says it is `1e-999px` high, no size a page can show it at",
        ),
        (
            SVG.format('width="1e400"').encode(),
            "says it is `1e400` wide, past the 1,000,000 a side briefgen reads",
        ),
        (
            SVG.format('width="2000000"').encode(),
            "says it is `2000000` wide, past the 1,000,000 a side briefgen reads",
        ),
        (
            SVG.format('viewBox="0 0 0 5"').encode(),
            'has `viewBox="0 0 0 5"`, no size a page can show it at',
        ),
        # Every unit the size is read in is checked as px is.
        (
            SVG.format('width="0mm" height="10mm"').encode(),
            "says it is `0mm` wide, no size a page can show it at",
        ),
        (
            SVG.format('width="-10mm" height="10mm" viewBox="0 0 10 5"').encode(),
            "says it is `-10mm` wide, no size a page can show it at: it is shown at its other "
            "side's size and its viewBox's shape, 76 by 38 pixels",
        ),
        (
            SVG.format('width="400" height="0" viewBox="0 0 10 10"').encode(),
            "says it is `0` high, no size a page can show it at: it is shown at its other side's "
            "size and its viewBox's shape, 400 by 400 pixels",
        ),
        (
            SVG.format('width="0" height="0" viewBox="0 0 8 4"').encode(),
            "says it is `0` wide, no size a page can show it at: it is shown at its viewBox's "
            "size, 8 by 4 pixels",
        ),
        (
            SVG.format('height="300000mm"').encode(),
            "says it is `300000mm` high, past the 1,000,000 a side briefgen reads",
        ),
        (
            SVG.format('width="1e308mm"').encode(),
            "says it is `1e308mm` wide, past the 1,000,000 a side briefgen reads",
        ),
        # Chromium shows each of these four broken (naturalWidth 0): an image's XML is read
        # with its namespaces, and nothing but SVG's `<svg>` root draws. A chart copied from a
        # web page's code has no `xmlns`.
        (
            SVG.format('width="8"').replace(' xmlns="http://www.w3.org/2000/svg"', "").encode(),
            'is not a readable SVG: its `<svg>` has no `xmlns`, and browsers show only an `<svg xmlns="http://www.w3.org/'
            '2000/svg">`',
        ),
        (
            SVG.format('width="8"').replace("<rect", '<image xlink:href="a.png"/><rect').encode(),
            "is not a readable SVG: XML error at its line 1, column 51: unbound prefix (a "
            "`prefix:` in a name, `xlink:href` say, with no `xmlns:prefix`)",
        ),
        (
            SVG.format('width="8"').replace("<svg", "<SVG").replace("</svg", "</SVG").encode(),
            'is not a readable SVG: its root element is `<SVG>`, and browsers show only an `<svg xmlns="http://www.w3.org'
            '/2000/svg">`',
        ),
        (
            b'<html xmlns="http://www.w3.org/1999/xhtml">' + SVG.format("").encode() + b"</html>",
            "is not a readable SVG: its root element `<html>` is of the namespace "
            "`http://www.w3.org/1999/xhtml`, and browsers show only an "
            '`<svg xmlns="http://www.w3.org/2000/svg">`',
        ),
    ],
)
def test_broken_image_tells_an_svg_browsers_cannot_read_or_draw(
    tmp_path: Path, data: bytes, problem: str
) -> None:
    """A root never closed, a NUL or a Latin-1 byte is an XML error a browser shows in the
    image's place; a size of 0, below 0 or not a number leaves nothing to see."""
    assert _problem(tmp_path, "c.svg", data) == f"`static/c.svg` {problem}"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.png", png(4, 4)),
        ("a.png", png(4, 4) + b"written after IEND"),
        ("a.png", png(4, 4)[:-12]),  # no IEND: browsers show every row
        ("a.jpg", JPEG),
        ("a.jpg", JPEG + b"SEFH phone data after the end"),
        ("a.gif", GIF),
        ("a.gif", GIF[:-1]),  # no trailer, as in IDLE's own icons: browsers show it whole
        ("a.svg", SVG.format("").encode()),
        ("a.svg", SVG.format('width="100%" height="8cm"').encode()),
        # No number to a browser, which reads ASCII digits only: not one past MAX_SIDE.
        ("a.svg", SVG.format('width="\u0662\u0660\u0660\u0660\u0660\u0660\u0660"').encode()),
        ("a.svg", b'<?xml version="1.0" encoding="ISO-8859-1"?>' + SVG.format("").encode()),
        ("a.svg", b'<?xml version="1.0" encoding="Shift_JIS"?>' + SVG.format("").encode()),
        (
            "a.svg",
            SVG.format('xmlns:xlink="http://www.w3.org/1999/xlink" xml:space="preserve"')
            .replace("<rect", '<image xlink:href="a.png"/><rect')
            .encode(),
        ),
    ],
)
def test_broken_image_passes_a_whole_file(tmp_path: Path, name: str, data: bytes) -> None:
    assert _problem(tmp_path, name, data) is None


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "GIF", "WEBP", "AVIF"])
def test_broken_image_passes_what_pillow_writes_and_tells_it_cut_in_half(
    tmp_path: Path, kind: str
) -> None:
    image = pytest.importorskip("PIL.Image")
    picture = image.new("RGB", (120, 80), "orange")
    name, written = f"a.{kind.lower()}", io.BytesIO()
    frames = {} if kind == "JPEG" else {"save_all": True, "append_images": [picture.rotate(9)]}
    picture.save(written, kind, **frames)
    data = written.getvalue()
    assert _problem(tmp_path, name, data) is None
    problem = _problem(tmp_path, name, data[: len(data) // 2])
    assert problem is not None
    assert problem.startswith(f"`static/{name}` is not a readable {kind.replace('WEBP', 'WebP')}")


@pytest.mark.parametrize(
    ("inner", "outside"),
    [
        # Inkscape's linked picture, as it saves one not embedded: Chromium drew nothing there.
        (
            '<image xlink:href="file:///home/me/photo.png" width="4" height="4"/>',
            "draws `file:///home/me/photo.png` from outside itself, in its `<image>` at its line "
            "2: browsers load nothing from outside an SVG shown as an image, so that part shows "
            "nothing",
        ),
        (
            '<image href="a.png"/>\n<use href="icons.svg#pin"/>',
            "draws `a.png` from outside itself, in its `<image>` at its line 2 (and 1 more): "
            "browsers load nothing from outside an SVG shown as an image, so that part shows "
            "nothing",
        ),
        ('<image href="data:image/png;base64,iVBORw0KGgo="/><use href="#pin"/>', None),
    ],
)
def test_an_svg_drawing_a_file_of_its_own_is_told(
    tmp_path: Path, inner: str, outside: str | None
) -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="8" height="4">\n{inner}\n</svg>'
    )
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "c.svg").write_text(svg)
    found = ProjectImages(tmp_path, "../").find("static/c.svg")
    assert isinstance(found, ImageFile) and found.broken is None
    if outside is None:
        assert found.outside is None
    else:
        assert found.outside is not None
        assert found.outside[0] == f"`static/c.svg` {outside}"
        assert found.outside[1].startswith("embed the picture in the SVG")
