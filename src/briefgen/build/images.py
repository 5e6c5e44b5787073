"""The project's image files, as the parser sees them: found, sized, and copied with the page.

An image in content/ is copied to `media/<its path under content/>` as one of the pages of
each briefing that shows it, so the incremental build carries it over or drops it with that
briefing. An image in static/ is already in the site (static/ is copied as it is).
"""

from __future__ import annotations

import io
import logging
import os
import unicodedata
import urllib.parse
from typing import TYPE_CHECKING

from briefgen.build.brokenimages import (
    MAX_IMAGE_BYTES,
    MAX_SIDE,
    broken_image,
    broken_picture,
    outside_svg,
    raster_format,
)
from briefgen.build.collisions import folded_name, how_they_differ
from briefgen.build.printable import pdf_problem, pixels_problem
from briefgen.build.svgscript import script_problem
from briefgen.build.svgsize import SVG_HEAD_BYTES, missing_svg_tag, svg_size, svg_tag
from briefgen.content.images import ImageFile, ImageSettings
from briefgen.content.slugs import unportable_segment
from briefgen.diagnostics import excerpt, over_limit, terminal_safe
from briefgen.encodings import wide_encoding
from briefgen.files import FileTooLargeError, read_regular_file
from briefgen.project import CONTENT_DIR, IMAGE_SUFFIXES, MEDIA_DIR, STATIC_DIR
from briefgen.site.urls import media_path

if TYPE_CHECKING:
    from pathlib import Path
    from typing import BinaryIO

    from briefgen.build.svgsize import LayoutSide
    from briefgen.model import SiteConfig

log = logging.getLogger(__name__)

_NOT_AN_IMAGE = "is not an image: its bytes are not PNG, JPEG, GIF, WebP or AVIF"
_RELATIVE_HINT = "give its `<svg>` a `width` and `height` in px, or in pt, mm, cm or in"


