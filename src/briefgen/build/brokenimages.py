"""Tell apart the image files a browser shows broken, or as nothing, for a warning at the image.

The bytes at the start of a file say which format it is; they do not say the rest is there. A
download cut short, or an export that failed half-way, still starts like a PNG. Each format's
own framing is walked here (chunks, segments, blocks, boxes), seeking over the picture data
without decoding it, and an SVG is read with expat, which fetches nothing.
"""

from __future__ import annotations

import io
import struct
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from collections.abc import Callable

MAX_SIDE = 1_000_000
"""Widest or tallest size in CSS pixels taken from a file; beyond it (`width="1e400"`, which
reads as infinity) the file says nothing usable, and the page gets no size at all."""
MAX_IMAGE_BYTES = 50 * 1024 * 1024
"""Largest image file a page may show (50 MB, past which GitHub warns of a file): read whole,
a sparse file of 3 GB in content/ took all the memory, and its chunks minutes to walk."""
_WITHIN_HEADER = "it ends within its header"
_AFTER_HEADER = "it ends after its header"
_CUT_SHORT = "it is cut short"
_NO_PICTURE = "it holds no picture"
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
"""The namespace of SVG's elements: a root `<svg>` in no other namespace is an SVG image."""
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
"""The start-of-frame markers, which hold the size (0xC4, 0xC8 and 0xCC are other segments)."""


def broken_image(data: bytes, path: str, size: tuple[float, float], *, svg: bool) -> str | None:
    """Return why browsers would show the image at `path`, whose bytes are `data` (of an
    `svg` or a raster picture), broken or as nothing, or None.

    `size` is what the build read as a raster's size (-1 when it read none); an SVG's size
    is checked where it is read (svgsize.SvgSize.problem).
    """
    if svg:
        return _svg_problem(data, f"`{path}`")
    return broken_picture(io.BytesIO(data), len(data), f"`{path}`", size)


def broken_picture(
    handle: BinaryIO, length: int, named: str, size: tuple[float, float]
) -> str | None:
    """Return why browsers would show the raster picture in `handle` (`length` bytes, of the
    file or data `named`, of `size`) broken or as nothing, or None."""
    head = handle.read(12)
    name, walk = next(((name, walk) for magic, name, walk in _FORMATS if magic(head)), ("", None))
    if walk is None:
        return None  # image_problem has refused it
    handle.seek(0)
    if problem := walk(handle, length):
        return f"{named} is not a readable {name}: {problem}"
    width, height = size
    if width < 0 or height < 0:
        return f"{named} is a {name} whose size briefgen cannot read: it may be damaged"
    if min(width, height) == 0:
        return f"{named} says it is {width:,.0f} by {height:,.0f} pixels: browsers show nothing"
    if max(width, height) > MAX_SIDE:
        return (
            f"{named} says it is {width:,.0f} by {height:,.0f} pixels, past the "
            f"{MAX_SIDE:,} a side briefgen reads"
        )
    return None


def _ended(header_whole: bool, picture_begun: bool) -> str:
    """Return how a file that ends too early was cut."""
    if picture_begun:
        return _CUT_SHORT
    return _AFTER_HEADER if header_whole else _WITHIN_HEADER


def _png(handle: BinaryIO, size: int) -> str | None:
    """Walk a PNG's chunks (length, type, data, checksum) to its IEND."""
    at, whole, begun = 8, set[bytes](), set[bytes]()
    while (header := _read_at(handle, at, 8)) is not None:
        length, kind = struct.unpack(">I4s", header)
        if not whole and kind != b"IHDR":
            return "it has no header (IHDR) where a PNG has one"
        begun.add(kind)
        at += 12 + length
        if at > size:
            break
        if kind == b"IEND":
            return None if b"IDAT" in whole else _NO_PICTURE
        whole.add(kind)
    if at == size and b"IDAT" in whole:
        return None  # no IEND, but every chunk whole: browsers show it
    return _ended(b"IHDR" in whole, b"IDAT" in begun)


