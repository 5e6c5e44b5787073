"""Image links: where an image file is, whether a page may show it, and what it needs to say.

An image link is written relative to its Markdown file, as GitHub and editor previews resolve
it, and must name a file in content/ or static/. Whether that file exists, how big it is and
which URL the page loads it from is the business of an `ImageFiles` the build passes in; the
rules here are pure, so the parser stays free of the disk.
"""

from __future__ import annotations

import posixpath
import urllib.parse
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from markdown_it.common.normalize_url import normalizeLinkText
from markdown_it.token import Token

from briefgen.content.alttext import alt_text, alt_text_warnings, image_address
from briefgen.content.charrefs import refused_references
from briefgen.content.dataimages import data_image
from briefgen.content.imagecase import found_warning, missing_hint
from briefgen.content.imagetitles import tooltip, typed_title
from briefgen.content.noncharacters import CONTROL_CHARACTERS
from briefgen.content.placeholders import pelican_hint
from briefgen.content.remoteaddress import remote_address_problem
from briefgen.content.safeurls import is_unsafe_url, unsafe_image_warning
from briefgen.content.sitepaths import meant_hint, outside_hint
from briefgen.content.urltext import readable_address, split_url, unnamable_escape
from briefgen.diagnostics import Diagnostic, error, excerpt, warning
from briefgen.project import CONFIG_NAME, CONTENT_DIR, STATIC_DIR

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it import MarkdownIt

    from briefgen.diagnostics import SourcePos
    from briefgen.model import SiteConfig

DECORATIVE = "decorative"
"""The image title that marks an image as decorative: `![](rule.svg "decorative")`."""
_ALLOWED_ROOTS = (f"{CONTENT_DIR}/", f"{STATIC_DIR}/")
_DATA_HINT = "copy the picture's data: URL again, or save it next to the briefing"
_BROKEN_HINT = "open it in an image viewer, and export or download it again"
_NOT_FETCHED = (
    "the PDF never fetches images from the network",
    "save the image next to the briefing to print it",
)


@dataclass(frozen=True, slots=True)
class ImageFile:
    """An image the page can show."""

    url: str
    """Where the briefing page loads it from (relative to the page, or a remote URL)."""
    width: int | None = None
    """Intrinsic size in CSS pixels; None when unknown (remote images)."""
    height: int | None = None
    unprintable: tuple[str, str] | None = None
    """Why the PDF would print its alt text instead, and what to do; None when it prints."""
    broken: str | None = None
    """Why browsers would show the file broken or as nothing (cut short, a size of 0); None
    when it looks whole."""
    to_come: tuple[str, str] | None = None
    """Why the file is not there yet and what to do, where a command writes a briefing whose
    images the author copies after it (`import`): a warning then, the build's error later."""
    resized: tuple[str, str] | None = None
    """Why an SVG is shown at a size from its viewBox, not the one it gives, and what to do."""
    outside: tuple[str, str] | None = None
    """What an SVG draws from another file, which browsers do not load, and what to do."""


class ImageFiles(Protocol):
    """The build's view of the project's image files, and of the bytes of `data:` images."""

    def find(self, path: str) -> ImageFile | str:
        """Return the image at a project path (`content/a/b.png`), or why it can't be used."""
        ...

    def embedded(self, src: str, data: bytes) -> ImageFile | str:
        """Return the `data:` image `src`, whose bytes are `data`, or why it can't be used:
        its bytes are read as a file's are."""
        ...

    def site_image(self, site_path: str) -> ImageFile | str:
        """Return the image file a page loads from `site_path` (a static/ file, or a content/
        one by its `media/` path), for the PDF to print but not to publish, or why the PDF
        cannot print it (content/rawimages.py)."""
        ...

    def spelling(self, path: str) -> str | None:
        """Return `path` as the disk spells it, when only its case differs; else None."""
        ...

    def meant(self, path: str) -> str | None:
        """Return the project path of the file a link to the missing `path` most likely meant,
        outside its folder (written from the project's root, in static/ for content/); else None."""
        ...


