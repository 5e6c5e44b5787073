"""Print a briefing to PDF with WeasyPrint, from the theme's print template (`print.html`).

WeasyPrint is an optional extra (`briefgen[pdf]`) that needs the Pango library, so
it is imported only when `pdf: true` (or `--pdf`) asks for PDFs, and `ensure_pdf_available`
turns a missing piece into one clear error with the command that installs it. The PDF never
reaches the network: pictures come from the briefing's own image files or nowhere.
"""

from __future__ import annotations

import logging
import sys
import threading
import urllib.parse
import urllib.request
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from briefgen.content.bidicontrols import contained
from briefgen.content.noterefs import REFERENCE_AFTER_REFERENCE
from briefgen.content.rawimages import site_path_of
from briefgen.diagnostics import BriefgenError, ProjectCodeProblem, SourcePos, error, excerpt
from briefgen.installation import EXTRAS, install_command, version_below
from briefgen.model import BulletList
from briefgen.project import CONFIG_NAME
from briefgen.site import i18n, urls
from briefgen.site.blockwalk import find_blocks
from briefgen.site.pagecounter import PAGE_LABEL, page_counter
from briefgen.site.pdftables import lay_out
from briefgen.site.printbreaks import with_word_breaks
from briefgen.site.tablecsv import table_files
from briefgen.stopsignals import is_a_stop

if TYPE_CHECKING:
    import gettext
    from collections.abc import Callable, Mapping
    from types import ModuleType

    from briefgen.diagnostics import Diagnostic
    from briefgen.model import Briefing, SiteConfig


class PrintRenderer(Protocol):
    """What printing needs of site/render.py's Renderer."""

    config: SiteConfig

    def catalog(self, lang: str) -> gettext.NullTranslations:
        """Return the catalog chain pages in `lang` read (see `Renderer.catalog`)."""
        ...

    def render_template(
        self, name: str, site_path: str, lang: str, subject: str, **values: object
    ) -> str:
        """Render a template for the page at `site_path` (see `Renderer.render_template`)."""
        ...


log = logging.getLogger(__name__)

_T = TypeVar("_T")

PDF_VARIANT = "pdf/ua-1"
"""Tagged PDF for screen readers (PDF/UA-1)."""


@dataclass(frozen=True, slots=True)
class PdfFigures:
    """What a briefing page's download link says about its PDF."""

    pages: int
    """Number of pages."""
    size: int
    """File size in bytes."""

    @property
    def kilobytes(self) -> int:
        """Return the file size in kilobytes (1,000 bytes), at least 1, for the link text."""
        return max(1, round(self.size / 1000))


@dataclass(frozen=True, slots=True)
class PrintedPdf:
    """A briefing's PDF and its number of pages."""

    data: bytes
    pages: int
    """Number of pages."""

    @property
    def figures(self) -> PdfFigures:
        """Return its pages and size, for the download link."""
        return PdfFigures(self.pages, len(self.data))


class PdfMaker:
    """Print a briefing once, on first use: its PDF file and its page's link both need it.

    `known` gives the figures of the published PDF when that file is carried over unprinted
    (its key is unchanged): the page is then made again without printing.
    """

    def __init__(
        self,
        briefing: Briefing,
        renderer: PrintRenderer,
        files: Mapping[str, bytes] | None = None,
        known: PdfFigures | None = None,
    ) -> None:
        self._briefing = briefing
        self._renderer = renderer
        self._files = files or {}
        self._known = known
        self._printed: PrintedPdf | None = None

    def printed(self) -> PrintedPdf:
        """Return the briefing's PDF, printing it the first time."""
        if self._printed is None:
            self._printed = print_pdf(self._briefing, self._renderer, self._files)
        return self._printed

    def figures(self) -> PdfFigures:
        """Return the PDF's pages and size: the published file's when it is kept, else printed."""
        return self._known if self._known is not None else self.printed().figures

    def data(self) -> bytes:
        """Return the PDF's bytes (an `Output.make`)."""
        return self.printed().data

    def record(self) -> str:
        """Return what the cache keeps of the PDF for its page: the number of pages."""
        return str(self.figures().pages)


def figures_from_record(record: str, size: int) -> PdfFigures | None:
    """Return the figures of a published PDF from its cache record and size, if it is one."""
    return PdfFigures(int(record), size) if record.isdigit() and int(record) > 0 else None


def ensure_pdf_available(*, by_flag: bool = False) -> None:
    """Raise BriefgenError, with the install command, when WeasyPrint or Pango is missing,
    or WeasyPrint is older than the `pdf` extra asks; the error names what asked for PDFs:
    `--pdf` (`by_flag`), else briefgen.yaml."""
    try:
        weasyprint = _load_weasyprint()  # loaded to see that it loads, with Pango
    except ImportError:
        problem = "needs WeasyPrint, which is not installed"
    except OSError as exc:  # WeasyPrint imports, but cannot load Pango
        problem = f"needs the Pango library, which did not load ({exc})"
    else:
        installed = str(getattr(weasyprint, "__version__", ""))
        oldest = version_below(installed, EXTRAS["pdf"])
        if oldest is None:
            return
        # An older WeasyPrint lays pages out otherwise, or lacks what print_pdf asks of it.
        found = installed or "a version it does not state"
        problem = f"needs WeasyPrint {oldest} or later, and {found} is installed"
    if by_flag:
        at, hint = SourcePos("--pdf", 1), f"{_install_hint()}, or build without `--pdf`"
        raise BriefgenError([error(at, f"`--pdf` {problem}", hint)])
    at, hint = SourcePos(CONFIG_NAME, 1), f"{_install_hint()}, or set `pdf: false`"
    raise BriefgenError([error(at, f"`pdf: true` {problem}", hint)])