def _jpeg(handle: BinaryIO, size: int) -> str | None:
    """Walk a JPEG's segments to its picture data (SOS), past its size (SOF), then find its
    end (EOI), the one `FF D9` the picture data may hold; phones write more data after it."""
    at, framed = 2, False
    while (marker := _read_at(handle, at, 2)) is not None:
        kind = marker[1]
        if marker[0] != 0xFF:
            return f"it is damaged at byte {at:,}"
        if kind == 0xFF or kind == 0x01 or 0xD0 <= kind <= 0xD8:
            at += 1 if kind == 0xFF else 2  # a fill byte, or a marker with no segment
        elif kind == 0xDA:
            if not framed:
                return f"it is damaged at byte {at:,}"
            return None if _holds(handle, at, b"\xff\xd9") else _CUT_SHORT
        elif kind == 0xD9:
            return _NO_PICTURE
        elif (length := _read_at(handle, at + 2, 2)) is None:
            break
        else:
            at += 2 + struct.unpack(">H", length)[0]
            if at > size:
                break
            framed = framed or kind in _JPEG_FRAMES
    return _ended(framed, False)


def _gif(handle: BinaryIO, size: int) -> str | None:
    """Walk a GIF's blocks (extensions and pictures, each in sub-blocks) to its trailer."""
    header = _read_at(handle, 0, 13)
    if header is None:
        return _WITHIN_HEADER
    at = 13 + (3 << ((header[10] & 7) + 1) if header[10] & 0x80 else 0)  # a colour table
    if at > size:
        return _WITHIN_HEADER
    pictures = 0
    while (block := _read_at(handle, at, 1)) not in (None, b";"):
        if block == b",":
            descriptor = _read_at(handle, at + 1, 9)
            if descriptor is None:
                return _CUT_SHORT
            table = 3 << ((descriptor[8] & 7) + 1) if descriptor[8] & 0x80 else 0
            at += 11 + table  # the descriptor, a colour table, the LZW code size
            pictures += 1
        elif block == b"!":
            at += 2  # the label
        else:
            return f"it is damaged at byte {at:,}"
        while (length := _read_at(handle, at, 1)) not in (None, b"\0"):
            at += 1 + length[0]
        if length is None:  # the file ends inside the block
            return _ended(True, pictures > 0)
        at += 1
    if pictures == 0:
        return _NO_PICTURE if block == b";" else _AFTER_HEADER
    return None  # also with no `;` after its last picture: browsers show it whole


def _webp(handle: BinaryIO, size: int) -> str | None:
    """Check a WebP's RIFF length, which counts every byte of its picture."""
    header = _read_at(handle, 0, 20)
    if header is None:
        return _WITHIN_HEADER
    return _CUT_SHORT if size < 8 + struct.unpack("<I", header[4:8])[0] else None


def _avif(handle: BinaryIO, size: int) -> str | None:
    """Walk an AVIF's top-level boxes (ftyp, meta, mdat…): each must end within the file."""
    at, whole, begun = 0, set[bytes](), set[bytes]()
    while at < size:
        header = _read_at(handle, at, 16) or _read_at(handle, at, 8)
        if header is None:
            break
        length, kind = struct.unpack(">I4s", header[:8])
        if length == 1 and len(header) == 16:
            length = struct.unpack(">Q", header[8:])[0]
        elif length == 0:
            length = size - at  # the last box, to the end of the file
        if length < 8:
            return f"it is damaged at byte {at:,}"
        begun.add(kind)
        at += length
        if at <= size:
            whole.add(kind)
    if at > size or b"meta" not in whole:
        return _ended(b"meta" in whole, b"mdat" in begun)
    return None


def _holds(handle: BinaryIO, at: int, wanted: bytes) -> bool:
    """Return whether the file holds `wanted` after `at`, read a megabyte at a time."""
    handle.seek(at)
    tail = b""
    while block := handle.read(1 << 20):
        if wanted in tail + block:
            return True
        tail = block[-len(wanted) + 1 :]
    return False


def _read_at(handle: BinaryIO, at: int, count: int) -> bytes | None:
    """Return `count` bytes from `at`, or None when the file ends before them."""
    handle.seek(at)
    data = handle.read(count)
    return data if len(data) == count else None


_FORMATS: tuple[tuple[Callable[[bytes], bool], str, Callable[[BinaryIO, int], str | None]], ...] = (
    (lambda head: head.startswith(b"\x89PNG\r\n\x1a\n"), "PNG", _png),
    (lambda head: head.startswith(b"\xff\xd8\xff"), "JPEG", _jpeg),
    (lambda head: head[:6] in (b"GIF87a", b"GIF89a"), "GIF", _gif),
    (lambda head: head[8:12] == b"WEBP", "WebP", _webp),
    (lambda head: head[4:8] == b"ftyp", "AVIF", _avif),
)
"""Each raster format by its first bytes, and its walk."""