@dataclass(frozen=True, slots=True)
class ImageSettings:
    """What image links are checked against while parsing one briefing."""

    files: ImageFiles | None = None
    """The project's files; None checks links without the disk and keeps them as written."""
    remote_hosts: tuple[str, ...] = ()
    """Hosts remote images may come from (`images: remote_hosts:` in briefgen.yaml)."""
    links_from: str | None = None
    """The Markdown file relative links start from, when it is not the text being read (an
    import's article becomes `content/<slug>.md`); None: the text's own path."""
    printed: bool = False
    """True when the briefing is printed to PDF (`pdf: true`): it fetches no remote image."""
    shown: frozenset[str] = frozenset()
    """The project paths the images of the briefing's Markdown may name (`shown_images`): a
    link to one of them is a link to the image the page shows."""
    page: str = ""
    """The site folder of the briefing's page (`es/visit/`), which the URLs of raw HTML are
    relative to; "" until its front matter is read."""
    site_url: str = "http://localhost:8000/"
    """The site's base URL, ending in `/` (`base_url`, whose default this is): the URLs of
    raw HTML are resolved against the page's URL under it, as the PDF resolves them."""

    @classmethod
    def of(
        cls, config: SiteConfig, files: ImageFiles | None = None, *, links_from: str | None = None
    ) -> ImageSettings:
        """Return the settings the project's `config` gives image links (its remote hosts,
        whether pages are printed), with the project's `files`, or None to check the links
        without the disk (`new`, `import`: the build checks the files)."""
        return cls(
            files, config.image_hosts, links_from, printed=config.pdf, site_url=config.base_url
        )

    def link_to_shown(self, token: Token, source: str) -> Token:
        """Return a `link_open` token that names an image the page shows, written as the
        image is (relative to the .md file: `[![Chart](c.png)](c.png)`), pointing at the
        published copy; any other link as it is. content/ files are published only as the
        images pages show, so this is the one way to link one."""
        href, files = str(token.attrGet("href") or ""), self.files
        if files is None:
            return token
        for path in _local_paths(href, self.links_from or source):
            if path in self.shown and isinstance(found := files.find(path), ImageFile):
                rest = href[len(urllib.parse.urlsplit(href).path) :]  # a `#fragment` is kept
                return token.copy(attrs={**token.attrs, "href": found.url + rest})
        return token


@dataclass(frozen=True, slots=True)
class ImageLink:
    """An image link checked: its alt text and the file the page shows, if any."""

    src: str
    """As written in the Markdown (normalised by markdown-it)."""
    alt: str
    """"" for a decorative image."""
    title: str | None
    """The title, unless it only marked the image decorative."""
    image: ImageFile | None
    """None when the link is broken (an error was reported)."""


def check_image(
    token: Token, pos: SourcePos, settings: ImageSettings, typed: str | None = None
) -> tuple[ImageLink, list[Diagnostic]]:
    """Check an `image` token's alt text and target; report problems at `pos`, naming the
    image as `typed` when it was written otherwise than it reads (`TokenPlaces.typed_address`)."""
    src = str(token.attrGet("src") or "")
    alt, diagnostics = alt_text(token, pos)
    alt = alt.strip()
    title = token.attrGet("title")
    title = str(title) if title else None
    shown = excerpt(typed, 60) if typed else _shown(src)
    if title == DECORATIVE:
        title = None
        if alt:
            message = f"image `{shown}` is marked decorative, so its alt text is not used"
            hint = 'remove the alt text, or the `"decorative"` title if it informs'
            diagnostics.append(warning(pos, message, hint))
            alt = ""
    elif not alt:  # a cut address (Google Docs' `![][image1]`, a `data:` URL) is no example
        decorative = (
            None if shown.endswith("...") else f'`![]({image_address(shown)} "decorative")`'
        )
        hint = f"describe it in `![...]`, or mark it {decorative or _DECORATIVE_HINT}"
        diagnostics.append(error(pos, f"image `{shown}` has no alt text", hint))
    else:
        diagnostics += alt_text_warnings(alt, shown, pos)
    image = _resolve(src, shown, pos, settings, diagnostics)
    told = (image.to_come, image.resized, image.outside) if image else ()
    for reason, hint in filter(None, told):
        diagnostics.append(warning(pos, f"image `{shown}`: {reason}", hint))
    if image is not None and image.broken is not None:
        hint = _DATA_HINT if src.startswith("data:") else _BROKEN_HINT
        diagnostics.append(warning(pos, f"image `{shown}`: {image.broken}", hint))
    if image is not None and image.unprintable is not None:
        # WeasyPrint only logs a picture it cannot load: without this the PDF drops it silently.
        reason, hint = image.unprintable
        message = f"image `{shown}` is not printed in the PDF, which shows its alt text: {reason}"
        diagnostics.append(warning(pos, message, hint))
    return ImageLink(src, alt, title, image), diagnostics