class ProjectImages:
    """Finds image files for one briefing and remembers the content/ ones it must copy."""

    def __init__(self, root: Path, page_root: str, *, printed: bool = False) -> None:
        self.root = root
        self.page_root = page_root
        """From the briefing's page back to the site root (`../`, `../../` in a translation)."""
        self.printed = printed
        """True when the briefing is printed to PDF: images it cannot print are told apart."""
        self._real_root: Path | None = None
        self._case_blind: bool | None = None
        self._listed: dict[Path, frozenset[str]] = {}
        self._folded: dict[Path, dict[str, str]] = {}
        """Each folder's names by their case-folded name, the first in sorted order."""
        self.copies: dict[str, bytes] = {}
        """Site path -> bytes, for every content/ image the briefing shows: the bytes checked
        are the bytes published, whatever is at the path by the time the page is written."""
        self.shown: dict[str, bytes] = {}
        """Site path -> bytes, for every image the briefing shows (static/ ones too) that its
        PDF can print: the only files WeasyPrint is given."""

    @property
    def real_root(self) -> Path:
        """The project root with its symlinks resolved, worked out for the first image: most
        briefings show none, and resolving it for each cost a briefing 0.3% of its compile."""
        if self._real_root is None:
            self._real_root = self.root.resolve()
        return self._real_root

    def find(self, path: str) -> ImageFile | str:
        """Return the image at a project path, or why the page cannot show it."""
        return self._find(path, publish=True)

    def site_image(self, site_path: str) -> ImageFile | str:
        """Return the image file a page loads from `site_path`, or why the PDF cannot print
        it: a content/ one (`media/…`) is printed, and published only by a Markdown image."""
        top, _, rest = site_path.partition("/")
        path = f"{CONTENT_DIR}/{rest}" if top == MEDIA_DIR and rest else f"{STATIC_DIR}/{site_path}"
        return self._find(path, publish=False)

    def spelling(self, path: str) -> str | None:
        """Return the project path of the file `path` names as its folders spell it, when that
        differs from `path` by case alone (`Img/Chart.png` for `img/chart.png`); None when it
        does not, or names no file. Only a file system that ignores case has both names.

        Each name is a look-up in its folder's names by case, indexed once a folder, so the
        time is linear: a missing image costs no pass over a folder of thousands of files.
        """
        if not self._ignores_case() and os.path.lexists(self.root / path):
            return None  # as written is as on disk
        folder, spelled = self.root, []
        for name in path.split("/"):
            if name not in self._names(folder):
                on_disk = self._by_case(folder).get(name.casefold())
                if on_disk is None:
                    return None
                name = on_disk
            spelled.append(name)
            folder = folder / name
        found = "/".join(spelled)
        return found if found != path else None

    def _ignores_case(self) -> bool:
        """Whether the project's file system ignores case (macOS's, Windows'), looked up once."""
        if self._case_blind is None:
            try:
                upper = self.root / CONTENT_DIR.upper()
                self._case_blind = upper.samefile(self.root / CONTENT_DIR)
            except (OSError, ValueError):
                self._case_blind = False
        return self._case_blind

    def _by_case(self, folder: Path) -> dict[str, str]:
        """Return the names in `folder` by their case-folded name, the first in sorted order
        where two differ only by case (`CHART.png` before `Chart.png`), made once."""
        folded = self._folded.get(folder)
        if folded is None:
            folded = {}
            for name in sorted(self._names(folder)):
                folded.setdefault(name.casefold(), name)
            self._folded[folder] = folded
        return folded

    def _names(self, folder: Path) -> frozenset[str]:
        """Return the names in `folder`, read once (none when it is no folder)."""
        names = self._listed.get(folder)
        if names is None:
            try:
                names = frozenset(entry.name for entry in folder.iterdir())
            except (OSError, ValueError):
                names = frozenset()
            self._listed[folder] = names
        return names

    def meant(self, path: str) -> str | None:
        """Return the project path of the file a link to the missing image `path` most likely
        meant, outside its folder (`static/img/logo.png` for `content/img/logo.png`), which its
        error names; None when that is no file's, or when `path` names one."""
        file = self.root / path
        if os.path.lexists(file) or (found := self._meant(file)) is None or found[0]:
            return None
        return found[1]

    def _beside(self, file: Path) -> str:
        """Return `; its folder has `chart.png`` or `; there is `content/img/chart.png`` for
        the file a link to the missing `file` most likely meant (`_meant`), else nothing."""
        if (found := self._meant(file)) is None:
            return ""
        return f"; {'its folder has' if found[0] else 'there is'} `{excerpt(found[1], 60)}`"

    def _meant(self, file: Path) -> tuple[bool, str] | None:
        """Return (True, `chart.png`) for a missing `chart.jpg` whose folder holds one image of
        its name with another extension (a chart exported as PNG and linked as JPEG, or the
        other way round) or with its extension doubled or undoubled (`chart.png` for
        `chart.png.png`, as a save dialog adds one), or with the extension it lacks (`chart.png`
        for `chart`); else (False, `content/img/chart.png`) for one so named in a folder beside
        it or the one above (`_elsewhere`); else None. Not its own name in another case, which
        the hint names, nor a broken symlink of its name."""
        names = self._names(file.parent)
        if not file.suffix:  # `chart` for `chart.png`
            found = [
                name
                for name in names
                if (other := file.with_name(name)).stem == file.name
                and other.suffix.lower() in IMAGE_SUFFIXES
            ]
        elif file.suffix.lower() in IMAGE_SUFFIXES:
            found = [name for name in names if _same_image(name, file)]
        else:
            return None
        if len(found) == 1:
            return True, found[0]
        elsewhere = self._elsewhere(file) if not found and file.suffix else None
        return (False, elsewhere) if elsewhere else None

    def _elsewhere(self, file: Path) -> str | None:
        """Return the project path of the file `file` meant, written from the project's root
        or in the wrong top folder (content/ or static/); else of the one file of its name in
        a folder of its folder, the folder above it or a folder of that one (`img/chart.png`
        for `chart.png`, or the other way round), within its top folder; None for none or
        several. Asked of a missing image only, and only of folders among a few dozen names
        with no `.` in them (files have one): a folder of many briefings is not searched."""
        parts = file.relative_to(self.root).parts
        top = self.root / parts[0]
        # Written from the project's root (`content/img/a.png`, read as content/content/…),
        # or in the other top folder (`images/logo.png` for static/images/logo.png).
        other = STATIC_DIR if parts[0] == CONTENT_DIR else CONTENT_DIR
        moved = [self.root.joinpath(*parts[1:]), self.root.joinpath(other, *parts[1:])]
        if len(parts) > 2 and (found := next((m for m in moved if m.is_file()), None)):
            return found.relative_to(self.root).as_posix()
        folders = [file.parent]
        if file.parent != top:
            folders.append(file.parent.parent)
        candidates: list[Path] = [folder.parent / file.name for folder in folders[1:]]
        for folder in folders:
            subfolders = [name for name in self._names(folder) if "." not in name]
            if len(subfolders) > _MOST_FOLDERS_SEARCHED:
                return None
            candidates += [folder / name / file.name for name in sorted(subfolders)]
        hits = [c for c in dict.fromkeys(candidates) if c.parent != file.parent and c.is_file()]
        return hits[0].relative_to(self.root).as_posix() if len(hits) == 1 else None

    def _find(self, path: str, *, publish: bool) -> ImageFile | str:
        file = self.root / path
        try:
            real = file.resolve(strict=True)
        except PermissionError as exc:  # a folder on its way cannot be entered: it is there
            return f"`{excerpt(path, 60)}` cannot be read ({exc.strerror or exc})"
        except (OSError, RuntimeError, ValueError):  # ValueError: a NUL, which no name holds
            return f"no file `{excerpt(path, 60)}`{self._beside(file)}"
        if not real.is_relative_to(self.real_root):
            return f"`{excerpt(path, 60)}` is a symlink that leaves the project"
        if not real.is_file():
            return f"`{excerpt(path, 60)}` is not a file"
        if file.name.startswith("."):
            # Neither keyed (imagestamps.image_stamps) nor copied from static/: never shown.
            return (
                f"`{excerpt(path, 60)}` is a dot-file, which briefgen leaves alone; "
                "rename it without the leading dot"
            )
        if file.suffix.lower() not in IMAGE_SUFFIXES:
            return f"`{excerpt(path, 60)}` is not an image (png, jpg, gif, webp, svg or avif)"
        try:  # as it is now: one swapped since the check for a FIFO or a link out is refused
            data = read_regular_file(real, MAX_IMAGE_BYTES, inside=str(self.real_root))
        except FileTooLargeError as exc:
            return over_limit(f"`{excerpt(path, 60)}`", exc.size, MAX_IMAGE_BYTES)
        except OSError as exc:
            return f"`{excerpt(path, 60)}` cannot be read ({exc.strerror or exc})"
        svg = real.suffix.lower() == ".svg"
        top, _, rest = path.partition("/")
        problem = image_problem(data, path, svg=svg, copied=top == CONTENT_DIR)
        if top == CONTENT_DIR and not problem:
            problem = _media_problem(path, media_path(rest), self.copies)
        if problem:
            return problem
        read = svg_size(data) if svg else None
        raw_size = read.size if read else _raster_size(io.BytesIO(data))
        width, height = _usable_size(raw_size, path)
        if top == CONTENT_DIR:
            site_path = media_path(rest)
            if publish:
                self.copies[site_path] = data
        else:
            assert top == STATIC_DIR, path
            site_path = rest
        unprintable = pdf_problem(data if svg else None, width, height) if self.printed else None
        if unprintable is None:  # WeasyPrint never gets one: an SVG drawing millions hangs it
            self.shown[site_path] = data
        broken = broken_image(data, path, raw_size, svg=svg)
        if broken is None and read is not None and read.problem is not None:
            broken = f"`{path}` {read.problem}"
            if read.sized_by is not None and width is not None and height is not None:
                broken += f": it is shown at {read.sized_by}, {width:,} by {height:,} pixels"
        url = self.page_root + urllib.parse.quote(site_path)
        resized = _layout_sized(read.relative if read else None, width, height)
        outside = outside_svg(data, f"`{path}`") if svg and broken is None else None
        return ImageFile(url, width, height, unprintable, broken, resized=resized, outside=outside)

    def embedded(self, src: str, data: bytes) -> ImageFile | str:
        """Return a `data:` image, whose bytes are `data`, or why the page cannot show it: its
        bytes are read as a file's are, for the same size, error or warning."""
        if raster_format(data[:12]) is None:
            return f"its data {_NOT_AN_IMAGE}"
        size = _raster_size(io.BytesIO(data))
        width, height = _usable_size(size, "a data: image")
        unprintable = pixels_problem(width, height) if self.printed else None
        broken = broken_picture(io.BytesIO(data), len(data), "its data", size)
        return ImageFile(src, width, height, unprintable, broken)

    def pages(self) -> tuple[tuple[str, bytes], ...]:
        """Return the content/ images to publish with the briefing, as (site path, bytes)."""
        return tuple(sorted(self.copies.items()))

    def files(self) -> dict[str, bytes]:
        """Return every image the briefing shows that its PDF can print, by site path."""
        return dict(sorted(self.shown.items()))