_LOADING = threading.Lock()
"""Held while WeasyPrint loads with the linker's cache as the library finder."""


def _load_weasyprint() -> ModuleType:
    """Import WeasyPrint, finding its libraries in the dynamic linker's cache alone.

    WeasyPrint tries several names for each library (`libpango-1.0-0`, then `pango-1.0`…).
    For each name the cache lacks, Python's `ctypes.util.find_library` runs the C compiler
    to probe for it, which writes its files in the system's temporary folder, outside the
    project, and takes 10 ms: 16 probes in all. A name the cache lacks is then opened as it
    is written, as it is when the probe finds nothing too.
    """
    import ctypes.util
    import importlib

    # Linux's reading of `ldconfig -p`; other systems find libraries without a compiler.
    cache_only = getattr(ctypes.util, "_findSoname_ldconfig", None)
    with _LOADING:  # one thread at a time swaps the finder, and puts back the real one
        if (loaded := sys.modules.get("weasyprint")) is not None:
            return loaded  # whole: the thread that imported it held the lock throughout
        find = ctypes.util.find_library
        try:
            if cache_only is not None:
                ctypes.util.find_library = cache_only
            return importlib.import_module("weasyprint")
        finally:
            ctypes.util.find_library = find


def _install_hint() -> str:
    """Return how to install WeasyPrint where this briefgen runs, and Pango beside it."""
    return (
        f"install it with `{install_command(EXTRAS['pdf'])}` and the Pango library "
        "(Debian/Ubuntu: `sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0`)"
    )


def print_pdf(
    briefing: Briefing, renderer: PrintRenderer, files: Mapping[str, bytes] | None = None
) -> PrintedPdf:
    """Render the briefing's print page and return it as a tagged PDF.

    `files` maps the site paths of the briefing's images to their bytes: the only URLs the
    PDF may fetch.
    """
    from PIL.Image import DecompressionBombWarning

    weasyprint = _load_weasyprint()

    text, base_url = render_print_page(briefing, renderer)
    fetcher = _local_fetcher(base_url, renderer.config.base_url, files or {})
    with warnings.catch_warnings():
        # Pillow warns, on stderr with its own source line, of a picture of 90 to 179 million
        # pixels, and prints it: a larger one is warned at its line (build/printable.py).
        warnings.simplefilter("ignore", DecompressionBombWarning)
        # Only WeasyPrint's own calls are its failures: `lay_out`'s own code, between them,
        # raises as a bug of briefgen's.
        document = lay_out(
            lambda: _by_weasyprint(
                briefing,
                lambda: weasyprint.HTML(string=text, base_url=base_url, url_fetcher=fetcher),
            ),
            lambda html: _by_weasyprint(briefing, html.render),
        )
        data = _by_weasyprint(briefing, lambda: document.write_pdf(pdf_variant=PDF_VARIANT))
    assert isinstance(data, bytes)
    return PrintedPdf(data, len(document.pages))


def _by_weasyprint(briefing: Briefing, call: Callable[[], _T]) -> _T:
    """Return what `call`, one of WeasyPrint's, returns; raise PrintProblem at `briefing` when
    it fails (a failure of the fetcher's, WeasyPrint logs itself)."""
    try:
        return call()
    except Exception as exc:
        if is_a_stop(exc):  # Ctrl-C while WeasyPrint defined a class, on Python 3.11
            raise KeyboardInterrupt from exc
        raise PrintProblem(_print_failure(briefing, exc)) from exc


class PrintProblem(ProjectCodeProblem):
    """Raised when WeasyPrint fails on a briefing: a limit or a bug of its own that this
    briefing's content meets, reported at the briefing (exit 1), not as a bug of briefgen's."""


def _print_failure(briefing: Briefing, exc: Exception) -> Diagnostic:
    """Return the error of WeasyPrint failing to print `briefing` with `exc`."""
    said = excerpt(" ".join(str(exc).split()), 300)
    return error(
        SourcePos(briefing.source, 1),
        f"WeasyPrint failed to print this briefing's PDF: {type(exc).__name__}"
        + (f": {said}" if said else ""),
        "report it to WeasyPrint (https://github.com/Kozea/WeasyPrint/issues) with this "
        "briefing; until it is fixed, build without PDFs, or leave the briefing out with "
        "`draft: true`",
    )