_DECORATIVE_HINT = 'with the title `"decorative"` after its address (or in its definition)'
"""How to mark an image decorative whose address a message cannot quote whole."""


def _shown(src: str) -> str:
    """Return an image's address for a message: a file's as typed (`gráfico.png`, where
    markdown-it read `gr%C3%A1fico.png`, and `x%FF.png`, which it would show as `x�.png`), a
    remote host as typed too (not in punycode), a `data:` URL's as it is."""
    if src.startswith("data:"):
        return excerpt(src, 60)
    host = split_url(src).netloc
    at = src.index(host) + len(host) if host else 0
    return excerpt(normalizeLinkText(src[:at]) + readable_address(src[at:]), 60)


def _resolve(
    src: str, shown: str, pos: SourcePos, settings: ImageSettings, diagnostics: list[Diagnostic]
) -> ImageFile | None:
    """Return the image a link names, or None after reporting why it cannot be shown (named
    as `shown`)."""
    if any(refused_references(src, CONTROL_CHARACTERS)):
        return None  # `x&#0;.png`: an error where the reference is written (charrefs.py)
    if not src.strip():  # `![A chart]()`, its address left to fill in
        hint = "write the image file's name between `(` and `)`: `![A chart](chart.png)`"
        diagnostics.append(error(pos, "an image with no address: there is nothing to show", hint))
        return None
    parts = split_url(src)
    if parts.scheme == "data":
        # is_unsafe_url already let only raster data: images through, whatever their data.
        data = data_image(src)
        if isinstance(data, str):
            diagnostics.append(error(pos, f"image `{shown}` {data}", _DATA_HINT))
            return None
        found = settings.files.embedded(src, data) if settings.files else ImageFile(src)
        if isinstance(found, str):
            diagnostics.append(error(pos, f"image `{shown}`: {found}", _DATA_HINT))
            return None
        return found
    if parts.scheme or src.startswith("//"):
        return _remote(parts, shown, pos, settings, diagnostics)
    if unnamable := unnamable_escape(parts.path):
        # A NUL would reach the file system; `unquote` would read `%FF` as `�`.
        why, hint = unnamable
        diagnostics.append(error(pos, f"image `{shown}` names no file: {why}", hint))
        return None
    path = urllib.parse.unquote(parts.path)
    if extra := src[len(parts.path) :]:
        # The page links the copy briefgen publishes, by its own name: nothing follows it.
        message = f"image `{shown}`: the `{excerpt(extra, 30)}` after the file name is not kept"
        diagnostics.append(warning(pos, message, hint=f"write the link without `{extra[:1]}`"))
    candidates = _project_paths(path, settings.links_from or pos.path)
    if not candidates:
        put = outside_hint(path, settings.files)  # Hugo's `/images/a.png`, of static/
        diagnostics.append(error(pos, f"image `{shown}` is outside content/ and static/", put))
        return None
    if settings.files is None:
        return ImageFile(src)
    found, at = settings.files.find(candidates[0]), candidates[0]
    for other in candidates[1:]:
        if isinstance(found, ImageFile) and found.to_come is None:
            break
        # Why the most likely reading fails is what the author needs to hear.
        elsewhere = settings.files.find(other)
        if isinstance(elsewhere, ImageFile) and elsewhere.to_come is None:
            found, at = elsewhere, other
    if isinstance(found, str):
        spelled = next(filter(None, map(settings.files.spelling, candidates)), None)
        case = missing_hint(path, spelled) if spelled else pelican_hint(path, pos.path)
        case = case or meant_hint(settings.files.meant(at), settings.links_from or pos.path)
        diagnostics.append(error(pos, f"image `{shown}`: {found}", case))
        return None
    if found.to_come is None and (spelled := settings.files.spelling(at)):
        diagnostics.append(found_warning(pos, shown, path, spelled))
    return found