_MOST_FOLDERS_SEARCHED = 40
"""How many folders of a folder a missing image is looked for in (`_elsewhere`), at most."""


def _same_image(name: str, file: Path) -> bool:
    """Whether a folder's `name` is the image `file` names with another extension, or its
    extension doubled (`chart.png.png`) or undoubled (`chart.png` for `chart.png.png`)."""
    other = file.with_name(name)
    if other.suffix.lower() not in IMAGE_SUFFIXES or name.casefold() == file.name.casefold():
        return False
    doubled = file.with_name(file.stem).suffix.lower() in IMAGE_SUFFIXES and name == file.stem
    return other.stem == file.stem or other.stem == file.name or doubled


def _media_problem(path: str, site_path: str, copies: dict[str, bytes]) -> str | None:
    """Return why a content/ image cannot be published at `site_path`: a name Windows cannot
    hold (a device's, `CON/`, `aux.png`, or one holding `?`), or a path another image of the
    page has in another case (`media/aux.png`, `media/Aux.PNG`), one file on Windows and
    macOS, or in another Unicode form (`café` with its accents decomposed), one on macOS."""
    if unportable := unportable_segment(path):
        name, what = unportable
        return (
            f"`{path}` is named `{terminal_safe(name)}`, {what}: a site holding `{site_path}` "
            "cannot be checked out on Windows; rename it"
        )
    folded = folded_name(site_path)
    for other in copies:
        if other != site_path and folded_name(other) == folded:
            where = "Windows and macOS" if other.casefold() == site_path.casefold() else "macOS"
            same = unicodedata.normalize("NFC", other) == unicodedata.normalize("NFC", site_path)
            return (
                f"`{site_path}` and `{other}` {how_they_differ(site_path, other)}, one file on"
                f" {where}; {'keep' if same else 'rename'} one of them"
            )
    return None