def render_print_page(briefing: Briefing, renderer: PrintRenderer) -> tuple[str, str]:
    """Render the page a briefing's PDF is printed from; return it and its absolute URL.

    Its base URL is the briefing page's, so relative links become absolute in the PDF. Its
    words of thousands of characters get places to break (site/printbreaks.py).
    """
    config = renderer.config
    path = urls.briefing_path(briefing.slug, briefing.lang_dir)
    lang = briefing.lang if briefing.lang_dir else config.language
    # A project translation that is no counter (`Página`, without `%(num)s`) is warned
    # about by the catalog check: the theme's translation stands in for it.
    label = contained(renderer.catalog(lang).gettext(PAGE_LABEL))
    text = renderer.render_template(
        "print.html",
        path,
        lang,
        f"the print page of {briefing.source}",
        briefing=briefing,
        entry=briefing.entry(),
        table_files=table_files(briefing),
        page_size=config.pdf_page_size,
        list_starts=list_starts((briefing.lede, briefing.sections, briefing.notes)),
        page_counter=page_counter(label, i18n.theme_translations(lang).gettext(PAGE_LABEL)),
    )
    page = with_runs_of_notes_marked(text)
    return with_word_breaks(with_runs_of_notes_kept_in_order(page)), urls.absolute_url(config, path)


NOTE_AFTER_NOTE = "after-note"
"""The class the print page gives a note reference printed right after another (`[^a][^b]`),
which print.html sets apart from it with a comma."""


def with_runs_of_notes_marked(page: str) -> str:
    """Return the print page with each note reference that follows another, with nothing
    between them, marked `after-note`: the page sets two apart by the padding of their links,
    which print.html has not, so `[^a][^b]` printed as a superscript `12`, read as note 12."""
    if REFERENCE_AFTER_REFERENCE not in page:
        return page
    return page.replace(REFERENCE_AFTER_REFERENCE, f"{REFERENCE_AFTER_REFERENCE} {NOTE_AFTER_NOTE}")


_REFERENCE_START = '<sup class="note-ref'
_REFERENCE_END = "</a></sup>"
RUN_OF_NOTES = '<span class="note-run" dir="ltr">'
"""What holds a run of note references side by side on a print page with right-to-left text."""


def with_runs_of_notes_kept_in_order(page: str) -> str:
    """Return the print page with each run of note references side by side (`[^a][^b]`) in a
    left-to-right span, where the page holds right-to-left text: WeasyPrint lays out inline
    boxes in their paragraph's direction, so an Arabic paragraph's `1,2` printed as `2,1`,
    where the page (and the browser's bidi, which reads them as one number) shows `1 2`."""
    if REFERENCE_AFTER_REFERENCE not in page or 'dir="rtl"' not in page:
        return page
    parts: list[str] = []
    done = 0
    joined = page.find(REFERENCE_AFTER_REFERENCE)
    while joined != -1:
        start = page.rfind(_REFERENCE_START, done, joined)
        end = joined
        while page.startswith(REFERENCE_AFTER_REFERENCE, end):
            end = page.find(_REFERENCE_END, end + len(REFERENCE_AFTER_REFERENCE))
        end += len(_REFERENCE_END)
        parts += [page[done:start], RUN_OF_NOTES, page[start:end], "</span>"]
        done = end
        joined = page.find(REFERENCE_AFTER_REFERENCE, done)
    return "".join([*parts, page[done:]])


def list_starts(blocks: object) -> tuple[int, ...]:
    """Return the first numbers, other than 1, of the numbered lists in `blocks`, nested ones
    too: the print page sets each `<ol start>`'s counter, as WeasyPrint does not read `start`."""
    starts: set[int] = set()
    for found in find_blocks(blocks, BulletList):
        if found.ordered and found.start != 1:
            starts.add(found.start)
        starts.update(list_starts(found.items))
    return tuple(sorted(starts))


def _local_fetcher(page_url: str, site_url: str, files: Mapping[str, bytes]) -> object:
    """Return a WeasyPrint URL fetcher that serves the site's own files from memory.

    WeasyPrint (70 and later) calls a `URLFetcher` and expects a `URLFetcherResponse`; a URL
    that is not one of `files` raises, which WeasyPrint reports and leaves out of the PDF.
    A `data:` URL (an inline picture, or a PNG inside an SVG) is decoded by the standard
    library's `DataHandler`, which only reads the URL itself.
    """
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFetcher(URLFetcher):  # type: ignore[misc]  # weasyprint ships no types
        def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
            if url[:5].lower() == "data:":
                decoded = urllib.request.DataHandler().data_open(urllib.request.Request(url))
                return URLFetcherResponse(url, body=decoded.read())
            # A raw `<img>`'s `?v=2` names the file without it, as a static server reads it;
            # its warning (content/rawimages.py) reads the URL by the same rule.
            rel = site_path_of(url, site_url)
            if rel is None or rel not in files:
                # Not fetched: WeasyPrint logs it and leaves the picture out of the PDF.
                raise ValueError(f"not fetched for a PDF: {url} (from {page_url})")
            return URLFetcherResponse(url, body=files[rel])

    return LocalFetcher()