def _project_paths(path: str, source: str) -> list[str]:
    """Return the project paths a link may mean, most likely first (empty: none allowed).

    The link is relative to the Markdown file (`/` starts at the project root, as on
    GitHub). A link that leaves content/ is also tried the way older briefings wrote static
    files, relative to the page URL (`../map.png` for static/map.png).
    """
    if path.startswith("/"):
        joined = path.lstrip("/")
    else:
        joined = posixpath.join(posixpath.dirname(source), path)
    project_path = posixpath.normpath(joined)
    candidates = [project_path] if project_path.startswith(_ALLOWED_ROOTS) else []
    site_path = posixpath.normpath(posixpath.join("page", path))
    if path.startswith("../") and not site_path.startswith(("../", "page/")) and site_path != "..":
        candidates.append(f"{STATIC_DIR}/{site_path}")
    return candidates


def _remote(
    parts: urllib.parse.SplitResult,
    shown: str,
    pos: SourcePos,
    settings: ImageSettings,
    diagnostics: list[Diagnostic],
) -> ImageFile | None:
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and host in settings.remote_hosts:
        if problem := remote_address_problem(parts, host):
            diagnostics.append(error(pos, f"remote image `{shown}` {problem[0]}", problem[1]))
            return None
        return ImageFile(parts.geturl(), unprintable=_NOT_FETCHED if settings.printed else None)
    if parts.scheme in {"http", "https", ""} and host:
        hint = (
            f"save the image next to the briefing, or allow the host in {CONFIG_NAME}: "
            f"`images: {{remote_hosts: [{host}]}}` (https only)"
        )
        message = f"remote image `{shown}` is not allowed: the page's CSP would block it"
        diagnostics.append(error(pos, message, hint))
        return None
    diagnostics.append(error(pos, f"image `{shown}` is not a file or an https URL"))
    return None


def written_image(token: Token) -> str:
    """Return an `image` token as Markdown, for text that shows images as written: its alt
    text as written, its link as markdown-it reads it back for display."""
    src = normalizeLinkText(str(token.attrGet("src") or ""))
    title = token.attrGet("title")
    written = f'{src} "{title}"' if title else src
    return f"![{token.content}]({written})"


def linked_image(
    token: Token,
    pos: SourcePos,
    settings: ImageSettings,
    diagnostics: list[Diagnostic],
    typed: str | None = None,
    *,
    parser: MarkdownIt,
    lines: Sequence[str] = (),
) -> Token:
    """Return the image token pointing where the page finds the file, sized and lazy, its
    title the plain text `parser` reads in it as typed in `lines` (it is no caption here); an
    image whose address no page may carry is its alt text, with a warning."""
    if is_unsafe_url(src := str(token.attrGet("src") or ""), image=True):
        diagnostics.append(unsafe_image_warning(pos, typed or _shown(src)))
        alt, found = alt_text(token, pos)
        diagnostics.extend(found)
        return Token("text", "", 0, content=alt)
    link, found = check_image(token, pos, settings, typed)
    diagnostics.extend(found)
    attrs: dict[str, str | int | float] = {"src": link.image.url if link.image else link.src}
    if link.title:
        attrs["title"], found = tooltip(
            typed_title(lines, pos, link.title), typed or _shown(link.src), pos, parser
        )
        diagnostics.extend(found)
    if link.image and link.image.width and link.image.height:
        attrs |= {"width": link.image.width, "height": link.image.height}
    attrs |= {"loading": "lazy", "decoding": "async"}
    # The renderer makes alt from the children: one text token says what check_image read.
    children = [Token("text", "", 0, content=link.alt)] if link.alt else []
    return token.copy(attrs=attrs, children=children)


def shown_images(tokens: Sequence[Token], source: str) -> frozenset[str]:
    """Return the project paths the images of a file's parsed Markdown may name (see
    `_project_paths`), so that a link to one of them, anywhere in the file, can point where
    the page shows it from."""
    shown: set[str] = set()
    for token in tokens:
        if token.type == "inline" and "![" in token.content:
            for child in token.children or ():
                if child.type == "image":
                    shown.update(_local_paths(str(child.attrGet("src") or ""), source))
    return frozenset(shown)


def _local_paths(url: str, source: str) -> list[str]:
    """Return the project paths a relative URL may name, as an image's link reads it."""
    parts = split_url(url)
    if parts.scheme or parts.netloc or not parts.path or unnamable_escape(parts.path):
        return []
    return _project_paths(urllib.parse.unquote(parts.path), source)