def image_settings(
    root: Path, config: SiteConfig, page_root: str
) -> tuple[ImageSettings, ProjectImages]:
    """Return the settings to parse one briefing with, and the files it will copy."""
    files = ProjectImages(root, page_root, printed=config.pdf)
    return ImageSettings.of(config, files), files


def image_problem(data: bytes, path: str, *, svg: bool, copied: bool) -> str | None:
    """Return why the file is not an image a page may show, or None.

    The bytes decide, not the name: a text file called `chart.png` is refused. An SVG from
    content/ (`copied` to media/) must hold no script: the site would serve it, and opened
    directly it would run with the site's cookies and storage. static/ is the owner's and is
    published as it is.
    """
    head = data[:SVG_HEAD_BYTES]
    if svg:
        if svg_tag(head) is None:
            if wide := wide_encoding(head):  # an SVG still, not "no `<svg>` tag"
                return f"`{path}` is saved as {wide}: save the SVG as UTF-8, which briefgen reads"
            return missing_svg_tag(data, path)
        return script_problem(data, path) if copied else None
    if raster_format(head) is None:
        return f"`{path}` {_NOT_AN_IMAGE}"
    return None


def _raster_size(source: BinaryIO) -> tuple[float, float]:
    """Return the size a raster image's file or bytes give, or (-1, -1) for none."""
    try:
        # Imported here: imagesize pulls in urllib.request, 20 ms a build without images.
        import imagesize

        width, height = imagesize.get(source)
    except (OSError, ValueError):
        return -1, -1
    return width, height


def _layout_sized(
    relative: LayoutSide | None, width: int | None, height: int | None
) -> tuple[str, str] | None:
    """Return why an SVG whose `<svg>` gives the side `relative` in a unit only a layout sizes
    (`width="20em"`) is shown at another size, `width` by `height`, and what to do."""
    if relative is None or width is None or height is None:
        return None  # no size on the page: browsers size it themselves
    reason = (
        f"its `<svg>` gives `{excerpt(relative.written, 30)}`, a size only the page's layout "
        f"sets: it is shown at {relative.sized_by}, {width:,} by {height:,} pixels"
    )
    return reason, _RELATIVE_HINT


def _usable_size(size: tuple[float, float], named: str) -> tuple[int | None, int | None]:
    """Return a size a page can give the `<img>` of the image `named`, or (None, None)."""
    width, height = size
    if not (_readable_side(width) and _readable_side(height)):
        log.debug("no size in %s", named)
        return None, None
    return max(1, round(width)), max(1, round(height))


def _readable_side(size: float) -> bool:
    return 0 < size <= MAX_SIDE  # False for NaN too