def raster_format(head: bytes) -> str | None:
    """Return the raster format the first 12 bytes of a file name (`PNG`), or None."""
    return next((name for magic, name, _ in _FORMATS if magic(head)), None)


def _svg_problem(svg: bytes, named: str) -> str | None:
    """Return why an SVG shows broken: XML a browser cannot read (a root never closed, a byte
    that is not UTF-8 when no other encoding is declared, a `prefix:` no `xmlns:prefix`
    declares), or a root element that is not SVG's `<svg>` (one written without its `xmlns`,
    as a chart copied out of a web page's code is). Its size is checked where it is read
    (svgsize), so the size shown and the size checked are one reading."""
    from xml.parsers import expat  # Here: most builds read no SVG

    # Namespaces read as browsers read them: an image's XML is nothing in another namespace.
    parser = expat.ParserCreate(namespace_separator=" ")
    roots: list[str] = []
    parser.StartElementHandler = lambda name, _: roots.append(name) if not roots else None
    try:
        parser.Parse(svg, True)
    except ValueError:
        return None  # an encoding expat cannot read (Shift_JIS) but a browser may
    except expat.ExpatError as error:
        if error.code == expat.errors.codes[expat.errors.XML_ERROR_UNKNOWN_ENCODING]:
            return None
        unbound = error.code == expat.errors.codes[expat.errors.XML_ERROR_UNBOUND_PREFIX]
        return (
            f"{named} is not a readable SVG: XML error at its line {error.lineno}, column "
            f"{error.offset + 1}: {expat.ErrorString(error.code)}"
            + (
                " (a `prefix:` in a name, `xlink:href` say, with no `xmlns:prefix`)"
                if unbound
                else ""
            )
        )
    namespace, _, name = roots[0].rpartition(" ") if roots else ("", "", "")
    if (namespace, name) == (SVG_NAMESPACE, "svg"):
        return None
    wanted = f'browsers show only an `<svg xmlns="{SVG_NAMESPACE}">`'
    if not namespace:
        return f"{named} is not a readable SVG: its `<{name}>` has no `xmlns`, and {wanted}"
    if namespace == SVG_NAMESPACE:  # `<SVG>`: XML names are case-sensitive
        return f"{named} is not a readable SVG: its root element is `<{name}>`, and {wanted}"
    return (
        f"{named} is not a readable SVG: its root element `<{name}>` is of the namespace "
        f"`{namespace}`, and {wanted}"
    )


_OUTSIDE_HINT = (
    "embed the picture in the SVG (Inkscape: Extensions > Images > Embed Images), or export "
    "the drawing as PNG"
)
_HREFS = ("href", "http://www.w3.org/1999/xlink href")
"""An SVG element's link, as SVG 2 writes it and as SVG 1.1's `xlink:href`."""
_LOADING = frozenset(f"{SVG_NAMESPACE} {name}" for name in ("image", "feImage", "use"))
"""The SVG elements that draw what their link names."""


def outside_svg(svg: bytes, named: str) -> tuple[str, str] | None:
    """Return what an SVG that reads as one (`_svg_problem`) draws from another file (an
    `<image>` linked, not embedded, as Inkscape may save it; a `<use>` of another SVG), which
    browsers never load for an SVG shown as an image, and what to do; None when it draws
    nothing from outside itself (a `data:` picture, a `#fragment` of its own)."""
    from xml.parsers import expat  # Here: most builds read no SVG

    parser = expat.ParserCreate(namespace_separator=" ")
    found: list[tuple[str, str, int]] = []

    def start(name: str, attributes: dict[str, str]) -> None:
        if name not in _LOADING:
            return
        link = next((attributes[key] for key in _HREFS if key in attributes), "").strip()
        if link and not link.startswith("#") and link[:5].lower() != "data:":
            found.append((link, name.rpartition(" ")[2], parser.CurrentLineNumber))

    parser.StartElementHandler = start
    try:
        parser.Parse(svg, True)
    except (ValueError, expat.ExpatError):
        return None  # `_svg_problem` says what is wrong with it
    finally:
        # `start` reads the parser's line: a cycle, which workers without the cycle collector
        # would never free.
        parser.StartElementHandler = None
    if not found:
        return None
    link, element, line = found[0]
    more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
    reason = (
        f"{named} draws `{link}` from outside itself, in its `<{element}>` at its line "
        f"{line}{more}: browsers load nothing from outside an SVG shown as an image, so that "
        "part shows nothing"
    )
    return reason, _OUTSIDE_HINT
